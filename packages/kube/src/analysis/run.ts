import type { Check, CheckTarget } from './config.js';
import { measureHttp } from './http.js';
import type { Measurement, Outcome, Reading } from './measurement.js';
import { measurePrometheus } from './prometheus.js';

export type Verdict = Outcome;

export interface AnalysisResult {
  verdict: Verdict;
  measurements: Measurement[];
  /** One line per check that did not succeed: what was measured and against what. */
  problems: string[];
}

export interface AnalysisOptions {
  /** `count`: each check takes its `count` measurements. `duration`: as many as fit in it. */
  mode: { count: true } | { durationMs: number };
  /** The plan step, recorded with each measurement. */
  step: number;
  onMeasurement?: (measurement: Measurement) => void;
  /** Stops the run early (the verdict is then what was measured so far). */
  signal?: AbortSignal;
  /** A measurer per check (tests); the real ones by default. */
  measure?: (check: Check, target: CheckTarget) => Promise<Reading>;
}

export function measureCheck(check: Check, target: CheckTarget): Promise<Reading> {
  return check.type === 'prometheus' ? measurePrometheus(check, target) : measureHttp(check, target);
}

/** Waits `ms`, or less when the signal fires. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

interface CheckTally {
  check: Check;
  measurements: Measurement[];
  failed: number;
  inconclusive: number;
}

function verdictOf(tally: CheckTally): Verdict {
  if (tally.failed > tally.check.failureLimit) return 'failed';
  if (tally.inconclusive > tally.check.inconclusiveLimit) return 'inconclusive';
  return 'successful';
}

function problemOf(tally: CheckTally, verdict: Verdict): string {
  const bad = tally.measurements.filter((m) => m.outcome === verdict);
  const values = [...new Set(bad.map((m) => m.message ?? m.display))].slice(-3);
  const limit = verdict === 'failed' ? tally.check.failureLimit : tally.check.inconclusiveLimit;
  return `check "${tally.check.name}" ${verdict === 'failed' ? 'failed' : 'was inconclusive'}: ${bad.length} of ${tally.measurements.length} measurements ${verdict} (${verdict === 'failed' ? 'failure' : 'inconclusive'}-limit ${limit}): ${values.join('; ')}`;
}

/**
 * Runs checks side by side against the new version: one measurement per check every
 * `interval`, the first after one interval (the new version needs time to be measured).
 * A check fails as soon as its failures pass `failure-limit`, which stops every check; at the
 * end a check with more inconclusive measurements than `inconclusive-limit` is inconclusive.
 * The run fails when a check failed, is inconclusive when one was, and succeeds otherwise.
 */
export async function runAnalysis(
  checks: Check[],
  target: CheckTarget,
  options: AnalysisOptions,
): Promise<AnalysisResult> {
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const measure = options.measure ?? measureCheck;
  const started = Date.now();
  const tallies = checks.map((check): CheckTally => ({ check, measurements: [], failed: 0, inconclusive: 0 }));
  const all: Measurement[] = [];

  await Promise.all(
    tallies.map(async (tally) => {
      const { check } = tally;
      for (let taken = 0; !stop.signal.aborted;) {
        if ('count' in options.mode) {
          if (taken >= check.count) return;
        } else if (Date.now() - started + check.intervalMs > options.mode.durationMs) return;
        await pause(check.intervalMs, stop.signal);
        if (stop.signal.aborted) return;
        const reading = await measure(check, target);
        taken += 1;
        const measurement: Measurement = {
          check: check.name,
          at: new Date().toISOString(),
          step: options.step,
          ...reading,
        };
        tally.measurements.push(measurement);
        all.push(measurement);
        if (measurement.outcome === 'failed') tally.failed += 1;
        if (measurement.outcome === 'inconclusive') tally.inconclusive += 1;
        options.onMeasurement?.(measurement);
        if (tally.failed > check.failureLimit) stop.abort();
      }
    }),
  );
  options.signal?.removeEventListener('abort', onAbort);

  const verdicts = tallies.map((tally) => ({ tally, verdict: verdictOf(tally) }));
  const verdict: Verdict = verdicts.some((v) => v.verdict === 'failed')
    ? 'failed'
    : verdicts.some((v) => v.verdict === 'inconclusive')
      ? 'inconclusive'
      : 'successful';
  return {
    verdict,
    measurements: all,
    problems: verdicts.filter((v) => v.verdict !== 'successful').map((v) => problemOf(v.tally, v.verdict)),
  };
}
