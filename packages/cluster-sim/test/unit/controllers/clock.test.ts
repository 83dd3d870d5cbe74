import { createClock } from '../../../src/clock.js';

describe('createClock', () => {
  test('manual clock fires timers only when advanced, in time order, including timers set by timers', () => {
    const clock = createClock({ manual: true, start: 1_000 });
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b@300'), 300);
    clock.setTimeout(() => {
      fired.push('a@100');
      clock.setTimeout(() => fired.push('c@150'), 50);
    }, 100);
    const cancelled = clock.setTimeout(() => fired.push('never'), 200);
    cancelled.cancel();
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(1_000);
    clock.advance(160);
    expect(fired).toEqual(['a@100', 'c@150']);
    expect(clock.now()).toBe(1_160);
    clock.advance(1_000);
    expect(fired).toEqual(['a@100', 'c@150', 'b@300']);
    expect(clock.pending()).toBe(0);
  });

  test('a timer sees the clock at its due time', () => {
    const clock = createClock({ manual: true, start: 0 });
    let seen = -1;
    clock.setTimeout(() => (seen = clock.now()), 250);
    clock.advance(1_000);
    expect(seen).toBe(250);
  });

  test('speed makes a 600 s deadline pass in 600 ms of real time', async () => {
    const clock = createClock({ speed: 1000 });
    expect(clock.speed).toBe(1000);
    const start = clock.now();
    await new Promise<void>((resolve) => clock.setTimeout(resolve, 600_000));
    expect(clock.now() - start).toBeGreaterThanOrEqual(599_000);
  });

  test('advance in real-time mode fires timers that became due', () => {
    const clock = createClock({ speed: 1 });
    let fired = false;
    clock.setTimeout(() => (fired = true), 3_600_000);
    clock.advance(3_600_000);
    expect(fired).toBe(true);
    clock.stop();
  });

  test('rejects a non-positive speed', () => {
    expect(() => createClock({ speed: 0 })).toThrow('clock speed must be a positive number');
  });
});
