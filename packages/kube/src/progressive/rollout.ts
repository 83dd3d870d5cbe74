import { UserError } from '@kra/core';
import { withoutSecrets } from '../analysis/config.js';
import type { KObject } from '../client.js';
import { identity, objectLabel } from '../names.js';
import { basicStrategy } from '../strategies/basic.js';
import type { DeployStrategy, Recovery, Rollout, StrategyContext } from '../strategy.js';
import type { ServicePair, TrafficRouter } from '../traffic/types.js';
import { type Track, checkSeparated, copyService } from './copies.js';
import { type Step, type StrategyName, describeStep } from './plan.js';
import { type ProgressReport, placement, reportOf } from './report.js';
import { type PlanHooks, type PlanOutcome, runPlan } from './runner.js';
import { type ProgressiveSettings, Session, attempt, distinctApplied, labels, without } from './session.js';
import { type Phase, type ProgressState, digestObjects, progressingRecord, refOf } from './state.js';
import {
  type Workload,
  findWorkloads,
  isDeployment,
  liveReplicas,
  stableVersion,
  templateChanges,
} from './workloads.js';

/** What a run of a rollout knows about its workloads and traffic. */
export interface Model {
  /** The Deployments rolled out beside a stable version. */
  rolled: Workload[];
  /** The user's Services of those Deployments and the Services in front of the copies. */
  pairs: ServicePair[];
  /** The objects traffic runs through, as they were before the rollout (restored by a reject). */
  bases: KObject[];
}

/** Whether a rollout ended promoted, or where it stopped. */
export type ProgressOutcome = PlanOutcome | 'promoted';

/**
 * What canary and blue-green share: a copy of each Deployment runs beside the user's with
 * the new version, behind copies of its Services; a plan of steps runs (weights for a canary,
 * pauses, analysis); a promote brings the user's own Deployments to the new version and
 * returns traffic to them, then removes the copies; a reject returns traffic and removes them.
 * A strategy adds its copies, how weights are set, and what happens before the promote.
 */
export abstract class ProgressiveRollout implements DeployStrategy {
  abstract readonly name: StrategyName;
  /** The copies' track: canary or green. */
  protected abstract readonly track: Track;
  /** The suffix of the Services in front of the copies: canary or preview. */
  protected abstract readonly serviceSuffix: string;
  private readonly sessions = new WeakMap<StrategyContext, Session | 'plain' | 'refused'>();

  constructor(
    readonly method: string,
    readonly router: TrafficRouter,
    readonly steps: Step[],
    readonly settings: ProgressiveSettings,
  ) {}

  /** The copies of a workload at the start (new version, and a baseline for canary by pod). */
  protected abstract copies(session: Session, model: Model, weight: number): Promise<KObject[]>;
  /** How the plan's weight steps are carried out. */
  protected abstract hooks(session: Session, model: Model): PlanHooks;
  /** What happens between the end of the plan and the promote proper (blue-green: analysis and the switch). */
  protected async beforePromote(_session: Session, _model: Model): Promise<PlanOutcome | undefined> {
    return undefined;
  }
  /** What the start says about a workload. */
  protected abstract describe(model: Model): string;

  // ---- deploy: the strategy seam -------------------------------------------------------------

  async rollout(context: StrategyContext): Promise<Rollout> {
    const { run, records, record, previous } = context;
    const running = progressingRecord(records);
    if (running && running.progress!.strategy !== this.name) {
      // release() refuses this before the record is written; a run that raced another gets here.
      this.sessions.set(context, 'refused');
      return {
        applied: [],
        failure: `revision ${running.revision} is a ${running.progress!.strategy} rollout in progress: promote or reject it first (action: promote or reject, strategy: ${running.progress!.strategy})`,
      };
    }
    const workloads = await findWorkloads(run.client, context.objects, previous);
    if (!workloads.some(templateChanges)) return this.plainDeploy(context, workloads);

    const state = this.initialState(context);
    const session = new Session(run, context.store, record, state, this.settings, previous);
    this.sessions.set(context, session);
    const started = await attempt(async () => {
      const model = await this.start(session, context, workloads);
      if (running) await this.retire(session, running);
      return this.advance(session, model);
    });
    const progress = await this.report(session, 'deploy');
    if (!started.ok) return { applied: distinctApplied(session.applied), failure: started.failure, progress };
    if (started.value === 'aborted')
      return { applied: distinctApplied(session.applied), failure: state.message, progress };
    return { applied: distinctApplied(session.applied), progress };
  }

