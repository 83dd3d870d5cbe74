// examples/gitops's release workflow end to end through the runner: a release re-tags the
// images CI pushed (the CNCF registry), writes them into the config repository's staging
// overlay on main (a bare repository seeded from examples/gitops/config-repository, served
// by git http-backend behind a token check, as GitHub serves it), and, once production's
// reviewers approve, opens the pull request that pins the production overlay, through the
// GitHub API stand-in. Production not approved: staging is updated, nothing is proposed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type GitHubStandIn, startGitHubStandIn } from '@kra/github-stand-in';
import { repoRoot } from '@kra/local-runner';
import { parseReference } from '@kra/registry';
import { GitServer, git } from '../../../gitops/test/support/git-server.js';
import {
  type RunningRegistry,
  pushRandomImage,
  startRegistry,
  testClient,
} from '../../../registry/test/support/index.js';
import { type RunWorkflowResult, TextReporter, runWorkflow } from '../../src/index.js';

const WORKFLOW = 'examples/gitops/.github/workflows/release.yml';
const CONFIG_TOKEN = 'github_pat_shopConfig0123456789abcdefXYZ';
const CONFIG = 'acme/shop-config';

function outcomes(result: RunWorkflowResult): Record<string, string> {
  return Object.fromEntries(result.reports.map((r) => [r.label, r.result]));
}

/** Every file under a folder, by path relative to it, its text rewritten. */
function filesUnder(dir: string, rewrite: (text: string) => string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), rewrite(readFileSync(path, 'utf8'))]),
  );
}

