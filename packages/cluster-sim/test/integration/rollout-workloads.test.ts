/**
 * Workloads other than Deployments, driven by the real kubectl: Service endpoints follow
 * readiness, CreateContainerConfigError on a missing key, StatefulSet partitions, DaemonSet
 * rollouts, and Jobs that complete or fail.
 */
import { startCluster, type Cluster } from '../../src/index.js';
import { Kubectl, deploymentYaml, eventually, requireKubectl } from './rollout-kubectl.js';

describe('workload rollouts against cluster-sim, with kubectl', () => {
  let cluster: Cluster;
  let kubectl: Kubectl;

  beforeAll(async () => {
    requireKubectl();
    cluster = await startCluster({
      nodes: 3,
      clock: { speed: 100 },
      podRules: [
        { image: 'shop/web:never-ready', fail: 'NeverReady' },
        { image: 'shop/migrate:ok', fail: 'Exit0' },
        { image: 'shop/migrate:bad', fail: 'Exit1' },
      ],
    });
    kubectl = new Kubectl(cluster.kubeconfigPath);
    await kubectl.ok(['create', 'namespace', 'shop']);
  });

  afterAll(async () => {
    kubectl?.cleanup();
    await cluster?.stop();
  });

  test('a Service sends traffic only to ready pods: Endpoints and EndpointSlices follow readiness', async () => {
    await kubectl.apply(`${deploymentYaml('web', 'shop/web:1', { replicas: 2, maxUnavailable: '0', maxSurge: '1' })}---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: http
`);
    await kubectl.ok(['rollout', 'status', 'deployment/web', '--timeout=60s']);
    const ep = await eventually(async () => {
      const e = await kubectl.json(['get', 'endpoints', 'web']);
      return e.subsets?.[0]?.addresses?.length === 2 ? e : undefined;
    }, 'two ready addresses');
    const pods = await kubectl.json(['get', 'pods', '-l', 'app=web']);
    expect(ep.subsets[0].addresses.map((a: any) => a.targetRef.name).sort()).toEqual(
      pods.items.map((p: any) => p.metadata.name).sort(),
    );
    expect(ep.subsets[0].addresses.map((a: any) => a.ip).sort()).toEqual(
      pods.items.map((p: any) => p.status.podIP).sort(),
    );
    expect(ep.subsets[0].ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);

    await kubectl.ok(['set', 'image', 'deployment/web', 'web=shop/web:never-ready']);
    const stuck = await eventually(async () => {
      const e = await kubectl.json(['get', 'endpoints', 'web']);
      return e.subsets?.[0]?.notReadyAddresses?.length === 1 ? e : undefined;
    }, 'the never-ready pod listed as not ready');
    expect(stuck.subsets[0].addresses).toHaveLength(2);
    const notReady = stuck.subsets[0].notReadyAddresses[0].targetRef.name;
    const pod = await kubectl.json(['get', 'pod', notReady]);
    expect(pod.spec.containers[0].image).toBe('shop/web:never-ready');
    const slices = await kubectl.json(['get', 'endpointslices', '-l', 'kubernetes.io/service-name=web']);
    expect(slices.items).toHaveLength(1);
    const byPod = Object.fromEntries(slices.items[0].endpoints.map((e: any) => [e.targetRef.name, e.conditions.ready]));
    expect(byPod[notReady]).toBe(false);
    expect(Object.values(byPod).filter((ready) => ready === true)).toHaveLength(2);
  });

  test('a container that needs a missing ConfigMap key gets CreateContainerConfigError, and starts once the key exists', async () => {
    await kubectl.apply(`apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
  namespace: shop
data:
  LOG_LEVEL: info
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 1
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: api
        image: shop/api:1
        env:
        - name: DB_URL
          valueFrom:
            configMapKeyRef:
              name: app-config
              key: DB_URL
`);
    const waiting = await eventually(async () => {
      const pods = await kubectl.json(['get', 'pods', '-n', 'shop', '-l', 'app=api']);
      const w = pods.items[0]?.status?.containerStatuses?.[0]?.state?.waiting;
      return w?.reason === 'CreateContainerConfigError' ? w : undefined;
    }, 'CreateContainerConfigError');
    expect(waiting.message).toBe("couldn't find key DB_URL in ConfigMap shop/app-config");
    const events = await kubectl.json(['get', 'events', '-n', 'shop']);
    expect(events.items.map((e: any) => e.message)).toContain(
      "Error: couldn't find key DB_URL in ConfigMap shop/app-config",
    );
    await kubectl.ok([
      'patch',
      'configmap',
      'app-config',
      '-n',
      'shop',
      '--type=merge',
      '-p',
      '{"data":{"DB_URL":"postgres://db"}}',
    ]);
    await kubectl.ok(['rollout', 'status', 'deployment/api', '-n', 'shop', '--timeout=60s']);
  });

  test('a StatefulSet with a partition updates only the ordinals at or above it', async () => {
    const sts = (image: string, partition: number): string => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: default
spec:
  replicas: 3
  serviceName: db
  selector:
    matchLabels:
      app: db
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      partition: ${partition}
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: db
        image: ${image}
`;
    await kubectl.apply(sts('postgres:16', 0));
    const first = await kubectl.run(['rollout', 'status', 'statefulset/db', '--timeout=60s']);
    expect(first.code).toBe(0);
    // the API defaults rollingUpdate.partition to 0, so kubectl reports a partitioned roll out, as on a real cluster
    expect(first.stdout).toContain('partitioned roll out complete: 3 new pods have been updated...');
    await kubectl.apply(sts('postgres:17', 2));
    const partitioned = await kubectl.run(['rollout', 'status', 'statefulset/db', '--timeout=60s']);
    expect(partitioned.code).toBe(0);
    expect(partitioned.stdout).toContain('partitioned roll out complete: 1 new pods have been updated...');
    const images = async (): Promise<Record<string, string>> =>
      Object.fromEntries(
        (await kubectl.json(['get', 'pods', '-l', 'app=db'])).items.map((p: any) => [
          p.metadata.name,
          p.spec.containers[0].image,
        ]),
      );
    expect(await images()).toEqual({ 'db-0': 'postgres:16', 'db-1': 'postgres:16', 'db-2': 'postgres:17' });
    const set = await kubectl.json(['get', 'statefulset', 'db']);
    expect(set.status.currentRevision).not.toBe(set.status.updateRevision);
    expect(set.status.updatedReplicas).toBe(1);
    const revisions = await kubectl.json(['get', 'controllerrevisions', '-l', 'app=db']);
    expect(revisions.items).toHaveLength(2);

    await kubectl.ok([
      'patch',
      'statefulset',
      'db',
      '--type=merge',
      '-p',
      '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}',
    ]);
    await kubectl.ok(['rollout', 'status', 'statefulset/db', '--timeout=60s']);
    expect(await images()).toEqual({ 'db-0': 'postgres:17', 'db-1': 'postgres:17', 'db-2': 'postgres:17' });
  });

  test('a DaemonSet runs one pod per node and rolls out', async () => {
    const ds = (image: string): string => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: default
spec:
  selector:
    matchLabels:
      app: agent
  template:
    metadata:
      labels:
        app: agent
    spec:
      containers:
      - name: agent
        image: ${image}
`;
    await kubectl.apply(ds('shop/agent:1'));
    await kubectl.ok(['rollout', 'status', 'daemonset/agent', '--timeout=60s']);
    const nodes = (await kubectl.json(['get', 'pods', '-l', 'app=agent'])).items
      .map((p: any) => p.spec.nodeName)
      .sort();
    expect(nodes).toEqual(['sim-node-1', 'sim-node-2', 'sim-node-3']);
    await kubectl.apply(ds('shop/agent:2'));
    const result = await kubectl.run(['rollout', 'status', 'daemonset/agent', '--timeout=60s']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('daemon set "agent" successfully rolled out');
    await eventually(async () => {
      const pods = (await kubectl.json(['get', 'pods', '-l', 'app=agent'])).items;
      return pods.length === 3 && pods.every((p: any) => p.spec.containers[0].image === 'shop/agent:2');
    }, 'every node on shop/agent:2');
  });

  test('Jobs complete, or fail at their backoff limit, and kubectl wait sees it', async () => {
    const job = (name: string, image: string): string => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
  namespace: default
spec:
  completions: 2
  parallelism: 2
  backoffLimit: 1
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: ${image}
`;
    await kubectl.apply(job('migrate-ok', 'shop/migrate:ok') + '---\n' + job('migrate-bad', 'shop/migrate:bad'));
    const ok = await kubectl.run(['wait', '--for=condition=Complete', 'job/migrate-ok', '--timeout=60s']);
    expect(ok.stdout.trim()).toBe('job.batch/migrate-ok condition met');
    const bad = await kubectl.run(['wait', '--for=condition=Failed', 'job/migrate-bad', '--timeout=60s']);
    expect(bad.stdout.trim()).toBe('job.batch/migrate-bad condition met');
    const failed = await kubectl.json(['get', 'job', 'migrate-bad']);
    expect(failed.status.conditions.find((c: any) => c.type === 'Failed')).toEqual(
      expect.objectContaining({
        status: 'True',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
      }),
    );
    const done = await kubectl.json(['get', 'job', 'migrate-ok']);
    expect(done.status.succeeded).toBe(2);
  });
});
