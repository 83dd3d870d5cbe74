import yaml from 'js-yaml';
import type { Cluster } from '@kra/cluster-sim';
import { gatewayApiCrds, trafficSplitCrd } from '../../../../packages/kube/test/support/crds.js';
import { adminClient, get, post, startSim, workspaceWith } from './support.js';
import { app, createNamespace, deployment, docs, imagesOf, records, runner } from './progressive-support.js';

/**
 * Canary by traffic weights, on the bundle: Gateway API HTTPRoute backends (the user's
 * matches, filters, timeouts and other rules kept exactly), an ingress-nginx canary Ingress
 * (no other Ingress read or written), and an SMI TrafficSplit in the version the cluster serves.
 */
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim({ crds: [...gatewayApiCrds(), trafficSplitCrd(['v1alpha2', 'v1alpha3'])] });
  for (const ns of ['gw', 'ing', 'mesh']) await createNamespace(cluster, ns);
});
afterAll(async () => {
  await cluster?.stop();
});

const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: web }
spec:
  parentRefs: [{ name: edge, namespace: infra, sectionName: https }]
  hostnames: [shop.example.com]
  rules:
    - matches:
        - path: { type: PathPrefix, value: /api/ }
          headers: [{ name: x-tenant, value: acme }]
      filters:
        - type: RequestHeaderModifier
          requestHeaderModifier: { add: [{ name: x-served-by, value: web }] }
        - type: URLRewrite
          urlRewrite: { path: { type: ReplacePrefixMatch, replacePrefixMatch: / } }
      backendRefs: [{ name: web, port: 80 }]
      timeouts: { request: 10s }
    - matches: [{ path: { type: PathPrefix, value: /static/ } }]
      backendRefs: [{ name: cdn-proxy, port: 80 }]
`;

const withoutBackends = (spec: any) => ({
  ...spec,
  rules: spec.rules.map(({ backendRefs: _backendRefs, ...rest }: any) => rest),
});

const endpointsOf = async (namespace: string, name: string): Promise<number> => {
  const endpoints = await get(cluster, `/api/v1/namespaces/${namespace}/endpoints/${name}`);
  return (endpoints?.subsets ?? []).reduce((n: number, s: any) => n + (s.addresses ?? []).length, 0);
};

test('gateway-api: only the backend weights of the rule that sends traffic to the stable Service change', async () => {
  const workspace = workspaceWith({ 'k8s/app.yaml': docs(app('web', 'web:1', { replicas: 4 }), route) }, false);
  const run = runner(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'gw',
    release: 'gw',
    strategy: 'canary',
    'traffic-split-method': 'gateway-api',
  });
  expect((await run({ images: 'web:1' })).exitCode).toBe(0);
  const routePath = '/apis/gateway.networking.k8s.io/v1/namespaces/gw/httproutes/web';
  const written = (await get(cluster, routePath)).spec;

  const steps = '- weight: 10\n- pause: 1s\n- weight: 50\n- pause: until-promoted';
  const canary = await run({ images: 'web:2', steps });
  expect(canary.exitCode).toBe(0);
  expect(canary.outputs).toMatchObject({ status: 'progressing', phase: 'paused', weight: '50' });
  const during = (await get(cluster, routePath)).spec;
  expect(during.rules[0].backendRefs).toEqual([
    { group: '', kind: 'Service', name: 'web', port: 80, weight: 50 },
    { group: '', kind: 'Service', name: 'web-canary', port: 80, weight: 50 },
  ]);
  // Matches, filters, timeouts, hostnames, parentRefs and the second rule stay exactly as written.
  expect(withoutBackends(during)).toEqual(withoutBackends(written));
  expect(during.rules[1]).toEqual(written.rules[1]);
  // The stable Service selects only stable pods; the canary's Service only the canary's (2 of 4 at 50%).
  expect(await endpointsOf('gw', 'web')).toBe(4);
  expect(await endpointsOf('gw', 'web-canary')).toBe(2);
  const copy = await deployment(cluster, 'gw', 'web-canary');
  expect(copy.spec.template.metadata.labels).toEqual({ app: 'web-canary', 'kube-release.dev/track': 'canary' });
  expect(canary.summary).toMatch(/\| 1 \| weight 10% \| done \| 10% \|/);
  expect(canary.summary).toMatch(/\| 4 \| pause until promoted \| ⏸ paused here \| 50% \|/);
  expect(canary.summary).toContain('rule 1: web 50%, web-canary 50%; rule 2: cdn-proxy 100%');

  const promoted = await run({ action: 'promote', images: 'web:2' });
  expect(promoted.exitCode).toBe(0);
  expect(promoted.outputs).toMatchObject({ status: 'deployed', phase: 'promoted', weight: '100' });
  expect((await get(cluster, routePath)).spec).toEqual(written);
  expect(imagesOf(await deployment(cluster, 'gw', 'web'))).toEqual(['web:2']);
  expect(await deployment(cluster, 'gw', 'web-canary')).toBeUndefined();
  expect(await get(cluster, '/api/v1/namespaces/gw/services/web-canary')).toBeUndefined();
});

const ingress = (name: string, paths: Array<[string, string]>) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
  annotations: { nginx.ingress.kubernetes.io/proxy-body-size: 8m }
spec:
  ingressClassName: nginx
  tls: [{ hosts: [shop.example.com], secretName: shop-tls }]
  rules:
    - host: shop.example.com
      http:
        paths:
${paths.map(([path, service]) => `          - { path: ${path}, pathType: Prefix, backend: { service: { name: ${service}, port: { number: 80 } } } }`).join('\n')}
`;

