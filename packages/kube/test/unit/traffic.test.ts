import {
  type KObject,
  blueGreenRouter,
  canaryIngress,
  checkSeparated,
  copyDeployment,
  copyService,
  digestObjects,
  objectDifference,
  podSplit,
  queryValues,
  trafficSplit,
  valueAt,
  weightedRoute,
} from '../../src/index.js';
import { measurementChart, stepRows } from '../../src/progressive/report.js';

/** The objects canary and blue-green write, built from the user's, without a cluster. */

const deployment: KObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'web',
    namespace: 'shop',
    labels: { app: 'web' },
    annotations: { 'deployment.kubernetes.io/revision': '4', note: 'kept' },
  },
  spec: {
    replicas: 6,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web', tier: 'front' } },
      spec: { containers: [{ name: 'web', image: 'web:2' }] },
    },
  },
};
const service: KObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    type: 'NodePort',
    clusterIP: '10.0.0.7',
    selector: { app: 'web', tier: 'front' },
    ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }],
  },
};

test("a separated copy: its own name, selector values suffixed, so the user's Services and HPA never see its pods", () => {
  const canary = copyDeployment(deployment, 'canary', 'separate', 2);
  expect(canary.metadata).toEqual({
    name: 'web-canary',
    namespace: 'shop',
    labels: { app: 'web', 'kube-release.dev/track': 'canary' },
    annotations: { note: 'kept' },
  });
  expect(canary.spec.replicas).toBe(2);
  expect(canary.spec.selector).toEqual({ matchLabels: { app: 'web-canary', 'kube-release.dev/track': 'canary' } });
  expect(canary.spec.template.metadata.labels).toEqual({
    app: 'web-canary',
    tier: 'front',
    'kube-release.dev/track': 'canary',
  });
  expect(deployment.spec.template.metadata.labels).toEqual({ app: 'web', tier: 'front' });
  const copy = copyService(service, deployment, 'web-canary', 'canary');
  expect(copy.spec).toEqual({
    type: 'ClusterIP',
    selector: { app: 'web-canary', tier: 'front' },
    ports: [{ port: 80, targetPort: 8080 }],
  });
  expect(() => checkSeparated([service], deployment, 'canary')).not.toThrow();
  const byTier = { ...service, spec: { ...service.spec, selector: { tier: 'front' } } };
  expect(() => checkSeparated([byTier], deployment, 'canary')).toThrow(
    'shop/Service/web selects {"tier":"front"}, none of the selector labels of shop/Deployment/web (app), so it would also send its traffic to the canary pods: add one of those labels to the Service\'s selector',
  );
});

test('a shared copy (canary by pod) stays selected by the Service; replicas follow the stable side', () => {
  const baseline = copyDeployment(deployment, 'baseline', 'shared', 1);
  expect(baseline.spec.template.metadata.labels).toEqual({
    app: 'web',
    tier: 'front',
    'kube-release.dev/track': 'baseline',
  });
  expect(baseline.spec.selector.matchLabels).toEqual({ app: 'web', 'kube-release.dev/track': 'baseline' });
  expect([podSplit(5, 20), podSplit(10, 50), podSplit(2, 10), podSplit(4, 0)]).toEqual([
    { copies: 1, share: 14 },
    { copies: 5, share: 25 },
    { copies: 1, share: 25 },
    { copies: 0, share: 0 },
  ]);
  expect(() =>
    copyDeployment(
      {
        ...deployment,
        spec: { ...deployment.spec, selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] } },
      },
      'green',
      'separate',
      1,
    ),
  ).toThrow('shop/Deployment/web: its selector uses matchExpressions');
  const long = { ...deployment, spec: { ...deployment.spec, selector: { matchLabels: { app: 'a'.repeat(60) } } } };
  expect(() => copyDeployment(long, 'canary', 'separate', 1)).toThrow('over 63 characters');
});

