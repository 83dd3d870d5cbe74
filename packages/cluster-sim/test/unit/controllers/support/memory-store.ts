/**
 * A small in-memory ControllerStore for the controllers' unit tests: resourceVersion with
 * optimistic concurrency, generation bumps on spec changes, generateName, the status
 * subresource, graceful pod deletion, ownerReference garbage collection, synchronous events.
 */
import { randomUUID } from 'node:crypto';
import type { Clock, ControllerStore, KObject, ListOptions, StoreEvent } from '../../../../src/store-api.js';

class StoreError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const CHARS = 'bcdfghjklmnpqrstvwxz2456789';

export class MemoryStore implements ControllerStore {
  private readonly objects = new Map<string, KObject>();
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  private rv = 1;
  writes = 0;

  constructor(private readonly clock: Clock) {}

  private k(group: string, resource: string, namespace: string | undefined, name: string): string {
    return `${group}/${resource}/${namespace ?? ''}/${name}`;
  }

  private emit(type: StoreEvent['type'], group: string, resource: string, object: KObject): void {
    for (const l of [...this.listeners]) l({ type, group, resource, object: structuredClone(object) });
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  }

  get(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    const o = this.objects.get(this.k(group, resource, namespace, name));
    return o ? structuredClone(o) : undefined;
  }

