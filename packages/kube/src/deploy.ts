import type { ConfigChecksums, ImageListEntry } from '@kra/core';
import { UserError, errorMessage, mapLimit } from '@kra/core';
import {
  type AppliedObject,
  type ApplyOptions,
  type PlannedObject,
  applyPlanned,
  kindGroups,
  planObjects,
  plannedDiffs,
} from './apply.js';
import { ApiError, type KObject, type KubeClient } from './client.js';
import { type WorkloadRef, stampChecksums, stampRestarts } from './config-changes.js';
import { type Diagnosis, diagnosisText } from './diagnose.js';
import { maskSecretValues } from './diff.js';
import { type ImageReplacement, replaceImages, runningImages } from './images.js';
import { objectLabel } from './names.js';
import { RELEASE_LABEL } from './labels.js';
import { ReleaseLock } from './lock.js';
import { type RunMetadata, assignNamespaces, checkIdentities, identity, labelObjects } from './prepare.js';
import { deleteObjects, pruneCandidates } from './prune.js';
import { type ReleaseRecord, ReleaseStore, inventoryOf, lastDeployed } from './release.js';
import { type TimelineEntry, type WaitResult, waitForObjects } from './wait.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group?<T>(name: string, body: () => Promise<T>): Promise<T>;
}

export type Strategy = 'basic';
export type DeployAction = 'deploy';

export interface DeployOptions {
  client: KubeClient;
  release: string;
  /** Namespace for objects without one, and for the release records and the lock. */
  namespace: string;
  /** Objects in apply order, as loaded. */
  objects: KObject[];
  where?: (object: KObject) => string;
  images: ImageListEntry[];
  restart: WorkloadRef[];
  checksums: ConfigChecksums;
  fieldManager: string;
  forceConflicts: boolean;
  timeoutMs: number;
  crashloopRestarts: number;
  waitForPvc: boolean;
  waitForLoadBalancer: boolean;
  historyLimit: number;
  rollbackOnFailure: boolean;
  cleanupOnFail: boolean;
  prune: boolean;
  dryRun: boolean;
  lockTimeoutMs: number;
  leaseDurationSeconds?: number;
  concurrency: number;
  run: RunMetadata;
  /** Who holds the lock: the run URL plus something unique to this process. */
  holder: string;
  log: Logger;
}

export type DeployStatus = 'deployed' | 'failed' | 'rolled-back' | 'dry-run';

export interface ObjectResult {
  object: string;
  kind: string;
  result:
    | 'created'
    | 'configured'
    | 'unchanged'
    | 'pruned'
    | 'would create'
    | 'would configure'
    | 'would prune'
    | 'failed'
    | 'not applied';
  ready?: string;
}

export interface DeployResult {
  status: DeployStatus;
  revision?: number;
  previousRevision?: number;
  rolledBack: boolean;
  objects: ObjectResult[];
  changed: { created: number; configured: number; unchanged: number; pruned: number };
  /** The images the release's workloads run now. */
  images: string[];
  replacements: ImageReplacement[];
  timeline: TimelineEntry[];
  diagnosis?: Diagnosis;
  /** One line: what went wrong, and what the rollback did. */
  failure?: string;
  rollback?: string;
  diffs: Array<{ label: string; action: string; diff: string }>;
  prune: string[];
}

