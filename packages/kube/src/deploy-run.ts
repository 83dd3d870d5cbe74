import type { ApplyOptions } from './apply.js';
import type { KObject } from './client.js';
import type { DeployOptions, DeployResult } from './deploy-options.js';
import { RELEASE_LABEL } from './labels.js';
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

  constructor(readonly options: DeployOptions) {
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

  /** How objects are waited on, within `timeoutMs`; `prefix` marks the timeline lines (a rollback's). */
  waitOptions(timeoutMs: number, prefix = ''): WaitOptions {
    return {
      timeoutMs,
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
