import { normalizeForDiff, objectDiff, sameContent } from '../../src/diff.js';
import { leaseAvailable, microTime } from '../../src/lock.js';
import { conflictMessage, kindGroups } from '../../src/apply.js';
import { ApiError, type KObject } from '../../src/client.js';
import { RUN_ANNOTATION } from '../../src/labels.js';

const live: KObject = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name: 'cfg',
    namespace: 'shop',
    uid: 'u1',
    resourceVersion: '42',
    creationTimestamp: '2024-01-01T00:00:00Z',
    managedFields: [{ manager: 'k8s-deploy' }],
    annotations: { [RUN_ANNOTATION]: '{"sha":"old"}' },
  },
  data: { mode: 'a' },
};

describe('diff', () => {
  test('ignores server-set fields and the per-run annotation', () => {
    const preview = {
      ...structuredClone(live),
      metadata: { ...live.metadata, resourceVersion: '43', annotations: { [RUN_ANNOTATION]: '{"sha":"new"}' } },
    };
    expect(sameContent(live, preview)).toBe(true);
    expect(normalizeForDiff(live)).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg', namespace: 'shop' },
      data: { mode: 'a' },
    });
    expect(objectDiff('shop/ConfigMap/cfg', live, preview)).toBe('');
  });
  test('a unified diff of a change', () => {
    const diff = objectDiff('shop/ConfigMap/cfg', live, { ...live, data: { mode: 'b' } });
    expect(diff).toContain('--- live/shop/ConfigMap/cfg');
    expect(diff).toContain('+++ applied/shop/ConfigMap/cfg');
    expect(diff).toContain('-  mode: a');
    expect(diff).toContain('+  mode: b');
  });
  test('a new object diffs against /dev/null', () => {
    expect(objectDiff('x', undefined, live)).toContain('--- /dev/null');
  });
  test('Secret values never appear; changed ones are marked', () => {
    const secret = (data: Record<string, string>): KObject => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'shop' },
      data,
    });
    const diff = objectDiff(
      'shop/Secret/s',
      secret({ password: 'b2xk', user: 'YWRtaW4=' }),
      secret({ password: 'bmV3', user: 'YWRtaW4=' }),
    );
    expect(diff).not.toMatch(/b2xk|bmV3|YWRtaW4/);
    expect(diff).toMatch(/\+ {2}password: '?\*\*\* \(changed\)/);
    expect(diff).not.toMatch(/[-+] {2}user/);
  });
});

describe('lease', () => {
  const now = Date.parse('2024-01-01T00:01:00Z');
  test('free when absent, ours, or expired', () => {
    expect(leaseAvailable(undefined, 'me', now)).toBe(true);
    expect(
      leaseAvailable({ holder: 'me', renewTime: '2024-01-01T00:00:59.000000Z', leaseDurationSeconds: 30 }, 'me', now),
    ).toBe(true);
    expect(
      leaseAvailable(
        { holder: 'other', renewTime: '2024-01-01T00:00:59.000000Z', leaseDurationSeconds: 30 },
        'me',
        now,
      ),
    ).toBe(false);
    expect(
      leaseAvailable(
        { holder: 'other', renewTime: '2024-01-01T00:00:10.000000Z', leaseDurationSeconds: 30 },
        'me',
        now,
      ),
    ).toBe(true);
  });
  test('MicroTime has microseconds', () => {
    expect(microTime(new Date('2024-01-01T00:00:00.123Z'))).toBe('2024-01-01T00:00:00.123000Z');
  });
});

describe('apply helpers', () => {
  test('a conflict names the fields and managers and what to do', () => {
    const error = new ApiError(
      409,
      'Apply failed with 1 conflict: conflict with "kubectl-edit" using apps/v1: .spec.replicas',
      'Conflict',
      [
        {
          type: 'FieldManagerConflict',
          message: 'conflict with "kubectl-edit" using apps/v1',
          field: '.spec.replicas',
        },
      ],
    );
    const message = conflictMessage('shop/Deployment/web', error);
    expect(message).toContain('.spec.replicas (owned by "kubectl-edit")');
    expect(message).toContain('force-conflicts: true');
  });
  test('apply groups keep order; passive kinds and workloads go together', () => {
    const o = (kind: string, name: string, apiVersion = 'v1') => ({
      object: { apiVersion, kind, metadata: { name } } as KObject,
    });
    const groups = kindGroups([
      o('Namespace', 'a'),
      o('ServiceAccount', 'b'),
      o('ConfigMap', 'c'),
      o('Role', 'r', 'rbac.authorization.k8s.io/v1'),
      o('RoleBinding', 'rb', 'rbac.authorization.k8s.io/v1'),
      o('Service', 'd'),
      o('Deployment', 'e', 'apps/v1'),
      o('StatefulSet', 'f', 'apps/v1'),
      o('Job', 'g', 'batch/v1'),
    ]);
    expect(groups.map((g) => g.map((i) => i.object.metadata.name))).toEqual([
      ['a'],
      ['b', 'c'],
      ['r'],
      ['rb'],
      ['d'],
      ['e', 'f'],
      ['g'],
    ]);
  });
});