  async recover(context: StrategyContext, rollout: Rollout): Promise<Recovery> {
    const session = this.sessions.get(context);
    if (session === 'refused')
      return {
        status: 'failed',
        message: 'nothing was changed',
        images: context.previous?.images ?? [],
        record: { status: 'failed', message: rollout.failure ?? 'refused' },
      };
    if (session === 'plain' || session === undefined) return basicStrategy.recover(context, rollout);
    const failure = rollout.failure ?? 'failed';
    const previous = context.previous;
    if (session.applied.length === 0) {
      session.state.phase = 'aborted';
      session.state.message = failure;
      return {
        status: 'failed',
        message: 'nothing was changed',
        images: previous?.images ?? [],
        record: { status: 'failed', message: failure },
        progress: await this.report(session, 'deploy'),
      };
    }
    const back = await attempt(() => this.reject(session, 'aborted', failure));
    const images = previous?.images ?? [];
    if (!back.ok)
      return {
        status: 'failed',
        message: `the ${this.track} could not be removed: ${back.failure}; run action: reject`,
        images,
        record: { status: 'failed', message: `${failure}; reject failed: ${back.failure}` },
        progress: await this.report(session, 'deploy'),
      };
    return {
      status: 'rolled-back',
      message: `rejected: traffic is back on ${previous ? `revision ${previous.revision}` : 'the stable version'} and the ${this.track} is removed`,
      images,
      record: { status: 'failed', message: failure },
      progress: await this.report(session, 'deploy'),
    };
  }

  /** A first deploy: nothing runs yet to compare the new version with, so it is deployed as is. */
  private async plainDeploy(context: StrategyContext, workloads: Workload[]): Promise<Rollout> {
    this.sessions.set(context, 'plain');
    const running = workloads.filter((w) => w.live);
    const note =
      running.length === 0
        ? `first deploy: ${workloads.length ? `${labels(workloads.map((w) => w.object))} ${workloads.length === 1 ? 'does' : 'do'} not run yet` : 'the manifests hold no Deployment'}, so there is no stable version to run a ${this.name} beside; deployed as is (strategy basic)`
        : `no Deployment's pod template changes (${labels(running.map((w) => w.object))} ${running.length === 1 ? 'runs' : 'run'} these pods already), so there is no new version to run a ${this.name} of; deployed as is (strategy basic)`;
    context.run.mark(`release ${context.run.options.release}`, note);
    const rollout = await basicStrategy.rollout(context);
    const state = this.initialState(context);
    state.plain = true;
    state.phase = rollout.failure ? 'aborted' : 'promoted';
    state.weight = rollout.failure ? 0 : 100;
    state.step = state.steps.length;
    state.history.push({ at: new Date().toISOString(), step: 0, weight: state.weight, text: note });
    context.record.progress = state;
    return { ...rollout, progress: { ...reportOf(context.run, context.record, state, 'deploy', []), note } };
  }

  private initialState(context: StrategyContext): ProgressState {
    const digest = digestObjects(context.objects);
    return {
      strategy: this.name,
      method: this.method,
      phase: 'progressing',
      step: 0,
      weight: 0,
      steps: this.steps,
      checks: withoutSecrets(this.settings.checks),
      images: context.record.images,
      digest: digest.digest,
      objectDigests: digest.objects,
      stableRevision: context.previous?.revision,
      workloads: [],
      derived: [],
      routing: [],
      createdEarly: [],
      deferred: [],
      restore: [],
      stableWorkloads: [],
      history: [],
      measurements: [],
    };
  }

  /** The Services in front of the copies, for the Services of the rolled-out workloads. */
  private pairsOf(rolled: Workload[]): ServicePair[] {
    if (!this.router.separate) return [];
    return rolled.flatMap((w) =>
      w.services.map((service) => ({
        service,
        copy: copyService(service, w.object, `${service.metadata.name}-${this.serviceSuffix}`, this.track),
      })),
    );
  }

