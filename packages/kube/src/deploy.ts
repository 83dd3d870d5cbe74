import { UserError, errorMessage } from '@kra/core';
import { type PlannedObject, keptWarnings, planObjects } from './apply.js';
import { keepAutoscaledReplicas } from './autoscalers.js';
import { ApiError, type KObject } from './client.js';
import type { DeployOptions, DeployResult, Logger } from './deploy-options.js';
import { DeployRun } from './deploy-run.js';
import { diagnosisText } from './diagnose.js';
import { dryRun } from './dry-run.js';
import { takeHelmParts, withHelmHooks } from './helm-hooks.js';
import { collectConfigVersions, versionConfigs } from './immutable-configs.js';
import { imageChanges, runningImages } from './images.js';
import { CancelledError, ReleaseLock } from './lock.js';
import { identity, objectLabel } from './names.js';
import { prepareObjects } from './prepare.js';
import { deleteObjects, pruneCandidates } from './prune.js';
import { type ReleaseRecord, ReleaseStore, inventoryUnion, lastDeployed } from './release.js';
import { basicStrategy } from './strategies/basic.js';
import type { DeployStrategy, Recovery, Rollout, StrategyContext } from './strategy.js';

export * from './deploy-options.js';

/**
 * Deploys a release in phases: prepare → config versions (config-mode: immutable) → Helm hooks taken
 * out, Helm ownership checked → replicas of HPA-scaled workloads from the cluster → (dry run) → release namespace → lock and history →
 * validate → pending record → strategy rollout (and recovery on failure) → record, prune,
 * history → unlock. Only the rollout and the recovery differ between strategies.
 */
export async function deploy(options: DeployOptions, strategy: DeployStrategy = basicStrategy): Promise<DeployResult> {
  const run = new DeployRun(options);
  const objects = await prepareObjects(run);
  versionConfigs(run, objects);
  const helm = await takeHelmParts(run, objects, strategy);
  await keepAutoscaledReplicas(run, objects);
  if (options.dryRun) return dryRun(run, objects);
  if (run.cancelled) return cancelledBefore(run, 'anything was written');
  await ensureReleaseNamespace(run, objects);

  const lock = new ReleaseLock(options.client, options.namespace, options.release, options.holder, {
    leaseDurationSeconds: options.leaseDurationSeconds,
    onWait: (holder) => run.log.info(`Waiting for the lock of release "${options.release}": held by ${holder}`),
    onLost: (error) => {
      run.log.warning(error.message);
      run.stopWaiting.abort();
    },
    signal: options.signal,
  });
  try {
    await lock.acquire(options.lockTimeoutMs);
  } catch (error) {
    if (error instanceof CancelledError) return cancelledBefore(run, 'the lock of the release was acquired');
    throw error;
  }
  run.lock = lock;
  options.client.beforeWrite = (method, path) => run.checkWrite(method, path);
  try {
    return await deployLocked(run, objects, withHelmHooks(strategy, helm));
  } finally {
    options.client.beforeWrite = undefined;
    await lock.release().catch((error) => run.log.warning(`Could not release the lock: ${errorMessage(error)}`));
  }
}

/** A run cancelled before it wrote anything: nothing to undo. */
function cancelledBefore(run: DeployRun, what: string): DeployResult {
  run.result.status = 'cancelled';
  run.result.failure = `cancelled before ${what}`;
  run.result.rollback = 'nothing was changed';
  run.mark(`release ${run.options.release}`, `cancelled before ${what}: nothing was changed`);
  return run.result;
}

