// The whole update against real git over smart HTTP (git http-backend behind a token check)
// and the GitHub API stand-in (every request and response checked against GitHub's OpenAPI
// description): push and pull-request modes, two releases racing on one repository, re-runs,
// a branch left by a closed pull request, and the failures a user can cause.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubStandIn, type GitHubStandIn } from '@kra/github-stand-in';
import { UserError } from '@kra/core';
import { gitopsUpdate, parseImages, PullRequests, type GitOpsUpdateOptions } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { git, GitServer } from '../support/git-server.js';

const WRITE = 'ghp_writeWRITEwrite0123456789abcdefABCDEF';
const READ = 'ghp_readREADread0123456789abcdefABCDEFGH';
const DIGEST = `sha256:${'f'.repeat(64)}`;
const PODINFO = 'ghcr.io/stefanprodan/podinfo';
const ACTOR = { name: 'octocat', email: '583231+octocat@users.noreply.github.com' };

const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** The config repository: podinfo's overlays and bases, its chart values, and a second app's values. */
function configFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (from: string, to: string) => {
    for (const entry of readdirSync(join(FIXTURES, from), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name).slice(join(FIXTURES, from).length + 1);
      files[`${to}/${path}`] = read(`${from}/${path}`);
    }
  };
  add('podinfo/deploy', 'deploy');
  files['charts/podinfo/values.yaml'] = read('podinfo/charts/podinfo/values.yaml');
  files['apps/shop/values.yaml'] =
    'web:\n  image:\n    repository: ghcr.io/acme/web\n    tag: 1.0.0\napi:\n  image:\n    repository: ghcr.io/acme/api\n    tag: 1.0.0\n';
  return files;
}

