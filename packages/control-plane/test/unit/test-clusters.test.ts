import { clusterKinds, realTimeRule } from '../../src/test-clusters.js';

describe('choosing the clusters of a test run', () => {
  test('both by default; KRA_CLUSTERS picks one or both; anything else is one clear error', () => {
    // Unset (as in `pnpm test`; `pnpm test:quick` sets it to sim): both.
    const given = process.env.KRA_CLUSTERS;
    delete process.env.KRA_CLUSTERS;
    try {
      expect(clusterKinds()).toEqual(['sim', 'real']);
    } finally {
      if (given !== undefined) process.env.KRA_CLUSTERS = given;
    }
    expect(clusterKinds('sim')).toEqual(['sim']);
    expect(clusterKinds(' real , sim,real')).toEqual(['real', 'sim']);
    expect(() => clusterKinds('sim,kind')).toThrow('KRA_CLUSTERS: unknown cluster "kind" (use sim, real or sim,real)');
    expect(() => clusterKinds(',')).toThrow('KRA_CLUSTERS is empty');
  });

  test('simulated durations become the same wall-clock time on the real cluster', () => {
    expect(realTimeRule({ image: '*:slow', readyAfterMs: 30_000, exitAfterMs: 1000 }, 10)).toEqual({
      image: '*:slow',
      readyAfterMs: 3000,
      exitAfterMs: 100,
    });
    expect(realTimeRule({ image: '*:broken', fail: 'ImagePullBackOff' }, 20)).toEqual({
      image: '*:broken',
      fail: 'ImagePullBackOff',
    });
  });
});
