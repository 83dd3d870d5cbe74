import type { Cluster } from '@kra/cluster-sim';
import { type KubeClient, type ReleaseRun, ReleaseStore, release } from '../../src/index.js';
import type { KObject } from '../../src/client.js';
import { clientFor, deployOptions, deployment, memoryLog, namespace, startSim } from './cluster.js';

let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim();
  client = clientFor(cluster);
  await client.create(namespace('shop'));
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

const service: KObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
};

function run(overrides: Partial<ReleaseRun> = {}): ReleaseRun {
  return {
    strategy: 'canary',
    action: 'deploy',
    trafficSplitMethod: 'pod',
    routeMethod: 'service',
    steps: [{ weight: 20 }, { pause: 'until-promoted' }],
    force: false,
    settings: { checks: [], scaleDownDelayMs: 0, versionSwitchBufferMs: 0 },
    ...overrides,
  };
}

test('canary by pod: first deploy plain, canary paused, promote', async () => {
  const objects = (image: string) => [
    service,
    { ...deployment('web', image), spec: { ...deployment('web', image).spec, replicas: 5 } },
  ];
  const log = memoryLog();
  const first = await release(
    deployOptions(client, { release: 'web', namespace: 'shop', objects: objects('web:1'), log }),
    run(),
  );
  console.log(first.status, first.progress?.note, log.lines.join('\n'));
  expect(first.status).toBe('deployed');
  const log2 = memoryLog();
  const canary = await release(
    deployOptions(client, { release: 'web', namespace: 'shop', objects: objects('web:2'), log: log2 }),
    run(),
  );
  console.log(canary.status, canary.failure, log2.lines.join('\n'));
  console.log(JSON.stringify(canary.progress?.placement, null, 1));
  expect(canary.status).toBe('progressing');
  const log3 = memoryLog();
  const promoted = await release(
    deployOptions(client, { release: 'web', namespace: 'shop', objects: [], log: log3 }),
    run({ action: 'promote' }),
  );
  console.log(promoted.status, promoted.failure, log3.lines.join('\n'));
  expect(promoted.status).toBe('deployed');
  const records = await new ReleaseStore(client, 'shop', 'web').list();
  console.log(records.map((r) => [r.revision, r.status, r.progress?.phase]));
});
