import { fieldMatcher, labelMatcher, labelSelectorObjectMatcher } from '../../../src/api/selectors.js';
import { FaultInjector, parseFaultRule, RequestLog } from '../../../src/faults/index.js';
import { RbacAuthorizer, forbiddenError, ruleAllows } from '../../../src/rbac/index.js';
import { parseArgs } from '../../../src/cli/main.js';
import type { KObject } from '../../../src/store-api.js';

describe('selectors', () => {
  test('label selector grammar', () => {
    const m = labelMatcher('app=web,tier!=db,env in (prod, staging),!legacy,track');
    expect(m({ app: 'web', env: 'prod', track: 'x' })).toBe(true);
    expect(m({ app: 'web', env: 'dev', track: 'x' })).toBe(false);
    expect(m({ app: 'web', env: 'prod', track: 'x', legacy: 'y' })).toBe(false);
    expect(m({ app: 'web', env: 'prod' })).toBe(false);
    expect(labelMatcher('env notin (a)')({})).toBe(true);
    expect(() => labelMatcher('a=b=c')).toThrow();
    expect(
      labelSelectorObjectMatcher({ matchLabels: { a: '1' }, matchExpressions: [{ key: 'b', operator: 'Exists' }] })({
        a: '1',
        b: '',
      }),
    ).toBe(true);
  });

  test('field selectors for pods', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace: 'n' },
      spec: { nodeName: 'n1' },
      status: { phase: 'Running' },
    } as KObject;
    expect(fieldMatcher('pods', 'status.phase=Running,metadata.namespace=n')(pod)).toBe(true);
    expect(fieldMatcher('pods', 'spec.nodeName!=n1')(pod)).toBe(false);
    expect(() => fieldMatcher('configmaps', 'status.phase=Running')).toThrow(/field label not supported: status.phase/);
  });
});

describe('faults', () => {
  test('nth, times, rate and matching by verb, resource and namespace', () => {
    const faults = new FaultInjector(() => 0.5);
    faults.add({ verb: 'patch', resource: 'deployments', nth: 2, status: 503 });
    faults.add({ verb: 'get', rate: 0.4, status: 500 });
    faults.add({ verb: 'get', rate: 0.6, status: 429, times: 1 });
    expect(faults.match({ verb: 'patch', resource: 'deployments' })).toBeUndefined();
    expect(faults.match({ verb: 'patch', resource: 'deployments' })?.rule.status).toBe(503);
    expect(faults.match({ verb: 'patch', resource: 'deployments' })).toBeUndefined();
    expect(faults.match({ verb: 'get', resource: 'pods' })?.rule.status).toBe(429);
    expect(faults.match({ verb: 'get', resource: 'pods' })).toBeUndefined();
    expect(parseFaultRule('verb=patch,rate=0.1,status=503')).toEqual({ verb: 'patch', rate: 0.1, status: 503 });
    expect(() => parseFaultRule('verb=patch,status=418')).toThrow(/status must be one of/);
    expect(() => parseFaultRule('verb=patch')).toThrow(/say what to inject/);
    expect(() => parseFaultRule('colour=red,status=500')).toThrow(/unknown key "colour"/);
  });

  test('the request log counts per verb and resource', () => {
    const log = new RequestLog();
    log.add({ verb: 'patch', group: 'apps', resource: 'deployments', dryRun: false, status: 200 });
    log.add({ verb: 'patch', group: 'apps', resource: 'deployments', dryRun: true, status: 200 });
    log.add({ verb: 'get', group: '', resource: 'pods', subresource: 'log', dryRun: false, status: 200 });
    expect(log.countsByKey()).toEqual({ 'get pods/log': 1, 'patch deployments.apps': 2 });
  });
});

