// examples/shop's workflows end to end through the runner, against the CNCF registry,
// podman and two simulated clusters (staging and production): ci.yml on a push, then
// release.yml (which calls release-pipeline.yml, the suite's reusable workflow copied
// unchanged) for a final release and a pre-release; two releases at once deploy in version
// order; manifests without namespaces roll their pods when their config changes; an
// environment input that is empty stops the pipeline before any deploy.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type GitHubStandIn, startGitHubStandIn } from '@kra/github-stand-in';
import { ConcurrencyGroups, type RunWorkflowResult, TextReporter, runWorkflow } from '../../src/index.js';
import { type Rehearsal, startRehearsal } from '../support/rehearsal.js';

// The example's workflow files, by their path in this repository (run from the rehearsal's copy).
const CI = 'examples/shop/.github/workflows/ci.yml';
const RELEASE = 'examples/shop/.github/workflows/release.yml';

function outcomes(result: RunWorkflowResult): Record<string, string> {
  return Object.fromEntries(result.reports.map((r) => [r.label, r.result]));
}

// Asynchronous: the simulated clusters answer from this very process.
async function kubectlJson(kubeconfig: string, ...args: string[]): Promise<any> {
  const { stdout } = await promisify(execFile)('kubectl', ['--kubeconfig', kubeconfig, ...args, '-o', 'json']);
  return JSON.parse(stdout);
}

async function session(rehearsal: Rehearsal, github: GitHubStandIn, concurrency = new ConcurrencyGroups()) {
  let log = '';
  const run = (workflow: string, event: string, payload: Record<string, unknown>) =>
    runWorkflow({
      workflow: rehearsal.workflow(workflow),
      event,
      payload,
      repositoryName: 'acme/shop',
      approve: 'all',
      secrets: rehearsal.secrets,
      vars: rehearsal.vars,
      env: rehearsal.env,
      github,
      concurrency,
      reporter: new TextReporter((text) => (log += text)),
    });
  return { run, log: () => log };
}

