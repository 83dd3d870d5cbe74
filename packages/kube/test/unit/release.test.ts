import { decodeRecord, encodeRecord, inventoryOf, lastDeployed, type ReleaseRecord } from '../../src/release.js';
import { RELEASE_SECRET_TYPE } from '../../src/labels.js';

const record = (revision: number, status: ReleaseRecord['status']): ReleaseRecord => ({
  release: 'shop',
  revision,
  status,
  time: '2024-01-01T00:00:00.000Z',
  updated: '2024-01-01T00:00:01.000Z',
  repository: 'acme/shop',
  sha: 'abc',
  version: '1.4.0',
  actor: 'octocat',
  runUrl: 'https://github.com/acme/shop/actions/runs/1',
  images: ['ghcr.io/acme/web:1.4.0@sha256:00'],
  objects: [
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, data: { password: 'c2VjcmV0' } },
  ],
  inventory: [{ apiVersion: 'v1', kind: 'Secret', namespace: 'shop' }],
});

describe('release records', () => {
  test('round-trip through a typed, labelled Secret with the objects gzipped', () => {
    const secret = encodeRecord(record(3, 'deployed'), 'shop');
    expect(secret.type).toBe(RELEASE_SECRET_TYPE);
    expect(secret.metadata.name).toBe('k8s-deploy.shop.v3');
    expect(secret.metadata.labels).toMatchObject({
      'kube-release.dev/record': 'shop',
      'kube-release.dev/revision': '3',
      'kube-release.dev/status': 'deployed',
    });
    expect(secret.metadata.labels).not.toHaveProperty('kube-release.dev/release');
    // The payload is gzip (magic 1f 8b), so Secret values of the objects are not readable in it as text.
    const bytes = Buffer.from(secret.data.release, 'base64');
    expect(bytes[0]).toBe(0x1f);
    expect(bytes[1]).toBe(0x8b);
    expect(JSON.stringify(secret)).not.toContain('c2VjcmV0');
    expect(decodeRecord(secret)).toEqual(record(3, 'deployed'));
  });
  test('the status label wins over the payload (a record marked later)', () => {
    const secret = encodeRecord(record(3, 'deployed'), 'shop');
    secret.metadata.labels!['kube-release.dev/status'] = 'superseded';
    expect(decodeRecord(secret).status).toBe('superseded');
  });
  test('lastDeployed and inventory', () => {
    expect(lastDeployed([record(1, 'superseded'), record(2, 'deployed'), record(3, 'rolled-back')])?.revision).toBe(2);
    expect(lastDeployed([record(1, 'failed')])).toBeUndefined();
    expect(
      inventoryOf([
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'x' } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'x' } },
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } },
      ]),
    ).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'x' },
      { apiVersion: 'v1', kind: 'Namespace' },
    ]);
  });
});
