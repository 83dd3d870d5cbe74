import { groupKind } from '@kra/core';
import type { KObject, KubeClient } from './client.js';
import { currentReplicaSet, isNewRevisionPod } from './diagnose.js';
import { collectionIdentity, identity } from './names.js';
import { ResourceWatcher } from './watcher.js';

/** Kinds whose pods are watched too, so a pod that cannot start fails the wait at once. */
const WITH_PODS = new Set([
  'apps/Deployment',
  'apps/StatefulSet',
  'apps/DaemonSet',
  'apps/ReplicaSet',
  'batch/Job',
  '/Pod',
]);

export function hasPods(object: KObject): boolean {
  return WITH_PODS.has(groupKind(object.apiVersion, object.kind));
}

export interface WatchSetOptions {
  /** Narrows the watches of the objects themselves (the release label); pods are watched whole. */
  labelSelector?: string;
  /** Anything changed: a watcher delivered an event. */
  onChange: () => void;
  /** A watcher gave up. */
  onError: (error: unknown) => void;
  onDebug?: (message: string) => void;
}

/**
 * The live view a wait judges from: one ResourceWatcher per collection the objects live in
 * (kind and namespace), plus the Pods (and ReplicaSets, for Deployments) of their namespaces.
 * Started once and stopped once.
 */
export class WatchSet {
  private readonly objects = new Map<string, ResourceWatcher>();
  private readonly pods = new Map<string, ResourceWatcher>();
  private readonly replicaSets = new Map<string, ResourceWatcher>();
  // Pods and ReplicaSets by the uid of their controller, rebuilt once per evaluation: finding the
  // new revision's pods stays linear however many workloads are waited on.
  private index?: { pods: Map<string, KObject[]>; replicaSets: Map<string, KObject[]> };

  constructor(
    private readonly client: KubeClient,
    private readonly options: WatchSetOptions,
  ) {}

  private watcher(apiVersion: string, kind: string, namespace: string | undefined, labelSelector?: string) {
    return new ResourceWatcher(this.client, {
      apiVersion,
      kind,
      namespace,
      labelSelector,
      onEvent: () => this.options.onChange(),
      onError: (error) => this.options.onError(error),
      onDebug: this.options.onDebug,
    });
  }

  private stopped = false;

  /** Lists and watches everything the objects need; resolves once every initial list is in. */
  async start(objects: KObject[]): Promise<void> {
    if (this.stopped) return;
    for (const object of objects) {
      const ns = object.metadata.namespace;
      const collection = collectionIdentity(object.apiVersion, object.kind, ns);
      if (!this.objects.has(collection))
        this.objects.set(collection, this.watcher(object.apiVersion, object.kind, ns, this.options.labelSelector));
      if (hasPods(object) && !this.pods.has(ns ?? '')) this.pods.set(ns ?? '', this.watcher('v1', 'Pod', ns));
      if (groupKind(object.apiVersion, object.kind) === 'apps/Deployment' && !this.replicaSets.has(ns ?? ''))
        this.replicaSets.set(ns ?? '', this.watcher('apps/v1', 'ReplicaSet', ns));
    }
    await Promise.all(this.all().map((w) => w.start()));
  }

  /** Stops every watcher, for good: a later start() does nothing. */
  stop(): void {
    this.stopped = true;
    for (const watcher of this.all()) watcher.stop();
  }

  private all(): ResourceWatcher[] {
    return [...this.objects.values(), ...this.pods.values(), ...this.replicaSets.values()];
  }

  /** Forgets derived indexes: call before judging a new burst of events. */
  refresh(): void {
    this.index = undefined;
  }

  /** The live version of an object, as last seen. */
  live(object: KObject): KObject | undefined {
    return this.objects
      .get(collectionIdentity(object.apiVersion, object.kind, object.metadata.namespace))
      ?.objects.get(identity(object));
  }

  /** The pods of a workload's revision being rolled out now. */
  newPods(workload: KObject): KObject[] {
    if (workload.kind === 'Pod') return [workload];
    if (!this.index) {
      this.index = {
        pods: byOwner([...this.pods.values()].flatMap((w) => [...w.objects.values()])),
        replicaSets: byOwner([...this.replicaSets.values()].flatMap((w) => [...w.objects.values()])),
      };
    }
    const uid = workload.metadata.uid ?? '';
    if (workload.kind !== 'Deployment')
      return (this.index.pods.get(uid) ?? []).filter((pod) => isNewRevisionPod(pod, workload, []));
    const current = currentReplicaSet(workload, this.index.replicaSets.get(uid) ?? []);
    return current ? (this.index.pods.get(current.metadata.uid ?? '') ?? []) : [];
  }
}

function byOwner(objects: Iterable<KObject>): Map<string, KObject[]> {
  const map = new Map<string, KObject[]>();
  for (const object of objects) {
    for (const ref of object.metadata.ownerReferences ?? []) {
      const list = map.get(ref.uid);
      if (list) list.push(object);
      else map.set(ref.uid, [object]);
    }
  }
  return map;
}
