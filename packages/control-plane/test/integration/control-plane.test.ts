import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startControlPlane, type ControlPlane } from '../../src/index.js';
import { repoRoot } from '../../src/tools.js';

/**
 * The real control plane, built by tools/build.sh: the pinned kubectl against it, KWOK driving
 * pods through the Stages of the pod rules, the config check, tokens for any user under RBAC,
 * the audit log as the request log, and the CLI's start and clean stop.
 */
const run = promisify(execFile);
const kubectlBinary = join(repoRoot(), '.tmp', 'bin', 'kubectl');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cluster: ControlPlane;
beforeAll(async () => {
  cluster = await startControlPlane({
    rbac: true,
    nodes: 2,
    podReadyDelayMs: 300,
    podRules: ['image=*:broken,fail=ImagePullBackOff'],
  });
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

async function kubectl(args: string[], kubeconfig = cluster.kubeconfigPath, input?: string): Promise<string> {
  const child = run(kubectlBinary, args, { env: { ...process.env, KUBECONFIG: kubeconfig } });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  return (await child).stdout;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(200);
  }
}

const pods = async (selector: string): Promise<any[]> =>
  JSON.parse(await kubectl(['get', 'pods', '-n', 'default', '-l', selector, '-o', 'json'])).items;

const deployment = (name: string, image: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'app', image, ...extra }] } },
    },
  });

test('the pinned kubectl talks to the API server of the same release; KWOK nodes are Ready', async () => {
  const version = JSON.parse(await kubectl(['version', '-o', 'json']));
  expect(version.clientVersion.gitVersion).toBe('v1.37.2');
  expect(version.serverVersion.gitVersion).toBe('v1.37.2');
  const nodes = JSON.parse(await kubectl(['get', 'nodes', '-o', 'json'])).items;
  expect(nodes.map((n: any) => n.metadata.name)).toEqual(['kwok-node-1', 'kwok-node-2']);
  for (const node of nodes) expect(node.status.conditions.find((c: any) => c.type === 'Ready').status).toBe('True');
});

test('pods become ready after the delay; a rule’s image fails to pull with the kubelet’s reason and events', async () => {
  await kubectl(['apply', '--server-side', '-f', '-'], undefined, deployment('good', 'nginx:1.27'));
  await kubectl(['apply', '--server-side', '-f', '-'], undefined, deployment('bad', 'nginx:broken'));
  await kubectl(['rollout', 'status', 'deployment/good', '--timeout=60s']);
  const bad = await until('the bad pod waiting', async () => {
    const [pod] = await pods('app=bad');
    return pod?.status?.containerStatuses?.[0]?.state?.waiting ? pod : undefined;
  });
  expect(bad.status.containerStatuses[0].state.waiting).toEqual({
    reason: 'ImagePullBackOff',
    message: 'Back-off pulling image "nginx:broken": ErrImagePull: failed to pull and unpack image: not found',
  });
  expect(bad.status.conditions.find((c: any) => c.type === 'Ready')).toMatchObject({
    status: 'False',
    reason: 'ContainersNotReady',
  });
  const events = await until('the pod’s events', async () => {
    const list = JSON.parse(
      await kubectl(['get', 'events', '--field-selector', `involvedObject.name=${bad.metadata.name}`, '-o', 'json']),
    ).items;
    return list.some((e: any) => e.reason === 'BackOff') ? list : undefined;
  });
  expect(events.map((e: any) => `${e.type} ${e.reason}`)).toEqual(
    expect.arrayContaining(['Normal Scheduled', 'Warning Failed', 'Normal BackOff']),
  );
});

