/**
 * The garbage collector (kube-controller-manager's): an index of owners to dependents through
 * ownerReferences; dependents of an owner that is gone, or never existed, are deleted (or lose the
 * reference when another owner remains); foreground deletion waits for the dependents, orphan
 * deletion takes the references off them.
 */
import type { KObject } from '../store-api.js';
import type { ResourceInfo } from '../api/resources.js';
import { CONTROLLER_MANAGER, deleteQuietly, removeFinalizer, type LifecycleContext } from './lifecycle.js';

type Dependent = { info: ResourceInfo; object: KObject };

export class GarbageCollector {
  /** owner uid -> dependents (group, resource, namespace, name). */
  private readonly dependents = new Map<string, Set<string>>();
  /** Owners that went while they had dependents. */
  private readonly goneOwners = new Set<string>();
  /** Dependents written with owner references: do their owners exist? */
  private readonly toCheck = new Set<string>();

  constructor(private readonly ctx: LifecycleContext) {}

  private key(info: ResourceInfo, object: KObject): string {
    return `${info.group}\u0000${info.resource}\u0000${object.metadata.namespace ?? ''}\u0000${object.metadata.name}`;
  }

  private resolve(key: string): Dependent | undefined {
    const [group, resource, namespace, name] = key.split('\u0000');
    const info = this.ctx.registry.lookupResource(group, resource);
    if (!info) return undefined;
    const object = this.ctx.storage.peek(group, resource, namespace || undefined, name);
    return object ? { info, object } : undefined;
  }

  /** Keeps the index current; returns true when there is work. */
  written(info: ResourceInfo, old: KObject | undefined, next: KObject): boolean {
    const key = this.key(info, next);
    for (const ref of old?.metadata.ownerReferences ?? []) this.dependents.get(ref.uid)?.delete(key);
    const refs = next.metadata.ownerReferences ?? [];
    for (const ref of refs) {
      let set = this.dependents.get(ref.uid);
      if (!set) this.dependents.set(ref.uid, (set = new Set()));
      set.add(key);
    }
    const newRefs = refs.some((ref) => !(old?.metadata.ownerReferences ?? []).some((o) => o.uid === ref.uid));
    if (newRefs) this.toCheck.add(key);
    return newRefs;
  }

  /** Returns true when the removed object's dependents need collecting. */
  removed(info: ResourceInfo, object: KObject): boolean {
    const key = this.key(info, object);
    for (const ref of object.metadata.ownerReferences ?? []) this.dependents.get(ref.uid)?.delete(key);
    if (!this.dependents.get(object.metadata.uid!)?.size) return false;
    this.goneOwners.add(object.metadata.uid!);
    return true;
  }

  private ownerAlive(uid: string): boolean {
    const where = this.ctx.storage.locate(uid);
    if (!where) return false;
    return !this.ctx.storage.peek(where.group, where.resource, where.namespace, where.name)?.metadata.deletionTimestamp;
  }

  /** Deletes a dependent whose owners are all gone; takes gone owners off one that keeps another. */
  private collect(dep: Dependent, gone: (uid: string) => boolean): boolean {
    const refs = dep.object.metadata.ownerReferences ?? [];
    const remaining = refs.filter((r) => !gone(r.uid));
    if (remaining.length === refs.length) return false;
    if (remaining.length === 0 || !remaining.some((r) => this.ownerAlive(r.uid))) {
      if (dep.object.metadata.deletionTimestamp) return false;
      deleteQuietly(this.ctx, dep.info, dep.object, 'Background');
      return true;
    }
    this.ctx.pipeline.updateObject(
      dep.info,
      { ...dep.object, metadata: { ...dep.object.metadata, ownerReferences: remaining } },
      { fieldManager: CONTROLLER_MANAGER },
    );
    return true;
  }

  /** One pass over the owners that went and the dependents written since; true when it changed something. */
  reconcile(): boolean {
    let changed = false;
    for (const uid of [...this.goneOwners]) {
      this.goneOwners.delete(uid);
      for (const key of [...(this.dependents.get(uid) ?? [])]) {
        const dep = this.resolve(key);
        if (dep) changed = this.collect(dep, (u) => u === uid) || changed;
      }
    }
    for (const key of [...this.toCheck]) {
      this.toCheck.delete(key);
      const dep = this.resolve(key);
      // an owner that never existed (no object has its uid) counts as gone
      if (dep) changed = this.collect(dep, (u) => !this.ctx.storage.locate(u)) || changed;
    }
    return changed;
  }

  /** Foreground deletion: delete the dependents, then let the owner go. */
  foreground(info: ResourceInfo, owner: KObject): boolean {
    let changed = false;
    let alive = 0;
    for (const key of [...(this.dependents.get(owner.metadata.uid!) ?? [])]) {
      const dep = this.resolve(key);
      if (!dep) continue;
      alive++;
      if (!dep.object.metadata.deletionTimestamp) {
        deleteQuietly(this.ctx, dep.info, dep.object, 'Foreground');
        changed = true;
      }
    }
    if (alive === 0) {
      removeFinalizer(this.ctx, info, owner, 'foregroundDeletion');
      return true;
    }
    return changed;
  }

  /** Orphan deletion: take the owner's references off its dependents, then let it go. */
  orphan(info: ResourceInfo, owner: KObject): boolean {
    for (const key of [...(this.dependents.get(owner.metadata.uid!) ?? [])]) {
      const dep = this.resolve(key);
      if (!dep) continue;
      const remaining = (dep.object.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
      const metadata: KObject['metadata'] = { ...dep.object.metadata, ownerReferences: remaining };
      if (remaining.length === 0) delete metadata.ownerReferences;
      this.ctx.pipeline.updateObject(dep.info, { ...dep.object, metadata }, { fieldManager: CONTROLLER_MANAGER });
    }
    removeFinalizer(this.ctx, info, owner, 'orphan');
    return true;
  }
}
