import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Cluster } from '@kra/cluster-sim';
import type { ActionResult } from '@kra/local-runner';
import { deployWith, post, startSim, workspaceWith } from './support.js';

/**
 * Issue 10 items 11–13 on the bundle: a kubeconfig or a credential plugin that is broken,
 * hostile or slow gives one line naming the input, its context and user, what is wrong and
 * what to do; never a fragment of the kubeconfig or the plugin's output; no retries of what
 * cannot get better; and no wait longer than the step's timeout.
 */
const TOKEN = 'k8s-t0ken-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123';
let cluster: Cluster;
let workspace: string;
const node = process.execPath;

beforeAll(async () => {
  cluster = await startSim({ rbac: { tokens: { [TOKEN]: { user: 'deployer', groups: ['system:masters'] } } } });
  await post(cluster, '/api/v1/namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'access' } });
  workspace = workspaceWith(
    { 'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n' },
    false,
  );
});
afterAll(async () => {
  await cluster?.stop();
});

type Config = { clusters: any[]; users: any[]; contexts: any[]; 'current-context': string };

/** The cluster's kubeconfig with its context and user renamed, and the user's credentials replaced. */
function kubeconfig(user: Record<string, unknown>, edit: (config: Config) => void = () => undefined): string {
  const config = yaml.load(cluster.kubeconfig) as Config;
  config.contexts[0].name = 'ci';
  config.contexts[0].context.user = 'deployer';
  config['current-context'] = 'ci';
  config.users = [{ name: 'deployer', user }];
  edit(config);
  return yaml.dump(config);
}

/** A credential plugin: a Node script printing `stdout` (and `stderr`), exiting with `code`, or never. */
function plugin(script: string): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'exec-plugin-'));
  const path = join(dir, 'plugin.mjs');
  writeFileSync(path, script);
  chmodSync(path, 0o755);
  return {
    exec: { apiVersion: 'client.authentication.k8s.io/v1', command: node, args: [path], interactiveMode: 'Never' },
  };
}

const credential = (token: string) =>
  JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token } });

function run(config: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return deployWith(
    cluster,
    workspace,
    { manifests: 'k8s', namespace: 'access', release: 'access', ...inputs },
    {
      kubeconfig: config,
      debug: true,
      timeoutMs: 120_000,
    },
  );
}

/** Fails unless the step failed with exactly one error, returned; nothing in stdout may hold `secret` in any part. */
function oneError(result: ActionResult, secrets: string[]): string {
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0].message).not.toContain('\n');
  const raw = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  for (const secret of secrets) {
    // No run of 8 characters of the secret, anywhere: a snippet cut mid-token leaks too.
    for (let i = 0; i + 8 <= secret.length; i += 1) expect(raw + result.stderr).not.toContain(secret.slice(i, i + 8));
  }
  return errors[0].message;
}

test('a YAML error in the kubeconfig names its line only, never its content', async () => {
  const broken = kubeconfig({ token: TOKEN }).replace(`token: ${TOKEN}`, `token: *${TOKEN}`);
  const message = oneError(await run(broken), [TOKEN]);
  expect(message).toMatch(/^Input "kubeconfig" is not valid YAML \(line \d+\): /);
});

test('a token the cluster refuses: one line naming context and user, not retried', async () => {
  const result = await run(kubeconfig({ token: 'wrong-token-0123456789' }));
  const message = oneError(result, ['wrong-token-0123456789']);
  expect(message).toBe(
    `Input "kubeconfig" (context "ci", user "deployer"): the cluster at ${cluster.url} refused the credentials (401 Unauthorized): the token or client certificate is wrong or has expired. Put a current kubeconfig in the secret.`,
  );
  // With step debug on, every retry is logged: there is none.
  expect(result.log).not.toContain('retrying');
});

test('an http:// server is refused before any request, without retries', async () => {
  const before = cluster.requests().length;
  const config = kubeconfig({ token: TOKEN }, (c) => {
    c.clusters[0].cluster.server = cluster.url.replace('https://', 'http://');
  });
  const message = oneError(await run(config), [TOKEN]);
  expect(message).toMatch(
    /^Input "kubeconfig" \(context "ci", user "deployer"\): the cluster's server http:\/\/127\.0\.0\.1:\d+ is plain HTTP: use its https:\/\/ address/,
  );
  expect(cluster.requests().length).toBe(before);
});

test('a CA that does not sign the server certificate: one line about certificate-authority-data', async () => {
  const other = await startSim();
  const foreignCa = (yaml.load(other.kubeconfig) as Config).clusters[0].cluster['certificate-authority-data'];
  await other.stop();
  const config = kubeconfig({ token: TOKEN }, (c) => {
    c.clusters[0].cluster['certificate-authority-data'] = foreignCa;
  });
  const message = oneError(await run(config), [TOKEN]);
  expect(message).toMatch(
    /^Input "kubeconfig" \(context "ci", user "deployer"\): the server certificate of https:\/\/127\.0\.0\.1:\d+ is not signed by the cluster's certificate-authority-data \([A-Z_]+\): /,
  );
  expect(message).not.toContain('--use-system-ca');
});

test('a credential plugin that works: its token is masked and the deploy goes through', async () => {
  const result = await run(kubeconfig(plugin(`process.stdout.write(${JSON.stringify(credential(TOKEN))});`)));
  expect(result.exitCode).toBe(0);
  expect(result.masks).toContain(TOKEN);
  expect(result.log).not.toContain(TOKEN);
});

test('a credential plugin that fails: its output, holding a token, is never printed', async () => {
  const leaked = 'leaked-token-from-stderr-0123456789';
  const script = `process.stderr.write('refresh failed for ${leaked}\\n'); process.stdout.write('${leaked}'); process.exit(3);`;
  const message = oneError(await run(kubeconfig(plugin(script))), [leaked]);
  expect(message).toMatch(
    /^Input "kubeconfig" \(context "ci", user "deployer"\): the credential plugin ".*node" exited with code 3 \(its output is not shown: it may hold credentials\): /,
  );
});

test('a credential plugin that prints something other than an ExecCredential', async () => {
  const message = oneError(await run(kubeconfig(plugin(`process.stdout.write('oops, not JSON');`))), []);
  expect(message).toMatch(
    /^Input "kubeconfig" \(context "ci", user "deployer"\): the credential plugin ".*node" printed output that is not an ExecCredential: /,
  );
  expect(message).not.toContain('Unexpected token');
});

test('a credential plugin that hangs is stopped at the step timeout', async () => {
  const message = oneError(await run(kubeconfig(plugin('setInterval(() => {}, 1000);')), { timeout: '3s' }), []);
  expect(message).toMatch(
    /^Input "kubeconfig" \(context "ci", user "deployer"\): the credential plugin ".*node" gave no credentials within 3s \(input "timeout"\) and was stopped: /,
  );
});