  /** Creates what the rollout needs before its first step: new objects, the copies and their Services. */
  private async start(session: Session, context: StrategyContext, workloads: Workload[]): Promise<Model> {
    const { state } = session;
    const rolled = workloads.filter(templateChanges);
    const fresh = workloads.filter((w) => !w.live);
    if (this.router.separate) for (const w of rolled) checkSeparated(w.services, w.object, this.track);
    const pairs = this.pairsOf(rolled);
    const entries = this.router.entries(
      session.objects,
      pairs.map((p) => p.service),
    );
    if (entries.length === 0 && this.router.missing && rolled.length > 0)
      throw new UserError(
        `${this.methodInput} ${this.method}: ${this.router.missing(rolled.flatMap((w) => w.services))}`,
      );
    const bases = await Promise.all(
      entries.map(async (entry) => stableVersion(entry, session.previous, await session.live(entry)) ?? entry),
    );
    const model: Model = { rolled, pairs, bases };
    const copies = await this.copies(session, model, 0);
    const derived = [...copies, ...pairs.map((p) => p.copy)];
    const routing = without(
      await this.router.route({ client: session.client, bases, pairs, weight: 0, track: this.track }),
      session.objects,
    );

    const skip = new Set([...rolled.map((w) => identity(w.object)), ...entries.map(identity)]);
    const others = context.planned.filter((p) => !skip.has(identity(p.object)));
    const early = others.filter((p) => p.action === 'create').map((p) => p.object);
    const deferred = others.filter((p) => p.action === 'configure').map((p) => p.object);
    const changedEntries = entries.filter((e, i) => digestObjects([e]).digest !== digestObjects([bases[i]]).digest);

    Object.assign(state, {
      workloads: rolled.map((w) => ({
        label: w.label,
        namespace: w.object.metadata.namespace!,
        name: w.object.metadata.name!,
        track: `${w.object.metadata.name}-${this.track}`,
        ...(copies.some((c) => c.metadata.name === `${w.object.metadata.name}-baseline`)
          ? { baseline: `${w.object.metadata.name}-baseline` }
          : {}),
        services: w.services.map((s) => s.metadata.name!),
        ...(w.autoscaler ? { autoscaler: w.autoscaler } : {}),
      })),
      derived: derived.map(refOf),
      routing: routing.map(refOf),
      createdEarly: early.map(refOf),
      deferred: [...deferred, ...changedEntries].map(objectLabel),
      restore: bases,
      stableWorkloads: rolled.map((w) => w.stable!),
    });
    await session.validate(derived);
    await session.save('progressing');

    session.note(this.describe(model));
    for (const w of fresh) session.note(`${w.label} does not run yet: created as is, with nothing to compare it with`);
    for (const w of rolled.filter((x) => x.autoscaler))
      session.note(
        `${w.label} is scaled by ${w.autoscaler}: the copies are sized from its ${liveReplicas(w)} live replicas and its replica count is never changed`,
      );
    if (state.deferred.length)
      session.note(`applied at promote (they run in the stable version now): ${state.deferred.join(', ')}`);
    const config = deferred.filter((o) => o.apiVersion === 'v1' && (o.kind === 'ConfigMap' || o.kind === 'Secret'));
    if (config.length)
      session.run.log.warning(
        `${labels(config)} change${config.length === 1 ? 's' : ''} only at promote, so the ${this.track} reads ${config.length === 1 ? 'its' : 'their'} current content: to try a config change in the ${this.track}, give the changed config a new name (a content hash suffix, as kustomize's generators do)`,
      );
    await session.apply(early);
    await session.applyDirect(derived, true);
    await session.waitReady([...early, ...copies], `the ${this.track} did not become ready`);
    session.note(`${labels(copies.filter((c) => (c.spec?.replicas ?? 1) > 0)) || labels(copies)} ready`);
    await session.save();
    return model;
  }

  protected get methodInput(): string {
    return this.name === 'canary' ? 'traffic-split-method' : 'route-method';
  }

  /** A new deploy replaces a rollout in progress: its leftovers the new one does not reuse are removed. */
  private async retire(session: Session, running: NonNullable<StrategyContext['previous']>): Promise<void> {
    const old = running.progress!;
    const keep = new Set(
      [...session.state.derived, ...session.state.routing, ...session.objects.map(refOf)].map((r) =>
        identity({ ...r, metadata: r }),
      ),
    );
    const leftovers = [...old.routing, ...old.derived, ...old.createdEarly].filter(
      (r) => !keep.has(identity({ ...r, metadata: r })),
    );
    await session.remove(leftovers);
    old.phase = 'rejected';
    old.message = `replaced by revision ${session.record.revision}`;
    await session.store.setStatus(running, 'rejected', old.message);
    session.note(`revision ${running.revision}, in progress, is replaced by this one`);
  }

  /** Runs the plan from where it stands; at its end, promotes. */
  private async advance(session: Session, model: Model): Promise<ProgressOutcome> {
    const outcome = await runPlan(session, this.hooks(session, model));
    if (outcome !== 'completed') return outcome;
    const before = await this.beforePromote(session, model);
    if (before && before !== 'completed') return before;
    await this.promoteNow(session, model);
    return 'promoted';
  }

  // ---- promote and reject ----------------------------------------------------------------------

  /** The model of a rollout started in an earlier run, from its record. */
  async model(session: Session): Promise<Model> {
    const { state } = session;
    const names = new Set(state.workloads.map((w) => w.label));
    const workloads = (await findWorkloads(session.client, session.objects, session.previous)).filter((w) =>
      names.has(w.label),
    );
    const stable = new Map(state.stableWorkloads.map((o) => [identity(o), o]));
    const rolled = workloads.map((w) => ({ ...w, stable: stable.get(identity(w.object)) ?? w.stable }));
    return { rolled, pairs: this.pairsOf(rolled), bases: state.restore };
  }

