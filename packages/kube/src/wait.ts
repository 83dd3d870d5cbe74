import type { KObject, KubeClient } from './client.js';
import { type Diagnosis, type PodProblem, diagnose, podProblems } from './diagnose.js';
import { identity, objectLabel } from './names.js';
import { type StatusOptions, hasStatus, isCustomResource, observed, statusOf } from './status/index.js';
import { WatchSet, hasPods } from './watch-set.js';

export interface TimelineEntry {
  /** Milliseconds since the wait began. */
  atMs: number;
  object: string;
  message: string;
}

/** What a wait reports as it goes, in the order it happens. `object` is the object's label. */
export type WaitEvent =
  | { type: 'ready'; object: string; message: string }
  | { type: 'progress'; object: string; message: string }
  | { type: 'pod-problem'; object: string; pod: string; reason: string }
  | { type: 'failed'; object: string; reason: string; pod?: string }
  | { type: 'timed-out'; object: string };

/** How an event reads in the timeline; progress is not part of it (too chatty). */
export function eventText(event: WaitEvent): string | undefined {
  switch (event.type) {
    case 'ready':
      return event.message;
    case 'pod-problem':
      return `pod ${event.pod}: ${event.reason}`;
    case 'failed':
      return `failed: ${event.reason}${event.pod ? ` (pod ${event.pod})` : ''}`;
    case 'timed-out':
      return 'timed out';
    case 'progress':
      return undefined;
  }
}

export interface WaitOptions extends StatusOptions {
  timeoutMs: number;
  crashloopRestarts: number;
  /** Narrows the watches of applied objects (the release label). */
  labelSelector?: string;
  logTailLines?: number;
  /** Applied to the texts of a diagnosis (container logs, events): removes Secret values. */
  redact?: (text: string) => string;
  /** Ends the wait at once, without a diagnosis, when aborted. */
  signal?: AbortSignal;
  onEvent?: (event: WaitEvent) => void;
  onDebug?: (message: string) => void;
}

export type WaitOutcome = 'ready' | 'failed' | 'timed-out' | 'cancelled';

export interface WaitResult {
  ok: boolean;
  outcome: WaitOutcome;
  timedOut: boolean;
  /** Identities of the objects that became ready. */
  ready: string[];
  /** Objects still not ready: identity, label and the last thing waited for. */
  pending: Array<{ id: string; object: string; message: string }>;
  failure?: Diagnosis;
  timeline: TimelineEntry[];
}

/** Where a wait is. It moves forward only: idle → watching → (diagnosing →) done. */
export type WaitState = 'idle' | 'watching' | 'diagnosing' | 'done';

/** Why a wait ends. */
type Ending =
  | { kind: 'ready' }
  | { kind: 'cancelled' }
  | { kind: 'watch-failed'; error: unknown }
  | {
      kind: 'failed' | 'timed-out';
      object: KObject;
      reason: string;
      message: string;
      problem?: PodProblem;
      others: PodProblem[];
    };

interface Tracked {
  id: string;
  label: string;
  object: KObject;
  phase: 'waiting' | 'ready' | 'not-waited';
  message?: string;
}

/**
 * Waits, through watches, until every object with a status rule is Current; fails as soon as
 * one cannot get there (a new pod with ImagePullBackOff, CreateContainerConfigError, a crash
 * loop past the limit, ProgressDeadlineExceeded, a failed Job) or when the timeout runs out,
 * and explains why. Every way of ending (ready, failure, timeout, a watch giving up, the
 * signal) goes through `end()`, which stops the timer and the watches once.
 */
export class Waiter {
  private current: WaitState = 'idle';
  private readonly tracked: Tracked[];
  private readonly watches: WatchSet;
  private readonly timeline: TimelineEntry[] = [];
  private readonly seenProblems = new Set<string>();
  private started = 0;
  private timer?: NodeJS.Timeout;
  private scheduled = false;
  private settle: (result: WaitResult) => void = () => undefined;
  private readonly result = new Promise<WaitResult>((resolve) => (this.settle = resolve));
  private readonly onAbort = () => this.end({ kind: 'cancelled' });

  constructor(
    private readonly client: KubeClient,
    objects: KObject[],
    private readonly options: WaitOptions,
  ) {
    this.tracked = objects
      .filter((o) => hasStatus(o, options) || isCustomResource(o))
      .map((object) => ({ id: identity(object), label: objectLabel(object), object, phase: 'waiting' }));
    this.watches = new WatchSet(client, {
      labelSelector: options.labelSelector,
      onChange: () => this.schedule(),
      onError: (error) => this.end({ kind: 'watch-failed', error }),
      onDebug: options.onDebug,
    });
  }

  get state(): WaitState {
    return this.current;
  }

  /** Starts the wait (once) and resolves when it has ended. */
  run(): Promise<WaitResult> {
    if (this.current !== 'idle') return this.result;
    this.started = Date.now();
    if (this.tracked.length === 0) {
      this.current = 'watching';
      this.end({ kind: 'ready' });
      return this.result;
    }
    this.current = 'watching';
    if (this.options.signal?.aborted) {
      this.end({ kind: 'cancelled' });
      return this.result;
    }
    this.timer = setTimeout(() => this.end(this.timeoutEnding()), this.options.timeoutMs);
    this.options.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.watches.start(this.tracked.map((t) => t.object)).then(
      () => this.schedule(),
      (error) => this.end({ kind: 'watch-failed', error }),
    );
    return this.result;
  }

  /** Ends the wait as cancelled (no diagnosis); a no-op once it has ended. */
  stop(): void {
    this.end({ kind: 'cancelled' });
  }

