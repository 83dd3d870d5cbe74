/**
 * The deployment controller's helpers (pkg/controller/deployment/util in Kubernetes):
 * revision annotations, surge/unavailability fenceposts, replica-set ordering and the
 * conditions that `kubectl rollout status` reads.
 */
import type { KObject } from '../../store-api.js';
import { type Condition, getCondition, rfc3339, scaledValue, semanticEqual, withoutHashLabel } from '../util.js';

export const REVISION = 'deployment.kubernetes.io/revision';
const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const POD_TEMPLATE_HASH = 'pod-template-hash';
const MAX_REV_HISTORY_CHARS = 2000;

/** Annotations the deployment never copies onto its replica sets. */
const SKIPPED_ANNOTATIONS = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION,
  REVISION_HISTORY,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  'deprecated.deployment.rollback.to',
]);

// Condition reasons, exactly as the deployment controller writes them.
export const NewReplicaSetReason = 'NewReplicaSetCreated';
export const FoundNewRSReason = 'FoundNewReplicaSet';
export const ReplicaSetUpdatedReason = 'ReplicaSetUpdated';
export const NewRSAvailableReason = 'NewReplicaSetAvailable';
export const TimedOutReason = 'ProgressDeadlineExceeded';
export const PausedDeployReason = 'DeploymentPaused';
export const ResumedDeployReason = 'DeploymentResumed';
export const MinimumReplicasAvailable = 'MinimumReplicasAvailable';
export const MinimumReplicasUnavailable = 'MinimumReplicasUnavailable';
export const FailedRSCreateReason = 'ReplicaSetCreateError';

export const specReplicas = (o: KObject | undefined): number =>
  o ? (typeof o.spec?.replicas === 'number' ? o.spec.replicas : 1) : 0;
export const statusOf = (o: KObject | undefined, field: string): number =>
  o && typeof o.status?.[field] === 'number' ? o.status[field] : 0;

export function isRollingUpdate(d: KObject): boolean {
  return (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';
}

/** ResolveFenceposts: surge rounds up, unavailability down; both zero means one unavailable. */
function resolveFenceposts(d: KObject): { surge: number; unavailable: number } {
  const desired = specReplicas(d);
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  const surge = scaledValue(ru.maxSurge, desired, true, '25%');
  let unavailable = scaledValue(ru.maxUnavailable, desired, false, '25%');
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

export function maxSurge(d: KObject): number {
  if (!isRollingUpdate(d)) return 0;
  return resolveFenceposts(d).surge;
}

export function maxUnavailable(d: KObject): number {
  const desired = specReplicas(d);
  if (!isRollingUpdate(d) || desired === 0) return 0;
  const { unavailable } = resolveFenceposts(d);
  return Math.min(unavailable, desired);
}

function revisionOf(o: KObject): number {
  const v = o.metadata.annotations?.[REVISION];
  if (!v) return 0;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? 0 : n;
}

export function maxRevision(rss: KObject[]): number {
  return rss.reduce((max, rs) => Math.max(max, revisionOf(rs)), 0);
}

/** EqualIgnoreHash: the templates are equal once the pod-template-hash label is ignored. */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return semanticEqual(withoutHashLabel(a), withoutHashLabel(b));
}

const created = (o: KObject): number => Date.parse(o.metadata.creationTimestamp ?? '') || 0;

export function byCreation(a: KObject, b: KObject): number {
  return created(a) - created(b) || a.metadata.name.localeCompare(b.metadata.name);
}

/** ReplicaSetsBySizeOlder: larger first, then older first. */
export function bySizeOlder(a: KObject, b: KObject): number {
  return specReplicas(b) - specReplicas(a) || byCreation(a, b);
}

/** ReplicaSetsBySizeNewer: larger first, then newer first. */
export function bySizeNewer(a: KObject, b: KObject): number {
  return specReplicas(b) - specReplicas(a) || byCreation(b, a);
}

export function byRevision(a: KObject, b: KObject): number {
  return revisionOf(a) - revisionOf(b) || byCreation(a, b);
}

/** FindNewReplicaSet: the oldest replica set whose template equals the deployment's. */
export function findNewReplicaSet(d: KObject, rss: KObject[]): KObject | undefined {
  return [...rss].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}

export function activeReplicaSets(rss: Array<KObject | undefined>): KObject[] {
  return rss.filter((rs): rs is KObject => !!rs && specReplicas(rs) > 0);
}

export const sumSpec = (rss: Array<KObject | undefined>): number =>
  rss.reduce((n, rs) => n + (rs ? specReplicas(rs) : 0), 0);
export const sumStatus = (rss: Array<KObject | undefined>, field: string): number =>
  rss.reduce((n, rs) => n + statusOf(rs, field), 0);

export function newCondition(
  type: string,
  status: Condition['status'],
  reason: string,
  message: string,
  now: number,
): Condition {
  const t = rfc3339(now);
  return { type, status, lastUpdateTime: t, lastTransitionTime: t, reason, message };
}

/** SetDeploymentCondition: same status and reason → nothing changes (not even lastUpdateTime). */
export function setCondition(status: { conditions?: Condition[] }, condition: Condition): void {
  const current = getCondition(status.conditions, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const next = { ...condition };
  if (current && current.status === condition.status) next.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== condition.type), next];
}

