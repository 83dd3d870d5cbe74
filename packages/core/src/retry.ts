/**
 * Retry with exponential backoff and full jitter. An error may say when to try again
 * (an HTTP `Retry-After`); that wait is honoured instead of the computed one, capped at
 * `maxDelayMs` so a hostile or broken server cannot stall a job for hours.
 */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Whether this error is worth another attempt. */
  retryable?: (error: unknown) => boolean;
  /** A server-given delay for this error, in ms (from Retry-After). */
  retryAfterMs?: (error: unknown) => number | undefined;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random = Math.random): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 200;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation(attempt);
    } catch (error) {
      const retryable = options.retryable ? options.retryable(error) : true;
      if (!retryable || attempt >= attempts) throw error;
      const serverDelay = options.retryAfterMs?.(error);
      const delay =
        serverDelay !== undefined
          ? Math.min(serverDelay, maxDelayMs)
          : backoffDelay(attempt, baseDelayMs, maxDelayMs, options.random);
      options.onRetry?.(error, attempt, delay);
      await wait(delay);
    }
  }
}

/** Parses `Retry-After`: delay-seconds or an HTTP date. Returns ms, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
