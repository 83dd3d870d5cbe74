import type { ApplyOptions } from './apply.js';
import type { KObject } from './client.js';
import type { DeployOptions, DeployResult } from './deploy-options.js';
import { RELEASE_LABEL } from './labels.js';
import { CancelledError, type ReleaseLock } from './lock.js';
import type { TimelineEntry, WaitEvent, WaitOptions } from './wait.js';
import { eventText } from './wait.js';

/**
 * One deploy in progress: its options, the result being built, the timeline every phase
 * writes to, and the settings the phases share (how to apply, how to wait).
 */
export class DeployRun {
  readonly started = Date.now();
  readonly timeline: TimelineEntry[] = [];
  readonly result: DeployResult;
  /** file:line of a prepared object, for messages (set by the prepare phase). */
  where: (object: KObject) => string = () => '';
  /**
   * `forward` while the revision is rolled out (a cancellation stops its writes), `recovery`
   * while a failure or a cancellation is undone (writes go on, waits stop at the signal),
   * `finishing` for the record and the history.
   */
  phase: 'forward' | 'recovery' | 'finishing' = 'forward';
  /** The release lock, once held: every write checks it. */
  lock?: ReleaseLock;
  private static readonly never = new AbortController().signal;
  /** Aborted at the first signal or when the lock is lost: no wait goes on after that. */
  readonly stopWaiting = new AbortController();

  constructor(readonly options: DeployOptions) {
    const stop = () => this.stopWaiting.abort();
    for (const signal of [options.signal, options.hurry]) {
      if (signal?.aborted) stop();
      else signal?.addEventListener('abort', stop, { once: true });
    }
    this.result = {
      status: 'failed',
      rolledBack: false,
      objects: [],
      changed: { created: 0, configured: 0, unchanged: 0, pruned: 0 },
      images: [],
      replacements: [],
      timeline: this.timeline,
      diffs: [],
      prune: [],
    };
  }

  /** Aborted on the runner's first signal. */
  get cancelSignal(): AbortSignal {
    return this.options.signal ?? DeployRun.never;
  }

  get cancelled(): boolean {
    return this.cancelSignal.aborted;
  }

  /** Aborted on the runner's second signal: nothing is waited for any more. */
  get hurrySignal(): AbortSignal {
    return this.options.hurry ?? DeployRun.never;
  }

  /**
   * The guard of every write (KubeClient.beforeWrite): a lost lock stops all of them (the lock's
   * own Lease aside); a cancellation stops those of the rollout, not those that undo it.
   */
  checkWrite(method: string, path: string): void {
    if (this.lock?.isLeasePath(path)) return;
    this.lock?.check();
    if (this.cancelled && this.phase === 'forward') throw new CancelledError(`${method} ${path}`);
  }

  get client() {
    return this.options.client;
  }

  get log() {
    return this.options.log;
  }

  /** Adds a line to the timeline (and the log). */
  mark(object: string, message: string): void {
    const entry = { atMs: Date.now() - this.started, object, message };
    this.timeline.push(entry);
    this.log.info(`[${(entry.atMs / 1000).toFixed(1)}s] ${object}: ${message}`);
  }

  /** How objects are applied; `force` for re-applying our own earlier state. */
  applyOptions(force = this.options.forceConflicts): ApplyOptions {
    return {
      fieldManager: this.options.fieldManager,
      force,
      concurrency: this.options.concurrency,
      where: this.where,
    };
  }

  /**
   * How objects are waited on, within `timeoutMs`; `prefix` marks the timeline lines (a
   * rollback's). Every wait ends at the runner's first signal, or when the lock is lost.
   */
  waitOptions(timeoutMs: number, prefix = ''): WaitOptions {
    return {
      timeoutMs,
      signal: this.stopWaiting.signal,
      crashloopRestarts: this.options.crashloopRestarts,
      waitForPvc: this.options.waitForPvc,
      waitForLoadBalancer: this.options.waitForLoadBalancer,
      labelSelector: `${RELEASE_LABEL}=${this.options.release}`,
      redact: this.options.redact,
      onEvent: (event: WaitEvent) => {
        const text = eventText(event);
        if (text !== undefined) this.mark(event.object, `${prefix}${text}`);
      },
      onDebug: (message: string) => this.log.debug(message),
    };
  }
}
