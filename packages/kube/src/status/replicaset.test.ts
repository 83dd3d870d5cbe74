import { replicaSetStatus } from './replicaset.js';

test('a ReplicaSet is Current once its ready replicas reach spec.replicas', () => {
  const rs = (readyReplicas: number) => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web-1', generation: 1 },
    spec: { replicas: 2 },
    status: { observedGeneration: 1, readyReplicas },
  });
  expect(replicaSetStatus(rs(1))).toEqual({ status: 'InProgress', message: '1 of 2 ready' });
  expect(replicaSetStatus(rs(2))).toEqual({ status: 'Current', message: '2 ready' });
});
