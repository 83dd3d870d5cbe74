import type { CheckTarget } from '../analysis/config.js';
import type { KObject } from '../client.js';
import { copyDeployment } from '../progressive/copies.js';
import type { Step } from '../progressive/plan.js';
import { type Model, ProgressiveRollout } from '../progressive/rollout.js';
import type { PlanHooks } from '../progressive/runner.js';
import { type ProgressiveSettings, type Session, labels, without } from '../progressive/session.js';
import { liveReplicas } from '../progressive/workloads.js';
import { type CanaryMethod, canaryRouter, podSplit } from '../traffic/index.js';

/** What checks are filled in with: the new version, its namespace and the names of the Deployments running it. */
export function copiesTarget(session: Session, model: Model, suffix: string): CheckTarget {
  return {
    version: session.record.version,
    namespace: model.rolled[0]?.object.metadata.namespace ?? session.options.namespace,
    name: model.rolled.map((w) => `${w.object.metadata.name}-${suffix}`).join('|'),
  };
}

/**
 * Canary: `<name>-canary` runs the new version beside each Deployment, and the plan's weight
 * steps move traffic to it — by replica ratio beside a `<name>-baseline` (pod), or by the
 * weights of HTTPRoutes (gateway-api), a canary Ingress (ingress-nginx) or a TrafficSplit
 * (smi), through `<service>-canary` Services.
 */
export class CanaryRollout extends ProgressiveRollout {
  readonly name = 'canary' as const;
  protected readonly track = 'canary' as const;
  protected readonly serviceSuffix = 'canary';

  constructor(method: CanaryMethod, steps: Step[], settings: ProgressiveSettings) {
    super(method, canaryRouter(method), steps, settings);
  }

  private get byPod(): boolean {
    return this.method === 'pod';
  }

  /** Replicas of a canary beside `stable` replicas at `weight`%. */
  private canaryReplicas(stable: number, weight: number): number {
    if (this.byPod) return podSplit(stable, weight).copies;
    return this.settings.baselineAndCanaryReplicas ?? Math.max(1, Math.ceil((stable * weight) / 100));
  }

  protected async copies(_session: Session, model: Model, weight: number): Promise<KObject[]> {
    return model.rolled.flatMap((w) => {
      const replicas = this.canaryReplicas(liveReplicas(w), weight);
      const canary = copyDeployment(w.object, 'canary', this.byPod ? 'shared' : 'separate', replicas);
      return this.byPod ? [canary, copyDeployment(w.stable!, 'baseline', 'shared', replicas)] : [canary];
    });
  }

  protected hooks(session: Session, model: Model): PlanHooks {
    return {
      target: () => copiesTarget(session, model, 'canary'),
      setWeight: async (weight) => {
        // The stable side's live size (an HPA may have changed it since the last step).
        for (const w of model.rolled) w.live = await session.live(w.object);
        const copies = await this.copies(session, model, weight);
        await session.applyDirect(copies, true);
        await session.waitReady(copies, `the canary did not become ready at ${weight}%`);
        if (this.byPod) {
          const stable = model.rolled.reduce((sum, w) => sum + liveReplicas(w), 0);
          const canaries = model.rolled.reduce((sum, w) => sum + this.canaryReplicas(liveReplicas(w), weight), 0);
          return stable + 2 * canaries === 0 ? 0 : Math.round((canaries / (stable + 2 * canaries)) * 100);
        }
        const routed = await this.router.route({
          client: session.client,
          bases: model.bases,
          pairs: model.pairs,
          weight,
          track: 'canary',
        });
        const own = without(routed, session.objects);
        session.state.routed = true;
        await session.save();
        await session.applyDirect(without(routed, own));
        await session.applyDirect(own, true);
        return weight;
      },
    };
  }

  protected describe(model: Model): string {
    const copies = model.rolled.map((w) => `${w.object.metadata.name}-canary`).join(', ');
    return `canary (${this.method}): ${copies} ${model.rolled.length === 1 ? 'runs' : 'run'} the new version beside ${labels(model.rolled.map((w) => w.object))}${this.byPod ? ', with a baseline of the stable version at the same size' : `, behind ${model.pairs.map((p) => p.copy.metadata.name).join(', ')}`}`;
  }
}
