/**
 * The CronJob controller: creates a Job `<name>-<minutes since epoch>` at each scheduled
 * time on the simulator's clock, honouring suspend, concurrencyPolicy (Allow, Forbid,
 * Replace), startingDeadlineSeconds and the job history limits, and keeps status.active,
 * lastScheduleTime and lastSuccessfulTime.
 */
import type { KObject, StoreEvent } from '../store-api.js';
import type { Context } from './context.js';
import { nextSchedule, parseCron } from './cron.js';
import type { WorkQueue } from './queue.js';
import {
  clone,
  controllerOf,
  controllerRef,
  errorMessage,
  getCondition,
  key,
  parseTime,
  rfc3339,
  semanticEqual,
  splitKey,
  statusCode,
} from './util.js';

const SOURCE = { component: 'cronjob-controller' };
const SCHEDULED_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

const finishedCondition = (job: KObject): 'Complete' | 'Failed' | undefined => {
  if (getCondition(job.status?.conditions, 'Complete')?.status === 'True') return 'Complete';
  if (getCondition(job.status?.conditions, 'Failed')?.status === 'True') return 'Failed';
  return undefined;
};

export class CronJobController {
  readonly queue: WorkQueue;

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('cronjob', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    if (event.group !== 'batch') return;
    if (event.resource === 'cronjobs') this.queue.add(key(object.metadata.namespace, object.metadata.name));
    else if (event.resource === 'jobs') {
      const owner = controllerOf(object);
      if (owner?.kind === 'CronJob') this.queue.add(key(object.metadata.namespace, owner.name));
    }
  }

  private sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const stored = this.ctx.cache.get('batch', 'cronjobs', namespace, name);
    if (!stored || stored.metadata.deletionTimestamp) return;
    const cj = clone(stored);
    const now = this.ctx.clock.now();
    const status: Record<string, any> = clone(cj.status ?? {});
    const jobs = this.ctx.owners.controlled(cj.metadata.uid, 'batch', 'jobs');
    const wasActive = new Set<string>((status.active ?? []).map((r: { uid: string }) => r.uid));
    const active: KObject[] = [];
    for (const job of jobs) {
      const done = finishedCondition(job);
      if (!done) {
        if (!job.metadata.deletionTimestamp) active.push(job);
        continue;
      }
      if (wasActive.has(job.metadata.uid ?? '')) {
        this.ctx.events.record(
          cj,
          'Normal',
          'SawCompletedJob',
          `Saw completed job: ${job.metadata.name}, condition: ${done}`,
          SOURCE,
        );
      }
      if (done === 'Complete') {
        const completed = parseTime(job.status?.completionTime);
        const last = parseTime(status.lastSuccessfulTime);
        if (completed !== undefined && (last === undefined || completed > last))
          status.lastSuccessfulTime = job.status.completionTime;
      }
    }
    this.cleanupHistory(cj, jobs);

