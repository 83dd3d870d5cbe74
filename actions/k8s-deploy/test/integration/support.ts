import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster, type Cluster } from '@kra/cluster-sim';
import {
  startTestCluster,
  type ClusterKind,
  type TestCluster,
  type TestClusterOptions,
} from '@kra/control-plane/test-clusters';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeClient, isNotFound } from '@kra/kube';
import { repoRoot, runAction, type ActionResult, type RunActionOptions } from '@kra/local-runner';

/** The real-world app in ../shared/fixtures, beside the repository (as in CI). */
export const FIXTURE = join(repoRoot(), '..', 'shared', 'fixtures', 'microservices-demo');

export type SimOptions = Parameters<typeof startCluster>[0];
export { clusterKinds, type ClusterKind, type TestCluster } from '@kra/control-plane/test-clusters';

/** What the helpers below need of a cluster of either kind: its admin kubeconfig. */
export type AnyCluster = Pick<TestCluster, 'kubeconfig'>;

const defaults = { clock: { speed: 20 }, podReadyDelayMs: 500 };

/** A simulated cluster with TLS and a sped-up clock, so deadlines pass quickly (for what only cluster-sim can do: faults). */
export function startSim(options: SimOptions = {}): Promise<Cluster> {
  return startCluster({ tls: true, ...defaults, ...options });
}

/**
 * A cluster of either kind (KRA_CLUSTERS picks which the tests run on): cluster-sim with the
 * same defaults as startSim, or the real control plane, where the simulated durations take the
 * same real time.
 */
export function startOn(kind: ClusterKind, options: TestClusterOptions = {}): Promise<TestCluster> {
  return startTestCluster(kind, { ...defaults, ...options });
}

/** A workspace holding a copy of microservices-demo under manifests/ (plus extra files). */
export function workspaceWith(files: Record<string, string> = {}, demo = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-deploy-ws-'));
  if (demo)
    cpSync(FIXTURE, join(dir, 'manifests'), {
      recursive: true,
      filter: (src) => !src.endsWith('release-kubernetes-manifests.yaml'),
    });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

let runCounter = 1000;

/** Runs the bundled action against the cluster, the kubeconfig passed as the `kubeconfig` input. */
export async function deployWith(
  cluster: AnyCluster,
  workspace: string,
  inputs: RunActionOptions['inputs'],
  options: Partial<RunActionOptions> & { kubeconfig?: string } = {},
): Promise<ActionResult> {
  runCounter += 1;
  const { kubeconfig, ...rest } = options;
  return runAction({
    action: 'k8s-deploy',
    workspace,
    inputs: { kubeconfig: kubeconfig ?? cluster.kubeconfig, ...inputs },
    github: { run_id: String(runCounter), sha: 'a'.repeat(40), repository: 'acme/shop', actor: 'octocat' },
    timeoutMs: 5 * 60 * 1000,
    ...rest,
  });
}

/** Everything a run printed or wrote: log, stderr, outputs, summary, annotations. */
export function everything(result: ActionResult): string {
  // The runner receives secrets through ::add-mask:: commands and never prints those lines;
  // everything else the step wrote is checked unmasked, so a leak cannot hide behind a mask.
  const stdout = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  return [
    stdout(result.stdout),
    result.stderr,
    JSON.stringify(result.outputs),
    result.summary,
    JSON.stringify(result.annotations),
    stdout(result.post?.stdout ?? ''),
  ].join('\n');
}

/** The token lines of a kubeconfig (the secret that must never be printed). */
export function tokensOf(kubeconfig: string): string[] {
  return [...kubeconfig.matchAll(/token:\s*"?([^"\s]+)/g)].map((m) => m[1]);
}

/** An admin client for checking the cluster (the same client-node based client the action uses). */
export function adminClient(cluster: AnyCluster): KubeClient {
  const kc = new KubeConfig();
  kc.loadFromString(cluster.kubeconfig);
  return new KubeClient(kc);
}

export async function get(cluster: AnyCluster, path: string): Promise<any> {
  try {
    return (await adminClient(cluster).request('GET', path)).body;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export async function post(cluster: AnyCluster, path: string, body: unknown): Promise<any> {
  return (await adminClient(cluster).request('POST', path, { body })).body;
}
