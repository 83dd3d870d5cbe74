/**
 * One test, two clusters: cluster-sim and the real control plane behind one handle, chosen
 * by a parameter, so integration tests run the same code against both.
 *
 *   describe.each(clusterKinds())('on %s', (kind) => {
 *     let cluster: TestCluster;
 *     beforeAll(async () => { cluster = await startTestCluster(kind, { clock: { speed: 20 } }); });
 *     afterAll(() => cluster?.stop());
 *     ...
 *   });
 *
 * `KRA_CLUSTERS` picks the kinds: `sim,real` (the default: CI and `bash scripts/test.sh` run
 * both), `sim` (`pnpm test:quick`) or `real`. Durations in the options and pod rules are
 * cluster-sim's simulated milliseconds; on the real cluster, whose clock is the wall clock,
 * they are divided by the simulated clock's speed, so both take the same real time.
 */
import { startCluster, parsePodRule, type ClusterOptions, type PodRule, type RequestLogEntry } from '@kra/cluster-sim';
import { startControlPlane } from './index.js';

export type ClusterKind = 'sim' | 'real';

export interface TestCluster {
  kind: ClusterKind;
  url: string;
  kubeconfig: string;
  kubeconfigPath: string;
  adminToken: string;
  caCert?: string;
  tokenFor(user: string, groups?: string[]): string;
  kubeconfigFor(token: string, namespace?: string): string;
  setPodRule(rule: PodRule | string): Promise<void>;
  requests(): RequestLogEntry[];
  requestCounts(): Record<string, number>;
  resetRequests(): void;
  stop(): Promise<void>;
}

/**
 * The options both clusters understand (cluster-sim's names and meanings), and
 * `registryCheck`, which only cluster-sim has: KWOK pulls no image, so on the real cluster a
 * pod rule must say which images fail to pull.
 */
export type TestClusterOptions = Pick<
  ClusterOptions,
  'rbac' | 'nodes' | 'podReadyDelayMs' | 'podRules' | 'kubeconfigPath' | 'namespace' | 'clock' | 'registryCheck'
>;

export function clusterKinds(value = process.env.KRA_CLUSTERS): ClusterKind[] {
  const kinds = (value ?? 'sim,real')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const kind of kinds)
    if (kind !== 'sim' && kind !== 'real')
      throw new Error(`KRA_CLUSTERS: unknown cluster "${kind}" (use sim, real or sim,real)`);
  if (kinds.length === 0) throw new Error('KRA_CLUSTERS is empty: use sim, real or sim,real');
  return [...new Set(kinds)] as ClusterKind[];
}

/** A rule's durations in real milliseconds for a clock running `speed` times real time. */
export function realTimeRule(rule: PodRule, speed: number): PodRule {
  const scaled: PodRule = { ...rule };
  if (rule.readyAfterMs !== undefined) scaled.readyAfterMs = Math.round(rule.readyAfterMs / speed);
  if (rule.exitAfterMs !== undefined) scaled.exitAfterMs = Math.round(rule.exitAfterMs / speed);
  return scaled;
}

export async function startTestCluster(kind: ClusterKind, options: TestClusterOptions = {}): Promise<TestCluster> {
  if (kind === 'sim') {
    // cluster-sim serves HTTPS when asked; the real API server always does.
    const sim = await startCluster({ tls: true, ...options });
    return {
      kind,
      url: sim.url,
      kubeconfig: sim.kubeconfig,
      kubeconfigPath: sim.kubeconfigPath,
      adminToken: sim.adminToken,
      caCert: sim.caCert,
      tokenFor: (user, groups) => sim.tokenFor(user, groups),
      kubeconfigFor: (token, namespace) => sim.kubeconfigFor(token, namespace),
      setPodRule: async (rule) => sim.setPodRule(rule),
      requests: () => sim.requests(),
      requestCounts: () => sim.requestCounts(),
      resetRequests: () => sim.resetRequests(),
      stop: () => sim.stop(),
    };
  }
  if (options.registryCheck)
    throw new Error('registryCheck: the real control plane pulls no image (KWOK); give the failing images a pod rule');
  const speed = options.clock?.speed ?? 1;
  const rule = (r: PodRule | string) => realTimeRule(typeof r === 'string' ? parsePodRule(r) : r, speed);
  const real = await startControlPlane({
    rbac: options.rbac,
    nodes: options.nodes,
    podReadyDelayMs: options.podReadyDelayMs === undefined ? undefined : Math.round(options.podReadyDelayMs / speed),
    podRules: options.podRules?.map(rule),
    kubeconfigPath: options.kubeconfigPath,
    namespace: options.namespace,
  });
  return {
    kind,
    url: real.url,
    kubeconfig: real.kubeconfig,
    kubeconfigPath: real.kubeconfigPath,
    adminToken: real.adminToken,
    caCert: real.caCert,
    tokenFor: (user, groups) => real.tokenFor(user, groups),
    kubeconfigFor: (token, namespace) => real.kubeconfigFor(token, namespace),
    setPodRule: (r) => real.setPodRule(rule(r)),
    requests: () => real.requests(),
    requestCounts: () => real.requestCounts(),
    resetRequests: () => real.resetRequests(),
    stop: () => real.stop(),
  };
}
