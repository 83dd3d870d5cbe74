import { kustomizeHash } from '@kra/manifests';
import type { KObject } from '../../src/client.js';
import { DeployRun } from '../../src/deploy-run.js';
import type { DeployOptions } from '../../src/deploy-options.js';
import { helmHookOf } from '../../src/helm-hooks.js';
import { CONFIG_MODE_ANNOTATION, versionConfigs, versionedName } from '../../src/immutable-configs.js';
import { CONFIG_VERSION_LABEL } from '../../src/labels.js';

function run(configMode: 'mutable' | 'immutable' = 'immutable'): DeployRun & { lines: string[] } {
  const lines: string[] = [];
  const options = {
    configMode,
    log: { info: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), debug: () => undefined },
  } as unknown as DeployOptions;
  return Object.assign(new DeployRun(options), { lines });
}

const config = (name: string, extra: Partial<KObject> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'shop' },
  data: { a: '1' },
  ...extra,
});

function reader(volumes: Array<Record<string, unknown>>): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      template: {
        spec: {
          containers: [{ name: 'web', image: 'web:1', envFrom: [{ configMapRef: { name: 'web-config' } }] }],
          volumes,
        },
      },
    },
  };
}

test('config-mode immutable renames what pods read and rewrites every reference', () => {
  const generated = `gen-${kustomizeHash(config('x'))}`;
  const objects: KObject[] = [
    config('web-config'),
    config('unread'),
    config('opted-out', {
      metadata: { name: 'opted-out', namespace: 'shop', annotations: { [CONFIG_MODE_ANNOTATION]: 'mutable' } },
    }),
    config(generated),
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'tls', namespace: 'shop' },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': 'YQ==' },
    },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'token', namespace: 'shop' }, stringData: { t: 'x' } },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', namespace: 'shop' },
      spec: { tls: [{ secretName: 'tls' }] },
    },
    reader([
      { name: 'a', configMap: { name: 'opted-out' } },
      { name: 'b', configMap: { name: generated } },
      { name: 'c', secret: { secretName: 'tls' } },
      { name: 'd', projected: { sources: [{ secret: { name: 'token' } }, { configMap: { name: 'web-config' } }] } },
    ]),
  ];
  const expected = versionedName(objects[0]);
  const deploy = run();
  versionConfigs(deploy, objects);
  expect(objects[0].metadata).toMatchObject({ name: expected, labels: { [CONFIG_VERSION_LABEL]: 'web-config' } });
  expect(objects[0].immutable).toBe(true);
  expect(objects.slice(1, 5).map((o) => o.metadata.name)).toEqual(['unread', 'opted-out', generated, 'tls']);
  expect(objects[5].metadata.name).toMatch(/^token-[0-9a-f]{10}$/);
  const spec = objects[7].spec.template.spec;
  expect(spec.containers[0].envFrom[0].configMapRef.name).toBe(expected);
  expect(
    spec.volumes.map(
      (v: any) =>
        v.configMap?.name ??
        v.secret?.secretName ??
        v.projected.sources.map((s: any) => s.secret?.name ?? s.configMap.name),
    ),
  ).toEqual(['opted-out', generated, 'tls', [objects[5].metadata.name, expected]]);
  expect(deploy.lines.join('\n')).toMatch(
    /kept .*unread \(no pod template reads it\).*opted-out \(kube-release\.dev\/config-mode: mutable\).*already kustomize’s content hash.*an Ingress names it for TLS/,
  );
});

test('the same content gives the same name; the default mode changes nothing', () => {
  expect(versionedName(config('web-config'))).toBe(
    versionedName(config('web-config', { metadata: { name: 'web-config', labels: { x: 'y' } } })),
  );
  expect(versionedName(config('web-config'))).not.toBe(versionedName(config('web-config', { data: { a: '2' } })));
  const objects = [config('web-config'), reader([])];
  versionConfigs(run('mutable'), objects);
  expect(objects[0].metadata.name).toBe('web-config');
});

test('helm hooks: events, weight, and before-hook-creation when no policy is given', () => {
  const job = (annotations: Record<string, string>): KObject => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'j', annotations },
  });
  expect(helmHookOf(job({}))).toBeUndefined();
  expect(helmHookOf(job({ 'helm.sh/hook': 'pre-install, pre-upgrade', 'helm.sh/hook-weight': '-5' }))).toMatchObject({
    events: ['pre-install', 'pre-upgrade'],
    weight: -5,
    deletePolicies: ['before-hook-creation'],
  });
  expect(helmHookOf(job({ 'helm.sh/hook': 'test', 'helm.sh/hook-delete-policy': 'hook-succeeded' }))).toMatchObject({
    events: ['test'],
    weight: 0,
    deletePolicies: ['hook-succeeded'],
  });
});
