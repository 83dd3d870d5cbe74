import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePodRule } from '../../../src/controllers/index.js';
import type { KObject } from '../../../src/store-api.js';
import { STORES, type StoreFactory, condition, eventsFor, harness, type Harness } from './support/harness.js';

function pod(name: string, image: string, extra: Record<string, any> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      // pinned to a node, as a pod created with spec.nodeName is; binding bare pods is tested separately
      ...(extra.nodeName === null ? {} : { nodeName: extra.nodeName ?? 'node-1' }),
      containers: [{ name: 'app', image, ...(extra.container ?? {}) }],
      restartPolicy: extra.restartPolicy ?? 'Always',
      volumes: extra.volumes,
    },
  };
}

const getPod = (h: Harness, name: string): KObject => h.store.get('', 'pods', 'default', name)!;
const containerStatus = (h: Harness, name: string): any => getPod(h, name)?.status?.containerStatuses?.[0];

describe.each(STORES)('on the %s', (_name: string, store: StoreFactory) => {
  describe('pod lifecycle', () => {
    let h: Harness;
    afterEach(() => h?.stop());

    test('Pending → ContainerCreating → Running → Ready after the configured delay, with kubelet-like status and events', async () => {
      h = await harness({ store, podReadyDelayMs: 5_000 });
      h.store.create('', 'pods', pod('web', 'nginx:1.27'));
      await h.settle();
      let p = getPod(h, 'web');
      expect(p.spec.nodeName).toMatch(/^node-\d$/);
      expect(p.status.phase).toBe('Pending');
      expect(containerStatus(h, 'web').state.waiting.reason).toBe('ContainerCreating');
      expect(condition(p, 'PodScheduled').status).toBe('True');
      await h.until(() => getPod(h, 'web').status.phase === 'Running');
      p = getPod(h, 'web');
      const cs = containerStatus(h, 'web');
      expect(cs).toEqual(
        expect.objectContaining({
          name: 'app',
          ready: false,
          started: true,
          restartCount: 0,
          image: 'docker.io/library/nginx:1.27',
        }),
      );
      expect(cs.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
      expect(cs.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
      expect(cs.state.running.startedAt).toMatch(/Z$/);
      expect(p.status.podIP).toMatch(/^10\.244\.\d+\.\d+$/);
      expect(p.status.hostIP).toMatch(/^172\.18\.0\.\d+$/);
      expect(p.status.startTime).toBeDefined();
      expect(condition(p, 'Ready')).toEqual(
        expect.objectContaining({
          status: 'False',
          reason: 'ContainersNotReady',
          message: 'containers with unready status: [app]',
        }),
      );
      await h.run(4_000);
      expect(condition(getPod(h, 'web'), 'Ready').status).toBe('False');
      await h.run(1_500);
      expect(condition(getPod(h, 'web'), 'Ready').status).toBe('True');
      expect(condition(getPod(h, 'web'), 'ContainersReady').status).toBe('True');
      expect(containerStatus(h, 'web').ready).toBe(true);
      const reasons = eventsFor(h.store, 'web').map((e) => `${e.reason}: ${e.message}`);
      expect(reasons).toEqual([
        'Pulling: Pulling image "nginx:1.27"',
        expect.stringMatching(
          /^Pulled: Successfully pulled image "nginx:1\.27" in 300ms \(300ms including waiting\)\. Image size: \d+ bytes\.$/,
        ),
        'Created: Created container: app',
        'Started: Started container app',
      ]);
      expect(h.controllers.podLog('default', 'web')).toContain('Starting nginx:1.27');
    });

    test('a pod created without a node is bound by the scheduler, with a Scheduled event', async () => {
      h = await harness({ store });
      h.store.create('', 'pods', pod('web', 'nginx:1.27', { nodeName: null }));
      await h.until(() => condition(getPod(h, 'web'), 'Ready')?.status === 'True');
      const p = getPod(h, 'web');
      expect(p.spec.nodeName).toMatch(/^node-\d$/);
      expect(eventsFor(h.store, 'web')[0]).toEqual(
        expect.objectContaining({
          reason: 'Scheduled',
          message: `Successfully assigned default/web to ${p.spec.nodeName}`,
        }),
      );
    });

    test('CrashLoopBackOff: restartCount grows, lastState holds exit code 1, the log has the crash output, back-off doubles', async () => {
      h = await harness({
        store,
        rules: [parsePodRule('image=shop/api:*,fail=CrashLoopBackOff,log=panic: cannot connect to database')],
      });
      h.store.create('', 'pods', pod('api', 'shop/api:2.0'));
      await h.until(() => containerStatus(h, 'api')?.state?.waiting?.reason === 'CrashLoopBackOff');
      let cs = containerStatus(h, 'api');
      expect(cs.restartCount).toBe(1);
      expect(cs.lastState.terminated).toEqual(expect.objectContaining({ exitCode: 1, reason: 'Error' }));
      const uid = getPod(h, 'api').metadata.uid;
      expect(cs.state.waiting.message).toBe(`back-off 10s restarting failed container=app pod=api_default(${uid})`);
      expect(getPod(h, 'api').status.phase).toBe('Running');
      expect(h.controllers.podLog('default', 'api', 'app')).toContain('panic: cannot connect to database');
      expect(eventsFor(h.store, 'api')).toContainEqual(
        expect.objectContaining({
          type: 'Warning',
          reason: 'BackOff',
          message: `Back-off restarting failed container app in pod api_default(${uid})`,
        }),
      );
      await h.until(() => containerStatus(h, 'api')?.restartCount === 3, 200_000);
      cs = containerStatus(h, 'api');
      expect(cs.state.waiting.message).toContain('back-off 40s');
      expect(condition(getPod(h, 'api'), 'Ready').status).toBe('False');
      expect(h.controllers.podLog('default', 'api', 'app', 1)).toBe('panic: cannot connect to database\n');
    });

    test('logs --previous is the last terminated run: in back-off, and once the container runs again', async () => {
      h = await harness({
        store,
        rules: [parsePodRule('image=shop/api:*,fail=CrashLoopBackOff,log=panic: cannot connect to database')],
      });
      h.store.create('', 'pods', pod('api', 'shop/api:2.0'));
      await h.until(() => containerStatus(h, 'api')?.state?.running !== undefined);
      expect(h.controllers.podLog('default', 'api', 'app', undefined, true)).toBeUndefined();
      await h.until(() => containerStatus(h, 'api')?.state?.waiting?.reason === 'CrashLoopBackOff');
      // waiting in back-off, the kubelet serves the terminated run for both reads
      expect(h.controllers.podLog('default', 'api', 'app', undefined, true)).toContain('panic: cannot connect');
      expect(h.controllers.podLog('default', 'api', 'app')).toContain('panic: cannot connect');
      await h.until(() => containerStatus(h, 'api')?.state?.running !== undefined);
      expect(h.controllers.podLog('default', 'api', 'app')).not.toContain('panic');
      expect(h.controllers.podLog('default', 'api', 'app')).toContain('Starting shop/api:2.0');
      expect(h.controllers.podLog('default', 'api', 'app', undefined, true)).toContain('panic: cannot connect');
    });

    test('ErrImagePull alternates with ImagePullBackOff and the back-off grows', async () => {
      h = await harness({ store });
      h.controllers.setPodRule({ image: '*:broken', fail: 'ErrImagePull' });
      h.store.create('', 'pods', pod('web', 'nginx:broken'));
      const seen: string[] = [];
      await h.until(() => {
        const reason = containerStatus(h, 'web')?.state?.waiting?.reason;
        if (reason && seen[seen.length - 1] !== reason) seen.push(reason);
        return seen.length >= 5;
      }, 120_000);
      expect(seen).toEqual([
        'ContainerCreating',
        'ErrImagePull',
        'ImagePullBackOff',
        'ErrImagePull',
        'ImagePullBackOff',
      ]);
      const pulling = eventsFor(h.store, 'web').find((e) => e.reason === 'Pulling')!;
      expect(pulling.count).toBe(2);
      expect(containerStatus(h, 'web').state.waiting.message).toBe(
        'Back-off pulling image "nginx:broken": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image ' +
          '"docker.io/library/nginx:broken": failed to resolve reference "docker.io/library/nginx:broken": docker.io/library/nginx:broken: not found',
      );
      expect(getPod(h, 'web').status.phase).toBe('Pending');
    });

    test('init containers run to completion first; a readinessProbe delays Ready by its initialDelaySeconds', async () => {
      h = await harness({ store });
      h.store.create('', 'pods', {
        ...pod('web', 'nginx:1'),
        spec: {
          nodeName: 'node-1',
          initContainers: [{ name: 'migrate', image: 'shop/migrate:1' }],
          containers: [
            {
              name: 'app',
              image: 'nginx:1',
              readinessProbe: { httpGet: { path: '/', port: 80 }, initialDelaySeconds: 20 },
            },
          ],
        },
      });
      await h.until(() => getPod(h, 'web')?.status?.initContainerStatuses?.[0]?.state?.running !== undefined);
      let p = getPod(h, 'web');
      expect(p.status.phase).toBe('Pending');
      expect(p.status.containerStatuses[0].state.waiting.reason).toBe('PodInitializing');
      expect(condition(p, 'Initialized')).toEqual(
        expect.objectContaining({
          status: 'False',
          reason: 'ContainersNotInitialized',
          message: 'containers with incomplete status: [migrate]',
        }),
      );
      await h.until(() => getPod(h, 'web').status.containerStatuses[0].state.running !== undefined);
      p = getPod(h, 'web');
      expect(p.status.initContainerStatuses[0].state.terminated).toEqual(
        expect.objectContaining({ exitCode: 0, reason: 'Completed' }),
      );
      expect(condition(p, 'Initialized').status).toBe('True');
      expect(p.status.phase).toBe('Running');
      await h.run(15_000);
      expect(condition(getPod(h, 'web'), 'Ready').status).toBe('False');
      await h.run(6_000);
      expect(condition(getPod(h, 'web'), 'Ready').status).toBe('True');
    });

    test('a failing init container crash-loops under restartPolicy Always and fails the pod under Never', async () => {
      h = await harness({ store, rules: [{ image: 'shop/migrate:bad', fail: 'Exit1' }] });
      const withInit = (name: string, restartPolicy: string): KObject => ({
        ...pod(name, 'nginx:1'),
        spec: {
          nodeName: 'node-1',
          restartPolicy,
          initContainers: [{ name: 'migrate', image: 'shop/migrate:bad' }],
          containers: [{ name: 'app', image: 'nginx:1' }],
        },
      });
      h.store.create('', 'pods', withInit('always', 'Always'));
      h.store.create('', 'pods', withInit('never', 'Never'));
      await h.until(
        () =>
          getPod(h, 'always')?.status?.initContainerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff' &&
          getPod(h, 'never')?.status?.phase === 'Failed',
      );
      expect(getPod(h, 'always').status.phase).toBe('Pending');
      expect(getPod(h, 'always').status.containerStatuses[0].state.waiting.reason).toBe('PodInitializing');
      expect(getPod(h, 'never').status.initContainerStatuses[0].state.terminated).toEqual(
        expect.objectContaining({ exitCode: 1, reason: 'Error' }),
      );
      expect(condition(getPod(h, 'never'), 'Initialized').status).toBe('False');
    });

    test('imagePullPolicy Never with the image absent from the node gives ErrImageNeverPull', async () => {
      h = await harness({ store });
      h.store.create('', 'pods', pod('local', 'shop/local:dev', { container: { imagePullPolicy: 'Never' } }));
      await h.until(() => containerStatus(h, 'local')?.state?.waiting?.reason === 'ErrImageNeverPull');
      expect(containerStatus(h, 'local').state.waiting.message).toBe(
        'Container image "shop/local:dev" is not present with pull policy of Never',
      );
      expect(eventsFor(h.store, 'local')).toContainEqual(
        expect.objectContaining({ type: 'Warning', reason: 'ErrImageNeverPull' }),
      );
    });

    test('an image that is no reference gives InvalidImageName, as the kubelet parses it (distribution/reference)', async () => {
      h = await harness({ store });
      h.store.create('', 'pods', pod('bad', 'shop//web:1'));
      await h.until(() => containerStatus(h, 'bad')?.state?.waiting?.reason === 'InvalidImageName');
      const message =
        'Failed to apply default image tag "shop//web:1": couldn\'t parse image name "shop//web:1": invalid reference format';
      expect(containerStatus(h, 'bad').state.waiting.message).toBe(message);
      expect(eventsFor(h.store, 'bad')).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'Warning', reason: 'InspectFailed', message }),
          expect.objectContaining({ type: 'Warning', reason: 'Failed', message: 'Error: InvalidImageName' }),
        ]),
      );
      expect(eventsFor(h.store, 'bad')).not.toContainEqual(expect.objectContaining({ reason: 'Pulling' }));
    });

    test('NeverReady runs but never becomes Ready; readyAfterMs overrides the default delay', async () => {
      h = await harness({
        store,
        rules: [
          { image: 'a:*', fail: 'NeverReady' },
          { image: 'b:*', readyAfterMs: 20_000 },
        ],
      });
      h.store.create('', 'pods', pod('a', 'a:1'));
      h.store.create('', 'pods', pod('b', 'b:1'));
      await h.run(15_000);
      expect(getPod(h, 'a').status.phase).toBe('Running');
      expect(condition(getPod(h, 'b'), 'Ready').status).toBe('False');
      await h.run(10_000);
      expect(condition(getPod(h, 'b'), 'Ready').status).toBe('True');
      expect(condition(getPod(h, 'a'), 'Ready').status).toBe('False');
    });

    test('Exit0 and Exit1 with restartPolicy Never end in Succeeded and Failed', async () => {
      h = await harness({
        store,
        rules: [
          { image: 'ok:*', fail: 'Exit0' },
          { image: 'bad:*', fail: 'Exit1' },
        ],
      });
      h.store.create('', 'pods', pod('ok', 'ok:1', { restartPolicy: 'Never' }));
      h.store.create('', 'pods', pod('bad', 'bad:1', { restartPolicy: 'Never' }));
      await h.until(() => getPod(h, 'ok').status.phase === 'Succeeded' && getPod(h, 'bad').status.phase === 'Failed');
      expect(containerStatus(h, 'ok').state.terminated).toEqual(
        expect.objectContaining({ exitCode: 0, reason: 'Completed' }),
      );
      expect(containerStatus(h, 'bad').state.terminated).toEqual(
        expect.objectContaining({ exitCode: 1, reason: 'Error' }),
      );
      expect(condition(getPod(h, 'ok'), 'Ready')).toEqual(
        expect.objectContaining({ status: 'False', reason: 'PodCompleted' }),
      );
    });

    test('a missing ConfigMap, key or Secret gives CreateContainerConfigError with the kubelet message, and the pod recovers', async () => {
      h = await harness({ store });
      const envFrom = [{ configMapRef: { name: 'app-config' } }];
      const env = [
        { name: 'DB_URL', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'DB_URL' } } },
        { name: 'PW', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      ];
      h.store.create('', 'pods', {
        ...pod('web', 'nginx:1'),
        spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'nginx:1', envFrom, env }] },
      });
      await h.until(() => containerStatus(h, 'web')?.state?.waiting?.reason === 'CreateContainerConfigError');
      expect(containerStatus(h, 'web').state.waiting.message).toBe('configmap "app-config" not found');
      expect(eventsFor(h.store, 'web')).toContainEqual(
        expect.objectContaining({
          type: 'Warning',
          reason: 'Failed',
          message: 'Error: configmap "app-config" not found',
        }),
      );
      h.store.create('', 'configmaps', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'app-config', namespace: 'default' },
        data: { OTHER: 'x' },
      });
      await h.until(
        () =>
          containerStatus(h, 'web')?.state?.waiting?.message ===
          "couldn't find key DB_URL in ConfigMap default/app-config",
      );
      const cm = h.store.get('', 'configmaps', 'default', 'app-config')!;
      cm.data.DB_URL = 'postgres://db';
      h.store.update('', 'configmaps', cm);
      await h.until(() => containerStatus(h, 'web')?.state?.waiting?.message === 'secret "db" not found');
      h.store.create('', 'secrets', {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'db', namespace: 'default' },
        data: { password: 'cHc=' },
      });
      await h.until(() => condition(getPod(h, 'web'), 'Ready')?.status === 'True');
    });

    test('optional references do not block the container', async () => {
      h = await harness({ store });
      const env = [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'nope', key: 'X', optional: true } } }];
      h.store.create('', 'pods', {
        ...pod('web', 'nginx:1'),
        spec: {
          nodeName: 'node-2',
          containers: [
            { name: 'app', image: 'nginx:1', env, envFrom: [{ secretRef: { name: 'nope', optional: true } }] },
          ],
        },
      });
      await h.until(() => condition(getPod(h, 'web'), 'Ready')?.status === 'True');
    });

    test('a volume from a missing ConfigMap keeps the pod in ContainerCreating with FailedMount until it appears', async () => {
      h = await harness({ store });
      h.store.create(
        '',
        'pods',
        pod('web', 'nginx:1', { volumes: [{ name: 'config', configMap: { name: 'app-config' } }] }),
      );
      await h.run(5_000);
      expect(containerStatus(h, 'web').state.waiting.reason).toBe('ContainerCreating');
      expect(getPod(h, 'web').status.podIP).toBeUndefined();
      expect(eventsFor(h.store, 'web')).toContainEqual(
        expect.objectContaining({
          type: 'Warning',
          reason: 'FailedMount',
          message: 'MountVolume.SetUp failed for volume "config" : configmap "app-config" not found',
        }),
      );
      h.store.create('', 'configmaps', {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'app-config', namespace: 'default' },
        data: {},
      });
      await h.until(() => condition(getPod(h, 'web'), 'Ready')?.status === 'True');
    });
  });
});

