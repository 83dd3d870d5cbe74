// The suite's main job, run locally on examples/shop (started by scripts/demo.sh).
//
// It plays a release the way GitHub would: a git repository with a v1.3.0 and a v1.4.0
// tag, a real CNCF Distribution registry, podman as the engine, and a simulated cluster.
// Every step is the committed bundle in dist/, run by packages/local-runner exactly as the
// runner runs it (INPUT_ variables, GITHUB_OUTPUT, the job summary file, the post step).
//
//   1. push-images            CI pushed web and worker as main-<sha> and sha-<sha>
//   2. tag-release            release v1.4.0 is published: 1.4.0, 1.4, 1, latest added in the registry
//   3. list-manifests         k8s/ validated and ordered; bundle written
//   4. detect-config-changes  web-config changed since v1.3.0: web and worker must restart
//   5. k8s-deploy             v1.4.0 applied, waited on, recorded as a release
//   6. k8s-deploy             a broken v1.5.0 (an image that was never pushed) fails fast and rolls back
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction, type ActionResult, type RunActionOptions } from '@kra/local-runner';
import { startCluster, type Cluster } from '@kra/cluster-sim';
import { startRegistry, type RunningRegistry } from '../packages/registry/test/support/index.js';
import { startPodman, type PodmanSandbox } from '../packages/registry/test/support/podman.js';

const root = repoRoot();
const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;
const dim = (text: string) => `\x1b[2m${text}\x1b[0m`;
const colour = (ok: boolean, text: string) => `\x1b[${ok ? 32 : 31}m${text}\x1b[0m`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function shorten(value: string, max = 600): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}

function show(title: string, result: ActionResult): void {
  console.log(
    `\n${bold(`▶ ${title}`)}  ${colour(result.exitCode === 0, result.exitCode === 0 ? 'succeeded' : `failed (exit ${result.exitCode})`)}`,
  );
  const log = result.log.trim();
  if (log) console.log(dim(log.split('\n').slice(-40).join('\n')));
  const outputs = Object.entries(result.outputs);
  if (outputs.length > 0) {
    console.log(bold('  outputs'));
    for (const [name, value] of outputs) console.log(`    ${name}: ${shorten(value).replace(/\n/g, '\n      ')}`);
  }
  if (result.summary.trim()) {
    console.log(bold('  job summary'));
    console.log(result.summary.trim().replace(/^/gm, '    '));
  }
}

// One job: every step shares RUNNER_TEMP, as on a runner (list-manifests' bundle lives there).
const runnerTemp = mkdtempSync(join(tmpdir(), 'runner-temp-'));

async function step(title: string, options: RunActionOptions, expectSuccess = true): Promise<ActionResult> {
  const result = await runAction({ timeoutMs: 5 * 60_000, runnerTemp, ...options });
  show(title, result);
  if ((result.exitCode === 0) !== expectSuccess) {
    throw new Error(
      `${title}: expected ${expectSuccess ? 'success' : 'failure'}, got exit ${result.exitCode}${result.stderr ? `\n${result.stderr}` : ''}`,
    );
  }
  return result;
}

/**
 * A git repository holding the example app, with a v1.3.0 release and a v1.4.0 release that
 * changes config. The example's manifests name its images localhost:5000/shop/…; the demo's
 * registry listens on a free port, so they are pointed at it, as a team's manifests name
 * the registry their CI pushes to.
 */
function makeRepository(registry: string): { workspace: string; v130: string; v140: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'shop-'));
  cpSync(join(root, 'examples/shop'), workspace, { recursive: true });
  for (const file of ['web.yaml', 'worker.yaml']) {
    const path = join(workspace, 'k8s', file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('localhost:5000/', `${registry}/`));
  }
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'config', 'user.email', 'demo@example.com');
  git(workspace, 'config', 'user.name', 'demo');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-qm', 'shop v1.3.0');
  git(workspace, 'tag', 'v1.3.0');
  const v130 = git(workspace, 'rev-parse', 'HEAD');
  const config = join(workspace, 'k8s/config.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace('Welcome to the shop', 'Welcome to the new shop'));
  git(workspace, 'commit', '-qam', 'web: new greeting');
  git(workspace, 'tag', 'v1.4.0');
  return { workspace, v130, v140: git(workspace, 'rev-parse', 'HEAD') };
}

