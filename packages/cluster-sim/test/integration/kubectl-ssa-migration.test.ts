/**
 * Fidelity, with the real kubectl as the reference: server-side apply removes a list item a
 * manager stops applying (the whole item, key fields included), and kubectl's own switch from
 * client-side to server-side apply (client-go's csaupgrade: a JSON patch replacing
 * managedFields, guarded by resourceVersion) is honoured as the real API server honours it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startCluster, type Cluster } from '../../src/index.js';

let cluster: Cluster;
let dir: string;
beforeAll(async () => {
  cluster = await startCluster({ tls: true });
  dir = mkdtempSync(join(tmpdir(), 'ssa-migration-'));
});
afterAll(async () => {
  await cluster?.stop();
});

/** kubectl, asynchronously: the simulator answers from this same process. */
async function kubectl(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('kubectl', ['--request-timeout=30s', ...args], {
    env: { PATH: process.env.PATH, HOME: dir, KUBECONFIG: cluster.kubeconfigPath },
  });
  return stdout;
}

function manifest(name: string, env: string[]): string {
  const file = join(dir, `${name}-${env.join('-') || 'none'}.yaml`);
  writeFileSync(
    file,
    `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name}, namespace: default }
spec:
  replicas: 1
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: app
          image: app:1
          env:
${env.map((n) => `            - { name: ${n}, value: "1" }`).join('\n')}
`,
  );
  return file;
}

const live = async (name: string) =>
  JSON.parse(await kubectl('get', 'deployment', name, '-o', 'json', '--show-managed-fields'));
const envNames = (d: any) => (d.spec.template.spec.containers[0].env ?? []).map((e: any) => e.name);
const managers = (d: any) => d.metadata.managedFields.map((m: any) => `${m.manager} ${m.operation}`);

test('a list item a manager stops applying is removed whole', async () => {
  await kubectl('apply', '--server-side', '-f', manifest('ssa', ['FOO', 'BAR']));
  await kubectl('apply', '--server-side', '-f', manifest('ssa', ['BAR']));
  expect(envNames(await live('ssa'))).toEqual(['BAR']);
});

test("kubectl's own migration from client-side apply moves the fields to its apply manager", async () => {
  await kubectl('apply', '-f', manifest('csa', ['FOO', 'BAR']));
  expect(managers(await live('csa'))).toContain('kubectl-client-side-apply Update');
  // kubectl applies server-side, then sends csaupgrade's managedFields patch.
  await kubectl('apply', '--server-side', '-f', manifest('csa', ['FOO', 'BAR']));
  const migrated = await live('csa');
  expect(managers(migrated)).not.toContain('kubectl-client-side-apply Update');
  expect(managers(migrated)).toContain('kubectl Apply');
  // kubectl re-applies after migrating: its Apply entry holds what the manifest sets, the
  // annotation stays with kubectl-last-applied, and what client-side apply alone owned (the
  // defaulted fields) was dropped and defaulted again, so the pod template did not change.
  const entry = (manager: string) =>
    migrated.metadata.managedFields.find((m: any) => m.manager === manager && m.operation === 'Apply');
  expect(entry('kubectl').fieldsV1['f:metadata']).toBeUndefined();
  expect(entry('kubectl-last-applied').fieldsV1['f:metadata']['f:annotations']).toHaveProperty([
    'f:kubectl.kubernetes.io/last-applied-configuration',
  ]);
  expect(migrated.spec.template.spec.containers[0].imagePullPolicy).toBe('IfNotPresent');
  // kubectl rewrote its last-applied annotation: a Deployment's generation counts annotation
  // changes, so it is 2 here, as on the real API server (v1.37.2, checked by hand).
  expect(migrated.metadata.generation).toBe(2);
  // From now on kubectl's apply owns FOO alone: dropping it from the manifest removes it.
  await kubectl('apply', '--server-side', '-f', manifest('csa', ['BAR']));
  expect(envNames(await live('csa'))).toEqual(['BAR']);
});
