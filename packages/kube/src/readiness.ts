import type { KObject } from './client.js';

/**
 * Readiness of one object from its status, judged the way `kubectl rollout status` does for
 * Deployments, StatefulSets and DaemonSets, and by conditions for the rest.
 */
export interface Readiness {
  ready: boolean;
  /** The object can no longer become ready (Job Failed, ProgressDeadlineExceeded, Pod Failed). */
  failed?: { reason: string; message: string };
  /** What is being waited for, in kubectl's words. */
  message: string;
}

export interface ReadinessOptions {
  /** Wait for PersistentVolumeClaims to be Bound. */
  waitForPvc?: boolean;
  /** Wait for LoadBalancer Services to get an address. */
  waitForLoadBalancer?: boolean;
}

type Condition = { type: string; status: string; reason?: string; message?: string };

function conditions(object: KObject): Condition[] {
  const list = object.status?.conditions;
  return Array.isArray(list) ? list : [];
}

function condition(object: KObject, type: string): Condition | undefined {
  return conditions(object).find((c) => c.type === type);
}

const READY: Readiness = { ready: true, message: 'ready' };

/** Kinds whose readiness we know how to judge; others are ready once applied unless they have conditions. */
export function hasReadiness(object: KObject, options: ReadinessOptions = {}): boolean {
  switch (object.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'Pod':
    case 'CustomResourceDefinition':
    case 'ReplicaSet':
      return true;
    case 'PersistentVolumeClaim':
      return options.waitForPvc === true;
    case 'Service':
      return options.waitForLoadBalancer === true && object.spec?.type === 'LoadBalancer';
    default:
      return (
        isCustomResource(object) &&
        (condition(object, 'Ready') !== undefined || condition(object, 'Available') !== undefined)
      );
  }
}

const BUILT_IN_GROUPS = /(^|\.)k8s\.io$|^(apps|batch|policy|autoscaling|v1)$/;

export function isCustomResource(object: KObject): boolean {
  const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : 'v1';
  return !BUILT_IN_GROUPS.test(group) && group !== 'v1';
}

/** Whether the workload's controller has seen its latest spec (status.observedGeneration). */
export function observed(object: KObject): boolean {
  const generation = object.metadata.generation;
  const observedGeneration = object.status?.observedGeneration;
  return generation === undefined || (observedGeneration !== undefined && observedGeneration >= generation);
}

export function deploymentReadiness(d: KObject): Readiness {
  const name = d.metadata.name;
  if (!observed(d)) return { ready: false, message: 'waiting for the deployment spec update to be observed' };
  const progressing = condition(d, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return {
      ready: false,
      failed: {
        reason: 'ProgressDeadlineExceeded',
        message: progressing.message ?? `deployment "${name}" exceeded its progress deadline`,
      },
      message: 'progress deadline exceeded',
    };
  }
  const s = d.status ?? {};
  const replicas = d.spec?.replicas ?? 1;
  const updated = s.updatedReplicas ?? 0;
  const total = s.replicas ?? 0;
  const available = s.availableReplicas ?? 0;
  if (updated < replicas) return { ready: false, message: `${updated} of ${replicas} updated replicas are available` };
  if (total > updated) return { ready: false, message: `${total - updated} old replicas are pending termination` };
  if (available < updated)
    return { ready: false, message: `${available} of ${updated} updated replicas are available` };
  return { ready: true, message: `${available} of ${replicas} replicas available` };
}

export function statefulSetReadiness(s: KObject): Readiness {
  if (s.spec?.updateStrategy?.type && s.spec.updateStrategy.type !== 'RollingUpdate')
    return { ready: true, message: 'OnDelete update strategy: not waited on' };
  if (!observed(s)) return { ready: false, message: 'waiting for the statefulset spec update to be observed' };
  const st = s.status ?? {};
  const replicas = s.spec?.replicas ?? 1;
  const readyReplicas = st.readyReplicas ?? 0;
  if (readyReplicas < replicas) return { ready: false, message: `${readyReplicas} of ${replicas} pods are ready` };
  const partition = s.spec?.updateStrategy?.rollingUpdate?.partition;
  if (typeof partition === 'number' && partition > 0) {
    const updated = st.updatedReplicas ?? 0;
    if (updated < replicas - partition)
      return {
        ready: false,
        message: `${updated} of ${replicas - partition} updated pods are ready (partition ${partition})`,
      };
    return { ready: true, message: `partitioned roll out complete: ${updated} new pods` };
  }
  if (st.updateRevision && st.currentRevision !== st.updateRevision) {
    return {
      ready: false,
      message: `${st.updatedReplicas ?? 0} of ${replicas} pods run the update revision ${st.updateRevision}`,
    };
  }
  return { ready: true, message: `${readyReplicas} of ${replicas} pods ready` };
}

