#!/usr/bin/env node
// Benchmark: cold start of every bundled action, the way the runner starts it (a new Node 24
// process, INPUT_* variables), beside Node's own start (`node -e 0`), in one run:
//   - to the first input error: the action is given an input it must refuse (most often a
//     required one left out); the time until its `::error::` line is read;
//   - to the first log line: the action is given inputs it accepts; the time until the first line
//     a user sees in the log (not ::add-mask::, ::debug::, state or output commands); the process
//     is then stopped, so nothing reaches a registry, a cluster or GitHub.
// Runs are interleaved (every subject once, then again), so the machine's load falls on all alike.
// With AZURE_K8S_DEPLOY_V7 set to the path of Azure/k8s-deploy v7's committed lib/index.js, its
// row is measured in the same run (to its missing-manifests error, and to its first log line);
// without it that row is left out. Nothing here fetches it.
//   node bench/cold-start.mjs [--runs 20] [action...]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLoad, node24, printTable, repoRoot } from './lib/measure.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 20;
const wanted = args.filter((arg, i) => !arg.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
const AZURE = process.env.AZURE_K8S_DEPLOY_V7;
/** The targets of issue 16: within 50 ms of `node -e 0` to the first input error, and faster than Azure v7. */
const NODE_MARGIN_MS = 50;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.example/acme/web:1.0.0
`;
const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
  namespace: shop
data:
  mode: blue
`;
const COMPOSE = `services:
  web:
    build: .
    image: registry.example/acme/web
`;
// A kubeconfig for a server nothing listens on: the runs stop at their first log line, before any request.
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
  - name: nowhere
    cluster: { server: 'https://127.0.0.1:9' }
contexts:
  - name: nowhere
    context: { cluster: nowhere, user: nobody }
current-context: nowhere
users:
  - name: nobody
    user: { token: not-a-token }
`;

function git(cwd, ...gitArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs, {
      cwd,
      stdio: 'ignore',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.com',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.com',
      },
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git ${gitArgs.join(' ')}: exit ${code}`))));
  });
}

/** A workspace with manifests, a Compose file and a git history of two commits (detect-config-changes compares them). */
async function makeWorkspace(dir) {
  mkdirSync(join(dir, 'deploy'), { recursive: true });
  writeFileSync(join(dir, 'deploy', 'web.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, 'deploy', 'config.yaml'), CONFIG_MAP);
  writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
  writeFileSync(join(dir, 'kubeconfig.yaml'), KUBECONFIG);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'first');
  writeFileSync(join(dir, 'deploy', 'config.yaml'), CONFIG_MAP.replace('blue', 'green'));
  await git(dir, 'commit', '-q', '-am', 'second');
}

/**
 * Per action: inputs it refuses at once (and the input its error must name), and inputs it
 * accepts (the defaults of its action.yml are not applied by this bench: every input it reads
 * before its first log line is given).
 */
const SCENARIOS = {
  'k8s-deploy': {
    error: { inputs: {}, names: 'manifests' },
    log: { inputs: { manifests: 'deploy' } },
  },
  'push-images': {
    error: { inputs: { 'compose-file': 'missing.yaml' }, names: 'compose-file' },
    log: { inputs: { 'compose-file': 'compose.yaml', engine: 'podman' } },
  },
  'tag-release': {
    error: { inputs: {}, names: 'version' },
    log: { inputs: { version: 'v1.4.0', images: 'registry.example/acme/web:sha-abc' } },
  },
  'list-manifests': {
    error: { inputs: {}, names: 'paths' },
    log: { inputs: { paths: 'deploy' } },
  },
  'detect-config-changes': {
    error: { inputs: {}, names: 'paths' },
    log: { inputs: { paths: 'deploy', base: 'HEAD~1', head: 'HEAD' } },
  },
  'gitops-update': {
    error: { inputs: { repository: 'acme/config' }, names: 'images' },
    log: {
      inputs: {
        repository: 'acme/config',
        images: 'registry.example/acme/web:1.4.0',
        paths: 'deploy',
        token: 'not-a-token',
        version: '1.4.0',
      },
    },
  },
};

// What the runner writes for commands rather than log lines.
const NOT_A_LOG_LINE = /^::(add-mask|debug|save-state|set-output|set-env|add-path|stop-commands|echo)::/;

function inputEnv(inputs) {
  const env = {};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

/**
 * Starts `argv` and resolves the ms until `until(line)` first holds for a stdout line (then stops
 * the process), or until it exits when `until` is undefined; with the line and the exit code.
 */
function timeRun(argv, { cwd, env, until }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let output = '';
    let found;
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      if (found || !until) return;
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      const line = lines.find(until);
      if (line !== undefined) {
        found = { ms: Number(process.hrtime.bigint() - started) / 1e6, line };
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (until && !found)
        reject(new Error(`${argv.slice(1).join(' ')} exited (${code}) before its first log line:\n${output}`));
      else resolve(found ?? { ms, code, output });
    });
  });
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

const ms = (value) => (value === undefined ? '' : `${value.toFixed(0)} ms`);

