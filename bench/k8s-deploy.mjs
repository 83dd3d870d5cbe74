#!/usr/bin/env node
// Benchmark: k8s-deploy (the bundled action, dist/k8s-deploy/index.js) against what users run
// otherwise, on cluster-sim, in one run:
//   1. apply and wait for 200 objects (50 Deployments, 50 Services, 50 ConfigMaps, 50
//      ServiceAccounts): the action vs `kubectl apply --server-side -f` then `kubectl rollout
//      status` for each Deployment. Wall-time ratio (target >= 3x) and API request counts; run
//      twice, on a cluster whose pods are Ready as soon as they start (the simulator's default:
//      the tools alone) and on one where they take a second (both tools wait that second).
//   2. time to fail and roll back, clock at real speed: from the first pod reporting
//      ImagePullBackOff to the step failing with the rollback complete (target <= 3 s), with
//      `kubectl rollout status` on a Deployment with progressDeadlineSeconds: 60 beside it.
//   3. the bundle: its size, and its cold start to the first log line.
// On cluster-sim and on the real control plane (--cluster sim|real|sim,real, default both): request
// counts come from cluster-sim's request log and from kube-apiserver's audit log.
// The cluster runs in its own process. Prints tables; MISSED next to a missed target; exits
// non-zero only on errors. Build the bundle first: node scripts/build-dist.mjs k8s-deploy
// kubectl runs with --validate=false: cluster-sim serves no OpenAPI document yet (a real API
// server does; client-side validation would add one download to kubectl's time).
//   node bench/k8s-deploy.mjs
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24, printTable, repoRoot } from './lib/measure.mjs';

const RATIO_TARGET = 3;
const ROLLBACK_TARGET_MS = 3000;
const DEPLOYMENTS = 50;
const BUNDLE = join(repoRoot, 'dist', 'k8s-deploy', 'index.js');

// ---- the cluster, in a child process -------------------------------------------------------
async function serve() {
  register('../packages/cluster-sim/bin/ts-hooks.mjs', import.meta.url);
  const podReadyDelayMs = Number(process.argv[process.argv.indexOf('--pod-ready-delay') + 1]);
  const podRules = [{ image: '*:broken', fail: 'ImagePullBackOff' }];
  let firstPullFailure;
  const sawPod = (pod) => {
    if (firstPullFailure) return;
    const statuses = pod.status?.containerStatuses ?? [];
    if (statuses.some((s) => ['ImagePullBackOff', 'ErrImagePull'].includes(s.state?.waiting?.reason)))
      firstPullFailure = Date.now();
  };
  let cluster;
  if (process.argv[process.argv.indexOf('--cluster') + 1] === 'real') {
    // The real control plane (packages/control-plane): kube-apiserver, etcd, controllers, KWOK.
    const { startControlPlane } = await import('../packages/control-plane/src/index.ts');
    const { ApiClient } = await import('../packages/control-plane/src/client.ts');
    cluster = await startControlPlane({ podReadyDelayMs, podRules });
    new ApiClient(cluster.url, cluster.adminToken, cluster.caCert).watch('/api/v1/pods', (event) =>
      sawPod(event.object),
    );
  } else {
    const { startCluster } = await import('../packages/cluster-sim/src/index.ts');
    cluster = await startCluster({ tls: true, clock: { speed: 1 }, podReadyDelayMs, podRules });
    cluster.store.subscribe((event) => event.resource === 'pods' && sawPod(event.object));
  }
  process.on('message', (message) => {
    if (message === 'counts') process.send({ counts: cluster.requestCounts(), total: cluster.requests().length });
    else if (message === 'reset') {
      cluster.resetRequests();
      firstPullFailure = undefined;
      process.send({ ok: true });
    } else if (message === 'firstPullFailure') process.send({ at: firstPullFailure });
    else if (message === 'stop') cluster.stop().then(() => process.exit(0));
  });
  process.send({ url: cluster.url, kubeconfigPath: cluster.kubeconfigPath, kubeconfig: cluster.kubeconfig });
}

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