describe('gitops-update against real git and the GitHub API stand-in', () => {
  let server: GitServer;
  let github: GitHubStandIn;

  beforeEach(async () => {
    server = await GitServer.start({ [WRITE]: 'write', [READ]: 'read' });
    server.createRepository('acme/config', configFiles());
    github = await startGitHubStandIn({
      repositories: ['acme/config'],
      token: WRITE,
      resolveRef: (repository, ref) => {
        try {
          return git(join(server.root, `${repository}.git`), 'rev-parse', '--verify', '-q', `refs/heads/${ref}`);
        } catch {
          return undefined;
        }
      },
    });
  });

  afterEach(async () => {
    expect(github.violations).toEqual([]);
    await github.stop();
    await server.stop();
  });

  function options(overrides: Partial<GitOpsUpdateOptions> = {}): GitOpsUpdateOptions {
    return {
      access: { repository: 'acme/config', url: `${server.url}/acme/config.git`, serverUrl: server.url, token: WRITE },
      base: '',
      mode: 'push',
      branch: 'release/6.15.0',
      paths: ['deploy/overlays/staging'],
      images: parseImages(`${PODINFO}:6.15.0@${DIGEST}`),
      pin: 'tag',
      message: 'Release 6.15.0 to staging',
      title: 'Release 6.15.0 to staging',
      identity: ACTOR,
      workdir: mkdtempSync(join(tmpdir(), 'kra-gitops-work-')),
      pullRequests: new PullRequests(WRITE, github.url, 'acme/config'),
      sleep: async () => {},
      ...overrides,
    };
  }

  test('push mode: one commit by the actor on the default branch, only the overlay changed; a re-run changes nothing', async () => {
    const before = git(server.root, '--git-dir', 'acme/config.git', 'rev-parse', 'main');
    const run = options();
    const result = await gitopsUpdate(run);
    expect(result).toMatchObject({ changed: true, base: 'main', branch: 'main', attempts: 1 });
    const bare = join(server.root, 'acme/config.git');
    expect(git(bare, 'rev-parse', 'main')).toBe(result.commit);
    expect(git(bare, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', 'main')).toBe(
      `octocat <${ACTOR.email}>|octocat <${ACTOR.email}>|Release 6.15.0 to staging`,
    );
    expect(git(bare, 'diff', '--name-only', before, 'main')).toBe('deploy/overlays/staging/kustomization.yaml');
    expect(git(bare, 'show', 'main:deploy/overlays/staging/kustomization.yaml')).toBe(
      `${read('podinfo/deploy/overlays/staging/kustomization.yaml')}images:\n  - name: ${PODINFO}\n    newTag: 6.15.0`,
    );
    // Every request carried the token as a header; the clone's remote URL and config hold none of it.
    expect(server.requests.length).toBeGreaterThan(2);
    const basic = `basic ${Buffer.from(`x-access-token:${WRITE}`).toString('base64')}`;
    expect(server.requests.filter((request) => request.authorization !== basic)).toEqual([]);
    const config = readFileSync(join(run.workdir, '.git', 'config'), 'utf8');
    expect(config).toContain(`url = ${server.url}/acme/config.git`);
    expect(config).not.toMatch(/ghp_|basic|extraheader/i);

    const again = await gitopsUpdate(options());
    expect(again).toMatchObject({ changed: false, commit: result.commit, files: [] });
    expect(git(bare, 'rev-list', '--count', 'main')).toBe('2');
  });

  test('two releases racing on one repository both land: the loser fetches, applies again and pushes', async () => {
    server.holdPushesUntil(2);
    const web = options({
      paths: ['apps/shop/values.yaml'],
      images: parseImages('ghcr.io/acme/web:2.0.0'),
      message: 'web 2.0.0',
    });
    const api = options({
      paths: ['apps/shop/values.yaml'],
      images: parseImages('ghcr.io/acme/api:3.0.0'),
      message: 'api 3.0.0',
    });
    const [first, second] = await Promise.all([gitopsUpdate(web), gitopsUpdate(api)]);
    expect([first.changed, second.changed]).toEqual([true, true]);
    expect([first.attempts, second.attempts].sort()).toEqual([1, 2]);
    const bare = join(server.root, 'acme/config.git');
    expect(git(bare, 'show', 'main:apps/shop/values.yaml')).toBe(
      'web:\n  image:\n    repository: ghcr.io/acme/web\n    tag: 2.0.0\napi:\n  image:\n    repository: ghcr.io/acme/api\n    tag: 3.0.0',
    );
    expect(git(bare, 'log', '--format=%s', 'main').split('\n').slice(0, 2).sort()).toEqual(['api 3.0.0', 'web 2.0.0']);
  });

  test('a token without push rights: one line naming the repository and the permission; nothing pushed', async () => {
    const bare = join(server.root, 'acme/config.git');
    const before = git(bare, 'rev-parse', 'main');
    const run = gitopsUpdate(
      options({
        access: { repository: 'acme/config', url: `${server.url}/acme/config.git`, serverUrl: server.url, token: READ },
      }),
    );
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(
      'the token cannot push to acme/config: it needs the "contents: write" permission on acme/config; a workflow\'s GITHUB_TOKEN only writes to its own repository, so use a fine-grained personal access token or a GitHub App token with Contents: Read and write',
    );
    expect(git(bare, 'rev-parse', 'main')).toBe(before);
  });

  test('no such repository, no such base branch, a wrong token', async () => {
    const access = (repository: string, token = WRITE) => ({
      repository,
      url: `${server.url}/${repository}.git`,
      serverUrl: server.url,
      token,
    });
    await expect(gitopsUpdate(options({ access: access('acme/nope') }))).rejects.toThrow(
      'repository acme/nope was not found, or the token cannot see it: check the repository input and give a token with access to it',
    );
    await expect(gitopsUpdate(options({ base: 'production' }))).rejects.toThrow(
      'acme/config has no branch production: check the base input',
    );
    const wrong = gitopsUpdate(options({ access: access('acme/config', 'ghp_wrong0000000000000000000000000000') }));
    await expect(wrong).rejects.toThrow(/^acme\/config refused the token: give a token that can read and write it/);
    await expect(wrong).rejects.not.toThrow(/ghp_/);
  });

  test('pull-request mode: a branch and one pull request with labels and reviewers; the next update goes on top of it', async () => {
    const first = await gitopsUpdate(
      options({ mode: 'pull-request', labels: ['release', 'staging'], reviewers: ['hubot', '@acme/platform'] }),
    );
    expect(first).toMatchObject({ changed: true, base: 'main', branch: 'release/6.15.0' });
    expect(first.pullRequest).toMatchObject({ number: 1, created: true, url: 'https://github.com/acme/config/pull/1' });
    const bare = join(server.root, 'acme/config.git');
    expect(git(bare, 'rev-parse', 'release/6.15.0')).toBe(first.commit);
    expect(git(bare, 'rev-list', '--count', 'main')).toBe('1'); // base untouched
    const pull = github.state.list(github.state.repository('acme', 'config')!, 'pulls')[0];
    expect(pull).toMatchObject({
      title: 'Release 6.15.0 to staging',
      head: { ref: 'release/6.15.0' },
      base: { ref: 'main' },
    });
    expect(pull.labels.map((label: { name: string }) => label.name)).toEqual(['release', 'staging']);
    expect(pull.requested_reviewers.map((user: { login: string }) => user.login)).toEqual(['hubot']);
    expect(pull.requested_teams.map((team: { slug: string }) => team.slug)).toEqual(['platform']);
    expect(pull.body).toContain(
      `| deploy/overlays/staging/kustomization.yaml:12 | \`images[+]\` | kustomize | (added) | \`${PODINFO}:6.15.0\` |`,
    );
    expect(pull.body).toContain('+  - name: ghcr.io/stefanprodan/podinfo');

    // The production overlay joins the same release branch: a second commit, the same pull request.
    const second = await gitopsUpdate(options({ mode: 'pull-request', paths: ['deploy/overlays/production'] }));
    expect(second.pullRequest).toMatchObject({ number: 1, created: false });
    expect(git(bare, 'rev-list', '--count', 'release/6.15.0')).toBe('3');
    expect(git(bare, 'diff', '--name-only', 'main', 'release/6.15.0').split('\n')).toEqual([
      'deploy/overlays/production/kustomization.yaml',
      'deploy/overlays/staging/kustomization.yaml',
    ]);
    const updated = github.state.list(github.state.repository('acme', 'config')!, 'pulls')[0];
    expect(updated.body).toContain('overlays/staging/kustomization.yaml:12');
    expect(updated.body).toContain('overlays/production/kustomization.yaml:12');

    // Nothing left to do: no commit, the open pull request is the answer.
    const third = await gitopsUpdate(options({ mode: 'pull-request', paths: ['deploy/overlays/production'] }));
    expect(third).toMatchObject({ changed: false, pullRequest: { number: 1 } });
    expect(git(bare, 'rev-list', '--count', 'release/6.15.0')).toBe('3');
    expect(github.state.list(github.state.repository('acme', 'config')!, 'pulls')).toHaveLength(1);
  });

  test('pull-request mode, two releases racing on one branch: both commits on it, one pull request', async () => {
    server.holdPushesUntil(2);
    const shared = { mode: 'pull-request' as const, branch: 'gitops/shop', paths: ['apps/shop'] };
    const [a, b] = await Promise.all([
      gitopsUpdate(options({ ...shared, images: parseImages('ghcr.io/acme/web:2.0.0'), title: 'web 2.0.0' })),
      gitopsUpdate(options({ ...shared, images: parseImages('ghcr.io/acme/api:3.0.0'), title: 'api 3.0.0' })),
    ]);
    expect([a.changed, b.changed]).toEqual([true, true]);
    expect([a.pullRequest?.number, b.pullRequest?.number]).toEqual([1, 1]);
    const bare = join(server.root, 'acme/config.git');
    expect(git(bare, 'show', 'gitops/shop:apps/shop/values.yaml')).toContain(
      'tag: 2.0.0\napi:\n  image:\n    repository: ghcr.io/acme/api\n    tag: 3.0.0',
    );
    expect(github.state.list(github.state.repository('acme', 'config')!, 'pulls')).toHaveLength(1);
  });

  test('a branch whose pull request was closed is rebuilt from the base', async () => {
    const first = await gitopsUpdate(
      options({ mode: 'pull-request', paths: ['apps/shop'], images: parseImages('ghcr.io/acme/web:2.0.0') }),
    );
    const pulls = github.state.list(github.state.repository('acme', 'config')!, 'pulls');
    pulls[0].state = 'closed';
    const second = await gitopsUpdate(
      options({ mode: 'pull-request', paths: ['apps/shop'], images: parseImages('ghcr.io/acme/api:3.0.0') }),
    );
    expect(second.pullRequest).toMatchObject({ number: 2, created: true });
    const bare = join(server.root, 'acme/config.git');
    // Only the new update: the closed pull request's commit is gone from the branch.
    expect(git(bare, 'rev-list', '--count', 'release/6.15.0')).toBe('2');
    expect(() => git(bare, 'merge-base', '--is-ancestor', first.commit, 'release/6.15.0')).toThrow();
  });
});
