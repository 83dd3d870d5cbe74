import type { Cluster } from '@kra/cluster-sim';
import { runAction } from '@kra/local-runner';
import { ScratchRepo } from '../../../../packages/git/test/helpers.js';
import { deployWith, get, post, startSim } from './support.js';

/**
 * Issue 10 item 7, end to end on the bundles: manifests that name no namespace, compared by
 * detect-config-changes without a namespace input, then deployed by k8s-deploy with
 * `namespace: shop`. The restart entries and checksum keys match the workloads in shop (they
 * used to be keyed to a guessed `default`, matched nothing, and the pods did not roll); an
 * entry that still matches nothing is a warning.
 */
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim();
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
});
afterAll(async () => {
  await cluster?.stop();
});

const config = (level: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  LOG_LEVEL: ${level}
`;
const web = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1
          envFrom: [{ configMapRef: { name: web-config } }]
`;

test('restarts and checksums of manifests naming no namespace roll the workloads of the namespace deployed to', async () => {
  const repo = new ScratchRepo();
  const c1 = repo.commit('c1', { 'deploy/config.yaml': config('info'), 'deploy/web.yaml': web });
  const c2 = repo.commit('c2', { 'deploy/config.yaml': config('debug') });
  const inputs = { manifests: 'deploy', namespace: 'shop', release: 'web' };
  repo.git('checkout', '-q', c1);
  expect((await deployWith(cluster, repo.dir, inputs)).exitCode).toBe(0);

  repo.git('checkout', '-q', c2);
  const detected = await runAction({
    action: 'detect-config-changes',
    workspace: repo.dir,
    inputs: { paths: 'deploy', base: c1, head: c2 },
    github: { sha: c2 },
    timeoutMs: 60_000,
  });
  expect(detected.exitCode).toBe(0);
  expect(JSON.parse(detected.outputs['restart-json'])).toEqual([
    { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
  ]);
  const checksums = JSON.parse(detected.outputs.checksums);
  expect(Object.keys(checksums)).toEqual(['apps/v1/Deployment//web']);

  const deployed = await deployWith(cluster, repo.dir, {
    ...inputs,
    restart: detected.outputs['restart-json'],
    checksums: detected.outputs.checksums,
  });
  expect(deployed.exitCode).toBe(0);
  expect(deployed.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  const template = (await get(cluster, '/apis/apps/v1/namespaces/shop/deployments/web')).spec.template.metadata;
  expect(template.annotations['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(template.annotations['kube-release.dev/config-hash']).toBe(checksums['apps/v1/Deployment//web']);

  // Entries keyed to a namespace the release does not deploy to match nothing, and say so as warnings.
  const stale = await deployWith(cluster, repo.dir, {
    ...inputs,
    restart: JSON.stringify([{ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'default', name: 'web' }]),
    checksums: JSON.stringify({ 'apps/v1/Deployment/default/web': 'sha256:0' }),
  });
  expect(stale.exitCode).toBe(0);
  const warnings = stale.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
  expect(warnings).toEqual([
    expect.stringMatching(/^Workload default\/Deployment\/web \(input "restart"\) is not in the manifests/),
    expect.stringMatching(
      /^1 key of input "checksums" names no workload in the manifests .*apps\/v1\/Deployment\/default\/web/,
    ),
  ]);
});