// ---- inputs -------------------------------------------------------------------------------
function appManifests(namespace, image, extra = {}) {
  const docs = [];
  for (let i = 0; i < DEPLOYMENTS; i += 1) {
    const name = `svc-${String(i).padStart(2, '0')}`;
    docs.push(`apiVersion: v1\nkind: ServiceAccount\nmetadata: { name: ${name}, namespace: ${namespace} }`);
    docs.push(
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name}, namespace: ${namespace} }\ndata: { LOG_LEVEL: info, INDEX: "${i}" }`,
    );
    docs.push(
      `apiVersion: v1\nkind: Service\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec:\n  selector: { app: ${name} }\n  ports: [{ port: 80, targetPort: 8080 }]`,
    );
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: ${namespace} }
spec:
  replicas: 2
${extra.progressDeadlineSeconds ? `  progressDeadlineSeconds: ${extra.progressDeadlineSeconds}\n` : ''}  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      serviceAccountName: ${name}
      containers:
        - name: app
          image: ${image}
          envFrom: [{ configMapRef: { name: ${name} } }]`);
  }
  return docs.join('\n---\n') + '\n';
}

function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-k8s-deploy-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs the bundled action as the runner would (INPUT_* environment); resolves with timings. */
function runAction(dir, kubeconfigPath, inputs, onLine) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_RUN_ID: String(Date.now()),
    GITHUB_ACTOR: 'bench',
    KUBECONFIG: kubeconfigPath,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = String(value);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(node24(), [BUNDLE], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let firstLine;
    let buffer = '';
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      if (firstLine === undefined) firstLine = Date.now() - started;
      stdout += chunk;
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) onLine?.(line, Date.now());
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, ms: Date.now() - started, end: Date.now(), firstLineMs: firstLine, stdout, stderr }),
    );
  });
}

