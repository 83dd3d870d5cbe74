import { parseChecksums, parseRestartInput, stampChecksums, stampRestarts } from '../../src/config-changes.js';
import { assignNamespaces, checkIdentities, crdScope, labelObjects } from '../../src/prepare.js';
import type { KObject } from '../../src/client.js';

const deployment = (name: string, images: string[], init: string[] = [], namespace?: string): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, ...(namespace ? { namespace } : {}) },
  spec: {
    template: {
      metadata: { labels: { app: name } },
      spec: {
        initContainers: init.map((image, i) => ({ name: `init${i}`, image })),
        containers: images.map((image, i) => ({ name: `c${i}`, image })),
      },
    },
  },
});

describe('config changes', () => {
  test('restart takes JSON from detect-config-changes or kind/name lines', () => {
    expect(
      parseRestartInput(
        'restart',
        '[{"apiVersion":"apps/v1","kind":"Deployment","namespace":"shop","name":"web","reason":"x"}]',
      ),
    ).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' }]);
    expect(parseRestartInput('restart', 'Deployment/web\nshop/StatefulSet/db')).toEqual([
      { kind: 'Deployment', name: 'web' },
      { namespace: 'shop', kind: 'StatefulSet', name: 'db' },
    ]);
    expect(parseRestartInput('restart', 'Deployment shop/web\nStatefulSet db')).toEqual([
      { kind: 'Deployment', namespace: 'shop', name: 'web' },
      { kind: 'StatefulSet', name: 'db' },
    ]);
    expect(() => parseRestartInput('restart', 'web')).toThrow(/Input "restart" line "web"/);
  });
  test('restartedAt and config-hash land on pod templates only', () => {
    const objects = [deployment('web', ['a'], [], 'shop'), deployment('api', ['b'], [], 'shop')];
    const restarts = stampRestarts(
      objects,
      [
        { kind: 'Deployment', name: 'web' },
        { kind: 'Deployment', name: 'gone' },
      ],
      '2024-01-01T00:00:00Z',
      'shop',
    );
    expect(restarts.unmatched).toEqual([{ kind: 'Deployment', name: 'gone' }]);
    expect(objects[0].spec.template.metadata.annotations).toEqual({
      'kubectl.kubernetes.io/restartedAt': '2024-01-01T00:00:00Z',
    });
    expect(objects[0].metadata.annotations).toBeUndefined();
    const stamped = stampChecksums(
      objects,
      parseChecksums('checksums', {
        'apps/v1/Deployment/shop/api': 'sha256:1',
        'apps/v1/Deployment/shop/x': 'sha256:2',
      }),
      'shop',
    );
    expect(stamped.stamped).toEqual(['apps/Deployment/shop/api']);
    expect(objects[1].spec.template.metadata.annotations).toEqual({ 'kube-release.dev/config-hash': 'sha256:1' });
    expect(() => parseChecksums('checksums', { a: 1 })).toThrow(/Input "checksums"/);
  });
});

describe('namespaces and labels', () => {
  const crd: KObject = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com',
      scope: 'Namespaced',
      names: { kind: 'Widget', plural: 'widgets' },
      versions: [{ name: 'v1' }],
    },
  };
  test('fills namespaces of namespaced objects only; own namespaces are kept', async () => {
    const objects: KObject[] = [
      crd,
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other', namespace: 'oops' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'other' } },
      { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } },
    ];
    const served: Record<string, boolean> = { Namespace: false, ConfigMap: true, CustomResourceDefinition: false };
    await assignNamespaces(objects, 'shop', async (_v, kind) => served[kind]);
    expect(objects.map((o) => o.metadata.namespace)).toEqual([undefined, undefined, 'shop', 'other', 'shop']);
    expect(crdScope(objects, 'example.com/v2', 'Widget')).toBeUndefined();
  });
  test('an unknown kind names the object and applies nothing', async () => {
    await expect(
      assignNamespaces(
        [{ apiVersion: 'example.com/v1', kind: 'Gadget', metadata: { name: 'g' } }],
        'shop',
        async () => undefined,
      ),
    ).rejects.toThrow(/Gadget\/g: the cluster does not serve kind Gadget.*Nothing was applied/);
  });
  test('duplicates and nameless objects are refused', () => {
    const cm = (name?: string): KObject => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: 'shop' },
    });
    expect(() => checkIdentities([cm('a'), cm('a')])).toThrow(/appears twice/);
    expect(() => checkIdentities([cm()])).toThrow(/no metadata.name/);
  });
  test('labels and the run annotation', () => {
    const objects: KObject[] = [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', labels: { app: 'x' } } }];
    labelObjects(objects, 'shop', { repository: 'acme/shop', sha: 'abc', runUrl: 'u', actor: 'me', version: '1.0.0' });
    expect(objects[0].metadata.labels).toEqual({
      app: 'x',
      'app.kubernetes.io/managed-by': 'k8s-deploy',
      'kube-release.dev/release': 'shop',
    });
    expect(JSON.parse(objects[0].metadata.annotations!['kube-release.dev/run'])).toEqual({
      repository: 'acme/shop',
      sha: 'abc',
      runUrl: 'u',
      actor: 'me',
      version: '1.0.0',
    });
  });
});
