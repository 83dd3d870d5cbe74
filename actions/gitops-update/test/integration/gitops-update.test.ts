// Black-box tests of the bundled gitops-update action (dist/gitops-update/index.js), run the
// way the GitHub runner runs it, against a real git server (git http-backend behind a token
// check) and the GitHub API stand-in: a release of podinfo into its config repository's
// overlays, microservices-demo's component and manifests, two releases racing, and the
// failures a user can cause. The token never appears in anything the step shows or writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGitHubStandIn, type GitHubStandIn } from '@kra/github-stand-in';
import { runAction, type ActionResult, type RunActionOptions } from '@kra/local-runner';
import { FIXTURES } from '../../../../packages/gitops/test/support/fixtures.js';
import { git, GitServer } from '../../../../packages/gitops/test/support/git-server.js';

const TOKEN = 'ghs_gitopsUPDATEtoken0123456789abcdefXYZ';
const READ_ONLY = 'ghs_readONLYtoken0123456789abcdefXYZabcd';
const DIGEST = `sha256:${'9'.repeat(64)}`;
const PODINFO = 'ghcr.io/stefanprodan/podinfo';
const BOUTIQUE = 'us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo';

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** tag-release's images output for podinfo v6.15.0. */
const PODINFO_RELEASE = JSON.stringify([
  {
    name: 'podinfo',
    repository: PODINFO,
    tags: ['sha-0a1b2c3', '6.15.0', '6.15', '6', 'latest'],
    digest: DIGEST,
    ref: `${PODINFO}@${DIGEST}`,
  },
]);

function configRepository(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const overlay of ['dev', 'staging', 'production']) {
    for (const name of ['kustomization.yaml', 'labels.yaml', 'namespace.yaml']) {
      files[`podinfo/overlays/${overlay}/${name}`] = fixture(`podinfo/deploy/overlays/${overlay}/${name}`);
    }
  }
  for (const base of ['backend', 'frontend']) {
    for (const name of ['kustomization.yaml', 'deployment.yaml', 'service.yaml', 'hpa.yaml']) {
      files[`podinfo/bases/${base}/${name}`] = fixture(`podinfo/deploy/bases/${base}/${name}`);
    }
  }
  files['boutique/components/container-images-tag/kustomization.yaml'] = fixture(
    'microservices-demo-kustomize/components/container-images-tag/kustomization.yaml',
  );
  files['boutique/release.yaml'] = fixture('microservices-demo/release-kubernetes-manifests.yaml');
  files['broken/values.yaml'] = 'image:\n  repository: ghcr.io/acme/web\n  tag: [1.0\n';
  return files;
}

/** Everything the step showed or wrote, with the runner's own ::add-mask:: commands left out. */
function captured(result: ActionResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, result.stderr, result.log, result.summary, JSON.stringify(result.outputs)].join('\n');
}

