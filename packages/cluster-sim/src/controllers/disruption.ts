/**
 * The disruption controller: keeps a PodDisruptionBudget's status (expectedPods,
 * currentHealthy, desiredHealthy, disruptionsAllowed and the DisruptionAllowed condition)
 * from the pods its selector matches and the scale of their controllers.
 */
import type { KObject, StoreEvent } from '../store-api.js';
import type { Context } from './context.js';
import type { WorkQueue } from './queue.js';
import {
  type Condition,
  clone,
  controllerOf,
  getCondition,
  isPodReady,
  key,
  rfc3339,
  scaledValue,
  selectorMatches,
  semanticEqual,
  splitKey,
} from './util.js';

export class DisruptionController {
  readonly queue: WorkQueue;
  private readonly budgets = new Map<string, Map<string, KObject['spec']>>();

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('disruption', (k) => this.sync(k));
  }

  seed(): void {
    for (const pdb of this.ctx.cache.list('policy', 'poddisruptionbudgets')) {
      this.observe({ type: 'ADDED', object: pdb, group: 'policy', resource: 'poddisruptionbudgets' });
    }
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    const ns = object.metadata.namespace ?? 'default';
    if (event.group === 'policy' && event.resource === 'poddisruptionbudgets') {
      let bucket = this.budgets.get(ns);
      if (!bucket) this.budgets.set(ns, (bucket = new Map()));
      if (event.type === 'DELETED') bucket.delete(object.metadata.name);
      else bucket.set(object.metadata.name, object.spec);
      this.queue.add(key(ns, object.metadata.name));
    } else if (event.group === '' && event.resource === 'pods') {
      for (const [name, spec] of this.budgets.get(ns) ?? []) {
        if (selectorMatches(spec?.selector, object.metadata.labels)) this.queue.add(key(ns, name));
      }
    }
  }

  /** The replicas the pod's controller wants (a deployment's, for its replica sets), keyed by controller uid. */
  private scaleOf(pod: KObject): { uid: string; replicas: number } | undefined {
    const ref = controllerOf(pod);
    if (!ref) return undefined;
    const ns = pod.metadata.namespace;
    if (ref.kind === 'ReplicaSet') {
      const rs = this.ctx.cache.get('apps', 'replicasets', ns, ref.name);
      if (!rs) return undefined;
      const owner = controllerOf(rs);
      if (owner?.kind === 'Deployment') {
        const d = this.ctx.cache.get('apps', 'deployments', ns, owner.name);
        if (d) return { uid: d.metadata.uid ?? '', replicas: d.spec?.replicas ?? 1 };
      }
      return { uid: rs.metadata.uid ?? '', replicas: rs.spec?.replicas ?? 1 };
    }
    if (ref.kind === 'StatefulSet') {
      const set = this.ctx.cache.get('apps', 'statefulsets', ns, ref.name);
      if (set) return { uid: set.metadata.uid ?? '', replicas: set.spec?.replicas ?? 1 };
    }
    return undefined;
  }

  private sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const stored = this.ctx.cache.get('policy', 'poddisruptionbudgets', namespace, name);
    if (!stored || stored.metadata.deletionTimestamp) return;
    const pdb = clone(stored);
    const pods = this.ctx.cache
      .list('', 'pods', namespace)
      .filter(
        (p) =>
          selectorMatches(pdb.spec?.selector, p.metadata.labels) &&
          p.status?.phase !== 'Succeeded' &&
          p.status?.phase !== 'Failed',
      );
    const currentHealthy = pods.filter((p) => isPodReady(p) && !p.metadata.deletionTimestamp).length;
    const fromControllers = (): number => {
      const scales = new Map<string, number>();
      let loose = 0;
      for (const pod of pods) {
        const scale = this.scaleOf(pod);
        if (scale) scales.set(scale.uid, scale.replicas);
        else loose++;
      }
      return [...scales.values()].reduce((a, b) => a + b, 0) + loose;
    };
    let expectedPods: number;
    let desiredHealthy: number;
    if (pdb.spec?.maxUnavailable !== undefined) {
      expectedPods = fromControllers();
      desiredHealthy = Math.max(0, expectedPods - scaledValue(pdb.spec.maxUnavailable, expectedPods, true, 0));
    } else if (typeof pdb.spec?.minAvailable === 'number') {
      expectedPods = pods.length;
      desiredHealthy = pdb.spec.minAvailable;
    } else {
      expectedPods = fromControllers();
      desiredHealthy = scaledValue(pdb.spec?.minAvailable ?? '100%', expectedPods, true, '100%');
    }
    const disruptionsAllowed = Math.max(0, currentHealthy - desiredHealthy);
    const now = this.ctx.clock.now();
    const previous = getCondition(pdb.status?.conditions, 'DisruptionAllowed');
    const allowed = disruptionsAllowed > 0;
    const condition: Condition = {
      type: 'DisruptionAllowed',
      status: allowed ? 'True' : 'False',
      reason: allowed ? 'SufficientPods' : 'InsufficientPods',
      message: '',
      lastTransitionTime:
        previous && previous.status === (allowed ? 'True' : 'False') ? previous.lastTransitionTime : rfc3339(now),
    };
    const status = {
      observedGeneration: pdb.metadata.generation,
      disruptionsAllowed,
      currentHealthy,
      desiredHealthy,
      expectedPods,
      conditions: [{ ...condition, observedGeneration: pdb.metadata.generation }],
    };
    if (semanticEqual(pdb.status ?? {}, status)) return;
    this.ctx.store.updateStatus('policy', 'poddisruptionbudgets', { ...pdb, status });
  }
}
