/**
 * The controllers' informer cache: the latest copy of every object they read, kept from the
 * store's events (which arrive synchronously after each write, so the cache is never behind
 * a write the controllers made). Reads return the cached object itself: callers treat it as
 * read-only and clone before changing anything, like informer listers in client-go.
 */
import type { ControllerStore, KObject, StoreEvent } from '../store-api.js';

export interface ObjectReader {
  get(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined;
}

const objectKey = (namespace: string | undefined, name: string): string => `${namespace ?? ''}/${name}`;

export class InformerCache implements ObjectReader {
  private readonly buckets = new Map<string, Map<string, KObject>>();

  constructor(
    private readonly store: ControllerStore,
    readonly tracked: ReadonlySet<string>,
  ) {}

  seed(): void {
    for (const gr of this.tracked) {
      const [group, resource] = gr.split('/');
      const bucket = this.bucket(gr);
      for (const object of this.store.list(group, resource))
        bucket.set(objectKey(object.metadata.namespace, object.metadata.name), object);
    }
  }

  private bucket(gr: string): Map<string, KObject> {
    let bucket = this.buckets.get(gr);
    if (!bucket) this.buckets.set(gr, (bucket = new Map()));
    return bucket;
  }

  observe(event: StoreEvent): void {
    const gr = `${event.group}/${event.resource}`;
    if (!this.tracked.has(gr)) return;
    const k = objectKey(event.object.metadata.namespace, event.object.metadata.name);
    if (event.type === 'DELETED') this.bucket(gr).delete(k);
    else this.bucket(gr).set(k, event.object);
  }

  get(group: string, resource: string, namespace: string | undefined, name: string): KObject | undefined {
    const gr = `${group}/${resource}`;
    if (!this.tracked.has(gr)) return this.store.get(group, resource, namespace, name);
    return this.buckets.get(gr)?.get(objectKey(namespace, name));
  }

  list(group: string, resource: string, namespace?: string): KObject[] {
    const gr = `${group}/${resource}`;
    if (!this.tracked.has(gr)) return this.store.list(group, resource, { namespace });
    const out: KObject[] = [];
    for (const object of this.buckets.get(gr)?.values() ?? [])
      if (namespace === undefined || object.metadata.namespace === namespace) out.push(object);
    return out;
  }
}