/** The basic strategy: apply everything, wait for everything, roll back on failure. */
export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const { client, log } = options;
  const started = Date.now();
  const timeline: TimelineEntry[] = [];
  const mark = (object: string, message: string) => {
    const entry = { atMs: Date.now() - started, object, message };
    timeline.push(entry);
    log.info(`[${(entry.atMs / 1000).toFixed(1)}s] ${object}: ${message}`);
  };
  const result: DeployResult = {
    status: 'failed',
    rolledBack: false,
    objects: [],
    changed: { created: 0, configured: 0, unchanged: 0, pruned: 0 },
    images: [],
    replacements: [],
    timeline,
    diffs: [],
    prune: [],
  };

  // 1. Prepare: images, restarts, config hashes, namespaces, labels. Nothing touches the cluster but discovery.
  const objects = options.objects.map((o) => structuredClone(o));
  // Namespaces first: restart and checksums name workloads with their namespace.
  await assignNamespaces(
    objects,
    options.namespace,
    async (apiVersion, kind) => (await client.resourceFor(apiVersion, kind))?.namespaced,
    options.where,
  );
  const replaced = replaceImages(objects, options.images);
  result.replacements = replaced.replacements;
  for (const entry of replaced.unmatched)
    log.warning(
      `Image ${entry.ref || entry.repository} (input "images") matches no container in the manifests: check its repository`,
    );
  const restarts = stampRestarts(objects, options.restart, new Date().toISOString());
  for (const ref of restarts.unmatched)
    log.warning(
      `Workload ${ref.namespace ? `${ref.namespace}/` : ''}${ref.kind}/${ref.name} (input "restart") is not in the manifests: nothing to restart`,
    );
  const checksums = stampChecksums(objects, options.checksums);
  if (checksums.unmatched.length > 0)
    log.debug(`checksums without a workload in the manifests: ${checksums.unmatched.join(', ')}`);
  checkIdentities(objects, options.where);
  labelObjects(objects, options.release, options.run);
  const applyOptions: ApplyOptions = {
    fieldManager: options.fieldManager,
    force: options.forceConflicts,
    concurrency: options.concurrency,
    where: options.where,
  };
  const store = new ReleaseStore(client, options.namespace, options.release);

  // 2. Dry run: validate and diff every object, list what prune would delete; change nothing.
  if (options.dryRun) {
    const planned = await planObjects(client, objects, objects, applyOptions);
    result.diffs = plannedDiffs(planned);
    for (const p of planned) {
      result.objects.push({
        object: p.label,
        kind: p.object.kind,
        result: p.action === 'unchanged' ? 'unchanged' : p.action === 'create' ? 'would create' : 'would configure',
      });
      if (p.action === 'create') result.changed.created += 1;
      else if (p.action === 'configure') result.changed.configured += 1;
      else result.changed.unchanged += 1;
    }
    const records = await store.list((m) => log.warning(m));
    result.previousRevision = lastDeployed(records)?.revision;
    if (options.prune) {
      const candidates = await pruneCandidates(client, options.release, inventoryUnion(records, objects), objects);
      result.prune = candidates.map(objectLabel);
      for (const label of result.prune)
        result.objects.push({ object: label, kind: label.split('/').slice(-2)[0], result: 'would prune' });
      result.changed.pruned = candidates.length;
    }
    result.images = runningImages(objects).map((i) => i.image);
    result.status = 'dry-run';
    return result;
  }

  // 3. The release namespace holds the records and the lock: it must exist (or be in the manifests).
  await ensureReleaseNamespace(options, objects, mark);

  // 4. Lock the release, read its history.
  const lock = new ReleaseLock(client, options.namespace, options.release, options.holder, {
    leaseDurationSeconds: options.leaseDurationSeconds,
    onWait: (holder) => log.info(`Waiting for the lock of release "${options.release}": held by ${holder}`),
  });
  await lock.acquire(options.lockTimeoutMs);
  try {
    const records = await store.list((m) => log.warning(m));
    const previous = lastDeployed(records);
    result.previousRevision = previous?.revision;
    const revision = (records[records.length - 1]?.revision ?? 0) + 1;
    result.revision = revision;

    // 5. Validate everything that can be validated before anything is applied.
    const planned = await planObjects(client, objects, objects, applyOptions);
    log.info(
      `Validated ${planned.length} objects with a server-side dry run (${planned.filter((p) => p.deferred).length} wait for their CRD or namespace)`,
    );

    const record: ReleaseRecord = {
      release: options.release,
      revision,
      status: 'pending',
      time: new Date().toISOString(),
      updated: '',
      ...options.run,
      images: runningImages(objects).map((i) => i.image),
      objects,
      inventory: inventoryUnion(records, objects),
    };
    await store.save(record);
    mark(
      `release ${options.release}`,
      `revision ${revision} started${previous ? ` (previous: ${previous.revision})` : ' (first deploy)'}`,
    );

    const applied: AppliedObject[] = [];
    const onApplied = (a: AppliedObject) => {
      applied.push(a);
      log.info(`${a.label} ${a.result}`);
    };
    let waitResult: WaitResult | undefined;
    let failure: string | undefined;
    try {
      await applyAndWait(options, planned, objects, applyOptions, onApplied, mark, (w) => (waitResult = w));
      if (waitResult && !waitResult.ok) failure = failureLine(waitResult);
    } catch (error) {
      failure = errorMessage(error);
    }
    for (const a of applied) {
      result.changed[a.result] += 1;
      result.objects.push({
        object: a.label,
        kind: a.object.kind,
        result: a.result,
        ready: waitResult?.ready.includes(a.label) ? 'ready' : undefined,
      });
    }
    const appliedLabels = new Set(applied.map((a) => a.label));
    for (const p of planned)
      if (!appliedLabels.has(p.label))
        result.objects.push({ object: p.label, kind: p.object.kind, result: 'not applied' });
    if (waitResult) {
      for (const pending of waitResult.pending) {
        const row = result.objects.find((o) => o.object === pending.object);
        if (row) row.ready = `not ready: ${pending.message}`;
      }
    }
    result.diagnosis = waitResult?.failure;

    if (!failure) {
      // 6. Success: record it, supersede the previous revision, prune, trim history.
      await store.setStatus(record, 'deployed');
      for (const old of records.filter((r) => r.status === 'deployed')) await store.setStatus(old, 'superseded');
      if (options.prune) {
        const candidates = await pruneCandidates(client, options.release, record.inventory, objects);
        const deleted = await deleteObjects(client, candidates);
        result.prune = deleted;
        result.changed.pruned = deleted.length;
        for (const label of deleted) {
          result.objects.push({ object: label, kind: label.split('/').slice(-2)[0], result: 'pruned' });
          mark(label, 'pruned');
        }
      }
      record.status = 'deployed';
      await trimHistory(store, [...records, record], options.historyLimit, log);
      result.status = 'deployed';
      result.images = record.images;
      mark(`release ${options.release}`, `revision ${revision} deployed`);
      return result;
    }

    // 7. Failure: diagnose, then roll back to the last deployed revision (or clean up a first deploy).
    result.failure = failure;
    log.info(`Revision ${revision} failed: ${failure}`);
    if (result.diagnosis) log.info(diagnosisText(result.diagnosis));
    const created = applied.filter((a) => a.result === 'created').map((a) => a.object);
    if (options.rollbackOnFailure && previous) {
      mark(`release ${options.release}`, `rolling back to revision ${previous.revision}`);
      try {
        const rollback = await rollBack(options, previous, created, mark);
        result.rolledBack = rollback.ok;
        result.rollback = rollback.message;
        result.images = previous.images;
        await store.setStatus(record, 'rolled-back', `${failure}; rolled back to revision ${previous.revision}`);
        result.status = rollback.ok ? 'rolled-back' : 'failed';
      } catch (error) {
        result.rollback = `the rollback to revision ${previous.revision} failed: ${errorMessage(error)}`;
        await store.setStatus(record, 'failed', `${failure}; ${result.rollback}`);
        result.images = record.images;
      }
    } else {
      if (!previous && options.cleanupOnFail && created.length > 0) {
        const deleted = await deleteObjects(client, [...created].reverse());
        result.rollback = `first deploy: cleanup-on-fail deleted the ${deleted.length} objects it created`;
      } else if (!previous) {
        result.rollback = `first deploy: the ${created.length} objects it created were left in place (set cleanup-on-fail: true to delete them)`;
      } else {
        result.rollback = `rollback-on-failure is off: revision ${revision} stays applied`;
      }
      await store.setStatus(record, 'failed', failure);
      result.images = record.images;
    }
    mark(`release ${options.release}`, result.rollback ?? 'failed');
    await trimHistory(store, [...records, record], options.historyLimit, log);
    return result;
  } finally {
    await lock.release().catch((error) => log.warning(`Could not release the lock: ${errorMessage(error)}`));
  }
}

