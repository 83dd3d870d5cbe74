import { mapLimit, Semaphore } from '../../src/index.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapLimit', () => {
  test('keeps input order and never runs more than the limit', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      peak = Math.max(peak, running);
      for (let i = 0; i < n; i += 1) await tick();
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  test('attempts every item and throws the first failure in input order after all settle', async () => {
    const seen: number[] = [];
    await expect(
      mapLimit([1, 2, 3, 4], 2, async (n) => {
        await tick();
        seen.push(n);
        if (n % 2 === 0) throw new Error(`item ${n}`);
        return n;
      }),
    ).rejects.toThrow('item 2');
    expect(seen.sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('Semaphore', () => {
  test('bounds concurrent tasks', async () => {
    const semaphore = new Semaphore(3);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        semaphore.use(async () => {
          running += 1;
          peak = Math.max(peak, running);
          await tick();
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(3);
  });
});
