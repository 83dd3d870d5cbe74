/**
 * The simulator's clock. Controllers and the pod lifecycle schedule every delay on it
 * (readiness delays, image pull back-off, progress deadlines, grace periods), so a test
 * can run them faster than real time (`speed`) or step them by hand (`manual`).
 */
import type { Clock } from './store-api.js';

export interface ClockOptions {
  /** How many simulated milliseconds pass per real millisecond (1 = real time). */
  speed?: number;
  /** Deterministic mode: time stands still until `advance(ms)` is called. */
  manual?: boolean;
  /** Start time (epoch ms) of the simulated clock; defaults to the real time now. */
  start?: number;
}

export interface SimClock extends Clock {
  readonly speed: number;
  readonly manual: boolean;
  /**
   * Moves simulated time forward. In manual mode timers due within the window fire in
   * time order (timers they schedule inside the window fire too). In real-time mode it
   * shifts the clock forward and fires whatever became due.
   */
  advance(ms: number): void;
  /** Number of timers not yet fired or cancelled. */
  pending(): number;
  /** Cancels every timer. */
  stop(): void;
}

interface Timer {
  id: number;
  due: number;
  callback: () => void;
  handle?: NodeJS.Timeout;
  done: boolean;
}

export function createClock(options: ClockOptions = {}): SimClock {
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0) {
    throw new Error(`clock speed must be a positive number, got ${String(options.speed)}`);
  }
  const manual = options.manual ?? false;
  const realStart = Date.now();
  const simStart = options.start ?? realStart;
  let offset = 0; // simulated ms added by advance() in real-time mode
  let manualNow = simStart;
  let nextId = 1;
  const timers = new Map<number, Timer>();

  const now = (): number => (manual ? manualNow : simStart + (Date.now() - realStart) * speed + offset);

  const fire = (timer: Timer): void => {
    if (timer.done) return;
    timer.done = true;
    timers.delete(timer.id);
    if (timer.handle) clearTimeout(timer.handle);
    timer.callback();
  };

  const arm = (timer: Timer): void => {
    const realDelay = Math.max(0, (timer.due - now()) / speed);
    // Node caps timers at 2^31-1 ms; re-arm long ones when they wake early.
    const capped = Math.min(realDelay, 2 ** 31 - 1);
    timer.handle = setTimeout(() => {
      if (timer.done) return;
      if (now() + 0.5 < timer.due) arm(timer);
      else fire(timer);
    }, capped);
    timer.handle.unref?.();
  };

  const dueTimers = (until: number): Timer[] =>
    [...timers.values()].filter((t) => t.due <= until).sort((a, b) => a.due - b.due || a.id - b.id);

  return {
    speed,
    manual,
    now: () => Math.floor(now()),
    setTimeout(callback: () => void, ms: number) {
      const timer: Timer = { id: nextId++, due: now() + Math.max(0, ms), callback, done: false };
      timers.set(timer.id, timer);
      if (!manual) arm(timer);
      return {
        cancel() {
          timer.done = true;
          timers.delete(timer.id);
          if (timer.handle) clearTimeout(timer.handle);
        },
      };
    },
    advance(ms: number) {
      if (ms < 0) throw new Error('clock.advance: ms must not be negative');
      if (!manual) {
        offset += ms;
        for (const timer of dueTimers(now())) fire(timer);
        for (const timer of timers.values()) {
          if (timer.handle) clearTimeout(timer.handle);
          arm(timer);
        }
        return;
      }
      const target = manualNow + ms;
      for (;;) {
        const next = dueTimers(target)[0];
        if (!next) break;
        manualNow = Math.max(manualNow, next.due);
        fire(next);
      }
      manualNow = target;
    },
    pending: () => timers.size,
    stop() {
      for (const timer of timers.values()) {
        timer.done = true;
        if (timer.handle) clearTimeout(timer.handle);
      }
      timers.clear();
    },
  };
}
