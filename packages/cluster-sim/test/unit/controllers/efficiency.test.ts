import { createClock } from '../../../src/clock.js';
import { startControllers } from '../../../src/controllers/index.js';
import { MemoryStore } from './support/memory-store.js';
import { deployment } from './support/harness.js';

/**
 * Structural efficiency (no timings): the controllers read from their informer cache and
 * owner index, never by listing or getting from the store while they work, and the writes a
 * rollout costs grow linearly with the number of deployments.
 */
describe('controller efficiency', () => {
  async function rollout(count: number): Promise<{ reads: number; writes: number }> {
    const clock = createClock({ manual: true, start: Date.parse('2026-01-01T00:00:00Z') });
    const store = new MemoryStore(clock);
    const controllers = startControllers(store, { clock, nodes: ['n1', 'n2', 'n3'], podReadyDelayMs: 1_000 });
    let reads = 0;
    const get = store.get.bind(store);
    const list = store.list.bind(store);
    store.get = (...args) => (reads++, get(...args));
    store.list = (...args) => (reads++, list(...args));
    const writesBefore = store.writes;
    const done = (revision: string): boolean =>
      Array.from({ length: count }, (_, i) =>
        store.all('apps', 'deployments', 'default').find((d) => d.metadata.name === `d${i}`),
      ).every(
        (d) =>
          d?.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision &&
          d.status?.updatedReplicas === 3 &&
          d.status?.replicas === 3 &&
          d.status?.availableReplicas === 3,
      );
    const step = async (): Promise<void> => {
      clock.advance(100);
      await controllers.settle();
    };
    const readsOf = async (fn: () => Promise<void>): Promise<number> => {
      const before = reads;
      await fn();
      return reads - before;
    };
    let readsInRollout = 0;
    for (let i = 0; i < count; i++) store.create('apps', 'deployments', deployment(`d${i}`, 'nginx:1'));
    await controllers.settle();
    for (let t = 0; t < 600 && !done('1'); t++) readsInRollout += await readsOf(step);
    for (let i = 0; i < count; i++) {
      const d = get('apps', 'deployments', 'default', `d${i}`)!;
      d.spec.template.spec.containers[0].image = 'nginx:2';
      store.update('apps', 'deployments', d);
    }
    for (let t = 0; t < 600 && !done('2'); t++) readsInRollout += await readsOf(step);
    expect(done('2')).toBe(true);
    controllers.stop();
    clock.stop();
    return { reads: readsInRollout, writes: store.writes - writesBefore };
  }

  test('a rollout of many deployments reads nothing from the store and writes linearly', async () => {
    const small = await rollout(5);
    const large = await rollout(25);
    // only the controllers' work between clock steps is counted: done() runs outside it
    expect(small.reads).toBe(0);
    expect(large.reads).toBe(0);
    expect(large.writes / 25).toBeLessThanOrEqual((small.writes / 5) * 1.2);
  });
});
