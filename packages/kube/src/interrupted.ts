import { errorMessage } from '@kra/core';
import type { KObject, KubeClient } from './client.js';
import type { DeployOptions, Logger } from './deploy-options.js';
import { DeployRun } from './deploy-run.js';
import { RELEASE_LABEL, leaseName } from './labels.js';
import { ReleaseLock, leaseAvailable } from './lock.js';
import { identity } from './names.js';
import { deleteObjects } from './prune.js';
import { type ReleaseRecord, ReleaseStore, lastDeployed } from './release.js';
import { progressiveStrategy } from './progressive/strategies.js';
import { type ProgressiveSettings, Session } from './progressive/session.js';
import { restoreRevision } from './rollback.js';

/** What the main step left for its post step: enough to find its release, its revision and its lock. */
export interface InterruptedRun {
  release: string;
  namespace: string;
  /** The main step's lock holder: its lease is taken over, nobody else's. */
  holder: string;
  /** The revision whose record the main step wrote, if it got that far. */
  revision?: number;
  fieldManager: string;
  timeoutMs: number;
  concurrency: number;
}

export interface InterruptedOutcome {
  /** cancelled: the revision was undone and recorded so; released: only the lock was left; skipped: another run holds the lock. */
  status: 'cancelled' | 'released' | 'skipped' | 'nothing';
  message: string;
  revision?: number;
}

/**
 * The post step's half of a cancellation: when the main step was killed before it finished
 * (SIGKILL after the runner's grace period), this undoes the revision it left unfinished (the
 * previous revision re-applied and waited for, or what a first deploy created deleted; a
 * canary or blue-green rollout rejected), marks its record cancelled and releases its lock.
 * It takes over only the main step's own lease.
 */
export async function finishInterruptedRun(
  client: KubeClient,
  interrupted: InterruptedRun,
  log: Logger,
): Promise<InterruptedOutcome> {
  const { release, namespace, holder } = interrupted;
  const lease = await client.get('coordination.k8s.io/v1', 'Lease', leaseName(release), namespace);
  const leaseHolder: string = lease?.spec?.holderIdentity ?? '';
  if (interrupted.revision === undefined) {
    // Stopped before it wrote a record: at most its lease is left.
    if (!lease || leaseHolder !== holder) return { status: 'nothing', message: 'nothing was left to finish' };
    await client.delete('coordination.k8s.io/v1', 'Lease', leaseName(release), namespace);
    return { status: 'released', message: 'released the lock it held (it had changed nothing)' };
  }
  const free = leaseAvailable(
    lease
      ? {
          holder: leaseHolder,
          renewTime: lease.spec?.renewTime,
          acquireTime: lease.spec?.acquireTime,
          leaseDurationSeconds: lease.spec?.leaseDurationSeconds ?? 30,
        }
      : undefined,
    holder,
    Date.now(),
  );
  if (!free)
    return {
      status: 'skipped',
      message: `another run holds the lock of release "${release}" (${leaseHolder}): it marks the revision left pending as interrupted`,
    };
  const lock = new ReleaseLock(client, namespace, release, holder);
  await lock.acquire(10_000);
  try {
    const store = new ReleaseStore(client, namespace, release);
    const records = await store.list((m) => log.warning(m));
    const record = records.find((r) => r.revision === interrupted.revision && leftUnfinished(r));
    if (!record) return { status: 'released', message: `revision ${interrupted.revision} was not left unfinished` };
    const run = recoveryRun(client, interrupted, record, log);
    const previous = lastDeployed(records.filter((r) => r.revision < record.revision));
    const message =
      record.progress && !record.progress.plain
        ? await rejectRollout(run, store, record, previous)
        : await undoPending(run, record, previous);
    await store.setStatus(record, 'cancelled', message);
    return { status: 'cancelled', message, revision: record.revision };
  } finally {
    await lock.release().catch((error) => log.warning(`Could not release the lock: ${errorMessage(error)}`));
  }
}

