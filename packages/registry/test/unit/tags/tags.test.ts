import { InputError } from '@kra/core';
import {
  branchFromContext,
  DEFAULT_PUSH_TAGS,
  renderTags,
  sanitizeTag,
  tagContextFromGitHub,
  versionFromContext,
  type TagContext,
} from '../../../src/tags/templates.js';
import {
  decideLatest,
  decideMoving,
  DEFAULT_RELEASE_TAGS,
  parseReleaseVersion,
  prereleaseFromEvent,
  releaseTags,
  versionFromEvent,
} from '../../../src/tags/release.js';
import { parseEnvironmentRules, resolveEnvironment } from '../../../src/tags/environments.js';
import { retagImages } from '../../../src/tags/retag.js';
import { parseReference } from '../../../src/reference.js';

const sha = '0123456789abcdef0123456789abcdef01234567';
const context: TagContext = { branch: 'main', sha, shortSha: '0123456', version: '', runNumber: '42' };

describe('push tag templates', () => {
  test('the defaults give {branch}-{short-sha} and sha-{short-sha}', () => {
    expect(renderTags(DEFAULT_PUSH_TAGS, context).tags).toEqual(['main-0123456', 'sha-0123456']);
  });

  test('every placeholder and literals; duplicates are dropped', () => {
    expect(renderTags(['{{long-sha}}', 'run-{{run-number}}', 'edge', 'edge', '{{ branch }}'], context).tags).toEqual([
      sha,
      'run-42',
      'edge',
      'main',
    ]);
    expect(renderTags(['v{{version}}'], { ...context, version: '1.2.3' }).tags).toEqual(['v1.2.3']);
  });

  test('{{sha}} is the short commit SHA, as in docker/metadata-action; {{long-sha}} the whole one', () => {
    expect(renderTags(['{{sha}}', 'sha-{{short-sha}}', 'full-{{long-sha}}'], context).tags).toEqual([
      '0123456',
      'sha-0123456',
      `full-${sha}`,
    ]);
  });

  test("the short SHA's length follows DOCKER_METADATA_SHORT_SHA_LENGTH, as metadata-action's does", () => {
    const github = { sha, ref: 'refs/heads/main', runNumber: '1', payload: {} } as never;
    expect(tagContextFromGitHub(github, {}).shortSha).toBe('0123456');
    expect(tagContextFromGitHub(github, { DOCKER_METADATA_SHORT_SHA_LENGTH: '12' }).shortSha).toBe('0123456789ab');
    expect(() => tagContextFromGitHub(github, { DOCKER_METADATA_SHORT_SHA_LENGTH: 'x' })).toThrow(
      'DOCKER_METADATA_SHORT_SHA_LENGTH is "x": use a whole number from 1 to 40',
    );
  });

  test("docker/metadata-action's tags output is taken as it is: each reference gives its tag", () => {
    const lines = ['ghcr.io/acme/web:main', 'ghcr.io/acme/web:sha-0123456', 'ghcr.io/acme/web:latest'];
    const rendered = renderTags(lines, context);
    expect(rendered.tags).toEqual(['main', 'sha-0123456', 'latest']);
    expect(rendered.named.map(String)).toEqual(['ghcr.io/acme/web']);
    // mixed with templates, and metadata-action's tag-names output (tags alone)
    expect(renderTags(['docker.io/acme/web:pr-7', '{{branch}}-{{sha}}', 'pr-7'], context).tags).toEqual([
      'pr-7',
      'main-0123456',
    ]);
    expect(() => renderTags(['ghcr.io/acme/web'], context)).toThrow(
      'Input "tags" has "ghcr.io/acme/web", an image reference without a tag: write a tag, or pass metadata-action\'s tags output',
    );
  });

  test('a tag is immutable when it names the commit or a whole version; moving otherwise', () => {
    const rendered = renderTags(
      ['edge', '{{branch}}', 'sha-{{sha}}', '{{long-sha}}', 'v{{version}}', '1.4', 'latest'],
      {
        ...context,
        version: '1.4.0',
      },
    );
    expect(rendered.tags.filter((tag) => rendered.immutable.has(tag))).toEqual(['sha-0123456', sha, 'v1.4.0']);
  });

  test('branch names are sanitised like docker/metadata-action (case kept, runs of other characters → -)', () => {
    expect(sanitizeTag('feature/Login')).toBe('feature-Login');
    expect(sanitizeTag('fix//a b@c')).toBe('fix-a-b-c');
    expect(sanitizeTag('release_1.2-x')).toBe('release_1.2-x');
    expect(branchFromContext({ ref: 'refs/heads/feature/new-UI', payload: {} })).toBe('feature-new-UI');
    expect(branchFromContext({ ref: 'refs/pull/17/merge', payload: {} })).toBe('pr-17');
    expect(branchFromContext({ ref: '', payload: { pull_request: { number: 9 } } })).toBe('pr-9');
    expect(branchFromContext({ ref: 'refs/tags/v1.0.0', payload: {} })).toBe('v1.0.0');
    expect(branchFromContext({ ref: '', payload: {} })).toBe('');
  });

  test('{{version}} comes from a tag push or a release, semver-cleaned', () => {
    expect(versionFromContext({ ref: 'refs/tags/v1.4.0', payload: {} })).toBe('1.4.0');
    expect(versionFromContext({ ref: 'refs/heads/main', payload: { release: { tag_name: 'v2.0.0-rc.1' } } })).toBe(
      '2.0.0-rc.1',
    );
    expect(versionFromContext({ ref: 'refs/tags/nightly/2024', payload: {} })).toBe('nightly-2024');
    expect(versionFromContext({ ref: 'refs/heads/main', payload: {} })).toBe('');
  });

  test.each([
    [['{{nope}}'], 'Input "tags" has "{{nope}}" with an unknown placeholder {{nope}}'],
    [
      ['{{version}}'],
      'Input "tags" has "{{version}}", but {{version}} is empty because the run is not for a tag push or a release',
    ],
    [['$(rm -rf /)'], 'Input "tags" has "$(rm -rf /)": tag "$(rm -rf /)" may only hold letters'],
    [['ok;reboot'], 'Input "tags" has "ok;reboot": tag'],
    [['a`id`'], 'Input "tags" has "a`id`"'],
    [['-leading'], 'must not start with "." or "-"'],
    [['x'.repeat(129)], 'is 129 characters, at most 128 are allowed'],
    [
      ['{{branch}}-{{long-sha}}{{long-sha}}{{long-sha}}{{long-sha}}'],
      '(gives "main-0123456789abcdef0123456789abcdef012…")',
    ],
    [[], 'Input "tags" gives no tag'],
  ])('%j is refused before anything is pushed', (templates, message) => {
    expect(() => renderTags(templates, context)).toThrow(InputError);
    expect(() => renderTags(templates, context)).toThrow(message);
  });

  test('a branch that sanitises into an invalid tag is refused, naming the template', () => {
    expect(() => renderTags(['{{branch}}'], { ...context, branch: sanitizeTag('@weird') })).toThrow(
      'Input "tags" has "{{branch}}" (gives "-weird")',
    );
  });
});