/** Builds the Compose services with podman (vfs storage in a private folder), as `docker compose build` would in CI. */
async function buildImages(podman: PodmanSandbox, workspace: string, registry: string): Promise<void> {
  for (const service of ['web', 'worker']) {
    await podman.podman(['build', '-q', '-t', `${registry}/shop/${service}`, join(workspace, service)]);
  }
}

async function main(): Promise<void> {
  let registry: RunningRegistry | undefined;
  let cluster: Cluster | undefined;
  let podman: PodmanSandbox | undefined;
  try {
    registry = await startRegistry({ auth: 'none' });
    const { workspace, v140 } = makeRepository(registry.host);
    console.log(bold(`registry ${registry.host} (docker-registry), workspace ${workspace}`));
    podman = await startPodman();
    await buildImages(podman, workspace, registry.host);
    // The Compose file names its images ${REGISTRY}/shop/<service>; podman's private storage and config travel in the environment.
    const env = { ...podman.env, REGISTRY: registry.host };

    const push = await step('push-images (CI, on main)', {
      action: 'push-images',
      workspace,
      env,
      github: { sha: v140, ref: 'refs/heads/main' },
      inputs: { 'compose-file': 'compose.yaml', engine: 'podman' },
    });

    const release = { action: 'published', release: { tag_name: 'v1.4.0', prerelease: false, name: 'v1.4.0' } };
    const releaseContext = { sha: v140, ref: 'refs/tags/v1.4.0' };
    const tag = await step('tag-release (release v1.4.0 published)', {
      action: 'tag-release',
      workspace,
      env,
      event: release,
      eventName: 'release',
      github: releaseContext,
      inputs: { images: push.outputs['images-json'] },
    });

    const manifests = await step('list-manifests', { action: 'list-manifests', workspace, inputs: { paths: 'k8s/' } });

    const changes = await step('detect-config-changes (since the previous release)', {
      action: 'detect-config-changes',
      workspace,
      event: release,
      eventName: 'release',
      github: releaseContext,
      inputs: { paths: 'k8s/' },
    });

    cluster = await startCluster({
      tls: true,
      clock: { speed: 20 },
      podReadyDelayMs: 300,
      registryCheck: { hosts: [registry.host] },
    });
    console.log(bold(`\nsimulated cluster ${cluster.url} (kubeconfig ${cluster.kubeconfigPath})`));
    const deployInputs = {
      kubeconfig: cluster.kubeconfig,
      manifests: manifests.outputs.bundle,
      restart: changes.outputs['restart-json'] ?? '',
      checksums: changes.outputs.checksums ?? '',
      timeout: '2m',
    };
    const deployed = await step('k8s-deploy v1.4.0 (environment: production)', {
      action: 'k8s-deploy',
      workspace,
      event: release,
      eventName: 'release',
      github: releaseContext,
      inputs: { ...deployInputs, release: 'shop', version: 'v1.4.0', images: tag.outputs['images-json'] },
    });

    // v1.5.0 ships a web image that was never pushed: the cluster cannot pull it.
    const broken = JSON.parse(tag.outputs['images-json']) as Array<{
      name: string;
      repository: string;
      tags: string[];
      digest: string;
    }>;
    for (const image of broken) if (image.name === 'web') Object.assign(image, { tags: ['1.5.0'], digest: '' });
    const failed = await step(
      'k8s-deploy v1.5.0 with an image that was never pushed (fails fast, rolls back)',
      {
        action: 'k8s-deploy',
        workspace,
        event: { action: 'published', release: { tag_name: 'v1.5.0', prerelease: false } },
        eventName: 'release',
        github: { sha: v140, ref: 'refs/tags/v1.5.0' },
        inputs: {
          ...deployInputs,
          release: 'shop',
          version: 'v1.5.0',
          images: JSON.stringify(broken),
          restart: '',
          checksums: '',
        },
      },
      false,
    );

    console.log(`\n${bold('Result')}`);
    console.log(`  v1.4.0 deployed as revision ${deployed.outputs.revision}; environment ${tag.outputs.environment}`);
    console.log(
      `  v1.5.0 failed and was ${failed.outputs['rolled-back'] === 'true' ? colour(true, 'rolled back') : colour(false, 'NOT rolled back')} to revision ${failed.outputs['previous-revision'] ?? '?'}`,
    );
    if (failed.outputs['rolled-back'] !== 'true') throw new Error('the broken release was not rolled back');
  } finally {
    await cluster?.stop();
    await registry?.stop();
    await podman?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
