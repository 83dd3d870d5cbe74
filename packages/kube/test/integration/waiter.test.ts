import type { Cluster } from '@kra/cluster-sim';
import { type KubeClient, type WaitEvent, Waiter } from '../../src/index.js';
import { clientFor, deployment, startSim } from './cluster.js';

/** The Waiter from source against cluster-sim: each way a wait ends, and that it ends once. */
let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim();
  cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
  cluster.setPodRule({ image: '*:never', fail: 'NeverReady' });
  client = clientFor(cluster);
  await client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'wait' } });
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

async function create(name: string, image: string) {
  const object = deployment(name, image, { namespace: 'wait' });
  await client.apply(object, { fieldManager: 'test' });
  return object;
}

const options = (events: WaitEvent[] = []) => ({
  timeoutMs: 20_000,
  crashloopRestarts: 2,
  onEvent: (e: WaitEvent) => events.push(e),
});

test('a rollout that becomes ready ends ready, with typed events, and stops its watchers', async () => {
  const web = await create('web', 'ghcr.io/acme/web:1');
  const events: WaitEvent[] = [];
  const waiter = new Waiter(client, [web], options(events));
  expect(waiter.state).toBe('idle');
  const running = waiter.run();
  expect(waiter.state).toBe('watching');
  const result = await running;
  expect(result).toMatchObject({ ok: true, outcome: 'ready', ready: ['apps/Deployment/wait/web'], pending: [] });
  expect(waiter.state).toBe('done');
  expect(events.filter((e) => e.type === 'ready')).toEqual([
    { type: 'ready', object: 'wait/Deployment/web', message: '2 of 2 replicas available' },
  ]);
  // A second run() returns the same result; nothing is watched any more.
  await expect(waiter.run()).resolves.toBe(result);
});

test('a pod that cannot pull its image fails the wait at once, with a diagnosis', async () => {
  const bad = await create('bad', 'ghcr.io/acme/web:broken');
  const events: WaitEvent[] = [];
  const result = await new Waiter(client, [bad], options(events)).run();
  expect(result.outcome).toBe('failed');
  // ErrImagePull, then ImagePullBackOff: whichever the watch sees first fails the wait.
  expect(result.failure).toMatchObject({
    object: 'wait/Deployment/bad',
    reason: expect.stringMatching(/^(ErrImagePull|ImagePullBackOff)$/),
    container: 'bad',
  });
  expect(result.pending).toEqual([expect.objectContaining({ id: 'apps/Deployment/wait/bad' })]);
  expect(events).toContainEqual(expect.objectContaining({ type: 'failed', reason: result.failure?.reason }));
});

test('the timeout ends the wait with a diagnosis of the first object still pending', async () => {
  const slow = await create('slow', 'ghcr.io/acme/web:never');
  const result = await new Waiter(client, [slow], { ...options(), timeoutMs: 1500 }).run();
  expect(result).toMatchObject({ ok: false, outcome: 'timed-out', timedOut: true });
  expect(result.failure?.reason).toMatch(/^Timeout/);
  expect(result.failure?.message).toMatch(/^not ready after 2s/);
});

test('stop() and an aborted signal end the wait as cancelled, without a diagnosis', async () => {
  const slow = await create('slow-2', 'ghcr.io/acme/web:never');
  const waiter = new Waiter(client, [slow], options());
  const running = waiter.run();
  waiter.stop();
  expect(await running).toMatchObject({ ok: false, outcome: 'cancelled', failure: undefined });
  expect(waiter.state).toBe('done');

  const controller = new AbortController();
  const aborted = new Waiter(client, [slow], { ...options(), signal: controller.signal }).run();
  setTimeout(() => controller.abort(), 200);
  expect((await aborted).outcome).toBe('cancelled');
  // Already aborted: ends before watching anything.
  expect((await new Waiter(client, [slow], { ...options(), signal: controller.signal }).run()).outcome).toBe(
    'cancelled',
  );
});

test('objects nothing waits on end the wait at once', async () => {
  const result = await new Waiter(
    client,
    [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'wait' } }],
    options(),
  ).run();
  expect(result).toMatchObject({ ok: true, outcome: 'ready', ready: [], pending: [] });
});
