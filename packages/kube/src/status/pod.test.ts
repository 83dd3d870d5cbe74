import { podStatus } from './pod.js';

const pod = (status: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status });

test('a Pod is Current when Ready or Succeeded, Failed in phase Failed', () => {
  expect(podStatus(pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] })).status).toBe('Current');
  expect(podStatus(pod({ phase: 'Succeeded' })).status).toBe('Current');
  expect(podStatus(pod({ phase: 'Running' }))).toEqual({ status: 'InProgress', message: 'phase Running, not ready' });
  expect(podStatus(pod({ phase: 'Failed', reason: 'Evicted', message: 'low on memory' }))).toEqual({
    status: 'Failed',
    reason: 'Evicted',
    message: 'low on memory',
  });
});
