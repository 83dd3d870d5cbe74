import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, condition, current, failed, inProgress } from './types.js';

/** A Job: Current once Complete, Failed once its Failed condition is True. */
export function jobStatus(j: KObject): ObjectStatus {
  const failedCondition = condition(j, 'Failed');
  if (failedCondition?.status === 'True')
    return failed(failedCondition.reason ?? 'Failed', failedCondition.message ?? 'the job failed');
  if (condition(j, 'Complete')?.status === 'True') return current('complete');
  const st = j.status ?? {};
  return inProgress(`${st.succeeded ?? 0} of ${j.spec?.completions ?? 1} completions (${st.active ?? 0} active)`);
}

export const jobRule: StatusRule = { applies: () => true, status: jobStatus };
