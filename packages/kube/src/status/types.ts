import type { KObject } from '../client.js';

/**
 * The status of one object, judged from the object alone (a pure function, as kstatus does):
 * `Current` when it is what its spec asks for, `InProgress` while it gets there, `Failed` when
 * it cannot get there without a change (a Job that failed, a Deployment past its progress
 * deadline).
 */
export type Status = 'Current' | 'InProgress' | 'Failed';

export interface ObjectStatus {
  status: Status;
  /** What is being waited for (in kubectl's words), or what failed. */
  message: string;
  /** For `Failed`: the machine-readable reason (BackoffLimitExceeded, ProgressDeadlineExceeded). */
  reason?: string;
}

export interface StatusOptions {
  /** Wait for PersistentVolumeClaims to be Bound. */
  waitForPvc?: boolean;
  /** Wait for LoadBalancer Services to get an address. */
  waitForLoadBalancer?: boolean;
}

/** One kind's rule: whether an object of it is waited on, and its status. */
export interface StatusRule {
  /** Whether this object is waited on at all (a ClusterIP Service is not). */
  applies(object: KObject, options: StatusOptions): boolean;
  status(object: KObject): ObjectStatus;
}

export const current = (message: string): ObjectStatus => ({ status: 'Current', message });
export const inProgress = (message: string): ObjectStatus => ({ status: 'InProgress', message });
export const failed = (reason: string, message: string): ObjectStatus => ({ status: 'Failed', reason, message });

export type Condition = { type: string; status: string; reason?: string; message?: string };

export function condition(object: KObject, type: string): Condition | undefined {
  const list = object.status?.conditions;
  return Array.isArray(list) ? list.find((c: Condition) => c?.type === type) : undefined;
}

/** Whether the controller has seen the object's latest spec (status.observedGeneration ≥ metadata.generation). */
export function observed(object: KObject): boolean {
  const generation = object.metadata.generation;
  const observedGeneration = object.status?.observedGeneration;
  return generation === undefined || (observedGeneration !== undefined && observedGeneration >= generation);
}
