import { INSTALL_ORDER, applyOrder, fileOrder, type LoadedObject } from '../../src/index.js';
import { loaded, obj } from './helpers.js';

const label = (items: LoadedObject[]) => items.map((item) => `${item.object.kind}/${item.object.metadata.name}`);

describe('applyOrder', () => {
  test('follows Helm install order, first to last', () => {
    expect(INSTALL_ORDER[0]).toBe('PriorityClass');
    expect(INSTALL_ORDER[1]).toBe('Namespace');
    expect(INSTALL_ORDER.slice(-2)).toEqual(['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration']);
    const kinds = [...INSTALL_ORDER].reverse();
    const objects = kinds.map((kind, index) => loaded(obj(kind, `x${index}`), '/ws/all.yaml', index));
    expect(applyOrder(objects).map((item) => item.object.kind)).toEqual(INSTALL_ORDER);
  });

  test('ServiceAccount, Secret and ConfigMap come before the workloads that use them, Ingress after Service', () => {
    const objects = [
      obj('Ingress', 'web'),
      obj('Deployment', 'web'),
      obj('Service', 'web'),
      obj('ConfigMap', 'web'),
      obj('Secret', 'web'),
      obj('ServiceAccount', 'web'),
      obj('HorizontalPodAutoscaler', 'web'),
    ].map((object, index) => loaded(object, '/ws/web.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'ServiceAccount/web',
      'Secret/web',
      'ConfigMap/web',
      'Service/web',
      'Deployment/web',
      'HorizontalPodAutoscaler/web',
      'Ingress/web',
    ]);
  });

  test('unknown kinds come after known ones, in input order; input order is kept within a kind', () => {
    const objects = [
      obj('Certificate', 'c1', {}, 'cert-manager.io/v1'),
      obj('Deployment', 'b'),
      obj('Issuer', 'i1', {}, 'cert-manager.io/v1'),
      obj('Deployment', 'a'),
      obj('Certificate', 'c0', {}, 'cert-manager.io/v1'),
      obj('ConfigMap', 'z'),
      obj('ConfigMap', 'y'),
    ].map((object, index) => loaded(object, '/ws/m.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'ConfigMap/z',
      'ConfigMap/y',
      'Deployment/b',
      'Deployment/a',
      'Certificate/c1',
      'Issuer/i1',
      'Certificate/c0',
    ]);
  });

  test('does not change its input and is idempotent', () => {
    const objects = [obj('Deployment', 'a'), obj('Namespace', 'n')].map((object) => loaded(object));
    const ordered = applyOrder(objects);
    expect(label(objects)).toEqual(['Deployment/a', 'Namespace/n']);
    expect(label(applyOrder(ordered))).toEqual(label(ordered));
  });

  test('a custom resource comes after the CRD that defines its group and kind, even when its kind name is a listed one', () => {
    const crd = obj('CustomResourceDefinition', 'services.serving.example.com', {
      spec: {
        group: 'serving.example.com',
        names: { kind: 'Service', plural: 'services' },
        scope: 'Namespaced',
        versions: [{ name: 'v1' }],
      },
    });
    const objects = [
      obj('Service', 'knative-like', {}, 'serving.example.com/v1'),
      obj('Widget', 'w', {}, 'example.com/v1'),
      crd,
      obj('Service', 'plain'),
    ].map((object, index) => loaded(object, '/ws/m.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'CustomResourceDefinition/services.serving.example.com',
      'Service/plain',
      'Service/knative-like',
      'Widget/w',
    ]);
  });

  test('a namespaced object comes after its Namespace; a cluster-scoped one does not wait', () => {
    const objects = [
      obj('ConfigMap', 'cfg', { metadata: { namespace: 'shop' } }),
      obj('PriorityClass', 'high'),
      obj('Namespace', 'shop'),
      obj('Namespace', 'other'),
    ].map((object, index) => loaded(object, '/ws/m.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'PriorityClass/high',
      'Namespace/shop',
      'Namespace/other',
      'ConfigMap/cfg',
    ]);
  });

  test('bindings come after the roles their roleRef names', () => {
    const objects = [
      obj('RoleBinding', 'read', {
        metadata: { namespace: 'shop' },
        roleRef: { kind: 'Role', name: 'reader', apiGroup: 'rbac.authorization.k8s.io' },
      }),
      obj('RoleBinding', 'view', {
        metadata: { namespace: 'shop' },
        roleRef: { kind: 'ClusterRole', name: 'admin-role' },
      }),
      obj('ClusterRoleBinding', 'admin', { roleRef: { kind: 'ClusterRole', name: 'admin-role' } }),
      obj('Role', 'reader', { metadata: { namespace: 'shop' } }),
      obj('ClusterRole', 'admin-role'),
      obj('Namespace', 'shop'),
    ].map((object, index) => loaded(object, '/ws/rbac.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'Namespace/shop',
      'ClusterRole/admin-role',
      'ClusterRoleBinding/admin',
      'Role/reader',
      'RoleBinding/read',
      'RoleBinding/view',
    ]);
  });

  test('a custom resource in a namespace created in the set waits for both the CRD and the Namespace', () => {
    const crd = obj('CustomResourceDefinition', 'tenants.example.com', {
      spec: {
        group: 'example.com',
        names: { kind: 'Tenant', plural: 'tenants' },
        scope: 'Namespaced',
        versions: [{ name: 'v1' }],
      },
    });
    const objects = [
      obj('Tenant', 't', { metadata: { namespace: 'team' } }, 'example.com/v1'),
      crd,
      obj('Namespace', 'team'),
    ].map((object, index) => loaded(object, '/ws/m.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'Namespace/team',
      'CustomResourceDefinition/tenants.example.com',
      'Tenant/t',
    ]);
  });

  test('a custom resource whose CRD redefines a listed kind name waits for its CRD, wherever that is written', () => {
    // Kind "Namespace" in group example.com is not the core Namespace: it ranks as an unknown
    // kind, after its CRD, while the core Secret in a core Namespace keeps the Helm order.
    const crd = obj('CustomResourceDefinition', 'namespaces.example.com', {
      spec: {
        group: 'example.com',
        names: { kind: 'Namespace', plural: 'namespaces' },
        scope: 'Cluster',
        versions: [{ name: 'v1' }],
      },
    });
    const objects = [
      obj('Namespace', 'custom', {}, 'example.com/v1'),
      obj('Secret', 's', { metadata: { namespace: 'late' } }),
      crd,
      obj('Namespace', 'late'),
    ].map((object, index) => loaded(object, '/ws/m.yaml', index));
    expect(label(applyOrder(objects))).toEqual([
      'Namespace/late',
      'Secret/s',
      'CustomResourceDefinition/namespaces.example.com',
      'Namespace/custom',
    ]);
  });

  test('the dependency rules win over the kind order: a namespaced kind ranked before Namespace waits for its Namespace', () => {
    // Ranks go by kind name (as Helm's do), so a PriorityClass of another API group ranks first;
    // it is namespaced, and its Namespace is created in the same set.
    const objects = [
      obj('PriorityClass', 'custom', { metadata: { namespace: 'team' } }, 'scheduling.example.com/v1'),
      obj('PriorityClass', 'high'),
      obj('Namespace', 'team'),
    ].map((object, index) => loaded(object, '/ws/m.yaml', index));
    expect(label(applyOrder(objects))).toEqual(['PriorityClass/high', 'Namespace/team', 'PriorityClass/custom']);
  });

  test('large sets are ordered without quadratic work', () => {
    const objects: LoadedObject[] = [];
    for (let i = 0; i < 5000; i += 1) {
      objects.push(loaded(obj('Deployment', `d${i}`, { metadata: { namespace: `ns${i % 50}` } }), `/ws/d${i}.yaml`));
      if (i < 50) objects.push(loaded(obj('Namespace', `ns${i}`), `/ws/ns${i}.yaml`));
    }
    const ordered = applyOrder(objects);
    expect(ordered.slice(0, 50).every((item) => item.object.kind === 'Namespace')).toBe(true);
    expect(ordered[50].object.metadata.name).toBe('d0');
    expect(ordered).toHaveLength(5050);
  });
});

describe('fileOrder', () => {
  test('a file takes the place of its earliest object', () => {
    const objects = [
      loaded(obj('Deployment', 'web'), '/ws/web.yaml', 0),
      loaded(obj('ServiceAccount', 'web'), '/ws/web.yaml', 1),
      loaded(obj('Deployment', 'api'), '/ws/api.yaml', 0),
      loaded(obj('Namespace', 'shop'), '/ws/ns.yaml', 0),
      loaded(obj('Service', 'api'), '/ws/api.yaml', 1),
    ];
    expect(fileOrder(objects)).toEqual(['/ws/ns.yaml', '/ws/web.yaml', '/ws/api.yaml']);
  });
});
