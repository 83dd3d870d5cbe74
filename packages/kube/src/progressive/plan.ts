import { InputError, parseDuration } from '@kra/core';
import { readYamlList } from '../yaml-list-input.js';

/**
 * A rollout plan: the `steps` input. Each step sets the new version's traffic weight, pauses
 * (for a time, or until a later run promotes), or runs analysis checks. The plan is kept in
 * the release record, so a promote days later continues it where it paused.
 */
export type Step = { weight: number } | { pause: { durationMs: number } | 'until-promoted' } | { analysis: string[] };

export type StrategyName = 'canary' | 'blue-green';

function durationOf(input: string, index: number, value: unknown): { durationMs: number } | 'until-promoted' {
  if (value === null || value === undefined || value === 'until-promoted') return 'until-promoted';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const duration = (value as Record<string, unknown>).duration;
    if (Object.keys(value).length === 0 || duration === undefined) return 'until-promoted';
    return durationOf(input, index, duration);
  }
  const ms = typeof value === 'number' ? value * 1000 : parseDuration(String(value));
  if (ms === undefined || ms < 0)
    throw new InputError(
      input,
      `step ${index + 1}: pause is ${JSON.stringify(value)}: use a duration (30s, 5m) or until-promoted`,
    );
  return { durationMs: ms };
}

function readStep(input: string, raw: unknown, index: number): Step {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length !== 1)
    throw new InputError(
      input,
      `step ${index + 1} must be one of "weight: 20", "pause: 5m", "pause: until-promoted" or "analysis: <check name>"`,
    );
  const [key, value] = Object.entries(raw)[0];
  if (key === 'weight' || key === 'setWeight') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100)
      throw new InputError(
        input,
        `step ${index + 1}: weight is ${JSON.stringify(value)}: use a whole number from 0 to 100`,
      );
    return { weight: value };
  }
  if (key === 'pause') return { pause: durationOf(input, index, value) };
  if (key === 'analysis') {
    const names = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
    if (names.length === 0)
      throw new InputError(input, `step ${index + 1}: analysis names no check: give a check name or a list of them`);
    return { analysis: names };
  }
  throw new InputError(input, `step ${index + 1} is "${key}": use weight, pause or analysis`);
}

/** Parses the `steps` input (a YAML list). Empty gives []. */
export function parseSteps(input: string, text: string): Step[] {
  return readYamlList(input, text, 'steps (- weight: 20, - pause: 5m, …)').map((raw, index) =>
    readStep(input, raw, index),
  );
}

export interface PlanInputs {
  strategy: StrategyName;
  steps: Step[];
  /** The `percentage` input (canary without steps). */
  percentage?: number;
  /** The names of the `analysis` checks. */
  checks: string[];
}

/**
 * The plan a run follows: the steps as given, checked against the strategy and the checks; or
 * the default: canary at `percentage` (20 when unset) then a pause until promoted; blue-green
 * a pause until promoted.
 */
export function resolvePlan({ strategy, steps, percentage, checks }: PlanInputs): Step[] {
  if (steps.length > 0 && percentage !== undefined)
    throw new InputError(
      'percentage',
      'and "steps" are both set: put the weight in a step (- weight: 20) and leave percentage out',
    );
  for (const [index, step] of steps.entries()) {
    if ('weight' in step && strategy === 'blue-green')
      throw new InputError(
        'steps',
        `step ${index + 1} sets a weight, but blue-green switches all traffic at promote: use pause and analysis steps`,
      );
    if ('analysis' in step)
      for (const name of step.analysis)
        if (!checks.includes(name))
          throw new InputError(
            'steps',
            `step ${index + 1} runs check "${name}", which the "analysis" input does not define${checks.length ? ` (it has ${checks.join(', ')})` : ''}`,
          );
  }
  if (steps.length > 0) {
    if (strategy === 'canary' && !steps.some((s) => 'weight' in s))
      throw new InputError('steps', 'has no weight step: a canary needs at least one (- weight: 20)');
    return steps;
  }
  if (strategy === 'canary') return [{ weight: percentage ?? 20 }, { pause: 'until-promoted' }];
  return [{ pause: 'until-promoted' }];
}

/** How a step reads in the log and the summary. */
export function describeStep(step: Step): string {
  if ('weight' in step) return `weight ${step.weight}%`;
  if ('pause' in step)
    return step.pause === 'until-promoted' ? 'pause until promoted' : `pause ${formatDuration(step.pause.durationMs)}`;
  return `analysis ${step.analysis.join(', ')}`;
}

export function formatDuration(ms: number): string {
  if (ms % 60_000 === 0 && ms >= 60_000) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
