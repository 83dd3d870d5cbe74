import { UserError, errorMessage } from '@kra/core';
import type { KObject } from '../client.js';
import { type DeployOptions, type DeployResult, deploy, prune, trimHistory } from '../deploy.js';
import { DeployRun } from '../deploy-run.js';
import { collectConfigVersions, hasConfigVersions, versionConfigs } from '../immutable-configs.js';
import { replaceImages, runningImages } from '../images.js';
import { ReleaseLock } from '../lock.js';
import { prepareObjects } from '../prepare.js';
import { type ReleaseRecord, ReleaseStore, lastDeployed } from '../release.js';
import { rollbackRelease } from '../rollback-action.js';
import { basicStrategy } from '../strategies/basic.js';
import type { CanaryMethod, RouteMethod } from '../traffic/index.js';
import { type Step, describeStep } from './plan.js';
import { type ProgressiveSettings, Session, attempt, distinctApplied } from './session.js';
import { progressiveStrategy } from './strategies.js';
import { type ProgressState, digestObjects, objectDifference, progressingRecord } from './state.js';

export type StrategyInput = 'basic' | 'canary' | 'blue-green';
export type ActionInput = 'deploy' | 'promote' | 'reject' | 'rollback';

/** How a run rolls out: the strategy, action and progressive settings from the inputs. */
export interface ReleaseRun {
  strategy: StrategyInput;
  action: ActionInput;
  trafficSplitMethod: CanaryMethod;
  routeMethod: RouteMethod;
  /** The plan, resolved against the strategy (see resolvePlan). */
  steps: Step[];
  settings: ProgressiveSettings;
  /** Promote even when the manifests or images differ from the rollout's. */
  force: boolean;
  /** `action: rollback`: the revision to return to (default: the previous successful one). */
  revision?: number;
}

/**
 * One run of k8s-deploy: a deploy with the chosen strategy, a promote or reject of the
 * canary or blue-green rollout in progress, or a rollback to an earlier revision.
 */
export async function release(options: DeployOptions, run: ReleaseRun): Promise<DeployResult> {
  if (run.action === 'rollback') return rollbackRelease(options, run.revision);
  if (run.action !== 'deploy') return promoteOrReject(options, { ...run, action: run.action });
  // A rollout in progress is finished before another kind of deploy starts (a canary replaces a canary).
  const running = options.dryRun
    ? undefined
    : progressingRecord(await new ReleaseStore(options.client, options.namespace, options.release).list());
  if (running && running.progress!.strategy !== run.strategy)
    throw new UserError(
      `Release "${options.release}" has a ${running.progress!.strategy} rollout in progress (revision ${running.revision}, ${running.progress!.phase}): finish it with action: promote or reject (strategy: ${running.progress!.strategy}) before a ${run.strategy} deploy`,
    );
  if (run.strategy === 'basic') return deploy(options, basicStrategy);
  const method = run.strategy === 'canary' ? run.trafficSplitMethod : run.routeMethod;
  return deploy(options, progressiveStrategy(run.strategy, method, run.steps, run.settings));
}

