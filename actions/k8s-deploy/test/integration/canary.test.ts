import type { Cluster } from '@kra/cluster-sim';
import { everything, get, startSim, tokensOf, workspaceWith } from './support.js';
import {
  app,
  createNamespace,
  deployment,
  docs,
  errorOf,
  imagesOf,
  records,
  runner,
  scaleAsAutoscaler,
  service,
} from './progressive-support.js';

/**
 * Canary by pod, on the bundled action, in separate runs as a workflow's jobs would be: a
 * first deploy (nothing stable: a plain deploy that says so), a canary beside an HPA-scaled
 * Deployment and one in another namespace, a refused promote, a promote, its re-run, a
 * second canary, a refused basic deploy, a reject and its re-run.
 */
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim();
  await createNamespace(cluster, 'shop');
  await createNamespace(cluster, 'backoffice');
});
afterAll(async () => {
  await cluster?.stop();
});

const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: { name: web }
spec:
  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }
  minReplicas: 2
  maxReplicas: 10
  metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } } }]
`;

test('canary by pod: first deploy, canary beside an HPA and across namespaces, promote, reject, and their re-runs', async () => {
  const workspace = workspaceWith(
    { 'k8s/app.yaml': docs(app('web', 'web:1'), app('admin', 'admin:1', { namespace: 'backoffice' }), hpa) },
    false,
  );
  const run = runner(cluster, workspace, { manifests: 'k8s', namespace: 'shop', release: 'shop', strategy: 'canary' });

  // A first deploy: nothing runs yet, so there is nothing to run a canary beside.
  const first = await run({ images: 'web:1\nadmin:1', percentage: '20' });
  expect(first.stderr).toBe('');
  expect(first.exitCode).toBe(0);
  expect(first.outputs).toMatchObject({ status: 'deployed', phase: 'promoted', weight: '100', revision: '1' });
  expect(first.log).toContain(
    'first deploy: shop/Deployment/web, backoffice/Deployment/admin do not run yet, so there is no stable version to run a canary beside; deployed as is (strategy basic)',
  );
  expect(first.summary).toContain('deployed as is (strategy basic)');

  // The HPA scales web to 5, as its controller would.
  await scaleAsAutoscaler(cluster, 'shop', 'web', 5);

  const canary = await run({ images: 'web:2\nadmin:2', percentage: '20' });
  expect(canary.exitCode).toBe(0);
  // 1 canary and 1 baseline beside 5 stable web pods, and beside 2 admin pods: 2 of 11 pods.
  expect(canary.outputs).toMatchObject({ status: 'progressing', phase: 'paused', weight: '18', revision: '2' });
  const [webCanary, webBaseline, adminCanary] = await Promise.all([
    deployment(cluster, 'shop', 'web-canary'),
    deployment(cluster, 'shop', 'web-baseline'),
    deployment(cluster, 'backoffice', 'admin-canary'),
  ]);
  expect(imagesOf(webCanary)).toEqual(['web:2']);
  expect(webCanary.spec.replicas).toBe(1);
  expect(webCanary.spec.template.metadata.labels).toEqual({ app: 'web', 'kube-release.dev/track': 'canary' });
  expect(imagesOf(webBaseline)).toEqual(['web:1']);
  expect(webBaseline.spec.replicas).toBe(1);
  expect(imagesOf(adminCanary)).toEqual(['admin:2']);
  // The stable side is untouched: the HPA's 5 replicas, the old image, the Service as written.
  const stable = await deployment(cluster, 'shop', 'web');
  expect([imagesOf(stable), stable.spec.replicas]).toEqual([['web:1'], 5]);
  expect((await service(cluster, 'shop', 'web')).spec.selector).toEqual({ app: 'web' });
  expect(canary.log).toContain(
    'shop/Deployment/web is scaled by shop/HorizontalPodAutoscaler/web: the copies are sized from its 5 live replicas',
  );
  expect(canary.summary).toContain('#### What runs where');
  expect(canary.summary).toMatch(/\| canary \| `shop\/Deployment\/web-canary` \| 1\/1 \| `web:2` \|/);
  expect(canary.summary).toContain(
    '| traffic | `shop/Service/web` |  |  | selects web, web-canary and web-baseline: 18% of the pods run the new version |',
  );
  expect(canary.summary).toContain('    action: promote\n    images: |\n      web:2\n      admin:2');
  expect(canary.summary).toContain('    action: reject');

  // A promote with other images than the canary's is refused, and changes nothing.
  const wrong = await run({ action: 'promote', images: 'web:3\nadmin:2' });
  expect(wrong.exitCode).toBe(1);
  expect(errorOf(wrong)).toBe(
    'Promote refused: the images differ from the ones revision 2 rolled out (it runs web:2, admin:2; this run has web:3, admin:2). Promote the same manifests and images, or set force: true to promote these instead',
  );
  expect(await deployment(cluster, 'shop', 'web-canary')).toBeDefined();

  const promoted = await run({ action: 'promote', images: 'web:2\nadmin:2' });
  expect(promoted.exitCode).toBe(0);
  expect(promoted.outputs).toMatchObject({ status: 'deployed', phase: 'promoted', weight: '100', revision: '2' });
  const after = await deployment(cluster, 'shop', 'web');
  // The new version, at the HPA's replica count (the manifest says 2).
  expect([imagesOf(after), after.spec.replicas]).toEqual([['web:2'], 5]);
  expect(imagesOf(await deployment(cluster, 'backoffice', 'admin'))).toEqual(['admin:2']);
  for (const [ns, name] of [
    ['shop', 'web-canary'],
    ['shop', 'web-baseline'],
    ['backoffice', 'admin-canary'],
    ['backoffice', 'admin-baseline'],
  ])
    expect(await deployment(cluster, ns, name)).toBeUndefined();
  expect(await get(cluster, '/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers/web')).toBeDefined();
  expect(await records(cluster, 'shop', 'shop')).toEqual([
    [1, 'superseded', 'promoted'],
    [2, 'deployed', 'promoted'],
  ]);

  // A promote run again (a re-run job) finds its work done.
  const again = await run({ action: 'promote' });
  expect(again.exitCode).toBe(0);
  expect(again.log).toContain('revision 2 was already promoted: nothing to do');

  const second = await run({ images: 'web:3\nadmin:3', percentage: '50' });
  expect(second.outputs).toMatchObject({ status: 'progressing', phase: 'paused' });
  expect((await deployment(cluster, 'shop', 'web-canary')).spec.replicas).toBe(3);
  // While it runs, a basic deploy would leave the canary behind: refused.
  const basic = await run({ strategy: 'basic', images: 'web:4\nadmin:4' });
  expect(basic.exitCode).toBe(1);
  expect(errorOf(basic)).toBe(
    'Release "shop" has a canary rollout in progress (revision 3, paused): finish it with action: promote or reject (strategy: canary) before a basic deploy',
  );

  const rejected = await run({ action: 'reject' });
  expect(rejected.exitCode).toBe(0);
  expect(rejected.outputs).toMatchObject({ status: 'rejected', phase: 'rejected', weight: '0' });
  expect(imagesOf(await deployment(cluster, 'shop', 'web'))).toEqual(['web:2']);
  expect(await deployment(cluster, 'shop', 'web-canary')).toBeUndefined();
  expect(await deployment(cluster, 'backoffice', 'admin-baseline')).toBeUndefined();
  const rejectAgain = await run({ action: 'reject' });
  expect(rejectAgain.exitCode).toBe(0);
  expect(rejectAgain.log).toContain('revision 3 was already rejected: nothing to do');
  const nothing = await run({ action: 'promote' });
  expect(nothing.exitCode).toBe(1);
  expect(errorOf(nothing)).toBe(
    'Nothing to promote: release "shop" has no canary or blue-green rollout in progress (its newest revision, 3, is rejected (canary rejected)). Deploy with strategy: canary or blue-green first',
  );
  expect(await records(cluster, 'shop', 'shop')).toEqual([
    [1, 'superseded', 'promoted'],
    [2, 'deployed', 'promoted'],
    [3, 'rejected', 'rejected'],
  ]);
  for (const result of [first, canary, wrong, promoted, again, second, basic, rejected, rejectAgain, nothing])
    for (const token of tokensOf(cluster.kubeconfig)) expect(everything(result)).not.toContain(token);
});
