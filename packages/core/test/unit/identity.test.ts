import {
  apiGroup,
  describeIdentity,
  groupKind,
  identityKey,
  identityOf,
  parseChecksumKey,
  checksumKey,
} from '../../src/index.js';

describe('object identity', () => {
  test('the group, not the version, belongs to the identity; the core group is empty', () => {
    expect(apiGroup('apps/v1')).toBe('apps');
    expect(apiGroup('v1')).toBe('');
    expect(groupKind('v1', 'Service')).toBe('/Service');
    const v1 = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' } };
    const beta = { apiVersion: 'apps/v1beta2', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' } };
    expect(identityKey(v1)).toBe('apps/Deployment/shop/web');
    expect(identityKey(beta)).toBe(identityKey(v1));
  });

  test("an object naming no namespace is matched after defaulting: the run's namespace, else `default`", () => {
    const bare = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' } };
    expect(identityKey(bare)).toBe('/ConfigMap/default/cfg');
    expect(identityKey(bare, { defaultNamespace: 'shop' })).toBe('/ConfigMap/shop/cfg');
    expect(identityKey({ apiVersion: 'v1', kind: 'ConfigMap', name: 'cfg', namespace: 'shop' })).toBe(
      identityKey(bare, { defaultNamespace: 'shop' }),
    );
    expect(identityKey(bare, { defaultNamespace: 'shop' })).not.toBe(identityKey(bare));
  });

  test('a cluster-scoped object has no namespace, whatever it says', () => {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', namespace: 'ignored' } };
    expect(identityKey(ns, { clusterScoped: true })).toBe('/Namespace//shop');
    expect(describeIdentity(identityOf(ns, { clusterScoped: true }))).toBe('Namespace shop');
  });

  test('object list entries and objects give one key', () => {
    expect(identityKey({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' })).toBe(
      identityKey({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' } }),
    );
  });

  test('parseChecksumKey inverts checksumKey, for grouped and core kinds, with and without a namespace', () => {
    for (const entry of [
      { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
      { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'p' },
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
    ]) {
      expect(parseChecksumKey(checksumKey(entry))).toEqual(entry);
    }
    expect(parseChecksumKey('Deployment/web')).toBeUndefined();
    expect(parseChecksumKey('a/b/c/d/e/f')).toBeUndefined();
  });
});
