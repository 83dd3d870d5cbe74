import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cluster } from '@kra/cluster-sim';
import { deployWith, get, post, startSim, workspaceWith } from './support.js';

/**
 * Issue 10 item 1: a team moving from `kubectl apply` (client-side) to k8s-deploy. The first
 * deploy takes over the fields kubectl's client-side apply owned (as kubectl does on its own
 * switch to server-side apply, k8s.io/client-go/util/csaupgrade) and drops the
 * last-applied-configuration annotation, so a field later removed from the manifest is removed
 * from the cluster, and a changed manifest is never reported `unchanged`.
 */
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startSim();
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'csa' } });
});
afterAll(async () => {
  await cluster?.stop();
});

const deployment = (env: Record<string, string>) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: csa
spec:
  replicas: 1
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1
          env:
${Object.entries(env)
  .map(([name, value]) => `            - { name: ${name}, value: "${value}" }`)
  .join('\n')}
`;

/** The real kubectl, asynchronously: cluster-sim answers from this same process. */
const kubectl = (...args: string[]) =>
  promisify(execFile)('kubectl', args, { env: { ...process.env, KUBECONFIG: cluster.kubeconfigPath } });

const live = () => get(cluster, '/apis/apps/v1/namespaces/csa/deployments/web');
const envOf = (d: any) => d.spec.template.spec.containers[0].env.map((e: any) => e.name);

test('fields kubectl apply owned move to k8s-deploy on the first deploy; a field removed later goes', async () => {
  const workspace = workspaceWith({ 'k8s/web.yaml': deployment({ FOO: '1', BAR: '2' }) }, false);
  await kubectl('apply', '-f', join(workspace, 'k8s/web.yaml'));
  const before = await live();
  expect(before.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBeDefined();
  expect(before.metadata.managedFields.map((m: any) => m.manager)).toContain('kubectl-client-side-apply');

  const inputs = { manifests: 'k8s', namespace: 'csa', release: 'web' };
  const first = await deployWith(cluster, workspace, inputs);
  expect(first.exitCode).toBe(0);
  const migrated = await live();
  expect(migrated.metadata.managedFields.map((m: any) => `${m.manager} ${m.operation}`)).not.toContain(
    'kubectl-client-side-apply Update',
  );
  expect(migrated.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toBeUndefined();
  // The pod template is what it was: taking the fields over rolls no pod.
  expect(migrated.metadata.generation).toBe(before.metadata.generation);
  expect(first.log).toContain(
    'csa/Deployment/web configured (took over the fields of "kubectl-client-side-apply": kubectl\'s client-side apply; its last-applied-configuration goes)',
  );
  expect(JSON.parse(first.outputs.changed)).toMatchObject({ configured: 1, unchanged: 0 });

  writeFileSync(join(workspace, 'k8s/web.yaml'), deployment({ BAR: '2' }));
  const second = await deployWith(cluster, workspace, inputs);
  expect(second.exitCode).toBe(0);
  expect(JSON.parse(second.outputs.changed)).toMatchObject({ configured: 1, unchanged: 0 });
  expect(envOf(await live())).toEqual(['BAR']);
});

test('a deploy made before the migration existed is migrated by the next one, which removes the field', async () => {
  // k8s-deploy and kubectl apply both own the fields (what older k8s-deploy versions left behind).
  const workspace = workspaceWith(
    { 'k8s/web.yaml': deployment({ FOO: '1', BAR: '2' }).replace(/name: web$/m, 'name: api') },
    false,
  );
  const file = join(workspace, 'k8s/web.yaml');
  await kubectl('apply', '-f', file);
  await kubectl('apply', '--server-side', '--field-manager', 'k8s-deploy', '-f', file);
  writeFileSync(file, deployment({ BAR: '2' }).replace(/name: web$/m, 'name: api'));
  const result = await deployWith(cluster, workspace, { manifests: 'k8s', namespace: 'csa', release: 'api' });
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.outputs.changed)).toMatchObject({ configured: 1, unchanged: 0 });
  const api = await get(cluster, '/apis/apps/v1/namespaces/csa/deployments/api');
  expect(envOf(api)).toEqual(['BAR']);
});
