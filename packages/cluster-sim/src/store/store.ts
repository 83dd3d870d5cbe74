/**
 * The simulated API server's state, put together the way a real control plane is: storage
 * (etcd and the watch cache, ./storage.ts), the write pipeline every write goes through
 * (./write-pipeline.ts: the registry's strategies, admission, the field manager), and the
 * control-plane controllers that act on writes (./garbage-collector.ts, ./namespace-controller.ts,
 * ./crd-controller.ts, ./volume-binder.ts), run soon after the writes that concern them.
 *
 * The Store is also the controllers' ControllerStore: they get copies, the HTTP front gets the
 * stored (immutable) objects.
 */
import type { Clock, ControllerStore, KObject, ListOptions, StoreEvent } from '../store-api.js';
import { StatusError } from '../api/errors.js';
import { ResourceRegistry, type ResourceInfo } from '../api/resources.js';
import { cloneJson, cloneSharing } from '../json-clone.js';
import { rfc3339 } from '../controllers/util.js';
import { ServiceAllocators } from './allocators.js';
import { CrdController } from './crd-controller.js';
import { GarbageCollector } from './garbage-collector.js';
import { NamespaceController } from './namespace-controller.js';
import { Storage, objectKey, type StoredEvent } from './storage.js';
import { VolumeBinder } from './volume-binder.js';
import { WritePipeline, type DeleteOptions, type Propagation, type WriteOptions } from './write-pipeline.js';

export type { DeleteOptions, Propagation, StoredEvent, WriteOptions };

export interface StoreOptions {
  clock?: Clock;
  /** How many past events watch can replay from (older resourceVersions get 410 Gone). */
  historySize?: number;
  registry?: ResourceRegistry;
  /** Manager name recorded for writes made through the ControllerStore interface. */
  controllerManager?: string;
  /** PEM of the cluster CA, published in every namespace's kube-root-ca.crt (pods mount it). */
  rootCa?: string;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    return { cancel: () => clearTimeout(handle) };
  },
};

export class Store implements ControllerStore {
  readonly registry: ResourceRegistry;
  clock: Clock;
  /** PEM of the cluster CA, published in every namespace's kube-root-ca.crt. */
  rootCa: string | undefined;
  private readonly storage: Storage;
  private readonly pipeline: WritePipeline;
  private readonly gc: GarbageCollector;
  private readonly namespaces: NamespaceController;
  private readonly crds: CrdController;
  private readonly volumes: VolumeBinder;
  private readonly controllerManager: string;
  /** Objects being deleted (group/resource and namespace/name), which the controllers finish. */
  private readonly deleting = new Map<string, { info: ResourceInfo; namespace: string | undefined; name: string }>();
  private housekeepingScheduled = false;
  private stopped = false;

  constructor(options: StoreOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.registry = options.registry ?? new ResourceRegistry();
    this.controllerManager = options.controllerManager ?? 'kube-controller-manager';
    this.rootCa = options.rootCa;
    this.storage = new Storage(options.historySize ?? 10000);
    this.pipeline = new WritePipeline({
      storage: this.storage,
      registry: this.registry,
      clock: { now: () => this.clock.now(), setTimeout: (cb, ms) => this.clock.setTimeout(cb, ms) },
      allocators: new ServiceAllocators(this.storage),
      controllerManager: this.controllerManager,
      lifecycle: {
        written: (info, old, next) => this.written(info, old, next),
        removed: (info, o) => this.removed(info, o),
      },
    });
    const ctx = { storage: this.storage, pipeline: this.pipeline, registry: this.registry };
    this.gc = new GarbageCollector(ctx);
    this.namespaces = new NamespaceController(ctx, () => this.rootCa);
    this.crds = new CrdController(ctx, () => rfc3339(this.clock.now()));
    this.volumes = new VolumeBinder(ctx);
  }

  // ------------------------------------------------------------------ reading (the stored, shared objects)

