import { type ProblemAt, UserError, groupKind, mapLimit } from '@kra/core';
import { ApiError, type KObject, type KubeClient } from './client.js';
import { objectDiff, sameContent } from './diff.js';
import { type ObjectSource, at, objectLabel } from './names.js';
import { LAST_APPLIED_ANNOTATION, clientSideAppliers, migrateClientSideApply } from './csa-upgrade.js';
import { type KeptField, keptByOthers, ownershipChanges } from './ownership.js';
import { CancelledError, LockLostError } from './lock.js';
import { crdScope } from './prepare.js';

function withoutLastApplied(object: KObject): KObject {
  const annotations = { ...(object.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED_ANNOTATION];
  return { ...object, metadata: { ...object.metadata, annotations } };
}

export type ObjectAction = 'create' | 'configure' | 'unchanged';

export interface PlannedObject {
  object: KObject;
  label: string;
  live?: KObject;
  /** The object as the server would store it (dry run). */
  preview?: KObject;
  action: ObjectAction;
  /** Validated later: its namespace or its CRD is created by this same set. */
  deferred: boolean;
  /** Client-side apply managers whose fields move to us before the apply (migrateClientSideApply). */
  migrate?: string[];
  /** Fields the manifest dropped that stay, because other managers own them too. */
  kept?: KeptField[];
}

export interface ApplyOptions {
  fieldManager: string;
  force: boolean;
  concurrency: number;
  /** Where an object is written in the manifests: for messages and error annotations. */
  locate?: (object: KObject) => ObjectSource | undefined;
}

/** A server-side apply conflict as one line: the fields, their managers, and what to do. */
export function conflictMessage(label: string, error: ApiError): string {
  const fields = error.causes.filter((c) => c.type === 'FieldManagerConflict' || c.field);
  if (fields.length === 0) return `${label}: ${error.message}`;
  const parts = fields.slice(0, 8).map((c) => {
    const manager = /conflict with "([^"]+)"/.exec(c.message ?? '')?.[1];
    return `${c.field ?? '?'} (owned by "${manager ?? 'another manager'}")`;
  });
  const more = fields.length > 8 ? ` and ${fields.length - 8} more` : '';
  return `${label}: apply conflict: ${parts.join(', ')}${more} are managed by another field manager. Remove them from the manifest, or set force-conflicts: true to take them over.`;
}

/** An error from the API about one object as one line: conflicts with their fields and managers, causes, the message. */
export function problemOf(label: string, error: unknown): string {
  if (error instanceof ApiError && error.status === 409 && error.causes.length > 0)
    return conflictMessage(label, error);
  if (error instanceof ApiError) {
    const causes = error.causes.filter((c) => c.message).map((c) => `${c.field ? `${c.field}: ` : ''}${c.message}`);
    const detail = causes.length > 0 && !error.message.includes(causes[0]) ? ` (${causes.slice(0, 3).join('; ')})` : '';
    return `${label}: ${error.message}${detail}`;
  }
  return `${label}: ${(error as Error).message ?? String(error)}`;
}

/**
 * Validates every object against the cluster before anything is applied: reads the live
 * object and server-side applies it with dryRun=All (strict field validation, admission,
 * conflicts). All problems are gathered, then reported together; nothing is applied.
 */
