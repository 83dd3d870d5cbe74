import type { KObject } from '../../../src/store-api.js';
import {
  STORES,
  type StoreFactory,
  condition,
  deployment,
  eventsFor,
  harness,
  podsOf,
  setImage,
  type Harness,
} from './support/harness.js';

function statefulSet(name: string, image: string, replicas = 3, extra: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      serviceName: name,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
      ...extra,
    },
  };
}

const service = (
  name: string,
  selector: Record<string, string>,
  ports: any[] = [{ name: 'http', port: 80, targetPort: 'http' }],
): KObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: 'default', labels: { app: name } },
  spec: { selector, ports },
});

describe.each(STORES)('on the %s', (_name: string, store: StoreFactory) => {
  describe('StatefulSet', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    test('creates pods in order, each after the previous is Ready, with revisions and PVCs', async () => {
      h = await harness({ store, podReadyDelayMs: 3_000 });
      h.store.create(
        'apps',
        'statefulsets',
        statefulSet('db', 'postgres:16', 3, {
          volumeClaimTemplates: [
            {
              metadata: { name: 'data' },
              spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
            },
          ],
        }),
      );
      const order: string[] = [];
      await h.until(() => {
        for (const p of podsOf(h.store, 'db-')) if (!order.includes(p.metadata.name)) order.push(p.metadata.name);
        // never a second pod while an earlier one is not ready
        const pods = podsOf(h.store, 'db-');
        for (const p of pods) {
          const ord = Number(p.metadata.name.split('-')[1]);
          for (let i = 0; i < ord; i++) {
            const prev = pods.find((x) => x.metadata.name === `db-${i}`);
            if (!prev || condition(prev, 'Ready')?.status !== 'True')
              throw new Error(`db-${ord} exists before db-${i} is ready`);
          }
        }
        return h.store.get('apps', 'statefulsets', 'default', 'db')?.status?.readyReplicas === 3;
      });
      expect(order).toEqual(['db-0', 'db-1', 'db-2']);
      const set = h.store.get('apps', 'statefulsets', 'default', 'db')!;
      expect(set.status).toEqual(
        expect.objectContaining({
          replicas: 3,
          readyReplicas: 3,
          currentReplicas: 3,
          updatedReplicas: 3,
          availableReplicas: 3,
          observedGeneration: 1,
        }),
      );
      expect(set.status.currentRevision).toBe(set.status.updateRevision);
      const revisions = h.store.list('apps', 'controllerrevisions', { namespace: 'default' });
      expect(revisions.map((r) => r.metadata.name)).toEqual([set.status.updateRevision]);
      const pod0 = h.store.get('', 'pods', 'default', 'db-0')!;
      expect(pod0.metadata.labels).toEqual(
        expect.objectContaining({
          'controller-revision-hash': set.status.updateRevision,
          'statefulset.kubernetes.io/pod-name': 'db-0',
          'apps.kubernetes.io/pod-index': '0',
        }),
      );
      expect(pod0.spec.hostname).toBe('db-0');
      expect(pod0.spec.subdomain).toBe('db');
      expect(pod0.spec.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-db-0' } });
      expect(h.store.get('', 'persistentvolumeclaims', 'default', 'data-db-2')?.status?.phase).toBe('Bound');
      expect(eventsFor(h.store, 'db').map((e) => e.message)).toContain('create Pod db-0 in StatefulSet db successful');
    });

    test('rolling update goes in reverse ordinal order and stops at the partition', async () => {
      h = await harness({ store });
      h.store.create('apps', 'statefulsets', statefulSet('db', 'postgres:16', 4));
      await h.until(() => h.store.get('apps', 'statefulsets', 'default', 'db')?.status?.readyReplicas === 4);
      const s = h.store.get('apps', 'statefulsets', 'default', 'db')!;
      s.spec.updateStrategy.rollingUpdate.partition = 2;
      s.spec.template.spec.containers[0].image = 'postgres:17';
      h.store.update('apps', 'statefulsets', s);
      const updatedOrder: string[] = [];
      await h.until(() => {
        for (const p of podsOf(h.store, 'db-')) {
          if (p.spec.containers[0].image === 'postgres:17' && !updatedOrder.includes(p.metadata.name))
            updatedOrder.push(p.metadata.name);
        }
        const st = h.store.get('apps', 'statefulsets', 'default', 'db')!.status;
        return st.updatedReplicas === 2 && st.readyReplicas === 4;
      });
      await h.run(5_000);
      expect(updatedOrder).toEqual(['db-3', 'db-2']);
      const st = h.store.get('apps', 'statefulsets', 'default', 'db')!.status;
      expect(st.currentReplicas).toBe(2);
      expect(st.currentRevision).not.toBe(st.updateRevision);
      expect(h.store.get('', 'pods', 'default', 'db-1')!.spec.containers[0].image).toBe('postgres:16');
      // lifting the partition completes the rollout
      const s2 = h.store.get('apps', 'statefulsets', 'default', 'db')!;
      s2.spec.updateStrategy.rollingUpdate.partition = 0;
      h.store.update('apps', 'statefulsets', s2);
      await h.until(() => {
        const x = h.store.get('apps', 'statefulsets', 'default', 'db')!.status;
        return x.updatedReplicas === 4 && x.readyReplicas === 4 && x.currentRevision === x.updateRevision;
      });
    });
  });

  describe('DaemonSet', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    test('one pod per node, then a rolling update one node at a time', async () => {
      h = await harness({ store, nodes: 3 });
      h.store.create('apps', 'daemonsets', {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata: { name: 'agent', namespace: 'default' },
        spec: {
          selector: { matchLabels: { app: 'agent' } },
          updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
          template: {
            metadata: { labels: { app: 'agent' } },
            spec: { containers: [{ name: 'agent', image: 'agent:1' }] },
          },
        },
      });
      await h.until(() => h.store.get('apps', 'daemonsets', 'default', 'agent')?.status?.numberAvailable === 3);
      const pods = podsOf(h.store, 'agent-');
      expect(pods.map((p) => p.spec.nodeName).sort()).toEqual(['node-1', 'node-2', 'node-3']);
      expect(h.store.get('apps', 'daemonsets', 'default', 'agent')!.status).toEqual(
        expect.objectContaining({
          desiredNumberScheduled: 3,
          currentNumberScheduled: 3,
          numberReady: 3,
          updatedNumberScheduled: 3,
          numberAvailable: 3,
          numberMisscheduled: 0,
        }),
      );
      setImage(h.store, 'apps', 'daemonsets', 'agent', 'agent:2');
      let minAvailable = 3;
      await h.until(() => {
        const running = podsOf(h.store, 'agent-').filter(
          (p) => !p.metadata.deletionTimestamp && condition(p, 'Ready')?.status === 'True',
        );
        minAvailable = Math.min(minAvailable, running.length);
        const st = h.store.get('apps', 'daemonsets', 'default', 'agent')!.status;
        return st.updatedNumberScheduled === 3 && st.numberAvailable === 3;
      });
      expect(minAvailable).toBe(2);
      expect(podsOf(h.store, 'agent-').every((p) => p.spec.containers[0].image === 'agent:2')).toBe(true);
    });
  });

  describe('Job', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    const job = (name: string, image: string, spec: Record<string, any> = {}): KObject => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: 'default' },
      spec: {
        completions: 3,
        parallelism: 2,
        backoffLimit: 2,
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'main', image }] } },
        ...spec,
      },
    });

    test('runs completions with parallelism and completes', async () => {
      h = await harness({ store, rules: [{ image: 'migrate:*', fail: 'Exit0' }] });
      h.store.create('batch', 'jobs', job('migrate', 'migrate:1'));
      let maxActive = 0;
      await h.until(() => {
        const st = h.store.get('batch', 'jobs', 'default', 'migrate')!.status ?? {};
        maxActive = Math.max(maxActive, st.active ?? 0);
        return condition(h.store.get('batch', 'jobs', 'default', 'migrate'), 'Complete')?.status === 'True';
      });
      const j = h.store.get('batch', 'jobs', 'default', 'migrate')!;
      expect(maxActive).toBe(2);
      expect(j.status.succeeded).toBe(3);
      expect(j.status.completionTime).toBeDefined();
      expect(condition(j, 'Complete')).toEqual(
        expect.objectContaining({ reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' }),
      );
      expect(condition(j, 'SuccessCriteriaMet')?.status).toBe('True');
      expect(eventsFor(h.store, 'migrate')).toContainEqual(
        expect.objectContaining({ reason: 'Completed', message: 'Job completed' }),
      );
      const pod = podsOf(h.store, 'migrate-')[0];
      expect(pod.metadata.labels).toEqual(
        expect.objectContaining({ 'batch.kubernetes.io/job-name': 'migrate', 'job-name': 'migrate' }),
      );
    });

    test('fails with BackoffLimitExceeded after backoffLimit + 1 failed pods', async () => {
      h = await harness({ store, rules: [{ image: 'bad:*', fail: 'Exit1' }] });
      h.store.create('batch', 'jobs', job('bad', 'bad:1', { completions: 1, parallelism: 1, backoffLimit: 2 }));
      await h.until(
        () => condition(h.store.get('batch', 'jobs', 'default', 'bad'), 'Failed')?.status === 'True',
        300_000,
      );
      const j = h.store.get('batch', 'jobs', 'default', 'bad')!;
      expect(j.status.failed).toBe(3);
      expect(condition(j, 'Failed')).toEqual(
        expect.objectContaining({
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        }),
      );
      expect(condition(j, 'Complete')).toBeUndefined();
    });

    test('activeDeadlineSeconds fails the job with DeadlineExceeded', async () => {
      h = await harness({ store, rules: [{ image: 'slow:*', fail: 'NeverReady' }] });
      h.store.create(
        'batch',
        'jobs',
        job('slow', 'slow:1', { completions: 1, parallelism: 1, activeDeadlineSeconds: 30 }),
      );
      await h.until(
        () => condition(h.store.get('batch', 'jobs', 'default', 'slow'), 'Failed')?.status === 'True',
        60_000,
      );
      expect(condition(h.store.get('batch', 'jobs', 'default', 'slow'), 'Failed')).toEqual(
        expect.objectContaining({
          reason: 'DeadlineExceeded',
          message: 'Job was active longer than specified deadline',
        }),
      );
      await h.until(() => podsOf(h.store, 'slow-').length === 0, 60_000);
    });
  });

  describe('Service endpoints', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    test('Endpoints and EndpointSlices follow readiness: ready pods are addresses, unready ones notReadyAddresses', async () => {
      h = await harness({ store, rules: [{ image: 'web:never', fail: 'NeverReady' }] });
      h.store.create('', 'services', service('web', { app: 'web' }));
      h.store.create('apps', 'deployments', deployment('web', 'web:1', { spec: { replicas: 2 } }));
      await h.until(() => (h.store.get('', 'endpoints', 'default', 'web')?.subsets?.[0]?.addresses ?? []).length === 2);
      const ep = h.store.get('', 'endpoints', 'default', 'web')!;
      const pods = podsOf(h.store, 'web-');
      expect(ep.subsets[0].ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
      expect(ep.subsets[0].addresses.map((a: any) => a.targetRef.name).sort()).toEqual(
        pods.map((p) => p.metadata.name).sort(),
      );
      expect(ep.subsets[0].addresses[0]).toEqual(
        expect.objectContaining({ ip: expect.stringMatching(/^10\.244\./), nodeName: expect.any(String) }),
      );
      const slices = h.store.list('discovery.k8s.io', 'endpointslices', { namespace: 'default' });
      expect(slices).toHaveLength(1);
      expect(slices[0].metadata.labels).toEqual(
        expect.objectContaining({
          'kubernetes.io/service-name': 'web',
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        }),
      );
      expect(slices[0].endpoints.every((e: any) => e.conditions.ready)).toBe(true);

      // a broken rollout: the new pod never becomes ready and stays out of the addresses
      setImage(h.store, 'apps', 'deployments', 'web', 'web:never');
      await h.until(
        () => (h.store.get('', 'endpoints', 'default', 'web')?.subsets?.[0]?.notReadyAddresses ?? []).length === 1,
      );
      const ep2 = h.store.get('', 'endpoints', 'default', 'web')!;
      expect(ep2.subsets[0].addresses).toHaveLength(2);
      const unready = ep2.subsets[0].notReadyAddresses[0].targetRef.name;
      expect(h.store.get('', 'pods', 'default', unready)!.spec.containers[0].image).toBe('web:never');
      const slice = h.store.list('discovery.k8s.io', 'endpointslices', { namespace: 'default' })[0];
      expect(slice.endpoints.find((e: any) => e.targetRef.name === unready).conditions).toEqual({
        ready: false,
        serving: false,
        terminating: false,
      });
    });
  });

  describe('events', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    test('repeats aggregate into one Event with a count', async () => {
      h = await harness({ store, rules: [{ image: '*:broken', fail: 'ImagePullBackOff' }] });
      h.store.create('', 'pods', {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p', namespace: 'default' },
        spec: { nodeName: 'node-1', containers: [{ name: 'c', image: 'x:broken' }] },
      });
      await h.run(80_000, 500);
      const events = h.store.list('', 'events', { namespace: 'default' }).filter((e) => e.reason === 'BackOff');
      expect(events).toHaveLength(1);
      expect(events[0].count).toBeGreaterThanOrEqual(3);
      expect(events[0]).toEqual(
        expect.objectContaining({
          type: 'Normal',
          source: { component: 'kubelet', host: expect.stringMatching(/^node-/) },
          involvedObject: expect.objectContaining({
            kind: 'Pod',
            name: 'p',
            namespace: 'default',
            fieldPath: 'spec.containers{c}',
          }),
        }),
      );
      expect(Date.parse(events[0].lastTimestamp)).toBeGreaterThan(Date.parse(events[0].firstTimestamp));
    });
  });
});

