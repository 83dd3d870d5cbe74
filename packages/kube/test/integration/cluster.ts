import { type Cluster, type ClusterOptions, startCluster } from '@kra/cluster-sim';
import {
  type ClusterKind,
  type TestCluster,
  type TestClusterOptions,
  startTestCluster,
} from '@kra/control-plane/test-clusters';
import { KubeClient, loadKubeConfig } from '../../src/index.js';
import type { DeployOptions, Logger } from '../../src/index.js';
import type { KObject } from '../../src/client.js';

/** A simulated cluster with TLS and a sped-up clock, for packages/kube tested from source. */
export function startSim(options: ClusterOptions = {}): Promise<Cluster> {
  return startCluster({ tls: true, clock: { speed: 20 }, podReadyDelayMs: 200, ...options });
}

/** A cluster of either kind with the same defaults (on the real one, the simulated durations take the same real time). */
export function startOn(kind: ClusterKind, options: TestClusterOptions = {}): Promise<TestCluster> {
  return startTestCluster(kind, { clock: { speed: 20 }, podReadyDelayMs: 200, ...options });
}

export { clusterKinds, type TestCluster } from '@kra/control-plane/test-clusters';

export function clientFor(cluster: Pick<Cluster, 'kubeconfigPath'>): KubeClient {
  return new KubeClient(loadKubeConfig({ path: cluster.kubeconfigPath }));
}

/** A Logger that keeps every line, for assertions. */
export function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: () => undefined,
  };
}

export function namespace(name: string): KObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}

export function deployment(name: string, image: string, extra: Partial<KObject['metadata']> = {}): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, ...extra },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } },
    },
  };
}

export function configMap(
  name: string,
  data: Record<string, string>,
  extra: Partial<KObject['metadata']> = {},
): KObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...extra }, data };
}

let holder = 0;

/** Deploy options with the defaults k8s-deploy's inputs have. */
export function deployOptions(
  client: KubeClient,
  overrides: Partial<DeployOptions> & Pick<DeployOptions, 'release' | 'namespace' | 'objects'>,
): DeployOptions {
  holder += 1;
  return {
    client,
    images: [],
    restart: [],
    checksums: {},
    fieldManager: 'k8s-deploy',
    forceConflicts: false,
    timeoutMs: 60_000,
    crashloopRestarts: 2,
    waitForPvc: false,
    waitForLoadBalancer: false,
    historyLimit: 10,
    rollbackOnFailure: true,
    cleanupOnFail: false,
    prune: false,
    dryRun: false,
    lockTimeoutMs: 10_000,
    concurrency: 8,
    run: {
      repository: 'acme/shop',
      sha: 'a'.repeat(40),
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      actor: 'octocat',
      version: '1.0.0',
    },
    holder: `test holder ${holder}`,
    log: memoryLog(),
    ...overrides,
  };
}
