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

    // pods on nodes that should not run one, failed pods, duplicates
    for (const [node, list] of byNode) {
      const active = list
        .filter(isPodActive)
        .sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)));
      for (const pod of list)
        if (pod.status?.phase === 'Failed' && !pod.metadata.deletionTimestamp) this.deletePod(ds, pod);
      if (!desiredNodes.includes(node)) for (const pod of active) this.deletePod(ds, pod);
      else for (const pod of active.slice(1)) this.deletePod(ds, pod);
    }
    for (const node of desiredNodes) {
      const active = (byNode.get(node) ?? []).filter(isPodActive);
      const terminatingHere = (byNode.get(node) ?? []).some((p) => p.metadata.deletionTimestamp);
      if (active.length === 0 && !terminatingHere) this.createPod(ds, node, hash, update.metadata.name);
    }

    if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') === 'RollingUpdate') {
      const maxUnavailable = Math.max(
        1,
        scaledValue(ds.spec?.updateStrategy?.rollingUpdate?.maxUnavailable, desiredNodes.length, true, 1),
      );
      let unavailable = 0;
      const old: KObject[] = [];
      for (const node of desiredNodes) {
        const list = (byNode.get(node) ?? []).filter((p) => !p.metadata.deletionTimestamp && isPodActive(p));
        const pod = list[0];
        if (!pod || !isPodAvailable(pod, minReady, now)) unavailable++;
        if (pod && pod.metadata.labels?.[HASH_LABEL] !== hash) old.push(pod);
      }
      // unavailable old pods go first: replacing them costs no availability
      for (const pod of old.filter((p) => !isPodAvailable(p, minReady, now))) this.deletePod(ds, pod);
      for (const pod of old.filter((p) => isPodAvailable(p, minReady, now))) {
        if (unavailable >= maxUnavailable) break;
        this.deletePod(ds, pod);
        unavailable++;
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
      const pod = pods.find((p) => p.spec?.nodeName === node);
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
