import { nextSchedule, parseCron } from '../../../src/controllers/cron.js';
import { STORES, type StoreFactory, condition, eventsFor, harness, type Harness } from './support/harness.js';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('cron schedules', () => {
  test('steps, ranges, lists, names and macros', () => {
    expect(iso(nextSchedule(parseCron('*/15 * * * *'), at('2026-01-01T10:07:00Z')))).toBe('2026-01-01T10:15:00.000Z');
    expect(iso(nextSchedule(parseCron('0 9-17/4 * * *'), at('2026-01-01T10:00:00Z')))).toBe('2026-01-01T13:00:00.000Z');
    expect(iso(nextSchedule(parseCron('30 2 * * mon,fri'), at('2026-01-01T00:00:00Z')))).toBe(
      '2026-01-02T02:30:00.000Z',
    ); // Jan 2 2026 is a Friday
    expect(iso(nextSchedule(parseCron('@monthly'), at('2026-01-15T00:00:00Z')))).toBe('2026-02-01T00:00:00.000Z');
    expect(iso(nextSchedule(parseCron('0 0 1 jan *'), at('2026-01-01T00:00:00Z')))).toBe('2027-01-01T00:00:00.000Z');
    // day-of-month OR day-of-week when both are restricted
    expect(iso(nextSchedule(parseCron('0 0 13 * 5'), at('2026-01-03T00:00:00Z')))).toBe('2026-01-09T00:00:00.000Z');
    expect(iso(nextSchedule(parseCron('0 12 * * *'), at('2026-06-01T00:00:00Z'), 'America/New_York'))).toBe(
      '2026-06-01T16:00:00.000Z',
    );
  });

  test('rejects malformed schedules', () => {
    expect(() => parseCron('* * *')).toThrow('expected exactly 5 fields, found 3');
    expect(() => parseCron('61 * * * *')).toThrow('out of range 0-59');
    expect(() => parseCron('* * * * funday')).toThrow('invalid value "funday"');
  });
});

describe.each(STORES)('CronJob on the %s', (_name: string, store: StoreFactory) => {
  let h: Harness;
  afterEach(() => h?.stop());

  test('creates a Job per schedule time and keeps status and the job history limit', async () => {
    h = await harness({ store, rules: [{ image: 'report:*', fail: 'Exit0' }] });
    h.store.create('batch', 'cronjobs', {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'report', namespace: 'default' },
      spec: {
        schedule: '*/1 * * * *',
        concurrencyPolicy: 'Allow',
        successfulJobsHistoryLimit: 2,
        failedJobsHistoryLimit: 1,
        jobTemplate: {
          spec: {
            backoffLimit: 0,
            template: { spec: { restartPolicy: 'Never', containers: [{ name: 'r', image: 'report:1' }] } },
          },
        },
      },
    });
    // schedules at 00:01, 00:02, 00:03 and 00:04 of the simulated clock
    await h.run(4 * 60_000 + 5_000, 1_000);
    const jobs = h.store.list('batch', 'jobs', { namespace: 'default' });
    expect(jobs.length).toBe(2);
    for (const job of jobs) {
      expect(job.metadata.name).toMatch(/^report-\d+$/);
      expect(Number(job.metadata.name.split('-')[1]) * 60_000).toBe(
        Date.parse(job.metadata.annotations!['batch.kubernetes.io/cronjob-scheduled-timestamp']),
      );
      expect(condition(job, 'Complete')?.status).toBe('True');
    }
    const cj = h.store.get('batch', 'cronjobs', 'default', 'report')!;
    expect(cj.status.lastScheduleTime).toMatch(/:00Z$/);
    expect(cj.status.lastSuccessfulTime).toBeDefined();
    const messages = eventsFor(h.store, 'report').map((e) => e.message);
    expect(messages.filter((m) => m.startsWith('Created job report-'))).toHaveLength(4);
    expect(messages.some((m) => /^Saw completed job: report-\d+, condition: Complete$/.test(m))).toBe(true);
    expect(messages.some((m) => /^Deleted job report-\d+$/.test(m))).toBe(true);
  });

  test('Forbid does not start a Job while the previous one is still running', async () => {
    h = await harness({ store, rules: [{ image: 'slow:*', fail: 'NeverReady' }] });
    h.store.create('batch', 'cronjobs', {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'sync', namespace: 'default' },
      spec: {
        schedule: '* * * * *',
        concurrencyPolicy: 'Forbid',
        jobTemplate: {
          spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 's', image: 'slow:1' }] } } },
        },
      },
    });
    await h.run(3 * 60_000 + 5_000, 1_000);
    expect(h.store.list('batch', 'jobs', { namespace: 'default' })).toHaveLength(1);
    const cj = h.store.get('batch', 'cronjobs', 'default', 'sync')!;
    expect(cj.status.active).toHaveLength(1);
    expect(eventsFor(h.store, 'sync').map((e) => e.reason)).toContain('JobAlreadyActive');
  });
});
