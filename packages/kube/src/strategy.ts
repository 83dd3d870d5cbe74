import type { AppliedObject, PlannedObject } from './apply.js';
import type { KObject } from './client.js';
import type { DeployRun } from './deploy-run.js';
import type { ProgressReport } from './progressive/report.js';
import type { ReleaseRecord, ReleaseStatus, ReleaseStore } from './release.js';
import type { WaitResult } from './wait.js';

/**
 * What a strategy is given: the run, the prepared and validated objects of the new revision,
 * and the revision it replaces. Everything before (prepare, validate, lock, the pending
 * record) and after (the record's status, prune, history) is the same for every strategy.
 */
export interface StrategyContext {
  run: DeployRun;
  /** The new revision's objects, prepared, in apply order. */
  objects: KObject[];
  /** The same objects, validated by a server-side dry run. */
  planned: PlannedObject[];
  revision: number;
  /** The last deployed revision, if any: what a failure returns to. */
  previous?: ReleaseRecord;
  /** When the step's timeout runs out (epoch ms). */
  deadline: number;
  /** The new revision's record (status pending) and where it is kept: a strategy that runs in steps saves its state there. */
  record: ReleaseRecord;
  store: ReleaseStore;
  /** Every record of the release before this run, oldest first. */
  records: ReleaseRecord[];
}

/** How a rollout went: what was applied, how the wait ended, and the failure in one line. */
export interface Rollout {
  applied: AppliedObject[];
  wait?: WaitResult;
  /** Undefined when the rollout succeeded. */
  failure?: string;
  /**
   * Canary and blue-green: where the rollout stands. Unless its phase is `promoted`, the new
   * revision runs beside the stable one, and the record stays `progressing` for a later
   * promote or reject.
   */
  progress?: ProgressReport;
  /** The rollout stopped because the run was cancelled (or lost its lock), not because it failed. */
  cancelled?: boolean;
}

/** What a strategy did after a failed or cancelled rollout. */
export interface Recovery {
  /** rolled-back when what ran before runs (and is ready) again; cancelled after the runner's signal. */
  status: 'rolled-back' | 'failed' | 'cancelled';
  /** One line: what was done. */
  message: string;
  /** The images the release runs afterwards. */
  images: string[];
  /** The status and message the failed revision's record gets. */
  record: { status: ReleaseStatus; message: string };
  /** Canary and blue-green: where the rollout stands after the recovery. */
  progress?: ProgressReport;
}

/**
 * A way to roll out a revision. `basic` applies everything and waits; canary and blue-green
 * plug in here, with their own rollout and their own way back.
 */
export interface DeployStrategy {
  readonly name: string;
  /** Applies the revision and waits for it. Never throws for a failed rollout: `failure` says it. */
  rollout(context: StrategyContext): Promise<Rollout>;
  /**
   * After a failed or cancelled rollout (`context.run.cancelled`): returns the release to what
   * ran before, or says why it does not. A cancelled one is always undone, and not waited on.
   */
  recover(context: StrategyContext, rollout: Rollout): Promise<Recovery>;
}
