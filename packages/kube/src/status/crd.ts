import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, condition, current, failed, inProgress } from './types.js';

/** A CustomResourceDefinition: Current once Established; Failed when its names are refused. */
export function crdStatus(c: KObject): ObjectStatus {
  const names = condition(c, 'NamesAccepted');
  if (names?.status === 'False')
    return failed(names.reason ?? 'NamesNotAccepted', names.message ?? 'names not accepted');
  if (condition(c, 'Established')?.status === 'True') return current('established');
  return inProgress('waiting to be Established');
}

export const crdRule: StatusRule = { applies: () => true, status: crdStatus };
