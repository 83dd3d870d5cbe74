import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, condition, current, failed, inProgress } from './types.js';

/** A bare Pod: Current when Ready or Succeeded, Failed in phase Failed. */
export function podStatus(p: KObject): ObjectStatus {
  const phase = p.status?.phase;
  if (phase === 'Succeeded') return current('succeeded');
  if (phase === 'Failed') return failed(p.status?.reason ?? 'Failed', p.status?.message ?? 'the pod failed');
  if (condition(p, 'Ready')?.status === 'True') return current('ready');
  return inProgress(`phase ${phase ?? 'Pending'}, not ready`);
}

export const podRule: StatusRule = { applies: () => true, status: podStatus };
