/** Test harness: a manual clock, a store, the controllers, and helpers to run simulated time. */
import { createClock, type SimClock } from '../../../../src/clock.js';
import { type Controllers, type PodRule, startControllers } from '../../../../src/controllers/index.js';
import type { ControllerStore, KObject } from '../../../../src/store-api.js';
import { createStore } from '../../../../src/store/index.js';
import { MemoryStore } from './memory-store.js';

export interface Harness {
  clock: SimClock;
  store: ControllerStore & { all?: (g: string, r: string, ns?: string) => KObject[] };
  controllers: Controllers;
  /** Lets the controllers finish reacting, then advances simulated time in steps, settling after each. */
  run(ms: number, step?: number): Promise<void>;
  settle(): Promise<void>;
  /** Runs simulated time until `check` holds (at most `maxMs`); throws with `describe()` otherwise. */
  until(check: () => boolean, maxMs?: number, describe?: () => string): Promise<void>;
  stop(): void;
}

export type StoreFactory = (clock: SimClock) => ControllerStore;

/** The stores the controller tests run against: the small in-memory one and the API server's real store. */
export const STORES: Array<[string, StoreFactory]> = [
  ['in-memory store', (clock) => new MemoryStore(clock)],
  ['API server store', (clock) => createStore({ clock, rootCa: 'a CA certificate' })],
];

export async function harness(
  options: { nodes?: number; podReadyDelayMs?: number; rules?: PodRule[]; store?: StoreFactory } = {},
): Promise<Harness> {
  const clock = createClock({ manual: true, start: Date.parse('2026-01-01T00:00:00Z') });
  const store = options.store ? options.store(clock) : new MemoryStore(clock);
  const nodes = Array.from({ length: options.nodes ?? 3 }, (_, i) => `node-${i + 1}`);
  const controllers = startControllers(store, {
    clock,
    nodes,
    podReadyDelayMs: options.podReadyDelayMs ?? 0,
    podRules: options.rules,
  });
  const settle = (): Promise<void> => controllers.settle();
  const run = async (ms: number, step = 100): Promise<void> => {
    await settle();
    for (let t = 0; t < ms; t += step) {
      clock.advance(Math.min(step, ms - t));
      await settle();
    }
  };
  const until = async (check: () => boolean, maxMs = 120_000, describe?: () => string): Promise<void> => {
    await settle();
    for (let t = 0; t <= maxMs; t += 100) {
      if (check()) return;
      clock.advance(100);
      await settle();
    }
    throw new Error(`condition not reached after ${maxMs} simulated ms${describe ? `: ${describe()}` : ''}`);
  };
  return {
    clock,
    store,
    controllers,
    run,
    settle,
    until,
    stop: () => {
      controllers.stop();
      clock.stop();
    },
  };
}

export function deployment(name: string, image: string, extra: Record<string, any> = {}): KObject {
  const spec = extra.spec ?? {};
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', ...(extra.metadata ?? {}) },
    spec: {
      replicas: 3,
      progressDeadlineSeconds: 600,
      revisionHistoryLimit: 10,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      selector: { matchLabels: { app: name } },
      ...spec,
      template: spec.template ?? {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name, image, ports: [{ containerPort: 8080, name: 'http' }] }],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: 30,
        },
      },
    },
  };
}

export function setImage(
  store: ControllerStore,
  group: string,
  resource: string,
  name: string,
  image: string,
): KObject {
  const d = store.get(group, resource, 'default', name);
  if (!d) throw new Error(`${resource} ${name} not found`);
  d.spec.template.spec.containers[0].image = image;
  return store.update(group, resource, d);
}

export function podsOf(store: ControllerStore, prefix: string, namespace = 'default'): KObject[] {
  return store.list('', 'pods', { namespace }).filter((p) => p.metadata.name.startsWith(prefix));
}

export function condition(o: KObject | undefined, type: string): any {
  return (o?.status?.conditions ?? []).find((c: { type: string }) => c.type === type);
}

export function eventsFor(
  store: ControllerStore,
  name: string,
  namespace = 'default',
): Array<{ reason: string; message: string; type: string; count: number }> {
  return store
    .list('', 'events', { namespace })
    .filter((e) => e.involvedObject?.name === name)
    .map((e) => ({ reason: e.reason, message: e.message, type: e.type, count: e.count }));
}
