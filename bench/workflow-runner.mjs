#!/usr/bin/env node
// Benchmark: the local workflow runner's overhead per step (issue 13). A workflow of one job
// with N `run:` steps against the same workflow with one step, each step `true`; the runner's
// time per extra step beside bash running the same command N times (what the step itself
// costs). The GitHub runner and act cannot run here (no network, no Docker), so the figure is
// the runner's own: parsing, expressions, the file commands, the step's process.
//   node bench/workflow-runner.mjs [--steps 40] [--runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import { median, printTable } from './lib/measure.mjs';

// As the runner's CLI loads itself (packages/workflow-runner/bin/kube-release.js).
register();
const { runWorkflow, TextReporter } = await import('../packages/workflow-runner/src/index.ts');

const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const STEPS = arg('--steps', 40);
const RUNS = arg('--runs', 5);

function repositoryWith(steps) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  const lines = Array.from({ length: steps }, (_, i) => `      - name: step ${i + 1}\n        run: 'true'`);
  writeFileSync(
    join(dir, '.github', 'workflows', 'steps.yml'),
    `name: steps\non: push\njobs:\n  steps:\n    runs-on: ubuntu-24.04\n    steps:\n${lines.join('\n')}\n`,
  );
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'steps');
  return dir;
}

async function timeWorkflow(dir) {
  const started = performance.now();
  const result = await runWorkflow({
    workflow: join(dir, '.github', 'workflows', 'steps.yml'),
    event: 'push',
    payload: { ref: 'refs/heads/main' },
    repositoryName: 'bench/steps',
    workspace: join(dir, 'runs'),
    reporter: new TextReporter(() => undefined),
  });
  if (result.result !== 'success') throw new Error(`the workflow ended ${result.result}`);
  return performance.now() - started;
}

function timeBash(steps) {
  const started = performance.now();
  for (let i = 0; i < steps; i += 1) spawnSync('bash', ['-e', '-c', 'true'], { stdio: 'ignore' });
  return performance.now() - started;
}

const many = repositoryWith(STEPS);
const one = repositoryWith(1);
const manyTimes = [];
const oneTimes = [];
const bashTimes = [];
try {
  await timeWorkflow(one); // warm-up: module loading
  for (let run = 0; run < RUNS; run += 1) {
    oneTimes.push(await timeWorkflow(one));
    manyTimes.push(await timeWorkflow(many));
    bashTimes.push(timeBash(STEPS));
  }
} finally {
  rmSync(many, { recursive: true, force: true });
  rmSync(one, { recursive: true, force: true });
}
const perStep = (median(manyTimes) - median(oneTimes)) / (STEPS - 1);
const bashPerStep = median(bashTimes) / STEPS;
printTable(
  ['what', `median of ${RUNS}`],
  [
    ['workflow, 1 step', `${median(oneTimes).toFixed(0)} ms`],
    [`workflow, ${STEPS} steps`, `${median(manyTimes).toFixed(0)} ms`],
    ['runner, per extra step', `${perStep.toFixed(1)} ms`],
    ['bash -c true, per run', `${bashPerStep.toFixed(1)} ms`],
    ["runner's overhead per step", `${(perStep - bashPerStep).toFixed(1)} ms`],
  ],
);
