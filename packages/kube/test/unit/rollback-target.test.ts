import type { ReleaseRecord } from '../../src/release.js';
import { rollbackTarget } from '../../src/rollback-action.js';

const record = (
  revision: number,
  status: ReleaseRecord['status'],
  extra: Partial<ReleaseRecord> = {},
): ReleaseRecord => ({
  release: 'shop',
  revision,
  status,
  time: '2024-01-01T00:00:00.000Z',
  updated: '2024-01-01T00:00:01.000Z',
  repository: 'acme/shop',
  sha: 'abc',
  version: `1.${revision}.0`,
  actor: 'octocat',
  runUrl: '',
  images: [],
  objects: [],
  inventory: [],
  ...extra,
});

const target = (records: ReleaseRecord[], revision?: number) => rollbackTarget(records, 'shop', revision).revision;

describe('the revision a rollback returns to', () => {
  test('by default, the newest deployed or superseded revision before the deployed one', () => {
    expect(target([record(1, 'superseded'), record(2, 'superseded'), record(3, 'deployed')])).toBe(2);
    // Failed, rolled-back, cancelled and interrupted revisions in between never ran as the release.
    expect(
      target([
        record(1, 'superseded'),
        record(2, 'failed'),
        record(3, 'rolled-back'),
        record(4, 'deployed'),
        record(5, 'cancelled'),
        record(6, 'interrupted'),
      ]),
    ).toBe(1);
    // After a rollback (5 = the objects of 3), the next one returns to 4: rollbacks alternate, as Helm's do.
    expect(target([record(3, 'superseded'), record(4, 'superseded'), record(5, 'deployed')])).toBe(4);
  });

  test('a named revision, if it ever ran as the release', () => {
    const records = [record(1, 'superseded'), record(2, 'failed'), record(3, 'superseded'), record(4, 'deployed')];
    expect(target(records, 1)).toBe(1);
    expect(target(records, 4)).toBe(4);
    expect(() => target(records, 2)).toThrow(
      'Input "revision": revision 2 of release "shop" never deployed (it is failed): name a revision that was deployed or superseded',
    );
    expect(() => target(records, 9)).toThrow(
      'Input "revision": release "shop" has no revision 9 (its records: 1, 2, 3, 4): name one of those',
    );
  });

  test('refusals: no records, nothing before the deployed revision, a rollout in progress', () => {
    expect(() => target([])).toThrow(/^Nothing to roll back: release "shop" has no release records in this namespace/);
    expect(() => target([record(1, 'failed'), record(2, 'deployed')])).toThrow(
      'Nothing to roll back to: release "shop" has no successful revision before revision 2, the deployed one. Name a revision with the revision input, or deploy',
    );
    expect(() => target([record(1, 'failed')])).toThrow(
      'Nothing to roll back to: no revision of release "shop" ever deployed (its records: 1 failed)',
    );
    const canary = record(3, 'progressing', {
      progress: { strategy: 'canary', phase: 'paused' } as ReleaseRecord['progress'],
    });
    expect(() => target([record(1, 'superseded'), record(2, 'deployed'), canary], 1)).toThrow(
      'Rollback refused: release "shop" has a canary rollout in progress (revision 3, paused): finish it with action: promote or action: reject first',
    );
  });
});
