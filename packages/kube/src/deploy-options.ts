import type { ConfigChecksums, ImageListEntry } from '@kra/core';
import type { KObject, KubeClient } from './client.js';
import type { WorkloadRef } from './config-changes.js';
import type { Diagnosis } from './diagnose.js';
import type { ImageChange, ImageReplacement } from './images.js';
import type { ObjectSource } from './names.js';
import type { ProgressReport } from './progressive/report.js';
import type { RunMetadata } from './prepare.js';
import type { TimelineEntry } from './wait.js';

export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface DeployOptions {
  client: KubeClient;
  release: string;
  /** Namespace for objects without one, and for the release records and the lock. */
  namespace: string;
  /** Objects in apply order, as loaded. */
  objects: KObject[];
  /** Where one of `objects` (as given) is written: for messages and error annotations. */
  locate?: (object: KObject) => ObjectSource | undefined;
  images: ImageListEntry[];
  restart: WorkloadRef[];
  checksums: ConfigChecksums;
  /** Secret names added to the imagePullSecrets of every pod template (the imagepullsecrets input). */
  imagePullSecrets?: string[];
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
  /** `immutable`: ConfigMaps and Secrets get content-hash names (immutable-configs.ts). Default `mutable`. */
  configMode?: 'mutable' | 'immutable';
  /** Objects of this Helm release are taken over instead of refused (helm-hooks.ts). */
  adoptHelmRelease?: string;
  /** Who holds the lock: the run URL plus something unique to this process. */
  holder: string;
  log: Logger;
  /** Removes Secret values from texts that are not masked line by line (diagnoses in the summary). */
  redact?: (text: string) => string;
  /**
   * Aborted on the runner's first signal (SIGINT): stop writing, roll back what this revision
   * changed (or finish a rollback already under way), record it as cancelled, unlock.
   */
  signal?: AbortSignal;
  /** Aborted on the second signal (SIGTERM): stop waiting for anything; record and unlock at once. */
  hurry?: AbortSignal;
  /** Called once this run's revision has its pending record (so a post step knows what to finish). */
  onRecord?: (revision: number) => void;
}

/**
 * `progressing`: a canary or blue-green rollout runs beside the stable revision, waiting for a
 * promote or reject; `rejected`: a reject removed it; `cancelled`: the runner stopped the run.
 */
export type DeployStatus = 'deployed' | 'failed' | 'rolled-back' | 'cancelled' | 'dry-run' | 'progressing' | 'rejected';

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
  /** Each workload container's image in the previous deployed revision and in this one. */
  imageChanges: ImageChange[];
  timeline: TimelineEntry[];
  diagnosis?: Diagnosis;
  /** One line: what went wrong, and what the rollback did. */
  failure?: string;
  /** Where the failure is, when it is one object of the manifests (a workload that did not become ready). */
  failureSource?: ObjectSource;
  rollback?: string;
  diffs: Array<{ label: string; action: string; diff: string }>;
  prune: string[];
  /** Canary and blue-green: the plan, the steps taken, the measurements, what runs where. */
  progress?: ProgressReport;
}
