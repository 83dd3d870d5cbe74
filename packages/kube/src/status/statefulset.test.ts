import type { KObject } from '../client.js';
import { statefulSetStatus } from './statefulset.js';

const sts = (status: Record<string, unknown>, spec: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', generation: 1 },
  spec: { replicas: 2, ...spec },
  status: { observedGeneration: 1, ...status },
});

test('a StatefulSet waits for ready replicas and the update revision', () => {
  expect(statefulSetStatus(sts({ readyReplicas: 1 }))).toEqual({
    status: 'InProgress',
    message: '1 of 2 pods are ready',
  });
  expect(
    statefulSetStatus(sts({ readyReplicas: 2, currentRevision: 'a', updateRevision: 'b', updatedReplicas: 1 })).status,
  ).toBe('InProgress');
  expect(statefulSetStatus(sts({ readyReplicas: 2, currentRevision: 'b', updateRevision: 'b' })).status).toBe(
    'Current',
  );
});

test('a partitioned roll out is Current once the pods above the partition run the update', () => {
  const partitioned = { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } };
  expect(statefulSetStatus(sts({ readyReplicas: 2, updatedReplicas: 1 }, partitioned)).status).toBe('Current');
  expect(statefulSetStatus(sts({ readyReplicas: 2, updatedReplicas: 0 }, { ...partitioned, replicas: 2 })).status).toBe(
    'InProgress',
  );
});

test('OnDelete is not waited on; an unobserved generation is', () => {
  expect(statefulSetStatus(sts({}, { updateStrategy: { type: 'OnDelete' } })).status).toBe('Current');
  expect(statefulSetStatus({ ...sts({ readyReplicas: 2 }), metadata: { name: 'db', generation: 2 } }).status).toBe(
    'InProgress',
  );
});
