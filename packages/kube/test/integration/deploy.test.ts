import type { Cluster } from '@kra/cluster-sim';
import {
  type DeployStrategy,
  type KubeClient,
  ReleaseStore,
  basicStrategy,
  deploy,
  isNotFound,
} from '../../src/index.js';
import type { UserError } from '@kra/core';
import type { KObject } from '../../src/client.js';
import { clientFor, configMap, deployOptions, deployment, memoryLog, namespace, startSim } from './cluster.js';

/** deploy() from source against cluster-sim: the phases around the strategy seam. */
let cluster: Cluster;
let client: KubeClient;
beforeAll(async () => {
  cluster = await startSim();
  cluster.setPodRule({ image: '*:broken', fail: 'ImagePullBackOff' });
  client = clientFor(cluster);
  await client.create(namespace('shop'));
});
afterAll(async () => {
  client?.close();
  await cluster?.stop();
});

const images = async (name: string) =>
  (await client.get('apps/v1', 'Deployment', name, 'shop'))!.spec.template.spec.containers.map((c: any) => c.image);

test('deploys, records each revision, and a failed revision rolls back to the previous one', async () => {
  const objects = (image: string) => [configMap('web-config', { mode: image }), deployment('web', image)];
  const first = await deploy(deployOptions(client, { release: 'web', namespace: 'shop', objects: objects('web:1') }));
  expect(first).toMatchObject({ status: 'deployed', revision: 1, changed: { created: 2 } });
  expect(first.objects.map((o) => [o.object, o.result, o.ready])).toEqual([
    ['shop/ConfigMap/web-config', 'created', undefined],
    ['shop/Deployment/web', 'created', 'ready'],
  ]);

  const failed = await deploy(
    deployOptions(client, { release: 'web', namespace: 'shop', objects: objects('web:broken') }),
  );
  expect(failed).toMatchObject({ status: 'rolled-back', revision: 2, previousRevision: 1, rolledBack: true });
  expect(failed.failure).toMatch(/^shop\/Deployment\/web: (ErrImagePull|ImagePullBackOff) \(pod web-/);
  expect(failed.objects.find((o) => o.object === 'shop/Deployment/web')?.ready).toMatch(/^not ready/);
  expect(await images('web')).toEqual(['web:1']);
  const records = await new ReleaseStore(client, 'shop', 'web').list();
  expect(records.map((r) => [r.revision, r.status])).toEqual([
    [1, 'deployed'],
    [2, 'rolled-back'],
  ]);
  // The lock is released.
  expect(await client.get('coordination.k8s.io/v1', 'Lease', 'k8s-deploy.web', 'shop')).toBeUndefined();
});

test('a strategy plugs in between the pending record and the final one', async () => {
  const calls: string[] = [];
  const failing: DeployStrategy = {
    name: 'test',
    async rollout(context) {
      calls.push(`rollout ${context.revision} of ${context.planned.length}`);
      const records = await new ReleaseStore(client, 'shop', 'seam').list();
      calls.push(`record ${records.at(-1)?.status}`);
      return { applied: [], failure: 'the test strategy refused' };
    },
    async recover(context, rollout) {
      calls.push(`recover after "${rollout.failure}"`);
      return {
        status: 'failed',
        message: 'nothing to undo',
        images: [],
        record: { status: 'failed', message: 'refused' },
      };
    },
  };
  const result = await deploy(
    deployOptions(client, { release: 'seam', namespace: 'shop', objects: [configMap('seam', { a: '1' })] }),
    failing,
  );
  expect(calls).toEqual(['rollout 1 of 1', 'record pending', 'recover after "the test strategy refused"']);
  expect(result).toMatchObject({ status: 'failed', failure: 'the test strategy refused', rollback: 'nothing to undo' });
  expect(result.objects).toEqual([{ object: 'shop/ConfigMap/seam', kind: 'ConfigMap', result: 'not applied' }]);
  const [record] = await new ReleaseStore(client, 'shop', 'seam').list();
  expect(record).toMatchObject({ status: 'failed', message: 'refused' });
  expect(basicStrategy.name).toBe('basic');
});

test('a dry run validates and diffs, and writes nothing', async () => {
  const log = memoryLog();
  const result = await deploy(
    deployOptions(client, {
      release: 'dry',
      namespace: 'shop',
      objects: [configMap('dry', { a: '1' })],
      dryRun: true,
      log,
    }),
  );
  expect(result).toMatchObject({ status: 'dry-run', changed: { created: 1 } });
  expect(result.diffs[0].diff).toContain("+  a: '1'");
  await expect(client.get('v1', 'ConfigMap', 'dry', 'shop')).resolves.toBeUndefined();
  expect(await new ReleaseStore(client, 'shop', 'dry').list()).toEqual([]);
});

test('file:line is found by identity: same-named objects in two namespaces each get their own line', async () => {
  await client.create(namespace('other'));
  const a = configMap('same', { x: '1' });
  const b = configMap('same', { x: '2' }, { namespace: 'other' });
  const c = configMap('same', { x: '3' }, { namespace: 'other' });
  const lines = new Map([
    [a, { file: 'k8s/a.yaml', line: 1 }],
    [b, { file: 'k8s/b.yaml', line: 7 }],
    [c, { file: 'k8s/c.yaml', line: 3 }],
  ]);
  // b and c are one object: the duplicate is named by its own line and the first one's.
  await expect(
    deploy(
      deployOptions(client, {
        release: 'lines',
        namespace: 'shop',
        objects: [a, b, c],
        locate: (o) => lines.get(o),
      }),
    ),
  ).rejects.toThrow(
    'k8s/c.yaml:3: other/ConfigMap/same appears twice in the manifests (first at k8s/b.yaml:7: ): keep one',
  );
  // a (in shop after defaulting) and b are two objects: a refusal names each one's own file.
  const bad = (o: KObject): KObject => ({ ...o, data: { x: 1 } });
  const [badA, badB] = [bad(a), bad(b)];
  const badLines = new Map([
    [badA, { file: 'k8s/a.yaml', line: 1 }],
    [badB, { file: 'k8s/b.yaml', line: 7 }],
  ]);
  const refused = deploy(
    deployOptions(client, {
      release: 'lines',
      namespace: 'shop',
      objects: [badA, badB],
      locate: (o) => badLines.get(o),
    }),
  );
  await expect(refused).rejects.toThrow(
    /k8s\/a\.yaml:1: shop\/ConfigMap\/same: .* \| k8s\/b\.yaml:7: other\/ConfigMap\/same: /,
  );
  // Each refusal also carries its own file and line, for an error annotation there.
  const { problems } = (await refused.catch((error: unknown) => error)) as UserError;
  expect([...problems].sort((x, y) => x.file.localeCompare(y.file))).toEqual([
    { file: 'k8s/a.yaml', line: 1, message: expect.stringMatching(/^shop\/ConfigMap\/same: /) },
    { file: 'k8s/b.yaml', line: 7, message: expect.stringMatching(/^other\/ConfigMap\/same: /) },
  ]);
  expect(isNotFound(await client.get('v1', 'ConfigMap', 'same', 'shop').catch((e) => e))).toBe(false);
});
