/**
 * kube-controller-manager's persistent volume controller, as a default StorageClass with
 * Immediate binding and a provisioner would leave claims: bound at once (no PersistentVolume
 * object is created).
 */
import type { KObject } from '../store-api.js';
import type { ResourceInfo } from '../api/resources.js';
import { CONTROLLER_MANAGER, type LifecycleContext } from './lifecycle.js';

export class VolumeBinder {
  /** Claims waiting to be bound (namespace/name). */
  private readonly pending = new Set<string>();

  constructor(private readonly ctx: LifecycleContext) {}

  /** Returns true when a new claim waits. */
  written(info: ResourceInfo, old: KObject | undefined, next: KObject): boolean {
    if (info.group !== '' || info.resource !== 'persistentvolumeclaims' || old) return false;
    if (next.status?.phase && next.status.phase !== 'Pending') return false;
    this.pending.add(`${next.metadata.namespace}/${next.metadata.name}`);
    return true;
  }

  reconcile(): boolean {
    let changed = false;
    for (const key of [...this.pending]) {
      this.pending.delete(key);
      const [namespace, name] = key.split('/');
      const claim = this.ctx.storage.peek('', 'persistentvolumeclaims', namespace, name);
      if (!claim || claim.status?.phase === 'Bound' || claim.metadata.deletionTimestamp) continue;
      const info = this.ctx.pipeline.info('', 'persistentvolumeclaims');
      const volumeName = claim.spec?.volumeName ?? `pvc-${claim.metadata.uid}`;
      const bound = this.ctx.pipeline.updateObject(
        info,
        { ...claim, spec: { ...claim.spec, volumeName } },
        { fieldManager: CONTROLLER_MANAGER },
      );
      this.ctx.pipeline.updateObject(
        info,
        {
          ...bound,
          status: {
            phase: 'Bound',
            accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'],
            capacity: { storage: claim.spec?.resources?.requests?.storage ?? '1Gi' },
          },
        },
        { fieldManager: CONTROLLER_MANAGER, subresource: 'status' },
      );
      changed = true;
    }
    return changed;
  }
}