export async function planObjects(
  client: KubeClient,
  objects: KObject[],
  all: KObject[],
  options: ApplyOptions,
): Promise<PlannedObject[]> {
  const namespacesInSet = new Set(all.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
  const existingNamespaces = new Map<string, Promise<boolean>>();
  const namespaceExists = (name: string) => {
    let known = existingNamespaces.get(name);
    if (!known) {
      known = client.get('v1', 'Namespace', name).then((ns) => ns !== undefined);
      existingNamespaces.set(name, known);
    }
    return known;
  };
  const problems: string[] = [];
  const located: ProblemAt[] = [];
  const planned = await mapLimit(objects, options.concurrency, async (object): Promise<PlannedObject> => {
    const label = objectLabel(object);
    try {
      const resource = await client.resourceFor(object.apiVersion, object.kind);
      if (!resource) {
        if (crdScope(all, object.apiVersion, object.kind) !== undefined)
          return { object, label, action: 'create', deferred: true };
        throw new Error(`the cluster does not serve ${object.kind} in ${object.apiVersion}`);
      }
      const ns = object.metadata.namespace;
      if (resource.namespaced && ns && namespacesInSet.has(ns) && !(await namespaceExists(ns))) {
        return { object, label, action: 'create', deferred: true };
      }
      const { object: preview, created } = await client.apply(object, {
        fieldManager: options.fieldManager,
        force: options.force,
        dryRun: true,
      });
      // Only an object that exists has a live version to compare with (and to diff against).
      const live = created ? undefined : await client.getLive(object);
      if (!live) return { object, label, preview, action: 'create', deferred: false };
      const migrate = clientSideAppliers(live);
      // Unchanged only when neither the content nor what the manifest sets (our field set) changes.
      const action: ObjectAction =
        migrate.length > 0 || ownershipChanges(live, preview, options.fieldManager) || !sameContent(live, preview)
          ? 'configure'
          : 'unchanged';
      const kept = keptByOthers(live, preview, options.fieldManager);
      return {
        object,
        label,
        live,
        // After the migration the last-applied annotation goes with the apply: the diff shows it gone.
        preview: migrate.length > 0 ? withoutLastApplied(preview) : preview,
        action,
        deferred: false,
        ...(migrate.length > 0 ? { migrate } : {}),
        ...(kept.length > 0 ? { kept } : {}),
      };
    } catch (error) {
      const source = options.locate?.(object);
      problems.push(`${at(source)}${problemOf(label, error)}`);
      if (source) located.push({ message: problemOf(label, error), ...source });
      return { object, label, action: 'create', deferred: false };
    }
  });
  if (problems.length > 0) {
    throw new UserError(
      `${problems.length === 1 ? 'An object was' : `${problems.length} objects were`} refused by the cluster, so nothing was applied: ${problems.slice(0, 5).join(' | ')}${problems.length > 5 ? ` | and ${problems.length - 5} more` : ''}`,
      { problems: located },
    );
  }
  return planned;
}

/** One warning per object whose dropped fields stay because other field managers own them too. */
export function keptWarnings(planned: PlannedObject[], where: (o: KObject) => string = () => ''): string[] {
  return planned
    .filter((p) => p.kept && p.kept.length > 0)
    .map((p) => {
      const fields = p
        .kept!.slice(0, 3)
        .map((k) => `${k.field} (also owned by ${k.managers.map((m) => `"${m}"`).join(', ')})`);
      const more = p.kept!.length > 3 ? ` and ${p.kept!.length - 3} more` : '';
      return `${where(p.object)}${p.label}: ${fields.join(', ')}${more} left the manifest but stay on the object, because another field manager owns them too. Remove them with the tool that set them, or stop that tool managing them.`;
    });
}

export interface AppliedObject {
  label: string;
  object: KObject;
  result: 'created' | 'configured' | 'unchanged';
  /** Client-side apply managers whose fields were moved to us first. */
  migrated?: string[];
  /** The object as stored after the apply. */
  stored?: KObject;
}

/**
 * Applies planned objects in apply order: consecutive objects of one kind go in parallel
 * (bounded), kinds one after another. Unchanged objects are not written again.
 */
export async function applyPlanned(
  client: KubeClient,
  planned: PlannedObject[],
  options: ApplyOptions,
  onApplied?: (applied: AppliedObject) => void,
): Promise<AppliedObject[]> {
  const results: AppliedObject[] = [];
  for (const group of kindGroups(planned)) {
    const applied = await mapLimit(group, options.concurrency, async (plan): Promise<AppliedObject> => {
      if (plan.action === 'unchanged') {
        const result: AppliedObject = {
          label: plan.label,
          object: plan.object,
          result: 'unchanged',
          stored: plan.live,
        };
        onApplied?.(result);
        return result;
      }
      try {
        const migrated =
          plan.migrate && plan.live ? await migrateClientSideApply(client, plan.live, options.fieldManager) : [];
        const { object: stored, created } = await client.apply(plan.object, {
          fieldManager: options.fieldManager,
          force: options.force,
        });
        const result: AppliedObject = {
          label: plan.label,
          object: plan.object,
          result: created || !plan.live ? 'created' : 'configured',
          stored,
          ...(migrated.length > 0 ? { migrated } : {}),
        };
        onApplied?.(result);
        return result;
      } catch (error) {
        // Stopped on purpose (cancelled, or the lock is lost): said as it is, not as a refusal.
        if (error instanceof CancelledError || error instanceof LockLostError) throw error;
        const source = options.locate?.(plan.object);
        throw new UserError(`Applying failed: ${at(source)}${problemOf(plan.label, error)}`, {
          cause: error,
          ...source,
        });
      }
    });
    results.push(...applied);
  }
  return results;
}

/**
 * Kinds nothing else waits for at apply time: the API server accepts them in any order, so
 * consecutive runs of them are applied together. (RBAC is not among them: a RoleBinding is
 * checked against the Role it names, so Roles go first.)
 */
const PASSIVE_KINDS = new Set([
  'ServiceAccount',
  'Secret',
  'ConfigMap',
  'Service',
  'PersistentVolumeClaim',
  'LimitRange',
  'ResourceQuota',
  'NetworkPolicy',
  'PodDisruptionBudget',
]);
/** Long-running workloads: applied together, after what they read. */
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

function groupOf(object: KObject): string {
  if (PASSIVE_KINDS.has(object.kind) && !object.apiVersion.includes('.')) return 'passive';
  if (WORKLOAD_KINDS.has(object.kind) && object.apiVersion === 'apps/v1') return 'workloads';
  return groupKind(object.apiVersion, object.kind);
}

/**
 * Apply groups, in order: runs of consecutive objects of one kind (the input is already in
 * apply order), with runs of passive kinds merged and runs of workload kinds merged.
 */
export function kindGroups<T extends { object: KObject }>(items: T[]): T[][] {
  const groups: T[][] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && groupOf(last[0].object) === groupOf(item.object)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** The diff of each planned object against the live one (dry run). */
export function plannedDiffs(planned: PlannedObject[]): Array<{ label: string; action: ObjectAction; diff: string }> {
  return planned.map((p) => ({
    label: p.label,
    action: p.action,
    diff: p.deferred ? objectDiff(p.label, undefined, p.object) : objectDiff(p.label, p.live, p.preview),
  }));
}
