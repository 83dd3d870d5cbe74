import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, condition, current, failed, inProgress, observed } from './types.js';

/** A Deployment as `kubectl rollout status` judges it. */
export function deploymentStatus(d: KObject): ObjectStatus {
  if (!observed(d)) return inProgress('waiting for the deployment spec update to be observed');
  const progressing = condition(d, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded')
    return failed(
      'ProgressDeadlineExceeded',
      progressing.message ?? `deployment "${d.metadata.name}" exceeded its progress deadline`,
    );
  const s = d.status ?? {};
  const replicas = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const total = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  if (updated < replicas) return inProgress(`${updated} of ${replicas} updated replicas are available`);
  if (total > updated) return inProgress(`${total - updated} old replicas are pending termination`);
  if (available < updated) return inProgress(`${available} of ${updated} updated replicas are available`);
  return current(`${available} of ${replicas} replicas available`);
}

export const deploymentRule: StatusRule = { applies: () => true, status: deploymentStatus };