async function applyAndWait(
  options: DeployOptions,
  planned: PlannedObject[],
  objects: KObject[],
  applyOptions: ApplyOptions,
  onApplied: (a: AppliedObject) => void,
  mark: (object: string, message: string) => void,
  setWait: (w: WaitResult) => void,
): Promise<void> {
  const { client } = options;
  const waitOptions = {
    timeoutMs: options.timeoutMs,
    crashloopRestarts: options.crashloopRestarts,
    waitForPvc: options.waitForPvc,
    waitForLoadBalancer: options.waitForLoadBalancer,
    labelSelector: `${RELEASE_LABEL}=${options.release}`,
    onTimeline: (e: TimelineEntry) => mark(e.object, e.message),
    onDebug: (m: string) => options.log.debug(m),
  };
  const deadline = Date.now() + options.timeoutMs;
  let rest = planned;
  if (planned.some((p) => p.deferred)) {
    // CRDs and namespaces first, CRDs waited on until Established, then validate what depended on them.
    const foundation = planned.filter(
      (p) => !p.deferred && (p.object.kind === 'CustomResourceDefinition' || p.object.kind === 'Namespace'),
    );
    await applyPlanned(client, foundation, applyOptions, onApplied);
    const crds = foundation.filter((p) => p.object.kind === 'CustomResourceDefinition').map((p) => p.object);
    if (crds.length > 0) {
      const established = await waitForObjects(client, crds, {
        ...waitOptions,
        timeoutMs: Math.max(1000, deadline - Date.now()),
      });
      if (!established.ok) return setWait(established);
    }
    const deferred = planned.filter((p) => p.deferred).map((p) => p.object);
    const late = await planObjects(client, deferred, objects, applyOptions);
    const lateByLabel = new Map(late.map((p) => [p.label, p]));
    rest = planned.filter((p) => !foundation.includes(p)).map((p) => lateByLabel.get(p.label) ?? p);
  }
  await applyPlanned(client, rest, applyOptions, onApplied);
  const toWait = planned.map((p) => p.object);
  const result = await waitForObjects(client, toWait, {
    ...waitOptions,
    timeoutMs: Math.max(1000, deadline - Date.now()),
  });
  setWait(result);
}

