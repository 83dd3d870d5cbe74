import type { KObject } from '../client.js';
import { deploymentStatus } from './deployment.js';

const deployment = (spec: Record<string, unknown>, status: Record<string, unknown>, generation = 2): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', generation },
  spec: { replicas: 3, ...spec },
  status,
});

describe('Deployment status as kubectl rollout status judges it', () => {
  test('in progress until the new generation is observed', () => {
    const s = deploymentStatus(
      deployment({}, { observedGeneration: 1, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }),
    );
    expect(s.status).toBe('InProgress');
    expect(s.message).toMatch(/observed/);
  });
  test('waits for updated replicas, then old replicas to go, then availability', () => {
    const at = (status: Record<string, unknown>) =>
      deploymentStatus(deployment({}, { observedGeneration: 2, ...status }));
    expect(at({ updatedReplicas: 1, replicas: 4, availableReplicas: 3 })).toEqual({
      status: 'InProgress',
      message: '1 of 3 updated replicas are available',
    });
    expect(at({ updatedReplicas: 3, replicas: 4, availableReplicas: 3 }).message).toBe(
      '1 old replicas are pending termination',
    );
    expect(at({ updatedReplicas: 3, replicas: 3, availableReplicas: 2 }).status).toBe('InProgress');
    expect(at({ updatedReplicas: 3, replicas: 3, availableReplicas: 3 })).toEqual({
      status: 'Current',
      message: '3 of 3 replicas available',
    });
  });
  test('ProgressDeadlineExceeded is Failed, with the controller message', () => {
    const s = deploymentStatus(
      deployment(
        {},
        {
          observedGeneration: 2,
          conditions: [
            {
              type: 'Progressing',
              status: 'False',
              reason: 'ProgressDeadlineExceeded',
              message: 'ReplicaSet "web-1" has timed out progressing.',
            },
          ],
        },
      ),
    );
    expect(s).toEqual({
      status: 'Failed',
      reason: 'ProgressDeadlineExceeded',
      message: 'ReplicaSet "web-1" has timed out progressing.',
    });
  });
  test('0 replicas is Current at once', () => {
    expect(deploymentStatus(deployment({ replicas: 0 }, { observedGeneration: 2 })).status).toBe('Current');
  });
});
