/**
 * Where registry credentials come from: explicit ones (action inputs), then the Docker
 * config file ($DOCKER_CONFIG/config.json or ~/.docker/config.json), then podman's auth
 * file ($REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json). A config file may
 * hold `auths` entries (base64 user:password in `auth`, or an `identitytoken`), or name
 * credential helpers (`credHelpers` per registry, `credsStore` for all), which are run
 * as `docker-credential-<name> get` with the server URL on stdin (argument array, no
 * shell). Every secret is masked the moment it is read.
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { maskSecret, UserError } from '@kra/core';
import { DOCKER_HUB, normaliseRegistry } from './reference.js';

export interface Credential {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (Docker's `identitytoken`), exchanged at the token realm by POST. */
  identityToken?: string;
  /** A bearer token to send as it is (Docker's `registrytoken`). */
  registryToken?: string;
  /** Where it came from, for messages: "input", "/home/u/.docker/config.json", "docker-credential-pass". */
  source: string;
}

export interface CredentialStore {
  /** The credential for a registry (as written in references), optionally for one repository in it. */
  get(registry: string, repository?: string): Promise<Credential | undefined>;
}

/** The server URL Docker files Docker Hub credentials under. */
export const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';

/** Reduces a config key ("https://index.docker.io/v1/", "http://host:5000", "quay.io/ns") to host and repository path. */
export function parseConfigKey(key: string): { host: string; path: string } {
  let rest = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  rest = rest.replace(/\/+$/, '');
  const slash = rest.indexOf('/');
  let host = slash === -1 ? rest : rest.slice(0, slash);
  let path = slash === -1 ? '' : rest.slice(slash + 1);
  if (/^v[12]$/.test(path)) path = '';
  host = normaliseRegistry(host.toLowerCase());
  return { host, path };
}

export interface ExplicitCredential {
  /** Registry host the credential is for; omitted = every registry. */
  registry?: string;
  username: string;
  password: string;
}

/** Credentials given directly (action inputs). Masks them at once. */
export function explicitCredentials(entries: ExplicitCredential[]): CredentialStore {
  for (const entry of entries) maskSecret(entry.password);
  return {
    async get(registry) {
      const wanted = normaliseRegistry(registry.toLowerCase());
      const entry =
        entries.find((candidate) => candidate.registry && parseConfigKey(candidate.registry).host === wanted) ??
        entries.find((candidate) => !candidate.registry);
      if (!entry || (!entry.username && !entry.password)) return undefined;
      return { username: entry.username, password: entry.password, source: 'input' };
    },
  };
}

/** Tries each store in turn. */
export function chainCredentials(...stores: Array<CredentialStore | undefined>): CredentialStore {
  return {
    async get(registry, repository) {
      for (const store of stores) {
        const found = await store?.get(registry, repository);
        if (found) return found;
      }
      return undefined;
    },
  };
}

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

interface ConfigFile {
  path: string;
  auths: Record<string, AuthEntry>;
  credHelpers: Record<string, string>;
  credsStore?: string;
}

export interface DockerConfigOptions {
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
  /** Runs a credential helper; replaceable in tests. */
  runHelper?: (helper: string, serverUrl: string, env: NodeJS.ProcessEnv) => Promise<HelperResult>;
}

export interface HelperResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The config files to read, in order: Docker's, then podman's. */
export function configFilePaths(env: NodeJS.ProcessEnv = process.env, homeDir = homedir()): string[] {
  const paths = [env.DOCKER_CONFIG ? join(env.DOCKER_CONFIG, 'config.json') : join(homeDir, '.docker', 'config.json')];
  if (env.REGISTRY_AUTH_FILE) paths.push(env.REGISTRY_AUTH_FILE);
  else if (env.XDG_RUNTIME_DIR) paths.push(join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
  return paths;
}

async function readConfig(path: string): Promise<ConfigFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw new UserError(`cannot read registry credentials from ${path}: ${(error as Error).message}`);
  }
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(
      `registry credentials file ${path} is not valid JSON (${(error as Error).message}): fix or remove it`,
      { file: path },
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(`registry credentials file ${path} must hold a JSON object with "auths"`, { file: path });
  }
  const object = parsed as Record<string, unknown>;
  const auths: Record<string, AuthEntry> = {};
  if (object.auths && typeof object.auths === 'object') {
    for (const [key, value] of Object.entries(object.auths as Record<string, unknown>)) {
      if (value && typeof value === 'object') {
        const entry = value as AuthEntry;
        // Mask the moment they are read.
        maskSecret(entry.auth);
        maskSecret(entry.password);
        maskSecret(entry.identitytoken);
        maskSecret(entry.registrytoken);
        auths[key] = entry;
      }
    }
  }
  const credHelpers: Record<string, string> = {};
  if (object.credHelpers && typeof object.credHelpers === 'object') {
    for (const [key, value] of Object.entries(object.credHelpers as Record<string, unknown>)) {
      if (typeof value === 'string' && value !== '') credHelpers[key] = value;
    }
  }
  const credsStore = typeof object.credsStore === 'string' && object.credsStore !== '' ? object.credsStore : undefined;
  return { path, auths, credHelpers, credsStore };
}

