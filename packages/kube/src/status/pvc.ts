import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, current, inProgress } from './types.js';

/** A PersistentVolumeClaim: Current once Bound (waited on only with wait-for-pvc). */
export function pvcStatus(pvc: KObject): ObjectStatus {
  return pvc.status?.phase === 'Bound' ? current('Bound') : inProgress(`phase ${pvc.status?.phase ?? 'Pending'}`);
}

export const pvcRule: StatusRule = { applies: (_, options) => options.waitForPvc === true, status: pvcStatus };
