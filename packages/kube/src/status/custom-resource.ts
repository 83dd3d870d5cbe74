import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, condition, current, inProgress, observed } from './types.js';

const BUILT_IN_GROUPS = /(^|\.)k8s\.io$|^(apps|batch|policy|autoscaling|v1)$/;

/** Whether an object's kind comes from a CustomResourceDefinition (its group is not a built-in one). */
export function isCustomResource(object: KObject): boolean {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : 'v1';
  return !BUILT_IN_GROUPS.test(group) && group !== 'v1';
}

/** A custom resource with a Ready (else Available) condition: Current when it is True. */
export function customResourceStatus(object: KObject): ObjectStatus {
  if (!observed(object)) return inProgress('waiting for the spec update to be observed');
  const c = condition(object, 'Ready') ?? condition(object, 'Available');
  if (!c) return current('no Ready or Available condition');
  return c.status === 'True'
    ? current(c.type)
    : inProgress(`${c.type} is ${c.status}${c.reason ? ` (${c.reason})` : ''}`);
}

export const customResourceRule: StatusRule = {
  applies: (object) =>
    isCustomResource(object) &&
    (condition(object, 'Ready') !== undefined || condition(object, 'Available') !== undefined),
  status: customResourceStatus,
};