// Graceful pod deletion is not in the API server store yet: this runs on the in-memory store.
describe('terminating pods (in-memory store)', () => {
  const store = STORES[0][1];
  let h: Harness;
  afterEach(() => h?.stop());

  test('terminating pods leave Endpoints and show as terminating in the slice', async () => {
    h = await harness({ store });
    h.store.create('', 'services', service('api', { app: 'api' }, [{ port: 80, targetPort: 8080 }]));
    h.store.create('', 'pods', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'api-1', namespace: 'default', labels: { app: 'api' } },
      spec: { containers: [{ name: 'a', image: 'api:1' }] },
    });
    await h.until(() => (h.store.get('', 'endpoints', 'default', 'api')?.subsets?.[0]?.addresses ?? []).length === 1);
    h.store.delete('', 'pods', 'default', 'api-1');
    await h.settle();
    expect(h.store.get('', 'endpoints', 'default', 'api')!.subsets).toBeUndefined();
    const slice = h.store.list('discovery.k8s.io', 'endpointslices', { namespace: 'default' })[0];
    expect(slice.endpoints[0].conditions).toEqual({ ready: false, serving: true, terminating: true });
  });
});

describe.each(STORES)('DaemonSet surge on the %s', (_name: string, store: StoreFactory) => {
  let h: Harness;
  afterEach(() => h?.stop());

  test('maxSurge starts the new pod beside the old one and never leaves a node without an available pod', async () => {
    h = await harness({ store, nodes: 3, podReadyDelayMs: 2_000 });
    h.store.create('apps', 'daemonsets', {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', namespace: 'default' },
      spec: {
        selector: { matchLabels: { app: 'agent' } },
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
        template: {
          metadata: { labels: { app: 'agent' } },
          spec: { containers: [{ name: 'agent', image: 'agent:1' }] },
        },
      },
    });
    await h.until(() => h.store.get('apps', 'daemonsets', 'default', 'agent')?.status?.numberAvailable === 3);
    setImage(h.store, 'apps', 'daemonsets', 'agent', 'agent:2');
    let maxPods = 0;
    let minReadyNodes = 3;
    await h.until(() => {
      const pods = podsOf(h.store, 'agent-').filter((p) => !p.metadata.deletionTimestamp);
      maxPods = Math.max(maxPods, pods.length);
      const readyNodes = new Set(
        pods.filter((p) => condition(p, 'Ready')?.status === 'True').map((p) => p.spec.nodeName),
      );
      minReadyNodes = Math.min(minReadyNodes, readyNodes.size);
      const st = h.store.get('apps', 'daemonsets', 'default', 'agent')!.status;
      return st.updatedNumberScheduled === 3 && st.numberAvailable === 3 && pods.length === 3;
    });
    expect(maxPods).toBe(4);
    expect(minReadyNodes).toBe(3);
    const running = podsOf(h.store, 'agent-').filter((p) => !p.metadata.deletionTimestamp);
    expect(running.every((p) => p.spec.containers[0].image === 'agent:2')).toBe(true);
  });
});
