import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, current, inProgress, observed } from './types.js';

/** A StatefulSet as `kubectl rollout status` judges it: ready replicas, partitions, the update revision. */
export function statefulSetStatus(s: KObject): ObjectStatus {
  if (s.spec?.updateStrategy?.type && s.spec.updateStrategy.type !== 'RollingUpdate')
    return current('OnDelete update strategy: not waited on');
  if (!observed(s)) return inProgress('waiting for the statefulset spec update to be observed');
  const st = s.status ?? {};
  const replicas = s.spec?.replicas ?? 1;
  const readyReplicas = st.readyReplicas ?? 0;
  if (readyReplicas < replicas) return inProgress(`${readyReplicas} of ${replicas} pods are ready`);
  const partition = s.spec?.updateStrategy?.rollingUpdate?.partition;
  if (typeof partition === 'number' && partition > 0) {
    const updated = st.updatedReplicas ?? 0;
    if (updated < replicas - partition)
      return inProgress(`${updated} of ${replicas - partition} updated pods are ready (partition ${partition})`);
    return current(`partitioned roll out complete: ${updated} new pods`);
  }
  if (st.updateRevision && st.currentRevision !== st.updateRevision)
    return inProgress(`${st.updatedReplicas ?? 0} of ${replicas} pods run the update revision ${st.updateRevision}`);
  return current(`${readyReplicas} of ${replicas} pods ready`);
}

export const statefulSetRule: StatusRule = { applies: () => true, status: statefulSetStatus };