async function main() {
  const actions = readdirSync(join(repoRoot, 'dist'))
    .filter((name) => SCENARIOS[name] && existsSync(join(repoRoot, 'dist', name, 'index.js')))
    .filter((name) => wanted.length === 0 || wanted.includes(name));
  if (AZURE && !existsSync(AZURE)) throw new Error(`AZURE_K8S_DEPLOY_V7 is ${AZURE}, which does not exist`);
  const node = node24();
  const work = mkdtempSync(join(tmpdir(), 'bench-cold-start-'));
  try {
    const workspace = join(work, 'workspace');
    mkdirSync(workspace);
    await makeWorkspace(workspace);
    const base = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      RUNNER_TEMP: work,
      GITHUB_OUTPUT: join(work, 'output'),
      GITHUB_STATE: join(work, 'state'),
      GITHUB_STEP_SUMMARY: join(work, 'summary'),
      KUBECONFIG: join(workspace, 'kubeconfig.yaml'),
    };
    for (const file of ['output', 'state', 'summary']) writeFileSync(join(work, file), '');

    // subjects: { label, kind: 'error' | 'log' | 'exit', argv, env, cwd, check(result) }
    const subjects = [{ label: 'node -e 0', kind: 'exit', argv: [node, '-e', '0'], env: base }];
    for (const action of actions) {
      const bundle = join(repoRoot, 'dist', action, 'index.js');
      const { error, log } = SCENARIOS[action];
      subjects.push({
        label: action,
        kind: 'error',
        argv: [node, bundle],
        env: { ...base, ...inputEnv(error.inputs) },
        names: error.names,
      });
      subjects.push({ label: action, kind: 'log', argv: [node, bundle], env: { ...base, ...inputEnv(log.inputs) } });
    }
    if (AZURE) {
      // Its action.yml's defaults, which the runner would pass (the bench does not read its files).
      const defaults = {
        action: 'deploy',
        strategy: 'basic',
        'route-method': 'service',
        'traffic-split-method': 'pod',
        'version-switch-buffer': '0',
        percentage: '0',
        force: 'false',
        'server-side': 'false',
        timeout: '10m',
        token: 'not-a-token',
        'annotate-resources': 'true',
        'annotate-namespace': 'true',
        'pull-images': 'false',
        'skip-tls-verify': 'false',
        'resource-type': 'Microsoft.ContainerService/managedClusters',
      };
      subjects.push({
        label: 'Azure/k8s-deploy v7',
        kind: 'error',
        argv: [node, AZURE],
        env: { ...base, ...inputEnv(defaults) },
        names: 'manifests',
      });
      // It writes a copy of each manifest beside it: a folder of its own, emptied after each run.
      subjects.push({
        label: 'Azure/k8s-deploy v7',
        kind: 'log',
        argv: [node, AZURE],
        env: { ...base, ...inputEnv({ ...defaults, manifests: join(workspace, 'azure', 'web.yaml') }) },
        before: () => {
          rmSync(join(workspace, 'azure'), { recursive: true, force: true });
          mkdirSync(join(workspace, 'azure'));
          writeFileSync(join(workspace, 'azure', 'web.yaml'), DEPLOYMENT);
        },
      });
    }

    const times = subjects.map(() => []);
    const firstLines = subjects.map(() => '');
    // One warm-up round (the page cache, not measured), then the interleaved runs.
    for (let round = -1; round < runs; round += 1) {
      for (const [i, subject] of subjects.entries()) {
        subject.before?.();
        const until =
          subject.kind === 'error'
            ? (line) => line.startsWith('::error')
            : subject.kind === 'log'
              ? (line) => line.trim() !== '' && !NOT_A_LOG_LINE.test(line)
              : undefined;
        const result = await timeRun(subject.argv, { cwd: workspace, env: subject.env, until });
        if (
          subject.kind === 'error' &&
          !result.line.includes(`"${subject.names}"`) &&
          !result.line.includes(subject.names)
        )
          throw new Error(`${subject.label}: the first error does not name input ${subject.names}: ${result.line}`);
        if (subject.kind === 'log' && result.line.startsWith('::error'))
          throw new Error(`${subject.label}: the inputs given to reach the first log line are refused: ${result.line}`);
        if (round >= 0) times[i].push(result.ms);
        firstLines[i] = result.line ?? '';
      }
    }

    const nodeMedian = percentile(times[0], 0.5);
    const azureError = subjects.findIndex((s) => s.label.startsWith('Azure') && s.kind === 'error');
    const azureMedian = azureError >= 0 ? percentile(times[azureError], 0.5) : undefined;
    console.log(
      `Machine: ${await machineLoad()}; ${runs} runs of each, interleaved; Node ${process.versions.node} at ${node}`,
    );
    const rows = [];
    for (const [i, subject] of subjects.entries()) {
      const median = percentile(times[i], 0.5);
      let target = '';
      let result = '';
      if (subject.kind === 'error' && !subject.label.startsWith('Azure')) {
        const goals = [median <= nodeMedian + NODE_MARGIN_MS];
        target = `≤ node + ${NODE_MARGIN_MS} ms`;
        if (subject.label === 'k8s-deploy' && azureMedian !== undefined) {
          goals.push(median < azureMedian);
          target += ', < Azure v7';
        }
        result = goals.every(Boolean) ? 'met' : 'MISSED';
      }
      rows.push([
        subject.label,
        { exit: 'exit', error: 'first input error', log: 'first log line' }[subject.kind],
        ms(median),
        ms(percentile(times[i], 0.9)),
        subject.kind === 'exit' ? '' : `+${ms(median - nodeMedian)}`,
        target,
        result,
        subject.kind === 'exit' ? '' : firstLines[i].slice(0, 70),
      ]);
    }
    printTable(['what', 'to', 'median', 'p90', 'over node', 'target', 'result', 'line'], rows);
    if (!AZURE)
      console.log(
        '\nAzure/k8s-deploy v7 not measured: set AZURE_K8S_DEPLOY_V7 to the path of its lib/index.js (tag v7) to add it.',
      );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`bench/cold-start: ${error.message}`);
  process.exit(1);
});
