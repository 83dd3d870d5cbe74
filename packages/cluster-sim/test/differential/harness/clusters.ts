/**
 * Both clusters, started side by side with the same options: cluster-sim in this process and
 * the real control plane that tools/build.sh builds (packages/control-plane), RBAC on in both.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startTestCluster, type TestCluster } from '@kra/control-plane/test-clusters';
import { findTools } from '@kra/control-plane';
import { closeAgents } from './http.js';
import type { ClusterHandle } from './runner.js';

export interface Pair {
  sim: ClusterHandle;
  real: ClusterHandle;
  stop(): Promise<void>;
}

function handle(cluster: TestCluster, kubectl: string): ClusterHandle {
  if (!cluster.caCert) throw new Error(`${cluster.kind}: the differential suite needs HTTPS with a CA`);
  return {
    kind: cluster.kind,
    endpoint: { url: cluster.url, caCert: cluster.caCert },
    adminToken: cluster.adminToken,
    tokenFor: (user, groups) => cluster.tokenFor(user, groups),
    kubeconfigFor: (token, namespace) => cluster.kubeconfigFor(token, namespace),
    kubectl,
  };
}

export async function startPair(): Promise<Pair> {
  const kubectl = join(dirname(findTools().bin.etcd), 'kubectl');
  if (!existsSync(kubectl)) throw new Error(`${kubectl} is missing: run \`bash tools/build.sh\` first`);
  const [sim, real] = await Promise.all([
    startTestCluster('sim', { rbac: true }),
    startTestCluster('real', { rbac: true }),
  ]);
  return {
    sim: handle(sim, kubectl),
    real: handle(real, kubectl),
    async stop() {
      closeAgents();
      await Promise.all([sim.stop(), real.stop()]);
    },
  };
}