  private emit(event: WaitEvent): void {
    this.options.onEvent?.(event);
    const text = eventText(event);
    if (text !== undefined)
      this.timeline.push({ atMs: Date.now() - this.started, object: event.object, message: text });
  }

  private schedule(): void {
    if (this.scheduled || this.current !== 'watching') return;
    this.scheduled = true;
    // Events come in bursts (a rollout touches pods, ReplicaSets and the workload at once): judge once per burst.
    setTimeout(() => this.evaluate(), 15);
  }

  private problemsOf(live: KObject): PodProblem[] {
    // Pods are judged only once the controller has seen the latest spec: until then "the current
    // revision" (a Deployment's revision annotation) may still name the one being replaced, e.g.
    // the broken one right after a rollback (a real controller updates it a moment later).
    if (!hasPods(live) || live.kind === 'ReplicaSet' || !observed(live)) return [];
    return this.watches.newPods(live).flatMap((pod) => podProblems(pod, this.options.crashloopRestarts));
  }

  private evaluate(): void {
    this.scheduled = false;
    if (this.current !== 'watching') return;
    this.watches.refresh();
    let allReady = true;
    for (const t of this.tracked) {
      if (t.phase !== 'waiting') continue;
      const live = this.watches.live(t.object);
      if (!live) {
        allReady = false;
        t.message = 'not found yet';
        continue;
      }
      if (!hasStatus(live, this.options)) {
        t.phase = 'not-waited';
        continue;
      }
      const status = statusOf(live, this.options);
      if (status.status === 'Failed')
        return this.end({
          kind: 'failed',
          object: live,
          reason: status.reason ?? 'Failed',
          message: status.message,
          others: [],
        });
      const problems = this.problemsOf(live);
      for (const problem of problems) {
        const id = `${problem.pod}/${problem.container}/${problem.reason}`;
        if (!this.seenProblems.has(id) && problem.reason !== 'NotReady') {
          this.seenProblems.add(id);
          this.emit({ type: 'pod-problem', object: t.label, pod: problem.pod, reason: problem.reason });
        }
      }
      const fatal = problems.find((p) => p.fatal);
      if (fatal)
        return this.end({
          kind: 'failed',
          object: live,
          reason: fatal.reason,
          message: fatal.message,
          problem: fatal,
          others: problems.filter((p) => p !== fatal),
        });
      if (status.status === 'Current') {
        t.phase = 'ready';
        this.emit({ type: 'ready', object: t.label, message: status.message });
      } else {
        allReady = false;
        if (t.message !== status.message) {
          t.message = status.message;
          this.emit({ type: 'progress', object: t.label, message: status.message });
          this.options.onDebug?.(`${t.label}: ${status.message}`);
        }
      }
    }
    if (allReady) this.end({ kind: 'ready' });
  }

  private timeoutEnding(): Ending {
    const t = this.tracked.find((x) => x.phase === 'waiting');
    if (!t) return { kind: 'ready' };
    const live = this.watches.live(t.object);
    const problems = live ? this.problemsOf(live) : [];
    return {
      kind: 'timed-out',
      object: live ?? t.object,
      reason: 'Timeout',
      message: `not ready after ${Math.round(this.options.timeoutMs / 1000)}s: ${t.message ?? 'not observed'}`,
      problem: problems[0],
      others: problems.slice(1),
    };
  }

  /** The one way a wait ends. */
  private end(ending: Ending): void {
    if (this.current !== 'watching') return;
    clearTimeout(this.timer);
    this.watches.stop();
    this.options.signal?.removeEventListener('abort', this.onAbort);
    if (ending.kind === 'failed' || ending.kind === 'timed-out') {
      this.current = 'diagnosing';
      const label = objectLabel(ending.object);
      this.emit(
        ending.kind === 'timed-out'
          ? { type: 'timed-out', object: label }
          : { type: 'failed', object: label, reason: ending.reason, pod: ending.problem?.pod },
      );
      void diagnose(this.client, ending.object, ending.reason, ending.message, ending.problem, ending.others, {
        tailLines: this.options.logTailLines ?? 20,
        redact: this.options.redact,
      })
        .catch((): Diagnosis => ({
          object: label,
          reason: ending.reason,
          message: ending.message,
          podEvents: [],
          objectEvents: [],
          otherPods: [],
        }))
        .then((failure) => this.finish(ending.kind === 'timed-out' ? 'timed-out' : 'failed', failure));
      return;
    }
    if (ending.kind === 'watch-failed') {
      const message = (ending.error as Error)?.message ?? String(ending.error);
      return this.finish('failed', {
        object: 'watch',
        reason: 'WatchFailed',
        message,
        podEvents: [],
        objectEvents: [],
        otherPods: [],
      });
    }
    this.finish(ending.kind);
  }

  private finish(outcome: WaitOutcome, failure?: Diagnosis): void {
    this.current = 'done';
    this.settle({
      ok: outcome === 'ready',
      outcome,
      timedOut: outcome === 'timed-out',
      ready: this.tracked.filter((t) => t.phase === 'ready').map((t) => t.id),
      pending: this.tracked
        .filter((t) => t.phase === 'waiting')
        .map((t) => ({ id: t.id, object: t.label, message: t.message ?? 'not observed yet' })),
      failure,
      timeline: this.timeline,
    });
  }
}

/** Waits for objects (see Waiter). */
export function waitForObjects(client: KubeClient, objects: KObject[], options: WaitOptions): Promise<WaitResult> {
  return new Waiter(client, objects, options).run();
}
