import { byVersionDescending, compareVersions, highestFinal, parseVersionTag } from '../../src/versions.js';

describe('parseVersionTag', () => {
  test('reads prefixes, pre-releases and build metadata', () => {
    expect(parseVersionTag('v1.4.0')).toMatchObject({ major: 1, minor: 4, patch: 0, prerelease: [] });
    expect(parseVersionTag('release-2.0.0-rc.1')).toMatchObject({ major: 2, prerelease: ['rc', 1] });
    expect(parseVersionTag('app/v1.2.3+build.5')).toMatchObject({ major: 1, minor: 2, patch: 3 });
    expect(parseVersionTag('1.2.3')).toMatchObject({ major: 1, prefix: '', final: true, version: '1.2.3' });
    expect(parseVersionTag('V2.0.0')).toMatchObject({ prefix: 'V', version: '2.0.0' });
    expect(parseVersionTag('1.5.0-rc.1+b.7')).toMatchObject({ version: '1.5.0-rc.1', build: ['b', '7'], final: false });
  });

  test('refuses what is not a version', () => {
    for (const tag of ['latest', 'v1.2', 'v01.2.3', 'v1.2.3.4', '2024-01-01', 'v1.2.3-', 'x1y.2.3']) {
      expect(parseVersionTag(tag)).toBeUndefined();
    }
  });
});

describe('compareVersions', () => {
  const order = [
    'v1.0.0-alpha',
    'v1.0.0-alpha.1',
    'v1.0.0-alpha.beta',
    'v1.0.0-beta',
    'v1.0.0-beta.2',
    'v1.0.0-beta.11',
    'v1.0.0-rc.1',
    'v1.0.0',
    'v1.0.1',
    'v1.2.0',
    'v1.10.0',
    'v2.0.0',
  ];

  test('follows semver precedence (semver.org §11)', () => {
    for (let i = 1; i < order.length; i += 1) {
      expect(compareVersions(parseVersionTag(order[i - 1])!, parseVersionTag(order[i])!)).toBeLessThan(0);
      expect(compareVersions(parseVersionTag(order[i])!, parseVersionTag(order[i - 1])!)).toBeGreaterThan(0);
    }
  });

  test('build metadata has no precedence; the tag name breaks the tie so sorting is stable', () => {
    const a = parseVersionTag('v1.0.0+b2')!;
    const b = parseVersionTag('v1.0.0+b1')!;
    expect(compareVersions(a, b)).toBe(0);
    expect([a, b].sort(byVersionDescending).map((v) => v.tag)).toEqual(['v1.0.0+b1', 'v1.0.0+b2']);
    expect([b, a].sort(byVersionDescending).map((v) => v.tag)).toEqual(['v1.0.0+b1', 'v1.0.0+b2']);
  });
});

describe('highestFinal', () => {
  const tags = [
    'latest',
    'sha-abc1234',
    'v1.3.9',
    '1.4.0',
    '1.4.1-rc.1',
    '2.0.0-rc.1',
    'main-abc1234',
    '1.10.0',
    '0.9.0',
  ];

  test('the highest final release, pre-releases and other tags left out', () => {
    expect(highestFinal(tags)?.tag).toBe('1.10.0');
    expect(highestFinal(['latest', '2.0.0-rc.1'])).toBeUndefined();
  });

  test('within one release line', () => {
    expect(highestFinal(tags, { major: 1, minor: 4 })?.tag).toBe('1.4.0');
    expect(highestFinal(tags, { major: 1, minor: 3 })?.tag).toBe('v1.3.9');
    expect(highestFinal(tags, { major: 0 })?.tag).toBe('0.9.0');
    expect(highestFinal(tags, { major: 3 })).toBeUndefined();
  });

  test('one answer whatever the order of the tags', () => {
    expect(highestFinal(['v1.0.0', '1.0.0'])?.tag).toBe(highestFinal(['1.0.0', 'v1.0.0'])?.tag);
  });
});