export function removeCondition(status: { conditions?: Condition[] }, type: string): void {
  if (status.conditions) status.conditions = status.conditions.filter((c) => c.type !== type);
}

export function hasProgressDeadline(d: KObject): boolean {
  const s = d.spec?.progressDeadlineSeconds;
  return typeof s === 'number' && s !== 2147483647;
}

/**
 * copyDeploymentAnnotationsToReplicaSet plus the revision bookkeeping of
 * SetNewReplicaSetAnnotations. Mutates `rs`; returns whether anything changed.
 */
export function setNewReplicaSetAnnotations(d: KObject, rs: KObject, newRevision: number, exists: boolean): boolean {
  const annotations = (rs.metadata.annotations ??= {});
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (SKIPPED_ANNOTATIONS.has(k) || annotations[k] === v) continue;
    annotations[k] = v;
    changed = true;
  }
  const oldRevision = annotations[REVISION] ?? '';
  const oldRevisionInt = oldRevision === '' ? 0 : Number.parseInt(oldRevision, 10);
  if (Number.isNaN(oldRevisionInt)) return false;
  if (oldRevisionInt < newRevision) {
    annotations[REVISION] = String(newRevision);
    changed = true;
  }
  if (oldRevision !== '' && oldRevisionInt < newRevision) {
    const history = annotations[REVISION_HISTORY];
    if (history === undefined || history === '') annotations[REVISION_HISTORY] = oldRevision;
    else {
      let parts = history.split(',');
      let total = history.length + oldRevision.length + 1;
      while (total > MAX_REV_HISTORY_CHARS && parts.length > 0) {
        total -= parts[0].length + 1;
        parts = parts.slice(1);
      }
      annotations[REVISION_HISTORY] = [...parts, oldRevision].join(',');
    }
  }
  if (!exists && setReplicasAnnotations(rs, specReplicas(d), specReplicas(d) + maxSurge(d))) changed = true;
  return changed;
}

export function setReplicasAnnotations(rs: KObject, desired: number, max: number): boolean {
  const annotations = (rs.metadata.annotations ??= {});
  let changed = false;
  if (annotations[DESIRED_REPLICAS] !== String(desired)) {
    annotations[DESIRED_REPLICAS] = String(desired);
    changed = true;
  }
  if (annotations[MAX_REPLICAS] !== String(max)) {
    annotations[MAX_REPLICAS] = String(max);
    changed = true;
  }
  return changed;
}

export function replicasAnnotationsNeedUpdate(rs: KObject, desired: number, max: number): boolean {
  const a = rs.metadata.annotations ?? {};
  return a[DESIRED_REPLICAS] !== String(desired) || a[MAX_REPLICAS] !== String(max);
}

function intAnnotation(rs: KObject, name: string): number | undefined {
  const v = rs.metadata.annotations?.[name];
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? undefined : n;
}

export const desiredReplicasAnnotation = (rs: KObject): number | undefined => intAnnotation(rs, DESIRED_REPLICAS);
export const maxReplicasAnnotation = (rs: KObject): number | undefined => intAnnotation(rs, MAX_REPLICAS);

export interface DeploymentStatus {
  observedGeneration?: number;
  replicas?: number;
  updatedReplicas?: number;
  readyReplicas?: number;
  availableReplicas?: number;
  unavailableReplicas?: number;
  terminatingReplicas?: number;
  conditions?: Condition[];
  collisionCount?: number;
}

const n = (v: number | undefined): number => v ?? 0;

/** DeploymentComplete: every replica updated and available, and the latest spec observed. */
export function deploymentComplete(d: KObject, s: DeploymentStatus): boolean {
  const desired = specReplicas(d);
  return (
    n(s.updatedReplicas) === desired &&
    n(s.replicas) === desired &&
    n(s.availableReplicas) === desired &&
    n(s.observedGeneration) >= n(d.metadata.generation)
  );
}

/** DeploymentProgressing: more updated, ready or available replicas, or fewer old ones, than last time. */
export function deploymentProgressing(d: KObject, s: DeploymentStatus): boolean {
  const old: DeploymentStatus = d.status ?? {};
  const oldOld = n(old.replicas) - n(old.updatedReplicas);
  const newOld = n(s.replicas) - n(s.updatedReplicas);
  return (
    n(s.updatedReplicas) > n(old.updatedReplicas) ||
    newOld < oldOld ||
    n(s.readyReplicas) > n(old.readyReplicas) ||
    n(s.availableReplicas) > n(old.availableReplicas)
  );
}

/** DeploymentTimedOut: the Progressing condition was last updated longer ago than the deadline. */
export function deploymentTimedOut(d: KObject, s: DeploymentStatus, now: number): boolean {
  if (!hasProgressDeadline(d)) return false;
  const cond = getCondition(s.conditions, 'Progressing');
  if (!cond) return false;
  if (cond.reason === NewRSAvailableReason) return false;
  if (cond.reason === TimedOutReason) return true;
  const from = Date.parse(cond.lastUpdateTime ?? '');
  if (Number.isNaN(from)) return false;
  return from + d.spec.progressDeadlineSeconds * 1000 < now;
}
