/**
 * Fidelity: @kubernetes/client-node (v2, ESM) against the simulator over TLS:
 * KubernetesObjectApi server-side apply (the apply patch content type), conflicts,
 * list with selectors and paging, a typed API call, and Watch.
 */
import {
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  Watch,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { startCluster, type Cluster } from '../../src/index.js';

const deployment = (replicas: number, image = 'nginx:1.27') =>
  ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } },
    },
  }) as KubernetesObject & { spec: any };

describe('@kubernetes/client-node against cluster-sim', () => {
  let cluster: Cluster;
  let kc: KubeConfig;

  beforeAll(async () => {
    cluster = await startCluster({ tls: true, clock: { speed: 20 } });
    kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
  });
  afterAll(async () => {
    await cluster.stop();
  });

  test('KubernetesObjectApi: server-side apply creates, updates, and reports conflicts', async () => {
    const objects = KubernetesObjectApi.makeApiClient(kc);
    const created = await objects.patch(
      deployment(2),
      undefined,
      undefined,
      'deployer',
      false,
      PatchStrategy.ServerSideApply,
    );
    expect(created.metadata?.uid).toBeDefined();
    expect((created as any).spec.replicas).toBe(2);
    const dry = await objects.patch(deployment(4), undefined, 'All', 'deployer', false, PatchStrategy.ServerSideApply);
    expect((dry as any).spec.replicas).toBe(4);
    const read = await objects.read({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
    });
    expect((read as any).spec.replicas).toBe(2);

    await objects.patch(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: { replicas: 3 },
      } as KubernetesObject,
      undefined,
      undefined,
      'hpa',
      undefined,
      PatchStrategy.MergePatch,
    );
    let conflict: any;
    try {
      await objects.patch(deployment(2), undefined, undefined, 'deployer', false, PatchStrategy.ServerSideApply);
    } catch (error) {
      conflict = error;
    }
    expect(conflict?.code).toBe(409);
    const body = typeof conflict.body === 'string' ? JSON.parse(conflict.body) : conflict.body;
    expect(body.message).toBe('Apply failed with 1 conflict: conflict with "hpa" using apps/v1: .spec.replicas');
    const forced = await objects.patch(
      deployment(2),
      undefined,
      undefined,
      'deployer',
      true,
      PatchStrategy.ServerSideApply,
    );
    expect((forced as any).spec.replicas).toBe(2);
  });

  test('list with selectors and paging; typed APIs', async () => {
    const core = kc.makeApiClient(CoreV1Api);
    for (let i = 0; i < 3; i++) {
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { name: `cfg-${i}`, labels: { group: 'cfg' } }, data: { i: String(i) } },
      });
    }
    const objects = KubernetesObjectApi.makeApiClient(kc);
    const all = await objects.list(
      'v1',
      'ConfigMap',
      'default',
      undefined,
      undefined,
      undefined,
      undefined,
      'group=cfg',
    );
    expect(all.items.map((o) => o.metadata?.name)).toEqual(['cfg-0', 'cfg-1', 'cfg-2']);
    const page = await core.listNamespacedConfigMap({ namespace: 'default', labelSelector: 'group=cfg', limit: 2 });
    expect(page.items).toHaveLength(2);
    const rest = await core.listNamespacedConfigMap({
      namespace: 'default',
      labelSelector: 'group=cfg',
      limit: 2,
      _continue: page.metadata?._continue,
    });
    expect(rest.items.map((o) => o.metadata?.name)).toEqual(['cfg-2']);
    const apps = kc.makeApiClient(AppsV1Api);
    const scale = await apps.readNamespacedDeploymentScale({ name: 'web', namespace: 'default' });
    expect(scale.spec?.replicas).toBe(2);
    let notFound: any;
    try {
      await apps.readNamespacedDeployment({ name: 'missing', namespace: 'default' });
    } catch (error) {
      notFound = error;
    }
    expect(notFound?.code).toBe(404);
  });

  test('Watch streams ADDED, MODIFIED and DELETED', async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const start = (await core.listNamespacedConfigMap({ namespace: 'default' })).metadata?.resourceVersion;
    const seen: string[] = [];
    const watch = new Watch(kc);
    let resolveDone: () => void;
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const controller = await watch.watch(
      '/api/v1/namespaces/default/configmaps',
      { resourceVersion: start, labelSelector: 'watched=yes' },
      (type, object) => {
        seen.push(`${type}:${object.metadata.name}:${object.data?.v ?? ''}`);
        if (type === 'DELETED') resolveDone();
      },
      () => resolveDone(),
    );
    await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { name: 'w', labels: { watched: 'yes' } }, data: { v: '1' } },
    });
    // client-node sends typed patches as JSON patch (application/json-patch+json).
    await core.patchNamespacedConfigMap({
      name: 'w',
      namespace: 'default',
      body: [{ op: 'replace', path: '/data/v', value: '2' }],
    });
    await core.deleteNamespacedConfigMap({ name: 'w', namespace: 'default' });
    await done;
    controller.abort();
    expect(seen).toEqual(['ADDED:w:1', 'MODIFIED:w:2', 'DELETED:w:2']);
  });
});
