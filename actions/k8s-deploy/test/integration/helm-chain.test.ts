// The chain a Helm user runs, with the bundles: list-manifests renders a chart with the
// real helm, k8s-deploy applies its bundle with config-mode: immutable, on cluster-sim and
// the real control plane (KRA_CLUSTERS). The chart's pre-install/pre-upgrade hook runs
// first, its test hook never, and its ConfigMap gets a content-hash name that the
// Deployment follows when a value changes it. A canary of the same chart is refused: hooks
// run with the basic strategy only.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction } from '@kra/local-runner';
import { type TestCluster, adminClient, clusterKinds, deployWith, everything, startOn } from './support.js';

const CHART: Record<string, string> = {
  'Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
  'values.yaml': 'level: info\nimage: shop:1\n',
  'templates/config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
data:
  LEVEL: {{ .Values.level | quote }}
`,
  'templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  selector: { matchLabels: { app: shop } }
  template:
    metadata: { labels: { app: shop } }
    spec:
      containers:
        - name: shop
          image: {{ .Values.image }}
          envFrom: [{ configMapRef: { name: {{ .Release.Name }}-config } }]
`,
  'templates/migrate.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: {{ .Release.Name }}-migrate
  annotations:
    helm.sh/hook: pre-install,pre-upgrade
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: migrate, image: migrate:ok }]
`,
  'templates/tests/smoke.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-smoke
  annotations: { helm.sh/hook: test }
spec:
  restartPolicy: Never
  containers: [{ name: smoke, image: curl:1 }]
`,
};

const workspace = mkdtempSync(join(tmpdir(), 'helm-chain-'));
// One job: both steps share RUNNER_TEMP, where list-manifests writes the bundle.
const runnerTemp = mkdtempSync(join(tmpdir(), 'helm-chain-temp-'));
for (const [path, text] of Object.entries(CHART)) {
  mkdirSync(join(workspace, 'chart', path, '..'), { recursive: true });
  writeFileSync(join(workspace, 'chart', path), text);
}

async function render(level: string): Promise<string> {
  const listed = await runAction({
    action: 'list-manifests',
    workspace,
    env: { PATH: `${join(repoRoot(), '.tmp', 'bin')}:${process.env.PATH}` },
    inputs: { 'helm-chart': 'chart', 'helm-release-name': 'shop', 'helm-set': `level=${level}`, namespace: 'shop' },
    runnerTemp,
    timeoutMs: 60_000,
  });
  expect(listed.exitCode).toBe(0);
  return listed.outputs.bundle;
}

describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startOn(kind, { podRules: [{ image: 'migrate:ok', fail: 'Exit0', exitAfterMs: 500 }] });
    for (const name of ['shop', 'shop-canary'])
      await adminClient(cluster).create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }, 180_000);
  afterAll(() => cluster?.stop());

  async function release(level: string): Promise<{ log: string; status: string }> {
    const deployed = await deployWith(
      cluster,
      workspace,
      { manifests: await render(level), namespace: 'shop', release: 'shop', 'config-mode': 'immutable' },
      { runnerTemp },
    );
    if (deployed.exitCode !== 0) throw new Error(`k8s-deploy failed: ${deployed.stdout.slice(-2000)}`);
    return { log: deployed.stdout, status: deployed.outputs.status };
  }

  test('list-manifests → k8s-deploy: hooks in their phase, configs versioned by content', async () => {
    const client = adminClient(cluster);
    const first = await release('info');
    expect(first.status).toBe('deployed');
    expect(first.log).toMatch(/shop\/Job\/shop-migrate: pre-install hook: done/);
    expect(first.log).toMatch(/Helm hooks not run .*shop\/Pod\/shop-smoke \(test\)/);
    expect(await client.get('v1', 'Pod', 'shop-smoke', 'shop')).toBeUndefined();
    const configName = async () =>
      (await client.get('apps/v1', 'Deployment', 'shop', 'shop'))!.spec.template.spec.containers[0].envFrom[0]
        .configMapRef.name as string;
    const before = await configName();
    expect(before).toMatch(/^shop-config-[0-9a-f]{10}$/);
    expect((await client.get('v1', 'ConfigMap', before, 'shop'))?.data).toEqual({ LEVEL: 'info' });

    const second = await release('debug');
    expect(second.status).toBe('deployed');
    expect(second.log).toMatch(/shop\/Job\/shop-migrate: pre-upgrade hook: done/);
    const after = await configName();
    expect(after).not.toBe(before);
    expect((await client.get('v1', 'ConfigMap', after, 'shop'))?.data).toEqual({ LEVEL: 'debug' });
    // The previous version is still in the history: kept for a rollback.
    expect(await client.get('v1', 'ConfigMap', before, 'shop')).toBeDefined();
  });

  test('a canary of a chart with hooks to run is refused in one line, nothing applied', async () => {
    const refused = await deployWith(
      cluster,
      workspace,
      { manifests: await render('info'), namespace: 'shop-canary', release: 'shop', strategy: 'canary' },
      { runnerTemp },
    );
    expect(refused.exitCode).not.toBe(0);
    expect(everything(refused)).toMatch(
      /shop-canary\/Job\/shop-migrate is a Helm pre-install, pre-upgrade hook, and hooks run only with strategy: basic .*nothing was applied — deploy with strategy: basic/,
    );
    const client = adminClient(cluster);
    expect(await client.get('apps/v1', 'Deployment', 'shop', 'shop-canary')).toBeUndefined();
    expect(await client.get('batch/v1', 'Job', 'shop-migrate', 'shop-canary')).toBeUndefined();
  });
});
