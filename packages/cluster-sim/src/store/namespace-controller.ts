/**
 * kube-controller-manager's namespace controllers: a Terminating namespace is emptied, then its
 * `kubernetes` finalizer is cleared and it goes; every namespace gets its default ServiceAccount
 * and the kube-root-ca.crt ConfigMap (the service account and root CA publisher controllers).
 */
import type { KObject } from '../store-api.js';
import type { ResourceInfo } from '../api/resources.js';
import { CONTROLLER_MANAGER, deleteQuietly, type LifecycleContext } from './lifecycle.js';

const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

export class NamespaceController {
  constructor(
    private readonly ctx: LifecycleContext,
    /** PEM of the cluster CA, published in every namespace's kube-root-ca.crt. */
    private readonly rootCa: () => string | undefined,
  ) {}

  /** A Terminating namespace: delete what it holds, then let it go. */
  finalize(info: ResourceInfo, ns: KObject): boolean {
    const name = ns.metadata.name;
    let remaining = 0;
    let changed = false;
    for (const resourceInfo of this.ctx.registry.all()) {
      if (!resourceInfo.namespaced) continue;
      // each resource once (a custom resource may be served at several versions)
      if (this.ctx.registry.lookupResource(resourceInfo.group, resourceInfo.resource) !== resourceInfo) continue;
      for (const object of this.ctx.storage.select(resourceInfo.group, resourceInfo.resource, { namespace: name })) {
        remaining++;
        if (!object.metadata.deletionTimestamp) {
          deleteQuietly(this.ctx, resourceInfo, object, 'Background');
          changed = true;
        }
      }
    }
    if (remaining > 0) return changed;
    const specFinalizers: string[] = ns.spec?.finalizers ?? [];
    if (specFinalizers.length) {
      this.ctx.pipeline.commitModified(info, ns, { ...ns, spec: { ...ns.spec, finalizers: [] } });
      return true;
    }
    if ((ns.metadata.finalizers ?? []).length === 0) {
      const next = { ...ns, metadata: { ...ns.metadata, resourceVersion: this.ctx.storage.nextResourceVersion() } };
      this.ctx.pipeline.remove(info, next);
      return true;
    }
    return changed;
  }

  /** Every namespace's default ServiceAccount and kube-root-ca.crt; true when it created one. */
  provision(): boolean {
    let changed = false;
    const rootCa = this.rootCa();
    for (const ns of this.ctx.storage.select('', 'namespaces')) {
      if (ns.metadata.deletionTimestamp) continue;
      const namespace = ns.metadata.name;
      if (!this.ctx.storage.peek('', 'serviceaccounts', namespace, 'default')) {
        this.ctx.pipeline.createObject(this.ctx.pipeline.info('', 'serviceaccounts'), {
          apiVersion: 'v1',
          kind: 'ServiceAccount',
          metadata: { name: 'default', namespace },
        });
        changed = true;
      }
      if (rootCa && !this.ctx.storage.peek('', 'configmaps', namespace, 'kube-root-ca.crt')) {
        this.ctx.pipeline.createObject(
          this.ctx.pipeline.info('', 'configmaps'),
          {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: {
              name: 'kube-root-ca.crt',
              namespace,
              annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION },
            },
            data: { 'ca.crt': rootCa },
          },
          { fieldManager: CONTROLLER_MANAGER },
        );
        changed = true;
      }
    }
    return changed;
  }
}
