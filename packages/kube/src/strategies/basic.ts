import { errorMessage } from '@kra/core';
import type { KObject } from '../client.js';
import { CancelledError, LockLostError } from '../lock.js';
import { type AppliedObject, applyPlanned, planObjects } from '../apply.js';
import { runningImages } from '../images.js';
import { identity } from '../names.js';
import { deleteObjects } from '../prune.js';
import { failureLine, restoreRevision } from '../rollback.js';
import type { DeployStrategy, Recovery, Rollout, StrategyContext } from '../strategy.js';
import { type WaitResult, waitForObjects } from '../wait.js';

const remaining = (deadline: number) => Math.max(1000, deadline - Date.now());

/**
 * The basic strategy: apply everything in apply order, wait for everything; on failure,
 * re-apply the last deployed revision (or, on a first deploy, clean up when asked).
 */
export const basicStrategy: DeployStrategy = {
  name: 'basic',

  async rollout(context: StrategyContext): Promise<Rollout> {
    const { run } = context;
    const applied: AppliedObject[] = [];
    const onApplied = (a: AppliedObject) => {
      applied.push(a);
      const migrated = a.migrated
        ? ` (took over the fields of ${a.migrated.map((m) => `"${m}"`).join(', ')}: kubectl's client-side apply; its last-applied-configuration goes)`
        : '';
      run.log.info(`${a.label} ${a.result}${migrated}`);
    };
    try {
      const wait = await applyAndWait(context, onApplied);
      if (wait.outcome === 'cancelled') return { applied, wait, failure: 'stopped while waiting', cancelled: true };
      return { applied, wait, failure: wait.ok ? undefined : failureLine(wait) };
    } catch (error) {
      if (error instanceof CancelledError || error instanceof LockLostError)
        return { applied, failure: errorMessage(error), cancelled: true };
      return { applied, failure: errorMessage(error) };
    }
  },

  async recover(context: StrategyContext, rollout: Rollout): Promise<Recovery> {
    const { run, previous, revision } = context;
    const { options } = run;
    const failure = rollout.failure ?? 'failed';
    const images = runningImages(context.objects).map((i) => i.image);
    const created = rollout.applied.filter((a) => a.result === 'created').map((a) => a.object);
    if (run.cancelled) return undoCancelled(context, created, images);
    if (options.rollbackOnFailure && previous) {
      run.mark(`release ${options.release}`, `rolling back to revision ${previous.revision}`);
      try {
        const back = await restoreRevision(run, previous, created);
        return {
          status: back.ok ? 'rolled-back' : 'failed',
          message: back.message,
          images: previous.images,
          record: { status: 'rolled-back', message: `${failure}; rolled back to revision ${previous.revision}` },
        };
      } catch (error) {
        const message = `the rollback to revision ${previous.revision} failed: ${errorMessage(error)}`;
        return { status: 'failed', message, images, record: { status: 'failed', message: `${failure}; ${message}` } };
      }
    }
    let message: string;
    if (!previous && options.cleanupOnFail && created.length > 0) {
      const deleted = await deleteObjects(run.client, [...created].reverse());
      message = `first deploy: cleanup-on-fail deleted the ${deleted.length} objects it created`;
    } else if (!previous) {
      message = `first deploy: the ${created.length} objects it created were left in place (set cleanup-on-fail: true to delete them)`;
    } else {
      message = `rollback-on-failure is off: revision ${revision} stays applied`;
    }
    return { status: 'failed', message, images, record: { status: 'failed', message: failure } };
  },
};

/**
 * A cancelled rollout is undone whatever rollback-on-failure says: the previous revision is
 * re-applied, or, on a first deploy, what the run created is deleted, so what is left is whole.
 */
async function undoCancelled(context: StrategyContext, created: KObject[], images: string[]): Promise<Recovery> {
  const { run, previous, revision } = context;
  if (previous) {
    run.mark(`release ${run.options.release}`, `cancelled: rolling back to revision ${previous.revision}`);
    try {
      const back = await restoreRevision(run, previous, created);
      const message = `cancelled; ${back.message}`;
      return { status: 'cancelled', message, images: previous.images, record: { status: 'cancelled', message } };
    } catch (error) {
      const message = `cancelled; the rollback to revision ${previous.revision} failed: ${errorMessage(error)}`;
      return { status: 'cancelled', message, images, record: { status: 'cancelled', message } };
    }
  }
  const deleted = await deleteObjects(run.client, [...created].reverse());
  const message = `cancelled; first deploy of revision ${revision}: deleted the ${deleted.length} objects it had created`;
  return { status: 'cancelled', message, images: [], record: { status: 'cancelled', message } };
}

/**
 * Applies and waits. When the set creates CRDs or namespaces that other objects need, those go
 * first (CRDs waited on until Established), then what depended on them is validated and applied.
 */
async function applyAndWait(context: StrategyContext, onApplied: (a: AppliedObject) => void): Promise<WaitResult> {
  const { run, planned, objects, deadline } = context;
  const { client } = run;
  const applyOptions = run.applyOptions();
  let rest = planned;
  if (planned.some((p) => p.deferred)) {
    const foundation = planned.filter(
      (p) => !p.deferred && (p.object.kind === 'CustomResourceDefinition' || p.object.kind === 'Namespace'),
    );
    await applyPlanned(client, foundation, applyOptions, onApplied);
    const crds = foundation.filter((p) => p.object.kind === 'CustomResourceDefinition').map((p) => p.object);
    if (crds.length > 0) {
      const established = await waitForObjects(client, crds, run.waitOptions(remaining(deadline)));
      if (!established.ok) return established;
    }
    const deferred = planned.filter((p) => p.deferred).map((p) => p.object);
    const late = new Map(
      (await planObjects(client, deferred, objects, applyOptions)).map((p) => [identity(p.object), p]),
    );
    rest = planned.filter((p) => !foundation.includes(p)).map((p) => late.get(identity(p.object)) ?? p);
  }
  await applyPlanned(client, rest, applyOptions, onApplied);
  return waitForObjects(
    client,
    planned.map((p) => p.object),
    run.waitOptions(remaining(deadline)),
  );
}
