import { createStore } from '../../../src/store/index.js';
import { StatusError } from '../../../src/api/errors.js';

const deployment = (name: string, image = 'nginx:1.27') => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default', labels: { app: name } },
  spec: {
    selector: { matchLabels: { app: name } },
    template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'web', image }] } },
  },
});

function statusOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatusError) return error;
    throw error;
  }
  throw new Error('expected a StatusError');
}

describe('store', () => {
  test('create applies defaults, uid, generation and resourceVersion', () => {
    const store = createStore();
    const created = store.create('apps', 'deployments', deployment('web'));
    expect(created.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata.generation).toBe(1);
    expect(Number(created.metadata.resourceVersion)).toBeGreaterThan(0);
    expect(created.spec.replicas).toBe(1);
    expect(created.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
    });
    expect(created.spec.revisionHistoryLimit).toBe(10);
    expect(created.spec.progressDeadlineSeconds).toBe(600);
    const container = created.spec.template.spec.containers[0];
    expect(container.imagePullPolicy).toBe('IfNotPresent');
    expect(container.terminationMessagePath).toBe('/dev/termination-log');
    expect(created.spec.template.spec.restartPolicy).toBe('Always');
    store.stop();
  });

  test('generation bumps on spec changes only; stale updates conflict', () => {
    const store = createStore();
    const created = store.create('apps', 'deployments', deployment('web'));
    const labelled = store.update('apps', 'deployments', {
      ...created,
      metadata: { ...created.metadata, labels: { app: 'web', tier: 'x' } },
    });
    expect(labelled.metadata.generation).toBe(1);
    const scaled = store.update('apps', 'deployments', { ...labelled, spec: { ...labelled.spec, replicas: 3 } });
    expect(scaled.metadata.generation).toBe(2);
    const status = store.updateStatus('apps', 'deployments', { ...scaled, status: { observedGeneration: 2 } });
    expect(status.metadata.generation).toBe(2);
    const stale = statusOf(() =>
      store.update('apps', 'deployments', { ...created, spec: { ...created.spec, replicas: 5 } }),
    );
    expect(stale.code).toBe(409);
    expect(stale.message).toBe(
      'Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again',
    );
    store.stop();
  });

  test('invalid objects are rejected with causes', () => {
    const store = createStore();
    const bad = deployment('web');
    bad.spec.template.metadata.labels = { app: 'other' };
    const error = statusOf(() => store.create('apps', 'deployments', bad));
    expect(error.code).toBe(422);
    expect(error.reason).toBe('Invalid');
    expect(error.details?.causes?.[0].field).toBe('spec.template.metadata.labels');
    expect(error.message).toContain('`selector` does not match template `labels`');
    store.stop();
  });

  test('garbage collection deletes dependents in the background', async () => {
    const store = createStore();
    const owner = store.create('apps', 'deployments', deployment('web'));
    store.create('', 'configmaps', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'dep',
        namespace: 'default',
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: owner.metadata.uid! }],
      },
    });
    store.delete('apps', 'deployments', 'default', 'web');
    await new Promise((r) => setTimeout(r, 20));
    expect(store.get('', 'configmaps', 'default', 'dep')).toBeUndefined();
    store.stop();
  });

  test('finalizers hold deletion until removed', () => {
    const store = createStore();
    store.create('', 'configmaps', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'held', namespace: 'default', finalizers: ['example.com/hold'] },
    });
    const deleting = store.delete('', 'configmaps', 'default', 'held')!;
    expect(deleting.metadata.deletionTimestamp).toBeDefined();
    expect(store.get('', 'configmaps', 'default', 'held')).toBeDefined();
    store.update('', 'configmaps', { ...deleting, metadata: { ...deleting.metadata, finalizers: [] } });
    expect(store.get('', 'configmaps', 'default', 'held')).toBeUndefined();
    store.stop();
  });

  test('the system namespaces may not be deleted', () => {
    const store = createStore();
    const error = statusOf(() => store.delete('', 'namespaces', undefined, 'default'));
    expect(error.code).toBe(403);
    expect(error.message).toBe('namespaces "default" is forbidden: this namespace may not be deleted');
    store.stop();
  });

  test('namespace deletion cascades', async () => {
    const store = createStore();
    store.create('', 'namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    store.create('', 'configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'shop' } });
    const terminating = store.delete('', 'namespaces', undefined, 'shop')!;
    expect(terminating.status.phase).toBe('Terminating');
    const denied = statusOf(() =>
      store.create('', 'configmaps', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'b', namespace: 'shop' },
      }),
    );
    expect(denied.code).toBe(403);
    await new Promise((r) => setTimeout(r, 20));
    expect(store.get('', 'configmaps', 'shop', 'a')).toBeUndefined();
    expect(store.get('', 'namespaces', undefined, 'shop')).toBeUndefined();
    store.stop();
  });
});
