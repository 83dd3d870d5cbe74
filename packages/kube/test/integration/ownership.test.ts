import type { Cluster } from '@kra/cluster-sim';
import { type KubeClient, deploy } from '../../src/index.js';
import type { KObject } from '../../src/client.js';
import { clientFor, deployOptions, memoryLog, namespace, startSim } from './cluster.js';

/**
 * Issue 10 item 1's second half: a manifest that changed is never reported `unchanged`. When a
 * field the manifest dropped stays because another field manager owns part of it, the deploy
 * says so, naming the field and the manager.
 */
let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim();
  client = clientFor(cluster);
  await client.create(namespace('own'));
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

const config = (env: string[]): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'web:1', env: env.map((name) => ({ name, value: '1' })) }] },
    },
  },
});

test('a field dropped from the manifest but kept by another manager: configured, with a warning', async () => {
  const options = { release: 'own', namespace: 'own' };
  expect((await deploy(deployOptions(client, { ...options, objects: [config(['FOO', 'BAR'])] }))).status).toBe(
    'deployed',
  );
  // Someone edits FOO's value by hand (an Update by another manager takes that field over).
  await client.request('PATCH', '/apis/apps/v1/namespaces/own/deployments/web', {
    contentType: 'application/strategic-merge-patch+json',
    query: { fieldManager: 'kubectl-edit' },
    body: { spec: { template: { spec: { containers: [{ name: 'web', env: [{ name: 'FOO', value: '2' }] }] } } } },
  });
  const log = memoryLog();
  const result = await deploy(deployOptions(client, { ...options, objects: [config(['BAR'])], log }));
  expect(result.status).toBe('deployed');
  expect(result.objects.find((o) => o.object === 'own/Deployment/web')?.result).toBe('configured');
  expect(log.lines).toContainEqual(
    expect.stringMatching(
      /^warning: own\/Deployment\/web: \.spec\.template\.spec\.containers\[name="web"\]\.env\[name="FOO"\] \(also owned by "kubectl-edit"\) left the manifest but stay/,
    ),
  );
});
