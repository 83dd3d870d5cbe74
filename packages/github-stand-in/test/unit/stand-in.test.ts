import { type GitHubStandIn, startGitHubStandIn } from '../../src/index.js';

const sha = 'a'.repeat(40);

async function call(github: GitHubStandIn, method: string, path: string, body?: unknown, token = github.token) {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('GitHub API stand-in', () => {
  let github: GitHubStandIn;
  beforeEach(async () => {
    github = await startGitHubStandIn({
      repositories: ['acme/shop', 'acme/tools'],
      resolveRef: (_repo, ref) => ({ main: sha, 'v1.4.0': sha, 'update-images': 'b'.repeat(40) })[ref],
    });
  });
  afterEach(() => github.stop());

  test('deployments and their statuses, with earlier successes made inactive', async () => {
    const first = await call(github, 'POST', '/repos/acme/shop/deployments', {
      ref: 'v1.4.0',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ sha, ref: 'v1.4.0', environment: 'production', creator: { login: 'octocat' } });
    const status = await call(github, 'POST', `/repos/acme/shop/deployments/${first.body.id}/statuses`, {
      state: 'success',
      environment_url: 'https://shop.example.com',
      log_url: 'https://github.com/acme/shop/actions/runs/1',
    });
    expect(status.status).toBe(201);
    const second = await call(github, 'POST', '/repos/acme/shop/deployments', {
      ref: 'main',
      environment: 'production',
    });
    await call(github, 'POST', `/repos/acme/shop/deployments/${second.body.id}/statuses`, { state: 'success' });
    const statuses = await call(github, 'GET', `/repos/acme/shop/deployments/${first.body.id}/statuses`);
    expect(statuses.body.map((s: { state: string }) => s.state)).toEqual(['inactive', 'success']);
    const listed = await call(github, 'GET', '/repos/acme/shop/deployments?environment=production&per_page=1');
    expect(listed.body.map((d: { id: number }) => d.id)).toEqual([second.body.id]);
    expect(github.violations).toEqual([]);
  });

  test('a request GitHub would reject is answered 422 and recorded', async () => {
    const deployment = await call(github, 'POST', '/repos/acme/shop/deployments', { ref: 'main' });
    const bad = await call(github, 'POST', `/repos/acme/shop/deployments/${deployment.body.id}/statuses`, {
      state: 'succeeded',
    });
    expect(bad.status).toBe(422);
    expect(github.violations).toEqual([
      expect.stringContaining(
        'body/state: must be equal to one of the allowed values (error, failure, inactive, in_progress, queued, pending, success)',
      ),
    ]);
  });

  test('a missing required field, a wrong token and an unknown route are violations', async () => {
    expect((await call(github, 'POST', '/repos/acme/shop/deployments', { environment: 'staging' })).status).toBe(422);
    expect((await call(github, 'POST', '/repos/acme/shop/releases', { tag_name: 'v1' }, 'nope')).status).toBe(401);
    expect((await call(github, 'GET', '/repos/acme/shop/no-such-thing')).status).toBe(404);
    expect(github.violations).toEqual([
      expect.stringContaining("body: must have required property 'ref'"),
      expect.stringContaining('a wrong token'),
      expect.stringContaining("GitHub's API has no such route"),
    ]);
  });

  test('releases: create, latest skips pre-releases, by tag, duplicates refused', async () => {
    const final = await call(github, 'POST', '/repos/acme/shop/releases', { tag_name: 'v1.4.0', name: 'v1.4.0' });
    expect(final.status).toBe(201);
    await call(github, 'POST', '/repos/acme/shop/releases', { tag_name: 'v1.5.0-rc.1', prerelease: true });
    expect((await call(github, 'GET', '/repos/acme/shop/releases/latest')).body.tag_name).toBe('v1.4.0');
    expect((await call(github, 'GET', '/repos/acme/shop/releases/tags/v1.5.0-rc.1')).body.prerelease).toBe(true);
    expect((await call(github, 'POST', '/repos/acme/shop/releases', { tag_name: 'v1.4.0' })).status).toBe(422);
    expect((await call(github, 'GET', '/repos/acme/shop/releases')).body).toHaveLength(2);
    // Generated notes link the changes since the previous final release (the pre-release is skipped).
    const notes = async (repository: string, tag_name: string) =>
      (await call(github, 'POST', `/repos/${repository}/releases`, { tag_name, generate_release_notes: true })).body
        .body;
    expect(await notes('acme/shop', 'v1.5.0')).toBe(
      '**Full Changelog**: https://github.com/acme/shop/compare/v1.4.0...v1.5.0',
    );
    expect(await notes('acme/tools', 'v0.1.0')).toBe(
      '**Full Changelog**: https://github.com/acme/tools/commits/v0.1.0',
    );
    expect(github.violations).toEqual([]);
  });

  test('pull requests: open, list by head, update, and a second one for the same branch refused', async () => {
    const opened = await call(github, 'POST', '/repos/acme/shop/pulls', {
      title: 'Release v1.4.0 to production',
      head: 'update-images',
      base: 'main',
      body: 'images',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ number: 1, state: 'open', head: { ref: 'update-images' }, base: { sha } });
    const again = await call(github, 'POST', '/repos/acme/shop/pulls', {
      title: 'x',
      head: 'update-images',
      base: 'main',
    });
    expect(again.status).toBe(422);
    const listed = await call(github, 'GET', '/repos/acme/shop/pulls?head=acme:update-images');
    expect(listed.body.map((p: { number: number }) => p.number)).toEqual([1]);
    const closed = await call(github, 'PATCH', '/repos/acme/shop/pulls/1', { state: 'closed' });
    expect(closed.body.state).toBe('closed');
    expect(github.violations).toEqual([]);
  });

  test("pull requests' labels and requested reviewers; the author cannot be asked to review", async () => {
    await call(github, 'POST', '/repos/acme/shop/pulls', { title: 't', head: 'update-images', base: 'main' });
    const labels = await call(github, 'POST', '/repos/acme/shop/issues/1/labels', { labels: ['release', 'staging'] });
    expect(labels.status).toBe(200);
    await call(github, 'POST', '/repos/acme/shop/issues/1/labels', { labels: ['release'] });
    const reviewers = await call(github, 'POST', '/repos/acme/shop/pulls/1/requested_reviewers', {
      reviewers: ['hubot'],
      team_reviewers: ['platform'],
    });
    expect([reviewers.status, github.violations]).toEqual([201, []]);
    expect(reviewers.body.requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['hubot']);
    expect(reviewers.body.requested_teams.map((t: { slug: string }) => t.slug)).toEqual(['platform']);
    const pull = await call(github, 'GET', '/repos/acme/shop/pulls/1');
    expect(pull.body.labels.map((l: { name: string }) => l.name)).toEqual(['release', 'staging']);
    // The description documents this 422 without a body, so the stand-in sends none.
    const author = await fetch(`${github.url}/repos/acme/shop/pulls/1/requested_reviewers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${github.token}` },
      body: JSON.stringify({ reviewers: ['octocat'] }),
    });
    expect(author.status).toBe(422);
    expect(github.violations).toEqual([]);
  });

  test("another token the API was given is accepted, and what it creates is its login's", async () => {
    const app = await startGitHubStandIn({
      repositories: ['acme/shop'],
      tokens: { ghs_releaseBotToken: 'release-bot' },
      resolveRef: (_repo, ref) => ({ main: sha, a: 'b'.repeat(40), b: 'c'.repeat(40) })[ref],
    });
    try {
      const opened = await call(
        app,
        'POST',
        '/repos/acme/shop/pulls',
        { title: 't', head: 'a', base: 'main' },
        'ghs_releaseBotToken',
      );
      expect([opened.status, opened.body.user.login]).toEqual([201, 'release-bot']);
      const mine = await call(app, 'POST', '/repos/acme/shop/pulls', { title: 't', head: 'b', base: 'main' });
      expect(mine.body.user.login).toBe('octocat');
      expect(app.violations).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('unknown repositories are not found', async () => {
    expect((await call(github, 'GET', '/repos/acme/other/releases')).status).toBe(404);
  });
});
