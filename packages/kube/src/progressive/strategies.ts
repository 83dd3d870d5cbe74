import { BlueGreenRollout } from '../strategies/blue-green.js';
import { CanaryRollout } from '../strategies/canary.js';
import type { CanaryMethod, RouteMethod } from '../traffic/index.js';
import type { Step } from './plan.js';
import type { ProgressiveRollout } from './rollout.js';
import type { ProgressiveSettings } from './session.js';

/** The canary or blue-green rollout of a strategy name and its traffic method. */
export function progressiveStrategy(
  name: 'canary' | 'blue-green',
  method: string,
  steps: Step[],
  settings: ProgressiveSettings,
): ProgressiveRollout {
  return name === 'canary'
    ? new CanaryRollout(method as CanaryMethod, steps, settings)
    : new BlueGreenRollout(method as RouteMethod, steps, settings);
}
