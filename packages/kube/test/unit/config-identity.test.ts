import { stampChecksums, stampRestarts } from '../../src/config-changes.js';
import type { KObject } from '../../src/client.js';

/**
 * Issue 10 item 7: `restart` entries and `checksums` keys are matched with the one object
 * identity, after namespace defaulting: an entry naming no namespace means the namespace the
 * deploy goes to, not every namespace; an entry naming another namespace matches nothing.
 */
const deployment = (name: string, namespace: string): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: { template: { metadata: {}, spec: { containers: [{ name, image: `${name}:1` }] } } },
});
const annotations = (o: KObject) => o.spec.template.metadata.annotations;

test('a restart entry without a namespace means the deploy namespace, not every namespace', () => {
  const objects = [deployment('web', 'shop'), deployment('web', 'other')];
  const result = stampRestarts(objects, [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }], 'now', 'shop');
  expect(result.restarted).toEqual(['apps/Deployment/shop/web']);
  expect(annotations(objects[0])).toEqual({ 'kubectl.kubernetes.io/restartedAt': 'now' });
  expect(annotations(objects[1])).toBeUndefined();
});

test('a restart entry keyed to a namespace the objects are not in matches nothing', () => {
  const objects = [deployment('web', 'shop')];
  const ref = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' };
  expect(stampRestarts(objects, [ref], 'now', 'shop').unmatched).toEqual([ref]);
  // The group must match too: an extensions/v1beta1 Deployment is another kind.
  expect(
    stampRestarts(objects, [{ apiVersion: 'example.com/v1', kind: 'Deployment', name: 'web' }], 'now', 'shop')
      .unmatched,
  ).toHaveLength(1);
  // Lines without an apiVersion match the kind in any group, written in any case.
  expect(stampRestarts(objects, [{ kind: 'deployment', name: 'web' }], 'now', 'shop').restarted).toHaveLength(1);
});

test('checksum keys without a namespace are defaulted to the deploy namespace; others match exactly', () => {
  const objects = [deployment('web', 'shop'), deployment('web', 'other'), deployment('api', 'shop')];
  const result = stampChecksums(
    objects,
    {
      'apps/v1/Deployment//web': 'sha256:1',
      'apps/v1/Deployment/default/api': 'sha256:2',
      'not a key': 'sha256:3',
    },
    'shop',
  );
  expect(result.stamped).toEqual(['apps/Deployment/shop/web']);
  expect(result.unmatched).toEqual(['apps/v1/Deployment/default/api', 'not a key']);
  expect(annotations(objects[0])).toEqual({ 'kube-release.dev/config-hash': 'sha256:1' });
  expect(annotations(objects[1])).toBeUndefined();
  expect(annotations(objects[2])).toBeUndefined();
});