/** Re-applies the previous deployed revision (forced: it is our own prior state), removes what the failed one created, waits. */
async function rollBack(
  options: DeployOptions,
  previous: ReleaseRecord,
  createdNow: KObject[],
  mark: (object: string, message: string) => void,
): Promise<{ ok: boolean; message: string }> {
  const { client } = options;
  const applyOptions: ApplyOptions = {
    fieldManager: options.fieldManager,
    force: true,
    concurrency: options.concurrency,
  };
  const previousIds = new Set(previous.objects.map(identity));
  for (const group of kindGroups(previous.objects.map((object) => ({ object })))) {
    await mapLimit(group, applyOptions.concurrency, ({ object }) =>
      client.apply(object, { fieldManager: applyOptions.fieldManager, force: true }),
    );
  }
  const extra = createdNow.filter((o) => !previousIds.has(identity(o)));
  const deleted = await deleteObjects(client, [...extra].reverse());
  for (const label of deleted) mark(label, 'deleted (created by the failed revision)');
  const waited = await waitForObjects(client, previous.objects, {
    timeoutMs: options.timeoutMs,
    crashloopRestarts: options.crashloopRestarts,
    waitForPvc: options.waitForPvc,
    waitForLoadBalancer: options.waitForLoadBalancer,
    labelSelector: `${RELEASE_LABEL}=${options.release}`,
    onTimeline: (e) => mark(e.object, `rollback: ${e.message}`),
  });
  if (waited.ok) return { ok: true, message: `rolled back to revision ${previous.revision}, which is ready again` };
  return {
    ok: false,
    message: `rolled back to revision ${previous.revision}, but it did not become ready: ${failureLine(waited)}`,
  };
}

async function ensureReleaseNamespace(
  options: DeployOptions,
  objects: KObject[],
  mark: (object: string, message: string) => void,
): Promise<void> {
  const { client } = options;
  try {
    if (await client.get('v1', 'Namespace', options.namespace)) return;
  } catch (error) {
    // A namespace-scoped Role cannot read the Namespace object; the namespace is there if we can work in it.
    if (error instanceof ApiError && error.status === 403) return;
    throw error;
  }
  const own = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === options.namespace);
  if (!own) {
    throw new UserError(
      `Input "namespace": namespace "${options.namespace}" does not exist in the cluster. Create it first, or add a Namespace object named ${options.namespace} to the manifests (k8s-deploy changes nothing outside them).`,
    );
  }
  await client.apply(own, { fieldManager: options.fieldManager, force: options.forceConflicts });
  mark(objectLabel(own), 'created first: it holds the release records and the lock');
}

function failureLine(wait: WaitResult): string {
  const d = wait.failure;
  if (!d) return 'not ready';
  return `${d.object}: ${d.reason}${d.pod ? ` (pod ${d.pod}${d.container ? `, container ${d.container}` : ''})` : ''}: ${d.message}`;
}

function inventoryUnion(records: ReleaseRecord[], objects: KObject[]) {
  const all = [...records.flatMap((r) => r.inventory ?? []), ...inventoryOf(objects)];
  const seen = new Map<string, (typeof all)[number]>();
  for (const e of all) seen.set(`${e.apiVersion}|${e.kind}|${e.namespace ?? ''}`, e);
  return [...seen.values()];
}

async function trimHistory(store: ReleaseStore, records: ReleaseRecord[], limit: number, log: Logger): Promise<void> {
  try {
    const current = await store.list();
    const deleted = await store.trim(current.length ? current : records, limit);
    if (deleted.length) log.debug(`history-limit ${limit}: deleted release records ${deleted.join(', ')}`);
  } catch (error) {
    log.warning(`Could not trim the release history: ${errorMessage(error)}`);
  }
}

/** For logs of a dry run: the objects as they would be applied, Secret values masked. */
export function printable(object: KObject): KObject {
  return maskSecretValues(object);
}

export { UserError };
