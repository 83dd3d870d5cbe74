import { compareManifests } from '../../src/config-changes.js';
import { kustomizeGeneratedStem, kustomizeHash } from '../../src/kustomize-names.js';
import { parseManifests } from '../../src/yaml.js';
import type { KubeObject } from '../../src/types.js';

// What kustomize 5.8 printed for `configMapGenerator: [{name: c, literals: [a=1]}]`, and for
// a Secret and a ConfigMap with HTML characters and binaryData (namePrefix, nameSuffix too).
const configMap = (name: string, data: Record<string, string>, extra: Partial<KubeObject> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name },
  data,
  ...extra,
});

test('kustomize’s hash of a generated ConfigMap, as kustomize computes it', () => {
  expect(kustomizeHash(configMap('c', { a: '1' }))).toBe('h29d89cmmt');
  expect(kustomizeGeneratedStem(configMap('c-h29d89cmmt', { a: '1' }))).toBe('c');
  expect(kustomizeGeneratedStem(configMap('prod-web-config-x-45d4kttb9t', { a: '1', b: '<x>&y', c: '3' }))).toBe(
    'prod-web-config-x',
  );
  const secret: KubeObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/tls',
    metadata: { name: 'prod-tls-x-td2b65gdb7' },
    data: { 'tls.crt': 'YWJj', 'tls.key': 'ZGVm' },
  };
  expect(kustomizeGeneratedStem(secret)).toBe('prod-tls-x');
});

test('a name that merely looks generated, or content that changed under it, is not', () => {
  expect(kustomizeGeneratedStem(configMap('c-h29d89cmmt', { a: '2' }))).toBeUndefined();
  expect(kustomizeGeneratedStem(configMap('backup-script', { a: '1' }))).toBeUndefined();
  expect(kustomizeGeneratedStem({ ...configMap('c-h29d89cmmt', { a: '1' }), kind: 'Service' })).toBeUndefined();
});

test('compareManifests: a generated config that changed name with its content is one modified config', () => {
  const reader = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: cache, namespace: dev }
spec:
  selector: { matchLabels: { app: cache } }
  template:
    metadata: { labels: { app: cache } }
    spec:
      containers: [{ name: redis, image: redis, envFrom: [{ configMapRef: { name: ${name} } }] }]
      volumes: [{ name: config, configMap: { name: ${name} } }]
`;
  const generated = (name: string, value: string) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name}, namespace: dev }\ndata: { a: "${value}" }\n`;
  const newName = `c-${kustomizeHash(configMap('x', { a: '2' }))}`;
  const base = parseManifests(`${generated('c-h29d89cmmt', '1')}---\n${reader('c-h29d89cmmt')}`, 'base.yaml');
  const head = parseManifests(`${generated(newName, '2')}---\n${reader(newName)}`, 'head.yaml');
  const diff = compareManifests(base, head);
  expect(diff.changedConfigs).toEqual([{ kind: 'ConfigMap', name: newName, namespace: 'dev', change: 'modified' }]);
  expect(diff.affectedWorkloads).toEqual([
    expect.objectContaining({ name: 'cache', specChanged: true, restart: false }),
  ]);
  expect(diff.restart).toEqual([]);
});