async function deployLocked(run: DeployRun, objects: KObject[], strategy: DeployStrategy): Promise<DeployResult> {
  const { options, result } = run;
  const store = new ReleaseStore(run.client, options.namespace, options.release);
  const records = await store.list((m) => run.log.warning(m));
  await markInterrupted(run, store, records);
  const previous = lastDeployed(records);
  result.previousRevision = previous?.revision;
  result.imageChanges = imageChanges(previous?.objects ?? [], objects);
  const revision = (records[records.length - 1]?.revision ?? 0) + 1;
  result.revision = revision;

  // Validate everything that can be validated before anything is applied.
  const planned = await planObjects(run.client, objects, objects, run.applyOptions());
  run.log.info(
    `Validated ${planned.length} objects with a server-side dry run (${planned.filter((p) => p.deferred).length} wait for their CRD or namespace)`,
  );
  for (const warning of keptWarnings(planned, run.where)) run.log.warning(warning);
  if (run.cancelled) return cancelledBefore(run, `revision ${revision} was started`);

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
  options.onRecord?.(revision);
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
    record,
    store,
    records,
  };
  const rollout = await strategy.rollout(context);
  reportObjects(run, planned, rollout);
  // A run that lost its lock writes nothing more: the record stays pending, for the next deploy to mark.
  if (run.lock?.lost) return lockLost(run, run.lock.lost);

  result.progress = rollout.progress;
  const waitsForPromote =
    !rollout.failure && !run.cancelled && rollout.progress && rollout.progress.state.phase !== 'promoted';
  if (waitsForPromote) {
    for (const row of result.objects) if (row.result === 'not applied') row.ready = 'applied at promote';
    // A canary or blue-green rollout waits beside the deployed revision; its record says where it stands.
    result.status = 'progressing';
    // Both versions run: the stable one and the new one beside it.
    result.images = [...new Set([...(previous?.images ?? []), ...record.images])];
    run.mark(`release ${options.release}`, `revision ${revision} ${rollout.progress!.state.phase}`);
    await trimHistory(store, [...records, record], options.historyLimit, run.log);
    return result;
  }
  if (!rollout.failure && !run.cancelled) {
    run.phase = 'finishing';
    await store.setStatus(record, 'deployed');
    for (const old of records.filter((r) => r.status === 'deployed')) await store.setStatus(old, 'superseded');
    result.status = 'deployed';
    result.images = record.images;
    // The release is whole now: a cancellation only skips the clean-up.
    if (options.prune && !run.cancelled) await prune(run, record, objects);
    if (!run.hurrySignal.aborted) await trimHistory(store, [...records, record], options.historyLimit, run.log);
    if (options.configMode === 'immutable' && !run.cancelled) await collectConfigVersions(run, store, objects);
    run.mark(`release ${options.release}`, `revision ${revision} deployed`);
    return result;
  }

  run.phase = 'recovery';
  const why = rollout.cancelled ? 'cancelled by the runner during the rollout' : (rollout.failure ?? 'failed');
  result.failure = run.cancelled && !rollout.cancelled ? `${why}; then the run was cancelled` : why;
  const cancelledBeforeRecovery = run.cancelled;
  run.log.info(`Revision ${revision} ${run.cancelled ? 'was cancelled' : 'failed'}: ${result.failure}`);
  if (result.diagnosis) run.log.info(diagnosisText(result.diagnosis));
  let recovery: Recovery;
  try {
    recovery = await strategy.recover(context, rollout);
  } catch (error) {
    if (run.lock?.lost) return lockLost(run, run.lock.lost);
    throw error;
  }
  if (run.lock?.lost) return lockLost(run, run.lock.lost);
  // A cancellation that came during the recovery of a failure: the recovery was finished, not waited on.
  const cancelled = run.cancelled || recovery.status === 'cancelled';
  if (cancelled && !cancelledBeforeRecovery) result.failure = `${why}; then the run was cancelled`;
  run.phase = 'finishing';
  result.status = cancelled ? 'cancelled' : recovery.status;
  result.rolledBack = recovery.status === 'rolled-back';
  result.rollback = recovery.message;
  result.images = recovery.images;
  if (recovery.progress) result.progress = recovery.progress;
  await store.setStatus(
    record,
    cancelled ? 'cancelled' : recovery.record.status,
    cancelled && recovery.status !== 'cancelled' ? `${recovery.record.message}; cancelled` : recovery.record.message,
  );
  run.mark(`release ${options.release}`, recovery.message);
  if (!run.hurrySignal.aborted) await trimHistory(store, [...records, record], options.historyLimit, run.log);
  return result;
}

/** The result of a run that lost its lock: failed, nothing more written. */
function lockLost(run: DeployRun, error: Error): DeployResult {
  run.result.status = 'failed';
  run.result.failure = error.message;
  run.result.rollback = 'nothing more was written: the record stays pending, and the next deploy marks it interrupted';
  return run.result;
}

/**
 * Records left pending by a run that was killed or lost its lock (we hold the lock now, so no
 * run is working on them) are marked interrupted.
 */
async function markInterrupted(run: DeployRun, store: ReleaseStore, records: ReleaseRecord[]): Promise<void> {
  for (const record of records.filter((r) => r.status === 'pending')) {
    await store.setStatus(
      record,
      'interrupted',
      `left pending by a run that stopped before finishing (${record.runUrl || 'unknown run'}); found by the next deploy`,
    );
    run.log.warning(
      `Release "${run.options.release}" revision ${record.revision} was left pending by a run that stopped before finishing (${record.runUrl || 'unknown run'}): marked interrupted. This deploy replaces it.`,
    );
  }
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
  result.diagnosis = rollout.wait?.failure ?? result.diagnosis;
  const failed = result.diagnosis && planned.find((p) => p.label === result.diagnosis?.object);
  if (failed) result.failureSource = run.locate(failed.object);
}

/** Deletes what carries the release's label but is no longer in `objects` (the prune input). */
export async function prune(run: DeployRun, record: ReleaseRecord, objects: KObject[]): Promise<void> {
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
export async function ensureReleaseNamespace(run: DeployRun, objects: KObject[]): Promise<void> {
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

/** Keeps `limit` records (the newest deployed always among them); a failure is a warning. */
export async function trimHistory(
  store: ReleaseStore,
  records: ReleaseRecord[],
  limit: number,
  log: Logger,
): Promise<void> {
  try {
    const current = await store.list();
    const deleted = await store.trim(current.length ? current : records, limit);
    if (deleted.length) log.debug(`history-limit ${limit}: deleted release records ${deleted.join(', ')}`);
  } catch (error) {
    log.warning(`Could not trim the release history: ${errorMessage(error)}`);
  }
}