describe("examples/gitops's release workflow", () => {
  let registry: RunningRegistry;
  let server: GitServer;
  let github: GitHubStandIn;
  let app: string;
  const bare = () => join(server.root, `${CONFIG}.git`);
  const appGit = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Ana Lima', '-c', 'user.email=ana@example.com', ...args], {
      cwd: app,
      encoding: 'utf8',
    }).trim();

  beforeEach(async () => {
    registry = await startRegistry({ auth: 'none' });
    // The shop's repository: examples/gitops with its workflow, its release tagged.
    app = join(mkdtempSync(join(tmpdir(), 'gitops-app-')), 'shop');
    cpSync(join(repoRoot(), 'examples/gitops'), app, { recursive: true });
    appGit('init', '-q', '-b', 'main');
    appGit('add', '-A');
    appGit('commit', '-qm', 'shop');
    appGit('tag', 'v1.4.0');
    appGit('tag', 'v1.4.1');
    // What CI pushed for that commit (push-images' sha-<short sha> tags).
    const client = testClient(registry);
    const sha = appGit('rev-parse', '--short=7', 'HEAD');
    for (const name of ['web', 'worker'])
      await pushRandomImage(client, parseReference(`${registry.host}/shop/${name}:sha-${sha}`));
    await client.close();
    // The config repository, its images at this registry (as the rehearsal does for examples/shop).
    server = await GitServer.start({ [CONFIG_TOKEN]: 'write' });
    server.createRepository(
      CONFIG,
      filesUnder(join(repoRoot(), 'examples/gitops/config-repository'), (text) =>
        text.replaceAll('localhost:5000/', `${registry.host}/`),
      ),
    );
    github = await startGitHubStandIn({
      repositories: ['acme/shop', CONFIG],
      tokens: { [CONFIG_TOKEN]: 'shop-release-bot' },
      resolveRef: (repository, ref) => {
        try {
          return repository === CONFIG
            ? git(bare(), 'rev-parse', '--verify', '-q', `refs/heads/${ref}`)
            : appGit('rev-parse', '--verify', '-q', `${ref}^{commit}`);
        } catch {
          return undefined;
        }
      },
    });
  });

  afterEach(async () => {
    await github.stop();
    await server.stop();
    await registry.stop();
    rmSync(join(app, '..'), { recursive: true, force: true });
  });

  async function release(tag: string, approve: string[]) {
    let log = '';
    const result = await runWorkflow({
      workflow: join(app, WORKFLOW.replace('examples/gitops/', '')),
      event: 'release',
      payload: { release: { tag_name: tag, prerelease: false } },
      repositoryName: 'acme/shop',
      serverUrl: server.url,
      approve,
      secrets: { repository: { CONFIG_REPOSITORY_TOKEN: CONFIG_TOKEN }, environments: {} },
      vars: {
        repository: { REGISTRY: registry.host, CONFIG_REPOSITORY: CONFIG, PRODUCTION_REVIEWERS: 'hubot' },
        environments: {},
      },
      github,
      reporter: new TextReporter((text) => (log += text)),
    });
    return { result, log };
  }

  test('staging is pushed to main; production, once approved, is a pull request pinning tag and digest', async () => {
    const main = () => git(bare(), 'rev-parse', 'main');
    const show = (ref: string, path: string) => git(bare(), 'show', `${ref}:${path}`);

    // v1.4.0: production's reviewers do not approve.
    const first = await release('v1.4.0', ['staging']);
    expect(outcomes(first.result)).toEqual({
      'tag-release': 'success',
      'update staging': 'success',
      'propose production': 'failure',
    });
    expect(first.log).toContain('the deployment to production was not approved');
    expect(first.result.jobs.staging.outputs.commit).toBe(main());
    expect(git(bare(), 'log', '-1', '--format=%an <%ae> %s', 'main')).toMatch(
      /^octocat <\d+\+octocat@users\.noreply\.github\.com> Release 1\.4\.0 to staging$/,
    );
    const staging = show('main', 'overlays/staging/kustomization.yaml');
    expect(staging).toContain(`images:\n  - name: ${registry.host}/shop/web\n    newTag: 1.4.0\n`);
    expect(staging).toContain(`  - name: ${registry.host}/shop/worker\n    newTag: 1.4.0`);
    expect(git(bare(), 'diff', '--name-only', 'main~1', 'main')).toBe('overlays/staging/kustomization.yaml');
    expect(github.state.list(github.state.repository('acme', 'shop-config')!, 'pulls')).toEqual([]);

    // v1.4.1: approved; staging moves on, production is proposed.
    const second = await release('v1.4.1', ['staging', 'production']);
    expect(outcomes(second.result)).toEqual({
      'tag-release': 'success',
      'update staging': 'success',
      'propose production': 'success',
    });
    expect(show('main', 'overlays/staging/kustomization.yaml')).toContain('newTag: 1.4.1');
    const [pull] = github.state.list(github.state.repository('acme', 'shop-config')!, 'pulls');
    expect(pull).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Release 1.4.1 to production',
      base: { ref: 'main' },
      head: { ref: 'release/1.4.1-production' },
      user: { login: 'shop-release-bot' },
    });
    expect(pull.labels.map((label: { name: string }) => label.name)).toEqual(['release', 'production']);
    expect(pull.requested_reviewers.map((user: { login: string }) => user.login)).toEqual(['hubot']);
    expect(second.result.jobs.production.outputs['pull-request']).toBe(pull.html_url);
    expect(second.log).toContain(`production proposal (changed=true) at ${pull.html_url}`);
    // The branch pins production to the very digests tag-release released, and changes nothing else.
    const digest = (name: string) =>
      JSON.parse(second.result.jobs.tag.outputs.images).find((image: { name: string }) => image.name === name).digest;
    const production = show('release/1.4.1-production', 'overlays/production/kustomization.yaml');
    expect(production).toContain(
      `  - name: ${registry.host}/shop/web\n    newTag: 1.4.1 # the release running in production\n    digest: ${digest('web')}\n`,
    );
    expect(production).toContain(`    newTag: 1.4.1\n    digest: ${digest('worker')}`);
    expect(git(bare(), 'diff', '--name-only', 'main', 'release/1.4.1-production')).toBe(
      'overlays/production/kustomization.yaml',
    );
    // Each environment's job that ran is recorded as a deployment of the shop; the token never shows.
    const deployments = github.state.list(github.state.repository('acme', 'shop')!, 'deployments');
    expect(deployments.map((d) => d.environment)).toEqual(['staging', 'staging', 'production']);
    expect(first.log + second.log).not.toContain(CONFIG_TOKEN);
    expect(github.violations).toEqual([]);
  });
});