describe("examples/shop's workflows", () => {
  let rehearsal: Rehearsal;
  let github: GitHubStandIn;
  beforeEach(async () => {
    rehearsal = await startRehearsal();
    github = await startGitHubStandIn({
      repositories: ['acme/shop'],
      resolveRef: (_repo, ref) => {
        try {
          return rehearsal.git('rev-parse', '--verify', `${ref}^{commit}`);
        } catch {
          return undefined;
        }
      },
    });
  });
  afterEach(async () => {
    await github.stop();
    await rehearsal.stop();
  });

  test('ci on a push, then a release through staging and production, and a pre-release that stops at staging', async () => {
    // Staging's DEPLOY_WEBHOOK: a Slack-compatible endpoint that records what it gets.
    const notifications: any[] = [];
    const hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        notifications.push(JSON.parse(body));
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    rehearsal.secrets.environments.staging.DEPLOY_WEBHOOK = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/services/T1/B2/hook-s3cr3t`;
    const { run, log } = await session(rehearsal, github);
    const ci = await run(CI, 'push', { ref: 'refs/heads/main' });
    expect(outcomes(ci)).toEqual({ images: 'success' });
    const release = await run(RELEASE, 'release', { release: { tag_name: 'v1.4.0', prerelease: false } });
    expect(outcomes(release)).toEqual({
      'release / plan': 'success',
      'release / tag-release': 'success',
      'release / deploy to staging': 'success',
      'release / deploy to production': 'success',
    });
    expect(release.jobs.release.outputs).toMatchObject({
      version: '1.4.0',
      'staging-url': 'https://staging.shop.example.com',
      'production-url': 'https://shop.example.com',
      'production-status': 'deployed',
    });
    // Each environment's cluster got the release, by digest, from its own kubeconfig.
    for (const cluster of [rehearsal.staging, rehearsal.production]) {
      const web = await kubectlJson(cluster.kubeconfigPath, 'get', 'deployment', 'web', '-n', 'shop');
      expect(web.spec.template.spec.containers[0].image).toMatch(
        new RegExp(`^${rehearsal.registry.host}/shop/web:.*@sha256:[0-9a-f]{64}$`),
      );
    }
    // GitHub's record: a deployment per environment, in_progress then success with its URL.
    const deployments = github.state.list(github.state.repository('acme', 'shop')!, 'deployments');
    expect(deployments.map((d) => d.environment)).toEqual(['staging', 'production']);
    const statuses = github.state.repository('acme', 'shop')!.statuses.get(deployments[1].id)!;
    expect(statuses.map((s) => s.state)).toEqual(['queued', 'in_progress', 'success']);
    expect(statuses.at(-1)!.environment_url).toBe('https://shop.example.com');

    rehearsal.commit(
      'release candidate',
      (root) => writeFileSync(join(root, 'CHANGES'), '1.5.0-rc.1\n'),
      'v1.5.0-rc.1',
    );
    expect(outcomes(await run(CI, 'push', { ref: 'refs/heads/main' }))).toEqual({ images: 'success' });
    const candidate = await run(RELEASE, 'release', { release: { tag_name: 'v1.5.0-rc.1', prerelease: true } });
    expect(outcomes(candidate)).toMatchObject({
      'release / deploy to staging': 'success',
      'release / deploy to production': 'skipped',
    });
    expect(log()).not.toContain(rehearsal.production.adminToken);
    expect(log()).not.toContain('hook-s3cr3t');
    expect(github.violations).toEqual([]);
    hook.close();
    // Staging notified twice (v1.4.0, then the pre-release); production has no webhook.
    expect(notifications.map((n) => n.text)).toEqual([
      '✅ shop 1.4.0 to staging: deployed (committer Ana Lima)',
      '✅ shop 1.5.0-rc.1 to staging: deployed (committer Ana Lima)',
    ]);
    expect(JSON.stringify(notifications[0].blocks)).toContain('https://github.com/acme/shop/actions/runs/');
  });

  test('two releases at once: the older waits for the environment, then refuses to overwrite the newer one', async () => {
    const { run, log } = await session(rehearsal, github);
    rehearsal.git('tag', 'v1.5.0');
    rehearsal.git('tag', 'v1.4.1');
    await run(CI, 'push', { ref: 'refs/heads/main' });
    const newer = run(RELEASE, 'release', { release: { tag_name: 'v1.5.0', prerelease: false } });
    // The older release is published while the newer one deploys to staging.
    while (!log().includes('● release / deploy to staging')) await new Promise((resolve) => setTimeout(resolve, 50));
    const older = run(RELEASE, 'release', { release: { tag_name: 'v1.4.1', prerelease: false } });
    const [a, b] = await Promise.all([newer, older]);
    expect(outcomes(a)['release / deploy to production']).toBe('success');
    expect(outcomes(b)).toMatchObject({
      'release / deploy to staging': 'failure',
      'release / deploy to production': 'skipped',
    });
    expect(log()).toContain("Waiting for the concurrency group 'deploy-shop-staging'");
    expect(log()).toContain(
      'Release "shop" 1.4.1 is older than 1.5.0, which is live (revision 1): refusing to overwrite a newer release; set allow-downgrade: true to go back on purpose',
    );
    const web = await kubectlJson(rehearsal.staging.kubeconfigPath, 'get', 'deployment', 'web', '-n', 'shop');
    expect(web.metadata.annotations['kube-release.dev/version'] ?? JSON.stringify(web.metadata)).toContain('1.5.0');
  });

  test('an empty environment input stops the pipeline at plan, before any deploy', async () => {
    const { run, log } = await session(rehearsal, github);
    writeFileSync(
      rehearsal.workflow('release-unnamed.yml'),
      `name: release-unnamed
on:
  release:
    types: [published]
permissions:
  contents: read
jobs:
  release:
    uses: ./.github/workflows/release-pipeline.yml
    with:
      release: shop
      production-environment: \${{ vars.PRODUCTION_ENVIRONMENT }}
    secrets: inherit
`,
    );
    rehearsal.commit('a caller that names no production environment', () => undefined);
    rehearsal.git('tag', 'v1.4.2');
    const result = await run('release-unnamed.yml', 'release', { release: { tag_name: 'v1.4.2', prerelease: false } });
    expect(outcomes(result)).toEqual({
      'release / plan': 'failure',
      'release / tag-release': 'skipped',
      'release / deploy to staging': 'skipped',
      'release / deploy to production': 'skipped',
    });
    expect(log()).toContain('input production-environment is empty: name the GitHub environment production deploys to');
  });
});

describe("examples/shop's workflows with manifests that name no namespace", () => {
  let rehearsal: Rehearsal;
  beforeEach(async () => {
    rehearsal = await startRehearsal({ namespaceless: true });
  });
  afterEach(() => rehearsal.stop());

  test('a config change rolls the pods that read it (restarts keyed to the namespace the deploy uses)', async () => {
    const github = await startGitHubStandIn({ repositories: ['acme/shop'] });
    try {
      const { run, log } = await session(rehearsal, github);
      const v130 = rehearsal.git('rev-parse', 'v1.3.0');
      await run(CI, 'push', { ref: 'refs/heads/main', after: v130 });
      await run(CI, 'push', { ref: 'refs/heads/main' });
      const first = await run(RELEASE, 'release', { release: { tag_name: 'v1.3.0', prerelease: false } });
      expect(first.jobs.release.outputs['staging-status']).toBe('deployed');
      const template = async (name: string) =>
        (await kubectlJson(rehearsal.staging.kubeconfigPath, 'get', 'deployment', name, '-n', 'shop')).spec.template
          .metadata.annotations ?? {};
      const before = { web: await template('web'), worker: await template('worker') };
      const second = await run(RELEASE, 'release', { release: { tag_name: 'v1.4.0', prerelease: false } });
      expect(second.jobs.release.outputs['staging-status']).toBe('deployed');
      // web-config changed: both workloads that read it get a new pod template.
      expect(await template('web')).not.toEqual(before.web);
      expect(await template('worker')).not.toEqual(before.worker);
      expect(log()).not.toContain('is not in the manifests: nothing to restart');
    } finally {
      await github.stop();
    }
  });
});
