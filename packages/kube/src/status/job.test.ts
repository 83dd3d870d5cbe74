import type { KObject } from '../client.js';
import { jobStatus } from './job.js';

const job = (conditions: unknown[], status: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'migrate' },
  spec: { completions: 2 },
  status: { conditions, ...status },
});

test('a Job is in progress, then Complete or Failed', () => {
  expect(jobStatus(job([], { succeeded: 1, active: 1 }))).toEqual({
    status: 'InProgress',
    message: '1 of 2 completions (1 active)',
  });
  expect(jobStatus(job([{ type: 'Complete', status: 'True' }])).status).toBe('Current');
  expect(
    jobStatus(
      job([
        {
          type: 'Failed',
          status: 'True',
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        },
      ]),
    ),
  ).toEqual({
    status: 'Failed',
    reason: 'BackoffLimitExceeded',
    message: 'Job has reached the specified backoff limit',
  });
});
