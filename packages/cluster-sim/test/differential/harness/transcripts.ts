/**
 * Compares two transcripts of one sequence and sorts the differences into those a known
 * limit of cluster-sim explains (listed in its README) and those nothing explains (bugs).
 */
import { compare, describeDifference, type Difference } from './compare.js';
import type { TranscriptEntry } from './runner.js';
import type { Sequence } from './sequence.js';

export interface KnownLimit {
  /** Which sequences, steps and paths it explains. */
  sequence?: RegExp;
  step?: RegExp;
  path: RegExp;
  /** Why cluster-sim differs there (the README's known limits say the same). */
  why: string;
}

export interface StepDifference extends Difference {
  sequence: string;
  step: string;
  limit?: KnownLimit;
}

export function diffTranscripts(
  sequence: Sequence,
  sim: TranscriptEntry[],
  real: TranscriptEntry[],
  limits: KnownLimit[],
): StepDifference[] {
  const out: StepDifference[] = [];
  const n = Math.max(sim.length, real.length);
  for (let i = 0; i < n; i++) {
    const step = real[i]?.label ?? sim[i]?.label ?? `${i + 1}`;
    for (const d of compare(sim[i]?.value, real[i]?.value)) {
      const limit = limits.find(
        (l) => (!l.sequence || l.sequence.test(sequence.name)) && (!l.step || l.step.test(step)) && l.path.test(d.path),
      );
      out.push({ ...d, sequence: sequence.name, step, limit });
    }
  }
  return out;
}

export function describeStepDifference(d: StepDifference): string {
  return `${d.sequence} / ${d.step} / ${describeDifference(d)}`;
}