test('HTTPRoute: only the backends of rules that reach the Service change; other backends keep their share', () => {
  const route: KObject = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'r', namespace: 'shop' },
    spec: {
      rules: [
        {
          matches: [{ path: { value: '/a' } }],
          filters: [{ type: 'X' }],
          backendRefs: [
            { name: 'web', port: 80, filters: [{ type: 'Y' }] },
            { name: 'legacy', port: 80 },
          ],
        },
        { backendRefs: [{ name: 'web', namespace: 'other', port: 80 }] },
        { backendRefs: [{ name: 'api', port: 80, weight: 3 }] },
      ],
    },
  };
  const copy = { ...service, metadata: { name: 'web-canary', namespace: 'shop' } };
  const weighted = weightedRoute(route, [{ service, copy }], 20);
  expect(weighted.spec.rules[0]).toEqual({
    matches: [{ path: { value: '/a' } }],
    filters: [{ type: 'X' }],
    backendRefs: [
      { name: 'web', port: 80, filters: [{ type: 'Y' }], weight: 80 },
      { name: 'web-canary', port: 80, filters: [{ type: 'Y' }], weight: 20 },
      { name: 'legacy', port: 80, weight: 100 },
    ],
  });
  // Another namespace's "web", and rules that never reach the Service, stay as written.
  expect(weighted.spec.rules.slice(1)).toEqual(route.spec.rules.slice(1));
  expect(route.spec.rules[0].backendRefs).toHaveLength(2);
});

test('ingress-nginx canary Ingress and SMI TrafficSplit', () => {
  const ingress: KObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'shop', namespace: 'shop', annotations: { a: 'b' } },
    spec: {
      defaultBackend: { service: { name: 'other', port: { number: 80 } } },
      rules: [
        {
          host: 'x',
          http: {
            paths: [
              { path: '/', backend: { service: { name: 'web', port: { number: 80 } } } },
              { path: '/o', backend: { service: { name: 'other', port: { number: 80 } } } },
            ],
          },
        },
        { host: 'y', http: { paths: [{ path: '/', backend: { service: { name: 'other', port: { number: 80 } } } }] } },
      ],
    },
  };
  const copy = { ...service, metadata: { name: 'web-canary', namespace: 'shop' } };
  const canary = canaryIngress(ingress, [{ service, copy }], 15);
  expect(canary.metadata.name).toBe('shop-canary');
  expect(canary.metadata.annotations).toEqual({
    a: 'b',
    'nginx.ingress.kubernetes.io/canary': 'true',
    'nginx.ingress.kubernetes.io/canary-weight': '15',
  });
  expect(canary.spec).toEqual({
    rules: [
      {
        host: 'x',
        http: { paths: [{ path: '/', backend: { service: { name: 'web-canary', port: { number: 80 } } } }] },
      },
    ],
  });
  expect(trafficSplit('split.smi-spec.io/v1alpha1', service, copy, 30, 'canary').spec.backends).toEqual([
    { service: 'web', weight: '70' },
    { service: 'web-canary', weight: '30' },
  ]);
  expect(trafficSplit('split.smi-spec.io/v1alpha4', service, copy, 30, 'canary').metadata.name).toBe('web-rollout');
});

test("a revision's digest ignores what changes from run to run, and names what differs", () => {
  const stamped = (run: string, restartedAt: string, replicas: number): KObject => ({
    ...deployment,
    metadata: { ...deployment.metadata, annotations: { 'kube-release.dev/run': run } },
    spec: {
      ...deployment.spec,
      replicas,
      template: {
        ...deployment.spec.template,
        metadata: {
          ...deployment.spec.template.metadata,
          annotations: { 'kubectl.kubernetes.io/restartedAt': restartedAt },
        },
      },
    },
  });
  const a = digestObjects([stamped('{"runUrl":"1"}', 't1', 2), service]);
  const b = digestObjects([service, stamped('{"runUrl":"2"}', 't2', 7)]);
  expect(a.digest).toBe(b.digest);
  const changed = digestObjects([{ ...service, spec: { ...service.spec, ports: [] } }]);
  expect(objectDifference(a.objects, changed.objects)).toBe('shop/Service/web differs, shop/Deployment/web is missing');
});

test('JSON paths and Prometheus answers', () => {
  expect(valueAt({ a: { 'b-c': [{ d: 4 }] } }, "$.a['b-c'][0].d")).toBe(4);
  expect(valueAt({ a: 1 }, '$.b.c')).toBeUndefined();
  expect(queryValues({ resultType: 'vector', result: [{ value: [1, '0.5'] }, { value: [1, 'NaN'] }] })).toEqual([
    0.5,
    NaN,
  ]);
  expect(queryValues({ resultType: 'scalar', result: [1, '2'] })).toEqual([2]);
  expect(() => queryValues({ resultType: 'matrix', result: [] })).toThrow('the query returned a matrix');
});

