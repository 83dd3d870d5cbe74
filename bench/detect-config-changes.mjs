#!/usr/bin/env node
// Benchmark: detect-config-changes between two refs of a generated repository of 10,000
// manifests (2,000 ConfigMaps and Secrets, 8,000 workloads) that differ in 500 files, run
// through the committed bundle the way the runner runs it: once with explicit refs and once
// on a release event (automatic base: the previous release tag). For scale, the shell way
// (`git diff --name-only` and a grep of each changed file for ConfigMap/Secret, which finds
// changed files but neither the objects that really changed nor the workloads to restart).
// Prints a table; exits non-zero only on errors (a missed target is printed as MISSED).
//   node bench/detect-config-changes.mjs [--runs 5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { twoRefHistory } from './lib/git-history.mjs';
import {
  actionEnv,
  machineLoad,
  measure,
  median,
  node24,
  printTable,
  readOutputs,
  repoRoot,
  seconds,
} from './lib/measure.mjs';

const TARGET_MS = 3000;
const TARGET_MB = 300;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const SHELL_WAY = `#!/usr/bin/env bash
# changed-configs.sh BASE HEAD: files under deploy/ that changed and hold a ConfigMap or Secret
set -euo pipefail
git diff --name-only "$1" "$2" -- deploy | while IFS= read -r file; do
  if git cat-file -e "$2:$file" 2>/dev/null && git show "$2:$file" | grep -qE '^kind: (ConfigMap|Secret)'; then echo "$file"; fi
done
`;

async function runAction(bundle, workspace, work, label, inputs, extra) {
  const results = [];
  let outputs;
  for (let run = 0; run < runs; run += 1) {
    const runnerTemp = join(work, `${label}-${run}`);
    mkdirSync(runnerTemp);
    const outputFile = join(runnerTemp, 'output');
    const summaryFile = join(runnerTemp, 'summary');
    const eventFile = join(runnerTemp, 'event.json');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    writeFileSync(eventFile, JSON.stringify(extra.event ?? {}));
    const env = actionEnv({
      workspace,
      runnerTemp,
      outputFile,
      summaryFile,
      inputs: { paths: 'deploy', exclude: '', 'tag-pattern': 'v*', namespace: '', base: '', ...inputs },
      extra: { GITHUB_EVENT_PATH: eventFile, ...extra.env },
    });
    const result = await measure(node24(), [bundle], { cwd: workspace, env });
    if (result.exitCode !== 0)
      throw new Error(
        `detect-config-changes (${label}) failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`,
      );
    outputs = readOutputs(outputFile);
    results.push(result);
  }
  return {
    results,
    outputs,
    wall: median(results.map((r) => r.wallMs)),
    cpu: results[0].cpuMs === undefined ? undefined : median(results.map((r) => r.cpuMs)),
    peak: Math.max(...results.map((r) => r.peakMb)),
  };
}

async function main() {
  const bundle = join(repoRoot, 'dist', 'detect-config-changes', 'index.js');
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: build it with \`node scripts/build-dist.mjs detect-config-changes\``);
  const work = mkdtempSync(join(tmpdir(), 'bench-detect-config-changes-'));
  try {
    const workspace = join(work, 'repo');
    mkdirSync(workspace);
    const history = twoRefHistory(workspace);
    // Flush the generator's writes first, so the kernel's writeback does not land inside a timed run.
    execFileSync('sync');
    console.log(
      `Generated a repository of 10,000 manifests; v1.0.0 and v1.1.0 differ in ${history.diffFiles} files (${history.changedConfigMaps} ConfigMaps, ${history.changedSecrets} Secrets, ${history.changedWorkloads} workloads)`,
    );
    const explicit = await runAction(bundle, workspace, work, 'explicit', { base: 'v1.0.0', head: 'v1.1.0' }, {});
    const release = await runAction(
      bundle,
      workspace,
      work,
      'release',
      { head: history.head },
      {
        event: { action: 'published', release: { tag_name: 'v1.1.0' } },
        env: {
          GITHUB_EVENT_NAME: 'release',
          GITHUB_REF: 'refs/tags/v1.1.0',
          GITHUB_REF_NAME: 'v1.1.0',
          GITHUB_REF_TYPE: 'tag',
          GITHUB_SHA: history.head,
        },
      },
    );
    if (release.outputs.base !== history.base)
      throw new Error(`the release run compared with ${release.outputs.base}, not v1.0.0 (${history.base})`);
    const changed = JSON.parse(explicit.outputs['changed-configs-json']).length;
    const expected = history.changedConfigMaps + history.changedSecrets;
    if (changed !== expected)
      throw new Error(`detect-config-changes found ${changed} changed configs, expected ${expected}`);
    const restart = JSON.parse(explicit.outputs['restart-json']).length;
    const checksums = Object.keys(JSON.parse(explicit.outputs.checksums)).length;

    const script = join(work, 'changed-configs.sh');
    writeFileSync(script, SHELL_WAY, { mode: 0o755 });
    const shell = await measure('bash', [script, history.base, history.head], { cwd: workspace });
    if (shell.exitCode !== 0) throw new Error(`the shell way failed: ${shell.stderr}`);
    const shellFiles = shell.stdout.split('\n').filter(Boolean).length;

    const verdict = (r) =>
      r.wall <= TARGET_MS && r.peak <= TARGET_MB
        ? 'met'
        : `MISSED${r.wall > TARGET_MS ? ' (time)' : ''}${r.peak > TARGET_MB ? ' (memory)' : ''}`;
    console.log(
      `\nMachine: ${await machineLoad()} (wall time is shared with whatever else runs; cpu time is this process's own)`,
    );
    printTable(
      ['what', 'wall time', 'cpu time', 'peak memory', 'target', 'result'],
      [
        [
          `detect-config-changes, base/head inputs (median of ${runs})`,
          seconds(explicit.wall),
          seconds(explicit.cpu),
          `${explicit.peak.toFixed(0)} MB`,
          `≤ ${seconds(TARGET_MS)}, ≤ ${TARGET_MB} MB`,
          verdict(explicit),
        ],
        [
          `detect-config-changes, release event (median of ${runs})`,
          seconds(release.wall),
          seconds(release.cpu),
          `${release.peak.toFixed(0)} MB`,
          `≤ ${seconds(TARGET_MS)}, ≤ ${TARGET_MB} MB`,
          verdict(release),
        ],
        [
          'shell git diff + grep loop',
          seconds(shell.wallMs),
          seconds(shell.cpuMs),
          `${shell.peakMb.toFixed(0)} MB`,
          '',
          '',
        ],
      ],
    );
    console.log('');
    console.log(
      `detect-config-changes: ${changed} changed configs, ${restart} workloads to restart, checksums for ${checksums} workloads`,
    );
    console.log(
      `shell way: ${shellFiles} changed files holding a ConfigMap or Secret (text, not objects; no workloads, no checksums)`,
    );
    console.log(
      `ratio: the shell way takes ${(shell.wallMs / explicit.wall).toFixed(1)}x as long as detect-config-changes (peak memory measured with ${explicit.results[0].method})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench/detect-config-changes: ${error.message}`);
  process.exit(1);
});
