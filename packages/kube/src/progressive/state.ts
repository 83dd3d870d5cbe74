import { createHash } from 'node:crypto';
import type { Check } from '../analysis/config.js';
import type { Measurement } from '../analysis/measurement.js';
import type { KObject } from '../client.js';
import { RESTARTED_AT_ANNOTATION, RUN_ANNOTATION } from '../labels.js';
import { objectLabel } from '../names.js';
import type { ReleaseRecord } from '../release.js';
import type { Step, StrategyName } from './plan.js';

/** Where a canary or blue-green rollout is. */
export type Phase = 'progressing' | 'paused' | 'promoted' | 'rejected' | 'aborted';

/** An object by name, enough to delete it. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export function refOf(object: KObject): ObjectRef {
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
    name: object.metadata.name!,
  };
}

export const refLabel = (ref: ObjectRef) => objectLabel({ kind: ref.kind, metadata: ref });

/** One line of the rollout's history: a step started, ended, or what promote and reject did. */
export interface HistoryEntry {
  at: string;
  /** 1-based plan step; 0 for what happens outside the plan (start, promote, reject). */
  step: number;
  /** The new version's weight after it. */
  weight: number;
  text: string;
}

/** A workload being rolled out: the user's Deployment and the copies that run beside it. */
export interface WorkloadState {
  /** namespace/Deployment/name of the user's Deployment. */
  label: string;
  namespace: string;
  name: string;
  /** The copy running the new version: <name>-canary or <name>-green. */
  track: string;
  /** <name>-baseline (canary by pod): the stable version at the canary's size. */
  baseline?: string;
  /** The Services of the manifests that select its pods. */
  services: string[];
  /** An HPA scales it: its replicas are left to the HPA. */
  autoscaler?: string;
}

/**
 * The state of a canary or blue-green rollout, kept in its revision's release record (field
 * `progress`), so a later job — a promote behind an approval, days later — knows exactly what
 * runs, where traffic goes, and what to undo.
 */
export interface ProgressState {
  strategy: StrategyName;
  /** traffic-split-method (canary) or route-method (blue-green). */
  method: string;
  phase: Phase;
  /** Index of the next plan step to run. */
  step: number;
  /** The share of traffic the new version gets now, in percent. */
  weight: number;
  steps: Step[];
  /** The analysis checks, without their secrets. */
  checks: Check[];
  /** The new version's images. */
  images: string[];
  /** A digest of the revision's objects, and one per object, to check a promote runs the same manifests. */
  digest: string;
  objectDigests: Record<string, string>;
  /** The revision the rollout started from (what reject returns to), if any. */
  stableRevision?: number;
  workloads: WorkloadState[];
  /** The copies beside the user's workloads and the Services in front of them: removed at the end. */
  derived: ObjectRef[];
  /** The traffic method's own objects (canary Ingresses, TrafficSplits): removed when traffic returns to the user's workloads. */
  routing: ObjectRef[];
  /** Whether traffic objects were written (weights set, or traffic switched): a reject must restore them. */
  routed?: boolean;
  /** Objects of the manifests that did not exist and were created at the start: removed by a reject. */
  createdEarly: ObjectRef[];
  /** Objects of the manifests applied only at promote (they exist and change). */
  deferred: string[];
  /** The objects traffic runs through, exactly as they were before the rollout changed them: what a reject re-applies. */
  restore: KObject[];
  /** The stable workloads as they were: what a reject re-applies if a promote got as far as changing them. */
  stableWorkloads: KObject[];
  /** A first deploy: nothing ran yet, so it was deployed as is (nothing to promote or reject). */
  plain?: boolean;
  /** Set once a promote starts changing the user's own workloads. */
  promoting?: boolean;
  history: HistoryEntry[];
  measurements: Measurement[];
  /** The last thing that went wrong, or why it paused. */
  message?: string;
}

/** Phases in which a rollout still runs beside the stable version. */
export function isInProgress(state: ProgressState | undefined): boolean {
  return state !== undefined && (state.phase === 'progressing' || state.phase === 'paused');
}

/** The newest record whose rollout is still in progress, if any. */
export function progressingRecord(records: ReleaseRecord[]): ReleaseRecord | undefined {
  const newest = records[records.length - 1];
  return newest && isInProgress(newest.progress) && (newest.status === 'progressing' || newest.status === 'pending')
    ? newest
    : undefined;
}

const MAX_MEASUREMENTS = 500;
const MAX_HISTORY = 200;

/** Keeps the state's lists bounded (a long rollout measures thousands of times; the record stays small). */
export function trimState(state: ProgressState): void {
  if (state.measurements.length > MAX_MEASUREMENTS)
    state.measurements.splice(0, state.measurements.length - MAX_MEASUREMENTS);
  if (state.history.length > MAX_HISTORY) state.history.splice(0, state.history.length - MAX_HISTORY);
}

/** A value with its object keys sorted, so equal content serialises equally. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

/**
 * An object without what changes from run to run: the run annotation, restart stamps, and
 * replicas (an HPA sets them, and a promote keeps the live count anyway).
 */
function contentOf(object: KObject): unknown {
  const copy = structuredClone(object);
  delete copy.metadata.annotations?.[RUN_ANNOTATION];
  if (copy.spec && typeof copy.spec === 'object' && copy.spec.template) delete copy.spec.replicas;
  const template = copy.spec?.template ?? copy.spec?.jobTemplate?.spec?.template;
  delete template?.metadata?.annotations?.[RESTARTED_AT_ANNOTATION];
  return canonical(copy);
}

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The digest of a revision's objects, and one per object (by label). */
export function digestObjects(objects: KObject[]): { digest: string; objects: Record<string, string> } {
  const perObject = Object.fromEntries(
    objects
      .map((o) => [objectLabel(o), hash(contentOf(o)).slice(0, 16)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { digest: `sha256:${hash(perObject)}`, objects: perObject };
}

/** What differs between the objects a rollout started with and the ones given now, in one phrase; undefined when the same. */
export function objectDifference(started: Record<string, string>, now: Record<string, string>): string | undefined {
  const changed = Object.keys(now).filter((label) => started[label] !== undefined && started[label] !== now[label]);
  const added = Object.keys(now).filter((label) => started[label] === undefined);
  const missing = Object.keys(started).filter((label) => now[label] === undefined);
  const parts = [
    ...changed.map((l) => `${l} differs`),
    ...added.map((l) => `${l} is new`),
    ...missing.map((l) => `${l} is missing`),
  ];
  if (parts.length === 0) return undefined;
  return `${parts.slice(0, 3).join(', ')}${parts.length > 3 ? ` and ${parts.length - 3} more` : ''}`;
}