  resourceVersion(): string {
    return this.storage.resourceVersion();
  }

  peek(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.storage.peek(group, resource, namespace, name);
  }

  select(group: string, resource: string, options: ListOptions = {}): KObject[] {
    return this.storage.select(group, resource, options);
  }

  count(): number {
    return this.storage.count();
  }

  subscribeRaw(listener: (event: StoredEvent) => void): () => void {
    return this.storage.subscribeRaw(listener);
  }

  eventsSince(rv: number, group: string, resource: string): StoredEvent[] {
    return this.storage.eventsSince(rv, group, resource);
  }

  oldestWatchableRv(): number {
    return this.storage.oldestWatchableRv();
  }

  // ------------------------------------------------------------------ writing (the API's verbs)

  createObject(
    info: ResourceInfo,
    input: KObject,
    options: WriteOptions & { managedFieldsReady?: boolean; keepStatus?: boolean } = {},
  ): KObject {
    return this.pipeline.createObject(info, input, options);
  }

  updateObject(
    info: ResourceInfo,
    input: KObject,
    options: WriteOptions & { managedFieldsReady?: boolean; allowCreate?: boolean } = {},
  ): KObject {
    return this.pipeline.updateObject(info, input, options);
  }

  applyObject(
    info: ResourceInfo,
    applied: KObject,
    options: WriteOptions & { force?: boolean; fieldManager: string },
  ): KObject {
    return this.pipeline.applyObject(info, applied, options);
  }

  deleteObject(info: ResourceInfo, namespace: string | undefined, name: string, options: DeleteOptions = {}): KObject {
    return this.pipeline.deleteObject(info, namespace, name, options);
  }

  deleteCollection(info: ResourceInfo, namespace: string | undefined, options: ListOptions & DeleteOptions): KObject[] {
    return this.pipeline.deleteCollection(info, namespace, options);
  }

  /** The pods/binding subresource: assigns a pod to a node (the only way spec.nodeName changes after creation). */
  bindPod(namespace: string, name: string, node: string, options: WriteOptions = {}): KObject {
    return this.pipeline.bindPod(namespace, name, node, options);
  }

  // ------------------------------------------------------------------ the control plane's own controllers

  private written(info: ResourceInfo, old: KObject | undefined, next: KObject): void {
    let work = this.gc.written(info, old, next);
    work = this.volumes.written(info, old, next) || work;
    const key = `${info.group}/${info.resource}\u0000${objectKey(next.metadata.namespace, next.metadata.name)}`;
    if (next.metadata.deletionTimestamp) {
      this.deleting.set(key, { info, namespace: next.metadata.namespace, name: next.metadata.name });
      work = true;
    }
    if (info.group === '' && info.resource === 'namespaces' && !old) work = true;
    if (info.group === 'apiextensions.k8s.io' && info.resource === 'customresourcedefinitions') work = true;
    if (work) this.scheduleHousekeeping();
  }

  private removed(info: ResourceInfo, object: KObject): void {
    this.deleting.delete(
      `${info.group}/${info.resource}\u0000${objectKey(object.metadata.namespace, object.metadata.name)}`,
    );
    this.gc.removed(info, object);
    this.scheduleHousekeeping();
  }

  /** Runs the control plane's controllers (GC, namespaces, CRDs, volumes) soon after the writes that concern them. */
  scheduleHousekeeping(): void {
    if (this.housekeepingScheduled || this.stopped) return;
    this.housekeepingScheduled = true;
    setImmediate(() => {
      this.housekeepingScheduled = false;
      if (this.stopped) return;
      try {
        this.housekeeping();
      } catch (error) {
        process.emitWarning(`cluster-sim housekeeping failed: ${(error as Error).stack}`);
      }
    });
  }

  /** Runs the controllers now, until nothing changes (tests and startup). */
  housekeeping(): void {
    for (let round = 0; round < 50; round++) {
      if (!this.housekeepingRound()) return;
    }
    this.scheduleHousekeeping();
  }

