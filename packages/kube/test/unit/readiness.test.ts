import { deploymentReadiness, hasReadiness, readiness } from '../../src/readiness.js';
import type { KObject } from '../../src/client.js';

const deployment = (spec: Record<string, unknown>, status: Record<string, unknown>, generation = 2): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', generation },
  spec: { replicas: 3, ...spec },
  status,
});

describe('Deployment readiness as kubectl rollout status judges it', () => {
  test('waits until the new generation is observed', () => {
    const r = deploymentReadiness(
      deployment({}, { observedGeneration: 1, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }),
    );
    expect(r.ready).toBe(false);
    expect(r.message).toMatch(/observed/);
  });
  test('waits for updated replicas, then old replicas to go, then availability', () => {
    expect(
      deploymentReadiness(
        deployment({}, { observedGeneration: 2, updatedReplicas: 1, replicas: 4, availableReplicas: 3 }),
      ).message,
    ).toBe('1 of 3 updated replicas are available');
    expect(
      deploymentReadiness(
        deployment({}, { observedGeneration: 2, updatedReplicas: 3, replicas: 4, availableReplicas: 3 }),
      ).message,
    ).toBe('1 old replicas are pending termination');
    expect(
      deploymentReadiness(
        deployment({}, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 2 }),
      ).ready,
    ).toBe(false);
    expect(
      deploymentReadiness(
        deployment({}, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }),
      ).ready,
    ).toBe(true);
  });
  test('ProgressDeadlineExceeded fails', () => {
    const r = deploymentReadiness(
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
    expect(r.failed?.reason).toBe('ProgressDeadlineExceeded');
    expect(r.failed?.message).toContain('timed out');
  });
  test('replicas defaults to 1 and 0 replicas is ready at once', () => {
    const d = deployment({ replicas: 0 }, { observedGeneration: 2 });
    expect(deploymentReadiness(d).ready).toBe(true);
  });
});

describe('other kinds', () => {
  test('StatefulSet waits for ready replicas and the update revision', () => {
    const sts = (status: Record<string, unknown>, spec: Record<string, unknown> = {}): KObject => ({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', generation: 1 },
      spec: { replicas: 2, ...spec },
      status: { observedGeneration: 1, ...status },
    });
    expect(readiness(sts({ readyReplicas: 1 })).ready).toBe(false);
    expect(
      readiness(sts({ readyReplicas: 2, currentRevision: 'a', updateRevision: 'b', updatedReplicas: 1 })).ready,
    ).toBe(false);
    expect(readiness(sts({ readyReplicas: 2, currentRevision: 'b', updateRevision: 'b' })).ready).toBe(true);
    expect(
      readiness(
        sts(
          { readyReplicas: 2, updatedReplicas: 1 },
          { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } },
        ),
      ).ready,
    ).toBe(true);
    expect(readiness(sts({}, { updateStrategy: { type: 'OnDelete' } })).ready).toBe(true);
  });
  test('DaemonSet waits for updated and available pods', () => {
    const ds = (status: Record<string, unknown>): KObject => ({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent', generation: 3 },
      spec: {},
      status: { observedGeneration: 3, ...status },
    });
    expect(readiness(ds({ desiredNumberScheduled: 3, updatedNumberScheduled: 2, numberAvailable: 3 })).ready).toBe(
      false,
    );
    expect(readiness(ds({ desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 })).ready).toBe(
      false,
    );
    expect(readiness(ds({ desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 })).ready).toBe(
      true,
    );
  });
  test('Job completes or fails', () => {
    const job = (conditions: unknown[]): KObject => ({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate' },
      spec: {},
      status: { conditions },
    });
    expect(readiness(job([])).ready).toBe(false);
    expect(readiness(job([{ type: 'Complete', status: 'True' }])).ready).toBe(true);
    expect(
      readiness(
        job([
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ]),
      ).failed?.reason,
    ).toBe('BackoffLimitExceeded');
  });
  test('Pod, CRD, PVC and LoadBalancer Service', () => {
    expect(
      readiness({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
      }).ready,
    ).toBe(true);
    expect(
      readiness({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status: { phase: 'Failed' } }).failed,
    ).toBeDefined();
    const crd: KObject = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'x' },
      status: { conditions: [{ type: 'Established', status: 'True' }] },
    };
    expect(readiness(crd).ready).toBe(true);
    const pvc: KObject = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      status: { phase: 'Pending' },
    };
    expect(readiness(pvc).ready).toBe(true); // not waited on unless asked
    expect(readiness(pvc, { waitForPvc: true }).ready).toBe(false);
    const svc: KObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'lb' },
      spec: { type: 'LoadBalancer' },
      status: {},
    };
    expect(hasReadiness(svc)).toBe(false);
    expect(readiness(svc, { waitForLoadBalancer: true }).ready).toBe(false);
    expect(
      readiness({ ...svc, status: { loadBalancer: { ingress: [{ ip: '10.0.0.1' }] } } }, { waitForLoadBalancer: true })
        .ready,
    ).toBe(true);
  });
  test('custom resources with a Ready or Available condition', () => {
    const cr = (conditions?: unknown[]): KObject => ({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'w', generation: 1 },
      status: conditions ? { observedGeneration: 1, conditions } : undefined,
    });
    expect(hasReadiness(cr())).toBe(false);
    expect(readiness(cr([{ type: 'Ready', status: 'False', reason: 'Provisioning' }]))).toEqual({
      ready: false,
      message: 'Ready is False (Provisioning)',
    });
    expect(readiness(cr([{ type: 'Available', status: 'True' }])).ready).toBe(true);
    expect(hasReadiness({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } })).toBe(false);
  });
});
