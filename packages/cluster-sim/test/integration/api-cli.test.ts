/**
 * The cluster-sim CLI, as the README's main-job command runs it: starts, prints the URL
 * and the kubeconfig path, serves kubectl, and stops cleanly on SIGTERM. Bad flags fail
 * with one line naming the flag.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(process.cwd(), 'packages', 'cluster-sim', 'bin', 'cluster-sim.js');

function startCli(
  node: string,
  args: string[],
): Promise<{ child: ReturnType<typeof spawn>; url: string; kubeconfig: string; output: () => string }> {
  const child = spawn(node, [bin, 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the CLI did not start in time: ${output}`)), 90_000);
    child.on('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${output}`)));
    const poll = setInterval(() => {
      const url = output.match(/cluster-sim listening on (\S+)/)?.[1];
      const kubeconfig = output.match(/kubeconfig: (\S+)/)?.[1];
      if (url && kubeconfig) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ child, url, kubeconfig, output: () => output });
      }
    }, 50);
  });
}

function stop(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('cluster-sim CLI', () => {
  let dir: string;
  beforeAll(() => {
    const probe = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0)
      throw new Error(
        'kubectl is not on PATH: run `bash tools/build.sh` (it builds the pinned kubectl into .tmp/bin) and `source scripts/env.sh`',
      );
    dir = mkdtempSync(join(tmpdir(), 'cluster-sim-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('start --tls --rbac --nodes 2 --fault: serves kubectl, injects the fault, stops on SIGTERM', async () => {
    const kubeconfigPath = join(dir, 'out.yaml');
    const { child, url, kubeconfig, output } = await startCli(process.execPath, [
      '--port',
      '0',
      '--kubeconfig',
      kubeconfigPath,
      '--tls',
      '--rbac',
      '--nodes',
      '2',
      '--clock-speed',
      '10',
      '--fault',
      'verb=delete,resource=configmaps,status=500,times=1',
    ]);
    try {
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(kubeconfig).toBe(kubeconfigPath);
      expect(readFileSync(kubeconfigPath, 'utf8')).toContain('certificate-authority-data');
      const env = { PATH: process.env.PATH, HOME: dir, KUBECONFIG: kubeconfigPath };
      const nodes = execFileSync('kubectl', ['--request-timeout=20s', 'get', 'nodes', '-o', 'name'], {
        env,
        encoding: 'utf8',
      });
      expect(nodes).toBe('node/sim-node-1\nnode/sim-node-2\n');
      execFileSync('kubectl', ['--request-timeout=20s', 'create', 'configmap', 'c', '--from-literal=a=1'], {
        env,
        encoding: 'utf8',
      });
      const failed = spawnSync('kubectl', ['--request-timeout=20s', 'delete', 'configmap', 'c'], {
        env,
        encoding: 'utf8',
      });
      expect(failed.stderr.trim()).toBe('Error from server (InternalError): Internal error occurred: injected fault');
      expect(
        spawnSync('kubectl', ['--request-timeout=20s', 'delete', 'configmap', 'c'], { env, encoding: 'utf8' }).stdout,
      ).toBe('configmap "c" deleted from default namespace\n');
    } finally {
      expect(await stop(child)).toBe(0);
    }
    expect(output()).toContain('cluster-sim stopped');
  });

  test('runs under the system Node too (TypeScript transpiled on the fly)', async () => {
    const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p));
    if (!systemNode)
      throw new Error(
        'no system node found at /usr/bin/node or /usr/local/bin/node; install Node 20+ (apt-get install -y nodejs)',
      );
    const { child, url } = await startCli(systemNode, ['--port', '0']);
    try {
      const res = await fetch(`${url}/version`);
      expect(((await res.json()) as { gitVersion: string }).gitVersion).toMatch(/^v1\.37/);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  test('a bad flag fails with one line naming it', () => {
    const bad = spawnSync(process.execPath, [bin, 'start', '--nodes', 'many'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('cluster-sim: --nodes needs a number, got "many"\n');
    const badRule = spawnSync(process.execPath, [bin, 'start', '--fault', 'verb=get'], { encoding: 'utf8' });
    expect(badRule.status).toBe(2);
    expect(badRule.stderr).toContain("--fault 'verb=get': fault rule: say what to inject");
  });
});
