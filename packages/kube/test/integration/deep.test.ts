import type { Cluster } from '@kra/cluster-sim';
import { type KubeClient, deploy, objectDiff, sameContent } from '../../src/index.js';
import type { KObject } from '../../src/client.js';
import { clientFor, configMap, deployOptions, namespace, startSim } from './cluster.js';

/** Issue 10 item 14: no recursion in packages/kube that a document can overflow. */
let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim();
  client = clientFor(cluster);
  await client.create(namespace('deep'));
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

/** A value nested `depth` levels deep, built without recursion. */
function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let i = 0; i < depth; i += 1) {
    const next: Record<string, unknown> = {};
    at.a = next;
    at = next;
  }
  return root;
}

test('a 100,000-deep document is refused in one line naming its file, before anything is applied', async () => {
  const deep: KObject = { ...configMap('deep', { x: '1' }), extra: nested(100_000) };
  const shallow = configMap('fine', { x: '1' });
  const where = (o: KObject) => (o === deep ? 'k8s/deep.json:1: ' : 'k8s/fine.yaml:1: ');
  const attempt = deploy(
    deployOptions(client, { release: 'deep', namespace: 'deep', objects: [shallow, deep], where }),
  );
  await expect(attempt).rejects.toThrow(
    'k8s/deep.json:1: ConfigMap/deep is nested deeper than 512 levels: flatten it (Kubernetes objects are never that deep). Nothing was applied.',
  );
  await expect(client.get('v1', 'ConfigMap', 'fine', 'deep')).resolves.toBeUndefined();
});

test('a live object too deep to compare is shown as changed, not compared', () => {
  const live: KObject = { ...configMap('deep', { x: '1' }), extra: nested(100_000) };
  const applied = configMap('deep', { x: '1' });
  expect(sameContent(live, applied)).toBe(false);
  expect(objectDiff('deep/ConfigMap/deep', live, applied)).toBe(
    '(deep/ConfigMap/deep is nested deeper than 512 levels: not compared)',
  );
});
