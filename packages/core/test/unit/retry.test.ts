import { backoffDelay, parseRetryAfter, retry } from '../../src/index.js';

describe('retry', () => {
  test('retries until success, with growing jittered delays', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await retry(
      async () => {
        calls += 1;
        if (calls < 4) throw new Error('flaky');
        return 'ok';
      },
      { attempts: 5, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms), random: () => 1 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  test('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls += 1;
          throw new Error(`failure ${calls}`);
        },
        { attempts: 3, sleep: async () => undefined },
      ),
    ).rejects.toThrow('failure 3');
    expect(calls).toBe(3);
  });

  test('does not retry what is not retryable', async () => {
    let calls = 0;
    await expect(
      retry(
        async () => {
          calls += 1;
          throw new Error('bad request');
        },
        { retryable: () => false, sleep: async () => undefined },
      ),
    ).rejects.toThrow('bad request');
    expect(calls).toBe(1);
  });

  test('honours a server-given Retry-After, capped', async () => {
    const delays: number[] = [];
    let calls = 0;
    await retry(
      async () => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('429'), { retryAfterMs: 3000 });
        if (calls === 2) throw Object.assign(new Error('429'), { retryAfterMs: 999_999 });
        return 'ok';
      },
      {
        maxDelayMs: 10_000,
        retryAfterMs: (error) => (error as { retryAfterMs?: number }).retryAfterMs,
        sleep: async (ms) => void delays.push(ms),
      },
    );
    expect(delays).toEqual([3000, 10_000]);
  });

  test('full jitter stays between half and all of the ceiling', () => {
    expect(backoffDelay(1, 100, 1000, () => 0)).toBe(50);
    expect(backoffDelay(3, 100, 1000, () => 1)).toBe(400);
    expect(backoffDelay(10, 100, 1000, () => 1)).toBe(1000);
  });

  test('Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('garbage')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
