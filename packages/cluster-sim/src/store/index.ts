export { Store, type StoreOptions } from './store.js';
import { Store, type StoreOptions } from './store.js';
import type { ResourceInfo } from '../api/resources.js';

/** A store with the namespaces every cluster starts with (default, kube-system, kube-public, kube-node-lease). */
export function createStore(options: StoreOptions = {}): Store {
  const store = new Store(options);
  const namespaces = store.registry.lookupResource('', 'namespaces') as ResourceInfo;
  for (const name of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
    store.createObject(
      namespaces,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
      { fieldManager: 'kube-apiserver' },
    );
  }
  const services = store.registry.lookupResource('', 'services') as ResourceInfo;
  store.createObject(
    services,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'kubernetes',
        namespace: 'default',
        labels: { component: 'apiserver', provider: 'kubernetes' },
      },
      spec: { clusterIP: '10.96.0.1', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
    },
    { fieldManager: 'kube-apiserver' },
  );
  store.housekeeping();
  return store;
}
