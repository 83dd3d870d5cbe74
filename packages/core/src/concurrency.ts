/**
 * Runs `worker` over `items` with at most `limit` running at once and returns the results
 * in input order. Every item is attempted; when some fail, the first error (in input
 * order) is thrown after all have settled, so nothing is left running behind the caller.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  const errors = new Array<unknown>(items.length);
  let failed = false;
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await worker(items[index], index);
      } catch (error) {
        failed = true;
        errors[index] = error;
      }
    }
  });
  await Promise.all(lanes);
  if (failed) throw errors.find((error) => error !== undefined);
  return results;
}

/** A counting semaphore for bounding concurrent work that is not a simple map. */
export class Semaphore {
  private available: number;
  private readonly waiting: Array<() => void> = [];

  constructor(limit: number) {
    this.available = Math.max(1, limit);
  }

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.available > 0) this.available -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const wake = this.waiting.shift();
      if (wake) wake();
      else this.available += 1;
    }
  }
}
