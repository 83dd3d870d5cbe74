import { compareManifests } from '../../src/config-changes.js';
import { parseManifests } from '../../src/yaml.js';
import type { LoadedObject } from '../../src/types.js';

/**
 * Issue 10 item 7: detect-config-changes must not invent a namespace. Objects that name none,
 * compared without a `namespace` input, come out without one (k8s-deploy defaults them to the
 * namespace it deploys to); with the input, they carry it; their own namespace always wins.
 */
const load = (files: Record<string, string>): LoadedObject[] =>
  Object.entries(files).flatMap(([file, text]) => parseManifests(text, file));

const configMap = (value: string, namespace?: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
${namespace ? `  namespace: ${namespace}\n` : ''}data:
  MODE: ${value}
`;

const deployment = (namespace?: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
${namespace ? `  namespace: ${namespace}\n` : ''}spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: web:1
          envFrom: [{ configMapRef: { name: web-config } }]
`;

const compare = (namespace: string | undefined, objectNamespace?: string) =>
  compareManifests(
    load({ 'c.yaml': configMap('slow', objectNamespace), 'd.yaml': deployment(objectNamespace) }),
    load({ 'c.yaml': configMap('fast', objectNamespace), 'd.yaml': deployment(objectNamespace) }),
    { namespace },
  );

test('objects naming no namespace, compared without the namespace input, come out without one', () => {
  const diff = compare(undefined);
  expect(diff.restart).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }]);
  expect(Object.keys(diff.checksums)).toEqual(['apps/v1/Deployment//web']);
  expect(diff.changedConfigs).toEqual([{ kind: 'ConfigMap', name: 'web-config', change: 'modified' }]);
  expect(diff.affectedWorkloads[0]).toMatchObject({ kind: 'Deployment', name: 'web' });
  expect(diff.affectedWorkloads[0].namespace).toBeUndefined();
  expect(diff.affectedWorkloads[0].configs).toEqual([expect.not.objectContaining({ namespace: expect.anything() })]);
});

test('with the namespace input they carry it; a namespace of their own always wins', () => {
  expect(compare('shop').restart).toEqual([
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
  ]);
  expect(Object.keys(compare('shop').checksums)).toEqual(['apps/v1/Deployment/shop/web']);
  expect(compare('shop', 'other').restart).toEqual([
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'other', name: 'web' },
  ]);
  expect(compare(undefined, 'default').restart).toEqual([
    { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' },
  ]);
});