test("ingress-nginx: a canary Ingress beside the user's, for the changed Deployment's paths only; no other Ingress touched", async () => {
  // An Ingress of another team in the same namespace: never read, never written.
  const admin = adminClient(cluster);
  await admin.apply(
    { ...(yaml.load(ingress('blog', [['/blog', 'blog']])) as any), metadata: { name: 'blog', namespace: 'ing' } },
    { fieldManager: 'other-team' },
  );
  const blogVersion = (await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/blog')).metadata
    .resourceVersion;
  const workspace = workspaceWith(
    {
      'k8s/app.yaml': docs(
        app('shop', 'shop:1'),
        app('api', 'api:1'),
        ingress('shop', [
          ['/', 'shop'],
          ['/api', 'api'],
        ]),
      ),
    },
    false,
  );
  const run = runner(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'ing',
    release: 'ing',
    strategy: 'canary',
    'traffic-split-method': 'ingress-nginx',
  });
  expect((await run({ images: 'shop:1\napi:1' })).exitCode).toBe(0);
  const userIngress = await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/shop');

  const canary = await run({ images: 'shop:2\napi:1', percentage: '25' });
  expect(canary.exitCode).toBe(0);
  expect(canary.outputs).toMatchObject({ phase: 'paused', weight: '25' });
  const canaryIngress = await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/shop-canary');
  expect(canaryIngress.metadata.annotations).toMatchObject({
    'nginx.ingress.kubernetes.io/canary': 'true',
    'nginx.ingress.kubernetes.io/canary-weight': '25',
    'nginx.ingress.kubernetes.io/proxy-body-size': '8m',
  });
  expect(canaryIngress.spec).toEqual({
    ingressClassName: 'nginx',
    tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
    rules: [
      {
        host: 'shop.example.com',
        http: {
          paths: [
            { path: '/', pathType: 'Prefix', backend: { service: { name: 'shop-canary', port: { number: 80 } } } },
          ],
        },
      },
    ],
  });
  // api's template did not change: no canary for it.
  expect(await deployment(cluster, 'ing', 'api-canary')).toBeUndefined();
  expect(
    (await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/shop')).metadata.resourceVersion,
  ).toBe(userIngress.metadata.resourceVersion);

  const rejected = await run({ action: 'reject' });
  expect(rejected.exitCode).toBe(0);
  expect(rejected.outputs).toMatchObject({ status: 'rejected', phase: 'rejected', weight: '0' });
  expect(await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/shop-canary')).toBeUndefined();
  expect(await deployment(cluster, 'ing', 'shop-canary')).toBeUndefined();
  expect(imagesOf(await deployment(cluster, 'ing', 'shop'))).toEqual(['shop:1']);
  expect(
    (await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/shop')).metadata.resourceVersion,
  ).toBe(userIngress.metadata.resourceVersion);
  expect(
    (await get(cluster, '/apis/networking.k8s.io/v1/namespaces/ing/ingresses/blog')).metadata.resourceVersion,
  ).toBe(blogVersion);
  admin.close();
});

test('smi: a TrafficSplit in the newest version the cluster serves, removed at promote', async () => {
  const workspace = workspaceWith({ 'k8s/app.yaml': app('web', 'web:1', { replicas: 3 }) }, false);
  const run = runner(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'mesh',
    release: 'mesh',
    strategy: 'canary',
    'traffic-split-method': 'smi',
  });
  expect((await run({ images: 'web:1' })).exitCode).toBe(0);
  const canary = await run({ images: 'web:2', percentage: '30' });
  expect(canary.exitCode).toBe(0);
  const split = await get(cluster, '/apis/split.smi-spec.io/v1alpha3/namespaces/mesh/trafficsplits/web-rollout');
  expect(split.spec).toEqual({
    service: 'web',
    backends: [
      { service: 'web', weight: 70 },
      { service: 'web-canary', weight: 30 },
    ],
  });
  const promoted = await run({ action: 'promote', images: 'web:2' });
  expect(promoted.exitCode).toBe(0);
  expect(
    await get(cluster, '/apis/split.smi-spec.io/v1alpha3/namespaces/mesh/trafficsplits/web-rollout'),
  ).toBeUndefined();
  expect(imagesOf(await deployment(cluster, 'mesh', 'web'))).toEqual(['web:2']);
  expect(await records(cluster, 'mesh', 'mesh')).toEqual([
    [1, 'superseded', 'promoted'],
    [2, 'deployed', 'promoted'],
  ]);
  // The methods name what they need when the cluster or the manifests lack it.
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'bare' } });
  const bare = runner(cluster, workspace, {
    manifests: 'k8s',
    namespace: 'bare',
    release: 'bare',
    strategy: 'canary',
    'traffic-split-method': 'gateway-api',
  });
  expect((await bare({ images: 'web:1' })).exitCode).toBe(0);
  const noRoute = await bare({ images: 'web:2' });
  expect(noRoute.exitCode).toBe(1);
  expect(noRoute.annotations.find((a) => a.level === 'error')?.message).toContain(
    'traffic-split-method gateway-api: no HTTPRoute in the manifests sends traffic to bare/Service/web: add the HTTPRoute to the manifests, or choose another method',
  );
});
