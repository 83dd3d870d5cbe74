// The suite's own workflows end to end through the runner, on a copy of the suite as it is
// on disk (a bare repository, GitHub's copy, and its worktree on main): ci.yml on a push
// to main (its test job narrowed to one test file by TEST_SELECTION, since the whole suite
// holds this very test; check-dist; every action chained against the registry on
// localhost:5000 and cluster-sim); publish.yml dispatched with a version (refused with one
// line when it is not 1.x.y or already tagged; else the tests, then v1.x.y tagged and v1
// moved in the bare repository, and the release created through the GitHub API stand-in).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GitHubStandIn, startGitHubStandIn } from '@kra/github-stand-in';
import { startPodman } from '../../../registry/test/support/podman.js';
import { type RunWorkflowResult, TextReporter, runWorkflow, stepEnvironment } from '../../src/index.js';
import { dockerOnPodman } from '../support/docker-on-podman.js';
import { machineLock, requireFreePort } from '../support/machine-lock.js';
import { type SuiteCopy, copySuite } from '../support/suite-copy.js';

/** One small test file: what the test jobs of ci.yml and publish.yml run here. */
const ONE_TEST_FILE = 'packages/workflow-runner/test/unit/expressions.test.ts';

function outcomes(result: RunWorkflowResult): Record<string, string> {
  return Object.fromEntries(result.reports.map((r) => [r.label, r.result]));
}

function capture() {
  let text = '';
  return { reporter: new TextReporter((chunk) => (text += chunk)), text: () => text };
}

describe("the suite's ci.yml", () => {
  let suite: SuiteCopy;
  beforeEach(() => {
    suite = copySuite();
  });
  afterEach(() => suite.remove());

  test(
    'on a push to main: the test job, check-dist, then every action chained against localhost:5000 and cluster-sim',
    async () => {
      // The actions job serves its registry on localhost:5000, as GitHub's service container did.
      const release = await machineLock('localhost-5000', 40 * 60_000);
      const podman = await startPodman();
      try {
        await requireFreePort(5000, "ci.yml's actions job serves the registry there");
        // The shop's config changes in the last commit: detect-config-changes (base HEAD~1) finds it.
        suite.commit('shop: new greeting', (root) => {
          const config = join(root, 'examples/shop/k8s/config.yaml');
          writeFileSync(config, readFileSync(config, 'utf8').replace('Welcome to the shop', 'Welcome to the new shop'));
        });
        const base = stepEnvironment(process.env);
        const out = capture();
        const result = await runWorkflow({
          workflow: suite.workflow('.github/workflows/ci.yml'),
          event: 'push',
          payload: { ref: 'refs/heads/main' },
          repositoryName: 'kube-release/kube-release-actions',
          workspace: join(suite.dir, 'runs'),
          env: {
            ...base,
            ...podman.env,
            PATH: `${dockerOnPodman(podman.dir)}:${base.PATH}`,
            TEST_SELECTION: ONE_TEST_FILE,
          },
          reporter: out.reporter,
        });
        const log = out.text();
        expect({ outcomes: outcomes(result), log: result.result === 'success' ? '' : log.slice(-6000) }).toEqual({
          outcomes: {
            'lint, type check, test': 'success',
            'dist/ matches the sources': 'success',
            'run each action with uses ./actions/<name>': 'success',
          },
          log: '',
        });
        // The test job: lint, type check and check-dist in full, then the one test file.
        expect(log).toContain(`only those matching TEST_SELECTION=${ONE_TEST_FILE}`);
        expect(log).toMatch(/Test Suites: 1 passed, 1 total/);
        expect(log).toContain('check-dist: dist/ matches the sources');
        // The actions job: pushed, re-tagged, deployed with the config change, then its servers ended.
        const sha = suite.git('rev-parse', '--short=7', 'HEAD');
        expect(log).toContain(`podman push --tls-verify=false localhost:5000/shop/web:main-${sha}`);
        expect(log).toMatch(/pushed: localhost:5000\/shop\/web@sha256:[0-9a-f]{64}/);
        expect(log).toContain('modified ConfigMap shop/web-config');
        // k8s-deploy's summary: the image before (none: a first deploy) and after, pinned by digest.
        expect(log).toMatch(
          /shop\/Deployment\/web web: \(none\) -> localhost:5000\/shop\/web:[^@\s]+@sha256:[0-9a-f]{64}/,
        );
        expect(log).toContain('environment: production');
        expect(log).toContain('deployed revision: 1');
        expect(log).toMatch(/Terminate orphan process: pid \(\d+\) \(docker-registry\)/);
        await requireFreePort(5000, 'the registry outlived its job');
      } finally {
        await podman.stop();
        release();
      }
    },
    40 * 60_000,
  );
});

