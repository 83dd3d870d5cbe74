/**
 * cluster-sim proven, not trusted: every sequence of ./sequences is sent to cluster-sim and to
 * the real control plane (packages/control-plane, built by tools/build.sh), and the answers are
 * compared after normalizing what a server sets on its own. Each difference is a bug in
 * cluster-sim or a known limit (./known-limits.ts, cluster-sim's README). The counts go to
 * .tmp/differential/report.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPair, type Pair } from './harness/clusters.js';
import { runSequence } from './harness/runner.js';
import { describeStepDifference, diffTranscripts, type StepDifference } from './harness/transcripts.js';
import { KNOWN_LIMITS } from './known-limits.js';
import { SEQUENCES } from './sequences/index.js';

let pair: Pair;
const found: StepDifference[] = [];
let compared = 0;

beforeAll(async () => {
  pair = await startPair();
}, 240_000);

afterAll(async () => {
  await pair?.stop();
  const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..'), '.tmp', 'differential');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'report.json'),
    JSON.stringify(
      {
        sequences: compared,
        differences: found.length,
        listed: found.filter((d) => d.limit).length,
        unexplained: found.filter((d) => !d.limit).map(describeStepDifference),
      },
      null,
      2,
    ),
  );
});

describe('cluster-sim answers as the real API server does', () => {
  test.each(SEQUENCES.map((s) => [s.name, s] as const))('%s', async (_name, sequence) => {
    const [sim, real] = await Promise.all([runSequence(pair.sim, sequence), runSequence(pair.real, sequence)]);
    compared++;
    const differences = diffTranscripts(sequence, sim, real, KNOWN_LIMITS);
    found.push(...differences);
    expect(differences.filter((d) => !d.limit).map(describeStepDifference)).toEqual([]);
  });

  test('every known limit still shows: a limit that no longer differs is taken off the list', () => {
    const stale = KNOWN_LIMITS.filter((limit) => !found.some((d) => d.limit === limit)).map((l) => l.why);
    expect(stale).toEqual([]);
  });
});