// The API server store does not implement graceful pod deletion yet (ControllerStore.delete
// takes no grace period and deletes pods at once): this runs on the in-memory store.
describe('graceful deletion (in-memory store)', () => {
  const store = STORES[0][1];
  let h: Harness;
  afterEach(() => h?.stop());

  test('deleting a pod stops its containers (Killing) within the grace period, then it is gone', async () => {
    h = await harness({ store });
    h.store.create('', 'pods', pod('web', 'nginx:1'));
    await h.until(() => condition(getPod(h, 'web'), 'Ready')?.status === 'True');
    h.store.delete('', 'pods', 'default', 'web');
    await h.settle();
    expect(getPod(h, 'web').metadata.deletionTimestamp).toBeDefined();
    expect(eventsFor(h.store, 'web')).toContainEqual(
      expect.objectContaining({ reason: 'Killing', message: 'Stopping container app' }),
    );
    await h.until(() => getPod(h, 'web') === undefined, 30_000);
  });
});

describe('registry check', () => {
  test('the registry check fails pods whose image was never pushed ("manifest unknown") and caches answers', async () => {
    const heads: string[] = [];
    const server = http.createServer((req, res) => {
      heads.push(`${req.method} ${req.url}`);
      if (req.url === '/v2/shop/web/manifests/1.0') {
        res.writeHead(200, {
          'Docker-Content-Digest': `sha256:${'a'.repeat(64)}`,
          'Content-Type': 'application/vnd.oci.image.manifest.v1+json',
        });
      } else res.writeHead(404, { 'Content-Type': 'application/json' });
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const registry = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { createClock } = await import('../../../src/clock.js');
    const { startControllers } = await import('../../../src/controllers/index.js');
    const { MemoryStore } = await import('./support/memory-store.js');
    const clock = createClock({ manual: true });
    const store = new MemoryStore(clock);
    const controllers = startControllers(store, { clock, nodes: ['node-1'], registryCheck: {} });
    try {
      store.create('', 'pods', pod('good', `${registry}/shop/web:1.0`));
      store.create('', 'pods', pod('good2', `${registry}/shop/web:1.0`));
      store.create('', 'pods', pod('bad', `${registry}/shop/web:never-pushed`));
      const status = (name: string): any => store.get('', 'pods', 'default', name)?.status?.containerStatuses?.[0];
      for (let i = 0; i < 200; i++) {
        clock.advance(100);
        await controllers.settle();
        await new Promise((r) => setTimeout(r, 2));
        if (status('good')?.ready && status('good2')?.ready && status('bad')?.state?.waiting?.reason === 'ErrImagePull')
          break;
      }
      expect(status('good').imageID).toBe(`${registry}/shop/web@sha256:${'a'.repeat(64)}`);
      expect(status('bad').state.waiting.reason).toBe('ErrImagePull');
      expect(status('bad').state.waiting.message).toContain('manifest unknown');
      expect(heads.filter((x) => x === 'HEAD /v2/shop/web/manifests/1.0')).toHaveLength(1);
    } finally {
      controllers.stop();
      server.close();
    }
  });
});

describe('parsePodRule', () => {
  test('parses the CLI form', () => {
    expect(parsePodRule('image=*:broken,fail=ImagePullBackOff')).toEqual({
      image: '*:broken',
      fail: 'ImagePullBackOff',
    });
    expect(parsePodRule('image=shop/web:*,readyAfterMs=500')).toEqual({ image: 'shop/web:*', readyAfterMs: 500 });
    expect(parsePodRule('image=x,fail=CrashLoopBackOff,log=a, b\\nc')).toEqual({
      image: 'x',
      fail: 'CrashLoopBackOff',
      log: 'a, b\nc',
    });
  });

  test('rejects bad rules with a message naming the problem', () => {
    expect(() => parsePodRule('fail=Exit0')).toThrow('image=<glob> is required');
    expect(() => parsePodRule('image=x,fail=Boom')).toThrow(
      'fail must be one of ErrImagePull, ImagePullBackOff, CrashLoopBackOff, NeverReady, Exit0, Exit1, got "Boom"',
    );
    expect(() => parsePodRule('image=x,readyAfterMs=soon')).toThrow('readyAfterMs must be a whole number');
    expect(() => parsePodRule('image=x,colour=red')).toThrow('unknown key "colour"');
  });
});

describe('goDuration', () => {
  test('prints durations the way Go does', async () => {
    const { goDuration } = await import('../../../src/pods/kubelet.js');
    expect([0, 300, 1000, 1250, 61_500, 3_600_000 + 2_000].map(goDuration)).toEqual([
      '0s',
      '300ms',
      '1s',
      '1.25s',
      '1m1.5s',
      '1h0m2s',
    ]);
  });
});
