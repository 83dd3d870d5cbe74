import { hasStatus, statusOf } from './index.js';

test('each kind is judged by its own rule, matched by group and kind', () => {
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', generation: 1 },
    spec: { replicas: 1 },
    status: { observedGeneration: 1 },
  };
  expect(hasStatus(deployment)).toBe(true);
  expect(statusOf(deployment).message).toBe('0 of 1 updated replicas are available');
  // A custom kind that happens to be called Deployment is judged as a custom resource.
  const custom = { ...deployment, apiVersion: 'example.com/v1' };
  expect(hasStatus(custom)).toBe(false);
  expect(hasStatus({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } })).toBe(false);
  expect(statusOf({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }).status).toBe('Current');
});