/** Checks a promote's manifests or images against the rollout's; returns the objects to promote. */
async function objectsToPromote(
  deployRun: DeployRun,
  current: ReleaseRecord,
  state: ProgressState,
  run: ReleaseRun,
): Promise<KObject[]> {
  const { options } = deployRun;
  const recorded = current.objects;
  if (options.objects.length > 0) {
    const given = await prepareObjects(deployRun);
    // A rollout started with config-mode: immutable is promoted as it started: its manifests' configs versioned.
    versionConfigs(deployRun, given, options.configMode === 'immutable' || hasConfigVersions(recorded));
    const digest = digestObjects(given);
    if (digest.digest === state.digest) return recorded;
    const givenImages = runningImages(given).map((i) => i.image);
    const sameImages =
      JSON.stringify([...new Set(givenImages)].sort()) === JSON.stringify([...new Set(state.images)].sort());
    const what = sameImages
      ? `the manifests differ from the ones revision ${current.revision} rolled out (${objectDifference(state.objectDigests, digest.objects)})`
      : `the images differ from the ones revision ${current.revision} rolled out (it runs ${[...new Set(state.images)].join(', ')}; this run has ${[...new Set(givenImages)].join(', ')})`;
    if (!run.force)
      throw new UserError(
        `Promote refused: ${what}. Promote the same manifests and images, or set force: true to promote these instead`,
      );
    deployRun.log.warning(`force: true: ${what}; promoting these`);
    return given;
  }
  if (options.images.length > 0) {
    const copies = recorded.map((o) => structuredClone(o));
    const replaced = replaceImages(copies, options.images);
    if (replaced.replacements.every((r) => r.from === r.to)) return recorded;
    const what = `the images differ from the ones revision ${current.revision} rolled out (${replaced.replacements
      .filter((r) => r.from !== r.to)
      .map((r) => `${r.object} ${r.container}: ${r.from}, this run ${r.to}`)
      .slice(0, 3)
      .join('; ')})`;
    if (!run.force)
      throw new UserError(
        `Promote refused: ${what}. Promote the same images, or set force: true to promote these instead`,
      );
    deployRun.log.warning(`force: true: ${what}; promoting these`);
    return copies;
  }
  return recorded;
}

/** The rollout in progress, or an answer for a run with nothing to do. */
function findRollout(
  records: ReleaseRecord[],
  run: ReleaseRun,
  release: string,
): ReleaseRecord | { done: ReleaseRecord } {
  const current = progressingRecord(records);
  if (current) {
    const strategy = current.progress!.strategy;
    if (run.strategy !== 'basic' && run.strategy !== strategy)
      throw new UserError(
        `Input "strategy" is ${run.strategy}, but revision ${current.revision} of release "${release}" is a ${strategy} rollout: set strategy: ${strategy} (or leave it out) to ${run.action} it`,
      );
    return current;
  }
  const newest = records[records.length - 1];
  const phase = newest?.progress?.phase;
  // A repeated promote or reject finds its own work done: that is success, not an error.
  if (
    newest &&
    run.action === 'promote' &&
    phase === 'promoted' &&
    newest.status === 'deployed' &&
    !newest.progress!.plain
  )
    return { done: newest };
  if (newest && run.action === 'reject' && (phase === 'rejected' || phase === 'aborted')) return { done: newest };
  throw new UserError(
    `Nothing to ${run.action}: release "${release}" has no canary or blue-green rollout in progress (${newest ? `its newest revision, ${newest.revision}, is ${newest.status}${phase ? ` (${newest.progress!.strategy} ${phase})` : ''}` : 'it has no revision yet'}). Deploy with strategy: canary or blue-green first`,
  );
}

