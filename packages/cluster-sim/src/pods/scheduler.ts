/**
 * The scheduler: spreads pods over the simulated nodes (fewest pods first), honours
 * spec.nodeName, a kubernetes.io/hostname nodeSelector and required node affinity on
 * metadata.name (how DaemonSet pods are pinned), and binds bare pods that arrive without a node.
 */
import type { KObject, StoreEvent } from '../store-api.js';
import type { Context, SimNode } from '../controllers/context.js';
import { clone, errorMessage, key } from '../controllers/util.js';

export function createNodes(names: string[]): SimNode[] {
  return names.map((name, index) => ({ name, ip: `172.18.0.${index + 2}`, index }));
}

/** The node names a pod's required node affinity (matchFields metadata.name In [...]) allows, if it restricts them. */
function affinityNodes(pod: KObject): string[] | undefined {
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (!Array.isArray(terms)) return undefined;
  const names: string[] = [];
  for (const term of terms) {
    for (const f of term.matchFields ?? [])
      if (f.key === 'metadata.name' && f.operator === 'In') names.push(...(f.values ?? []));
  }
  return names.length ? names : undefined;
}

export class PodScheduler {
  private readonly podsOnNode = new Map<string, Set<string>>();
  private readonly nodeOfPod = new Map<string, string>();
  private ctx!: Context;

  constructor(private readonly nodes: SimNode[]) {
    for (const n of nodes) this.podsOnNode.set(n.name, new Set());
  }

  attach(ctx: Context): void {
    this.ctx = ctx;
  }

  pickNode(pod: KObject): string | undefined {
    if (pod.spec?.nodeName) return pod.spec.nodeName;
    let candidates = this.nodes.map((n) => n.name);
    const host = pod.spec?.nodeSelector?.['kubernetes.io/hostname'];
    if (host) candidates = candidates.filter((n) => n === host);
    const allowed = affinityNodes(pod);
    if (allowed) candidates = candidates.filter((n) => allowed.includes(n));
    let best: string | undefined;
    let bestCount = Infinity;
    for (const name of candidates) {
      const count = this.podsOnNode.get(name)?.size ?? 0;
      if (count < bestCount) {
        best = name;
        bestCount = count;
      }
    }
    // count the choice at once, so a burst of creations spreads before the events arrive
    if (best) this.podsOnNode.get(best)?.add(`pending:${Math.random()}`);
    return best;
  }

  observe(event: StoreEvent): void {
    if (event.group !== '' || event.resource !== 'pods') return;
    const pod = event.object;
    const k = key(pod.metadata.namespace, pod.metadata.name);
    const previous = this.nodeOfPod.get(k);
    const node: string | undefined = event.type === 'DELETED' ? undefined : pod.spec?.nodeName;
    if (previous !== node) {
      if (previous) this.podsOnNode.get(previous)?.delete(k);
      if (node) {
        const set = this.podsOnNode.get(node);
        if (set) {
          // replace one provisional entry made by pickNode
          for (const entry of set) {
            if (entry.startsWith('pending:')) {
              set.delete(entry);
              break;
            }
          }
          set.add(k);
        }
        this.nodeOfPod.set(k, node);
      } else this.nodeOfPod.delete(k);
    }
  }

  /** Binds a pod that has no node (a pod created directly, not by our controllers). */
  bind(pod: KObject): void {
    if (pod.spec?.nodeName || pod.metadata.deletionTimestamp) return;
    const node = this.pickNode(pod);
    if (!node) {
      const message = `0/${this.nodes.length} nodes are available: ${this.nodes.length} node(s) didn't match Pod's node affinity/selector.`;
      this.ctx.events.record(pod, 'Warning', 'FailedScheduling', message, { component: 'default-scheduler' });
      const status = {
        ...(pod.status ?? {}),
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message,
            lastProbeTime: null,
            lastTransitionTime: new Date(this.ctx.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
          },
        ],
      };
      this.ctx.store.updateStatus('', 'pods', { ...clone(pod), status });
      return;
    }
    // POST pods/<name>/binding when the store offers it; pod spec updates may not set nodeName
    const binder = (this.ctx.store as { bind?: (namespace: string | undefined, name: string, node: string) => KObject })
      .bind;
    try {
      if (typeof binder === 'function') binder.call(this.ctx.store, pod.metadata.namespace, pod.metadata.name, node);
      else {
        const copy = clone(pod);
        copy.spec.nodeName = node;
        this.ctx.store.update('', 'pods', copy);
      }
      this.ctx.events.record(
        pod,
        'Normal',
        'Scheduled',
        `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`,
        {
          component: 'default-scheduler',
        },
      );
    } catch (error) {
      this.ctx.log(
        `scheduler: binding ${pod.metadata.namespace}/${pod.metadata.name} to ${node} failed: ${errorMessage(error)}`,
      );
    }
  }
}
