import { groupKind } from '@kra/core';
import type { KObject } from '../client.js';
import { crdRule } from './crd.js';
import { customResourceRule } from './custom-resource.js';
import { daemonSetRule } from './daemonset.js';
import { deploymentRule } from './deployment.js';
import { jobRule } from './job.js';
import { podRule } from './pod.js';
import { pvcRule } from './pvc.js';
import { replicaSetRule } from './replicaset.js';
import { serviceRule } from './service.js';
import { statefulSetRule } from './statefulset.js';
import { type ObjectStatus, type StatusOptions, type StatusRule, current } from './types.js';

export * from './types.js';
export { deploymentStatus } from './deployment.js';
export { statefulSetStatus } from './statefulset.js';
export { daemonSetStatus } from './daemonset.js';
export { replicaSetStatus } from './replicaset.js';
export { jobStatus } from './job.js';
export { podStatus } from './pod.js';
export { crdStatus } from './crd.js';
export { pvcStatus } from './pvc.js';
export { serviceStatus } from './service.js';
export { customResourceStatus, isCustomResource } from './custom-resource.js';

/** One rule per built-in kind (by group/Kind); custom resources fall back to their Ready/Available condition. */
const RULES: Record<string, StatusRule> = {
  'apps/Deployment': deploymentRule,
  'apps/StatefulSet': statefulSetRule,
  'apps/DaemonSet': daemonSetRule,
  'apps/ReplicaSet': replicaSetRule,
  'batch/Job': jobRule,
  '/Pod': podRule,
  'apiextensions.k8s.io/CustomResourceDefinition': crdRule,
  '/PersistentVolumeClaim': pvcRule,
  '/Service': serviceRule,
};

function ruleFor(object: KObject, options: StatusOptions): StatusRule | undefined {
  const rule = RULES[groupKind(object.apiVersion, object.kind)] ?? customResourceRule;
  return rule.applies(object, options) ? rule : undefined;
}

/** Whether an object is waited on: its kind has a rule that applies to it. */
export function hasStatus(object: KObject, options: StatusOptions = {}): boolean {
  return ruleFor(object, options) !== undefined;
}

/** The status of an object; objects nothing waits on are Current. */
export function statusOf(object: KObject, options: StatusOptions = {}): ObjectStatus {
  return ruleFor(object, options)?.status(object) ?? current('ready');
}
