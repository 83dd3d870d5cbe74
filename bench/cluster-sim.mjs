#!/usr/bin/env node
// Benchmark: the cluster-sim API server (packages/cluster-sim) on its three targets:
//   - server-side apply of 1,000 objects at >= 2,000 requests/s (Deployments, with the
//     controllers running; and ConfigMaps), over keep-alive HTTP with 32 requests in flight;
//   - 10,000 objects held in <= 500 MB (resident set of the server process);
//   - one watch fanned out to 50 watchers (1,000 writes, every watcher sees every event).
// The server runs in its own process (as the demo's CLI does) so the load generator does
// not share its event loop. Prints a table; exits non-zero only on errors (a missed target
// is printed as MISSED).
//   node bench/cluster-sim.mjs
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { printTable } from './lib/measure.mjs';

const APPLY_TARGET_RPS = 2000;
const MEMORY_TARGET_MB = 500;
const OBJECTS = 10_000;
const WATCHERS = 50;
const CONCURRENCY = 32;

async function serve() {
  register('../packages/cluster-sim/bin/ts-hooks.mjs', import.meta.url);
  const { startCluster } = await import('../packages/cluster-sim/src/index.ts');
  const cluster = await startCluster({ clock: { speed: 1 }, watchHistory: 20_000 });
  process.on('message', (message) => {
    if (message === 'cpu') {
      const usage = process.cpuUsage();
      process.send({ cpuMs: (usage.user + usage.system) / 1000 });
    } else if (message === 'memory') {
      globalThis.gc?.();
      const usage = process.memoryUsage();
      process.send({ rss: usage.rss, heapUsed: usage.heapUsed, objects: cluster.store.count() });
    } else if (message === 'counts') {
      process.send({ counts: cluster.requestCounts() });
    } else if (message === 'stop') {
      cluster.stop().then(() => process.exit(0));
    }
  });
  process.send({ url: cluster.url, token: cluster.adminToken });
}

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function call(base, token, method, path, body, contentType = 'application/json') {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const req = request(
      base + path,
      {
        method,
        agent,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(data ? { 'Content-Type': contentType, 'Content-Length': data.length } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function pool(count, worker) {
  let next = 0;
  const runners = Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) {
      const i = next++;
      await worker(i);
    }
  });
  await Promise.all(runners);
}

function deployment(ns, i) {
  const name = `svc-${i}`;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels: { app: name, 'app.kubernetes.io/part-of': 'bench' } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'app',
              image: `registry.local/bench/${name}:1.0.${i}`,
              ports: [{ containerPort: 8080, name: 'http' }],
              env: [
                { name: 'PORT', value: '8080' },
                { name: 'LOG_LEVEL', value: 'info' },
              ],
              resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } },
              readinessProbe: { httpGet: { path: '/healthz', port: 8080 } },
            },
          ],
        },
      },
    },
  };
}

function configMap(ns, i, size = 512) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `cfg-${i}`, namespace: ns, labels: { bench: 'yes' } },
    data: { 'app.properties': `key${i}=`.padEnd(size, 'x') },
  };
}

async function applyAll(base, token, objects, pathOf, child) {
  const cpuBefore = (await ask(child, 'cpu')).cpuMs;
  const started = performance.now();
  let failures = 0;
  await pool(objects.length, async (i) => {
    const res = await call(
      base,
      token,
      'PATCH',
      `${pathOf(objects[i])}?fieldManager=bench&force=true`,
      objects[i],
      'application/apply-patch+yaml',
    );
    if (res.status !== 200 && res.status !== 201) {
      failures++;
      if (failures === 1) console.error(`apply failed: ${res.status} ${res.text.slice(0, 300)}`);
    }
  });
  const ms = performance.now() - started;
  const cpuMs = (await ask(child, 'cpu')).cpuMs - cpuBefore;
  return { ms, rps: (objects.length / ms) * 1000, failures, cpuPerRequestUs: (cpuMs * 1000) / objects.length };
}

async function watchFanOut(base, token, ns) {
  const watchers = [];
  const total = 1000;
  let doneCount = 0;
  let resolveAll;
  const allDone = new Promise((resolve) => (resolveAll = resolve));
  for (let w = 0; w < WATCHERS; w++) {
    const state = { seen: 0, req: undefined };
    const req = request(
      base + `/api/v1/namespaces/${ns}/configmaps?watch=1`,
      { headers: { Authorization: `Bearer ${token}` } },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          buffer += chunk;
          let nl;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            buffer = buffer.slice(nl + 1);
            state.seen++;
            if (state.seen === total) {
              doneCount++;
              if (doneCount === WATCHERS) resolveAll();
            }
          }
        });
      },
    );
    req.end();
    state.req = req;
    watchers.push(state);
  }
  await new Promise((r) => setTimeout(r, 300));
  const started = performance.now();
  await pool(total, async (i) => {
    const res = await call(base, token, 'POST', `/api/v1/namespaces/${ns}/configmaps`, configMap(ns, i, 128));
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
  });
  const writesMs = performance.now() - started;
  await Promise.race([allDone, new Promise((r) => setTimeout(r, 60_000))]);
  const ms = performance.now() - started;
  for (const w of watchers) w.req.destroy();
  const delivered = watchers.reduce((sum, w) => sum + w.seen, 0);
  return { ms, writesMs, delivered, complete: doneCount === WATCHERS };
}

function startServer() {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: [
      '--expose-gc',
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', ({ url, token }) => resolve({ child, url, token }));
    child.once('exit', (code) => reject(new Error(`the cluster-sim server exited with ${code}`)));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.send('stop');
  });
}

