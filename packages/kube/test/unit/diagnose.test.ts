import { currentReplicaSet, diagnosisText, formatEvents, isNewRevisionPod, podProblems } from '../../src/diagnose.js';
import type { KObject } from '../../src/client.js';

const pod = (name: string, statuses: unknown[], extra: Partial<KObject['metadata']> = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'shop', ...extra },
  status: { phase: 'Pending', containerStatuses: statuses },
});

describe('podProblems', () => {
  test('image pull and config errors are fatal at once', () => {
    for (const reason of ['ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError']) {
      const [problem] = podProblems(
        pod('web-1', [{ name: 'web', restartCount: 0, state: { waiting: { reason, message: 'details' } } }]),
        2,
      );
      expect(problem).toMatchObject({
        pod: 'web-1',
        container: 'web',
        reason,
        message: 'details',
        fatal: true,
        ran: false,
      });
    }
  });
  test('CrashLoopBackOff is fatal only past the restart limit', () => {
    const crash = (restartCount: number) =>
      podProblems(
        pod('web-1', [
          {
            name: 'web',
            restartCount,
            state: { waiting: { reason: 'CrashLoopBackOff' } },
            lastState: { terminated: { exitCode: 1, reason: 'Error' } },
          },
        ]),
        2,
      )[0];
    expect(crash(2).fatal).toBe(false);
    expect(crash(3).fatal).toBe(true);
    expect(crash(3).message).toContain('last exit code 1');
    expect(crash(3).ran).toBe(true);
  });
  test('creating containers is not a problem; init containers count', () => {
    expect(podProblems(pod('a', [{ name: 'web', state: { waiting: { reason: 'ContainerCreating' } } }]), 2)).toEqual(
      [],
    );
    const p: KObject = {
      ...pod('b', []),
      status: {
        initContainerStatuses: [{ name: 'init', state: { waiting: { reason: 'ErrImagePull' } } }],
        containerStatuses: [],
      },
    };
    expect(podProblems(p, 2)[0]).toMatchObject({ container: 'init', fatal: true });
  });
});

describe('new revision pods', () => {
  const deployment: KObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'shop', uid: 'd1', annotations: { 'deployment.kubernetes.io/revision': '2' } },
  };
  const rs = (uid: string, revision: string, hash: string, created: string): KObject => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `web-${hash}`,
      namespace: 'shop',
      uid,
      creationTimestamp: created,
      labels: { 'pod-template-hash': hash },
      annotations: { 'deployment.kubernetes.io/revision': revision },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1' }],
    },
  });
  const old = rs('r1', '1', 'aaa', '2024-01-01T00:00:00Z');
  const current = rs('r2', '2', 'bbb', '2024-01-02T00:00:00Z');
  test('finds the ReplicaSet of the current revision', () => {
    expect(currentReplicaSet(deployment, [current, old])?.metadata.uid).toBe('r2');
  });
  test('pods of the old ReplicaSet are not judged', () => {
    const oldPod = pod('web-aaa-1', [], {
      labels: { 'pod-template-hash': 'aaa' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-aaa', uid: 'r1' }],
    });
    const newPod = pod('web-bbb-1', [], {
      labels: { 'pod-template-hash': 'bbb' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-bbb', uid: 'r2' }],
    });
    expect(isNewRevisionPod(oldPod, deployment, [old, current])).toBe(false);
    expect(isNewRevisionPod(newPod, deployment, [old, current])).toBe(true);
  });
  test('StatefulSet pods by update revision', () => {
    const sts: KObject = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace: 'shop', uid: 's1' },
      status: { updateRevision: 'db-2' },
    };
    const owner = [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', uid: 's1' }];
    expect(
      isNewRevisionPod(
        pod('db-0', [], { ownerReferences: owner, labels: { 'controller-revision-hash': 'db-2' } }),
        sts,
        [],
      ),
    ).toBe(true);
    expect(
      isNewRevisionPod(
        pod('db-1', [], { ownerReferences: owner, labels: { 'controller-revision-hash': 'db-1' } }),
        sts,
        [],
      ),
    ).toBe(false);
  });
});

describe('events and text', () => {
  test('formats the last events oldest first, like kubectl describe', () => {
    const now = Date.parse('2024-01-01T00:01:00Z');
    const events: KObject[] = [
      {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'e2' },
        type: 'Warning',
        reason: 'Failed',
        message: 'Error: ImagePullBackOff',
        count: 3,
        lastTimestamp: '2024-01-01T00:00:50Z',
        source: { component: 'kubelet' },
      },
      {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'e1' },
        type: 'Normal',
        reason: 'Scheduled',
        message: 'Successfully assigned',
        lastTimestamp: '2024-01-01T00:00:00Z',
        source: { component: 'default-scheduler' },
      },
    ];
    const lines = formatEvents(events, now);
    expect(lines[0]).toMatch(/^Normal {2}Scheduled {2}60s {2}default-scheduler {2}Successfully assigned$/);
    expect(lines[1]).toContain('Warning  Failed  10s (x3)  kubelet  Error: ImagePullBackOff');
  });
  test('diagnosis text names object, pod, container, reason, events and log', () => {
    const text = diagnosisText({
      object: 'shop/Deployment/web',
      reason: 'CrashLoopBackOff',
      message: 'back-off restarting',
      pod: 'web-1',
      container: 'web',
      podEvents: ['Warning  BackOff  1s  kubelet  Back-off'],
      objectEvents: [],
      log: 'panic: no config\n',
      otherPods: [],
    });
    expect(text).toContain('shop/Deployment/web: CrashLoopBackOff in pod web-1, container web: back-off restarting');
    expect(text).toContain('Events of pod web-1:');
    expect(text).toContain('  panic: no config');
  });
});
