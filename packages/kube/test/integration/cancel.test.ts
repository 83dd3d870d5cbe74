import type { Cluster } from '@kra/cluster-sim';
import { type KubeClient, ReleaseStore, deploy } from '../../src/index.js';
import type { KObject } from '../../src/client.js';
import { clientFor, configMap, deployOptions, deployment, memoryLog, namespace, startSim } from './cluster.js';

/**
 * Issue 10 items 2 and 3 from source: a cancelled deploy stops writing, undoes what its revision
 * changed, records it cancelled and unlocks; a deploy that loses its lock writes nothing more;
 * the next deploy marks a revision left pending as interrupted.
 */
let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim();
  cluster.setPodRule({ image: '*:slow', readyAfterMs: 600_000 });
  cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
  client = clientFor(cluster);
  await client.create(namespace('stop'));
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

const configs = (version: string) =>
  Array.from({ length: 12 }, (_, i) => configMap(`cm-${String(i).padStart(2, '0')}`, { version }));
const data = async () =>
  Promise.all(
    configs('').map(async (c) => (await client.get('v1', 'ConfigMap', c.metadata.name!, 'stop'))?.data?.version),
  );
const statuses = async (release: string) =>
  (await new ReleaseStore(client, 'stop', release).list()).map((r) => [r.revision, r.status]);
const lease = (release: string) => client.get('coordination.k8s.io/v1', 'Lease', `k8s-deploy.${release}`, 'stop');

/** Deploy options whose log aborts `controller` when a line matches `when`. */
function cancelling(when: RegExp, objects: KObject[], release: string) {
  const controller = new AbortController();
  const log = memoryLog();
  const info = log.info;
  log.info = (line) => {
    info(line);
    if (when.test(line)) controller.abort();
  };
  // One write at a time, so the cancellation lands between two of them.
  return deployOptions(client, { release, namespace: 'stop', objects, log, signal: controller.signal, concurrency: 1 });
}

test('cancelled in the middle of applying 12 ConfigMaps: all 12 back at the old version, recorded cancelled, unlocked', async () => {
  expect(
    (await deploy(deployOptions(client, { release: 'cms', namespace: 'stop', objects: configs('v1') }))).status,
  ).toBe('deployed');
  const result = await deploy(cancelling(/cm-03 configured/, configs('v2'), 'cms'));
  expect(result).toMatchObject({
    status: 'cancelled',
    revision: 2,
    failure: 'cancelled by the runner during the rollout',
  });
  expect(result.rollback).toMatch(/^cancelled; rolled back to revision 1/);
  // 4 were written before the cancellation; none after; the rollback restored them.
  expect(result.changed.configured).toBe(4);
  expect(await data()).toEqual(Array(12).fill('v1'));
  expect(await statuses('cms')).toEqual([
    [1, 'deployed'],
    [2, 'cancelled'],
  ]);
  expect(await lease('cms')).toBeUndefined();
});

test('a first deploy cancelled while waiting deletes what it created', async () => {
  const objects = [configMap('first-config', { a: '1' }), deployment('first', 'web:slow')];
  const result = await deploy(cancelling(/Deployment\/first created/, objects, 'first'));
  expect(result.status).toBe('cancelled');
  expect(result.rollback).toBe('cancelled; first deploy of revision 1: deleted the 2 objects it had created');
  expect(await client.get('v1', 'ConfigMap', 'first-config', 'stop')).toBeUndefined();
  expect(await client.get('apps/v1', 'Deployment', 'first', 'stop')).toBeUndefined();
  expect(await statuses('first')).toEqual([[1, 'cancelled']]);
});

test('cancelled before the lock is held: nothing is written at all', async () => {
  const controller = new AbortController();
  controller.abort();
  const result = await deploy(
    deployOptions(client, { release: 'early', namespace: 'stop', objects: configs('v1'), signal: controller.signal }),
  );
  expect(result).toMatchObject({ status: 'cancelled', rollback: 'nothing was changed' });
  expect(await statuses('early')).toEqual([]);
  expect(await lease('early')).toBeUndefined();
});

test('a lost lock stops the run before its next write; the next deploy marks the revision interrupted', async () => {
  const objects = [deployment('locked', 'web:slow')];
  const log = memoryLog();
  const info = log.info;
  let takenAt = -1;
  log.info = (line) => {
    info(line);
    if (!/revision 1 started/.test(line)) return;
    // Another run takes the lease over while this one waits for its pods.
    void lease('locked').then(async (held) => {
      await client.replace({ ...held!, spec: { ...held!.spec, holderIdentity: 'another run' } });
      takenAt = cluster.requests().length;
    });
  };
  const result = await deploy(
    deployOptions(client, { release: 'locked', namespace: 'stop', objects, log, leaseDurationSeconds: 3 }),
  );
  expect(result.status).toBe('failed');
  expect(result.failure).toMatch(
    /^Release "locked": this run lost its lock \(Lease stop\/k8s-deploy\.locked\) to another run/,
  );
  expect(takenAt).toBeGreaterThan(0);
  const writesAfter = cluster
    .requests()
    .slice(takenAt)
    .filter((r) => !['get', 'list', 'watch'].includes(r.verb));
  expect(writesAfter).toEqual([]);
  expect(await statuses('locked')).toEqual([[1, 'pending']]);
  expect((await lease('locked'))?.spec.holderIdentity).toBe('another run');

  // The other run is gone; the next deploy finds the revision left pending.
  await client.delete('coordination.k8s.io/v1', 'Lease', 'k8s-deploy.locked', 'stop');
  const next = memoryLog();
  const again = await deploy(
    deployOptions(client, {
      release: 'locked',
      namespace: 'stop',
      objects: [configMap('locked', { a: '1' })],
      log: next,
    }),
  );
  expect(again.status).toBe('deployed');
  expect(next.lines).toContainEqual(
    expect.stringMatching(
      /^warning: Release "locked" revision 1 was left pending by a run that stopped before finishing/,
    ),
  );
  expect(await statuses('locked')).toEqual([
    [1, 'interrupted'],
    [2, 'deployed'],
  ]);
});

test('cancelled during the rollback of a failed revision: the rollback is finished, not waited for', async () => {
  const objects = (image: string) => [deployment('back', image)];
  expect(
    (await deploy(deployOptions(client, { release: 'back', namespace: 'stop', objects: objects('web:1') }))).status,
  ).toBe('deployed');
  const result = await deploy(cancelling(/rolling back to revision 1/, objects('web:broken'), 'back'));
  expect(result.status).toBe('cancelled');
  expect(result.failure).toMatch(
    /^stop\/Deployment\/back: (ErrImagePull|ImagePullBackOff) .*; then the run was cancelled$/,
  );
  expect(result.rollback).toBe(
    'rolled back to revision 1 (re-applied; its readiness was not waited for: the run was stopped)',
  );
  const live = await client.get('apps/v1', 'Deployment', 'back', 'stop');
  expect(live!.spec.template.spec.containers[0].image).toBe('web:1');
  expect(await statuses('back')).toEqual([
    [1, 'deployed'],
    [2, 'cancelled'],
  ]);
});