  /** One pass; returns true when it changed something. */
  private housekeepingRound(): boolean {
    let changed = this.gc.reconcile();
    for (const { info, namespace, name } of [...this.deleting.values()]) {
      const object = this.storage.peek(info.group, info.resource, namespace, name);
      if (!object?.metadata.deletionTimestamp) continue;
      const finalizers = object.metadata.finalizers ?? [];
      if (finalizers.includes('foregroundDeletion')) changed = this.gc.foreground(info, object) || changed;
      else if (finalizers.includes('orphan')) changed = this.gc.orphan(info, object) || changed;
      else if (info.group === '' && info.resource === 'namespaces')
        changed = this.namespaces.finalize(info, object) || changed;
      else if (info.group === 'apiextensions.k8s.io' && info.resource === 'customresourcedefinitions')
        changed = this.crds.cleanup(info, object) || changed;
    }
    changed = this.volumes.reconcile() || changed;
    changed = this.namespaces.provision() || changed;
    changed = this.crds.establishAll() || changed;
    return changed;
  }

  stop(): void {
    this.stopped = true;
    this.storage.stop();
  }

  // ------------------------------------------------------------------ ControllerStore (controllers' view: copies)

  /** Binds a pod to a node (what the scheduler does through pods/binding). */
  bind(namespace: string | undefined, name: string, node: string): KObject {
    return cloneJson(this.bindPod(namespace ?? '', name, node));
  }

  get(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    const object = this.peek(group, resource, namespace, name);
    return object ? cloneJson(object) : undefined;
  }

  list(group: string, resource: string, options?: ListOptions): KObject[] {
    return this.select(group, resource, options).map((o) => cloneJson(o));
  }

  create(group: string, resource: string, object: KObject): KObject {
    const info = this.pipeline.info(group, resource);
    return cloneJson(
      this.createObject(info, cloneJson(object), { fieldManager: this.managerFor(resource), keepStatus: true }),
    );
  }

  update(group: string, resource: string, object: KObject): KObject {
    const info = this.pipeline.info(group, resource);
    return cloneJson(
      this.updateObject(info, this.copyForWrite(info, object), { fieldManager: this.managerFor(resource) }),
    );
  }

  updateStatus(group: string, resource: string, object: KObject): KObject {
    const info = this.pipeline.info(group, resource);
    if (!this.pipeline.statusSubresource(info)) return this.update(group, resource, object);
    return cloneJson(
      this.updateObject(info, this.copyForWrite(info, object), {
        fieldManager: this.managerFor(resource, true),
        subresource: 'status',
      }),
    );
  }

  /**
   * A controller's object, copied for a write: the parts equal to the stored version are that
   * version's own (immutable) parts, so the write pipeline's comparisons of old and new skip them.
   */
  private copyForWrite(info: ResourceInfo, object: KObject): KObject {
    const namespace = info.namespaced ? object.metadata?.namespace : undefined;
    const stored = object.metadata?.name
      ? this.peek(info.group, info.resource, namespace, object.metadata.name)
      : undefined;
    return cloneSharing(object, stored);
  }

  delete(
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    propagation?: Propagation,
  ): KObject | undefined {
    const info = this.pipeline.info(group, resource);
    try {
      return cloneJson(this.deleteObject(info, namespace, name, { propagationPolicy: propagation }));
    } catch (error) {
      if (error instanceof StatusError && error.code === 404) return undefined;
      throw error;
    }
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    // The copy is made when the listener reads `object` (the controllers skip Events unread).
    return this.storage.subscribe((event: StoreEvent) => {
      let copy: KObject | undefined;
      listener({
        type: event.type,
        group: event.group,
        resource: event.resource,
        get object() {
          return (copy ??= cloneJson(event.object));
        },
      });
    });
  }

  private managerFor(resource: string, status = false): string {
    if (resource === 'pods' && status) return 'kubelet';
    return this.controllerManager;
  }
}

export type { KObject };