function kubectl(args, kubeconfigPath) {
  return new Promise((resolve) => {
    const child = spawn('kubectl', args, {
      env: { ...process.env, KUBECONFIG: kubeconfigPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

function sumCounts(counts, pattern = /.*/) {
  return Object.entries(counts)
    .filter(([key]) => pattern.test(key))
    .reduce((total, [, n]) => total + n, 0);
}

/** A cluster in its own process, its pods Ready `podReadyDelayMs` after they start. */
async function startServer(podReadyDelayMs, cluster) {
  const server = fork(
    fileURLToPath(import.meta.url),
    ['--serve', '--pod-ready-delay', String(podReadyDelayMs), '--cluster', cluster],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const { kubeconfigPath } = await new Promise((resolve, reject) => {
    server.once('message', resolve);
    server.once('exit', (code) => reject(new Error(`the cluster process exited (${code}) before it started`)));
  });
  // Namespaces, made ahead so both tools start from the same state.
  const nsDir = workspace({
    'ns.yaml': ['bench-action', 'bench-kubectl', 'bench-fail', 'bench-fail-kubectl']
      .map((n) => `apiVersion: v1\nkind: Namespace\nmetadata: { name: ${n} }`)
      .join('\n---\n'),
  });
  const made = await kubectl(
    ['apply', '--server-side', '--validate=false', '-f', join(nsDir, 'ns.yaml')],
    kubeconfigPath,
  );
  rmSync(nsDir, { recursive: true, force: true });
  if (made.code !== 0) throw new Error(`kubectl apply of the namespaces failed: ${made.out}`);
  return { server, kubeconfigPath };
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.once('exit', resolve);
    server.send('stop');
  });
}

/** 1. Apply and wait for 200 objects: the action, then kubectl, on one cluster. Returns table rows. */
async function applyAndWait(server, kubeconfigPath, readiness) {
  await ask(server, 'reset');
  const actionDir = workspace({ 'k8s/app.yaml': appManifests('bench-action', 'ghcr.io/acme/app:1') });
  const marks = {};
  const actionStart = Date.now();
  const action = await runAction(
    actionDir,
    kubeconfigPath,
    { manifests: 'k8s', namespace: 'bench-action', release: 'bench', timeout: '5m' },
    (line, at) => {
      const phase = /^Loaded /.test(line)
        ? 'loaded'
        : /^Validated /.test(line)
          ? 'validated'
          : / created$/.test(line)
            ? 'applied'
            : / deployed$/.test(line)
              ? 'ready'
              : undefined;
      if (phase) marks[phase] = at - actionStart;
    },
  );
  rmSync(actionDir, { recursive: true, force: true });
  if (action.code !== 0) throw new Error(`the action failed:\n${action.stdout.slice(-3000)}\n${action.stderr}`);
  const actionCounts = (await ask(server, 'counts')).counts;

  await ask(server, 'reset');
  const kubectlDir = workspace({ 'app.yaml': appManifests('bench-kubectl', 'ghcr.io/acme/app:1') });
  const kubectlStart = Date.now();
  const applied = await kubectl(
    ['apply', '--server-side', '--validate=false', '-f', join(kubectlDir, 'app.yaml')],
    kubeconfigPath,
  );
  if (applied.code !== 0) throw new Error(`kubectl apply failed: ${applied.out}`);
  for (let i = 0; i < DEPLOYMENTS; i += 1) {
    const status = await kubectl(
      ['rollout', 'status', '-n', 'bench-kubectl', `deployment/svc-${String(i).padStart(2, '0')}`, '--timeout=5m'],
      kubeconfigPath,
    );
    if (status.code !== 0) throw new Error(`kubectl rollout status failed: ${status.out}`);
  }
  const kubectlMs = Date.now() - kubectlStart;
  rmSync(kubectlDir, { recursive: true, force: true });
  const kubectlCounts = (await ask(server, 'counts')).counts;
  const ratio = kubectlMs / action.ms;
  const requests = (counts) =>
    `${sumCounts(counts)} requests (${sumCounts(counts, /^patch/)} patch, ${sumCounts(counts, /^watch/)} watch, ${sumCounts(counts, /^(get|list)/)} get/list)`;
  return [
    [`${readiness}: k8s-deploy`, `${(action.ms / 1000).toFixed(2)} s`, requests(actionCounts)],
    [
      `${readiness}: kubectl apply --server-side + rollout status x50`,
      `${(kubectlMs / 1000).toFixed(2)} s`,
      requests(kubectlCounts),
    ],
    [
      `${readiness}: k8s-deploy phases (ms from start)`,
      `loaded ${marks.loaded}, validated ${marks.validated}, applied ${marks.applied}, ready ${marks.ready}`,
      '',
    ],
    [`${readiness}: speed-up (target >= 3x)`, `${ratio.toFixed(1)}x${ratio < RATIO_TARGET ? '  MISSED' : ''}`, ''],
  ];
}

async function benchmark(clusterKind) {
  const label = (text) => `${clusterKind}: ${text}`;
  const rows = [];
  // Pods Ready as soon as they start (the simulator's default) measures the tools alone; with
  // a second of readiness, both tools wait the same extra second, which narrows the ratio.
  const instant = await startServer(0, clusterKind);
  try {
    rows.push(...(await applyAndWait(instant.server, instant.kubeconfigPath, label('pods ready at once'))));
  } finally {
    await stopServer(instant.server);
  }
  const { server, kubeconfigPath } = await startServer(1000, clusterKind);
  try {
    rows.push(...(await applyAndWait(server, kubeconfigPath, label('pods ready 1 s after start'))));

    if (process.argv.includes('--apply-only')) {
      return rows;
    }

    // 2. Fail and roll back, at real speed; kubectl rollout status on progressDeadlineSeconds: 60 beside it.
    const goodFail = workspace({
      'k8s/app.yaml': appManifests('bench-fail', 'ghcr.io/acme/app:1').split('\n---\n').slice(0, 8).join('\n---\n'),
    });
    const good = await runAction(goodFail, kubeconfigPath, {
      manifests: 'k8s',
      namespace: 'bench-fail',
      release: 'failing',
    });
    if (good.code !== 0) throw new Error(`the good deploy failed:\n${good.stdout.slice(-2000)}`);
    const badFail = workspace({
      'k8s/app.yaml': appManifests('bench-fail', 'ghcr.io/acme/app:broken')
        .split('\n---\n')
        .slice(0, 8)
        .join('\n---\n'),
    });
    const kubectlBad = workspace({
      'app.yaml': appManifests('bench-fail-kubectl', 'ghcr.io/acme/app:broken', { progressDeadlineSeconds: 60 })
        .split('\n---\n')
        .slice(0, 4)
        .join('\n---\n'),
    });
    await ask(server, 'reset');
    let detectedAt;
    const kubectlRun = (async () => {
      const start = Date.now();
      await kubectl(['apply', '--server-side', '--validate=false', '-f', join(kubectlBad, 'app.yaml')], kubeconfigPath);
      const status = await kubectl(
        ['rollout', 'status', '-n', 'bench-fail-kubectl', 'deployment/svc-00', '--timeout=5m'],
        kubeconfigPath,
      );
      return { ms: Date.now() - start, code: status.code, out: status.out.trim().split('\n').pop() };
    })();
    const bad = await runAction(
      badFail,
      kubeconfigPath,
      { manifests: 'k8s', namespace: 'bench-fail', release: 'failing' },
      (line, at) => {
        if (detectedAt === undefined && / failed: /.test(line)) detectedAt = at;
      },
    );
    const { at: firstPull } = await ask(server, 'firstPullFailure');
    if (bad.code === 0) throw new Error('the broken deploy did not fail');
    if (!/rolled back to revision 1, which is ready again/.test(bad.stdout))
      throw new Error(`no rollback:\n${bad.stdout.slice(-3000)}`);
    const failMs = detectedAt - firstPull;
    const rolledBackMs = bad.end - firstPull;
    rows.push([label('first ImagePullBackOff -> step fails (diagnosed)'), `${(failMs / 1000).toFixed(2)} s`, '']);
    rows.push([
      label('first ImagePullBackOff -> rollback complete, step exits (target <= 3 s)'),
      `${(rolledBackMs / 1000).toFixed(2)} s${rolledBackMs > ROLLBACK_TARGET_MS ? '  MISSED' : ''}`,
      '',
    ]);
    const k = await kubectlRun;
    rows.push([
      label('kubectl rollout status, progressDeadlineSeconds: 60'),
      `${(k.ms / 1000).toFixed(2)} s`,
      `exit ${k.code}: ${k.out}`,
    ]);

    // 3. The bundle.
    const size = statSync(BUNDLE).size;
    const starts = [];
    const actionDir = workspace({ 'k8s/app.yaml': appManifests('bench-action', 'ghcr.io/acme/app:1') });
    for (let i = 0; i < 3; i += 1) {
      const run = await runAction(actionDir, kubeconfigPath, {
        manifests: 'k8s',
        namespace: 'bench-action',
        release: 'bench',
        'dry-run': true,
      });
      starts.push(run.firstLineMs);
    }
    rows.push(['bundle size (dist/k8s-deploy/index.js)', `${(size / 1024 / 1024).toFixed(1)} MiB`, '']);
    rows.push(['cold start to the first log line (median of 3)', `${starts.sort((a, b) => a - b)[1]} ms`, '']);
    rmSync(actionDir, { recursive: true, force: true });
    return rows;
  } finally {
    await stopServer(server);
  }
}

async function main() {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run node scripts/build-dist.mjs k8s-deploy`);
  if (spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status !== 0)
    throw new Error('kubectl is missing: run bash tools/build.sh and source scripts/env.sh');
  // --cluster sim, real or sim,real (the default): cluster-sim and the real control plane
  // (packages/control-plane, built by tools/build.sh), the same objects on each, one after the other.
  const i = process.argv.indexOf('--cluster');
  const kinds = (i >= 0 ? process.argv[i + 1] : 'sim,real').split(',');
  const rows = [];
  for (const kind of kinds) {
    if (kind !== 'sim' && kind !== 'real') throw new Error(`--cluster: unknown cluster "${kind}" (sim, real)`);
    rows.push(...(await benchmark(kind)));
  }
  printTable(['measure', 'value', 'notes'], rows);
}

if (process.argv.includes('--serve')) await serve();
else
  await main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
