/**
 * The replica set controller: keeps `spec.replicas` active pods, picks which pods to delete
 * the way ActivePodsWithRanks ranks them, and reports replicas / fullyLabeled / ready /
 * available counts.
 */
import type { KObject, StoreEvent } from '../store-api.js';
import { type Context, adoptOrphans, deletePod } from './context.js';
import type { WorkQueue } from './queue.js';
import {
  type Condition,
  clone,
  controllerOf,
  controllerRef,
  errorMessage,
  getCondition,
  isPodActive,
  isPodAvailable,
  isPodReady,
  key,
  parseTime,
  rfc3339,
  selectorMatches,
  semanticEqual,
  splitKey,
} from './util.js';

const SOURCE = { component: 'replicaset-controller' };

/** A pod for `owner` from `template` (GetPodFromTemplate). */
export function podFromTemplate(owner: KObject, template: KObject['spec'], generateName: string): KObject {
  const t = clone(template ?? {});
  const metadata: KObject['metadata'] = {
    name: '',
    generateName,
    namespace: owner.metadata.namespace,
    labels: { ...(t.metadata?.labels ?? {}) },
    ownerReferences: [controllerRef(owner)],
  };
  if (t.metadata?.annotations && Object.keys(t.metadata.annotations).length)
    metadata.annotations = { ...t.metadata.annotations };
  if (t.metadata?.finalizers) metadata.finalizers = [...t.metadata.finalizers];
  delete (metadata as { name?: string }).name;
  return { apiVersion: 'v1', kind: 'Pod', metadata: metadata as KObject['metadata'], spec: t.spec ?? {} };
}

/** Rank for deletion: lower sorts first (deleted first), following ActivePodsWithRanks. */
function deletionOrder(now: number) {
  const phaseRank = (p: KObject): number => ({ Pending: 0, Unknown: 1, Running: 2 })[p.status?.phase as string] ?? 0;
  const readySince = (p: KObject): number =>
    parseTime(getCondition(p.status?.conditions, 'Ready')?.lastTransitionTime) ?? now;
  const restarts = (p: KObject): number =>
    (p.status?.containerStatuses ?? []).reduce(
      (n: number, c: { restartCount?: number }) => Math.max(n, c.restartCount ?? 0),
      0,
    );
  const created = (p: KObject): number => parseTime(p.metadata.creationTimestamp) ?? 0;
  return (a: KObject, b: KObject): number => {
    const assignedA = a.spec?.nodeName ? 1 : 0;
    const assignedB = b.spec?.nodeName ? 1 : 0;
    if (assignedA !== assignedB) return assignedA - assignedB;
    if (phaseRank(a) !== phaseRank(b)) return phaseRank(a) - phaseRank(b);
    const readyA = isPodReady(a) ? 1 : 0;
    const readyB = isPodReady(b) ? 1 : 0;
    if (readyA !== readyB) return readyA - readyB;
    if (readyA && readyB && readySince(a) !== readySince(b)) return readySince(b) - readySince(a);
    if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
    return created(b) - created(a);
  };
}

export class ReplicaSetController {
  readonly queue: WorkQueue;

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('replicaset', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    if (event.group === 'apps' && event.resource === 'replicasets') {
      this.queue.add(key(object.metadata.namespace, object.metadata.name));
    } else if (event.group === '' && event.resource === 'pods') {
      const owner = controllerOf(object);
      if (owner?.kind === 'ReplicaSet') this.queue.add(key(object.metadata.namespace, owner.name));
      else if (!owner && event.type === 'ADDED' && isPodActive(object)) {
        // a new pod nobody controls: a replica set that selects it adopts it
        for (const rs of this.ctx.cache.list('apps', 'replicasets', object.metadata.namespace)) {
          if (selectorMatches(rs.spec?.selector, object.metadata.labels))
            this.queue.add(key(rs.metadata.namespace, rs.metadata.name));
        }
      }
    }
  }

  sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const rs = this.ctx.cache.get('apps', 'replicasets', namespace, name);
    if (!rs) return;
    adoptOrphans(
      this.ctx,
      rs,
      '',
      'pods',
      (pod) => isPodActive(pod) && selectorMatches(rs.spec?.selector, pod.metadata.labels),
    );
    const pods = this.ctx.owners.controlled(rs.metadata.uid, '', 'pods');
    let active = pods.filter(isPodActive);
    let failure: Condition | undefined;
    if (!rs.metadata.deletionTimestamp) {
      failure = this.manageReplicas(active, rs);
      active = this.ctx.owners.controlled(rs.metadata.uid, '', 'pods').filter(isPodActive);
    }
    const terminating = this.ctx.owners
      .controlled(rs.metadata.uid, '', 'pods')
      .filter((pod) => pod.metadata.deletionTimestamp).length;
    this.updateStatus(rs, active, terminating, failure);
  }

  private manageReplicas(active: KObject[], rs: KObject): Condition | undefined {
    const desired: number = typeof rs.spec?.replicas === 'number' ? rs.spec.replicas : 1;
    const diff = active.length - desired;
    if (diff < 0) {
      for (let i = 0; i < -diff; i++) {
        const pod = podFromTemplate(rs, rs.spec.template, `${rs.metadata.name}-`);
        const node = this.ctx.pickNode(pod);
        if (node) pod.spec.nodeName = node;
        try {
          const created = this.ctx.store.create('', 'pods', pod);
          this.ctx.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
        } catch (error) {
          const message = errorMessage(error);
          this.ctx.events.record(rs, 'Warning', 'FailedCreate', `Error creating: ${message}`, SOURCE);
          const t = rfc3339(this.ctx.clock.now());
          // the real controller retries with rate limiting
          this.queue.addAfter(key(rs.metadata.namespace, rs.metadata.name), 10_000);
          return { type: 'ReplicaFailure', status: 'True', lastTransitionTime: t, reason: 'FailedCreate', message };
        }
      }
    } else if (diff > 0) {
      const victims = [...active].sort(deletionOrder(this.ctx.clock.now())).slice(0, diff);
      for (const pod of victims) {
        deletePod(this.ctx, pod);
        this.ctx.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, SOURCE);
      }
    }
    return undefined;
  }

  private updateStatus(rs: KObject, active: KObject[], terminating: number, failure: Condition | undefined): void {
    const now = this.ctx.clock.now();
    const minReadySeconds: number = rs.spec?.minReadySeconds ?? 0;
    const templateLabels: Record<string, string> = rs.spec?.template?.metadata?.labels ?? {};
    const ready = active.filter(isPodReady);
    const available = active.filter((p) => isPodAvailable(p, minReadySeconds, now));
    const status: Record<string, unknown> = { replicas: active.length };
    const fully = active.filter((p) =>
      Object.entries(templateLabels).every(([k, v]) => p.metadata.labels?.[k] === v),
    ).length;
    if (fully) status.fullyLabeledReplicas = fully;
    if (ready.length) status.readyReplicas = ready.length;
    if (available.length) status.availableReplicas = available.length;
    if (rs.metadata.generation) status.observedGeneration = rs.metadata.generation;
    // pods being deleted (DeploymentReplicaSetTerminatingReplicas, on by default since 1.35): a count, 0 included
    status.terminatingReplicas = terminating;
    const previous = getCondition(rs.status?.conditions, 'ReplicaFailure');
    if (failure)
      status.conditions = [
        previous && previous.reason === failure.reason && previous.message === failure.message ? previous : failure,
      ];
    if (!semanticEqual(rs.status ?? {}, status)) {
      this.ctx.store.updateStatus('apps', 'replicasets', { ...rs, status }); // the store copies it
    }
    if (minReadySeconds > 0 && ready.length > available.length) {
      // check again when the next ready pod has been ready for minReadySeconds
      let wait = Infinity;
      for (const pod of ready) {
        if (available.includes(pod)) continue;
        const since = parseTime(getCondition(pod.status?.conditions, 'Ready')?.lastTransitionTime) ?? now;
        wait = Math.min(wait, since + minReadySeconds * 1000 + 1 - now);
      }
      if (Number.isFinite(wait)) this.queue.addAfter(key(rs.metadata.namespace, rs.metadata.name), Math.max(1, wait));
    }
  }
}
