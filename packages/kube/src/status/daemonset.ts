import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, current, inProgress, observed } from './types.js';

/** A DaemonSet as `kubectl rollout status` judges it: every scheduled pod updated and available. */
export function daemonSetStatus(d: KObject): ObjectStatus {
  if (d.spec?.updateStrategy?.type && d.spec.updateStrategy.type !== 'RollingUpdate')
    return current('OnDelete update strategy: not waited on');
  if (!observed(d)) return inProgress('waiting for the daemon set spec update to be observed');
  const st = d.status ?? {};
  const desired = st.desiredNumberScheduled ?? 0;
  const updated = st.updatedNumberScheduled ?? 0;
  const available = st.numberAvailable ?? 0;
  if (updated < desired) return inProgress(`${updated} of ${desired} updated pods are available`);
  if (available < desired) return inProgress(`${available} of ${desired} updated pods are available`);
  return current(`${available} of ${desired} pods available`);
}

export const daemonSetRule: StatusRule = { applies: () => true, status: daemonSetStatus };
