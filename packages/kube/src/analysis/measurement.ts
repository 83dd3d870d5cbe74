import type { CheckCondition } from './condition.js';
import { holds } from './condition.js';

export type Outcome = 'successful' | 'failed' | 'inconclusive';

/** One measurement of one check. */
export interface Measurement {
  check: string;
  /** ISO time it was taken. */
  at: string;
  /** The plan step it was taken in (1-based; 0 before a blue-green switch). */
  step: number;
  /** The number charted: the query's value, the JSON value, or the response time in ms. */
  value?: number;
  /** How the value reads: `0.012`, `200 in 35 ms`. */
  display: string;
  outcome: Outcome;
  /** Why it failed or was inconclusive. */
  message?: string;
}

/** What a measurer returns; the run adds the check, time and step. */
export type Reading = Pick<Measurement, 'value' | 'display' | 'outcome' | 'message'>;

/**
 * A value against a check's conditions, as Argo Rollouts judges: a failure condition that
 * holds fails; a success condition that holds succeeds; with both written and neither
 * holding the measurement is inconclusive; with one written, not holding decides the other way.
 */
export function judge(value: number, success?: CheckCondition, failure?: CheckCondition): Outcome {
  if (failure && holds(failure, value)) return 'failed';
  if (success) return holds(success, value) ? 'successful' : failure ? 'inconclusive' : 'failed';
  return 'successful';
}

/** A number as the log and the summary show it: up to 4 significant digits. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}