  list(group: string, resource: string, options: ListOptions = {}): KObject[] {
    const prefix = `${group}/${resource}/`;
    const out: KObject[] = [];
    const terms = (options.labelSelector ?? '')
      .split(',')
      .filter(Boolean)
      .map((t) => t.split('='));
    for (const [key, o] of this.objects) {
      if (!key.startsWith(prefix)) continue;
      if (options.namespace && o.metadata.namespace !== options.namespace) continue;
      if (!terms.every(([k, v]) => o.metadata.labels?.[k] === v)) continue;
      out.push(structuredClone(o));
    }
    return out.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  create(group: string, resource: string, object: KObject): KObject {
    const o = structuredClone(object);
    if (!o.metadata.name) {
      if (!o.metadata.generateName) throw new StoreError(422, 'name or generateName is required');
      let suffix = '';
      for (let i = 0; i < 5; i++) suffix += CHARS[Math.floor(Math.random() * CHARS.length)];
      o.metadata.name = `${o.metadata.generateName}${suffix}`;
    }
    const key = this.k(group, resource, o.metadata.namespace, o.metadata.name);
    if (this.objects.has(key)) throw new StoreError(409, `${resource} "${o.metadata.name}" already exists`);
    o.metadata.uid = randomUUID();
    o.metadata.resourceVersion = String(++this.rv);
    o.metadata.creationTimestamp = this.now();
    o.metadata.generation = 1;
    if (resource === 'pods') o.status = { phase: 'Pending' };
    this.objects.set(key, o);
    this.writes++;
    this.emit('ADDED', group, resource, o);
    return structuredClone(o);
  }

  update(group: string, resource: string, object: KObject): KObject {
    const key = this.k(group, resource, object.metadata.namespace, object.metadata.name);
    const old = this.objects.get(key);
    if (!old) throw new StoreError(404, `${resource} "${object.metadata.name}" not found`);
    if (object.metadata.resourceVersion && object.metadata.resourceVersion !== old.metadata.resourceVersion) {
      throw new StoreError(
        409,
        `Operation cannot be fulfilled on ${resource} "${object.metadata.name}": the object has been modified`,
      );
    }
    const o = structuredClone(object);
    o.metadata.uid = old.metadata.uid;
    o.metadata.creationTimestamp = old.metadata.creationTimestamp;
    o.metadata.deletionTimestamp = old.metadata.deletionTimestamp;
    o.metadata.generation = old.metadata.generation;
    if (old.status !== undefined) o.status = old.status;
    else delete o.status;
    if (JSON.stringify(old.spec) !== JSON.stringify(o.spec)) o.metadata.generation = (old.metadata.generation ?? 1) + 1;
    o.metadata.resourceVersion = String(++this.rv);
    this.objects.set(key, o);
    this.writes++;
    this.emit('MODIFIED', group, resource, o);
    return structuredClone(o);
  }

  updateStatus(group: string, resource: string, object: KObject): KObject {
    const key = this.k(group, resource, object.metadata.namespace, object.metadata.name);
    const old = this.objects.get(key);
    if (!old) throw new StoreError(404, `${resource} "${object.metadata.name}" not found`);
    if (object.metadata.resourceVersion && object.metadata.resourceVersion !== old.metadata.resourceVersion) {
      throw new StoreError(
        409,
        `Operation cannot be fulfilled on ${resource} "${object.metadata.name}": the object has been modified`,
      );
    }
    const o = structuredClone(old);
    o.status = structuredClone(object.status);
    // as the built-in status strategies: annotations pass (the Deployment revision), the spec does not
    if (object.metadata.annotations) o.metadata.annotations = structuredClone(object.metadata.annotations);
    else delete o.metadata.annotations;
    o.metadata.resourceVersion = String(++this.rv);
    this.objects.set(key, o);
    this.writes++;
    this.emit('MODIFIED', group, resource, o);
    return structuredClone(o);
  }

  delete(
    group: string,
    resource: string,
    namespace: string | undefined,
    name: string,
    _propagation?: 'Background' | 'Foreground' | 'Orphan',
    options?: { gracePeriodSeconds?: number },
  ): KObject | undefined {
    const key = this.k(group, resource, namespace, name);
    const old = this.objects.get(key);
    if (!old) return undefined;
    if (
      resource === 'pods' &&
      old.spec?.nodeName &&
      options?.gracePeriodSeconds !== 0 &&
      !old.metadata.deletionTimestamp
    ) {
      const grace = options?.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30;
      if (grace > 0) {
        const o = structuredClone(old);
        o.metadata.deletionTimestamp = this.now();
        o.metadata.deletionGracePeriodSeconds = grace;
        o.metadata.resourceVersion = String(++this.rv);
        this.objects.set(key, o);
        this.emit('MODIFIED', group, resource, o);
        return structuredClone(o);
      }
    }
    if (resource === 'pods' && old.metadata.deletionTimestamp && options?.gracePeriodSeconds !== 0)
      return structuredClone(old);
    this.objects.delete(key);
    this.writes++;
    this.emit('DELETED', group, resource, old);
    // background garbage collection of dependents
    for (const [childKey, child] of [...this.objects]) {
      if (child.metadata.ownerReferences?.some((r) => r.uid === old.metadata.uid)) {
        const [g, r] = childKey.split('/');
        this.delete(g, r, child.metadata.namespace, child.metadata.name, 'Background', {
          gracePeriodSeconds: r === 'pods' ? undefined : 0,
        });
      }
    }
    return structuredClone(old);
  }

  /** POST pods/<name>/binding: sets spec.nodeName of an unbound pod. */
  bind(namespace: string | undefined, name: string, node: string): KObject {
    const key = this.k('', 'pods', namespace, name);
    const old = this.objects.get(key);
    if (!old) throw new StoreError(404, `pods "${name}" not found`);
    if (old.spec?.nodeName) throw new StoreError(409, `pod ${name} is already assigned to node "${old.spec.nodeName}"`);
    const o = structuredClone(old);
    o.spec.nodeName = node;
    const conditions = (o.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled');
    conditions.push({ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.now() });
    o.status = { ...(o.status ?? {}), conditions };
    o.metadata.resourceVersion = String(++this.rv);
    this.objects.set(key, o);
    this.emit('MODIFIED', '', 'pods', o);
    return structuredClone(o);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Test helper: objects of a resource, optionally in a namespace. */
  all(group: string, resource: string, namespace?: string): KObject[] {
    return this.list(group, resource, { namespace });
  }
}