describe("the suite's publish.yml", () => {
  const repositoryName = 'kube-release/kube-release-actions';
  let suite: SuiteCopy;
  let github: GitHubStandIn;
  beforeEach(async () => {
    suite = copySuite();
    github = await startGitHubStandIn({ repositories: [repositoryName] });
  });
  afterEach(async () => {
    await github.stop();
    suite.remove();
  });

  async function dispatch(version: string) {
    const out = capture();
    const result = await runWorkflow({
      workflow: suite.workflow('.github/workflows/publish.yml'),
      event: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: { version } },
      repositoryName,
      github,
      workspace: join(suite.dir, 'runs'),
      env: { ...stepEnvironment(process.env), TEST_SELECTION: ONE_TEST_FILE },
      reporter: out.reporter,
    });
    return { result, log: out.text() };
  }

  /** Tags in GitHub's copy: name → the commit it points at. */
  function originTags(): Record<string, string> {
    const lines = execFileSync('git', ['for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags'], {
      cwd: suite.origin,
      encoding: 'utf8',
    });
    return Object.fromEntries(
      lines
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')),
    );
  }

  test('a version that is not 1.x.y, or one already tagged, is refused with one line before the tests run', async () => {
    suite.git('tag', '-a', 'v1.2.0', '-m', 'v1.2.0');
    const tagsBefore = originTags();
    for (const [version, error] of [
      ['1.2', 'input version: "1.2" is not 1.x.y (for example 1.2.0)'],
      ['1.2.0', 'input version: v1.2.0 is already tagged; choose the next version'],
    ]) {
      const { result, log } = await dispatch(version);
      expect(outcomes(result)).toEqual({
        'check the version': 'failure',
        'lint, type check, check-dist, test': 'skipped',
        [`tag v${version}, move v1, publish the release`]: 'skipped',
      });
      expect(log).toContain(`Error: ${error}`);
    }
    expect(originTags()).toEqual(tagsBefore);
    expect(github.state.list(github.state.repository('kube-release', 'kube-release-actions')!, 'releases')).toEqual([]);
    expect(github.violations).toEqual([]);
  });

  test(
    'a free version: the tests pass, v1.3.0 is tagged, v1 moves to it, and the release is published',
    async () => {
      // v1.2.0 is out (tagged and released); v1 points at it; main has moved on since.
      suite.git('tag', '-a', 'v1.2.0', '-m', 'v1.2.0');
      suite.git('tag', '-a', 'v1', '-m', 'v1: v1.2.0');
      await fetch(`${github.url}/repos/${repositoryName}/releases`, {
        method: 'POST',
        headers: { authorization: `Bearer ${github.token}` },
        body: JSON.stringify({ tag_name: 'v1.2.0', name: 'v1.2.0' }),
      });
      const head = suite.commit('docs: a word more', (root) => writeFileSync(join(root, 'CHANGES'), '1.3.0\n'));

      const { result, log } = await dispatch('1.3.0');
      expect({ outcomes: outcomes(result), log: result.result === 'success' ? '' : log.slice(-6000) }).toEqual({
        outcomes: {
          'check the version': 'success',
          'lint, type check, check-dist, test': 'success',
          'tag v1.3.0, move v1, publish the release': 'success',
        },
        log: '',
      });
      expect(log).toContain(`only those matching TEST_SELECTION=${ONE_TEST_FILE}`);
      expect(log).toMatch(/Test Suites: 1 passed, 1 total/);
      // The tag is on a release commit on top of head: its workflows call the actions at @v1.3.0.
      const tags = originTags();
      expect(tags).toMatchObject({ 'v1.2.0': expect.any(String), 'v1.3.0': expect.any(String) });
      expect(tags.v1).toBe(tags['v1.3.0']);
      const atOrigin = (...args: string[]) => execFileSync('git', args, { cwd: suite.origin, encoding: 'utf8' });
      expect(atOrigin('rev-parse', 'v1.3.0^{commit}^').trim()).toBe(head);
      expect(atOrigin('rev-parse', 'refs/heads/main').trim()).toBe(head);
      const pipeline = atOrigin('show', 'v1.3.0:.github/workflows/release-pipeline.yml');
      expect(pipeline).toContain('uses: kube-release/kube-release-actions/actions/k8s-deploy@v1.3.0');
      expect(pipeline).not.toMatch(/kube-release-actions\/[^@\s]+@main/);
      expect(atOrigin('diff', '--stat', head, 'v1.3.0').trim()).toMatch(/files? changed/);
      expect(execFileSync('git', ['cat-file', '-p', 'v1'], { cwd: suite.origin, encoding: 'utf8' })).toMatch(
        /^tagger github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>.*\n\nv1: v1\.3\.0\n$/m,
      );
      const releases = github.state.list(github.state.repository('kube-release', 'kube-release-actions')!, 'releases');
      expect(releases.map((r) => [r.tag_name, r.name, r.draft, r.prerelease])).toEqual([
        ['v1.2.0', 'v1.2.0', false, false],
        ['v1.3.0', 'v1.3.0', false, false],
      ]);
      expect(releases[1].body).toBe(
        '**Full Changelog**: https://github.com/kube-release/kube-release-actions/compare/v1.2.0...v1.3.0',
      );
      expect(log).toContain(
        'released v1.3.0: https://github.com/kube-release/kube-release-actions/releases/tag/v1.3.0',
      );
      expect(github.violations).toEqual([]);
    },
    40 * 60_000,
  );
});
