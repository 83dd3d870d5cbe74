/**
 * The DaemonSet controller: one pod per eligible simulated node, pinned with required node
 * affinity on metadata.name, rolling updates that replace at most maxUnavailable pods at a
 * time (OnDelete waits for the user), and the desired/current/ready/updated/available counts.
 */
import type { KObject, StoreEvent } from '../store-api.js';
import { type Context, deletePod } from './context.js';
import type { WorkQueue } from './queue.js';
import { podFromTemplate } from './replicaset.js';
import { syncRevisions, truncateHistory } from './revisions.js';
import {
  clone,
  controllerOf,
  errorMessage,
  isPodActive,
  isPodAvailable,
  isPodReady,
  key,
  scaledValue,
  semanticEqual,
  splitKey,
} from './util.js';

const SOURCE = { component: 'daemonset-controller' };
const HASH_LABEL = 'controller-revision-hash';

export class DaemonSetController {
  readonly queue: WorkQueue;

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('daemonset', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    if (event.group === 'apps' && event.resource === 'daemonsets')
      this.queue.add(key(object.metadata.namespace, object.metadata.name));
    else if (event.group === '' && event.resource === 'pods') {
      const owner = controllerOf(object);
      if (owner?.kind === 'DaemonSet') this.queue.add(key(object.metadata.namespace, owner.name));
    }
  }

  /** Simulated nodes carry only the well-known labels, so only selectors on those can match. */
  private eligible(ds: KObject, node: string): boolean {
    const selector: Record<string, string> = ds.spec?.template?.spec?.nodeSelector ?? {};
    const labels: Record<string, string> = {
      'kubernetes.io/hostname': node,
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
    };
    return Object.entries(selector).every(([k, v]) => labels[k] === v);
  }

  private sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const stored = this.ctx.cache.get('apps', 'daemonsets', namespace, name);
    if (!stored || stored.metadata.deletionTimestamp) return;
    const ds = clone(stored);
    const { update, all } = syncRevisions(this.ctx, ds);
    const hash =
      update.metadata.labels?.['controller.kubernetes.io/hash'] ??
      update.metadata.name.slice(ds.metadata.name.length + 1);
    const pods = this.ctx.owners.controlled(ds.metadata.uid, '', 'pods');
    const byNode = new Map<string, KObject[]>();
    for (const pod of pods) {
      const node: string = pod.spec?.nodeName ?? '';
      if (!byNode.has(node)) byNode.set(node, []);
      byNode.get(node)?.push(pod);
    }
    const desiredNodes = this.ctx.nodes.map((n) => n.name).filter((n) => this.eligible(ds, n));
    const now = this.ctx.clock.now();
    const minReady: number = ds.spec?.minReadySeconds ?? 0;

    const rolling = (ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
    const ru = ds.spec?.updateStrategy?.rollingUpdate ?? {};
    const maxSurge = rolling ? scaledValue(ru.maxSurge, desiredNodes.length, true, 0) : 0;
    let maxUnavailable = rolling ? scaledValue(ru.maxUnavailable, desiredNodes.length, true, 1) : 0;
    if (rolling && maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
    const available = (p: KObject): boolean => isPodAvailable(p, minReady, now);
    const byCreation = (a: KObject, b: KObject): number =>
      String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp));

    // failed pods, pods on nodes that should not run one, duplicates of one revision on a node
    const perNode = new Map<string, { fresh: KObject[]; old: KObject[]; terminating: boolean }>();
    for (const [node, list] of byNode) {
      for (const pod of list)
        if (pod.status?.phase === 'Failed' && !pod.metadata.deletionTimestamp) this.deletePod(ds, pod);
      const active = list.filter(isPodActive).sort(byCreation);
      if (!desiredNodes.includes(node)) {
        for (const pod of active) this.deletePod(ds, pod);
        continue;
      }
      const fresh = active.filter((p) => p.metadata.labels?.[HASH_LABEL] === hash);
      const old = active.filter((p) => p.metadata.labels?.[HASH_LABEL] !== hash);
      for (const pod of fresh.slice(1)) this.deletePod(ds, pod);
      for (const pod of old.slice(1)) this.deletePod(ds, pod);
      perNode.set(node, {
        fresh: fresh.slice(0, 1),
        old: old.slice(0, 1),
        terminating: list.some((p) => p.metadata.deletionTimestamp),
      });
    }
    for (const node of desiredNodes) {
      const state = perNode.get(node);
      if (!state || (state.fresh.length === 0 && state.old.length === 0 && !state.terminating)) {
        this.createPod(ds, node, hash, update.metadata.name);
      }
    }