function decodeAuthEntry(entry: AuthEntry, source: string, key: string): Credential | undefined {
  if (entry.identitytoken) {
    let username = entry.username;
    if (!username && entry.auth) username = Buffer.from(entry.auth, 'base64').toString('utf8').split(':')[0];
    return { username, identityToken: entry.identitytoken, source };
  }
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) {
      throw new UserError(
        `registry credentials file ${source}: "auths"."${key}".auth is not base64 of user:password: log in again`,
        {
          file: source,
        },
      );
    }
    const password = decoded.slice(colon + 1);
    maskSecret(password);
    return { username: decoded.slice(0, colon), password, source };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password, source };
  return undefined;
}

/** Picks the most specific key for registry (and repository): exact host, longest repository prefix. */
function bestKey<T>(entries: Record<string, T>, registry: string, repository?: string): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const key of Object.keys(entries)) {
    const { host, path } = parseConfigKey(key);
    if (host !== registry) continue;
    if (path && !(repository && (repository === path || repository.startsWith(`${path}/`)))) continue;
    if (path.length > bestLength) {
      best = key;
      bestLength = path.length;
    }
  }
  return best;
}

/** Runs `docker-credential-<helper> get`, the server URL on stdin, no shell. */
export function runCredentialHelper(
  helper: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HelperResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(`docker-credential-${helper}`, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? 1, stdout, stderr });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(serverUrl);
  });
}

/** Credentials from the Docker and podman config files and the helpers they name. */
export function dockerConfigCredentials(options: DockerConfigOptions = {}): CredentialStore {
  const env = options.env ?? process.env;
  const runHelper = options.runHelper ?? runCredentialHelper;
  let files: Promise<ConfigFile[]> | undefined;
  const load = () =>
    (files ??= Promise.all(configFilePaths(env, options.homeDir ?? homedir()).map(readConfig)).then((all) =>
      all.filter((file): file is ConfigFile => file !== undefined),
    ));

  async function fromHelper(
    file: ConfigFile,
    helper: string,
    registry: string,
    key?: string,
  ): Promise<Credential | undefined> {
    const serverUrl = key ?? (registry === DOCKER_HUB ? DOCKER_HUB_SERVER_URL : registry);
    const where = `docker-credential-${helper} (named in ${file.path})`;
    let result: HelperResult;
    try {
      result = await runHelper(helper, serverUrl, env);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new UserError(
          `credential helper ${where} is not on PATH: install it, or remove it from the config file`,
          { file: file.path },
        );
      }
      throw new UserError(`credential helper ${where} could not be run for ${registry}: ${(error as Error).message}`);
    }
    if (result.exitCode !== 0) {
      if (/credentials not found/i.test(result.stdout + result.stderr)) return undefined;
      const reason = (result.stderr || result.stdout).trim().split(/\r?\n/)[0] ?? '';
      throw new UserError(
        `credential helper ${where} failed for ${registry} (exit ${result.exitCode}): ${reason || 'no message'}`,
      );
    }
    let answer: { Username?: unknown; Secret?: unknown };
    try {
      answer = JSON.parse(result.stdout) as { Username?: unknown; Secret?: unknown };
    } catch {
      throw new UserError(`credential helper ${where} gave an answer that is not JSON for ${registry}`);
    }
    const username = typeof answer.Username === 'string' ? answer.Username : '';
    const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
    maskSecret(secret);
    if (!secret) return undefined;
    if (username === '<token>') return { identityToken: secret, source: `docker-credential-${helper}` };
    return { username, password: secret, source: `docker-credential-${helper}` };
  }

  return {
    async get(registryInput, repository) {
      const registry = normaliseRegistry(registryInput.toLowerCase());
      for (const file of await load()) {
        const helperKey = bestKey(file.credHelpers, registry, repository);
        if (helperKey !== undefined) {
          const found = await fromHelper(
            file,
            file.credHelpers[helperKey],
            registry,
            registry === DOCKER_HUB ? undefined : helperKey,
          );
          if (found) return found;
        }
        const authKey = bestKey(file.auths, registry, repository);
        if (file.credsStore && helperKey === undefined) {
          const found = await fromHelper(file, file.credsStore, registry, authKey);
          if (found) return found;
        }
        if (authKey !== undefined) {
          const found = decodeAuthEntry(file.auths[authKey], file.path, authKey);
          if (found) return found;
        }
      }
      return undefined;
    },
  };
}

/** The usual order: explicit credentials (action inputs) first, then the Docker and podman config files. */
export function standardCredentials(
  explicit: ExplicitCredential[] = [],
  options: DockerConfigOptions = {},
): CredentialStore {
  return chainCredentials(
    explicit.length > 0 ? explicitCredentials(explicit) : undefined,
    dockerConfigCredentials(options),
  );
}
