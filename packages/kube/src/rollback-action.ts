/**
 * `action: rollback`: returns a release to an earlier revision, as `helm rollback` does. The
 * rollback is a new revision whose objects are those of the target revision, deployed like any
 * other (lock, validation, pending record, apply, wait), except that a failed rollback is not
 * itself rolled back.
 */
import { UserError, errorMessage } from '@kra/core';
import { type DeployOptions, type DeployResult, deploy } from './deploy.js';
import { progressingRecord } from './progressive/state.js';
import { type ReleaseRecord, type ReleaseStatus, ReleaseStore, lastDeployed } from './release.js';
import { basicStrategy } from './strategies/basic.js';
import type { DeployStrategy, Recovery, Rollout, StrategyContext } from './strategy.js';

/** The statuses of a revision that ran as the release: what a rollback may return to. */
const RESTORABLE: ReadonlySet<ReleaseStatus> = new Set<ReleaseStatus>(['deployed', 'superseded']);

/**
 * The revision a rollback returns to: `revision` when given, else the newest deployed or
 * superseded revision before the deployed one. Refuses, in one line, when there is none, when
 * `revision` is not in the records or never deployed, and while a canary or blue-green
 * rollout is in progress.
 */
export function rollbackTarget(records: ReleaseRecord[], release: string, revision?: number): ReleaseRecord {
  if (records.length === 0)
    throw new UserError(
      `Nothing to roll back: release "${release}" has no release records in this namespace. Deploy it first, or set namespace to the one it was deployed to`,
    );
  const running = progressingRecord(records);
  if (running)
    throw new UserError(
      `Rollback refused: release "${release}" has a ${running.progress!.strategy} rollout in progress (revision ${running.revision}, ${running.progress!.phase}): finish it with action: promote or action: reject first`,
    );
  if (revision !== undefined) {
    const target = records.find((r) => r.revision === revision);
    if (!target)
      throw new UserError(
        `Input "revision": release "${release}" has no revision ${revision} (its records: ${records.map((r) => r.revision).join(', ')}): name one of those`,
      );
    if (!RESTORABLE.has(target.status))
      throw new UserError(
        `Input "revision": revision ${revision} of release "${release}" never deployed (it is ${target.status}): name a revision that was deployed or superseded`,
      );
    return target;
  }
  const current = lastDeployed(records);
  const target = records.filter((r) => RESTORABLE.has(r.status) && (!current || r.revision < current.revision)).pop();
  if (!target)
    throw new UserError(
      current
        ? `Nothing to roll back to: release "${release}" has no successful revision before revision ${current.revision}, the deployed one. Name a revision with the revision input, or deploy`
        : `Nothing to roll back to: no revision of release "${release}" ever deployed (its records: ${records.map((r) => `${r.revision} ${r.status}`).join(', ')})`,
    );
  return target;
}

/**
 * Rolls the target revision out with the basic strategy. Under the lock, the records are read
 * again: if a run changed them while this one waited, nothing is applied. On failure the
 * release is left as the rollback made it (it is not rolled back); on cancellation the
 * revision that ran before is restored, as for any deploy.
 */
function rollbackStrategy(target: ReleaseRecord, revision: number | undefined): DeployStrategy {
  return {
    name: 'rollback',
    async rollout(context: StrategyContext): Promise<Rollout> {
      const { run, record } = context;
      record.message = `rollback to revision ${target.revision}`;
      let now: number;
      try {
        now = rollbackTarget(context.records, run.options.release, revision).revision;
      } catch (error) {
        return { applied: [], failure: errorMessage(error) };
      }
      if (now !== target.revision)
        return {
          applied: [],
          failure: `the release changed while this run waited for its lock: the revision to roll back to is now ${now}, not ${target.revision}. Run the rollback again`,
        };
      run.mark(
        `release ${run.options.release}`,
        `rolling back to revision ${target.revision} (version ${target.version})`,
      );
      return basicStrategy.rollout(context);
    },
    async recover(context: StrategyContext, rollout: Rollout): Promise<Recovery> {
      if (context.run.cancelled) return basicStrategy.recover(context, rollout);
      const failure = rollout.failure ?? 'failed';
      return {
        status: 'failed',
        message: `Nothing was rolled back (a rollback is not rolled back itself): revision ${context.revision} stays as far as it got. Fix the cause, then roll back or deploy again`,
        images: context.record.images,
        record: { status: 'failed', message: `rollback to revision ${target.revision}: ${failure}` },
      };
    },
  };
}

/**
 * `action: rollback`: deploys, as revision N+1, the objects of `revision` (by default the
 * previous successful revision) exactly as they were applied. The manifests, images and other
 * inputs that shape objects are left aside; version and commit are those of the target.
 */
export async function rollbackRelease(options: DeployOptions, revision?: number): Promise<DeployResult> {
  const store = new ReleaseStore(options.client, options.namespace, options.release);
  const target = rollbackTarget(await store.list((m) => options.log.warning(m)), options.release, revision);
  if (options.objects.length > 0 || options.images.length > 0)
    options.log.warning(
      `Inputs "manifests" and "images" are left aside by a rollback: revision ${target.revision} is restored from its release record`,
    );
  options.log.info(
    `Rolling back release "${options.release}" to revision ${target.revision} (version ${target.version}, deployed ${target.time})`,
  );
  const result = await deploy(
    {
      ...options,
      objects: target.objects,
      locate: undefined,
      images: [],
      restart: [],
      checksums: {},
      imagePullSecrets: [],
      // The objects are the release's own earlier state: fields others took since are taken back.
      forceConflicts: true,
      run: { ...options.run, repository: target.repository, sha: target.sha, version: target.version },
    },
    rollbackStrategy(target, revision),
  );
  if (result.status === 'deployed')
    result.rollback = `rolled back to revision ${target.revision} (version ${target.version}): revision ${result.revision} runs its objects`;
  else if (result.status === 'dry-run')
    result.rollback = `a rollback to revision ${target.revision} (version ${target.version}) would apply these changes`;
  return result;
}
