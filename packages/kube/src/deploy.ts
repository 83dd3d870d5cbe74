import { UserError, errorMessage } from '@kra/core';
import { type PlannedObject, planObjects } from './apply.js';
import { ApiError, type KObject } from './client.js';
import type { DeployOptions, DeployResult, Logger } from './deploy-options.js';
import { DeployRun } from './deploy-run.js';
import { diagnosisText } from './diagnose.js';
import { dryRun } from './dry-run.js';
import { takeHelmParts, withHelmHooks } from './helm-hooks.js';
import { collectConfigVersions, versionConfigs } from './immutable-configs.js';
import { runningImages } from './images.js';
import { ReleaseLock } from './lock.js';
import { identity, objectLabel } from './names.js';
import { prepareObjects } from './prepare.js';
import { deleteObjects, pruneCandidates } from './prune.js';
import { type ReleaseRecord, ReleaseStore, inventoryUnion, lastDeployed } from './release.js';
import { basicStrategy } from './strategies/basic.js';
import type { DeployStrategy, Recovery, Rollout, StrategyContext } from './strategy.js';

export * from './deploy-options.js';

/**
 * Deploys a release in phases: prepare → (dry run) → release namespace → lock and history →
 * validate → pending record → strategy rollout (and recovery on failure) → record, prune,
 * history → unlock. Only the rollout and the recovery differ between strategies.
 */
export async function deploy(options: DeployOptions, strategy: DeployStrategy = basicStrategy): Promise<DeployResult> {
  const run = new DeployRun(options);
  const objects = await prepareObjects(run);
  versionConfigs(run, objects);
  const helm = await takeHelmParts(run, objects);
  if (options.dryRun) return dryRun(run, objects);
  await ensureReleaseNamespace(run, objects);

  const lock = new ReleaseLock(options.client, options.namespace, options.release, options.holder, {
    leaseDurationSeconds: options.leaseDurationSeconds,
    onWait: (holder) => run.log.info(`Waiting for the lock of release "${options.release}": held by ${holder}`),
  });
  await lock.acquire(options.lockTimeoutMs);
  try {
    return await deployLocked(run, objects, withHelmHooks(strategy, helm));
  } finally {
    await lock.release().catch((error) => run.log.warning(`Could not release the lock: ${errorMessage(error)}`));
  }
}

async function deployLocked(run: DeployRun, objects: KObject[], strategy: DeployStrategy): Promise<DeployResult> {
  const { options, result } = run;
  const store = new ReleaseStore(run.client, options.namespace, options.release);
  const records = await store.list((m) => run.log.warning(m));
  const previous = lastDeployed(records);
  result.previousRevision = previous?.revision;
  const revision = (records[records.length - 1]?.revision ?? 0) + 1;
  result.revision = revision;

  // Validate everything that can be validated before anything is applied.
  const planned = await planObjects(run.client, objects, objects, run.applyOptions());
  run.log.info(
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
  run.mark(
    `release ${options.release}`,
    `revision ${revision} started${previous ? ` (previous: ${previous.revision})` : ' (first deploy)'}`,
  );

  const context: StrategyContext = {
    run,
    objects,
    planned,
    revision,
    previous,
    deadline: Date.now() + options.timeoutMs,
  };
  const rollout = await strategy.rollout(context);
  reportObjects(run, planned, rollout);

  if (!rollout.failure) {
    await store.setStatus(record, 'deployed');
    for (const old of records.filter((r) => r.status === 'deployed')) await store.setStatus(old, 'superseded');
    if (options.prune) await prune(run, record, objects);
    await trimHistory(store, [...records, record], options.historyLimit, run.log);
    if (options.configMode === 'immutable') await collectConfigVersions(run, store, objects);
    result.status = 'deployed';
    result.images = record.images;
    run.mark(`release ${options.release}`, `revision ${revision} deployed`);
    return result;
  }

  result.failure = rollout.failure;
  run.log.info(`Revision ${revision} failed: ${rollout.failure}`);
  if (result.diagnosis) run.log.info(diagnosisText(result.diagnosis));
  const recovery: Recovery = await strategy.recover(context, rollout);
  result.status = recovery.status;
  result.rolledBack = recovery.status === 'rolled-back';
  result.rollback = recovery.message;
  result.images = recovery.images;
  await store.setStatus(record, recovery.record.status, recovery.record.message);
  run.mark(`release ${options.release}`, recovery.message);
  await trimHistory(store, [...records, record], options.historyLimit, run.log);
  return result;
}

/** One row per object: what the rollout did to it and whether it became ready. */
function reportObjects(run: DeployRun, planned: PlannedObject[], rollout: Rollout): void {
  const { result } = run;
  const ready = new Set(rollout.wait?.ready ?? []);
  const pending = new Map((rollout.wait?.pending ?? []).map((p) => [p.id, p.message]));
  const applied = new Set<string>();
  for (const a of rollout.applied) {
    const id = identity(a.object);
    applied.add(id);
    result.changed[a.result] += 1;
    const waiting = pending.get(id);
    result.objects.push({
      object: a.label,
      kind: a.object.kind,
      result: a.result,
      ready: ready.has(id) ? 'ready' : waiting !== undefined ? `not ready: ${waiting}` : undefined,
    });
  }
  for (const p of planned)
    if (!applied.has(identity(p.object)))
      result.objects.push({ object: p.label, kind: p.object.kind, result: 'not applied' });
  result.diagnosis = rollout.wait?.failure;
}

async function prune(run: DeployRun, record: ReleaseRecord, objects: KObject[]): Promise<void> {
  const { result } = run;
  const candidates = await pruneCandidates(run.client, run.options.release, record.inventory, objects);
  const deleted = await deleteObjects(run.client, candidates);
  result.prune = deleted;
  result.changed.pruned = deleted.length;
  for (const label of deleted) {
    result.objects.push({ object: label, kind: label.split('/').slice(-2)[0], result: 'pruned' });
    run.mark(label, 'pruned');
  }
}

/** The release namespace holds the records and the lock: it must exist (or be in the manifests). */
async function ensureReleaseNamespace(run: DeployRun, objects: KObject[]): Promise<void> {
  const { client, options } = run;
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
  run.mark(objectLabel(own), 'created first: it holds the release records and the lock');
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
