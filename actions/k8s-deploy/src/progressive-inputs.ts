import * as core from '@actions/core';
import { InputError, maskSecret, parseDuration, readBoolean, readDuration, readEnum, readOptional } from '@kra/core';
import {
  CANARY_METHODS,
  ROUTE_METHODS,
  type ReleaseRun,
  checkSecrets,
  parseAnalysis,
  parseSteps,
  resolvePlan,
} from '@kra/kube';

function optionalInteger(name: string, min: number, max: number): number | undefined {
  const value = readOptional(name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw new InputError(name, `is "${value}": use a whole number from ${min} to ${max}`);
  return Number(value);
}

/** version-switch-buffer: minutes as Azure/k8s-deploy takes them (0–300), or a duration (90s, 5m). */
function switchBuffer(): number {
  const value = readOptional('version-switch-buffer') ?? '0';
  if (/^\d+$/.test(value)) {
    if (Number(value) > 300) throw new InputError('version-switch-buffer', `is ${value} minutes: use at most 300`);
    return Number(value) * 60_000;
  }
  const ms = parseDuration(value);
  if (ms === undefined)
    throw new InputError('version-switch-buffer', `is "${value}": use minutes (5) or a duration (90s, 5m)`);
  return ms;
}

/**
 * The strategy, action and canary/blue-green inputs, read and checked before anything runs.
 * The analysis checks' tokens and credential headers are masked first thing.
 */
export function readReleaseRun(): ReleaseRun {
  const analysisText = core.getInput('analysis');
  const checks = parseAnalysis('analysis', analysisText);
  for (const secret of checkSecrets(checks)) maskSecret(secret);
  const strategy = readEnum('strategy', ['basic', 'canary', 'blue-green'] as const, 'basic');
  const action = readEnum('action', ['deploy', 'promote', 'reject'] as const, 'deploy');
  const trafficSplitMethod = readEnum('traffic-split-method', CANARY_METHODS, 'pod');
  const routeMethod = readEnum('route-method', ROUTE_METHODS, 'service');
  const steps = parseSteps('steps', core.getInput('steps'));
  const percentage = optionalInteger('percentage', 0, 100);
  if (action === 'deploy' && strategy === 'basic') {
    for (const name of ['steps', 'percentage', 'analysis'])
      if (readOptional(name) !== undefined)
        throw new InputError(name, 'is set but strategy is basic: set strategy: canary or blue-green to use it');
  }
  const progressive = strategy === 'basic' ? 'canary' : strategy;
  return {
    strategy,
    action,
    trafficSplitMethod,
    routeMethod,
    steps:
      action === 'deploy' && strategy !== 'basic'
        ? resolvePlan({ strategy: progressive, steps, percentage, checks: checks.map((c) => c.name) })
        : steps,
    force: readBoolean('force', false),
    settings: {
      checks,
      scaleDownDelayMs: readDuration('scale-down-delay', '30s'),
      versionSwitchBufferMs: switchBuffer(),
      baselineAndCanaryReplicas: optionalInteger('baseline-and-canary-replicas', 1, 1000),
    },
  };
}
