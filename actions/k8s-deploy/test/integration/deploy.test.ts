import {
  clusterKinds,
  deployWith,
  everything,
  get,
  post,
  startOn,
  tokensOf,
  workspaceWith,
  type TestCluster,
} from './support.js';

/**
 * The main path on the real bundle, against cluster-sim and the real control plane: microservices-demo deploys and
 * becomes ready; a bad image fails fast and rolls back to the images that ran before; a
 * missing ConfigMap key is diagnosed; no kubeconfig token or Secret value is ever printed.
 */
const SECRET_VALUE = 'hunter2-correct-horse-battery';
const SECRET_DATA = Buffer.from('s3cr3t-db-password-0xdeadbeef').toString('base64');
const secretManifest = `apiVersion: v1
kind: Secret
metadata:
  name: shop-credentials
type: Opaque
stringData:
  api-key: ${SECRET_VALUE}
data:
  db-password: ${SECRET_DATA}
`;
const secretsOf = (cluster: TestCluster) => [
  ...tokensOf(cluster.kubeconfig),
  SECRET_VALUE,
  SECRET_DATA,
  Buffer.from(SECRET_DATA, 'base64').toString(),
];

describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startOn(kind);
    await cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  function expectNoSecrets(text: string): void {
    for (const secret of secretsOf(cluster)) expect(text).not.toContain(secret);
  }

  const deploymentImages = async (namespace: string, name: string): Promise<string[]> =>
    (await get(cluster, `/apis/apps/v1/namespaces/${namespace}/deployments/${name}`)).spec.template.spec.containers.map(
      (c: any) => c.image,
    );

  test('microservices-demo deploys, becomes ready, and a bad image rolls back to the previous images', async () => {
    const workspace = workspaceWith({ 'manifests/zz-secret.yaml': secretManifest });
    const base = { manifests: 'manifests', namespace: 'shop-demo', release: 'boutique', timeout: '3m' };
    // The namespace is not in the manifests: create it as a platform team would.
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop-demo' } });

    const first = await deployWith(cluster, workspace, { ...base, images: 'frontend:v1\ncartservice:v1' });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.status).toBe('deployed');
    expect(first.outputs.revision).toBe('1');
    expect(first.outputs['previous-revision']).toBe('');
    expect(JSON.parse(first.outputs.changed)).toEqual({ created: 36, configured: 0, unchanged: 0, pruned: 0 });
    expect(first.outputs.images.split('\n')).toEqual(
      expect.arrayContaining(['frontend:v1', 'cartservice:v1', 'redis:alpine']),
    );
    // The heading names the release, version, cluster host and namespace; the table comes first, then the links.
    expect(first.summary).toMatch(
      /^## ✅ Release `boutique` revision 1 deployed · version `a{12}` · cluster `127\.0\.0\.1:\d+` · namespace `shop-demo`\n\n\| object \| result \| ready \|/,
    );
    expect(first.summary).toMatch(
      /\[commit a{12}\]\(https:\/\/github\.com\/acme\/shop\/commit\/a{40}\) · \[run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\)/,
    );
    expect(first.summary).toContain('### Images (first deploy: 13 of 13 changed)');
    expect(first.summary).toContain('| `shop-demo/Deployment/frontend` | server | new | `frontend:v1` |');
    // Every Deployment is ready by kubectl's rules: all replicas updated and available.
    const deployments = (await get(cluster, '/apis/apps/v1/namespaces/shop-demo/deployments')).items;
    expect(deployments).toHaveLength(12);
    for (const d of deployments) {
      expect(d.status.observedGeneration).toBe(d.metadata.generation);
      expect(d.status.availableReplicas).toBe(d.spec.replicas);
      expect(d.metadata.labels).toMatchObject({
        'app.kubernetes.io/managed-by': 'k8s-deploy',
        'kube-release.dev/release': 'boutique',
      });
      expect(JSON.parse(d.metadata.annotations['kube-release.dev/run'])).toMatchObject({
        repository: 'acme/shop',
        actor: 'octocat',
      });
    }
    // Nothing outside the manifests was touched: the namespace carries none of our labels or annotations.
    const ns = await get(cluster, '/api/v1/namespaces/shop-demo');
    expect(JSON.stringify(ns.metadata)).not.toContain('kube-release.dev');
    // The kubeconfig was written for the step and removed by the post step.
    expect(first.post?.exitCode).toBe(0);
    expect(first.post?.log).toContain('Removed the kubeconfig');
    expect(first.state['kubeconfig-path']).toMatch(/k8s-deploy-kubeconfig-/);

    // The same again: nothing changes.
    const again = await deployWith(cluster, workspace, { ...base, images: 'frontend:v1\ncartservice:v1' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.revision).toBe('2');
    expect(again.outputs['previous-revision']).toBe('1');
    expect(JSON.parse(again.outputs.changed)).toMatchObject({ created: 0, configured: 0, unchanged: 36 });
    expect(again.summary).toContain('### Images (since revision 1: 0 of 13 changed)');
    expect(again.summary).toContain('| `shop-demo/Deployment/frontend` | server | `frontend:v1` | unchanged |');

    // A bad image: fails fast (well before the 3m timeout), rolls back, and the step fails saying both.
    const bad = await deployWith(cluster, workspace, { ...base, images: 'frontend:broken\ncartservice:v2' });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.status).toBe('rolled-back');
    expect(bad.outputs['rolled-back']).toBe('true');
    expect(bad.outputs.revision).toBe('3');
    expect(bad.outputs['previous-revision']).toBe('2');
    expect(bad.outputs.images.split('\n')).toEqual(expect.arrayContaining(['frontend:v1', 'cartservice:v1']));
    const failure = bad.annotations.find((a) => a.level === 'error' && a.message.includes('revision 3 failed'));
    expect(failure?.message).toMatch(
      /shop-demo\/Deployment\/frontend: (ImagePullBackOff|ErrImagePull) \(pod frontend-[a-z0-9]+-[a-z0-9]+, container server\)/,
    );
    expect(failure?.message).toContain('rolled back to revision 2, which is ready again');
    // Annotated at the workload's place in the manifests, so a pull request's diff marks the line.
    expect(failure).toMatchObject({ file: 'manifests/frontend.yaml', line: 15 });
    // Images before → after since the previous revision (what ran, not the manifest's placeholder).
    expect(bad.summary).toContain('### Images (since revision 2: 2 of 13 changed)');
    expect(bad.summary).toContain('| `shop-demo/Deployment/frontend` | server | `frontend:v1` | `frontend:broken` |');
    expect(bad.summary).toContain(
      '| `shop-demo/Deployment/cartservice` | server | `cartservice:v1` | `cartservice:v2` |',
    );
    expect(bad.summary).toContain('### Diagnosis');
    expect(bad.summary).toContain('Events of pod frontend-');
    expect(bad.log).not.toMatch(/timed out/);
    // What runs afterwards is what ran before.
    expect(await deploymentImages('shop-demo', 'frontend')).toEqual(['frontend:v1']);
    expect(await deploymentImages('shop-demo', 'cartservice')).toEqual(['cartservice:v1']);
    const frontend = await get(cluster, '/apis/apps/v1/namespaces/shop-demo/deployments/frontend');
    expect(frontend.status.updatedReplicas).toBe(frontend.spec.replicas);
    expect(frontend.status.availableReplicas).toBe(frontend.spec.replicas);
    // The release records say what happened.
    const records = (
      await get(cluster, '/api/v1/namespaces/shop-demo/secrets?labelSelector=kube-release.dev%2Frecord%3Dboutique')
    ).items;
    const status = Object.fromEntries(
      records.map((r: any) => [
        r.metadata.labels['kube-release.dev/revision'],
        r.metadata.labels['kube-release.dev/status'],
      ]),
    );
    expect(status).toEqual({ '1': 'superseded', '2': 'deployed', '3': 'rolled-back' });
    expect(records.every((r: any) => r.type === 'kube-release.dev/release.v1')).toBe(true);

    for (const result of [first, again, bad]) expectNoSecrets(everything(result));
  });

  test('a missing ConfigMap key is diagnosed as CreateContainerConfigError on a first deploy, which is left in place', async () => {
    const workspace = workspaceWith(
      {
        'app/app.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  color: blue
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reader
spec:
  replicas: 2
  selector:
    matchLabels: { app: reader }
  template:
    metadata:
      labels: { app: reader }
    spec:
      containers:
        - name: app
          image: ghcr.io/acme/reader:1.0.0
          env:
            - name: SIZE
              valueFrom:
                configMapKeyRef: { name: settings, key: size }
`,
      },
      false,
    );
    const result = await deployWith(cluster, workspace, {
      manifests: 'app',
      namespace: 'default',
      release: 'reader',
      timeout: '5m',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('failed');
    expect(result.outputs['rolled-back']).toBe('false');
    const error = result.annotations.find((a) => a.level === 'error' && a.message.includes('failed'))!;
    expect(error.message).toMatch(
      /default\/Deployment\/reader: CreateContainerConfigError \(pod reader-[a-z0-9-]+, container app\)/,
    );
    expect(error.message).toContain(
      'first deploy: the 2 objects it created were left in place (set cleanup-on-fail: true to delete them)',
    );
    expect(result.log).toMatch(/size/);
    expect(await get(cluster, '/apis/apps/v1/namespaces/default/deployments/reader')).toBeDefined();

    // With cleanup-on-fail, a failing first deploy deletes what it created.
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'clean' } });
    const clean = await deployWith(cluster, workspace, {
      manifests: 'app',
      namespace: 'clean',
      release: 'reader2',
      'cleanup-on-fail': true,
    });
    expect(clean.exitCode).toBe(1);
    expect(clean.annotations.map((a) => a.message).join('\n')).toContain('cleanup-on-fail deleted the');
    expect(await get(cluster, '/apis/apps/v1/namespaces/clean/deployments/reader')).toBeUndefined();
    expectNoSecrets(everything(result));
  });
});