describe('release versions', () => {
  test.each([
    ['v1.4.0', '1.4.0', false],
    ['1.4.0', '1.4.0', false],
    ['V2.0.1', '2.0.1', false],
    ['v1.5.0-rc.1', '1.5.0-rc.1', true],
    ['0.3.0-alpha', '0.3.0-alpha', true],
    ['1.2.3+build.7', '1.2.3-build.7', false],
  ])('%s is version %s (pre-release: %s)', (text, version, prerelease) => {
    const parsed = parseReleaseVersion(text);
    expect(parsed.version).toBe(version);
    expect(parsed.prerelease).toBe(prerelease);
  });

  test.each(['v1.2', '1.2.3.4', 'release-5', '', 'latest', 'v01.2.3', '1.2.3-'])(
    '%j is not a release version',
    (text) => {
      expect(() => parseReleaseVersion(text)).toThrow(
        /^Input "version" is ".*", which is not a semantic version: use MAJOR\.MINOR\.PATCH/,
      );
    },
  );

  test('the same prefixes as every other version in the suite (@kra/core/versions): release-, web/v', () => {
    expect(parseReleaseVersion('release-1.4.0').version).toBe('1.4.0');
    expect(parseReleaseVersion('web/v2.0.0-rc.1')).toMatchObject({ version: '2.0.0-rc.1', prerelease: true });
    expect(versionFromContext({ ref: 'refs/tags/web/v1.2.3', payload: {} })).toBe('1.2.3');
    expect(decideLatest(parseReleaseVersion('v1.9.0'), ['release-2.0.0'])).toEqual({
      latest: false,
      higher: 'release-2.0.0',
    });
  });

  test('the event marks a pre-release', () => {
    expect(
      parseReleaseVersion('1.0.0', 'version', {
        prerelease: prereleaseFromEvent({ payload: { release: { prerelease: true } } }),
      }).prerelease,
    ).toBe(true);
    expect(versionFromEvent({ ref: 'refs/heads/main', payload: { release: { tag_name: 'v3.1.0' } } })).toBe('v3.1.0');
    expect(versionFromEvent({ ref: 'refs/tags/v3.2.0', payload: {} })).toBe('v3.2.0');
    expect(versionFromEvent({ ref: 'refs/heads/main', payload: {} })).toBeUndefined();
  });

  test('a final release gets version, major.minor, major and asks for latest', () => {
    expect(releaseTags(parseReleaseVersion('v1.4.0'), DEFAULT_RELEASE_TAGS)).toEqual({
      tags: ['1.4.0', '1.4', '1'],
      moving: { '1.4': 'minor', '1': 'major' },
      immutable: ['1.4.0'],
      latest: true,
      skipped: [],
    });
  });

  test('immutable tags are those naming the whole version; literals and lines move', () => {
    const plan = releaseTags(parseReleaseVersion('2.1.0'), ['v{{major}}.{{minor}}.{{patch}}', 'stable', '{{version}}']);
    expect(plan.immutable).toEqual(['v2.1.0', '2.1.0']);
    expect(plan.tags).toEqual(['v2.1.0', 'stable', '2.1.0']);
  });

  test('a pre-release only gets {{version}}', () => {
    const plan = releaseTags(parseReleaseVersion('v1.5.0-rc.1'), DEFAULT_RELEASE_TAGS);
    expect(plan.tags).toEqual(['1.5.0-rc.1']);
    expect(plan.latest).toBe(false);
    expect(plan.skipped.map((s) => s.template)).toEqual(['{{major}}.{{minor}}', '{{major}}', 'latest']);
  });

  test('0.x gets no {{major}} tag', () => {
    const plan = releaseTags(parseReleaseVersion('0.4.2'), DEFAULT_RELEASE_TAGS);
    expect(plan.tags).toEqual(['0.4.2', '0.4']);
    expect(plan.skipped).toEqual([{ template: '{{major}}', reason: expect.stringMatching(/major version zero/) }]);
  });

  test('templates may mix literals; bad ones are refused', () => {
    expect(
      releaseTags(parseReleaseVersion('2.1.0'), ['v{{major}}', 'stable-{{major}}.{{minor}}.{{patch}}']).tags,
    ).toEqual(['v2', 'stable-2.1.0']);
    expect(() => releaseTags(parseReleaseVersion('2.1.0'), ['{{branch}}'])).toThrow('unknown placeholder {{branch}}');
    expect(() => releaseTags(parseReleaseVersion('2.1.0'), ['{{major}};id'])).toThrow(
      'Input "tags" has "{{major}};id" (gives "2;id")',
    );
  });

  test('a moving tag only moves to the highest final release of its line', () => {
    const existing = ['1.3.0', '1.3.8', '1.4.0', '1.4', '1', '1.5.0-rc.1', '2.0.0'];
    const hotfix = parseReleaseVersion('v1.3.9');
    expect(decideMoving(hotfix, 'minor', existing)).toEqual({ move: true });
    expect(decideMoving(hotfix, 'major', existing)).toEqual({ move: false, higher: '1.4.0' });
    expect(decideMoving(parseReleaseVersion('1.4.1'), 'major', existing)).toEqual({ move: true });
    expect(decideMoving(parseReleaseVersion('1.3.7'), 'minor', existing)).toEqual({ move: false, higher: '1.3.8' });
  });

  test('latest only goes to the highest final release', () => {
    const existing = [
      'sha-0123456',
      'main-0123456',
      '1.3.0',
      '1.3',
      '1',
      '1.4.0',
      '1.4',
      'latest',
      '2.0.0-rc.1',
      'v0.9.0',
    ];
    expect(decideLatest(parseReleaseVersion('v1.3.9'), existing)).toEqual({ latest: false, higher: '1.4.0' });
    expect(decideLatest(parseReleaseVersion('v1.4.0'), existing)).toEqual({ latest: true });
    expect(decideLatest(parseReleaseVersion('v1.4.1'), existing)).toEqual({ latest: true });
    expect(decideLatest(parseReleaseVersion('v1.0.0'), [])).toEqual({ latest: true });
    expect(decideLatest(parseReleaseVersion('v2.0.0-rc.2'), existing)).toEqual({ latest: false });
    expect(decideLatest(parseReleaseVersion('v1.9.0'), ['v2.0.0'])).toEqual({ latest: false, higher: 'v2.0.0' });
  });
});

