import type { Cluster } from '@kra/cluster-sim';
import { type KubeClient, type ReleaseRun, ReleaseStore, release } from '../../src/index.js';
import type { KObject } from '../../src/client.js';
import { gatewayApiCrds } from '../support/crds.js';
import { clientFor, configMap, deployOptions, deployment, memoryLog, namespace, startSim } from './cluster.js';

/** Canary and blue-green from source against cluster-sim: the state kept in the record, replacing, refusing, restoring. */
let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim({ crds: gatewayApiCrds() });
  client = clientFor(cluster);
  for (const ns of ['state', 'replace', 'restore']) await client.create(namespace(ns));
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

const service = (name: string): KObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 8080 }] },
});
const route: KObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'HTTPRoute',
  metadata: { name: 'web' },
  spec: { parentRefs: [{ name: 'edge' }], rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] },
};
const app = (image: string, extra: KObject[] = []) => [service('web'), deployment('web', image), ...extra];

function run(overrides: Partial<ReleaseRun> = {}): ReleaseRun {
  return {
    strategy: 'canary',
    action: 'deploy',
    trafficSplitMethod: 'pod',
    routeMethod: 'service',
    steps: [{ weight: 50 }, { pause: 'until-promoted' }],
    force: false,
    settings: { checks: [], scaleDownDelayMs: 0, versionSwitchBufferMs: 0 },
    ...overrides,
  };
}
const go = (ns: string, objects: KObject[], overrides: Partial<ReleaseRun> = {}) =>
  release(deployOptions(client, { release: 'web', namespace: ns, objects, log: memoryLog() }), run(overrides));
const image = async (ns: string, name: string) =>
  (await client.get('apps/v1', 'Deployment', name, ns))?.spec.template.spec.containers[0].image;

test("the release record keeps the rollout's state: a later run knows what runs, where traffic goes and what to undo", async () => {
  const config = (mode: string) => configMap('web-config', { mode });
  await go('state', app('web:1', [route, config('a')]), { trafficSplitMethod: 'gateway-api' });
  const log = memoryLog();
  const paused = await release(
    deployOptions(client, { release: 'web', namespace: 'state', objects: app('web:2', [route, config('b')]), log }),
    run({ trafficSplitMethod: 'gateway-api' }),
  );
  expect(paused.status).toBe('progressing');
  // The changed ConfigMap waits for promote, and the run says what that means for the canary.
  expect(log.lines).toContain(
    "warning: state/ConfigMap/web-config changes only at promote, so the canary reads its current content: to try a config change in the canary, give the changed config a new name (a content hash suffix, as kustomize's generators do)",
  );
  expect((await client.get('v1', 'ConfigMap', 'web-config', 'state'))!.data).toEqual({ mode: 'a' });
  const [, record] = await new ReleaseStore(client, 'state', 'web').list();
  expect(record.status).toBe('progressing');
  expect(record.progress).toMatchObject({
    strategy: 'canary',
    method: 'gateway-api',
    phase: 'paused',
    step: 2,
    weight: 50,
    steps: [{ weight: 50 }, { pause: 'until-promoted' }],
    images: ['web:2'],
    stableRevision: 1,
    routed: true,
    workloads: [
      { label: 'state/Deployment/web', namespace: 'state', name: 'web', track: 'web-canary', services: ['web'] },
    ],
    derived: [
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'state', name: 'web-canary' },
      { apiVersion: 'v1', kind: 'Service', namespace: 'state', name: 'web-canary' },
    ],
    routing: [],
    createdEarly: [],
    deferred: ['state/ConfigMap/web-config'],
  });
  expect(record.progress!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  // What a reject re-applies: the route and the Deployment exactly as revision 1 applied them.
  expect(record.progress!.restore.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['HTTPRoute/web']);
  expect(record.progress!.restore[0].spec.rules[0].backendRefs).toEqual([{ name: 'web', port: 80 }]);
  expect(record.progress!.stableWorkloads[0].spec.template.spec.containers[0].image).toBe('web:1');
  expect(record.progress!.history.map((h) => h.text)).toContain('the new version gets 50% of the traffic');
});

test('a new canary replaces the one in progress; a blue-green meanwhile is refused', async () => {
  await go('replace', app('web:1'));
  expect((await go('replace', app('web:2'))).status).toBe('progressing');
  await expect(
    go('replace', app('web:9'), { strategy: 'blue-green', steps: [{ pause: 'until-promoted' }] }),
  ).rejects.toThrow(
    'Release "web" has a canary rollout in progress (revision 2, paused): finish it with action: promote or reject (strategy: canary) before a blue-green deploy',
  );
  const third = await go('replace', app('web:3'));
  expect(third.status).toBe('progressing');
  expect(await image('replace', 'web-canary')).toBe('web:3');
  const records = await new ReleaseStore(client, 'replace', 'web').list();
  expect(records.map((r) => [r.revision, r.status, r.progress?.phase, r.message])).toEqual([
    [1, 'deployed', 'promoted', undefined],
    [2, 'rejected', 'rejected', 'replaced by revision 3'],
    [3, 'progressing', 'paused', undefined],
  ]);
  expect((await go('replace', [], { action: 'promote' })).status).toBe('deployed');
  expect(await image('replace', 'web')).toBe('web:3');
});

test("a reject after a promote that got as far as the user's Deployment puts the stable version back", async () => {
  await go('restore', app('web:1', [route]), { trafficSplitMethod: 'gateway-api' });
  await go('restore', app('web:2', [route]), { trafficSplitMethod: 'gateway-api' });
  const undo = cluster.injectFault({
    verb: 'patch',
    resource: 'httproutes',
    namespace: 'restore',
    rate: 1,
    status: 500,
  });
  const failed = await go('restore', [], { action: 'promote' });
  undo();
  expect(failed.status).toBe('failed');
  expect(failed.failure).toMatch(
    /restore\/HTTPRoute\/web.*Nothing was rolled back: run action: promote again, or reject$/,
  );
  expect(await image('restore', 'web')).toBe('web:2');
  const rejected = await go('restore', [], { action: 'reject' });
  expect(rejected.status).toBe('rejected');
  expect(await image('restore', 'web')).toBe('web:1');
  expect(await client.get('apps/v1', 'Deployment', 'web-canary', 'restore')).toBeUndefined();
  const live = await client.get('gateway.networking.k8s.io/v1', 'HTTPRoute', 'web', 'restore');
  expect(live!.spec.rules[0].backendRefs).toEqual([{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }]);
});

test('a canary whose pods cannot start fails its step with the diagnosis, and is removed', async () => {
  await client.create(namespace('broken'));
  cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
  await go('broken', app('web:1'));
  const failed = await go('broken', app('web:broken'));
  expect(failed).toMatchObject({ status: 'rolled-back', rolledBack: true });
  expect(failed.failure).toMatch(
    /^the canary did not become ready at 50%: broken\/Deployment\/web-canary: (ImagePullBackOff|ErrImagePull) \(pod web-canary-/,
  );
  expect(failed.diagnosis).toMatchObject({ object: 'broken/Deployment/web-canary' });
  expect(failed.progress?.state.phase).toBe('aborted');
  expect(await client.get('apps/v1', 'Deployment', 'web-canary', 'broken')).toBeUndefined();
  expect(await client.get('apps/v1', 'Deployment', 'web-baseline', 'broken')).toBeUndefined();
  expect(await image('broken', 'web')).toBe('web:1');
  const [, record] = await new ReleaseStore(client, 'broken', 'web').list();
  expect([record.status, record.progress?.phase]).toEqual(['failed', 'aborted']);
});
