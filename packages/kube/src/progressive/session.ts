import { UserError, errorMessage, mapLimit, sleep } from '@kra/core';
import type { Check } from '../analysis/config.js';
import type { AnalysisOptions } from '../analysis/run.js';
import { type AppliedObject, applyPlanned, kindGroups, planObjects, problemOf } from '../apply.js';
import type { KObject } from '../client.js';
import type { DeployRun } from '../deploy-run.js';
import { identity, objectLabel } from '../names.js';
import type { ReleaseRecord, ReleaseStatus, ReleaseStore } from '../release.js';
import { failureLine } from '../rollback.js';
import { waitForObjects } from '../wait.js';
import { type ObjectRef, type ProgressState, refLabel, trimState } from './state.js';

/** A rollout step that could not be done: the one line the step fails with. */
export class RolloutFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RolloutFailure';
  }
}

/** What every canary and blue-green run shares: its settings from the inputs. */
export interface ProgressiveSettings {
  /** The checks of the `analysis` input, secrets included (the record keeps them without). */
  checks: Check[];
  /** How long the stable side keeps the copies after traffic left them, so connections drain (ms). */
  scaleDownDelayMs: number;
  /** Blue-green: how long to wait before switching traffic to green (ms). */
  versionSwitchBufferMs: number;
  /** Canary by traffic split: a fixed replica count for the canary, instead of one that follows the weight. */
  baselineAndCanaryReplicas?: number;
  /** Wait between steps (tests pass a fake); real time by default. */
  sleep?: (ms: number) => Promise<void>;
  /** Takes one measurement (tests pass a fake); the real Prometheus and HTTP measurers by default. */
  measure?: AnalysisOptions['measure'];
}

/**
 * One run's work on one rollout: the revision's record and its progress state, and the
 * operations every step is made of — apply, wait, delete, note, save — each logged on the
 * timeline and, for anything that changes what runs, followed by a save of the state, so a
 * run killed at any point leaves a record that says what is live.
 */
export class Session {
  readonly applied: AppliedObject[] = [];

  constructor(
    readonly run: DeployRun,
    readonly store: ReleaseStore,
    readonly record: ReleaseRecord,
    readonly state: ProgressState,
    readonly settings: ProgressiveSettings,
    /** The last deployed revision: what the rollout started from. */
    readonly previous?: ReleaseRecord,
  ) {
    record.progress = state;
  }

  get client() {
    return this.run.client;
  }

  get options() {
    return this.run.options;
  }

  /** The revision's objects, as the record keeps them. */
  get objects(): KObject[] {
    return this.record.objects;
  }

  /** The checks to run: the input's when given, else the record's (without their tokens). */
  get checks(): Check[] {
    return this.settings.checks.length > 0 ? this.settings.checks : this.state.checks;
  }

  /** Saves the record with the state (and a status). */
  async save(status?: ReleaseStatus): Promise<void> {
    trimState(this.state);
    if (status) this.record.status = status;
    this.record.progress = this.state;
    await this.store.save(this.record);
  }

  /** A line in the rollout's history and the timeline. */
  note(text: string, step = 0): void {
    this.state.history.push({ at: new Date().toISOString(), step, weight: this.state.weight, text });
    this.run.mark(`release ${this.options.release}`, step ? `step ${step}: ${text}` : text);
  }

  async sleep(ms: number): Promise<void> {
    if (ms > 0) await (this.settings.sleep ?? sleep)(ms);
  }

  /** Validates objects with a server-side dry run (all problems at once; nothing is applied). */
  async validate(objects: KObject[]): Promise<void> {
    if (objects.length > 0)
      await planObjects(this.client, objects, [...this.objects, ...objects], this.run.applyOptions());
  }

  /**
   * Applies objects in apply order (validated first). `own`: the rollout's own objects and
   * earlier states of the user's, applied with force; otherwise force-conflicts decides.
   */
  async apply(objects: KObject[], own = false): Promise<AppliedObject[]> {
    if (objects.length === 0) return [];
    const options = this.run.applyOptions(own || this.options.forceConflicts);
    const planned = await planObjects(this.client, objects, [...this.objects, ...objects], options);
    return applyPlanned(this.client, planned, options, (a) => {
      this.applied.push(a);
      if (a.result !== 'unchanged') this.run.mark(a.label, a.result);
    });
  }

  /**
   * Applies objects the rollout made itself and validated at its start (copies at a new size,
   * weights, a switch): in apply order, without a second dry run and read of each.
   */
  async applyDirect(objects: KObject[], own = false): Promise<void> {
    const force = own || this.options.forceConflicts;
    for (const group of kindGroups(objects.map((object) => ({ object })))) {
      await mapLimit(group, this.options.concurrency, async ({ object }) => {
        const label = objectLabel(object);
        try {
          const { object: stored, created } = await this.client.apply(object, {
            fieldManager: this.options.fieldManager,
            force,
          });
          const result = created ? 'created' : 'configured';
          this.applied.push({ label, object, result, stored });
          this.run.mark(label, result);
        } catch (error) {
          throw new UserError(`Applying failed: ${problemOf(label, error)}`, { cause: error });
        }
      });
    }
  }

  /** Waits until the objects are ready; a failure becomes the step's one line (with its diagnosis in the result). */
  async waitReady(objects: KObject[], what: string): Promise<void> {
    if (objects.length === 0) return;
    const waited = await waitForObjects(this.client, objects, this.run.waitOptions(this.options.timeoutMs));
    if (!waited.ok) {
      this.run.result.diagnosis = waited.failure;
      throw new RolloutFailure(`${what}: ${failureLine(waited)}`);
    }
  }

  /** Deletes objects (those already gone are skipped), workloads first. */
  async remove(refs: ObjectRef[]): Promise<void> {
    await mapLimit(refs, this.options.concurrency, async (ref) => {
      if (await this.client.delete(ref.apiVersion, ref.kind, ref.name, ref.namespace))
        this.run.mark(refLabel(ref), 'deleted');
    });
  }

  /** The live version of an object, if any. */
  live(object: KObject | ObjectRef): Promise<KObject | undefined> {
    return 'metadata' in object
      ? this.client.getLive(object)
      : this.client.get(object.apiVersion, object.kind, object.name, object.namespace);
  }
}

/** Runs a rollout operation; a failure of it (or an error) is one line. */
export async function attempt<T>(
  operation: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; failure: string }> {
  try {
    return { ok: true, value: await operation() };
  } catch (error) {
    if (error instanceof RolloutFailure || error instanceof UserError) return { ok: false, failure: error.message };
    return { ok: false, failure: errorMessage(error) };
  }
}

/** Each object once, with what happened to it that mattered most (created, then configured, then unchanged). */
export function distinctApplied(applied: AppliedObject[]): AppliedObject[] {
  const rank = { created: 3, configured: 2, unchanged: 1 };
  const byId = new Map<string, AppliedObject>();
  for (const a of applied) {
    const id = identity(a.object);
    const seen = byId.get(id);
    if (!seen || rank[a.result] > rank[seen.result]) byId.set(id, a);
  }
  return [...byId.values()];
}

/** Objects of one list not in another, by identity. */
export function without(objects: KObject[], others: Array<KObject | ObjectRef>): KObject[] {
  const ids = new Set(others.map((o) => identity('metadata' in o ? o : { ...o, metadata: o })));
  return objects.filter((o) => !ids.has(identity(o)));
}

/** Labels of objects, for a log line. */
export const labels = (objects: KObject[]) => objects.map(objectLabel).join(', ');
