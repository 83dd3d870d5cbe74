import {
  clientSideAppliers,
  keptByOthers,
  printFieldPath,
  unionFields,
  upgradeManagedFields,
} from '../../src/index.js';
import type { KObject } from '../../src/client.js';

/** csaupgrade.UpgradeManagedFields' rules, case by case (client-go's upgrade_test.go covers the same ground). */
const LAST_APPLIED = {
  'f:metadata': { 'f:annotations': { 'f:kubectl.kubernetes.io/last-applied-configuration': {} } },
};
const entry = (manager: string, operation: string, fieldsV1: Record<string, unknown>, apiVersion = 'apps/v1') => ({
  manager,
  operation,
  apiVersion,
  time: '2024-01-01T00:00:00Z',
  fieldsType: 'FieldsV1',
  fieldsV1,
});
const object = (managedFields: unknown[]): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', managedFields },
});

test('client-side appliers are the Update owners of the last-applied annotation', () => {
  const o = object([
    entry('kubectl-client-side-apply', 'Update', { ...LAST_APPLIED, 'f:spec': { 'f:replicas': {} } }),
    entry('kube-controller-manager', 'Update', { 'f:status': {} }),
    entry('kubectl-last-applied', 'Apply', LAST_APPLIED),
  ]);
  expect(clientSideAppliers(o)).toEqual(['kubectl-client-side-apply']);
  expect(upgradeManagedFields(object([entry('k8s-deploy', 'Apply', { 'f:spec': {} })]), 'k8s-deploy')).toBeUndefined();
});

test('without an Apply entry of ours, the client-side entry becomes it', () => {
  const upgraded = upgradeManagedFields(
    object([
      entry('kube-controller-manager', 'Update', { 'f:status': {} }),
      entry('kubectl-client-side-apply', 'Update', { ...LAST_APPLIED, 'f:spec': { 'f:replicas': {} } }),
    ]),
    'k8s-deploy',
  );
  expect(upgraded).toEqual([
    entry('kube-controller-manager', 'Update', { 'f:status': {} }),
    entry('k8s-deploy', 'Apply', { ...LAST_APPLIED, 'f:spec': { 'f:replicas': {} } }),
  ]);
});

test('with one, the client-side fields of the same apiVersion are merged into it; other versions are dropped', () => {
  const upgraded = upgradeManagedFields(
    object([
      entry('k8s-deploy', 'Apply', { 'f:spec': { 'f:template': { 'f:spec': {} } } }),
      entry('kubectl-client-side-apply', 'Update', { ...LAST_APPLIED, 'f:spec': { 'f:replicas': {} } }),
      entry('kubectl-client-side-apply', 'Update', { 'f:spec': { 'f:paused': {} } }, 'apps/v1beta1'),
    ]),
    'k8s-deploy',
  );
  expect(upgraded).toEqual([
    entry('k8s-deploy', 'Apply', { ...LAST_APPLIED, 'f:spec': { 'f:template': { 'f:spec': {} }, 'f:replicas': {} } }),
  ]);
});

test('field sets union without recursion, and print as paths', () => {
  let deep: Record<string, unknown> = {};
  const root = deep;
  for (let i = 0; i < 50_000; i += 1) deep = (deep['f:a'] = {}) as Record<string, unknown>;
  expect(() => unionFields(root, root)).not.toThrow();
  expect(unionFields({ 'f:a': { 'f:b': {} } }, { 'f:a': { 'f:c': {} }, 'f:d': {} })).toEqual({
    'f:a': { 'f:b': {}, 'f:c': {} },
    'f:d': {},
  });
  expect(printFieldPath('f:spec\u0000f:containers\u0000k:{"name":"web"}\u0000f:env\u0000k:{"name":"FOO"}')).toBe(
    '.spec.containers[name="web"].env[name="FOO"]',
  );
});

test('fields a client-side applier owned are not reported as kept by others: they are migrated', () => {
  const fields = (names: string[]) => ({ 'f:data': Object.fromEntries(names.map((n) => [`f:${n}`, {}])) });
  const live = object([entry('kubectl-client-side-apply', 'Update', { ...LAST_APPLIED, ...fields(['a', 'b']) })]);
  const preview = object([entry('k8s-deploy', 'Apply', fields(['a']))]);
  expect(keptByOthers(live, preview, 'k8s-deploy')).toEqual([]);
  const edited = object([
    entry('k8s-deploy', 'Apply', fields(['a', 'b'])),
    entry('kubectl-edit', 'Update', fields(['b'])),
  ]);
  expect(keptByOthers(edited, preview, 'k8s-deploy')).toEqual([{ field: '.data.b', managers: ['kubectl-edit'] }]);
});
