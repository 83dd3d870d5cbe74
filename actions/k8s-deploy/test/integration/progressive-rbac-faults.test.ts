import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Cluster } from '@kra/cluster-sim';
import { gatewayApiCrds, trafficSplitCrd } from '../../../../packages/kube/test/support/crds.js';
import { adminClient, everything, get, startSim, tokensOf, workspaceWith } from './support.js';
import { app, createNamespace, deployment, docs, errorOf, imagesOf, records, runner } from './progressive-support.js';

/**
 * Canary and blue-green with a namespace-scoped Role (examples/rbac/deployer-role.yaml) and
 * on an API server that faults 10% of its requests; a promote whose apply fails fails the
 * step, changes nothing it cannot finish, and completes when run again.
 */
const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: web }
spec:
  parentRefs: [{ name: edge }]
  rules: [{ backendRefs: [{ name: web, port: 80 }] }]
`;
const roleDocs = () =>
  yaml.loadAll(readFileSync(new URL('../../../../examples/rbac/deployer-role.yaml', import.meta.url), 'utf8')) as any[];

describe('RBAC', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startSim({ rbac: true, crds: [...gatewayApiCrds(), trafficSplitCrd(['v1alpha4'])] });
    await createNamespace(cluster, 'team');
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test('the namespace-scoped Role is enough for canary (gateway-api, smi) and blue-green, promote and reject', async () => {
    const admin = adminClient(cluster);
    const docs_ = roleDocs();
    const role = docs_.find((d) => d.kind === 'Role');
    // Without its traffic rules, the Role is not enough for a Gateway API canary: they are needed.
    const withoutTraffic = {
      ...role,
      rules: role.rules.filter(
        (r: any) => !r.apiGroups.includes('gateway.networking.k8s.io') && !r.apiGroups.includes('split.smi-spec.io'),
      ),
    };
    for (const doc of docs_)
      await admin.apply(
        { ...(doc.kind === 'Role' ? withoutTraffic : doc), metadata: { ...doc.metadata, namespace: 'team' } },
        { fieldManager: 'platform-team' },
      );
    const token = cluster.tokenFor('system:serviceaccount:team:k8s-deploy', [
      'system:serviceaccounts',
      'system:serviceaccounts:team',
    ]);
    const kubeconfig = cluster.kubeconfigFor(token, 'team');
    const workspace = workspaceWith(
      { 'k8s/app.yaml': docs(app('web', 'web:1', { replicas: 2 }), route), 'bg/app.yaml': app('site', 'site:1') },
      false,
    );
    const canary = runner(cluster, workspace, {
      manifests: 'k8s',
      release: 'web',
      strategy: 'canary',
      'traffic-split-method': 'gateway-api',
    });
    const as = { kubeconfig };

    const results = [await canary({ images: 'web:1' }, as)];
    expect(results[0].exitCode).toBe(1);
    expect(errorOf(results[0])).toMatch(/httproutes.*forbidden|forbidden.*httproutes/i);

    await admin.apply(
      { ...role, metadata: { ...role.metadata, namespace: 'team' } },
      { fieldManager: 'platform-team' },
    );
    results.push(await canary({ images: 'web:1' }, as));
    results.push(await canary({ images: 'web:2', percentage: '30' }, as));
    results.push(await canary({ action: 'promote', images: 'web:2' }, as));
    results.push(await canary({ images: 'web:3', 'traffic-split-method': 'smi' }, as));
    results.push(await canary({ action: 'reject' }, as));
    const blueGreen = runner(cluster, workspace, { manifests: 'bg', release: 'site', strategy: 'blue-green' });
    results.push(await blueGreen({ images: 'site:1' }, as));
    results.push(await blueGreen({ images: 'site:2' }, as));
    results.push(await blueGreen({ action: 'promote', images: 'site:2' }, as));
    for (const result of results.slice(1)) {
      expect([result.exitCode, errorOf(result)]).toEqual([0, '']);
    }
    expect(results.slice(1).map((r) => r.outputs.phase)).toEqual([
      'promoted',
      'paused',
      'promoted',
      'paused',
      'rejected',
      'promoted',
      'paused',
      'promoted',
    ]);
    expect(imagesOf(await deployment(cluster, 'team', 'web'))).toEqual(['web:2']);
    expect(imagesOf(await deployment(cluster, 'team', 'site'))).toEqual(['site:2']);
    for (const result of results) {
      const text = everything(result);
      expect(text).not.toContain(token);
      for (const t of tokensOf(cluster.kubeconfig)) expect(text).not.toContain(t);
    }
    admin.close();
  });
});

describe('a flaky API server', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startSim({ crds: gatewayApiCrds() });
    for (const ns of ['flaky', 'apply']) await createNamespace(cluster, ns);
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  test('with 10% of requests faulted, canary, promote, reject and blue-green still end correct and complete', async () => {
    const workspace = workspaceWith(
      { 'k8s/app.yaml': docs(app('web', 'web:1', { replicas: 4 }), route), 'bg/app.yaml': app('site', 'site:1') },
      false,
    );
    const canary = runner(cluster, workspace, {
      manifests: 'k8s',
      namespace: 'flaky',
      release: 'web',
      strategy: 'canary',
      'traffic-split-method': 'gateway-api',
    });
    const blueGreen = runner(cluster, workspace, {
      manifests: 'bg',
      namespace: 'flaky',
      release: 'site',
      strategy: 'blue-green',
    });
    expect((await canary({ images: 'web:1' })).exitCode).toBe(0);
    expect((await blueGreen({ images: 'site:1' })).exitCode).toBe(0);
    const routePath = '/apis/gateway.networking.k8s.io/v1/namespaces/flaky/httproutes/web';
    const written = (await get(cluster, routePath)).spec;
    cluster.resetRequests();
    cluster.injectFault({ rate: 0.04, status: 500 });
    cluster.injectFault({ rate: 0.03, status: 429, retryAfterSeconds: 1 });
    cluster.injectFault({ rate: 0.03, reset: true });
    cluster.injectFault({ verb: 'watch', dropWatchAfterEvents: 3 });
    const results = [
      await canary({ images: 'web:2', steps: '- weight: 20\n- weight: 60\n- pause: until-promoted' }),
      await canary({ action: 'promote', images: 'web:2' }),
      await canary({ images: 'web:3', percentage: '50' }),
      await canary({ action: 'reject' }),
      await blueGreen({ images: 'site:2' }),
      await blueGreen({ action: 'promote', images: 'site:2' }),
    ];
    const faulted = cluster.requests().filter((r) => r.status >= 429 || r.status === 0).length;
    cluster.clearFaults();
    expect(faulted).toBeGreaterThan(10);
    for (const result of results) expect([result.exitCode, result.stderr, errorOf(result)]).toEqual([0, '', '']);
    expect(results.map((r) => r.outputs.phase)).toEqual([
      'paused',
      'promoted',
      'paused',
      'rejected',
      'paused',
      'promoted',
    ]);
    expect(results[0].outputs.weight).toBe('60');
    expect(imagesOf(await deployment(cluster, 'flaky', 'web'))).toEqual(['web:2']);
    expect(imagesOf(await deployment(cluster, 'flaky', 'site'))).toEqual(['site:2']);
    expect((await get(cluster, routePath)).spec).toEqual(written);
    for (const name of ['web-canary', 'site-green']) expect(await deployment(cluster, 'flaky', name)).toBeUndefined();
    expect(await records(cluster, 'flaky', 'web')).toEqual([
      [1, 'superseded', 'promoted'],
      [2, 'deployed', 'promoted'],
      [3, 'rejected', 'rejected'],
    ]);
  });

  test('a promote whose apply fails fails the step, keeps the canary and its record, and completes when run again', async () => {
    const workspace = workspaceWith({ 'k8s/app.yaml': docs(app('web', 'web:1', { replicas: 2 }), route) }, false);
    const run = runner(cluster, workspace, {
      manifests: 'k8s',
      namespace: 'apply',
      release: 'web',
      strategy: 'canary',
      'traffic-split-method': 'gateway-api',
    });
    expect((await run({ images: 'web:1' })).exitCode).toBe(0);
    expect((await run({ images: 'web:2' })).outputs.phase).toBe('paused');
    // Every write to the Deployment is refused: the stable side cannot get the new version.
    const undo = cluster.injectFault({
      verb: 'patch',
      resource: 'deployments',
      namespace: 'apply',
      rate: 1,
      status: 500,
    });
    const failed = await run({ action: 'promote', images: 'web:2' });
    undo();
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.status).toBe('failed');
    expect(errorOf(failed)).toMatch(
      /^Release "web" revision 2 promote failed: .*apply\/Deployment\/web.*Nothing was rolled back: run action: promote again, or reject/,
    );
    expect(imagesOf(await deployment(cluster, 'apply', 'web'))).toEqual(['web:1']);
    expect(await deployment(cluster, 'apply', 'web-canary')).toBeDefined();
    expect(await records(cluster, 'apply', 'web')).toEqual([
      [1, 'deployed', 'promoted'],
      [2, 'progressing', 'progressing'],
    ]);
    const again = await run({ action: 'promote', images: 'web:2' });
    expect([again.exitCode, again.outputs.status, again.outputs.phase]).toEqual([0, 'deployed', 'promoted']);
    expect(imagesOf(await deployment(cluster, 'apply', 'web'))).toEqual(['web:2']);
    expect(await deployment(cluster, 'apply', 'web-canary')).toBeUndefined();
  });
});
