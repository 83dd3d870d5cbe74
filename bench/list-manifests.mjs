#!/usr/bin/env node
// Benchmark: list-manifests on a generated tree of 10,000 manifests (2,000 ConfigMaps and
// Secrets, 8,000 workloads), against the shell way (a `find` loop that greps each file for
// `kind:` and then the images, as a list-manifests.sh would), in the same run.
// Runs the committed bundle dist/list-manifests/index.js the way the runner does (INPUT_*
// variables, GITHUB_OUTPUT). Prints a table; exits non-zero only on errors (a missed target
// is printed as MISSED).
//   node bench/list-manifests.mjs [--runs 5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestTree, writeTree } from './lib/manifest-tree.mjs';
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

const TARGET_MS = 1500;
const TARGET_MB = 300;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

const SHELL_WAY = `#!/usr/bin/env bash
# list-manifests.sh: the manifests under $1 and the images they use
set -euo pipefail
files=()
while IFS= read -r file; do
  if grep -q '^kind:' "$file"; then files+=("$file"); echo "$file"; fi
done < <(find "$1" -type f \\( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \\) | sort)
for file in "\${files[@]}"; do grep -h 'image:' "$file" || true; done | sed 's/.*image: *//' | sort -u
`;

async function main() {
  const bundle = join(repoRoot, 'dist', 'list-manifests', 'index.js');
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing: build it with \`node scripts/build-dist.mjs list-manifests\``);
  const work = mkdtempSync(join(tmpdir(), 'bench-list-manifests-'));
  try {
    const workspace = join(work, 'workspace');
    const files = manifestTree({ configs: 2000, workloads: 8000 });
    writeTree(workspace, files);
    // Flush the generator's writes first, so the kernel's writeback does not land inside a timed run.
    execFileSync('sync');
    const script = join(work, 'list-manifests.sh');
    writeFileSync(script, SHELL_WAY, { mode: 0o755 });
    console.log(
      `Generated ${files.size.toLocaleString('en-US')} manifests (2,000 ConfigMaps and Secrets, 8,000 workloads) in ${workspace}`,
    );

    const ours = [];
    let outputs;
    for (let run = 0; run < runs; run += 1) {
      const runnerTemp = join(work, `temp-${run}`);
      mkdirSync(runnerTemp);
      const outputFile = join(runnerTemp, 'output');
      const summaryFile = join(runnerTemp, 'summary');
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const env = actionEnv({
        workspace,
        runnerTemp,
        outputFile,
        summaryFile,
        inputs: { paths: 'deploy', exclude: '', validate: 'structure', namespace: '' },
      });
      const result = await measure(node24(), [bundle], { cwd: workspace, env });
      if (result.exitCode !== 0)
        throw new Error(`list-manifests failed (exit ${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
      outputs = readOutputs(outputFile);
      ours.push(result);
    }
    if (outputs.count !== '10000') throw new Error(`list-manifests listed ${outputs.count} objects, expected 10000`);

    const shell = await measure('bash', [script, 'deploy'], { cwd: workspace });
    if (shell.exitCode !== 0) throw new Error(`the shell way failed: ${shell.stderr}`);
    const shellFiles = shell.stdout.split('\n').filter((line) => line.startsWith('deploy/')).length;

    const wall = median(ours.map((r) => r.wallMs));
    const peak = Math.max(...ours.map((r) => r.peakMb));
    const cpu = ours[0].cpuMs === undefined ? undefined : median(ours.map((r) => r.cpuMs));
    const images = JSON.parse(outputs['images-json']).length;
    console.log(
      `\nMachine: ${await machineLoad()} (wall time is shared with whatever else runs; cpu time is this process's own)`,
    );
    printTable(
      ['what', 'wall time', 'cpu time', 'peak memory', 'target', 'result'],
      [
        [
          `list-manifests (median of ${runs})`,
          seconds(wall),
          seconds(cpu),
          `${peak.toFixed(0)} MB`,
          `≤ ${seconds(TARGET_MS)}, ≤ ${TARGET_MB} MB`,
          wall <= TARGET_MS && peak <= TARGET_MB
            ? 'met'
            : `MISSED${wall > TARGET_MS ? ' (time)' : ''}${peak > TARGET_MB ? ' (memory)' : ''}`,
        ],
        [
          'shell find + grep loop',
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
      `list-manifests: ${outputs.count} objects validated and ordered, ${images} images, bundle written; runs: ${ours.map((r) => seconds(r.wallMs)).join(', ')}`,
    );
    console.log(`shell way: ${shellFiles} files with kind:, no validation, no order, no bundle`);
    console.log(
      `ratio: the shell way takes ${(shell.wallMs / wall).toFixed(1)}x as long as list-manifests (peak memory measured with ${ours[0].method})`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench/list-manifests: ${error.message}`);
  process.exit(1);
});