  /** A later run's promote: the rest of the plan, then the promote proper. Aborted means rejected by analysis. */
  async promote(session: Session): Promise<ProgressOutcome> {
    if (session.settings.checks.length > 0) session.state.checks = withoutSecrets(session.settings.checks);
    const model = await this.model(session);
    const remaining = session.state.steps.slice(session.state.step).map(describeStep);
    session.note(`promote${remaining.length ? `: the plan goes on with ${remaining.join(', ')}` : ''}`);
    const outcome = await this.advance(session, model);
    if (outcome === 'aborted') await this.reject(session, 'aborted', session.state.message ?? 'analysis failed');
    return outcome;
  }

  /**
   * The promote proper: the user's Deployments (and every other object of the manifests but
   * the ones traffic runs through) get the new version and are waited on; then traffic returns
   * to them (routes as written, the method's own objects removed); after scale-down-delay the
   * copies go. A Deployment an HPA scales keeps its live replica count.
   */
  protected async promoteNow(session: Session, model: Model): Promise<void> {
    const { state } = session;
    state.promoting = true;
    state.phase = 'progressing';
    await session.save('progressing');
    session.note("promoting: the new version goes to the user's own workloads");
    for (const w of model.rolled) w.live = await session.live(w.object);
    const inPlace = new Set(state.restore.map(identity));
    const entries = session.objects.filter((o) => inPlace.has(identity(o)));
    const rest = session.objects.filter((o) => !inPlace.has(identity(o))).map((o) => this.keepReplicas(o, model));
    await session.apply(rest);
    await session.waitReady(rest, 'promote: the new version did not become ready');
    await session.apply(entries);
    await session.remove(state.routing);
    state.weight = 100;
    state.routed = false;
    session.note(`all traffic on the new version in ${labels(model.rolled.map((w) => w.object))}`);
    await session.save();
    if (this.router.separate && this.settings.scaleDownDelayMs > 0) {
      session.note(
        `scale-down-delay: the ${this.track} goes in ${this.settings.scaleDownDelayMs / 1000}s, once connections to it drained`,
      );
      await session.sleep(this.settings.scaleDownDelayMs);
    }
    await session.remove(state.derived);
    state.promoting = false;
    state.phase = 'promoted';
    state.message = undefined;
    session.note('promoted');
    await session.save();
  }

  /** A Deployment an HPA scales is applied with its live replica count, so the apply does not fight the HPA. */
  private keepReplicas(object: KObject, model: Model): KObject {
    if (!isDeployment(object)) return object;
    const workload = model.rolled.find((w) => identity(w.object) === identity(object));
    if (!workload?.autoscaler || workload.live?.spec?.replicas === undefined) return object;
    return { ...object, spec: { ...object.spec, replicas: workload.live.spec.replicas } };
  }

  /**
   * Returns traffic to the stable version first (the objects traffic runs through re-applied as
   * they were, the method's own objects removed; and, if a promote had begun changing the
   * user's Deployments, those re-applied as they were and waited on), then, after
   * scale-down-delay, removes the copies and the objects the rollout created. Safe to repeat.
   */
  async reject(session: Session, phase: Extract<Phase, 'rejected' | 'aborted'>, why: string): Promise<void> {
    const { state } = session;
    session.note(`${phase === 'aborted' ? 'aborting' : 'rejecting'}: ${why}`);
    const routed = state.routed || state.promoting;
    if (routed) {
      await session.applyDirect(state.restore, true);
      await session.remove(state.routing);
    }
    if (state.promoting) {
      const model = await this.model(session);
      const stable = state.stableWorkloads.map((o) => this.keepReplicas(o, model));
      await session.apply(stable, true);
      await session.waitReady(stable, 'reject: the stable version did not become ready again');
    }
    state.weight = 0;
    state.routed = false;
    state.promoting = false;
    session.note(`all traffic on ${state.stableRevision ? `revision ${state.stableRevision}` : 'the stable version'}`);
    await session.save();
    if (routed && this.router.separate && this.settings.scaleDownDelayMs > 0)
      await session.sleep(this.settings.scaleDownDelayMs);
    const stableIds = new Set((session.previous?.objects ?? []).map(identity));
    await session.remove(state.routing);
    await session.remove([
      ...state.derived,
      ...state.createdEarly.filter((r) => !stableIds.has(identity({ ...r, metadata: r }))),
    ]);
    state.phase = phase;
    state.message = why;
    session.note(phase === 'aborted' ? 'aborted' : 'rejected');
    await session.save(phase === 'rejected' ? 'rejected' : undefined);
  }

  /** The report of a run: the state, and what runs where now (left out when the cluster cannot be read). */
  async report(session: Session, action: ProgressReport['action']): Promise<ProgressReport> {
    const rows = await placement(session).catch((error) => {
      session.run.log.warning(`Could not read what runs where: ${(error as Error).message}`);
      return [];
    });
    return reportOf(session.run, session.record, session.state, action, rows);
  }
}
