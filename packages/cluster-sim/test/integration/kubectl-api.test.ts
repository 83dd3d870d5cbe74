/**
 * Fidelity: the real kubectl against the simulator's API server (over TLS, verifying
 * the generated CA): server-side apply of the microservices-demo manifests, get -o json,
 * Table output, scale, delete with garbage collection, server-side apply conflicts
 * between field managers, server-side dry-run, and `auth can-i` under RBAC.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, type Cluster } from '../../src/index.js';

const FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'microservices-demo');
const fixtureDir = existsSync(FIXTURES) && readdirSync(FIXTURES).length > 0 ? FIXTURES : undefined;

function requireKubectl(): void {
  const probe = spawnSync('kubectl', ['version', '--client', '--output=json'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'kubectl is not on PATH: these fidelity tests drive the real kubectl. Run `bash tools/build.sh` (it builds the ' +
        'pinned kubectl into .tmp/bin) and `source scripts/env.sh`.',
    );
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fails with kubectl's own output when it did not succeed. */
function ok(run: Run): Run {
  if (run.code !== 0) throw new Error(`kubectl exited ${run.code}: ${run.stderr || run.stdout}`);
  return run;
}

function makeKubectl(kubeconfig: string, home: string) {
  return (args: string[], input?: string): Promise<Run> =>
    new Promise((resolve) => {
      const child = execFile(
        'kubectl',
        ['--request-timeout=30s', `--cache-dir=${join(home, 'cache')}`, ...args],
        {
          env: { PATH: process.env.PATH, HOME: home, KUBECONFIG: kubeconfig },
          maxBuffer: 64 * 1024 * 1024,
          timeout: 90_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
      if (input !== undefined) child.stdin!.end(input);
    });
}

describe('kubectl against cluster-sim', () => {
  let cluster: Cluster;
  let home: string;
  let kubectl: ReturnType<typeof makeKubectl>;

  beforeAll(async () => {
    requireKubectl();
    if (!fixtureDir)
      throw new Error(
        `the microservices-demo fixtures are missing (looked in ${FIXTURES}); see /work/shared/fixtures/README.md`,
      );
    home = mkdtempSync(join(tmpdir(), 'kubectl-home-'));
    cluster = await startCluster({ tls: true, clock: { speed: 20 } });
    kubectl = makeKubectl(cluster.kubeconfigPath, home);
  });
  afterAll(async () => {
    await cluster?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test('apply --server-side the 11 microservices-demo services, then they become Available', async () => {
    expect(ok(await kubectl(['create', 'namespace', 'shop'])).stdout).toBe('namespace/shop created\n');
    const files = readdirSync(fixtureDir!)
      .filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml' && f !== 'release-kubernetes-manifests.yaml')
      .sort();
    expect(files).toHaveLength(11); // the demo's 11 microservices (redis-cart comes with cartservice)
    const args = ['apply', '--server-side', '--validate=false', '-n', 'shop'];
    for (const file of files) args.push('-f', join(fixtureDir!, file));
    const applied = await kubectl(args);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('deployment.apps/frontend serverside-applied');
    expect(applied.stdout).toContain('service/frontend-external serverside-applied');
    const wait = await kubectl([
      'wait',
      '-n',
      'shop',
      '--for=condition=Available',
      'deployment',
      '--all',
      '--timeout=60s',
    ]);
    expect(wait.stderr).toBe('');
    expect(wait.code).toBe(0);

    const again = await kubectl(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('deployment.apps/frontend serverside-applied');
  });

  test('get -o json and the server-printed table', async () => {
    const json = await kubectl(['get', 'deployments', '-n', 'shop', '-o', 'json']);
    expect(json.code).toBe(0);
    const list = JSON.parse(json.stdout);
    expect(list.kind).toBe('List');
    const names = list.items.map((d: any) => d.metadata.name);
    expect(names).toEqual(expect.arrayContaining(['frontend', 'cartservice', 'redis-cart', 'checkoutservice']));
    const frontend = list.items.find((d: any) => d.metadata.name === 'frontend');
    expect(frontend.status.availableReplicas).toBe(1);
    expect(frontend.metadata.managedFields).toBeUndefined(); // kubectl hides them by default

    const table = await kubectl(['get', 'deployment', 'frontend', '-n', 'shop']);
    expect(table.stdout.split('\n')[0].split(/\s+/)).toEqual(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    expect(table.stdout).toMatch(/^frontend\s+1\/1\s+1\s+1\s+\S+/m);
    const svc = await kubectl(['get', 'service', 'frontend-external', '-n', 'shop']);
    expect(svc.stdout).toMatch(/frontend-external\s+LoadBalancer\s+10\.96\.\d+\.\d+\s+<pending>\s+80:3\d{4}\/TCP/);
    const wide = await kubectl(['get', 'pods', '-n', 'shop', '-l', 'app=frontend', '-o', 'wide']);
    expect(wide.stdout).toMatch(/^frontend-\S+\s+1\/1\s+Running\s+0\s+\S+\s+10\.244\.\d+\.\d+\s+sim-node-1/m);
    const logs = await kubectl(['logs', 'deployment/frontend', '-n', 'shop']);
    expect(logs.code).toBe(0);
    const missing = await kubectl(['get', 'deployment', 'nope', '-n', 'shop']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('Error from server (NotFound): deployments.apps "nope" not found');
  });

  test('scale, then delete with garbage collection of ReplicaSets and pods', async () => {
    const scaled = await kubectl(['scale', 'deployment/frontend', '-n', 'shop', '--replicas=3']);
    expect(scaled.stdout).toBe('deployment.apps/frontend scaled\n');
    const rollout = await kubectl(['rollout', 'status', 'deployment/frontend', '-n', 'shop', '--timeout=60s']);
    expect(rollout.code).toBe(0);
    const replicas = await kubectl([
      'get',
      'deployment',
      'frontend',
      '-n',
      'shop',
      '-o',
      'jsonpath={.spec.replicas}/{.status.readyReplicas}',
    ]);
    expect(replicas.stdout).toBe('3/3');

    const deleted = await kubectl(['delete', 'deployment', 'adservice', '-n', 'shop', '--wait=true']);
    expect(deleted.stdout).toBe('deployment.apps "adservice" deleted from shop namespace\n');
    let leftovers = '';
    for (let i = 0; i < 50; i++) {
      leftovers = (await kubectl(['get', 'rs,pods', '-n', 'shop', '-l', 'app=adservice', '-o', 'name'])).stdout;
      if (leftovers === '') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(leftovers).toBe('');
  });

  test('server-side apply conflict between two field managers, and --force-conflicts', async () => {
    const manifest = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx:1.27
`;
    expect(
      (await kubectl(['apply', '--server-side', '--validate=false', '--field-manager=team-a', '-f', '-'], manifest(2)))
        .code,
    ).toBe(0);
    const conflict = await kubectl(
      ['apply', '--server-side', '--validate=false', '--field-manager=team-b', '-f', '-'],
      manifest(5),
    );
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain('Apply failed with 1 conflict: conflict with "team-a": .spec.replicas');
    expect(conflict.stderr).toContain('--force-conflicts');
    const forced = await kubectl(
      ['apply', '--server-side', '--validate=false', '--field-manager=team-b', '--force-conflicts', '-f', '-'],
      manifest(5),
    );
    expect(forced.code).toBe(0);
    const managers = JSON.parse(
      (await kubectl(['get', 'deployment', 'web', '-n', 'shop', '-o', 'json', '--show-managed-fields'])).stdout,
    ).metadata.managedFields;
    const teamA = managers.find((m: any) => m.manager === 'team-a');
    const teamB = managers.find((m: any) => m.manager === 'team-b');
    expect(teamB.fieldsV1['f:spec']['f:replicas']).toEqual({});
    expect(teamA.fieldsV1['f:spec']['f:replicas']).toBeUndefined();
    expect(teamA.fieldsV1['f:spec']['f:template']).toBeDefined(); // still co-owns the template
    const edit = await kubectl([
      'patch',
      'deployment',
      'web',
      '-n',
      'shop',
      '--type=merge',
      '-p',
      '{"spec":{"replicas":4}}',
    ]);
    expect(edit.code).toBe(0);
    const afterEdit = await kubectl(
      ['apply', '--server-side', '--validate=false', '--field-manager=team-b', '-f', '-'],
      manifest(5),
    );
    expect(afterEdit.stderr).toContain(
      'Apply failed with 1 conflict: conflict with "kubectl-patch" using apps/v1: .spec.replicas',
    );
  });

  test('typed kubectl commands that send protobuf: create deployment, expose, create job, create secret', async () => {
    expect(
      ok(
        await kubectl([
          'create',
          'deployment',
          'echo',
          '-n',
          'shop',
          '--image=registry.local/echo:1.0',
          '--replicas=2',
          '--port=8080',
        ]),
      ).stdout,
    ).toBe('deployment.apps/echo created\n');
    expect(
      ok(await kubectl(['expose', 'deployment', 'echo', '-n', 'shop', '--port=80', '--target-port=8080'])).stdout,
    ).toBe('service/echo exposed\n');
    expect(
      ok(await kubectl(['create', 'job', 'once', '-n', 'shop', '--image=busybox:1.36', '--', 'true'])).stdout,
    ).toBe('job.batch/once created\n');
    expect(
      ok(await kubectl(['create', 'secret', 'generic', 'creds', '-n', 'shop', '--from-literal=password=s3cret']))
        .stdout,
    ).toBe('secret/creds created\n');
    const deployment = JSON.parse(ok(await kubectl(['get', 'deployment', 'echo', '-n', 'shop', '-o', 'json'])).stdout);
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.selector).toEqual({ matchLabels: { app: 'echo' } });
    expect(deployment.spec.template.spec.containers[0]).toMatchObject({
      name: 'echo',
      image: 'registry.local/echo:1.0',
      ports: [{ containerPort: 8080, protocol: 'TCP' }],
    });
    const service = JSON.parse(ok(await kubectl(['get', 'service', 'echo', '-n', 'shop', '-o', 'json'])).stdout);
    expect(service.spec).toMatchObject({
      selector: { app: 'echo' },
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
    });
    const job = JSON.parse(ok(await kubectl(['get', 'job', 'once', '-n', 'shop', '-o', 'json'])).stdout);
    expect(job.spec.template.spec).toMatchObject({
      restartPolicy: 'Never',
      containers: [{ name: 'once', image: 'busybox:1.36', command: ['true'] }],
    });
    const secret = JSON.parse(ok(await kubectl(['get', 'secret', 'creds', '-n', 'shop', '-o', 'json'])).stdout);
    expect(Buffer.from(secret.data.password, 'base64').toString()).toBe('s3cret');
  });

  test('plain kubectl apply (client-side, default validation) works too', async () => {
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata: {name: plain, namespace: shop}
data: {a: "1"}
`;
    expect(ok(await kubectl(['apply', '-f', '-'], manifest)).stdout).toBe('configmap/plain created\n');
    expect(ok(await kubectl(['apply', '-f', '-'], manifest)).stdout).toBe('configmap/plain unchanged\n');
    expect(ok(await kubectl(['apply', '-f', '-'], manifest.replace('"1"', '"2"'))).stdout).toBe(
      'configmap/plain configured\n',
    );
    const live = JSON.parse(ok(await kubectl(['get', 'configmap', 'plain', '-n', 'shop', '-o', 'json'])).stdout);
    expect(live.data).toEqual({ a: '2' });
    expect(live.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toContain('"a":"2"');
  });

  test('server-side dry-run changes nothing', async () => {
    const before = JSON.parse((await kubectl(['get', 'deployment', 'frontend', '-n', 'shop', '-o', 'json'])).stdout);
    const dry = await kubectl(['scale', 'deployment/frontend', '-n', 'shop', '--replicas=7', '--dry-run=server']);
    expect(dry.stdout).toBe('deployment.apps/frontend scaled (server dry run)\n');
    const dryDelete = await kubectl(['delete', 'deployment', 'frontend', '-n', 'shop', '--dry-run=server']);
    expect(dryDelete.stdout).toBe('deployment.apps "frontend" deleted from shop namespace (server dry run)\n');
    const dryApply = await kubectl(
      ['apply', '--server-side', '--validate=false', '--dry-run=server', '-f', '-', '-o', 'json'],
      `apiVersion: v1
kind: ConfigMap
metadata: {name: dry, namespace: shop}
data: {a: "1"}
`,
    );
    expect(JSON.parse(dryApply.stdout).data).toEqual({ a: '1' });
    expect((await kubectl(['get', 'configmap', 'dry', '-n', 'shop'])).code).toBe(1);
    const after = JSON.parse((await kubectl(['get', 'deployment', 'frontend', '-n', 'shop', '-o', 'json'])).stdout);
    expect(after.spec.replicas).toBe(before.spec.replicas);
  });
});

describe('kubectl auth can-i against cluster-sim with RBAC', () => {
  let cluster: Cluster;
  let home: string;
  beforeAll(async () => {
    requireKubectl();
    home = mkdtempSync(join(tmpdir(), 'kubectl-home-'));
    cluster = await startCluster({ rbac: true });
  });
  afterAll(async () => {
    await cluster?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test('answers yes and no like the RBAC authorizer, and denials carry the real message', async () => {
    const admin = makeKubectl(cluster.kubeconfigPath, home);
    const aliceConfig = join(home, 'alice.yaml');
    writeFileSync(aliceConfig, cluster.kubeconfigFor(cluster.tokenFor('alice')));
    const alice = makeKubectl(aliceConfig, home);
    ok(await admin(['create', 'namespace', 'shop']));
    expect((await admin(['auth', 'can-i', 'delete', 'nodes'])).stdout).toBe('yes\n');

    const no = await alice(['auth', 'can-i', 'patch', 'deployments', '-n', 'shop']);
    expect(no.stdout).toBe('no\n');
    expect(no.code).toBe(1);
    const denied = await alice(['get', 'deployment', 'web', '-n', 'shop']);
    expect(denied.stderr.trim()).toBe(
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "alice" cannot get resource "deployments" in API group "apps" in the namespace "shop"',
    );

    const rbac = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: deployer, namespace: shop}
rules:
- apiGroups: [apps]
  resources: [deployments, deployments/scale]
  verbs: [get, list, watch, patch]
- apiGroups: [""]
  resources: [pods/log]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: alice-deployer, namespace: shop}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: deployer}
subjects:
- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}
`;
    expect((await admin(['apply', '--server-side', '--validate=false', '-f', '-'], rbac)).code).toBe(0);
    expect((await alice(['auth', 'can-i', 'patch', 'deployments', '-n', 'shop'])).stdout).toBe('yes\n');
    expect((await alice(['auth', 'can-i', 'patch', 'deployments.apps/scale', '-n', 'shop'])).stdout).toBe('yes\n');
    expect((await alice(['auth', 'can-i', 'delete', 'deployments', '-n', 'shop'])).stdout).toBe('no\n');
    expect((await alice(['auth', 'can-i', 'patch', 'deployments', '-n', 'default'])).stdout).toBe('no\n');
    expect((await alice(['auth', 'can-i', 'get', 'pods', '--subresource=log', '-n', 'shop'])).stdout).toBe('yes\n');
    const list = await alice(['auth', 'can-i', '--list', '-n', 'shop']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/deployments\.apps\s+\[\]\s+\[\]\s+\[get list watch patch\]/);
    const whoami = await alice(['auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username}']);
    expect(whoami.stdout).toBe('alice');

    // A ServiceAccount token from `kubectl create token`, bound through a RoleBinding subject.
    ok(await admin(['create', 'serviceaccount', 'ci', '-n', 'shop']));
    const token = ok(await admin(['create', 'token', 'ci', '-n', 'shop'])).stdout.trim();
    ok(
      await admin([
        'create',
        'rolebinding',
        'ci-deployer',
        '-n',
        'shop',
        '--role=deployer',
        '--serviceaccount=shop:ci',
      ]),
    );
    const ciConfig = join(home, 'ci.yaml');
    writeFileSync(ciConfig, cluster.kubeconfigFor(token));
    const ci = makeKubectl(ciConfig, home);
    expect((await ci(['auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username}'])).stdout).toBe(
      'system:serviceaccount:shop:ci',
    );
    expect((await ci(['auth', 'can-i', 'patch', 'deployments', '-n', 'shop'])).stdout).toBe('yes\n');
    expect((await ci(['auth', 'can-i', 'list', 'secrets', '-n', 'shop'])).stdout).toBe('no\n');
  });
});
