import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Cluster } from '@kra/cluster-sim';
import {
  adminClient,
  clusterKinds,
  deployWith,
  everything,
  get,
  post,
  startOn,
  startSim,
  tokensOf,
  workspaceWith,
  type TestCluster,
} from './support.js';

const slowApp = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: slow }
spec:
  replicas: 2
  selector: { matchLabels: { app: slow } }
  template:
    metadata: { labels: { app: slow } }
    spec:
      containers:
        - name: app
          image: ${image}
`;

describe.each(clusterKinds())('on %s', (kind) => {
  describe('the release lock', () => {
    let cluster: TestCluster;
    beforeAll(async () => {
      cluster = await startOn(kind, { clock: { speed: 10 } });
      // Pods of this image take 30 simulated seconds (3 s here) to become ready: long enough to contend.
      await cluster.setPodRule({ image: 'ghcr.io/acme/slow:*', readyAfterMs: 30_000 });
      await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'locks' } });
    });
    afterAll(async () => {
      await cluster?.stop();
    });

    test('two runs for one release never interleave; the second fails naming the holder, a third waits its turn', async () => {
      const workspace = workspaceWith({ 'k8s/app.yaml': slowApp('ghcr.io/acme/slow:1') }, false);
      const inputs = { manifests: 'k8s', namespace: 'locks', release: 'contended' };
      const first = deployWith(cluster, workspace, inputs, {
        github: { run_id: '5001', sha: 'a'.repeat(40), repository: 'acme/shop', actor: 'octocat' },
      });
      const lease = '/apis/coordination.k8s.io/v1/namespaces/locks/leases/k8s-deploy.contended';
      for (let i = 0; i < 200 && !(await get(cluster, lease)); i += 1) await new Promise((r) => setTimeout(r, 50));
      const held = await get(cluster, lease);
      expect(held.spec.holderIdentity).toContain('https://github.com/acme/shop/actions/runs/5001');
      const [firstResult, second, third] = await Promise.all([
        first,
        deployWith(cluster, workspace, { ...inputs, 'lock-timeout': '1s' }, { github: { run_id: '5002' } }),
        deployWith(cluster, workspace, { ...inputs, 'lock-timeout': '2m' }, { github: { run_id: '5003' } }),
      ]);
      expect(firstResult.exitCode).toBe(0);
      expect(second.exitCode).toBe(1);
      const message = second.annotations.find((a) => a.level === 'error')!.message;
      expect(message).toContain(
        'Another deploy of release "contended" holds the lock (Lease locks/k8s-deploy.contended)',
      );
      expect(message).toContain('https://github.com/acme/shop/actions/runs/5001');
      expect(message).toContain('lock-timeout');
      expect(third.exitCode).toBe(0);
      expect(third.log).toContain('Waiting for the lock of release "contended"');
      // Revisions were written one run at a time: 1 by the first, 2 by the third, none by the second.
      expect(firstResult.outputs.revision).toBe('1');
      expect(third.outputs.revision).toBe('2');
      expect(await get(cluster, lease)).toBeUndefined();
    });

    test('a lease left by a killed run expires', async () => {
      const stale = new Date(Date.now() - 120_000).toISOString().replace('Z', '000Z');
      await post(cluster, '/apis/coordination.k8s.io/v1/namespaces/locks/leases', {
        apiVersion: 'coordination.k8s.io/v1',
        kind: 'Lease',
        metadata: { name: 'k8s-deploy.abandoned' },
        spec: {
          holderIdentity: 'https://github.com/acme/shop/actions/runs/1 (killed)',
          leaseDurationSeconds: 30,
          acquireTime: stale,
          renewTime: stale,
        },
      });
      const workspace = workspaceWith({ 'k8s/app.yaml': slowApp('ghcr.io/acme/fast:1') }, false);
      const result = await deployWith(cluster, workspace, {
        manifests: 'k8s',
        namespace: 'locks',
        release: 'abandoned',
        'lock-timeout': '1s',
      });
      expect(result.exitCode).toBe(0);
    });
  });

  describe('RBAC', () => {
    let cluster: TestCluster;
    beforeAll(async () => {
      cluster = await startOn(kind, { rbac: true });
    });
    afterAll(async () => {
      await cluster?.stop();
    });

    test('the namespace-scoped Role in examples/rbac/deployer-role.yaml is enough to deploy, fail, roll back and prune', async () => {
      await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } });
      const admin = adminClient(cluster);
      const docs = yaml.loadAll(
        readFileSync(new URL('../../../../examples/rbac/deployer-role.yaml', import.meta.url), 'utf8'),
      ) as any[];
      for (const doc of docs)
        await admin.apply(
          { ...doc, metadata: { ...doc.metadata, namespace: 'team' } },
          { fieldManager: 'platform-team' },
        );
      const token = cluster.tokenFor('system:serviceaccount:team:k8s-deploy', [
        'system:serviceaccounts',
        'system:serviceaccounts:team',
      ]);
      const kubeconfig = cluster.kubeconfigFor(token, 'team');
      await cluster.setPodRule({ image: '*:broken', fail: 'ErrImagePull' });

      const workspace = workspaceWith();
      const ok = await deployWith(
        cluster,
        workspace,
        { manifests: 'manifests', release: 'boutique', images: 'frontend:v1' },
        { kubeconfig },
      );
      expect(ok.exitCode).toBe(0);
      expect((await get(cluster, '/apis/apps/v1/namespaces/team/deployments')).items).toHaveLength(12);

      const bad = await deployWith(
        cluster,
        workspace,
        { manifests: 'manifests', release: 'boutique', images: 'frontend:broken', prune: true },
        { kubeconfig },
      );
      expect(bad.exitCode).toBe(1);
      expect(bad.outputs.status).toBe('rolled-back');
      expect(bad.summary).toContain('Events of pod frontend-');

      // Without the Role the same token is refused, and the error says so on one line.
      await admin.delete('rbac.authorization.k8s.io/v1', 'RoleBinding', 'k8s-deploy', 'team');
      const denied = await deployWith(
        cluster,
        workspace,
        { manifests: 'manifests', release: 'boutique' },
        { kubeconfig },
      );
      expect(denied.exitCode).toBe(1);
      expect(denied.annotations[0].message).toMatch(/forbidden/i);
      for (const result of [ok, bad, denied]) {
        const text = everything(result);
        expect(text).not.toContain(token);
        for (const t of tokensOf(cluster.kubeconfig)) expect(text).not.toContain(t);
      }
    });
  });
});

describe('a flaky API server (cluster-sim only: faults are injected by the simulator)', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startSim();
    cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test('with 10% of requests faulted (429, 500, resets, dropped watches) the deploy and a rollback still end correct and complete', async () => {
    await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'flaky' } });
    const workspace = workspaceWith();
    const inputs = { manifests: 'manifests', namespace: 'flaky', release: 'boutique' };
    cluster.injectFault({ rate: 0.04, status: 500 });
    cluster.injectFault({ rate: 0.03, status: 429, retryAfterSeconds: 1 });
    cluster.injectFault({ rate: 0.03, reset: true });
    cluster.injectFault({ verb: 'watch', dropWatchAfterEvents: 3 });
    const first = await deployWith(cluster, workspace, { ...inputs, images: 'frontend:v1' });
    const bad = await deployWith(cluster, workspace, { ...inputs, images: 'frontend:broken' });
    const faulted = cluster.requests().filter((r) => r.status >= 429 || r.status === 0).length;
    cluster.clearFaults();
    expect(faulted).toBeGreaterThan(10);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(JSON.parse(first.outputs.changed).created).toBe(35);
    const deployments = (await get(cluster, '/apis/apps/v1/namespaces/flaky/deployments')).items;
    expect(deployments).toHaveLength(12);
    for (const d of deployments) expect(d.status.availableReplicas).toBe(d.spec.replicas);
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs.status).toBe('rolled-back');
    const frontend = await get(cluster, '/apis/apps/v1/namespaces/flaky/deployments/frontend');
    expect(frontend.spec.template.spec.containers[0].image).toBe('frontend:v1');
    const records = (
      await get(cluster, '/api/v1/namespaces/flaky/secrets?labelSelector=kube-release.dev%2Frecord%3Dboutique')
    ).items;
    expect(records.map((r: any) => r.metadata.labels['kube-release.dev/status']).sort()).toEqual([
      'deployed',
      'rolled-back',
    ]);
    expect(everything(first)).not.toContain(tokensOf(cluster.kubeconfig)[0]);
  });
});
