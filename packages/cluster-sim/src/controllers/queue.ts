/**
 * A work queue like client-go's: keys are deduplicated while waiting, a key being processed
 * and re-added is processed again afterwards, and processing happens asynchronously in
 * batches (setImmediate) so a write storm never recurses and the HTTP server keeps serving.
 * Delayed re-queues run on the simulator's clock.
 */
import type { Clock } from '../store-api.js';

export type Handler = (key: string) => void;

const BATCH = 200;

export class Scheduler {
  private readonly queues: WorkQueue[] = [];
  private scheduled = false;
  private stopped = false;
  private waiters: Array<() => void> = [];
  errorLog: (message: string) => void = () => {};

  constructor(readonly clock: Clock) {}

  queue(name: string, handler: Handler): WorkQueue {
    const q = new WorkQueue(name, handler, this);
    this.queues.push(q);
    return q;
  }

  kick(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => this.run());
  }

  private run(): void {
    this.scheduled = false;
    if (this.stopped) return;
    let budget = BATCH;
    let progress = true;
    while (budget > 0 && progress) {
      progress = false;
      for (const q of this.queues) {
        if (q.processOne()) {
          budget--;
          progress = true;
        }
      }
    }
    if (this.queues.some((q) => q.length > 0)) this.kick();
    else {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
  }

  idle(): boolean {
    return this.queues.every((q) => q.length === 0);
  }

  /** Resolves once every queue is empty. */
  async settle(): Promise<void> {
    for (let i = 0; i < 10_000; i++) {
      if (this.idle() || this.stopped) {
        // let callbacks that were queued behind us (setImmediate) run, then check again
        await new Promise((resolve) => setImmediate(resolve));
        if (this.idle() || this.stopped) return;
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        this.kick();
      });
    }
  }

  stop(): void {
    this.stopped = true;
    for (const q of this.queues) q.stop();
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

export class WorkQueue {
  private readonly pending = new Set<string>();
  private readonly order: string[] = [];
  private head = 0;
  private readonly delayed = new Map<string, { due: number; cancel(): void }>();
  private readonly failures = new Map<string, number>();

  constructor(
    readonly name: string,
    private readonly handler: Handler,
    private readonly scheduler: Scheduler,
  ) {}

  get length(): number {
    return this.order.length - this.head;
  }

  add(key: string): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    this.order.push(key);
    this.scheduler.kick();
  }

  /** Adds the key after `ms` of simulated time; an earlier pending request wins. */
  addAfter(key: string, ms: number): void {
    if (ms <= 0) {
      this.add(key);
      return;
    }
    const clock = this.scheduler.clock;
    const due = clock.now() + ms;
    const existing = this.delayed.get(key);
    if (existing && existing.due <= due) return;
    existing?.cancel();
    const timer = clock.setTimeout(() => {
      this.delayed.delete(key);
      this.add(key);
    }, ms);
    this.delayed.set(key, { due, cancel: () => timer.cancel() });
  }

  processOne(): boolean {
    if (this.head >= this.order.length) return false;
    const key = this.order[this.head++];
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
    this.pending.delete(key);
    try {
      this.handler(key);
      this.failures.delete(key);
    } catch (error) {
      const n = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, n);
      const code = (error as { code?: unknown }).code;
      this.scheduler.errorLog(`${this.name} ${key}: ${error instanceof Error ? error.message : String(error)}`);
      // conflicts retry at once (a fresh read fixes them); other errors back off like the rate limiter
      if (code === 409 && n <= 5) this.add(key);
      else this.addAfter(key, Math.min(5 * 2 ** Math.min(n, 20), 60_000));
    }
    return true;
  }

  stop(): void {
    for (const d of this.delayed.values()) d.cancel();
    this.delayed.clear();
    this.pending.clear();
    this.order.length = 0;
    this.head = 0;
  }
}