test("the summary's step statuses and charts", () => {
  const state: any = {
    steps: [{ weight: 10 }, { analysis: ['e'] }, { pause: 'until-promoted' }, { weight: 50 }],
    step: 3,
    phase: 'paused',
    history: [
      { at: '2026-01-01T10:00:00.000Z', step: 1, weight: 0, text: 'weight 10%' },
      { at: '2026-01-01T10:00:01.000Z', step: 1, weight: 10, text: 'the new version gets 10%' },
    ],
  };
  expect(stepRows(state).map((r) => r[2])).toEqual(['done', 'done', '⏸ paused here', 'to do']);
  expect(stepRows(state)[0]).toEqual(['1', 'weight 10%', 'done', '10%', '10:00:00']);
  expect(stepRows({ ...state, step: 1, phase: 'aborted' }).map((r) => r[2])).toEqual([
    'done',
    '❌ failed',
    'not run',
    'not run',
  ]);
  expect(
    measurementChart('error-rate', 'success result < 0.05', [{ at: '2026-01-01T10:00:05.000Z', value: 0.0123456 }]),
  ).toBe(
    '```mermaid\nxychart-beta\n  title "error-rate (success result < 0.05)"\n  x-axis ["10:00:05"]\n  y-axis "value"\n  line [0.01235]\n```',
  );
});

test('blue-green switches: the Service selects green, the Ingress leads to the preview, the HTTPRoute weighs all to it', async () => {
  const preview = copyService(service, deployment, 'web-preview', 'green');
  const pairs = [{ service, copy: preview }];
  const client = undefined as never;
  const [switchedService] = await blueGreenRouter('service').route({
    client,
    bases: [service],
    pairs,
    weight: 100,
    track: 'green',
  });
  expect(switchedService.spec.selector).toEqual({ app: 'web-green', tier: 'front' });
  expect(switchedService.spec.clusterIP).toBe('10.0.0.7');
  const [unswitched] = await blueGreenRouter('service').route({
    client,
    bases: [service],
    pairs,
    weight: 0,
    track: 'green',
  });
  expect(unswitched).toEqual(service);
  const ingress: KObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'shop', namespace: 'shop' },
    spec: {
      rules: [
        {
          http: {
            paths: [
              { path: '/', backend: { service: { name: 'web', port: { number: 80 } } } },
              { path: '/o', backend: { service: { name: 'other', port: { number: 80 } } } },
            ],
          },
        },
      ],
    },
  };
  const [switchedIngress] = await blueGreenRouter('ingress').route({
    client,
    bases: [ingress],
    pairs,
    weight: 100,
    track: 'green',
  });
  expect(switchedIngress.spec.rules[0].http.paths.map((p: any) => p.backend.service.name)).toEqual([
    'web-preview',
    'other',
  ]);
  expect(switchedIngress.metadata.name).toBe('shop');
  const route: KObject = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'r', namespace: 'shop' },
    spec: { rules: [{ backendRefs: [{ name: 'web', port: 80 }] }] },
  };
  const [switchedRoute] = await blueGreenRouter('gateway-api').route({
    client,
    bases: [route],
    pairs,
    weight: 100,
    track: 'green',
  });
  expect(switchedRoute.spec.rules[0].backendRefs).toEqual([
    { name: 'web', port: 80, weight: 0 },
    { name: 'web-preview', port: 80, weight: 100 },
  ]);
  expect(
    blueGreenRouter('ingress')
      .entries([ingress, route, service], [service])
      .map((o) => o.kind),
  ).toEqual(['Ingress']);
  expect(
    blueGreenRouter('gateway-api')
      .entries([ingress, route, service], [service])
      .map((o) => o.kind),
  ).toEqual(['HTTPRoute']);
  expect(
    blueGreenRouter('service')
      .entries([ingress, route, service], [service])
      .map((o) => o.kind),
  ).toEqual(['Service']);
});