/**
 * A revision the main step stopped in the middle of: pending (applying, waiting), or a canary
 * or blue-green rollout between two steps of its plan. A rollout at a pause, waiting for a
 * promote or reject, is where a deploy ends: it is left for the promote or reject.
 */
function leftUnfinished(record: ReleaseRecord): boolean {
  return record.status === 'pending' || (record.status === 'progressing' && record.progress?.phase === 'progressing');
}

/** A deploy run of the post step's own, for the recovery of the main step's revision. */
function recoveryRun(client: KubeClient, interrupted: InterruptedRun, record: ReleaseRecord, log: Logger): DeployRun {
  const options: DeployOptions = {
    client,
    release: interrupted.release,
    namespace: interrupted.namespace,
    objects: [],
    images: [],
    restart: [],
    checksums: {},
    fieldManager: interrupted.fieldManager,
    forceConflicts: false,
    timeoutMs: interrupted.timeoutMs,
    crashloopRestarts: 2,
    waitForPvc: false,
    waitForLoadBalancer: false,
    historyLimit: 0,
    rollbackOnFailure: true,
    cleanupOnFail: false,
    prune: false,
    dryRun: false,
    lockTimeoutMs: 0,
    concurrency: interrupted.concurrency,
    run: record,
    holder: interrupted.holder,
    log,
  };
  const run = new DeployRun(options);
  run.phase = 'recovery';
  return run;
}

/** Undoes a pending revision: the previous one re-applied and waited for, or a first deploy's creations deleted. */
async function undoPending(
  run: DeployRun,
  record: ReleaseRecord,
  previous: ReleaseRecord | undefined,
): Promise<string> {
  const created = await createdBy(run.client, record, previous, run.options.release);
  if (previous) {
    const back = await restoreRevision(run, previous, created);
    return `cancelled; the post step ${back.message}`;
  }
  const deleted = await deleteObjects(run.client, [...created].reverse());
  return `cancelled; first deploy: the post step deleted the ${deleted.length} objects it had created${deleted.length ? ` (${deleted.slice(0, 5).join(', ')}${deleted.length > 5 ? ', …' : ''})` : ''}`;
}

/**
 * A canary or blue-green rollout the main step was killed in the middle of: rejected as
 * `action: reject` would, from the state its record holds (traffic back on the stable
 * version, the user's objects as they were, the copies and routes it made removed), without
 * the drain delay: the post step does not wait for connections to the copies to end.
 */
async function rejectRollout(
  run: DeployRun,
  store: ReleaseStore,
  record: ReleaseRecord,
  previous: ReleaseRecord | undefined,
): Promise<string> {
  const state = record.progress!;
  const settings: ProgressiveSettings = { checks: [], scaleDownDelayMs: 0, versionSwitchBufferMs: 0 };
  const session = new Session(run, store, record, state, settings, previous);
  const strategy = progressiveStrategy(state.strategy, state.method, state.steps, settings);
  await strategy.reject(session, 'aborted', 'cancelled: the main step stopped before it finished');
  return `cancelled; the post step rejected the ${state.strategy} rollout: traffic is back on ${previous ? `revision ${previous.revision}` : 'the stable version'} and what it made beside it is removed`;
}

/**
 * The objects of a pending revision that it created: not in the previous revision, carrying the
 * release's label, and created no earlier than the revision started (to the second, as the API
 * server stamps creationTimestamp).
 */
async function createdBy(
  client: KubeClient,
  record: ReleaseRecord,
  previous: ReleaseRecord | undefined,
  release: string,
): Promise<KObject[]> {
  const before = new Set((previous?.objects ?? []).map(identity));
  const started = Math.floor(Date.parse(record.time) / 1000) * 1000;
  const created: KObject[] = [];
  for (const object of record.objects) {
    if (before.has(identity(object))) continue;
    const live = await client.getLive(object);
    if (!live || live.metadata.labels?.[RELEASE_LABEL] !== release) continue;
    if (Date.parse(live.metadata.creationTimestamp ?? '') >= started) created.push(live);
  }
  return created;
}
