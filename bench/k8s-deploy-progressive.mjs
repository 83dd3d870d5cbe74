#!/usr/bin/env node
// Benchmark: canary and blue-green promote and reject with the bundled action
// (dist/k8s-deploy/index.js), for 10 Deployments (each with its Service; with an HTTPRoute
// each for Gateway API), on cluster-sim in its own process at real clock speed:
//   - action: promote, from the step's start to all traffic on the new version (the
//     scale-down delay that follows is excluded): canary by pod (the copies gone), canary by
//     gateway-api (the routes as written again), blue-green by service (traffic on green, and
//     back on the user's Deployments);
//   - action: reject, from the step's start to the stable version restored (traffic back on it:
//     routes re-applied; by pod, the copies gone);
//   - beside them, what a workflow does without it (Azure/k8s-deploy's way): kubectl apply
//     --server-side of the new manifests, kubectl rollout status for each Deployment, kubectl
//     apply of the routes as written, kubectl delete of the copies.
// Wall time and API requests (until the moment measured), on a cluster whose pods are Ready at
// once (the tools alone) and on one where they take a second. Prints tables; not a test.
// Build the bundle first: node scripts/build-dist.mjs k8s-deploy
//   node bench/k8s-deploy-progressive.mjs
import { fork, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { K8S_DEPLOY_BUNDLE, kubectl, runBundle, sumCounts, workspace } from './lib/action-runner.mjs';
import { printTable } from './lib/measure.mjs';

const DEPLOYMENTS = 10;
const SCALE_DOWN_DELAY = '30s';

// ---- the cluster, in a child process -------------------------------------------------------
async function serve() {
  register('../packages/cluster-sim/bin/ts-hooks.mjs', import.meta.url);
  const { startCluster } = await import('../packages/cluster-sim/src/index.ts');
  const { gatewayApiCrds } = await import('../packages/kube/test/support/crds.ts');
  const cluster = await startCluster({
    tls: true,
    clock: { speed: 1 },
    podReadyDelayMs: Number(process.argv[process.argv.indexOf('--pod-ready-delay') + 1]),
    crds: gatewayApiCrds(),
  });
  process.on('message', (message) => {
    if (message === 'counts') process.send({ counts: cluster.requestCounts() });
    else if (message === 'reset') {
      cluster.resetRequests();
      process.send({ ok: true });
    } else if (message === 'stop') cluster.stop().then(() => process.exit(0));
  });
  process.send({ kubeconfigPath: cluster.kubeconfigPath });
}

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

async function startServer(podReadyDelayMs) {
  const server = fork(fileURLToPath(import.meta.url), ['--serve', '--pod-ready-delay', String(podReadyDelayMs)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { kubeconfigPath } = await new Promise((resolve, reject) => {
    server.once('message', resolve);
    server.once('exit', (code) => reject(new Error(`the cluster process exited (${code}) before it started`)));
  });
  return { server, kubeconfigPath };
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.once('exit', resolve);
    server.send('stop');
  });
}

// ---- inputs -------------------------------------------------------------------------------
const names = Array.from({ length: DEPLOYMENTS }, (_, i) => `svc-${String(i).padStart(2, '0')}`);

function appManifests(namespace, image) {
  return names
    .flatMap((name) => [
      `apiVersion: v1\nkind: Service\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec:\n  selector: { app: ${name} }\n  ports: [{ port: 80, targetPort: 8080 }]`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec:\n  replicas: 2\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec:\n      containers: [{ name: app, image: ${image} }]`,
    ])
    .join('\n---\n');
}

function routes(namespace) {
  return names
    .map(
      (name) =>
        `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec:\n  parentRefs: [{ name: edge }]\n  hostnames: [${name}.example.com]\n  rules: [{ backendRefs: [{ name: ${name}, port: 80 }] }]`,
    )
    .join('\n---\n');
}

const requests = (counts) =>
  `${sumCounts(counts)} (${sumCounts(counts, /^patch/)} patch, ${sumCounts(counts, /^delete/)} delete, ${sumCounts(counts, /^watch/)} watch, ${sumCounts(counts, /^(get|list)/)} get/list)`;

/** Runs the bundle and measures until the first line matching each marker: ms and the requests made by then. */
async function untilMarkers(server, dir, kubeconfigPath, inputs, markers) {
  await ask(server, 'reset');
  const marks = markers.map(() => undefined);
  const run = await runBundle(dir, kubeconfigPath, inputs, (line, at) => {
    markers.forEach((marker, i) => {
      if (marks[i] === undefined && marker.test(line)) marks[i] = { at, counted: ask(server, 'counts') };
    });
  });
  if (run.code !== 0)
    throw new Error(`the action failed (${JSON.stringify(inputs)}):\n${run.stdout.slice(-3000)}\n${run.stderr}`);
  const missing = markers.filter((_, i) => marks[i] === undefined);
  if (missing.length) throw new Error(`no line matched ${missing.join(', ')}:\n${run.stdout.slice(-3000)}`);
  return Promise.all(marks.map(async (m) => ({ ms: m.at - run.started, counts: (await m.counted).counts })));
}

async function runOk(dir, kubeconfigPath, inputs) {
  const run = await runBundle(dir, kubeconfigPath, inputs);
  if (run.code !== 0)
    throw new Error(`the action failed (${JSON.stringify(inputs)}):\n${run.stdout.slice(-3000)}\n${run.stderr}`);
  return run;
}

async function kubectlOk(args, kubeconfigPath) {
  const result = await kubectl(args, kubeconfigPath);
  if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} failed: ${result.out}`);
}

async function namespace(kubeconfigPath, name) {
  const dir = workspace({ 'ns.yaml': `apiVersion: v1\nkind: Namespace\nmetadata: { name: ${name} }\n` });
  await kubectlOk(['apply', '--server-side', '--validate=false', '-f', join(dir, 'ns.yaml')], kubeconfigPath);
  rmSync(dir, { recursive: true, force: true });
}

const SCENARIOS = [
  {
    label: 'canary by pod',
    inputs: { strategy: 'canary', 'traffic-split-method': 'pod', percentage: '20' },
    promoted: /release \S+: promoted$/,
    restored: /release \S+: rejected$/,
    routes: false,
  },
  {
    label: 'canary by gateway-api',
    inputs: { strategy: 'canary', 'traffic-split-method': 'gateway-api', percentage: '20' },
    promoted: /all traffic on the new version/,
    restored: /all traffic on revision/,
    routes: true,
  },
  {
    label: 'blue-green by service',
    inputs: { strategy: 'blue-green', 'route-method': 'service' },
    promoted: /traffic switched to/,
    back: /all traffic on the new version/,
    restored: /release \S+: rejected$/,
    routes: false,
  },
];

/** One scenario with the action: deploy, canary, promote (measured), canary, reject (measured). */
async function withAction(server, kubeconfigPath, scenario, readiness) {
  const ns = `bench-${scenario.label.replace(/\W+/g, '-')}`;
  await namespace(kubeconfigPath, ns);
  const dir = workspace({
    'k8s/app.yaml': [appManifests(ns, 'app:1'), ...(scenario.routes ? [routes(ns)] : [])].join('\n---\n'),
  });
  const base = {
    manifests: 'k8s',
    namespace: ns,
    release: 'bench',
    'scale-down-delay': SCALE_DOWN_DELAY,
    ...scenario.inputs,
  };
  await runOk(dir, kubeconfigPath, { ...base, images: 'app:1' });
  await runOk(dir, kubeconfigPath, { ...base, images: 'app:2' });
  const [promote, back] = await untilMarkers(
    server,
    dir,
    kubeconfigPath,
    { ...base, action: 'promote', images: 'app:2' },
    [scenario.promoted, ...(scenario.back ? [scenario.back] : [])],
  );
  const rows = [
    [
      `${readiness}: ${scenario.label}: promote -> all traffic on the new version`,
      `${(promote.ms / 1000).toFixed(2)} s`,
      requests(promote.counts),
    ],
  ];
  if (back)
    rows.push([
      `${readiness}: ${scenario.label}: promote -> the new version back on the user's Deployments`,
      `${(back.ms / 1000).toFixed(2)} s`,
      requests(back.counts),
    ]);
  await runOk(dir, kubeconfigPath, { ...base, images: 'app:4' });
  const [reject] = await untilMarkers(server, dir, kubeconfigPath, { ...base, action: 'reject' }, [scenario.restored]);
  rows.push([
    `${readiness}: ${scenario.label}: reject -> stable restored`,
    `${(reject.ms / 1000).toFixed(2)} s`,
    requests(reject.counts),
  ]);
  rmSync(dir, { recursive: true, force: true });
  return { rows, promote, reject };
}

/** A namespace with a canary in progress that the action set up, for kubectl to promote or reject. */
async function canaryFor(kubeconfigPath, scenario, ns) {
  await namespace(kubeconfigPath, ns);
  const dir = workspace({
    'k8s/app.yaml': [appManifests(ns, 'app:1'), ...(scenario.routes ? [routes(ns)] : [])].join('\n---\n'),
    'new/app.yaml': appManifests(ns, 'app:2'),
    'routes/routes.yaml': scenario.routes ? routes(ns) : '',
  });
  const base = { manifests: 'k8s', namespace: ns, release: 'bench', ...scenario.inputs };
  await runOk(dir, kubeconfigPath, { ...base, images: 'app:1' });
  await runOk(dir, kubeconfigPath, { ...base, images: 'app:2' });
  return dir;
}

/** The same promote and reject with kubectl, on canaries the action set up (Azure/k8s-deploy's way). */
async function withKubectl(server, kubeconfigPath, scenario, readiness) {
  const slug = scenario.label.replace(/\W+/g, '-');
  const copies = names.flatMap((n) => (scenario.routes ? [`${n}-canary`] : [`${n}-canary`, `${n}-baseline`]));
  const applyRoutes = (dir) => [
    'apply',
    '--server-side',
    '--force-conflicts',
    '--validate=false',
    '-f',
    join(dir, 'routes', 'routes.yaml'),
  ];

  const promoteNs = `kubectl-promote-${slug}`;
  const promoteDir = await canaryFor(kubeconfigPath, scenario, promoteNs);
  await ask(server, 'reset');
  const promoteStart = Date.now();
  await kubectlOk(
    ['apply', '--server-side', '--force-conflicts', '--validate=false', '-f', join(promoteDir, 'new', 'app.yaml')],
    kubeconfigPath,
  );
  for (const name of names)
    await kubectlOk(['rollout', 'status', '-n', promoteNs, `deployment/${name}`, '--timeout=5m'], kubeconfigPath);
  if (scenario.routes) await kubectlOk(applyRoutes(promoteDir), kubeconfigPath);
  else await kubectlOk(['delete', 'deployment', '-n', promoteNs, ...copies], kubeconfigPath);
  const promoteMs = Date.now() - promoteStart;
  const promoteCounts = (await ask(server, 'counts')).counts;

  const rejectNs = `kubectl-reject-${slug}`;
  const rejectDir = await canaryFor(kubeconfigPath, scenario, rejectNs);
  await ask(server, 'reset');
  const rejectStart = Date.now();
  if (scenario.routes) await kubectlOk(applyRoutes(rejectDir), kubeconfigPath);
  else await kubectlOk(['delete', 'deployment', '-n', rejectNs, ...copies], kubeconfigPath);
  const rejectMs = Date.now() - rejectStart;
  const rejectCounts = (await ask(server, 'counts')).counts;
  for (const dir of [promoteDir, rejectDir]) rmSync(dir, { recursive: true, force: true });
  const what = scenario.routes
    ? 'apply + rollout status x10 + apply routes'
    : 'apply + rollout status x10 + delete copies';
  return {
    rows: [
      [
        `${readiness}: ${scenario.label}: kubectl ${what}`,
        `${(promoteMs / 1000).toFixed(2)} s`,
        requests(promoteCounts),
      ],
      [
        `${readiness}: ${scenario.label}: kubectl ${scenario.routes ? 'apply routes' : 'delete copies'} (reject)`,
        `${(rejectMs / 1000).toFixed(2)} s`,
        requests(rejectCounts),
      ],
    ],
    promoteMs,
    rejectMs,
  };
}

async function main() {
  if (!existsSync(K8S_DEPLOY_BUNDLE))
    throw new Error(`${K8S_DEPLOY_BUNDLE} is missing: run node scripts/build-dist.mjs k8s-deploy`);
  if (spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore' }).status !== 0)
    throw new Error('kubectl is missing: install it (apt-get install -y kubectl)');
  const rows = [];
  for (const [delay, readiness] of [
    [0, 'pods ready at once'],
    [1000, 'pods ready 1 s after start'],
  ]) {
    const { server, kubeconfigPath } = await startServer(delay);
    try {
      for (const scenario of SCENARIOS) {
        const action = await withAction(server, kubeconfigPath, scenario, readiness);
        rows.push(...action.rows);
        if (scenario.label.startsWith('canary')) {
          const baseline = await withKubectl(server, kubeconfigPath, scenario, readiness);
          rows.push(...baseline.rows);
          rows.push([
            `${readiness}: ${scenario.label}: kubectl time / k8s-deploy time (promote, reject)`,
            `${(baseline.promoteMs / action.promote.ms).toFixed(1)}x, ${(baseline.rejectMs / action.reject.ms).toFixed(1)}x`,
            '',
          ]);
        }
      }
    } finally {
      await stopServer(server);
    }
  }
  printTable(['measure (10 Deployments)', 'time', 'API requests'], rows);
  console.log(
    "\nTimes run from the step's start (process spawn) to the log line that marks the moment; requests are counted up to it. " +
      `The scale-down delay (${SCALE_DOWN_DELAY}) that follows a promote or reject before the copies go is excluded. ` +
      'kubectl rows time the commands alone (no process of ours to start, no release record, no check of what is promoted).',
  );
}

if (process.argv.includes('--serve')) await serve();
else await main();
