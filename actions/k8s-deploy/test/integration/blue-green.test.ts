import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cluster } from '@kra/cluster-sim';
import { gatewayApiCrds, trafficSplitCrd } from '../../../../packages/kube/test/support/crds.js';
import { get, startSim, workspaceWith } from './support.js';
import {
  app,
  createNamespace,
  deployment,
  docs,
  errorOf,
  imagesOf,
  records,
  runner,
  service,
} from './progressive-support.js';

/**
 * Blue-green on the bundle: green beside the user's Deployment with a preview Service; a
 * promote that switches traffic to green, brings the user's own Deployment to the new version
 * and switches back (the Service never without a ready pod), run twice; a reject that leaves
 * traffic alone; and, by Gateway API, analysis before the switch that passes or rejects.
 */
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim({ crds: [...gatewayApiCrds(), trafficSplitCrd(['v1alpha4'])] });
  for (const ns of ['bg', 'bgw', 'bgi', 'bgs']) await createNamespace(cluster, ns);
});
afterAll(async () => {
  await cluster?.stop();
});

/** The ready pods behind a Service, by name. */
async function readyPods(namespace: string, name: string): Promise<string[]> {
  const endpoints = await get(cluster, `/api/v1/namespaces/${namespace}/endpoints/${name}`);
  return (endpoints?.subsets ?? []).flatMap((s: any) => (s.addresses ?? []).map((a: any) => a.targetRef?.name ?? a.ip));
}

