/**
 * An index from owner uid to the objects that name it in ownerReferences, kept up to date
 * from store events, so a controller finds its replica sets or pods without listing.
 */
import type { ControllerStore, KObject, StoreEvent } from '../store-api.js';
import type { ObjectReader } from './cache.js';

interface Child {
  group: string;
  resource: string;
  namespace: string | undefined;
  name: string;
}

const childKey = (group: string, resource: string, namespace: string | undefined, name: string): string =>
  `${group}/${resource}/${namespace ?? ''}/${name}`;

export class OwnerIndex {
  private readonly byOwner = new Map<string, Map<string, Child>>();
  private readonly ownersOf = new Map<string, string[]>();

  constructor(
    private readonly store: ControllerStore,
    private readonly tracked: Set<string>,
    private readonly reader: ObjectReader = store,
  ) {}

  /** Seeds the index from the store (objects created before the controllers started). */
  seed(group: string, resource: string): void {
    for (const object of this.store.list(group, resource)) this.observe({ type: 'ADDED', object, group, resource });
  }

  observe(event: StoreEvent): void {
    if (!this.tracked.has(`${event.group}/${event.resource}`)) return;
    const { metadata } = event.object;
    const k = childKey(event.group, event.resource, metadata.namespace, metadata.name);
    const previous = this.ownersOf.get(k) ?? [];
    const next = event.type === 'DELETED' ? [] : (metadata.ownerReferences ?? []).map((r) => r.uid);
    if (previous.length === next.length && previous.every((u, i) => u === next[i])) return;
    for (const uid of previous) {
      const children = this.byOwner.get(uid);
      children?.delete(k);
      if (children && children.size === 0) this.byOwner.delete(uid);
    }
    const child: Child = {
      group: event.group,
      resource: event.resource,
      namespace: metadata.namespace,
      name: metadata.name,
    };
    for (const uid of next) {
      let children = this.byOwner.get(uid);
      if (!children) this.byOwner.set(uid, (children = new Map()));
      children.set(k, child);
    }
    if (next.length) this.ownersOf.set(k, next);
    else this.ownersOf.delete(k);
  }

  /** The current objects of `resource` owned by `ownerUid` (controller or not). */
  children(ownerUid: string | undefined, group: string, resource: string): KObject[] {
    if (!ownerUid) return [];
    const children = this.byOwner.get(ownerUid);
    if (!children) return [];
    const out: KObject[] = [];
    for (const c of children.values()) {
      if (c.group !== group || c.resource !== resource) continue;
      const object = this.reader.get(c.group, c.resource, c.namespace, c.name);
      if (object && object.metadata.ownerReferences?.some((r) => r.uid === ownerUid)) out.push(object);
    }
    return out;
  }

  /** Objects controlled (controller: true) by the owner. */
  controlled(ownerUid: string | undefined, group: string, resource: string): KObject[] {
    return this.children(ownerUid, group, resource).filter((o) =>
      o.metadata.ownerReferences?.some((r) => r.uid === ownerUid && r.controller),
    );
  }
}
