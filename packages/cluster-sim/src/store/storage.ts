/**
 * The storage layer, what etcd and the API server's watch cache are to a real cluster: every
 * object keyed by group/resource and namespace/name, one global resourceVersion counter, an
 * index by uid, and a bounded window of past events that watches replay from (older
 * resourceVersions get 410 Gone).
 *
 * Stored objects are immutable: a write stores a new object, so responses and watch events
 * share them without copying.
 */
import type { KObject, ListOptions, StoreEvent, WatchEventType } from '../store-api.js';
import { gone } from '../api/errors.js';
import { fieldMatcher, labelMatcher } from '../api/selectors.js';

export interface StoredEvent {
  rv: number;
  type: WatchEventType;
  object: KObject;
  group: string;
  resource: string;
  /** The object before this change (MODIFIED and DELETED), for watches with selectors. */
  prev?: KObject;
}

/** Where an object is stored. */
export interface ObjectLocation {
  group: string;
  resource: string;
  namespace: string | undefined;
  name: string;
}

export function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

export class Storage {
  private readonly data = new Map<string, Map<string, KObject>>();
  private readonly byUid = new Map<string, ObjectLocation>();
  private rv = 1;
  private readonly history: StoredEvent[] = [];
  private historyStart = 0; // index of the oldest retained event in the ring
  /** resourceVersion of the newest event that fell out of the window. */
  private compactedRv = 0;
  /** Resources whose history starts later than the server's (a CRD's watch cache starts when it is served). */
  private readonly watchFloors = new Map<string, number>();
  private readonly rawListeners = new Set<(event: StoredEvent) => void>();
  private readonly listeners = new Set<(event: StoreEvent) => void>();

  constructor(private readonly historySize = 10000) {}

  // ------------------------------------------------------------------ reading

  resourceVersion(): string {
    return String(this.rv);
  }

  /** The stored (shared, immutable) object. */
  peek(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.data.get(`${group}/${resource}`)?.get(objectKey(namespace, name));
  }

  /** Stored objects matching the options, sorted by namespace and name (as etcd returns them). */
  select(group: string, resource: string, options: ListOptions = {}): KObject[] {
    const bucket = this.data.get(`${group}/${resource}`);
    if (!bucket) return [];
    const labels = labelMatcher(options.labelSelector);
    const fields = fieldMatcher(resource, options.fieldSelector);
    const out: KObject[] = [];
    for (const object of bucket.values()) {
      if (options.namespace !== undefined && object.metadata.namespace !== options.namespace) continue;
      if (!labels(object.metadata.labels)) continue;
      if (!fields(object)) continue;
      out.push(object);
    }
    out.sort((a, b) => {
      const ka = objectKey(a.metadata.namespace, a.metadata.name);
      const kb = objectKey(b.metadata.namespace, b.metadata.name);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    return out;
  }

  /** Where the object with this uid is, if it exists. */
  locate(uid: string): ObjectLocation | undefined {
    return this.byUid.get(uid);
  }

  /** Every stored object with its group and resource (for the controllers that sweep them all). */
  *entries(): Generator<{ group: string; resource: string; object: KObject }> {
    for (const [key, bucket] of this.data) {
      const slash = key.lastIndexOf('/');
      const group = key.slice(0, slash);
      const resource = key.slice(slash + 1);
      for (const object of [...bucket.values()]) yield { group, resource, object };
    }
  }

  count(): number {
    let n = 0;
    for (const bucket of this.data.values()) n += bucket.size;
    return n;
  }

  // ------------------------------------------------------------------ writing

  /** The next resourceVersion, for a write about to be committed. */
  nextResourceVersion(): string {
    return String(++this.rv);
  }

  /** Stores an object (its resourceVersion already set) and sends the event. */
  put(type: 'ADDED' | 'MODIFIED', group: string, resource: string, object: KObject, prev?: KObject): void {
    const key = `${group}/${resource}`;
    let bucket = this.data.get(key);
    if (!bucket) this.data.set(key, (bucket = new Map()));
    bucket.set(objectKey(object.metadata.namespace, object.metadata.name), object);
    if (object.metadata.uid)
      this.byUid.set(object.metadata.uid, {
        group,
        resource,
        namespace: object.metadata.namespace,
        name: object.metadata.name,
      });
    this.emit(type, group, resource, object, prev);
  }

  /** Removes an object (its resourceVersion already bumped) and sends DELETED. */
  take(group: string, resource: string, object: KObject): void {
    this.data.get(`${group}/${resource}`)?.delete(objectKey(object.metadata.namespace, object.metadata.name));
    if (object.metadata.uid) this.byUid.delete(object.metadata.uid);
    this.emit('DELETED', group, resource, object);
  }

  /** Forgets a whole resource (a deleted CRD's, once its objects are gone). */
  drop(group: string, resource: string): void {
    this.data.delete(`${group}/${resource}`);
  }

  // ------------------------------------------------------------------ events and watch history

  /** Subscribes to committed events with their resourceVersion (the HTTP watch uses this). */
  subscribeRaw(listener: (event: StoredEvent) => void): () => void {
    this.rawListeners.add(listener);
    return () => this.rawListeners.delete(listener);
  }

  /** Subscribes to committed events (the controllers' informers). */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `rv` (exclusive) for one resource; throws 410 Gone when the window no longer reaches back that far. */
  eventsSince(rv: number, group: string, resource: string): StoredEvent[] {
    if (rv < this.compactedRv) throw gone(`too old resource version: ${rv} (${this.compactedRv + 1})`);
    const floor = this.watchFloors.get(`${group}/${resource}`);
    if (floor !== undefined && rv < floor) throw gone(`too old resource version: ${rv} (${floor})`);
    const out: StoredEvent[] = [];
    for (let i = this.historyStart; i < this.history.length; i++) {
      const event = this.history[i];
      if (event.rv > rv && event.group === group && event.resource === resource) out.push(event);
    }
    return out;
  }

  /** The oldest resourceVersion watch can still start from. */
  oldestWatchableRv(): number {
    return this.compactedRv;
  }

  /** A resource's history starts now (a new watch cache's first list). */
  startHistory(group: string, resource: string): void {
    this.watchFloors.set(`${group}/${resource}`, this.rv);
  }

  stop(): void {
    this.listeners.clear();
    this.rawListeners.clear();
  }

  private emit(type: WatchEventType, group: string, resource: string, object: KObject, prev?: KObject): void {
    const event: StoredEvent = { rv: Number(object.metadata.resourceVersion), type, object, group, resource, prev };
    this.history.push(event);
    if (this.history.length - this.historyStart > this.historySize) {
      this.compactedRv = this.history[this.historyStart].rv;
      this.historyStart++;
      if (this.historyStart > 4096 && this.historyStart * 2 > this.history.length) {
        this.history.splice(0, this.historyStart);
        this.historyStart = 0;
      }
    }
    for (const listener of this.rawListeners) listener(event);
    if (this.listeners.size) {
      const storeEvent: StoreEvent = { type, object, group, resource };
      for (const listener of [...this.listeners]) {
        try {
          listener(storeEvent);
        } catch (error) {
          // A controller's bug must not break the write that triggered it.
          process.emitWarning(`cluster-sim: a store listener threw: ${(error as Error).message}`);
        }
      }
    }
  }
}
