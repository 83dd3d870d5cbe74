import type { KObject } from '../client.js';
import { copyDeployment } from '../progressive/copies.js';
import type { Step } from '../progressive/plan.js';
import { type Model, ProgressiveRollout } from '../progressive/rollout.js';
import { type PlanHooks, type PlanOutcome, analyse } from '../progressive/runner.js';
import type { ProgressiveSettings, Session } from '../progressive/session.js';
import { labels, without } from '../progressive/session.js';
import { liveReplicas } from '../progressive/workloads.js';
import { type RouteMethod, blueGreenRouter } from '../traffic/index.js';
import { copiesTarget } from './canary.js';

/**
 * Blue-green: `<name>-green` runs the new version at the stable Deployment's full size,
 * behind `<service>-preview` Services for testing, and takes no traffic. Promote runs the
 * checks, waits version-switch-buffer, switches traffic to green by the route method, brings
 * the user's own Deployments to the new version (no traffic reaches them meanwhile) and
 * switches back, so the result runs under the user's names; green goes after
 * scale-down-delay. Reject removes green and leaves traffic alone.
 */
export class BlueGreenRollout extends ProgressiveRollout {
  readonly name = 'blue-green' as const;
  protected readonly track = 'green' as const;
  protected readonly serviceSuffix = 'preview';

  constructor(method: RouteMethod, steps: Step[], settings: ProgressiveSettings) {
    super(method, blueGreenRouter(method), steps, settings);
  }

  protected async copies(_session: Session, model: Model): Promise<KObject[]> {
    return model.rolled.map((w) => copyDeployment(w.object, 'green', 'separate', liveReplicas(w)));
  }

  protected hooks(session: Session, model: Model): PlanHooks {
    return {
      target: () => copiesTarget(session, model, 'green'),
      setWeight: async () => {
        throw new Error('blue-green has no weight steps');
      },
    };
  }

  /** The checks no analysis step of the plan ran, then version-switch-buffer, then the switch to green. */
  protected override async beforePromote(session: Session, model: Model): Promise<PlanOutcome | undefined> {
    const { state } = session;
    const ran = new Set(state.steps.flatMap((s) => ('analysis' in s ? s.analysis : [])));
    const checks = session.checks.filter((c) => !ran.has(c.name));
    if (checks.length > 0) {
      session.note(`analysis before the switch: ${checks.map((c) => c.name).join(', ')}`);
      const result = await analyse(session, checks, copiesTarget(session, model, 'green'), 0, { count: true });
      if (result.verdict !== 'successful') {
        state.message = result.problems.join('; ');
        if (result.verdict === 'failed') {
          session.note(`analysis failed: ${state.message}`);
          await session.save();
          return 'aborted';
        }
        state.phase = 'paused';
        session.note(`analysis inconclusive, so traffic stays where it is: ${state.message}`);
        await session.save('progressing');
        return 'inconclusive';
      }
      session.note(`analysis passed (${result.measurements.length} measurements)`);
    }
    if (this.settings.versionSwitchBufferMs > 0) {
      session.note(`version-switch-buffer: switching in ${this.settings.versionSwitchBufferMs / 1000}s`);
      await session.sleep(this.settings.versionSwitchBufferMs);
    }
    const routed = await this.router.route({
      client: session.client,
      bases: model.bases,
      pairs: model.pairs,
      weight: 100,
      track: 'green',
    });
    const own = without(routed, session.objects);
    state.routed = true;
    await session.save();
    await session.applyDirect(without(routed, own));
    await session.applyDirect(own, true);
    state.weight = 100;
    session.note(
      `traffic switched to ${labels(model.rolled.map((w) => ({ ...w.object, metadata: { ...w.object.metadata, name: `${w.object.metadata.name}-green` } })))} (${this.method})`,
    );
    await session.save();
    return undefined;
  }

  protected describe(model: Model): string {
    return `blue-green (${this.method}): ${model.rolled.map((w) => `${w.object.metadata.name}-green`).join(', ')} ${model.rolled.length === 1 ? 'runs' : 'run'} the new version at full size beside ${labels(model.rolled.map((w) => w.object))}, behind ${model.pairs.map((p) => p.copy.metadata.name).join(', ') || 'no Service'} for testing; no traffic reaches it until promote`;
  }
}
