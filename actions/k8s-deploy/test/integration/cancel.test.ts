import type { Cluster } from '@kra/cluster-sim';
import { adminClient, deployWith, get, post, startSim, workspaceWith } from './support.js';

/**
 * Issue 10 item 2 on the bundle, with real signals: the runner cancels a step with SIGINT, then
 * SIGTERM 7.5 s later, then SIGKILL 2.5 s after that, and runs the post step anyway. Whatever
 * the moment, the release ends whole (here: all 12 ConfigMaps at one version), its record says
 * what happened, and its lock is released; a revision left pending by a run whose post step
 * never ran either is marked interrupted by the next deploy.
 */
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim();
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'cancel' } });
  // Every ConfigMap write takes a while, so a signal lands in the middle of the twelve.
  cluster.injectFault({ verb: 'patch', resource: 'configmaps', rate: 1, latencyMs: 250 });
});
afterAll(async () => {
  await cluster?.stop();
});

const files = (version: string) => ({
  'k8s/configs.yaml': Array.from(
    { length: 12 },
    (_, i) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${String(i).padStart(2, '0')}\ndata:\n  version: ${version}\n`,
  ).join('---\n'),
});

const versions = async () =>
  (await get(cluster, '/api/v1/namespaces/cancel/configmaps')).items
    .filter((c: any) => c.metadata.name.startsWith('cm-'))
    .map((c: any) => c.data.version);
const records = async (release: string) =>
  (await get(cluster, `/api/v1/namespaces/cancel/secrets?labelSelector=kube-release.dev%2Frecord%3D${release}`)).items
    .map((s: any) => [
      Number(s.metadata.labels['kube-release.dev/revision']),
      s.metadata.labels['kube-release.dev/status'],
    ])
    .sort((a: number[], b: number[]) => a[0] - b[0]);
const lease = (release: string) =>
  get(cluster, `/apis/coordination.k8s.io/v1/namespaces/cancel/leases/k8s-deploy.${release}`);

async function firstRevision(release: string): Promise<string> {
  const workspace = workspaceWith(files('v1'), false);
  const inputs = { manifests: 'k8s', namespace: 'cancel', release, concurrency: '2' };
  expect((await deployWith(cluster, workspace, inputs)).exitCode).toBe(0);
  return workspace;
}

test('SIGINT while the ConfigMaps are applied: the run undoes its revision, records it cancelled, unlocks', async () => {
  await firstRevision('sigint');
  const result = await deployWith(
    cluster,
    workspaceWith(files('v2'), false),
    { manifests: 'k8s', namespace: 'cancel', release: 'sigint', concurrency: '2' },
    { cancel: { when: 'cancel/ConfigMap/cm-03 configured' } },
  );
  expect(result.signals[0]).toBe('SIGINT');
  expect(result.exitCode).not.toBe(0);
  expect(await versions()).toEqual(Array(12).fill('v1'));
  expect(await records('sigint')).toEqual([
    [1, 'deployed'],
    [2, 'cancelled'],
  ]);
  expect(await lease('sigint')).toBeUndefined();
  // The main step settled everything itself; the summary says so.
  expect(result.summary).toMatch(/^## ⏹️ Release `sigint` revision 2 was cancelled/);
  expect(result.outputs.status).toBe('cancelled');
  expect(result.post?.stdout).not.toContain('finishing it');
});

test('killed while the ConfigMaps are applied: the post step undoes the revision and unlocks', async () => {
  await firstRevision('killed');
  const result = await deployWith(
    cluster,
    workspaceWith(files('v2'), false),
    { manifests: 'k8s', namespace: 'cancel', release: 'killed', concurrency: '2' },
    { cancel: { when: 'cancel/ConfigMap/cm-03 configured', kill: true } },
  );
  expect(result.signals).toEqual(['SIGKILL']);
  expect(result.post?.exitCode).toBe(0);
  expect(result.post?.stdout).toContain('The main step stopped before it settled release "killed": finishing it');
  expect(await versions()).toEqual(Array(12).fill('v1'));
  expect(await records('killed')).toEqual([
    [1, 'deployed'],
    [2, 'cancelled'],
  ]);
  expect(await lease('killed')).toBeUndefined();
  expect(result.post?.summary).toMatch(/^## ⏹️ Release `killed` was cancelled/);
});

test('killed with no post step: the next deploy marks the revision interrupted and goes on', async () => {
  const workspace = await firstRevision('orphan');
  const inputs = { manifests: 'k8s', namespace: 'cancel', release: 'orphan', concurrency: '2' };
  const killed = await deployWith(cluster, workspaceWith(files('v2'), false), inputs, {
    cancel: { when: 'cancel/ConfigMap/cm-03 configured', kill: true },
    post: false,
  });
  expect(killed.signals).toEqual(['SIGKILL']);
  expect(await records('orphan')).toEqual([
    [1, 'deployed'],
    [2, 'pending'],
  ]);
  // The dead run's lease expires (here: made stale at once rather than waited for).
  const held = await lease('orphan');
  const stale = new Date(Date.now() - 120_000).toISOString().replace('Z', '000Z');
  await adminClient(cluster).replace({ ...held, spec: { ...held.spec, renewTime: stale, acquireTime: stale } });

  const next = await deployWith(cluster, workspace, { ...inputs, 'lock-timeout': '10s' });
  expect(next.exitCode).toBe(0);
  expect(next.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContainEqual(
    expect.stringMatching(/^Release "orphan" revision 2 was left pending by a run that stopped before finishing/),
  );
  expect(await records('orphan')).toEqual([
    [1, 'superseded'],
    [2, 'interrupted'],
    [3, 'deployed'],
  ]);
  expect(await versions()).toEqual(Array(12).fill('v1'));
});
