import { parseAuditLog } from '../../src/audit.js';
import { configVerdict, hasEnvReferences } from '../../src/config-check.js';
import { auditPolicyYaml } from '../../src/audit.js';
import yaml from 'js-yaml';

const event = (fields: Record<string, unknown>) =>
  JSON.stringify({
    kind: 'Event',
    apiVersion: 'audit.k8s.io/v1',
    level: 'Metadata',
    auditID: 'a1',
    stage: 'ResponseComplete',
    verb: 'get',
    requestURI: '/api/v1/namespaces/shop/pods/web',
    userAgent: 'kubectl/v1.37.2',
    objectRef: { resource: 'pods', namespace: 'shop', name: 'web', apiVersion: 'v1' },
    responseStatus: { code: 200 },
    ...fields,
  });

describe('the audit log as request entries', () => {
  test('a resource request becomes cluster-sim shaped entry; dry run and field manager come from the URI', () => {
    const text = [
      event({}),
      event({
        auditID: 'a2',
        verb: 'patch',
        requestURI: '/apis/apps/v1/namespaces/shop/deployments/web?dryRun=All&fieldManager=k8s-deploy&force=true',
        objectRef: { resource: 'deployments', namespace: 'shop', name: 'web', apiGroup: 'apps', apiVersion: 'v1' },
        responseStatus: { code: 409 },
      }),
      event({
        auditID: 'a3',
        verb: 'get',
        requestURI: '/api/v1/namespaces/shop/pods/web/log',
        objectRef: { resource: 'pods', subresource: 'log', namespace: 'shop', name: 'web', apiVersion: 'v1' },
      }),
    ].join('\n');
    expect(parseAuditLog(text)).toEqual([
      {
        verb: 'get',
        group: '',
        resource: 'pods',
        namespace: 'shop',
        name: 'web',
        dryRun: false,
        status: 200,
        userAgent: 'kubectl/v1.37.2',
      },
      {
        verb: 'patch',
        group: 'apps',
        resource: 'deployments',
        namespace: 'shop',
        name: 'web',
        dryRun: true,
        status: 409,
        fieldManager: 'k8s-deploy',
        userAgent: 'kubectl/v1.37.2',
      },
      {
        verb: 'get',
        group: '',
        resource: 'pods',
        subresource: 'log',
        namespace: 'shop',
        name: 'web',
        dryRun: false,
        status: 200,
        userAgent: 'kubectl/v1.37.2',
      },
    ]);
  });

  test('a watch logged when its response starts and when it ends counts once; non-resource and half-written lines are skipped', () => {
    const watch = {
      auditID: 'w1',
      verb: 'watch',
      requestURI: '/api/v1/pods?watch=1',
      objectRef: { resource: 'pods', apiVersion: 'v1' },
    };
    const text = [
      event({ ...watch, stage: 'ResponseStarted' }),
      event({ auditID: 'n1', verb: 'get', requestURI: '/version', objectRef: undefined }),
      event({ ...watch, stage: 'ResponseComplete' }),
      '{"kind":"Event","auditID":"x',
    ].join('\n');
    const entries = parseAuditLog(text);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ verb: 'watch', resource: 'pods' });
  });

  test('the policy leaves the control plane’s own users out and records the rest at Metadata', () => {
    const policy = yaml.load(auditPolicyYaml()) as any;
    expect(policy.rules[0].users).toEqual(expect.arrayContaining(['system:kube-controller-manager', 'kra:kwok']));
    expect(policy.rules.at(-1)).toEqual({ level: 'Metadata' });
  });
});

describe('the kubelet config check', () => {
  const pod = (env: unknown[], envFrom: unknown[] = []) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'reader-1', namespace: 'default' },
    spec: {
      containers: [
        { name: 'app', image: 'reader:1', env, envFrom },
        { name: 'side', image: 'side:1' },
      ],
    },
  });
  const settings = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'settings', namespace: 'default' },
    data: { color: 'blue' },
  };
  const lookup = (resource: string, _ns: string, name: string) =>
    resource === 'configmaps' && name === 'settings' ? settings : undefined;

  test('a missing key, ConfigMap or Secret gives the kubelet’s message for that container; optional ones pass', () => {
    const missingKey = pod([{ name: 'SIZE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'size' } } }]);
    expect(configVerdict(missingKey as any, lookup as any)).toEqual({
      'control-plane.kra/config': 'error',
      'control-plane.kra/config-errors': JSON.stringify({
        app: "couldn't find key size in ConfigMap default/settings",
      }),
    });
    const missingSecret = pod([], [{ secretRef: { name: 'creds' } }]);
    expect(JSON.parse(configVerdict(missingSecret as any, lookup as any)['control-plane.kra/config-errors'])).toEqual({
      app: 'secret "creds" not found',
    });
    const optional = pod([
      { name: 'SIZE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'size', optional: true } } },
    ]);
    expect(configVerdict(optional as any, lookup as any)).toEqual({ 'control-plane.kra/config': 'ok' });
    const present = pod([{ name: 'COLOR', valueFrom: { configMapKeyRef: { name: 'settings', key: 'color' } } }]);
    expect(configVerdict(present as any, lookup as any)).toEqual({ 'control-plane.kra/config': 'ok' });
  });

  test('only pods whose environment refers to a ConfigMap or Secret wait for the check', () => {
    expect(hasEnvReferences(pod([{ name: 'A', value: '1' }]) as any)).toBe(false);
    expect(hasEnvReferences(pod([], [{ configMapRef: { name: 'x' } }]) as any)).toBe(true);
  });
});