export function daemonSetReadiness(d: KObject): Readiness {
  if (d.spec?.updateStrategy?.type && d.spec.updateStrategy.type !== 'RollingUpdate')
    return { ready: true, message: 'OnDelete update strategy: not waited on' };
  if (!observed(d)) return { ready: false, message: 'waiting for the daemon set spec update to be observed' };
  const st = d.status ?? {};
  const desired = st.desiredNumberScheduled ?? 0;
  const updated = st.updatedNumberScheduled ?? 0;
  const available = st.numberAvailable ?? 0;
  if (updated < desired) return { ready: false, message: `${updated} of ${desired} updated pods are available` };
  if (available < desired) return { ready: false, message: `${available} of ${desired} updated pods are available` };
  return { ready: true, message: `${available} of ${desired} pods available` };
}

export function jobReadiness(j: KObject): Readiness {
  const failed = condition(j, 'Failed');
  if (failed?.status === 'True')
    return {
      ready: false,
      failed: { reason: failed.reason ?? 'Failed', message: failed.message ?? 'the job failed' },
      message: 'failed',
    };
  const complete = condition(j, 'Complete');
  if (complete?.status === 'True') return { ready: true, message: 'complete' };
  const st = j.status ?? {};
  return {
    ready: false,
    message: `${st.succeeded ?? 0} of ${j.spec?.completions ?? 1} completions (${st.active ?? 0} active)`,
  };
}

export function podReadiness(p: KObject): Readiness {
  const phase = p.status?.phase;
  if (phase === 'Succeeded') return { ready: true, message: 'succeeded' };
  if (phase === 'Failed')
    return {
      ready: false,
      failed: { reason: p.status?.reason ?? 'Failed', message: p.status?.message ?? 'the pod failed' },
      message: 'failed',
    };
  if (condition(p, 'Ready')?.status === 'True') return { ready: true, message: 'ready' };
  return { ready: false, message: `phase ${phase ?? 'Pending'}, not ready` };
}

export function crdReadiness(c: KObject): Readiness {
  const names = condition(c, 'NamesAccepted');
  if (names?.status === 'False')
    return {
      ready: false,
      failed: { reason: names.reason ?? 'NamesNotAccepted', message: names.message ?? 'names not accepted' },
      message: 'names not accepted',
    };
  if (condition(c, 'Established')?.status === 'True') return { ready: true, message: 'established' };
  return { ready: false, message: 'waiting to be Established' };
}

export function readiness(object: KObject, options: ReadinessOptions = {}): Readiness {
  if (!hasReadiness(object, options)) return READY;
  switch (object.kind) {
    case 'Deployment':
      return deploymentReadiness(object);
    case 'StatefulSet':
      return statefulSetReadiness(object);
    case 'DaemonSet':
      return daemonSetReadiness(object);
    case 'ReplicaSet': {
      const replicas = object.spec?.replicas ?? 1;
      const ready = object.status?.readyReplicas ?? 0;
      if (!observed(object)) return { ready: false, message: 'waiting for the spec update to be observed' };
      return ready >= replicas
        ? { ready: true, message: `${ready} ready` }
        : { ready: false, message: `${ready} of ${replicas} ready` };
    }
    case 'Job':
      return jobReadiness(object);
    case 'Pod':
      return podReadiness(object);
    case 'CustomResourceDefinition':
      return crdReadiness(object);
    case 'PersistentVolumeClaim':
      return object.status?.phase === 'Bound'
        ? { ready: true, message: 'Bound' }
        : { ready: false, message: `phase ${object.status?.phase ?? 'Pending'}` };
    case 'Service': {
      const ingress = object.status?.loadBalancer?.ingress;
      return Array.isArray(ingress) && ingress.length > 0
        ? { ready: true, message: `address ${ingress[0].ip ?? ingress[0].hostname}` }
        : { ready: false, message: 'waiting for a load balancer address' };
    }
    default: {
      if (!observed(object)) return { ready: false, message: 'waiting for the spec update to be observed' };
      const c = condition(object, 'Ready') ?? condition(object, 'Available')!;
      return c.status === 'True'
        ? { ready: true, message: `${c.type}` }
        : { ready: false, message: `${c.type} is ${c.status}${c.reason ? ` (${c.reason})` : ''}` };
    }
  }
}