function errorsOf(result: ActionResult): string[] {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

describe('gitops-update (bundled action)', () => {
  let server: GitServer;
  let github: GitHubStandIn;
  const bare = () => join(server.root, 'acme/config.git');

  beforeEach(async () => {
    server = await GitServer.start({ [TOKEN]: 'write', [READ_ONLY]: 'read' });
    server.createRepository('acme/config', configRepository());
    github = await startGitHubStandIn({
      repositories: ['acme/config'],
      token: TOKEN,
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

  function update(inputs: Record<string, string>, options: Partial<RunActionOptions> = {}): Promise<ActionResult> {
    return runAction({
      action: 'gitops-update',
      timeoutMs: 120_000,
      eventName: 'release',
      event: {
        action: 'published',
        release: { tag_name: 'v6.15.0', prerelease: false },
        sender: { login: 'octocat', id: 583231 },
      },
      github: {
        repository: 'acme/app',
        actor: 'octocat',
        ref: 'refs/tags/v6.15.0',
        sha: 'c0ffee'.padEnd(40, '0'),
        server_url: server.url,
      },
      env: { GITHUB_API_URL: github.url },
      ...options,
      inputs: { repository: 'acme/config', token: TOKEN, images: PODINFO_RELEASE, ...inputs },
    });
  }

  test('a release into the staging overlay: a pull request from release/6.15.0, the overlay gains its images entry', async () => {
    const result = await update({
      paths: 'podinfo/overlays/{{environment}}',
      environment: 'staging',
      labels: 'release',
      reviewers: 'hubot',
    });
    expect(errorsOf(result)).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      changed: 'true',
      branch: 'release/6.15.0',
      'pull-request-number': '1',
      'pull-request-url': 'https://github.com/acme/config/pull/1',
      'changed-files': 'podinfo/overlays/staging/kustomization.yaml',
      'changed-files-json': '["podinfo/overlays/staging/kustomization.yaml"]',
    });
    expect(git(bare(), 'rev-parse', 'release/6.15.0')).toBe(result.outputs.commit);
    expect(git(bare(), 'log', '-1', '--format=%an <%ae> %s', 'release/6.15.0')).toBe(
      'octocat <583231+octocat@users.noreply.github.com> Release 6.15.0 to staging',
    );
    expect(git(bare(), 'show', 'release/6.15.0:podinfo/overlays/staging/kustomization.yaml')).toBe(
      `${fixture('podinfo/deploy/overlays/staging/kustomization.yaml')}images:\n  - name: ${PODINFO}\n    newTag: 6.15.0`,
    );
    const [pull] = github.state.list(github.state.repository('acme', 'config')!, 'pulls');
    expect(pull).toMatchObject({
      title: 'Release 6.15.0 to staging',
      base: { ref: 'main' },
      head: { ref: 'release/6.15.0' },
    });
    expect(pull.labels.map((label: { name: string }) => label.name)).toEqual(['release']);
    expect(pull.body).toContain(`released by [this workflow run](${server.url}/acme/app/actions/runs/1001)`);
    // The summary: the table first, then the commit and the pull request, the diff folded.
    expect(result.summary).toMatch(/^## gitops-update: acme\/config\n\n\| file \| field \| kind \| before \| after \|/);
    expect(result.summary).toContain('podinfo/overlays/staging/kustomization.yaml:12');
    expect(result.summary).toContain('Pull request: [#1](https://github.com/acme/config/pull/1) (opened).');
    expect(result.summary).toContain(
      '<details><summary>podinfo/overlays/staging/kustomization.yaml (1 value)</summary>',
    );
    // The token went to git as a header only, and appears nowhere.
    expect(result.masks).toContain(TOKEN);
    expect(
      server.requests.every(
        (request) => request.authorization === `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`,
      ),
    ).toBe(true);
    expect(captured(result)).not.toContain(TOKEN);
    expect(captured(result)).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
  });

  test('push mode, pinned by digest: microservices-demo component and manifests change only their values; a re-run commits nothing', async () => {
    const images = JSON.stringify(
      ['adservice', 'cartservice', 'frontend'].map((name) => ({
        name,
        repository: `${BOUTIQUE}/${name}`,
        tags: ['0.10.7'],
        digest: DIGEST,
        ref: `${BOUTIQUE}/${name}@${DIGEST}`,
      })),
    );
    const before = git(bare(), 'rev-parse', 'main');
    const result = await update({ mode: 'push', pin: 'tag@digest', paths: 'boutique', images, version: '0.10.7' });
    expect(errorsOf(result)).toEqual([]);
    expect(result.outputs).toMatchObject({ changed: 'true', branch: 'main', 'pull-request-number': '' });
    expect(git(bare(), 'diff', '--name-only', before, 'main').split('\n')).toEqual([
      'boutique/components/container-images-tag/kustomization.yaml',
      'boutique/release.yaml',
    ]);
    // Byte for byte: the files are the fixtures with exactly these values changed.
    const component = fixture('microservices-demo-kustomize/components/container-images-tag/kustomization.yaml');
    let expected = component;
    for (const name of ['adservice', 'cartservice', 'frontend']) {
      expected = expected.replace(
        `${name}\n  newTag: CONTAINER_IMAGES_TAG\n`,
        `${name}\n  newTag: 0.10.7\n  digest: ${DIGEST}\n`,
      );
    }
    const show = (path: string) => git(bare(), 'cat-file', 'blob', `main:${path}`) + '\n';
    expect(show('boutique/components/container-images-tag/kustomization.yaml')).toBe(expected);
    let release = fixture('microservices-demo/release-kubernetes-manifests.yaml');
    for (const name of ['adservice', 'cartservice', 'frontend']) {
      release = release.replace(`${BOUTIQUE}/${name}:v0.10.6`, `${BOUTIQUE}/${name}:0.10.7@${DIGEST}`);
    }
    expect(show('boutique/release.yaml')).toBe(release);

    const again = await update({ mode: 'push', pin: 'tag@digest', paths: 'boutique', images, version: '0.10.7' });
    expect(again.outputs).toMatchObject({ changed: 'false', commit: result.outputs.commit, 'changed-files': '' });
    expect(again.summary).toContain('Nothing to change');
    expect(git(bare(), 'rev-parse', 'main')).toBe(result.outputs.commit);
  });

  test('two releases racing on one repository: both land on main', async () => {
    server.holdPushesUntil(2);
    const [staging, production] = await Promise.all([
      update({ mode: 'push', paths: 'podinfo/overlays/staging', environment: 'staging' }),
      update({ mode: 'push', paths: 'podinfo/overlays/production', environment: 'production' }),
    ]);
    expect([errorsOf(staging), errorsOf(production)]).toEqual([[], []]);
    expect([staging.outputs.changed, production.outputs.changed]).toEqual(['true', 'true']);
    expect(git(bare(), 'log', '--format=%s', '-2', 'main').split('\n').sort()).toEqual([
      'Release 6.15.0 to production',
      'Release 6.15.0 to staging',
    ]);
    for (const overlay of ['staging', 'production']) {
      expect(git(bare(), 'show', `main:podinfo/overlays/${overlay}/kustomization.yaml`)).toContain(
        `- name: ${PODINFO}\n    newTag: 6.15.0`,
      );
    }
    // One of them found main moved, fetched it, applied its update again and pushed.
    expect(
      [staging.log, production.log].filter((log) => log.includes('moved while this update was made')),
    ).toHaveLength(1);
  });

  test('bad input gets one line: a path outside, YAML that does not parse (file:line), a token without push rights', async () => {
    const outside = await update({ paths: '../../etc', mode: 'push' });
    expect(errorsOf(outside)).toEqual([
      'Input "paths" names "../../etc", which is outside the config repository: give a path inside it, such as deploy/overlays/staging',
    ]);
    const broken = await update({ paths: 'broken', mode: 'push' });
    expect(broken.exitCode).toBe(1);
    const [annotation] = broken.annotations.filter((a) => a.level === 'error');
    expect(annotation.message).toMatch(
      /^broken\/values\.yaml:3: YAML does not parse \(.+\): fix the file in the config repository$/,
    );
    expect([annotation.file, annotation.line]).toEqual(['broken/values.yaml', 3]);
    const readOnly = await update({ paths: 'podinfo/overlays/staging', mode: 'push', token: READ_ONLY });
    expect(errorsOf(readOnly)).toEqual([
      'the token cannot push to acme/config: it needs the "contents: write" permission on acme/config; a workflow\'s GITHUB_TOKEN only writes to its own repository, so use a fine-grained personal access token or a GitHub App token with Contents: Read and write',
    ]);
    expect(readOnly.outputs).toEqual({});
    for (const result of [outside, broken, readOnly]) {
      expect(captured(result)).not.toContain(TOKEN);
      expect(captured(result)).not.toContain(READ_ONLY);
    }
    expect(git(bare(), 'rev-list', '--count', '--all')).toBe('1');
  });

  test('an image that matches nothing is a warning, and nothing is committed', async () => {
    const result = await update({
      paths: 'podinfo/overlays/staging',
      images: 'ghcr.io/acme/unknown:1.0.0',
      mode: 'push',
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'ghcr.io/acme/unknown matches nothing under podinfo/overlays/staging in acme/config: no kustomize images entry, Helm repository, container image or Flux marker names it (check the paths, or name the field with the fields input)',
    ]);
    expect(result.outputs.changed).toBe('false');
    expect(git(bare(), 'rev-list', '--count', '--all')).toBe('1');
  });
});
