import {
  apiGroup,
  crdIndex,
  isClusterScoped,
  objectRef,
  parseManifests,
  serializeBundle,
  toYaml,
} from '../../src/index.js';
import { loaded, obj } from './helpers.js';

const crd = (kind: string, scope: 'Namespaced' | 'Cluster') =>
  obj('CustomResourceDefinition', `${kind.toLowerCase()}s.example.com`, {
    spec: {
      group: 'example.com',
      scope,
      names: { kind, plural: `${kind.toLowerCase()}s` },
      versions: [{ name: 'v1', schema: { openAPIV3Schema: { type: 'object' } } }],
    },
  });

describe('isClusterScoped and objectRef', () => {
  test('built-in cluster-scoped kinds, by group', () => {
    expect(apiGroup('apps/v1')).toBe('apps');
    expect(apiGroup('v1')).toBe('');
    expect(isClusterScoped('v1', 'Namespace')).toBe(true);
    expect(isClusterScoped('rbac.authorization.k8s.io/v1', 'ClusterRole')).toBe(true);
    expect(isClusterScoped('rbac.authorization.k8s.io/v1', 'Role')).toBe(false);
    expect(isClusterScoped('apiextensions.k8s.io/v1', 'CustomResourceDefinition')).toBe(true);
    expect(isClusterScoped('storage.k8s.io/v1', 'StorageClass')).toBe(true);
    expect(isClusterScoped('apps/v1', 'Deployment')).toBe(false);
    expect(isClusterScoped('example.com/v1', 'Namespace')).toBe(false);
  });

  test('custom kinds take the scope of their CRD in the set; unknown kinds are namespaced', () => {
    const objects = [loaded(crd('Tenant', 'Cluster')), loaded(crd('Widget', 'Namespaced'))];
    expect(isClusterScoped('example.com/v1', 'Tenant', objects)).toBe(true);
    expect(isClusterScoped('example.com/v2', 'Tenant', crdIndex(objects))).toBe(true);
    expect(isClusterScoped('example.com/v1', 'Widget', objects)).toBe(false);
    expect(isClusterScoped('other.io/v1', 'Thing', objects)).toBe(false);
    expect(crdIndex(objects).get('example.com/Tenant')?.versions).toEqual([{ name: 'v1', schema: { type: 'object' } }]);
  });

  test('objectRef gives the contract entry: namespace omitted for cluster-scoped, else own, default, or "default"', () => {
    expect(objectRef(obj('Deployment', 'web', { metadata: { namespace: 'shop' } }))).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'shop',
    });
    expect(objectRef(obj('Deployment', 'web'), 'staging')).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'staging',
    });
    expect(objectRef(loaded(obj('Deployment', 'web')))).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'web',
      namespace: 'default',
    });
    expect(objectRef(obj('Namespace', 'shop'), 'staging')).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      name: 'shop',
    });
    expect(
      objectRef(obj('Tenant', 't', { metadata: { namespace: 'ignored' } }, 'example.com/v1'), undefined, [
        crd('Tenant', 'Cluster'),
      ]),
    ).toEqual({
      apiVersion: 'example.com/v1',
      kind: 'Tenant',
      name: 't',
    });
  });
});

describe('serializeBundle', () => {
  const text = `# the web app
apiVersion: v1
kind: ConfigMap
metadata:
  name: web # trailing comment
data:
  mode: "0644"
  enabled: "yes"
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: {name: s}
    stringData: {on: "off", date: "2024-01-01"}
`;

  test('writes documents in the given order, whole documents as written and List items from their values', () => {
    const objects = parseManifests(text, 'a.yaml');
    const bundle = serializeBundle([objects[1], objects[0]]);
    expect(bundle.startsWith('---\napiVersion: v1\nkind: Secret\n')).toBe(true);
    expect(bundle).toContain(
      '---\n# the web app\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web # trailing comment\n',
    );
    const reparsed = parseManifests(bundle, 'bundle.yaml');
    expect(reparsed.map((item) => item.object)).toEqual([objects[1].object, objects[0].object]);
  });

  test('from values: strings that YAML 1.1 readers would take for other types stay quoted', () => {
    const objects = parseManifests(text, 'a.yaml');
    const bundle = serializeBundle(objects, { from: 'values' });
    expect(bundle).toContain("mode: '0644'");
    expect(bundle).toContain("enabled: 'yes'");
    expect(bundle).toContain("date: '2024-01-01'");
    expect(parseManifests(bundle, 'b.yaml').map((item) => item.object)).toEqual(objects.map((item) => item.object));
  });

  test('plain objects and an octal mode read from the files round-trip with the same meaning', () => {
    const [pod] = parseManifests(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  volumes: [{name: v, secret: {secretName: s, defaultMode: 0400}}]\n',
      'p.yaml',
    );
    const yaml = toYaml(pod.object);
    expect(yaml).toContain('defaultMode: 256');
    const bundle = serializeBundle([obj('Namespace', 'shop'), pod.object]);
    expect(parseManifests(bundle, 'b.yaml').map((item) => item.object)).toEqual([obj('Namespace', 'shop'), pod.object]);
  });

  test('an empty set is an empty bundle', () => {
    expect(serializeBundle([])).toBe('');
  });
});