/** `action: promote` or `reject`: finishes or removes the rollout in progress. Safe to repeat. */
async function promoteOrReject(
  options: DeployOptions,
  run: ReleaseRun & { action: 'promote' | 'reject' },
): Promise<DeployResult> {
  const deployRun = new DeployRun(options);
  const { result, log } = deployRun;
  const store = new ReleaseStore(options.client, options.namespace, options.release);
  const lock = new ReleaseLock(options.client, options.namespace, options.release, options.holder, {
    leaseDurationSeconds: options.leaseDurationSeconds,
    onWait: (holder) => log.info(`Waiting for the lock of release "${options.release}": held by ${holder}`),
  });
  await lock.acquire(options.lockTimeoutMs);
  try {
    const records = await store.list((m) => log.warning(m));
    const found = findRollout(records, run, options.release);
    if ('done' in found) return alreadyDone(deployRun, found.done, run, lastDeployed(records));
    const current = found;
    const state = current.progress!;
    const previous = lastDeployed(records);
    result.revision = current.revision;
    result.previousRevision = previous?.revision;
    const strategy = progressiveStrategy(state.strategy, state.method, state.steps, run.settings);
    if (run.steps.length > 0)
      log.warning(
        `Input "steps" is left aside by a ${run.action}: revision ${current.revision} goes on with the plan it started with (${state.steps.map(describeStep).join(', ')})`,
      );
    if (run.action === 'promote') {
      const objects = await objectsToPromote(deployRun, current, state, run);
      if (objects !== current.objects) {
        const digest = digestObjects(objects);
        Object.assign(current, { objects, images: runningImages(objects).map((i) => i.image) });
        Object.assign(state, { digest: digest.digest, objectDigests: digest.objects, images: current.images });
      }
    }
    const session = new Session(deployRun, store, current, state, run.settings, previous);
    deployRun.mark(
      `release ${options.release}`,
      `${run.action} revision ${current.revision} (${state.strategy} ${state.method}, ${state.phase} at step ${state.step} of ${state.steps.length}, ${state.weight}%)`,
    );
    const outcome = await attempt(() =>
      run.action === 'promote'
        ? strategy.promote(session)
        : strategy.reject(session, 'rejected', 'rejected by a run with action: reject').then(() => 'rejected' as const),
    );
    for (const a of distinctApplied(session.applied)) {
      result.changed[a.result] += 1;
      result.objects.push({ object: a.label, kind: a.object.kind, result: a.result });
    }
    result.images = current.images;
    if (!outcome.ok) {
      state.message = `${run.action} failed: ${outcome.failure}`;
      await session.save().catch((error) => log.warning(`Could not save the release record: ${errorMessage(error)}`));
      result.status = 'failed';
      result.failure = `${outcome.failure}. Nothing was rolled back: run action: ${run.action} again, or ${run.action === 'promote' ? 'reject' : 'promote'}`;
    } else if (outcome.value === 'promoted') {
      await store.setStatus(current, 'deployed');
      for (const old of records.filter((r) => r.status === 'deployed' && r !== current))
        await store.setStatus(old, 'superseded');
      if (options.prune) await prune(deployRun, current, current.objects);
      result.status = 'deployed';
    } else if (outcome.value === 'rejected') {
      result.status = 'rejected';
      result.images = previous?.images ?? [];
    } else if (outcome.value === 'aborted') {
      await store.setStatus(current, 'failed', state.message);
      result.status = 'rolled-back';
      result.rolledBack = true;
      result.failure = state.message;
      result.images = previous?.images ?? [];
    } else {
      result.status = 'progressing';
    }
    await trimHistory(store, await store.list(), options.historyLimit, log);
    // config-mode: immutable — the versions the stable revision read go once no revision left uses them.
    if (outcome.ok && outcome.value === 'promoted' && hasConfigVersions(current.objects))
      await collectConfigVersions(deployRun, store, current.objects);
    result.progress = await strategy.report(session, run.action);
    return result;
  } finally {
    await lock.release().catch((error) => log.warning(`Could not release the lock: ${errorMessage(error)}`));
  }
}

/** A promote or reject whose work an earlier run did: says so and succeeds. */
function alreadyDone(
  deployRun: DeployRun,
  record: ReleaseRecord,
  run: ReleaseRun,
  deployed: ReleaseRecord | undefined,
): DeployResult {
  const { result } = deployRun;
  const state = record.progress!;
  const note = `revision ${record.revision} was already ${state.phase === 'promoted' ? 'promoted' : state.phase === 'aborted' ? 'aborted (rejected by analysis)' : 'rejected'}: nothing to do`;
  deployRun.mark(`release ${deployRun.options.release}`, note);
  result.revision = record.revision;
  result.status = run.action === 'promote' ? 'deployed' : 'rejected';
  result.images = deployed?.images ?? [];
  result.previousRevision = deployed?.revision;
  result.progress = {
    release: deployRun.options.release,
    namespace: deployRun.options.namespace,
    revision: record.revision,
    version: record.version,
    action: run.action as 'promote' | 'reject',
    state,
    placement: [],
    note,
  };
  return result;
}
