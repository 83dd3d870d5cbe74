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
  /** Objects with no controller reference, by group/resource and namespace: candidates for adoption. */
  private readonly orphanNames = new Map<string, Map<string, Set<string>>>();

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
    this.trackOrphan(event);
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

  private trackOrphan(event: StoreEvent): void {
    const gr = `${event.group}/${event.resource}`;
    const ns = event.object.metadata.namespace ?? '';
    let byNs = this.orphanNames.get(gr);
    if (!byNs) this.orphanNames.set(gr, (byNs = new Map()));
    let names = byNs.get(ns);
    if (!names) byNs.set(ns, (names = new Set()));
    const orphan = event.type !== 'DELETED' && !event.object.metadata.ownerReferences?.some((r) => r.controller);
    if (orphan) names.add(event.object.metadata.name);
    else names.delete(event.object.metadata.name);
  }

  /** Objects of `resource` in `namespace` that no controller owns. */
  orphans(group: string, resource: string, namespace: string | undefined): KObject[] {
    const names = this.orphanNames.get(`${group}/${resource}`)?.get(namespace ?? '');
    if (!names || names.size === 0) return [];
    const out: KObject[] = [];
    for (const name of names) {
      const object = this.reader.get(group, resource, namespace, name);
      if (object && !object.metadata.ownerReferences?.some((r) => r.controller)) out.push(object);
    }
    return out;
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