test('rules set later take effect: a crash loop counts restarts; a never-ready pod runs unready', async () => {
  await cluster.setPodRule('image=*:crash,fail=CrashLoopBackOff,exitAfterMs=200');
  await cluster.setPodRule({ image: '*:stuck', fail: 'NeverReady' });
  await kubectl(['apply', '--server-side', '-f', '-'], undefined, deployment('crash', 'app:crash'));
  await kubectl(['apply', '--server-side', '-f', '-'], undefined, deployment('stuck', 'app:stuck'));
  const crashed = await until('the crash loop', async () => {
    const [pod] = await pods('app=crash');
    const status = pod?.status?.containerStatuses?.[0];
    return status?.state?.waiting?.reason === 'CrashLoopBackOff' ? status : undefined;
  });
  expect(crashed.restartCount).toBe(1);
  expect(crashed.lastState.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
  const stuck = await until('the stuck pod running', async () => {
    const [pod] = await pods('app=stuck');
    return pod?.status?.phase === 'Running' ? pod : undefined;
  });
  await sleep(1000);
  const [again] = await pods('app=stuck');
  expect(again.metadata.uid).toBe(stuck.metadata.uid);
  expect(again.status.containerStatuses[0]).toMatchObject({ ready: false, state: { running: {} } });
});

test('a missing ConfigMap key is CreateContainerConfigError with the kubelet’s message until the key exists', async () => {
  await kubectl(
    ['apply', '--server-side', '-f', '-'],
    undefined,
    deployment('reader', 'reader:1', {
      env: [{ name: 'SIZE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'size' } } }],
    }),
  );
  const waiting = await until('the config error', async () => {
    const [pod] = await pods('app=reader');
    return pod?.status?.containerStatuses?.[0]?.state?.waiting;
  });
  expect(waiting).toEqual({ reason: 'CreateContainerConfigError', message: 'configmap "settings" not found' });
  await kubectl(['create', 'configmap', 'settings', '--from-literal=color=blue']);
  await until('the message naming the key', async () => {
    const [pod] = await pods('app=reader');
    const message = pod?.status?.containerStatuses?.[0]?.state?.waiting?.message;
    return message === "couldn't find key size in ConfigMap default/settings" ? message : undefined;
  });
  await kubectl(['create', 'configmap', 'settings', '--from-literal=size=3', '--dry-run=client', '-o', 'yaml']).then(
    (yaml) => kubectl(['apply', '-f', '-'], undefined, yaml),
  );
  await kubectl(['rollout', 'status', 'deployment/reader', '--timeout=60s']);
});

test('a Job’s pod completes; under RBAC a token for any user is authenticated, and denied until bound', async () => {
  await kubectl(['create', 'job', 'once', '--image=busybox:1']);
  await kubectl(['wait', '--for=condition=complete', 'job/once', '--timeout=60s']);

  const token = cluster.tokenFor('alice', ['developers']);
  const dir = mkdtempSync(join(tmpdir(), 'cp-alice-'));
  const aliceConfig = join(dir, 'kubeconfig');
  writeFileSync(aliceConfig, cluster.kubeconfigFor(token, 'default'));
  const whoami = JSON.parse(await kubectl(['auth', 'whoami', '-o', 'json'], aliceConfig));
  expect(whoami.status.userInfo.username).toBe('alice');
  expect(whoami.status.userInfo.groups).toEqual(expect.arrayContaining(['developers', 'system:authenticated']));
  await expect(kubectl(['get', 'pods'], aliceConfig)).rejects.toThrow(
    /forbidden: User "alice" cannot list resource "pods"/,
  );
  await kubectl(['create', 'rolebinding', 'alice-view', '--clusterrole=view', '--group=developers']);
  await until('the binding to take effect', async () =>
    (await kubectl(['auth', 'can-i', 'list', 'pods'], aliceConfig).catch(() => 'no')).trim() === 'yes'
      ? true
      : undefined,
  );
  expect(await kubectl(['get', 'pods', '-o', 'name'], aliceConfig)).toContain('pod/good-');
});

test('the audit log gives the clients’ requests in cluster-sim’s shape, without the control plane’s own', async () => {
  cluster.resetRequests();
  await kubectl(['get', 'deployment', 'good', '-o', 'name']);
  await kubectl(['apply', '--server-side', '--dry-run=server', '-f', '-'], undefined, deployment('good', 'nginx:1.28'));
  const requests = await until('the audit events', async () => {
    const all = cluster.requests();
    return all.some((r) => r.verb === 'patch') ? all : undefined;
  });
  expect(requests).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        verb: 'get',
        group: 'apps',
        resource: 'deployments',
        namespace: 'default',
        name: 'good',
        status: 200,
      }),
      expect.objectContaining({ verb: 'patch', resource: 'deployments', dryRun: true, fieldManager: 'kubectl' }),
    ]),
  );
  expect(requests.every((r) => r.userAgent?.startsWith('kubectl'))).toBe(true);
  expect(cluster.requestCounts()['patch deployments.apps']).toBe(1);
});

test('the CLI prints one line when ready and, on SIGTERM, stops every process and leaves nothing behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cp-cli-'));
  const kubeconfig = join(dir, 'kubeconfig.yaml');
  const child = spawn(
    process.execPath,
    [
      join(repoRoot(), 'packages/control-plane/bin/control-plane.js'),
      'start',
      '--kubeconfig',
      kubeconfig,
      '--nodes',
      '1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await until('the ready line', async () => (stdout.includes('\n') ? true : undefined), 120_000);
  expect(stdout).toMatch(
    /^control-plane ready at https:\/\/127\.0\.0\.1:\d+ in [\d.]+ s; kubeconfig: .*kubeconfig\.yaml\n$/,
  );
  expect((await kubectl(['get', 'nodes', '-o', 'name'], kubeconfig)).trim()).toBe('node/kwok-node-1');
  // The CLI's processes (its children) and its folder (their etcd's --data-dir).
  const children = (await run('ps', ['-eo', 'pid=,ppid=,args='])).stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === child.pid);
  expect(children.map((m) => m[3].split(' ')[0].split('/').pop()).sort()).toEqual([
    'etcd',
    'kube-apiserver',
    'kube-controller-manager',
    'kube-scheduler',
    'kwok',
  ]);
  const cliDir = /--data-dir=(\S+)\/etcd/.exec(children.map((m) => m[3]).join(' '))![1];
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(stderr).toBe('');
  expect(existsSync(kubeconfig)).toBe(false);
  const alive = (await run('ps', ['-eo', 'pid='])).stdout.split('\n').map((pid) => pid.trim());
  expect(children.filter((m) => alive.includes(m[1])).map((m) => m[3])).toEqual([]);
  expect(existsSync(cliDir)).toBe(false);
}, 180_000);