function mixedObject(ns, i) {
  const kind = i % 5;
  if (kind < 3) return ['/api/v1/namespaces/' + ns + '/configmaps', configMap(ns, i)];
  if (kind === 3) {
    return [
      '/api/v1/namespaces/' + ns + '/secrets',
      {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: `secret-${i}`, namespace: ns, labels: { bench: 'yes' } },
        stringData: { password: `p${i}`.padEnd(64, 'x') },
      },
    ];
  }
  return [
    '/api/v1/namespaces/' + ns + '/services',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `svc-${i}`, namespace: ns, labels: { app: `svc-${i}` } },
      spec: { selector: { app: `svc-${i}` }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    },
  ];
}

async function main() {
  const rows = [];
  const table = () => printTable(['measure', 'result', 'detail', 'target', ''], rows);

  // 1. Memory: a fresh server holding 10,000 objects (ConfigMaps, Secrets, Services).
  {
    const { child, url, token } = await startServer();
    try {
      await call(url, token, 'POST', '/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'bench-mem' },
      });
      const baseline = await ask(child, 'memory');
      await pool(OBJECTS, async (i) => {
        const [path, body] = mixedObject('bench-mem', i);
        const res = await call(url, token, 'POST', path, body);
        if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`);
      });
      const memory = await ask(child, 'memory');
      const rssMb = memory.rss / 1024 / 1024;
      rows.push([
        `memory holding ${memory.objects} objects`,
        `${rssMb.toFixed(0)} MB RSS`,
        `heap ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB (empty: ${(baseline.rss / 1024 / 1024).toFixed(0)} MB RSS)`,
        `<= ${MEMORY_TARGET_MB} MB`,
        rssMb <= MEMORY_TARGET_MB ? 'ok' : 'MISSED',
      ]);
    } finally {
      await stopServer(child);
    }
  }

  const { child, url, token } = await startServer();
  try {
    for (const ns of ['bench-apply', 'bench-cfg', 'bench-watch']) {
      await call(url, token, 'POST', '/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns },
      });
    }
    // 1. Server-side apply: ConfigMaps (the API path alone), then Deployments (controllers react).
    // A warm-up round of 3,000 applies first, as a long-running API server is warm (JIT-compiled).
    await call(url, token, 'POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'bench-warm' },
    });
    await applyAll(
      url,
      token,
      Array.from({ length: 3000 }, (_, i) => configMap('bench-warm', i)),
      (o) => `/api/v1/namespaces/${o.metadata.namespace}/configmaps/${o.metadata.name}`,
      child,
    );
    const configs = Array.from({ length: 1000 }, (_, i) => configMap('bench-cfg', i));
    const cfg = await applyAll(
      url,
      token,
      configs,
      (o) => `/api/v1/namespaces/${o.metadata.namespace}/configmaps/${o.metadata.name}`,
      child,
    );
    rows.push([
      'SSA 1,000 ConfigMaps (create, after a warm-up)',
      `${cfg.rps.toFixed(0)} req/s`,
      `${(cfg.ms / 1000).toFixed(2)} s; server CPU ${cfg.cpuPerRequestUs.toFixed(0)} us/req = ${(1e6 / cfg.cpuPerRequestUs).toFixed(0)} req/s per core`,
      `>= ${APPLY_TARGET_RPS} req/s`,
      cfg.rps >= APPLY_TARGET_RPS && !cfg.failures ? 'ok' : 'MISSED',
    ]);

    // 2. Watch fan-out.
    const fan = await watchFanOut(url, token, 'bench-watch');
    rows.push([
      `watch fan-out: ${WATCHERS} watchers x 1,000 events`,
      `${((fan.delivered / fan.ms) * 1000).toFixed(0)} events/s`,
      `${(fan.ms / 1000).toFixed(2)} s (writes ${(fan.writesMs / 1000).toFixed(2)} s)`,
      `${WATCHERS * 1000} delivered`,
      fan.complete ? 'ok' : `MISSED (${fan.delivered})`,
    ]);

    if (process.env.BENCH_QUICK === 'cfg') return table();
    const deployments = Array.from({ length: 1000 }, (_, i) => deployment('bench-apply', i));
    const deployPath = (o) => `/apis/apps/v1/namespaces/${o.metadata.namespace}/deployments/${o.metadata.name}`;
    const create = await applyAll(url, token, deployments, deployPath, child);
    rows.push([
      'SSA 1,000 Deployments (create, controllers on)',
      `${create.rps.toFixed(0)} req/s`,
      `${(create.ms / 1000).toFixed(2)} s; server CPU ${create.cpuPerRequestUs.toFixed(0)} us/req = ${(1e6 / create.cpuPerRequestUs).toFixed(0)} req/s per core`,
      `>= ${APPLY_TARGET_RPS} req/s`,
      create.rps >= APPLY_TARGET_RPS && !create.failures ? 'ok' : 'MISSED',
    ]);
    if (process.env.BENCH_QUICK) return table();
    const reapply = await applyAll(
      url,
      token,
      deployments.map((d) => ({ ...d, spec: { ...d.spec, replicas: 2 } })),
      deployPath,
      child,
    );
    rows.push([
      'SSA 1,000 Deployments (change replicas)',
      `${reapply.rps.toFixed(0)} req/s`,
      `${(reapply.ms / 1000).toFixed(2)} s; server CPU ${reapply.cpuPerRequestUs.toFixed(0)} us/req = ${(1e6 / reapply.cpuPerRequestUs).toFixed(0)} req/s per core`,
      `>= ${APPLY_TARGET_RPS} req/s`,
      reapply.rps >= APPLY_TARGET_RPS && !reapply.failures ? 'ok' : 'MISSED',
    ]);
    const { counts } = await ask(child, 'counts');
    table();
    console.log(
      `\nrequests served: ${Object.entries(counts)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
  } finally {
    await stopServer(child);
    agent.destroy();
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