describe('RBAC', () => {
  const objects: Record<string, KObject[]> = {
    clusterroles: [
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'reader' },
        rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list'] }],
      },
    ],
    clusterrolebindings: [],
    roles: [
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: 'deployer', namespace: 'shop' },
        rules: [{ apiGroups: ['apps'], resources: ['deployments'], verbs: ['patch'], resourceNames: ['web'] }],
      },
    ],
    rolebindings: [
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'b1', namespace: 'shop' },
        roleRef: { kind: 'Role', name: 'deployer' },
        subjects: [{ kind: 'ServiceAccount', name: 'ci' }],
      },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'b2', namespace: 'shop' },
        roleRef: { kind: 'ClusterRole', name: 'reader' },
        subjects: [{ kind: 'Group', name: 'devs' }],
      },
    ],
  };
  const authz = new RbacAuthorizer((_g, resource, namespace) =>
    (objects[resource] ?? []).filter((o) => !namespace || o.metadata.namespace === namespace),
  );
  const sa = { username: 'system:serviceaccount:shop:ci', groups: ['system:serviceaccounts'] };
  const attrs = (user: any, verb: string, resource: string, extra: Record<string, unknown> = {}) => ({
    user,
    verb,
    isResourceRequest: true,
    path: '',
    group: resource === 'deployments' ? 'apps' : '',
    resource,
    namespace: 'shop',
    ...extra,
  });

  test('rules: verbs, groups, resourceNames, subresources, service-account and group subjects', () => {
    expect(authz.authorize(attrs(sa, 'patch', 'deployments', { name: 'web' })).allowed).toBe(true);
    expect(authz.authorize(attrs(sa, 'patch', 'deployments', { name: 'api' })).allowed).toBe(false);
    expect(authz.authorize(attrs(sa, 'patch', 'deployments')).allowed).toBe(false);
    const dev = { username: 'bob', groups: ['devs'] };
    expect(authz.authorize(attrs(dev, 'get', 'pods', { subresource: 'log', name: 'p' })).allowed).toBe(true);
    expect(authz.authorize(attrs(dev, 'delete', 'pods', { name: 'p' })).allowed).toBe(false);
    expect(authz.authorize({ ...attrs(dev, 'get', 'pods'), namespace: 'other' }).allowed).toBe(false);
    expect(authz.authorize(attrs({ username: 'root', groups: ['system:masters'] }, 'delete', 'nodes')).allowed).toBe(
      true,
    );
    expect(
      ruleAllows(
        { verbs: ['get'], nonResourceURLs: ['/apis/*'] },
        { verb: 'get', isResourceRequest: false, path: '/apis/apps', group: '', resource: '' },
      ),
    ).toBe(true);
    expect(
      ruleAllows(
        { verbs: ['*'], apiGroups: ['*'], resources: ['*/scale'] },
        {
          verb: 'patch',
          isResourceRequest: true,
          path: '',
          group: 'apps',
          resource: 'deployments',
          subresource: 'scale',
        },
      ),
    ).toBe(true);
  });

  test('denial messages', () => {
    expect(forbiddenError(attrs(sa, 'patch', 'deployments', { name: 'web', subresource: 'scale' })).message).toBe(
      'deployments.apps "web" is forbidden: User "system:serviceaccount:shop:ci" cannot patch resource "deployments/scale" in API group "apps" in the namespace "shop"',
    );
    expect(
      forbiddenError({ user: sa, verb: 'get', isResourceRequest: false, path: '/metrics', group: '', resource: '' })
        .message,
    ).toBe('forbidden: User "system:serviceaccount:shop:ci" cannot get path "/metrics"');
  });
});

describe('CLI arguments', () => {
  test('flags map to cluster options; bad values fail with the flag named', () => {
    const { options, faults } = parseArgs([
      'start',
      '--port',
      '0',
      '--tls',
      '--rbac',
      '--clock-speed',
      '10',
      '--nodes',
      '3',
      '--pod-rule',
      'image=*:broken,fail=ImagePullBackOff',
      '--fault',
      'verb=patch,rate=0.1,status=503',
    ]);
    expect(options).toMatchObject({
      port: 0,
      tls: true,
      rbac: true,
      clock: { speed: 10 },
      nodes: 3,
      podRules: [{ image: '*:broken', fail: 'ImagePullBackOff' }],
    });
    expect(faults).toEqual([{ verb: 'patch', rate: 0.1, status: 503 }]);
    expect(() => parseArgs(['start', '--nodes', 'many'])).toThrow('--nodes needs a number, got "many"');
    expect(() => parseArgs(['start', '--bogus'])).toThrow(/unknown option "--bogus"/);
    expect(() => parseArgs(['stop'])).toThrow(/unknown command "stop"/);
  });
});
