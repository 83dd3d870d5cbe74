/**
 * A place to rehearse examples/shop's workflows, as the demo and the tests do: the shop as
 * its own git repository (releases v1.3.0 and v1.4.0 tagged), the CNCF registry
 * (docker-registry), podman (with a `docker` that builds Compose services through it), two
 * simulated clusters over TLS (staging and production, each kubeconfig an environment
 * secret), and the secrets and variables files' content.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { type ClusterKind, type TestCluster, startTestCluster } from '@kra/control-plane/test-clusters';
import { repoRoot } from '@kra/local-runner';
import { startRegistry, type RunningRegistry } from '../../../registry/test/support/index.js';
import { startPodman, type PodmanSandbox } from '../../../registry/test/support/podman.js';
import { type ScopedValues, stepEnvironment } from '../../src/index.js';
import { dockerOnPodman } from './docker-on-podman.js';

export interface Rehearsal {
  /** The shop's repository (its top folder). */
  repository: string;
  registry: RunningRegistry;
  podman: PodmanSandbox;
  staging: TestCluster;
  production: TestCluster;
  secrets: ScopedValues;
  vars: ScopedValues;
  /** The environment steps inherit: podman's private storage, the docker shim first on PATH. */
  env: Record<string, string>;
  /** A workflow of the copy: by its path in this repository (examples/shop/.github/workflows/ci.yml), or by file name. */
  workflow(name: string): string;
  git(...args: string[]): string;
  /** Edits files, commits, and tags when asked; returns the commit. */
  commit(message: string, edit: (repository: string) => void, tag?: string): string;
  stop(): Promise<void>;
}

export interface RehearsalOptions {
  /** Remove `namespace:` from the manifests (the namespace then comes from the workflow). */
  namespaceless?: boolean;
  /**
   * cluster-sim (default) or the real control plane. cluster-sim asks the registry whether an
   * image exists before "pulling" it; KWOK pulls nothing, so on the real cluster a pod rule
   * makes the image the broken release names (shop/storefront) fail to pull, as the registry would.
   */
  cluster?: ClusterKind;
}

export async function startRehearsal(options: RehearsalOptions = {}): Promise<Rehearsal> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearsal-'));
  const stops: Array<() => Promise<void>> = [];
  try {
    const registry = await startRegistry({ auth: 'none' });
    stops.push(() => registry.stop());
    const podman = await startPodman();
    stops.push(() => podman.stop());
    const kind = options.cluster ?? 'sim';
    const clusterOptions = {
      clock: { speed: 20 },
      podReadyDelayMs: 300,
      ...(kind === 'sim'
        ? { registryCheck: { hosts: [registry.host] } }
        : { podRules: [{ image: `${registry.host}/shop/storefront:*`, fail: 'ErrImagePull' as const }] }),
    };
    const staging = await startTestCluster(kind, clusterOptions);
    stops.push(() => staging.stop());
    const production = await startTestCluster(kind, clusterOptions);
    stops.push(() => production.stop());

    const repository = join(dir, 'shop');
    cpSync(join(repoRoot(), 'examples/shop'), repository, { recursive: true });
    for (const file of readdirSync(join(repository, 'k8s'))) {
      const path = join(repository, 'k8s', file);
      let text = readFileSync(path, 'utf8').replaceAll('localhost:5000/', `${registry.host}/`);
      if (options.namespaceless) text = text.replace(/^ {2}namespace: shop\n/gm, '');
      writeFileSync(path, text);
    }
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'ana@example.com');
    git('config', 'user.name', 'Ana Lima');
    git('add', '-A');
    git('commit', '-qm', 'shop v1.3.0');
    git('tag', 'v1.3.0');
    const commit = (message: string, edit: (repository: string) => void, tag?: string) => {
      edit(repository);
      git('add', '-A');
      git('commit', '-qm', message);
      if (tag) git('tag', tag);
      return git('rev-parse', 'HEAD');
    };
    commit(
      'web: new greeting',
      (root) => {
        const config = join(root, 'k8s/config.yaml');
        writeFileSync(config, readFileSync(config, 'utf8').replace('Welcome to the shop', 'Welcome to the new shop'));
      },
      'v1.4.0',
    );

    const base = stepEnvironment(process.env);
    const env = { ...base, ...podman.env, PATH: [dockerOnPodman(dir), base.PATH ?? ''].join(delimiter) };
    return {
      repository,
      registry,
      podman,
      staging,
      production,
      secrets: {
        repository: {},
        environments: {
          staging: { KUBECONFIG: staging.kubeconfig },
          production: { KUBECONFIG: production.kubeconfig },
        },
      },
      vars: {
        repository: { REGISTRY: registry.host },
        environments: {
          staging: {
            DEPLOY_URL: 'https://staging.shop.example.com',
            ...(options.namespaceless ? { NAMESPACE: 'shop' } : {}),
          },
          production: {
            DEPLOY_URL: 'https://shop.example.com',
            ...(options.namespaceless ? { NAMESPACE: 'shop' } : {}),
          },
        },
      },
      env,
      workflow: (name) =>
        name.startsWith('examples/shop/')
          ? join(repository, name.slice('examples/shop/'.length))
          : join(repository, '.github/workflows', name),
      git,
      commit,
      async stop() {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      },
    };
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}