    let schedule;
    try {
      schedule = parseCron(cj.spec?.schedule ?? '');
    } catch (error) {
      this.ctx.events.record(cj, 'Warning', 'UnparseableSchedule', errorMessage(error), SOURCE);
      this.writeStatus(cj, status, active);
      return;
    }
    const timeZone: string | undefined = cj.spec?.timeZone;
    if (!cj.spec?.suspend) {
      const earliest = parseTime(status.lastScheduleTime) ?? parseTime(cj.metadata.creationTimestamp) ?? now;
      // the most recent unmet schedule time, and how many were missed
      let missed: number | undefined;
      let count = 0;
      for (
        let t = nextSchedule(schedule, earliest, timeZone);
        t !== undefined && t <= now;
        t = nextSchedule(schedule, t, timeZone)
      ) {
        missed = t;
        if (++count > 100) {
          this.ctx.events.record(
            cj,
            'Warning',
            'TooManyMissedTimes',
            'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew',
            SOURCE,
          );
          break;
        }
      }
      if (missed !== undefined) this.start(cj, missed, status, active, now);
      const next = nextSchedule(schedule, now, timeZone);
      if (next !== undefined) this.queue.addAfter(k, next - now + 1);
    }
    this.writeStatus(cj, status, active);
  }

  private start(cj: KObject, scheduled: number, status: Record<string, any>, active: KObject[], now: number): void {
    const deadline: number | undefined = cj.spec?.startingDeadlineSeconds;
    if (typeof deadline === 'number' && now - scheduled > deadline * 1000) {
      this.ctx.events.record(
        cj,
        'Warning',
        'MissSchedule',
        `Missed scheduled time to start a job: ${rfc3339(scheduled)}`,
        SOURCE,
      );
      status.lastScheduleTime = rfc3339(scheduled);
      return;
    }
    const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
    if (policy === 'Forbid' && active.length > 0) {
      this.ctx.events.record(
        cj,
        'Normal',
        'JobAlreadyActive',
        'Not starting job because prior execution is running and concurrency policy is Forbid',
        SOURCE,
      );
      return;
    }
    if (policy === 'Replace') {
      for (const job of active.splice(0)) {
        this.ctx.store.delete('batch', 'jobs', job.metadata.namespace, job.metadata.name, 'Background');
        this.ctx.events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`, SOURCE);
      }
    }
    const template = cj.spec?.jobTemplate ?? {};
    const job: KObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name: `${cj.metadata.name}-${Math.floor(scheduled / 60_000)}`,
        namespace: cj.metadata.namespace,
        labels: { ...(template.metadata?.labels ?? {}) },
        annotations: { ...(template.metadata?.annotations ?? {}), [SCHEDULED_ANNOTATION]: rfc3339(scheduled) },
        ownerReferences: [controllerRef(cj)],
      },
      spec: clone(template.spec ?? {}),
    };
    try {
      const created = this.ctx.store.create('batch', 'jobs', job);
      active.push(created);
      this.ctx.events.record(cj, 'Normal', 'SuccessfulCreate', `Created job ${created.metadata.name}`, SOURCE);
    } catch (error) {
      if (statusCode(error) !== 409) {
        this.ctx.events.record(cj, 'Warning', 'FailedCreate', `Error creating job: ${errorMessage(error)}`, SOURCE);
        throw error;
      }
    }
    status.lastScheduleTime = rfc3339(scheduled);
  }

  private cleanupHistory(cj: KObject, jobs: KObject[]): void {
    const limits: Record<'Complete' | 'Failed', number> = {
      Complete: cj.spec?.successfulJobsHistoryLimit ?? 3,
      Failed: cj.spec?.failedJobsHistoryLimit ?? 1,
    };
    for (const kind of ['Complete', 'Failed'] as const) {
      const done = jobs
        .filter((j) => finishedCondition(j) === kind && !j.metadata.deletionTimestamp)
        .sort((a, b) => (parseTime(a.status?.startTime) ?? 0) - (parseTime(b.status?.startTime) ?? 0));
      for (const job of done.slice(0, Math.max(0, done.length - limits[kind]))) {
        this.ctx.store.delete('batch', 'jobs', job.metadata.namespace, job.metadata.name, 'Background');
        this.ctx.events.record(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`, SOURCE);
      }
    }
  }

  private writeStatus(cj: KObject, status: Record<string, any>, active: KObject[]): void {
    const next: Record<string, any> = { ...status };
    if (active.length) {
      next.active = active.map((j) => ({
        kind: 'Job',
        namespace: j.metadata.namespace,
        name: j.metadata.name,
        uid: j.metadata.uid,
        apiVersion: 'batch/v1',
        resourceVersion: j.metadata.resourceVersion,
      }));
    } else delete next.active;
    if (semanticEqual(cj.status ?? {}, next)) return;
    const current = this.ctx.cache.get('batch', 'cronjobs', cj.metadata.namespace, cj.metadata.name);
    if (!current) return;
    this.ctx.store.updateStatus('batch', 'cronjobs', { ...clone(current), status: next });
  }
}
