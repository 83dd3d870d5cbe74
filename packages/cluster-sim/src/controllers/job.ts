/**
 * The Job controller: runs up to `parallelism` pods until `completions` succeed (NonIndexed
 * or Indexed), recreates failed pods with exponential back-off, and finishes with the
 * conditions and reasons of the real controller: SuccessCriteriaMet + Complete
 * (CompletionsReached), FailureTarget + Failed (BackoffLimitExceeded, DeadlineExceeded).
 */
import type { KObject, StoreEvent } from '../store-api.js';
import { type Context, deletePod } from './context.js';
import type { WorkQueue } from './queue.js';
import { podFromTemplate } from './replicaset.js';
import {
  type Condition,
  clone,
  controllerOf,
  errorMessage,
  getCondition,
  isPodReady,
  key,
  parseTime,
  rfc3339,
  semanticEqual,
  splitKey,
} from './util.js';

const SOURCE = { component: 'job-controller' };
const BACKOFF_INITIAL = 10_000;
const BACKOFF_MAX = 360_000;
const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

const finished = (job: KObject): boolean =>
  ['Complete', 'Failed'].some((t) => getCondition(job.status?.conditions, t)?.status === 'True');

const terminal = (pod: KObject): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

function indexOf(pod: KObject): number | undefined {
  const v = pod.metadata.annotations?.[INDEX_ANNOTATION];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** "0-2,4": the compressed list the API uses for completedIndexes. */
function formatIndexes(indexes: number[]): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

export class JobController {
  readonly queue: WorkQueue;

  constructor(private readonly ctx: Context) {
    this.queue = ctx.scheduler.queue('job', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    const { object } = event;
    if (event.group === 'batch' && event.resource === 'jobs')
      this.queue.add(key(object.metadata.namespace, object.metadata.name));
    else if (event.group === '' && event.resource === 'pods') {
      const owner = controllerOf(object);
      if (owner?.kind === 'Job') this.queue.add(key(object.metadata.namespace, owner.name));
    }
  }

  private sync(k: string): void {
    const { namespace, name } = splitKey(k);
    const stored = this.ctx.cache.get('batch', 'jobs', namespace, name);
    if (!stored || stored.metadata.deletionTimestamp) return;
    const job = clone(stored);
    const now = this.ctx.clock.now();
    const pods = this.ctx.owners.controlled(job.metadata.uid, '', 'pods');
    const active = pods.filter((p) => !terminal(p) && !p.metadata.deletionTimestamp);
    const succeededPods = pods.filter((p) => p.status?.phase === 'Succeeded');
    const failedPods = pods.filter((p) => p.status?.phase === 'Failed');
    const status: Record<string, any> = clone(job.status ?? {});
    const conditions: Condition[] = [...(status.conditions ?? [])];
    const indexed = job.spec?.completionMode === 'Indexed';
    const completions: number | undefined =
      typeof job.spec?.completions === 'number' ? job.spec.completions : undefined;
    const parallelism: number = typeof job.spec?.parallelism === 'number' ? job.spec.parallelism : 1;
    const backoffLimit: number = typeof job.spec?.backoffLimit === 'number' ? job.spec.backoffLimit : 6;

    if (finished(job)) {
      for (const pod of active) this.deletePod(job, pod);
      return;
    }
    const succeeded = Math.max(status.succeeded ?? 0, succeededPods.length);
    const failed = Math.max(status.failed ?? 0, failedPods.length);

    if (job.spec?.suspend) {
      for (const pod of active) this.deletePod(job, pod);
      if (getCondition(conditions, 'Suspended')?.status !== 'True') {
        this.setCondition(conditions, 'Suspended', 'True', 'JobSuspended', 'Job suspended', now);
        this.ctx.events.record(job, 'Normal', 'Suspended', 'Job suspended', SOURCE);
      }
      this.writeStatus(job, { ...status, conditions, active: 0, ready: 0, succeeded, failed });
      return;
    }
    if (getCondition(conditions, 'Suspended')?.status === 'True') {
      this.setCondition(conditions, 'Suspended', 'False', 'JobResumed', 'Job resumed', now);
      this.ctx.events.record(job, 'Normal', 'Resumed', 'Job resumed', SOURCE);
      status.startTime = rfc3339(now);
    }
    status.startTime ??= rfc3339(now);

    // failure: back-off limit (restarts count when pods restart in place) or active deadline
    const restarts =
      job.spec?.template?.spec?.restartPolicy === 'OnFailure'
        ? active.reduce(
            (n, p) =>
              n +
              (p.status?.containerStatuses ?? []).reduce(
                (m: number, c: { restartCount?: number }) => m + (c.restartCount ?? 0),
                0,
              ),
            0,
          )
        : 0;
    let failure: { reason: string; message: string } | undefined;
    if (failed + restarts > backoffLimit)
      failure = { reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
    const deadline: number | undefined = job.spec?.activeDeadlineSeconds;
    const started = parseTime(status.startTime) ?? now;
    if (!failure && typeof deadline === 'number') {
      if (now - started >= deadline * 1000)
        failure = { reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
      else this.queue.addAfter(k, started + deadline * 1000 - now);
    }
    if (failure) {
      for (const pod of active) this.deletePod(job, pod);
      this.setCondition(conditions, 'FailureTarget', 'True', failure.reason, failure.message, now);
      this.setCondition(conditions, 'Failed', 'True', failure.reason, failure.message, now);
      this.ctx.events.record(job, 'Warning', failure.reason, failure.message, SOURCE);
      this.writeStatus(job, { ...status, conditions, active: 0, ready: 0, succeeded, failed });
      return;
    }

    const completedIndexes = indexed ? succeededPods.map(indexOf).filter((i): i is number => i !== undefined) : [];
    const done = indexed
      ? new Set(completedIndexes).size >= (completions ?? 0)
      : completions !== undefined
        ? succeeded >= completions
        : succeeded > 0 && active.length === 0;
    if (done) {
      for (const pod of active) this.deletePod(job, pod);
      this.setCondition(
        conditions,
        'SuccessCriteriaMet',
        'True',
        'CompletionsReached',
        'Reached expected number of succeeded pods',
        now,
      );
      this.setCondition(
        conditions,
        'Complete',
        'True',
        'CompletionsReached',
        'Reached expected number of succeeded pods',
        now,
      );
      this.ctx.events.record(job, 'Normal', 'Completed', 'Job completed', SOURCE);
      const final: Record<string, any> = {
        ...status,
        conditions,
        active: 0,
        ready: 0,
        succeeded,
        failed,
        completionTime: rfc3339(now),
      };
      if (indexed) final.completedIndexes = formatIndexes(completedIndexes);
      this.writeStatus(job, final);
      return;
    }

    // how many pods should run now
    let want: number;
    if (completions === undefined) want = succeeded > 0 ? 0 : parallelism;
    else want = Math.min(parallelism, completions - (indexed ? new Set(completedIndexes).size : succeeded));
    want = Math.max(0, want);
    if (active.length > want) {
      for (const pod of active.slice(want)) this.deletePod(job, pod);
    } else if (active.length < want) {
      const backoff = failed > 0 ? Math.min(BACKOFF_INITIAL * 2 ** (failed - 1), BACKOFF_MAX) : 0;
      const lastFailure = Math.max(0, ...failedPods.map((p) => this.finishedAt(p)));
      const wait = lastFailure + backoff - now;
      if (failed > 0 && wait > 0) this.queue.addAfter(k, wait);
      else {
        const busy = new Set([...active, ...succeededPods].map(indexOf).filter((i) => i !== undefined));
        let toCreate = want - active.length;
        for (let i = 0; toCreate > 0 && (!indexed || i < (completions ?? 0)); i++) {
          if (indexed && busy.has(i)) continue;
          this.createPod(job, indexed ? i : undefined);
          toCreate--;
        }
      }
    }
    const fresh = this.ctx.owners
      .controlled(job.metadata.uid, '', 'pods')
      .filter((p) => !terminal(p) && !p.metadata.deletionTimestamp);
    const next: Record<string, any> = {
      ...status,
      conditions,
      active: fresh.length,
      ready: fresh.filter(isPodReady).length,
      succeeded,
      failed,
    };
    if (indexed) next.completedIndexes = formatIndexes(completedIndexes);
    this.writeStatus(job, next);
  }

  private finishedAt(pod: KObject): number {
    let latest = 0;
    for (const c of pod.status?.containerStatuses ?? [])
      latest = Math.max(latest, parseTime(c.state?.terminated?.finishedAt) ?? 0);
    return latest || (parseTime(pod.metadata.creationTimestamp) ?? 0);
  }

  private setCondition(
    conditions: Condition[],
    type: string,
    status: Condition['status'],
    reason: string,
    message: string,
    now: number,
  ): void {
    const i = conditions.findIndex((c) => c.type === type);
    const t = rfc3339(now);
    const c: Condition = { type, status, reason, message, lastProbeTime: t, lastTransitionTime: t };
    if (i >= 0) {
      if (conditions[i].status === status) c.lastTransitionTime = conditions[i].lastTransitionTime;
      conditions[i] = c;
    } else conditions.push(c);
  }

  private writeStatus(job: KObject, status: Record<string, any>): void {
    const out: Record<string, any> = { ...status, uncountedTerminatedPods: {} };
    for (const f of ['active', 'succeeded', 'failed']) if (!out[f]) delete out[f];
    if (!out.conditions?.length) delete out.conditions;
    out.ready ??= 0;
    out.terminating = undefined;
    delete out.terminating;
    if (semanticEqual(job.status ?? {}, out)) return;
    this.ctx.store.updateStatus('batch', 'jobs', { ...job, status: out });
  }

  private deletePod(job: KObject, pod: KObject): void {
    if (pod.metadata.deletionTimestamp) return;
    deletePod(this.ctx, pod);
    this.ctx.events.record(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, SOURCE);
  }

  private createPod(job: KObject, index: number | undefined): void {
    const generateName = index === undefined ? `${job.metadata.name}-` : `${job.metadata.name}-${index}-`;
    const pod = podFromTemplate(job, job.spec.template, generateName);
    pod.metadata.labels = {
      ...(pod.metadata.labels ?? {}),
      'batch.kubernetes.io/controller-uid': job.metadata.uid ?? '',
      'batch.kubernetes.io/job-name': job.metadata.name,
      'controller-uid': job.metadata.uid ?? '',
      'job-name': job.metadata.name,
    };
    if (index !== undefined) {
      pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [INDEX_ANNOTATION]: String(index) };
      pod.metadata.labels[INDEX_ANNOTATION] = String(index);
      pod.spec.hostname = `${job.metadata.name}-${index}`;
    }
    pod.metadata.finalizers = [...(pod.metadata.finalizers ?? [])];
    if (pod.metadata.finalizers.length === 0) delete pod.metadata.finalizers;
    const node = this.ctx.pickNode(pod);
    if (node) pod.spec.nodeName = node;
    try {
      const created = this.ctx.store.create('', 'pods', pod);
      this.ctx.events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
    } catch (error) {
      this.ctx.events.record(job, 'Warning', 'FailedCreate', `Error creating: ${errorMessage(error)}`, SOURCE);
      throw error;
    }
  }
}
