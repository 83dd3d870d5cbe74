import type { KObject } from '../client.js';
import { daemonSetStatus } from './daemonset.js';

const ds = (status: Record<string, unknown>, spec: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent', generation: 3 },
  spec,
  status: { observedGeneration: 3, ...status },
});

test('a DaemonSet waits for updated, then available pods', () => {
  expect(daemonSetStatus(ds({ desiredNumberScheduled: 3, updatedNumberScheduled: 2, numberAvailable: 3 }))).toEqual({
    status: 'InProgress',
    message: '2 of 3 updated pods are available',
  });
  expect(daemonSetStatus(ds({ desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 })).status).toBe(
    'InProgress',
  );
  expect(daemonSetStatus(ds({ desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 })).status).toBe(
    'Current',
  );
});

test('OnDelete is not waited on', () => {
  expect(daemonSetStatus(ds({ desiredNumberScheduled: 3 }, { updateStrategy: { type: 'OnDelete' } })).status).toBe(
    'Current',
  );
});
