import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, current, inProgress, observed } from './types.js';

/** A bare ReplicaSet: ready once its ready replicas reach spec.replicas. */
export function replicaSetStatus(rs: KObject): ObjectStatus {
  if (!observed(rs)) return inProgress('waiting for the spec update to be observed');
  const replicas = rs.spec?.replicas ?? 1;
  const ready = rs.status?.readyReplicas ?? 0;
  return ready >= replicas ? current(`${ready} ready`) : inProgress(`${ready} of ${replicas} ready`);
}

export const replicaSetRule: StatusRule = { applies: () => true, status: replicaSetStatus };
