// The request bound of tag-release, proven with the client's own counters against the
// real registry: within one repository, 1 manifest GET per image, 1 HEAD per target tag,
// 1 PUT per new tag, and 1 tag-list GET per image only when moving tags (latest, {{major}},
// {{major}}.{{minor}}) are decided, plus 1 more per image that moved one (the check that no
// higher release came meanwhile). So requests ≤ images + 2 × tags (+ 2 × images for the listings).
import {
  DEFAULT_RELEASE_TAGS,
  RegistryClient,
  explicitCredentials,
  parseReference,
  parseReleaseVersion,
  releaseTags,
  retagImages,
  type RetagImage,
} from '@kra/registry';
import {
  pushIndex,
  pushRandomImage,
  startRegistry,
  testClient,
  type RunningRegistry,
} from '../../../../packages/registry/test/support/index.js';

async function release(registry: RunningRegistry, names: string[], version: string, templates: string[]) {
  const client = new RegistryClient({
    credentials: registry.username
      ? explicitCredentials([{ username: registry.username, password: registry.password! }])
      : undefined,
    onWarning: () => undefined,
  });
  const parsed = parseReleaseVersion(version);
  const plan = releaseTags(parsed, templates);
  const images: RetagImage[] = names.map((name) => {
    const source = parseReference(`${registry.host}/shop/${name}:sha-abcdef0`);
    return { name, source, target: parseReference(`${registry.host}/shop/${name}`) };
  });
  try {
    const results = await retagImages(images, {
      client,
      version: parsed,
      tags: plan.tags,
      latest: plan.latest,
      moving: plan.moving,
      immutable: plan.immutable,
      concurrency: 4,
    });
    return { results, stats: client.stats() };
  } finally {
    await client.close();
  }
}

describe.each(['none', 'token'] as const)('tag-release requests (%s auth)', (auth) => {
  let registry: RunningRegistry;
  const names = ['web', 'worker', 'multi'];
  beforeAll(async () => {
    registry = await startRegistry({ auth });
    const seed = testClient(registry);
    await pushRandomImage(seed, parseReference(`${registry.host}/shop/web:sha-abcdef0`));
    await pushRandomImage(seed, parseReference(`${registry.host}/shop/worker:sha-abcdef0`), { format: 'docker' });
    await pushIndex(seed, parseReference(`${registry.host}/shop/multi:sha-abcdef0`));
    await seed.close();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  /** Manifest and tag-list requests, without the re-sends that answer a 401 challenge. */
  const counted = (stats: RegistryClient extends { stats(): infer S } ? S : never) =>
    (stats.byKind.manifest ?? 0) + (stats.byKind.tags ?? 0) - stats.authChallenges;

  test('a first release: images GET + tags HEAD + tags PUT + images tag lists, twice (decide, then check)', async () => {
    const { results, stats } = await release(registry, names, 'v1.4.0', DEFAULT_RELEASE_TAGS);
    const tags = results.reduce((sum, result) => sum + result.outcomes.length, 0);
    expect(tags).toBe(12);
    expect(results.every((result) => result.outcomes.every((o) => o.outcome === 'added'))).toBe(true);
    const images = names.length;
    expect(counted(stats)).toBe(images + 2 * tags + 2 * images);
    if (auth === 'none') {
      expect(stats.byMethodAndKind).toEqual({
        'GET manifest': 3,
        'HEAD manifest': 12,
        'PUT manifest': 12,
        'GET tags': 6,
      });
      expect(stats.requests).toBe(33);
    }
  });

  test('a re-run: no PUT at all', async () => {
    const { results, stats } = await release(registry, names, 'v1.4.0', DEFAULT_RELEASE_TAGS);
    expect(results.flatMap((result) => result.outcomes.map((o) => o.outcome))).toEqual(Array(12).fill('unchanged'));
    expect(stats.byMethodAndKind['PUT manifest']).toBeUndefined();
    expect(counted(stats)).toBe(3 + 12 + 3);
  });

  test('without moving tags there is no tag listing: exactly images + 2 × tags', async () => {
    const { stats } = await release(registry, names, 'v1.5.0', ['{{version}}']);
    expect(stats.byMethodAndKind['GET tags']).toBeUndefined();
    expect(counted(stats)).toBe(3 + 2 * 3);
    if (auth === 'none') expect(stats.requests).toBe(9);
  });
});