describe('environments', () => {
  const rules = parseEnvironmentRules('');
  test('default: pre-release → staging, final → production', () => {
    expect(resolveEnvironment(parseReleaseVersion('v1.5.0-beta.2'), rules)?.environment).toBe('staging');
    expect(resolveEnvironment(parseReleaseVersion('v1.5.0'), rules)?.environment).toBe('production');
  });

  test('globs on the version, first match wins', () => {
    const custom = parseEnvironmentRules('# rules\nv2.*=production-eu\nprerelease=staging\n*=production');
    expect(resolveEnvironment(parseReleaseVersion('v2.3.0'), custom)?.environment).toBe('production-eu');
    expect(resolveEnvironment(parseReleaseVersion('2.3.0'), custom)?.environment).toBe('production-eu');
    expect(resolveEnvironment(parseReleaseVersion('v3.0.0-rc.1'), custom)?.environment).toBe('staging');
    expect(resolveEnvironment(parseReleaseVersion('v1.0.0'), custom)?.environment).toBe('production');
    expect(
      resolveEnvironment(parseReleaseVersion('v1.0.0'), parseEnvironmentRules('prerelease=staging')),
    ).toBeUndefined();
  });

  test('malformed rules name the input', () => {
    expect(() => parseEnvironmentRules('staging')).toThrow(
      'Input "environments" has "staging": write one rule a line as pattern=environment',
    );
    expect(() => parseEnvironmentRules('release=prod env')).toThrow('environment "prod env" may only hold');
  });
});

describe('retag plans', () => {
  test('one repository listed twice is refused before any request', async () => {
    const client = new Proxy({}, { get: () => () => Promise.reject(new Error('no request expected')) }) as never;
    const image = (ref: string) => ({
      name: 'web',
      source: parseReference(ref),
      target: parseReference('ghcr.io/acme/web'),
    });
    await expect(
      retagImages([image('ghcr.io/acme/web:sha-1'), image('ghcr.io/acme/web:sha-2')], {
        client,
        version: parseReleaseVersion('1.0.0'),
        tags: ['1.0.0'],
        latest: false,
        concurrency: 2,
      }),
    ).rejects.toThrow(
      'ghcr.io/acme/web:sha-1 and ghcr.io/acme/web:sha-2 would both be released as ghcr.io/acme/web: list each repository once',
    );
  });
});
