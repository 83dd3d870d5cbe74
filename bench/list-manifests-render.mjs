#!/usr/bin/env node
// Benchmark: what list-manifests adds on top of `helm template` and `kustomize build` alone,
// on the shared fixtures (microservices-demo-helm with its toggles, podinfo's chart with
// values-prod.yaml, microservices-demo-kustomize, podinfo's dev/staging/production overlays).
// Two figures per input, in the same run:
//  - in-process: in one Node process, the tool spawned alone against list-manifests' whole
//    work on the same input (render, parse, sources, Secret masking, validation, apply
//    order, bundle), alternating; the target (under 20%) is for this: the work list-manifests
//    does beyond running the tool;
//  - step: the committed bundle run as the runner runs it (a new Node process, INPUT_*
//    variables, outputs, summary) against the tool run alone from the shell: what a workflow
//    step costs, Node's start-up and the bundle's loading included.
// Uses the pinned helm and kustomize of tools/build.sh (.tmp/bin). Exits non-zero only on errors.
//   node bench/list-manifests-render.mjs [--runs 11]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionEnv, machineLoad, measure, median, node24, printTable, readOutputs, repoRoot } from './lib/measure.mjs';

const TARGET = 0.2;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 11;
const bin = join(repoRoot, '.tmp', 'bin');
const fixtures = join(repoRoot, '..', 'shared', 'fixtures');
const helm = join(bin, 'helm');
const kustomize = join(bin, 'kustomize');

const chart = (name, path, values = [], set = []) => ({
  name,
  tool: helm,
  args: ['template', 'shop', path, ...values.flatMap((v) => ['--values', v]), ...set.flatMap((s) => ['--set', s])],
  request: {
    helm: { chart: path, values, set, releaseName: 'shop', apiVersions: [], includeCrds: false, plainHttp: false },
    kustomize: [],
    kustomizeEnableHelm: false,
  },
  inputs: {
    'helm-chart': path,
    'helm-values': values.join('\n'),
    'helm-set': set.join('\n'),
    'helm-release-name': 'shop',
  },
});
const overlay = (path) => ({
  name: `kustomize ${path}`,
  tool: kustomize,
  args: ['build', path],
  request: { kustomize: [path], kustomizeEnableHelm: false },
  inputs: { kustomize: path },
});

const CASES = [
  chart('microservices-demo-helm', 'microservices-demo-helm'),
  chart('microservices-demo-helm + network policies', 'microservices-demo-helm', [], ['networkPolicies.create=true']),
  chart(
    'microservices-demo-helm + OpenTelemetry',
    'microservices-demo-helm',
    [],
    ['opentelemetryCollector.create=true'],
  ),
  chart(
    'podinfo chart, values-prod + HTTPRoute + HPA',
    'podinfo/charts/podinfo',
    ['podinfo/charts/podinfo/values-prod.yaml'],
    ['httpRoute.enabled=true', 'hpa.enabled=true'],
  ),
  overlay('microservices-demo-kustomize'),
  overlay('podinfo/deploy/overlays/dev'),
  overlay('podinfo/deploy/overlays/staging'),
  overlay('podinfo/deploy/overlays/production'),
];

const pct = (ours, alone) => `${(((ours - alone) / alone) * 100).toFixed(0)}%`;
const ms = (value) => `${value.toFixed(0)} ms`;

async function main() {
  for (const tool of [helm, kustomize])
    if (!existsSync(tool)) throw new Error(`${tool} is missing: run \`bash tools/build.sh\``);
  const bundle = join(repoRoot, 'dist', 'list-manifests', 'index.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`node scripts/build-dist.mjs list-manifests\``);
  const work = mkdtempSync(join(tmpdir(), 'bench-render-'));
  try {
    const workspace = join(work, 'workspace');
    for (const folder of [
      'microservices-demo-helm',
      'microservices-demo-kustomize',
      'podinfo/charts/podinfo',
      'podinfo/deploy',
    ]) {
      mkdirSync(join(workspace, folder, '..'), { recursive: true });
      cpSync(join(fixtures, folder), join(workspace, folder), { recursive: true });
    }
    execFileSync('sync');
    const rows = [];
    let allMet = true;
    for (const item of CASES) {
      // In-process: the tool alone against list-manifests' work, in one Node process.
      const inProcess = JSON.parse(
        execFileSync(
          node24(),
          [
            '--import',
            'tsx',
            join(repoRoot, 'bench', 'lib', 'render-overhead.ts'),
            workspace,
            JSON.stringify(item),
            String(runs),
          ],
          { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        ),
      );
      // Runs alternate: each pair ran under the same load, so the median of the pairs' differences is the steadier figure.
      const alone = median(inProcess.alone);
      const ours = alone + median(inProcess.ours.map((value, i) => value - inProcess.alone[i]));
      const met = (ours - alone) / alone < TARGET;
      const addedCpu = median(inProcess.oursCpu) - median(inProcess.aloneCpu);
      allMet &&= met;

      // Step: the bundle as a runner runs it, against the tool from the shell.
      const toolRuns = [];
      const stepRuns = [];
      let outputs;
      for (let run = 0; run < runs; run += 1) {
        const tool = await measure(item.tool, item.args, { cwd: workspace });
        if (tool.exitCode !== 0) throw new Error(`${item.name}: the tool failed: ${tool.stderr}`);
        toolRuns.push(tool.wallMs);
        const runnerTemp = join(work, `temp-${rows.length}-${run}`);
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
          inputs: { paths: '', exclude: '', validate: 'structure', namespace: '', ...item.inputs },
          extra: { PATH: `${bin}:${process.env.PATH}` },
        });
        const step = await measure(node24(), [bundle], { cwd: workspace, env });
        if (step.exitCode !== 0)
          throw new Error(`${item.name}: list-manifests failed:\n${step.stdout}\n${step.stderr}`);
        stepRuns.push(step.wallMs);
        outputs = readOutputs(outputFile);
      }
      if (Number(outputs.count) !== inProcess.count)
        throw new Error(`${item.name}: the step listed ${outputs.count} objects, in-process ${inProcess.count}`);
      const toolStep = median(toolRuns);
      const step = median(stepRuns);
      rows.push([
        item.name,
        String(inProcess.count),
        ms(alone),
        ms(ours),
        pct(ours, alone),
        `${addedCpu.toFixed(0)} ms`,
        met ? 'met' : 'MISSED',
        ms(toolStep),
        ms(step),
        `+${ms(step - toolStep)}`,
      ]);
    }
    console.log(`\nMachine: ${await machineLoad()}; medians of ${runs} runs each\n`);
    printTable(
      [
        'input',
        'objects',
        'tool alone',
        'list-manifests',
        'added',
        'added cpu',
        `target < ${TARGET * 100}%`,
        'tool (shell)',
        'step (bundle)',
        'step adds',
      ],
      rows,
    );
    console.log(
      `\nin-process: the tool spawned alone vs list-manifests' whole work on its output, in one Node process (wall-time medians; "added cpu" is this process's own CPU time beyond spawning the tool: parsing, sources, masking, validation, order, bundle); ${allMet ? 'every input met the target' : 'some input MISSED the target'}.`,
    );
    console.log(
      'step: a new Node process running the committed bundle (start-up, loading, outputs and summary included) vs the tool run from the shell.',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench/list-manifests-render: ${error.message}`);
  process.exit(1);
});
