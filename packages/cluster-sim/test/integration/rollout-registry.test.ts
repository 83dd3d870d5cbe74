/**
 * The optional pull check against a real CNCF Distribution registry: a Deployment whose image
 * was pushed rolls out (its imageID carries the pushed digest); one whose tag was never pushed
 * fails to pull ("manifest unknown"), `kubectl rollout status` reports the exceeded deadline,
 * and pushing the tag lets the rollout finish.
 */
import { createHash } from 'node:crypto';
import { startRegistry, type RunningRegistry } from '../../../registry/test/support/registry.js';
import { startCluster, type Cluster } from '../../src/index.js';
import { Kubectl, deploymentYaml, eventually, requireKubectl } from './rollout-kubectl.js';

/** Pushes a minimal OCI image (a config blob, no layers) with the distribution API; returns its manifest digest. */
async function pushImage(registryUrl: string, repository: string, tag: string): Promise<string> {
  const config = Buffer.from(
    JSON.stringify({ architecture: 'amd64', os: 'linux', config: {}, rootfs: { type: 'layers', diff_ids: [] }, tag }),
  );
  const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
  const start = await fetch(`${registryUrl}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  await start.arrayBuffer();
  if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status}`);
  const location = new URL(start.headers.get('location') ?? '', registryUrl);
  location.searchParams.set('digest', configDigest);
  const put = await fetch(location, {
    method: 'PUT',
    body: config,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  await put.arrayBuffer();
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
    layers: [],
  });
  const res = await fetch(`${registryUrl}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    body: manifest,
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`manifest put: HTTP ${res.status}`);
  return res.headers.get('docker-content-digest') ?? '';
}

describe('pull check against a real registry', () => {
  let registry: RunningRegistry;
  let cluster: Cluster;
  let kubectl: Kubectl;

  beforeAll(async () => {
    requireKubectl();
    registry = await startRegistry();
    cluster = await startCluster({ nodes: 2, clock: { speed: 100 }, registryCheck: {} });
    kubectl = new Kubectl(cluster.kubeconfigPath);
  });

  afterAll(async () => {
    kubectl?.cleanup();
    await cluster?.stop();
    await registry?.stop();
  });

  test('pushed images run, never-pushed ones fail as ImagePullBackOff until pushed', async () => {
    const digest = await pushImage(registry.url, 'shop/web', '1.0');
    const image = `${registry.host}/shop/web:1.0`;
    await kubectl.apply(
      deploymentYaml(
        'web',
        image,
        {
          replicas: 2,
          progressDeadlineSeconds: 300,
        } /* 3 s of real time at speed 100: a loaded machine never stalls a healthy rollout that long */,
      ),
    );
    await kubectl.ok(['rollout', 'status', 'deployment/web', '--timeout=60s']);
    const pods = await kubectl.json(['get', 'pods', '-l', 'app=web']);
    expect(pods.items[0].status.containerStatuses[0].imageID).toBe(`${registry.host}/shop/web@${digest}`);

    await kubectl.ok(['set', 'image', 'deployment/web', `web=${registry.host}/shop/web:2.0`]);
    const failed = await kubectl.run(['rollout', 'status', 'deployment/web', '--timeout=90s']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('deployment "web" exceeded its progress deadline');
    const broken = (await kubectl.json(['get', 'pods', '-l', 'app=web'])).items.find((p: any) =>
      p.spec.containers[0].image.endsWith(':2.0'),
    );
    const events = await kubectl.json([
      'get',
      'events',
      '--field-selector',
      `involvedObject.name=${broken.metadata.name}`,
    ]);
    const pullFailure = events.items.find(
      (e: any) => e.reason === 'Failed' && e.message.startsWith('Failed to pull image'),
    );
    expect(pullFailure.message).toContain('manifest unknown');

    await pushImage(registry.url, 'shop/web', '2.0');
    await eventually(
      async () => (await kubectl.run(['rollout', 'status', 'deployment/web', '--timeout=60s'])).code === 0,
      'the rollout to finish after the push',
      120_000,
    );
    const after = await kubectl.json(['get', 'deployment', 'web']);
    expect(after.status.conditions.find((c: any) => c.type === 'Progressing').reason).toBe('NewReplicaSetAvailable');
  });
});
