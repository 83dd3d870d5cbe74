// deploy() from source against cluster-sim and the real control plane (KRA_CLUSTERS): Helm
// hooks in their phases, objects owned by a Helm release refused or adopted, and
// config-mode: immutable (content-hashed configs, pods rolling exactly when their config
// changed, rollback to the old config, garbage collection; with a canary, the copy reading the
// new version beside the stable pods on the old one, and the collection after the promote).
import { clusterKinds, startTestCluster, type TestCluster } from '@kra/control-plane/test-clusters';
import {
  CONFIG_VERSION_LABEL,
  HELM_HOOK_LABEL,
  type KubeClient,
  type ReleaseRun,
  ReleaseStore,
  deploy,
  release,
  versionedName,
} from '../../src/index.js';
import type { KObject } from '../../src/client.js';
import { KubeClient as Client, loadKubeConfig } from '../../src/index.js';
import { configMap, deployOptions, deployment, memoryLog, namespace } from './cluster.js';

describe.each(clusterKinds())('on %s', (kind) => {
  let cluster: TestCluster;
  let client: KubeClient;
  beforeAll(async () => {
    cluster = await startTestCluster(kind, {
      clock: { speed: 20 },
      podReadyDelayMs: 200,
      podRules: [
        { image: '*:broken', fail: 'ImagePullBackOff' },
        { image: 'migrate:ok', fail: 'Exit0', exitAfterMs: 500 },
        { image: 'migrate:fails', fail: 'Exit1', exitAfterMs: 500 },
      ],
    });
    client = new Client(loadKubeConfig({ path: cluster.kubeconfigPath }));
    for (const name of ['hooks', 'owned', 'configs', 'canary-configs']) await client.create(namespace(name));
  }, 180_000);
  afterAll(async () => {
    client?.close();
    await cluster?.stop();
  });

  function hookJob(name: string, image: string, hook: string, extra: Record<string, string> = {}): KObject {
    return {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, annotations: { 'helm.sh/hook': hook, ...extra } },
      spec: {
        backoffLimit: 0,
        template: { spec: { restartPolicy: 'Never', containers: [{ name: 'job', image }] } },
      },
    };
  }

  const testPod: KObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-test-x7k2p', annotations: { 'helm.sh/hook': 'test' } },
    spec: { restartPolicy: 'Never', containers: [{ name: 'test', image: 'curl:1' }] },
  };

  const live = (kind: string, name: string, ns: string, apiVersion = kind === 'Job' ? 'batch/v1' : 'v1') =>
    client.get(apiVersion, kind, name, ns);

  describe('Helm hooks', () => {
    const objects = (image: string, migrate = 'migrate:ok') => [
      deployment('web', image),
      hookJob('migrate', migrate, 'pre-install,pre-upgrade', {
        'helm.sh/hook-delete-policy': 'hook-succeeded,before-hook-creation',
      }),
      hookJob('smoke', 'migrate:ok', 'post-install,post-upgrade', { 'helm.sh/hook-weight': '5' }),
      testPod,
    ];

    test('pre- hooks run and are waited on before the release, post- hooks after; test hooks never', async () => {
      const log = memoryLog();
      const result = await deploy(
        deployOptions(client, { release: 'web', namespace: 'hooks', objects: objects('web:1'), log }),
      );
      expect(result.status).toBe('deployed');
      const timeline = result.timeline.map((entry) => `${entry.object}: ${entry.message}`);
      const at = (pattern: RegExp) => timeline.findIndex((line) => pattern.test(line));
      expect(at(/hooks\/Job\/migrate: pre-install hook: done/)).toBeGreaterThanOrEqual(0);
      expect(at(/hooks\/Job\/migrate: pre-install hook: done/)).toBeLessThan(at(/hooks\/Deployment\/web: /));
      expect(at(/hooks\/Job\/smoke: post-install hook: applying/)).toBeGreaterThan(
        at(/hooks\/Deployment\/web: .*ready/i),
      );
      expect(log.lines.some((line) => /Helm hooks not run .*hooks\/Pod\/web-test-x7k2p \(test\)/.test(line))).toBe(
        true,
      );
      // hook-succeeded deleted the migration; the smoke test stays; the test Pod was never created.
      expect(await live('Job', 'migrate', 'hooks')).toBeUndefined();
      const smoke = await live('Job', 'smoke', 'hooks');
      expect(smoke?.metadata.labels).toMatchObject({ [HELM_HOOK_LABEL]: 'web' });
      expect(smoke?.metadata.labels?.['kube-release.dev/release']).toBeUndefined();
      expect(await live('Pod', 'web-test-x7k2p', 'hooks')).toBeUndefined();
      // Hooks are not release objects.
      const [record] = await new ReleaseStore(client, 'hooks', 'web').list();
      expect(record.objects.map((o) => o.kind)).toEqual(['Deployment']);

      const second = await deploy(
        deployOptions(client, { release: 'web', namespace: 'hooks', objects: objects('web:2'), prune: true }),
      );
      expect(second.status).toBe('deployed');
      const lines = second.timeline.map((entry) => `${entry.object}: ${entry.message}`);
      expect(lines.some((line) => /migrate: pre-upgrade hook: done/.test(line))).toBe(true);
      // before-hook-creation (the default): the previous smoke Job was deleted and created again.
      const again = await live('Job', 'smoke', 'hooks');
      expect(again?.metadata.uid).not.toBe(smoke?.metadata.uid);
      expect(second.prune).toEqual([]);
    });

    test('a failing pre-upgrade hook stops the deploy before the release is touched', async () => {
      const result = await deploy(
        deployOptions(client, {
          release: 'web',
          namespace: 'hooks',
          objects: objects('web:3', 'migrate:fails'),
          timeoutMs: 20_000,
        }),
      );
      expect(result.status).not.toBe('deployed');
      expect(result.failure).toMatch(/^pre-upgrade hook hooks\/Job\/migrate failed: /);
      const web = await client.get('apps/v1', 'Deployment', 'web', 'hooks');
      expect(web?.spec.template.spec.containers[0].image).toBe('web:2');
    });
  });

  describe('objects owned by a Helm release', () => {
    /** What `helm install` leaves: Helm's annotations and label, fields owned by the "helm" manager. */
    async function helmInstalled(name: string): Promise<void> {
      await client.apply(
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: {
            name,
            namespace: 'owned',
            labels: { 'app.kubernetes.io/managed-by': 'Helm' },
            annotations: { 'meta.helm.sh/release-name': 'shop', 'meta.helm.sh/release-namespace': 'owned' },
          },
          data: { mode: 'helm' },
        },
        { fieldManager: 'helm' },
      );
    }

    test('are refused with one line, and nothing is applied', async () => {
      await helmInstalled('shop-config');
      const error = await deploy(
        deployOptions(client, {
          release: 'shop',
          namespace: 'owned',
          objects: [configMap('shop-config', { mode: 'ours' }), deployment('shop', 'shop:1')],
        }),
      ).catch((e: Error) => e);
      expect((error as Error).message).toBe(
        'owned/ConfigMap/shop-config belongs to Helm release "shop" in namespace owned: nothing was applied — set adopt-helm-release: shop to take the release over from Helm, or keep deploying it with helm',
      );
      expect(await client.get('apps/v1', 'Deployment', 'shop', 'owned')).toBeUndefined();
      expect((await live('ConfigMap', 'shop-config', 'owned'))?.data).toEqual({ mode: 'helm' });
    });

    test('are taken over with adopt-helm-release: Helm’s annotations and field ownership removed', async () => {
      const result = await deploy(
        deployOptions(client, {
          release: 'shop',
          namespace: 'owned',
          objects: [configMap('shop-config', { mode: 'ours' }), deployment('shop', 'shop:1')],
          adoptHelmRelease: 'shop',
        }),
      );
      expect(result.status).toBe('deployed');
      const adopted = (await live('ConfigMap', 'shop-config', 'owned'))!;
      expect(adopted.data).toEqual({ mode: 'ours' });
      expect(adopted.metadata.annotations?.['meta.helm.sh/release-name']).toBeUndefined();
      expect(adopted.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('k8s-deploy');
      expect(
        ((adopted.metadata.managedFields ?? []) as Array<{ manager: string }>).map((entry) => entry.manager),
      ).not.toContain('helm');
      // Another release's objects are still refused.
      await helmInstalled('other-config');
      await client.replace({
        ...(await live('ConfigMap', 'other-config', 'owned'))!,
        metadata: {
          ...(await live('ConfigMap', 'other-config', 'owned'))!.metadata,
          annotations: { 'meta.helm.sh/release-name': 'other' },
        },
      });
      await expect(
        deploy(
          deployOptions(client, {
            release: 'shop',
            namespace: 'owned',
            objects: [configMap('other-config', { mode: 'ours' })],
            adoptHelmRelease: 'shop',
          }),
        ),
      ).rejects.toThrow(/^owned\/ConfigMap\/other-config belongs to Helm release "other"/);
    });
  });

  describe('config-mode: immutable', () => {
    const reader = (image: string): KObject => {
      const d = deployment('web', image);
      d.spec.template.spec.containers[0].envFrom = [{ configMapRef: { name: 'web-config' } }];
      d.spec.template.spec.volumes = [{ name: 'secret', secret: { secretName: 'web-secret' } }];
      return d;
    };
    const objects = (level: string, image = 'web:1'): KObject[] => [
      configMap('web-config', { level }),
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'web-secret' }, stringData: { token: 's3cret-token' } },
      configMap('read-by-nobody', { a: '1' }),
      reader(image),
    ];
    const run = (level: string, image?: string, extra: Partial<Parameters<typeof deployOptions>[1]> = {}) =>
      deploy(
        deployOptions(client, {
          release: 'web',
          namespace: 'configs',
          objects: objects(level, image),
          configMode: 'immutable',
          historyLimit: 2,
          prune: true,
          ...extra,
        }),
      );
    const nameFor = (level: string) => versionedName({ ...configMap('web-config', { level }) });
    const template = async () => (await client.get('apps/v1', 'Deployment', 'web', 'configs'))!.spec.template.spec;
    const versions = async () =>
      (await client.list('v1', 'ConfigMap', 'configs', { labelSelector: CONFIG_VERSION_LABEL })).items
        .map((item) => item.metadata.name)
        .sort();

    test('configs get content-hash names, references follow, and what nobody reads keeps its name', async () => {
      expect((await run('info')).status).toBe('deployed');
      const config = (await live('ConfigMap', nameFor('info'), 'configs'))!;
      expect(config.immutable).toBe(true);
      expect(config.metadata.labels?.[CONFIG_VERSION_LABEL]).toBe('web-config');
      const spec = await template();
      expect(spec.containers[0].envFrom[0].configMapRef.name).toBe(nameFor('info'));
      expect(spec.volumes[0].secret.secretName).toMatch(/^web-secret-[0-9a-f]{10}$/);
      expect(await live('ConfigMap', 'read-by-nobody', 'configs')).toBeDefined();
      expect(await live('ConfigMap', 'web-config', 'configs')).toBeUndefined();
    });

    test('pods roll exactly when their config changed', async () => {
      const before = (await client.get('apps/v1', 'Deployment', 'web', 'configs'))!.metadata.generation as number;
      const same = await run('info');
      expect(same.changed.configured).toBe(0);
      expect((await client.get('apps/v1', 'Deployment', 'web', 'configs'))!.metadata.generation).toBe(before);
      const changed = await run('debug');
      expect(changed.status).toBe('deployed');
      expect((await template()).containers[0].envFrom[0].configMapRef.name).toBe(nameFor('debug'));
      expect((await client.get('apps/v1', 'Deployment', 'web', 'configs'))!.metadata.generation).toBe(before + 1);
      // Both versions are in the history (limit 2): both kept, whatever prune says.
      expect(await versions()).toEqual([nameFor('debug'), nameFor('info')].sort());
    });

    test('a failed rollout rolls back to the old config with the old pods', async () => {
      const failed = await run('trace', 'web:broken', { timeoutMs: 15_000 });
      expect(failed.status).toBe('rolled-back');
      const spec = await template();
      expect(spec.containers[0].image).toBe('web:1');
      expect(spec.containers[0].envFrom[0].configMapRef.name).toBe(nameFor('debug'));
      // The failed revision's version was created by it, and deleted with it.
      expect(await live('ConfigMap', nameFor('trace'), 'configs')).toBeUndefined();
    });

    test('after a healthy rollout, versions no revision in the history uses are deleted', async () => {
      // History limit 2: after this deploy the records left are the rolled-back one and this one.
      expect((await run('warn')).status).toBe('deployed');
      const left = await versions();
      expect(left).toContain(nameFor('warn'));
      expect(left).not.toContain(nameFor('info'));
      const records = await new ReleaseStore(client, 'configs', 'web').list();
      const used = new Set(records.flatMap((r) => r.objects.map((o) => o.metadata.name)));
      for (const name of left) expect(used.has(name)).toBe(true);
    });
  });

  test('config-mode: immutable with a canary: the copy reads the new version, the stable pods the old one until promote; versions collected after it', async () => {
    const ns = 'canary-configs';
    const reader = (image: string): KObject => {
      const d = deployment('web', image);
      d.spec.template.spec.containers[0].envFrom = [{ configMapRef: { name: 'web-config' } }];
      return d;
    };
    const service: KObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
    };
    const canary: ReleaseRun = {
      strategy: 'canary',
      action: 'deploy',
      trafficSplitMethod: 'pod',
      routeMethod: 'service',
      steps: [{ weight: 50 }, { pause: 'until-promoted' }],
      force: false,
      settings: { checks: [], scaleDownDelayMs: 0, versionSwitchBufferMs: 0 },
    };
    const basic: ReleaseRun = { ...canary, strategy: 'basic' };
    const options = (level: string, image: string, log = memoryLog()) =>
      deployOptions(client, {
        release: 'web',
        namespace: ns,
        objects: [service, configMap('web-config', { level }), reader(image)],
        configMode: 'immutable',
        historyLimit: 2,
        log,
      });
    const nameFor = (level: string) => versionedName({ ...configMap('web-config', { level }) });
    const reads = async (name: string) =>
      (await client.get('apps/v1', 'Deployment', name, ns))!.spec.template.spec.containers[0].envFrom[0].configMapRef
        .name as string;
    const versions = async () =>
      (await client.list('v1', 'ConfigMap', ns, { labelSelector: CONFIG_VERSION_LABEL })).items
        .map((item) => item.metadata.name)
        .sort();

    expect((await release(options('a', 'web:1'), basic)).status).toBe('deployed');
    expect((await release(options('b', 'web:2'), basic)).status).toBe('deployed');
    const log = memoryLog();
    const paused = await release(options('c', 'web:3', log), canary);
    expect(paused.status).toBe('progressing');
    expect(await reads('web-canary')).toBe(nameFor('c'));
    expect(await reads('web')).toBe(nameFor('b'));
    // A new version is a new object: nothing changes in place, so nothing waits for promote.
    expect(log.lines.some((line) => /changes? only at promote/.test(line))).toBe(false);

    const promoted = await release(options('c', 'web:3'), { ...canary, action: 'promote', steps: [] });
    expect(promoted.status).toBe('deployed');
    expect(await reads('web')).toBe(nameFor('c'));
    // History limit 2: revisions 2 and 3 are left, so a's version goes and b's stays for a rollback.
    expect(await versions()).toEqual([nameFor('b'), nameFor('c')].sort());
  });
});