    if (rolling) {
      let unavailable = 0;
      let surging = 0;
      for (const node of desiredNodes) {
        const state = perNode.get(node);
        const current = state?.fresh[0] ?? state?.old[0];
        if (!current || !available(current)) unavailable++;
        if (state?.fresh.length && state.old.length) surging++;
      }
      if (maxSurge > 0) {
        // surge: start the new pod next to the old one, retire the old one once the new one is available
        for (const node of desiredNodes) {
          const state = perNode.get(node);
          if (!state || state.old.length === 0) continue;
          const [oldPod] = state.old;
          if (state.fresh.length) {
            if (available(state.fresh[0])) this.deletePod(ds, oldPod);
          } else if (!available(oldPod)) {
            this.createPod(ds, node, hash, update.metadata.name);
          } else if (surging < maxSurge) {
            this.createPod(ds, node, hash, update.metadata.name);
            surging++;
          }
        }
      } else {
        // unavailable old pods go first: replacing them costs no availability
        const old = desiredNodes.flatMap((n) => perNode.get(n)?.old ?? []);
        for (const pod of old.filter((p) => !available(p))) this.deletePod(ds, pod);
        for (const pod of old.filter(available)) {
          if (unavailable >= maxUnavailable) break;
          this.deletePod(ds, pod);
          unavailable++;
        }
      }
    }
    this.updateStatus(ds, desiredNodes, hash, all, update.metadata.name);
  }

  private deletePod(ds: KObject, pod: KObject): void {
    if (pod.metadata.deletionTimestamp) return;
    deletePod(this.ctx, pod);
    this.ctx.events.record(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, SOURCE);
  }

  private createPod(ds: KObject, node: string, hash: string, _revision: string): void {
    const pod = podFromTemplate(ds, ds.spec.template, `${ds.metadata.name}-`);
    pod.metadata.labels = {
      ...(pod.metadata.labels ?? {}),
      [HASH_LABEL]: hash,
      'pod-template-generation': String(ds.metadata.generation ?? 1),
    };
    pod.spec.affinity = {
      ...(pod.spec.affinity ?? {}),
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node] }] }],
        },
      },
    };
    pod.spec.tolerations = [
      ...(pod.spec.tolerations ?? []),
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    ];
    pod.spec.nodeName = this.ctx.pickNode(pod) ?? node;
    try {
      const created = this.ctx.store.create('', 'pods', pod);
      this.ctx.events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
    } catch (error) {
      this.ctx.events.record(ds, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(error)}`, SOURCE);
      throw error;
    }
  }

  private updateStatus(ds: KObject, desiredNodes: string[], hash: string, all: KObject[], updateName: string): void {
    const now = this.ctx.clock.now();
    const minReady: number = ds.spec?.minReadySeconds ?? 0;
    const pods = this.ctx.owners.controlled(ds.metadata.uid, '', 'pods').filter((p) => isPodActive(p));
    let current = 0;
    let ready = 0;
    let available = 0;
    let updated = 0;
    let misscheduled = 0;
    const nodesWithPods = new Set(pods.map((p) => p.spec?.nodeName));
    for (const node of nodesWithPods) if (!desiredNodes.includes(node)) misscheduled++;
    for (const node of desiredNodes) {
      const onNode = pods.filter((p) => p.spec?.nodeName === node && !p.metadata.deletionTimestamp);
      const pod = onNode.find((p) => p.metadata.labels?.[HASH_LABEL] === hash) ?? onNode[0];
      if (!pod) continue;
      current++;
      if (isPodReady(pod)) ready++;
      if (isPodAvailable(pod, minReady, now)) available++;
      if (pod.metadata.labels?.[HASH_LABEL] === hash) updated++;
    }
    const status: Record<string, any> = {
      currentNumberScheduled: current,
      numberMisscheduled: misscheduled,
      desiredNumberScheduled: desiredNodes.length,
      numberReady: ready,
      observedGeneration: ds.metadata.generation,
      updatedNumberScheduled: updated,
      numberAvailable: available,
      numberUnavailable: desiredNodes.length - available,
    };
    if (!status.updatedNumberScheduled) delete status.updatedNumberScheduled;
    if (!status.numberAvailable) delete status.numberAvailable;
    if (!status.numberUnavailable) delete status.numberUnavailable;
    if (!semanticEqual(ds.status ?? {}, status)) this.ctx.store.updateStatus('apps', 'daemonsets', { ...ds, status });
    const used = new Set<string>([updateName]);
    for (const p of pods) {
      const h = p.metadata.labels?.[HASH_LABEL];
      const r = all.find((rev) => rev.metadata.labels?.['controller.kubernetes.io/hash'] === h);
      if (r) used.add(r.metadata.name);
    }
    truncateHistory(this.ctx, ds, all, used);
    if (minReady > 0 && ready > available)
      this.queue.addAfter(key(ds.metadata.namespace, ds.metadata.name), minReady * 1000 + 1000);
  }
}
