/** What every controller gets: the store, the clock, the event recorder, the queues and the indexes. */
import type { EventRecorder } from '../events.js';
import { cloneJson } from '../json-clone.js';
import type { Clock, ControllerStore, KObject } from '../store-api.js';
import type { InformerCache } from './cache.js';
import type { OwnerIndex } from './owners.js';
import type { Scheduler } from './queue.js';

export interface SimNode {
  name: string;
  ip: string;
  /** Third octet of the node's pod CIDR 10.244.<n>.0/24. */
  index: number;
}

export interface Context {
  store: ControllerStore;
  /** Read-only copies of the objects, kept from store events: read here, write through `store`. */
  cache: InformerCache;
  clock: Clock;
  events: EventRecorder;
  scheduler: Scheduler;
  owners: OwnerIndex;
  nodes: SimNode[];
  /** Picks a node for a pod (honours nodeName, nodeSelector on kubernetes.io/hostname and required node affinity on metadata.name). */
  pickNode(pod: KObject): string | undefined;
  log(message: string): void;
}

/** Deletes a pod gracefully (the kubelet finishes it) when the store supports grace periods. */
export function deletePod(ctx: Context, pod: KObject): KObject | undefined {
  const del = ctx.store.delete as (
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    propagation?: 'Background' | 'Foreground' | 'Orphan',
    options?: { gracePeriodSeconds?: number },
  ) => KObject | undefined;
  return del.call(ctx.store, '', 'pods', pod.metadata.namespace, pod.metadata.name, 'Background', {});
}

/**
 * Adopts orphans the owner's selector matches (ClaimObject in the controller ref manager):
 * adds the owner as controller to their ownerReferences. Returns how many were adopted.
 */
export function adoptOrphans(
  ctx: Context,
  owner: KObject,
  group: string,
  resource: string,
  matches: (child: KObject) => boolean,
): number {
  if (owner.metadata.deletionTimestamp) return 0;
  let adopted = 0;
  for (const orphan of ctx.owners.orphans(group, resource, owner.metadata.namespace)) {
    if (orphan.metadata.deletionTimestamp || !matches(orphan)) continue;
    const copy = cloneJson(orphan);
    copy.metadata.ownerReferences = [
      ...(copy.metadata.ownerReferences ?? []),
      {
        apiVersion: owner.apiVersion,
        kind: owner.kind,
        name: owner.metadata.name,
        uid: owner.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
      },
    ];
    try {
      ctx.store.update(group, resource, copy);
      adopted++;
    } catch (error) {
      ctx.log(`adopting ${resource} ${orphan.metadata.namespace}/${orphan.metadata.name}: ${String(error)}`);
    }
  }
  return adopted;
}
