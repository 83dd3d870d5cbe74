import type { Check, CheckTarget } from '../analysis/config.js';
import { formatValue } from '../analysis/measurement.js';
import { type AnalysisResult, runAnalysis } from '../analysis/run.js';
import { describeStep } from './plan.js';
import type { Session } from './session.js';

/** How running the plan ended: at an untimed pause, at its end, or stopped by analysis. */
export type PlanOutcome = 'paused' | 'completed' | 'aborted' | 'inconclusive';

export interface PlanHooks {
  /** Makes `weight`% of the traffic go to the new version; returns the share it really gets. */
  setWeight(weight: number): Promise<number>;
  /** What checks are filled in with. */
  target(): CheckTarget;
}

/** Runs checks and records each measurement in the state and the log. */
export async function analyse(
  session: Session,
  checks: Check[],
  target: CheckTarget,
  step: number,
  mode: { count: true } | { durationMs: number },
): Promise<AnalysisResult> {
  const result = await runAnalysis(checks, target, {
    mode,
    step,
    measure: session.settings.measure,
    onMeasurement: (m) => {
      session.state.measurements.push(m);
      session.run.log.info(
        `analysis ${m.check}: ${m.display} — ${m.outcome}${m.message && m.message !== m.display ? ` (${m.message})` : ''}${m.value !== undefined && !m.display.includes(formatValue(m.value)) ? ` [${formatValue(m.value)}]` : ''}`,
      );
    },
  });
  return result;
}

/**
 * Runs the plan from the state's next step: weights, timed pauses (with every check measuring
 * while they last), analysis steps (the named checks, `count` measurements each). Stops at an
 * untimed pause (`paused`), when analysis fails (`aborted`) or has no data (`inconclusive`:
 * a human decides, nothing is promoted), or at the end (`completed`). The state is saved
 * after every step, so a later run continues where this one ended.
 */
export async function runPlan(session: Session, hooks: PlanHooks): Promise<PlanOutcome> {
  const { state } = session;
  while (state.step < state.steps.length) {
    const index = state.step;
    const number = index + 1;
    const step = state.steps[index];
    if ('pause' in step && step.pause === 'until-promoted') {
      state.step = number;
      state.phase = 'paused';
      session.note('paused until a run with action: promote (or reject)', number);
      await session.save('progressing');
      return 'paused';
    }
    state.phase = 'progressing';
    session.note(describeStep(step), number);
    let analysis: AnalysisResult | undefined;
    if ('weight' in step) {
      state.weight = await hooks.setWeight(step.weight);
      session.note(`the new version gets ${state.weight}% of the traffic`, number);
    } else if ('pause' in step && step.pause !== 'until-promoted') {
      if (session.checks.length > 0)
        analysis = await analyse(session, session.checks, hooks.target(), number, {
          durationMs: step.pause.durationMs,
        });
      else await session.sleep(step.pause.durationMs);
    } else if ('analysis' in step) {
      const checks = session.checks.filter((c) => step.analysis.includes(c.name));
      analysis = await analyse(session, checks, hooks.target(), number, { count: true });
    }
    if (analysis && analysis.verdict !== 'successful') {
      state.message = analysis.problems.join('; ');
      if (analysis.verdict === 'failed') {
        session.note(`analysis failed: ${state.message}`, number);
        await session.save();
        return 'aborted';
      }
      state.step = number;
      state.phase = 'paused';
      session.note(`analysis inconclusive, so paused instead of going on: ${state.message}`, number);
      await session.save('progressing');
      return 'inconclusive';
    }
    if (analysis) session.note(`analysis passed (${analysis.measurements.length} measurements)`, number);
    state.step = number;
    await session.save();
  }
  return 'completed';
}
