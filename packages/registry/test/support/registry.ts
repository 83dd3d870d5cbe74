/**
 * Runs the CNCF Distribution registry (`docker-registry serve <config.yml>`, Debian package
 * docker-registry) on 127.0.0.1 with a free port and a temp storage folder, in one of
 * three auth modes: none, htpasswd (bcrypt) or token (with startTokenServer).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { freePort, requireBinary, tempDir } from './process-tools.js';
import { startTokenServer, type TokenPolicy, type TokenServer } from './token-server.js';

export type RegistryAuthMode = 'none' | 'htpasswd' | 'token';

export interface StartRegistryOptions {
  auth?: RegistryAuthMode;
  /** Users for htpasswd and token modes; default one user "kra-test" with a random password. */
  users?: Record<string, string>;
  /** Token mode: what each user may do (default: users everything asked, anonymous nothing). */
  tokenPolicy?: TokenPolicy;
  /** Token mode: token lifetime in seconds (default 300). */
  tokenExpiresIn?: number;
}

export interface RunningRegistry {
  /** 127.0.0.1:PORT, the registry part of image references. */
  host: string;
  /** http://127.0.0.1:PORT */
  url: string;
  auth: RegistryAuthMode;
  /** The first user, for htpasswd and token modes. */
  username?: string;
  password?: string;
  users: Record<string, string>;
  /** Token mode only: the token server (issued tokens, refusals, identity token). */
  tokenServer?: TokenServer;
  /** The temp folder holding config, storage and keys (removed by stop()). */
  dir: string;
  /** The registry's stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

const INSTALL_HINT = 'docker-registry';

/**
 * Makes sure a registry never outlives the test process, even one killed by a signal: a
 * watchdog shell waits on a pipe from us and kills the registry when the pipe closes
 * (which the kernel does when we die). stop() closes the pipe itself.
 */
function guard(child: ChildProcess): () => void {
  const watchdog = spawn(
    'sh',
    ['-c', 'while read -r _; do :; done; kill "$1" 2>/dev/null', 'kra-registry-watchdog', String(child.pid)],
    {
      stdio: ['pipe', 'ignore', 'ignore'],
    },
  );
  watchdog.on('error', () => undefined);
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  return () => watchdog.stdin?.end();
}

function configYaml(options: { port: number; storage: string; auth: string }): string {
  return [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${options.storage}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${options.port}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
    options.auth,
    '',
  ].join('\n');
}

async function waitForRegistry(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null)
      throw new Error(
        `docker-registry exited with code ${exited} before answering: ${log().trim().split('\n').slice(-3).join(' | ')}`,
      );
    try {
      const response = await fetch(`${url}/v2/`);
      await response.arrayBuffer();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `docker-registry did not answer ${url}/v2/ within 20 s: ${log().trim().split('\n').slice(-3).join(' | ')}`,
  );
}

/** Starts a registry; resolves once /v2/ answers. Always call stop() (afterAll). */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<RunningRegistry> {
  requireBinary('docker-registry', INSTALL_HINT);
  const auth = options.auth ?? 'none';
  const dir = await tempDir('registry');
  const users = options.users ?? (auth === 'none' ? {} : { 'kra-test': randomBytes(12).toString('hex') });
  let tokenServer: TokenServer | undefined;
  let authYaml = '';
  if (auth === 'htpasswd') {
    const lines = Object.entries(users).map(([user, password]) => `${user}:${bcrypt.hashSync(password, 4)}`);
    await writeFile(join(dir, 'htpasswd'), `${lines.join('\n')}\n`);
    authYaml = ['auth:', '  htpasswd:', '    realm: kra-test-registry', `    path: ${join(dir, 'htpasswd')}`].join(
      '\n',
    );
  } else if (auth === 'token') {
    tokenServer = await startTokenServer({
      users,
      policy: options.tokenPolicy,
      expiresIn: options.tokenExpiresIn,
      service: 'kra-test-registry',
      issuer: 'kra-test-token-issuer',
      dir,
    });
    authYaml = [
      'auth:',
      '  token:',
      `    realm: ${tokenServer.realm}`,
      '    service: kra-test-registry',
      '    issuer: kra-test-token-issuer',
      `    rootcertbundle: ${tokenServer.certificatePath}`,
    ].join('\n');
  }

  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const port = await freePort();
    const configPath = join(dir, 'config.yml');
    await writeFile(configPath, configYaml({ port, storage: join(dir, 'storage'), auth: authYaml }));
    let stderr = '';
    const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    const release = guard(child);
    child.once('exit', release);
    // A forgotten stop() must not hold the test process open: the watchdog cleans up after it.
    child.unref();
    for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.();
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-20_000)));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-20_000)));
    const spawnError = new Promise<never>((_, reject) => child.once('error', reject));
    const url = `http://127.0.0.1:${port}`;
    try {
      await Promise.race([waitForRegistry(url, child, () => stderr), spawnError]);
    } catch (error) {
      lastError = error;
      child.kill('SIGKILL');
      if (/address already in use/i.test(stderr)) continue;
      await tokenServer?.stop();
      await rm(dir, { recursive: true, force: true });
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(
          `docker-registry is not installed: run "sudo apt-get install -y ${INSTALL_HINT}", then run the tests again`,
        );
      }
      throw error;
    }
    const [username] = Object.keys(users);
    return {
      host: `127.0.0.1:${port}`,
      url,
      auth,
      username,
      password: username === undefined ? undefined : users[username],
      users,
      tokenServer,
      dir,
      log: () => stderr,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await exited;
          clearTimeout(timer);
        }
        await tokenServer?.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  await tokenServer?.stop();
  await rm(dir, { recursive: true, force: true });
  throw lastError;
}
