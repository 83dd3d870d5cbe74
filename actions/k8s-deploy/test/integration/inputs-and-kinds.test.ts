import yaml from 'js-yaml';
import type { Cluster } from '@kra/cluster-sim';
import { clusterKinds, deployWith, get, post, startOn, startSim, workspaceWith, type TestCluster } from './support.js';

/** Cluster access inputs, history, config-change inputs, more kinds to wait on, and failures that are not image pulls. */
const configMap = (name: string, value: string) => `apiVersion: v1
kind: ConfigMap
metadata: { name: ${name} }
data: { value: "${value}" }
`;

const deployment = (name: string, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: 1
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: app
          image: ${image}
`;

describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startOn(kind);
    await cluster.setPodRule({ image: 'ghcr.io/acme/stuck:*', fail: 'NeverReady' });
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'inputs' } });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test('KUBECONFIG from an earlier step, the context input, and insecure-skip-tls-verify with a warning', async () => {
    const workspace = workspaceWith({ 'k8s/cm.yaml': configMap('access', '1') }, false);
    const viaEnv = await deployWith(
      cluster,
      workspace,
      { manifests: 'k8s', namespace: 'inputs', release: 'access' },
      { kubeconfig: '', env: { KUBECONFIG: cluster.kubeconfigPath } },
    );
    expect(viaEnv.exitCode).toBe(0);
    expect(viaEnv.state['kubeconfig-path']).toBeUndefined();

    const config = yaml.load(cluster.kubeconfig) as any;
    config.clusters.push({ name: 'elsewhere', cluster: { server: 'https://127.0.0.1:1' } });
    config.contexts.push({ name: 'elsewhere', context: { cluster: 'elsewhere', user: config.users[0].name } });
    const simContext = config['current-context'];
    config['current-context'] = 'elsewhere';
    const twoContexts = yaml.dump(config);
    const withContext = await deployWith(
      cluster,
      workspace,
      { manifests: 'k8s', namespace: 'inputs', release: 'access', context: simContext },
      { kubeconfig: twoContexts },
    );
    expect(withContext.exitCode).toBe(0);
    const unknown = await deployWith(
      cluster,
      workspace,
      { manifests: 'k8s', namespace: 'inputs', release: 'access', context: 'nope' },
      { kubeconfig: twoContexts },
    );
    expect(unknown.exitCode).toBe(1);
    expect(unknown.annotations[0].message).toMatch(
      /^Input "context" could not be used: context "nope" is not in the kubeconfig \(it has: .*elsewhere\)/,
    );

    const insecure = yaml.load(cluster.kubeconfig) as any;
    delete insecure.clusters[0].cluster['certificate-authority-data'];
    insecure.clusters[0].cluster['insecure-skip-tls-verify'] = true;
    const skipped = await deployWith(
      cluster,
      workspace,
      { manifests: 'k8s', namespace: 'inputs', release: 'access' },
      { kubeconfig: yaml.dump(insecure) },
    );
    expect(skipped.exitCode).toBe(0);
    expect(skipped.annotations.some((a) => a.level === 'warning' && /TLS verification off/.test(a.message))).toBe(true);

    // Without a CA and without the skip, TLS is verified, and fails.
    delete insecure.clusters[0].cluster['insecure-skip-tls-verify'];
    const verified = await deployWith(
      cluster,
      workspace,
      { manifests: 'k8s', namespace: 'inputs', release: 'access' },
      { kubeconfig: yaml.dump(insecure) },
    );
    expect(verified.exitCode).toBe(1);
  });

  test('history-limit keeps the newest records; restart and checksums roll exactly the workloads named', async () => {
    const files = {
      'k8s/cm.yaml': configMap('settings', '1'),
      'k8s/web.yaml': deployment('web', 'ghcr.io/acme/web:1'),
      'k8s/api.yaml': deployment('api', 'ghcr.io/acme/api:1'),
    };
    const workspace = workspaceWith(files, false);
    const inputs = { manifests: 'k8s', namespace: 'inputs', release: 'history', 'history-limit': 2 };
    expect((await deployWith(cluster, workspace, inputs)).exitCode).toBe(0);
    const template = async (name: string) =>
      (await get(cluster, `/apis/apps/v1/namespaces/inputs/deployments/${name}`)).spec.template.metadata.annotations ??
      {};
    const restarted = await deployWith(cluster, workspace, {
      ...inputs,
      restart: JSON.stringify([{ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'inputs', name: 'web' }]),
    });
    expect(restarted.exitCode).toBe(0);
    expect((await template('web'))['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await template('api'))['kubectl.kubernetes.io/restartedAt']).toBeUndefined();
    const hashed = await deployWith(cluster, workspace, {
      ...inputs,
      checksums: JSON.stringify({ 'apps/v1/Deployment/inputs/api': 'sha256:abc' }),
      restart: 'inputs/Deployment/web',
    });
    expect(hashed.exitCode).toBe(0);
    expect((await template('api'))['kube-release.dev/config-hash']).toBe('sha256:abc');
    const unmatched = await deployWith(cluster, workspace, {
      ...inputs,
      restart: 'Deployment/gone',
      images: 'ghcr.io/acme/other:2',
    });
    expect(unmatched.exitCode).toBe(0);
    const warnings = unmatched.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^Workload inputs\/Deployment\/gone \(input "restart"\) is not in the manifests: nothing to restart/,
      ),
    );
    expect(warnings).toContain(
      'Image ghcr.io/acme/other:2 (input "images") matches no container in the manifests: check its repository',
    );
    const records = (
      await get(cluster, '/api/v1/namespaces/inputs/secrets?labelSelector=kube-release.dev%2Frecord%3Dhistory')
    ).items;
    expect(records.map((r: any) => Number(r.metadata.labels['kube-release.dev/revision'])).sort()).toEqual([3, 4]);
  });

  test('StatefulSet, DaemonSet and Job are waited on', async () => {
    const workspace = workspaceWith(
      {
        'k8s/kinds.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: db }
spec:
  replicas: 2
  serviceName: db
  selector: { matchLabels: { app: db } }
  template:
    metadata: { labels: { app: db } }
    spec: { containers: [{ name: db, image: "postgres:16" }] }
---
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec: { containers: [{ name: agent, image: "ghcr.io/acme/agent:1" }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: migrate }
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{ name: migrate, image: "ghcr.io/acme/migrate:1" }]
`,
      },
      false,
    );
    await cluster.setPodRule({ image: 'ghcr.io/acme/migrate:*', fail: 'Exit0' });
    const result = await deployWith(cluster, workspace, { manifests: 'k8s', namespace: 'inputs', release: 'kinds' });
    expect(result.exitCode).toBe(0);
    expect(result.summary).toMatch(/`inputs\/StatefulSet\/db` \| created \| ready/);
    expect(result.summary).toMatch(/`inputs\/DaemonSet\/agent` \| created \| ready/);
    expect(result.summary).toMatch(/`inputs\/Job\/migrate` \| created \| ready/);
    const job = await get(cluster, '/apis/batch/v1/namespaces/inputs/jobs/migrate');
    expect(job.status.conditions.find((c: any) => c.type === 'Complete')?.status).toBe('True');
    const sts = await get(cluster, '/apis/apps/v1/namespaces/inputs/statefulsets/db');
    expect(sts.status.readyReplicas).toBe(2);
  });

  test('a pod that never becomes ready times out with a diagnosis', async () => {
    const stuck = workspaceWith({ 'k8s/app.yaml': deployment('stuck', 'ghcr.io/acme/stuck:1') }, false);
    const timedOut = await deployWith(cluster, stuck, {
      manifests: 'k8s',
      namespace: 'inputs',
      release: 'stuck',
      timeout: '4s',
    });
    expect(timedOut.exitCode).toBe(1);
    const timeout = timedOut.annotations.find(
      (a) => a.level === 'error' && a.message.startsWith('Release "stuck"'),
    )!.message;
    expect(timeout).toMatch(
      /inputs\/Deployment\/stuck: Timeout \(NotReady\) \(pod stuck-[a-z0-9-]+, container app\): not ready after 4s: 0 of 1 updated replicas are available/,
    );
  });
});

// cluster-sim only: KWOK runs no container, so the real cluster has no log lines to show.
describe('a crash loop (cluster-sim)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startSim();
    cluster.setPodRule({
      image: 'ghcr.io/acme/crasher:*',
      fail: 'CrashLoopBackOff',
      log: 'starting\npanic: cannot reach the database at db:5432',
    });
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'inputs' } });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test('a crash loop fails past crashloop-restarts with the last log lines', async () => {
    const crash = workspaceWith({ 'k8s/app.yaml': deployment('crasher', 'ghcr.io/acme/crasher:1') }, false);
    const crashed = await deployWith(cluster, crash, {
      manifests: 'k8s',
      namespace: 'inputs',
      release: 'crasher',
      'crashloop-restarts': 1,
    });
    expect(crashed.exitCode).toBe(1);
    const message = crashed.annotations.find(
      (a) => a.level === 'error' && a.message.startsWith('Release "crasher"'),
    )!.message;
    expect(message).toMatch(/inputs\/Deployment\/crasher: CrashLoopBackOff \(pod crasher-[a-z0-9-]+, container app\)/);
    expect(crashed.log).toContain('panic: cannot reach the database at db:5432');
    expect(crashed.summary).toContain('panic: cannot reach the database at db:5432');
  });
});