test('by Service: promote switches to green and back with a ready pod behind the Service throughout; reject leaves traffic alone', async () => {
  const workspace = workspaceWith({ 'k8s/app.yaml': app('web', 'web:1', { replicas: 3 }) }, false);
  const run = runner(cluster, workspace, { manifests: 'k8s', namespace: 'bg', release: 'bg', strategy: 'blue-green' });
  expect((await run({ images: 'web:1' })).outputs.phase).toBe('promoted');
  const written = await service(cluster, 'bg', 'web');

  const green = await run({ images: 'web:2' });
  expect(green.exitCode).toBe(0);
  expect(green.outputs).toMatchObject({ status: 'progressing', phase: 'paused', weight: '0' });
  const copy = await deployment(cluster, 'bg', 'web-green');
  expect([imagesOf(copy), copy.spec.replicas]).toEqual([['web:2'], 3]);
  expect((await service(cluster, 'bg', 'web-preview')).spec.selector).toEqual({ app: 'web-green' });
  expect(await readyPods('bg', 'web-preview')).toHaveLength(3);
  expect((await service(cluster, 'bg', 'web')).metadata.resourceVersion).toBe(written.metadata.resourceVersion);
  expect((await readyPods('bg', 'web')).every((pod) => pod.startsWith('web-') && !pod.startsWith('web-green-'))).toBe(
    true,
  );

  // Watch what the Service sends traffic to while the promote runs. The user's Deployment's new
  // pods take 20 simulated seconds to be ready: green carries the traffic all that while.
  cluster.setPodRule({ image: 'web:2', readyAfterMs: 20_000 });
  const seen: string[][] = [];
  let promoting = true;
  const watching = (async () => {
    while (promoting) {
      seen.push(await readyPods('bg', 'web'));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const promoted = await run({ action: 'promote', images: 'web:2', 'version-switch-buffer': '1s' });
  promoting = false;
  await watching;
  expect(promoted.exitCode).toBe(0);
  expect(promoted.outputs).toMatchObject({ status: 'deployed', phase: 'promoted', weight: '100' });
  expect(seen.filter((pods) => pods.length === 0)).toEqual([]);
  expect(seen.some((pods) => pods.length > 0 && pods.every((p) => p.startsWith('web-green-')))).toBe(true);
  expect(promoted.log).toContain('version-switch-buffer: switching in 1s');
  expect(promoted.log).toContain('traffic switched to bg/Deployment/web-green (service)');
  const after = await deployment(cluster, 'bg', 'web');
  expect([imagesOf(after), after.spec.replicas]).toEqual([['web:2'], 3]);
  expect((await service(cluster, 'bg', 'web')).spec.selector).toEqual({ app: 'web' });
  expect(await deployment(cluster, 'bg', 'web-green')).toBeUndefined();
  expect(await service(cluster, 'bg', 'web-preview')).toBeUndefined();

  // The same promote job re-run: its work is done, and it says so.
  const again = await run({ action: 'promote', images: 'web:2' });
  expect(again.exitCode).toBe(0);
  expect(again.log).toContain('revision 2 was already promoted: nothing to do');

  const third = await run({ images: 'web:3' });
  expect(third.outputs.phase).toBe('paused');
  const before = (await service(cluster, 'bg', 'web')).metadata.resourceVersion;
  const rejected = await run({ action: 'reject' });
  expect(rejected.outputs).toMatchObject({ status: 'rejected', phase: 'rejected' });
  expect((await service(cluster, 'bg', 'web')).metadata.resourceVersion).toBe(before);
  expect(imagesOf(await deployment(cluster, 'bg', 'web'))).toEqual(['web:2']);
  expect(await deployment(cluster, 'bg', 'web-green')).toBeUndefined();
  expect(await records(cluster, 'bg', 'bg')).toEqual([
    [1, 'superseded', 'promoted'],
    [2, 'deployed', 'promoted'],
    [3, 'rejected', 'rejected'],
  ]);
});

const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: api }
spec:
  parentRefs: [{ name: edge }]
  rules:
    - matches: [{ path: { type: PathPrefix, value: /v1 } }]
      filters: [{ type: RequestHeaderModifier, requestHeaderModifier: { set: [{ name: x-api, value: v1 }] } }]
      backendRefs: [{ name: api, port: 80 }]
`;

test('by Gateway API: a smoke check of green runs before the switch; failing, green is removed and the route never changed', async () => {
  // The preview's smoke endpoint: healthy for every version but "bad".
  const server = createServer((request, response) => {
    response.writeHead(request.url === '/healthz/bad' ? 503 : 200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const smoke = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz/{{version}}`;
  const workspace = workspaceWith({ 'k8s/app.yaml': docs(app('api', 'api:1'), route) }, false);
  const run = runner(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'bgw',
    release: 'bgw',
    strategy: 'blue-green',
    'route-method': 'gateway-api',
    analysis: `- { name: smoke, type: http, url: '${smoke}', interval: 200ms, count: 2 }`,
  });
  try {
    expect((await run({ images: 'api:1', version: '1' })).exitCode).toBe(0);
    const routePath = '/apis/gateway.networking.k8s.io/v1/namespaces/bgw/httproutes/api';
    const written = await get(cluster, routePath);

    expect((await run({ images: 'api:2', version: '2' })).outputs.phase).toBe('paused');
    const promoted = await run({ action: 'promote', images: 'api:2' });
    expect(promoted.exitCode).toBe(0);
    expect(promoted.log).toContain('analysis before the switch: smoke');
    expect(promoted.log).toContain('traffic switched to bgw/Deployment/api-green (gateway-api)');
    expect((await get(cluster, routePath)).spec).toEqual(written.spec);
    expect(imagesOf(await deployment(cluster, 'bgw', 'api'))).toEqual(['api:2']);

    const routeVersion = (await get(cluster, routePath)).metadata.resourceVersion;
    expect((await run({ images: 'api:3', version: 'bad' })).outputs.phase).toBe('paused');
    const refused = await run({ action: 'promote', images: 'api:3' });
    expect(refused.exitCode).toBe(1);
    expect(refused.outputs).toMatchObject({ status: 'rolled-back', phase: 'aborted', weight: '0' });
    expect(errorOf(refused)).toBe(
      'Release "bgw" revision 3 promote failed: check "smoke" failed: 1 of 1 measurements failed (failure-limit 0): status 503, expected 200.',
    );
    expect((await get(cluster, routePath)).metadata.resourceVersion).toBe(routeVersion);
    expect(imagesOf(await deployment(cluster, 'bgw', 'api'))).toEqual(['api:2']);
    expect(await deployment(cluster, 'bgw', 'api-green')).toBeUndefined();
    expect(await get(cluster, '/api/v1/namespaces/bgw/services/api-preview')).toBeUndefined();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('by Ingress and by SMI: promote ends with the Ingress as written and no TrafficSplit; the log shows the switch', async () => {
  const ingress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop }
spec:
  rules:
    - host: shop.example.com
      http:
        paths:
          - { path: /, pathType: Prefix, backend: { service: { name: shop, port: { number: 80 } } } }
          - { path: /blog, pathType: Prefix, backend: { service: { name: blog, port: { number: 80 } } } }
`;
  const workspace = workspaceWith(
    { 'ing/app.yaml': docs(app('shop', 'shop:1'), ingress), 'smi/app.yaml': app('shop', 'shop:1') },
    false,
  );
  const byIngress = runner(cluster, workspace, {
    manifests: 'ing',
    namespace: 'bgi',
    release: 'shop',
    strategy: 'blue-green',
    'route-method': 'ingress',
  });
  const bySmi = runner(cluster, workspace, {
    manifests: 'smi',
    namespace: 'bgs',
    release: 'shop',
    strategy: 'blue-green',
    'route-method': 'smi',
  });
  for (const run of [byIngress, bySmi]) {
    expect((await run({ images: 'shop:1' })).outputs.phase).toBe('promoted');
    expect((await run({ images: 'shop:2' })).outputs.phase).toBe('paused');
  }
  const written = await get(cluster, '/apis/networking.k8s.io/v1/namespaces/bgi/ingresses/shop');
  const promotedIngress = await byIngress({ action: 'promote', images: 'shop:2' });
  expect(promotedIngress.exitCode).toBe(0);
  expect(promotedIngress.log).toContain('traffic switched to bgi/Deployment/shop-green (ingress)');
  expect(promotedIngress.log).toContain('bgi/Ingress/shop: configured');
  expect((await get(cluster, '/apis/networking.k8s.io/v1/namespaces/bgi/ingresses/shop')).spec).toEqual(written.spec);
  expect(imagesOf(await deployment(cluster, 'bgi', 'shop'))).toEqual(['shop:2']);

  const promotedSmi = await bySmi({ action: 'promote', images: 'shop:2' });
  expect(promotedSmi.exitCode).toBe(0);
  expect(promotedSmi.log).toContain('bgs/TrafficSplit/shop-rollout: created');
  expect(promotedSmi.log).toContain('traffic switched to bgs/Deployment/shop-green (smi)');
  expect(promotedSmi.log).toContain('bgs/TrafficSplit/shop-rollout: deleted');
  expect(
    await get(cluster, '/apis/split.smi-spec.io/v1alpha4/namespaces/bgs/trafficsplits/shop-rollout'),
  ).toBeUndefined();
  expect(imagesOf(await deployment(cluster, 'bgs', 'shop'))).toEqual(['shop:2']);
});
