import type { KObject } from '../client.js';
import { customResourceRule, customResourceStatus, isCustomResource } from './custom-resource.js';

const cr = (conditions?: unknown[]): KObject => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name: 'w', generation: 1 },
  status: conditions ? { observedGeneration: 1, conditions } : undefined,
});

test('a custom resource is waited on by its Ready or Available condition, when it has one', () => {
  expect(customResourceRule.applies(cr(), {})).toBe(false);
  expect(customResourceRule.applies(cr([{ type: 'Ready', status: 'False' }]), {})).toBe(true);
  expect(customResourceStatus(cr([{ type: 'Ready', status: 'False', reason: 'Provisioning' }]))).toEqual({
    status: 'InProgress',
    message: 'Ready is False (Provisioning)',
  });
  expect(customResourceStatus(cr([{ type: 'Available', status: 'True' }])).status).toBe('Current');
});

test('built-in groups are not custom resources', () => {
  expect(isCustomResource(cr())).toBe(true);
  for (const apiVersion of ['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'policy/v1'])
    expect(isCustomResource({ apiVersion, kind: 'X', metadata: {} })).toBe(false);
});
