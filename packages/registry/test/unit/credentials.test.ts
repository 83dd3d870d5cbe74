import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  chainCredentials,
  configFilePaths,
  dockerConfigCredentials,
  DOCKER_HUB_SERVER_URL,
  explicitCredentials,
  parseConfigKey,
} from '../../src/index.js';

let dir: string;
let binDir: string;
let logFile: string;
let written: string[];
const stdoutWrite = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kra-credentials-'));
  binDir = join(dir, 'bin');
  logFile = join(dir, 'helper.log');
  await mkdir(binDir);
  // A fake docker-credential helper speaking the protocol: `get` with the server URL on stdin.
  const helper = [
    '#!/bin/sh',
    'read -r server',
    `echo "$1 $server" >> "${logFile}"`,
    'case "$server" in',
    '  helper.example) echo \'{"ServerURL":"helper.example","Username":"helper-user","Secret":"helper-secret-1"}\' ;;',
    `  ${DOCKER_HUB_SERVER_URL}) echo '{"ServerURL":"hub","Username":"<token>","Secret":"hub-identity-token"}' ;;`,
    '  store.example) echo \'{"ServerURL":"store.example","Username":"store-user","Secret":"store-secret-1"}\' ;;',
    '  broken.example) echo "keychain locked" >&2; exit 3 ;;',
    '  *) echo "credentials not found in native keychain"; exit 1 ;;',
    'esac',
  ].join('\n');
  await writeFile(join(binDir, 'docker-credential-test'), `${helper}\n`);
  await chmod(join(binDir, 'docker-credential-test'), 0o755);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  written = [];
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
});
afterEach(() => {
  process.stdout.write = stdoutWrite;
});

async function configIn(name: string, config: unknown): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return folder;
}

const env = (extra: Record<string, string>) => ({ PATH: `${binDir}${delimiter}${process.env.PATH}`, ...extra });
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('config keys', () => {
  test.each([
    ['https://index.docker.io/v1/', 'docker.io', ''],
    ['index.docker.io', 'docker.io', ''],
    ['registry-1.docker.io', 'docker.io', ''],
    ['http://127.0.0.1:5000', '127.0.0.1:5000', ''],
    ['https://ghcr.io/v2/', 'ghcr.io', ''],
    ['quay.io/acme', 'quay.io', 'acme'],
  ])('%s → %s %j', (key, host, path) => {
    expect(parseConfigKey(key)).toEqual({ host, path });
  });

  test('Docker config then podman auth file', () => {
    expect(configFilePaths({ DOCKER_CONFIG: '/d' }, '/home/u')).toEqual(['/d/config.json']);
    expect(configFilePaths({}, '/home/u')).toEqual(['/home/u/.docker/config.json']);
    expect(configFilePaths({ REGISTRY_AUTH_FILE: '/a.json', XDG_RUNTIME_DIR: '/run/u' }, '/h')).toEqual([
      '/h/.docker/config.json',
      '/a.json',
    ]);
    expect(configFilePaths({ XDG_RUNTIME_DIR: '/run/u' }, '/h')).toEqual([
      '/h/.docker/config.json',
      '/run/u/containers/auth.json',
    ]);
  });
});

describe('dockerConfigCredentials', () => {
  test('auths: base64 user:password, identitytoken, Docker Hub key forms, masked on read', async () => {
    const folder = await configIn('auths', {
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub-pass-1234') },
        'http://127.0.0.1:5000': { auth: b64('local:pass:with:colons') },
        'ghcr.io': { auth: b64('gh:ignored'), identitytoken: 'gh-identity-1234' },
        'quay.io/acme': { auth: b64('acme-bot:acme-pass-1') },
        'quay.io': { auth: b64('quay-user:quay-pass-1') },
      },
    });
    const store = dockerConfigCredentials({ env: env({ DOCKER_CONFIG: folder }) });
    expect(await store.get('docker.io')).toMatchObject({
      username: 'hubuser',
      password: 'hub-pass-1234',
      source: join(folder, 'config.json'),
    });
    expect(await store.get('index.docker.io')).toMatchObject({ username: 'hubuser' });
    expect(await store.get('127.0.0.1:5000')).toMatchObject({ username: 'local', password: 'pass:with:colons' });
    expect(await store.get('ghcr.io')).toMatchObject({ identityToken: 'gh-identity-1234', username: 'gh' });
    expect(await store.get('quay.io', 'acme/web')).toMatchObject({ username: 'acme-bot' });
    expect(await store.get('quay.io', 'other/web')).toMatchObject({ username: 'quay-user' });
    expect(await store.get('nowhere.example')).toBeUndefined();
    const masks = written.join('');
    expect(masks).toContain('::add-mask::hub-pass-1234');
    expect(masks).toContain('::add-mask::gh-identity-1234');
    expect(masks).toContain(`::add-mask::${b64('hubuser:hub-pass-1234')}`);
  });

  test('credHelpers and credsStore run docker-credential-<name> get with the server URL on stdin', async () => {
    const folder = await configIn('helpers', {
      auths: { 'fallback.example': { auth: b64('file-user:file-pass-1') } },
      credHelpers: { 'helper.example': 'test', 'docker.io': 'test', 'missing.example': 'test' },
      credsStore: 'test',
    });
    const store = dockerConfigCredentials({ env: env({ DOCKER_CONFIG: folder }) });
    expect(await store.get('helper.example')).toEqual({
      username: 'helper-user',
      password: 'helper-secret-1',
      source: 'docker-credential-test',
    });
    expect(await store.get('docker.io')).toEqual({
      identityToken: 'hub-identity-token',
      source: 'docker-credential-test',
    });
    expect(await store.get('store.example')).toEqual({
      username: 'store-user',
      password: 'store-secret-1',
      source: 'docker-credential-test',
    });
    // the store has nothing: the file's auths entry is used
    expect(await store.get('fallback.example')).toMatchObject({ username: 'file-user', password: 'file-pass-1' });
    expect(await store.get('missing.example')).toBeUndefined();
    await expect(store.get('broken.example')).rejects.toThrow(
      /^credential helper docker-credential-test \(named in .*config\.json\) failed for broken\.example \(exit 3\): keychain locked$/,
    );
    const { readFile } = await import('node:fs/promises');
    const log = await readFile(logFile, 'utf8');
    expect(log).toContain('get helper.example');
    expect(log).toContain(`get ${DOCKER_HUB_SERVER_URL}`);
    expect(written.join('')).toContain('::add-mask::helper-secret-1');
  });

  test('a helper that is not installed is named with what to do', async () => {
    const folder = await configIn('nohelper', { credsStore: 'does-not-exist' });
    const store = dockerConfigCredentials({ env: env({ DOCKER_CONFIG: folder }) });
    await expect(store.get('ghcr.io')).rejects.toThrow(
      /docker-credential-does-not-exist .* is not on PATH: install it, or remove it from the config file/,
    );
  });

  test('a malformed config file is named', async () => {
    const folder = await configIn('broken', '{"auths": {');
    const store = dockerConfigCredentials({ env: env({ DOCKER_CONFIG: folder }) });
    await expect(store.get('ghcr.io')).rejects.toThrow(
      new RegExp(`registry credentials file ${join(folder, 'config.json')} is not valid JSON`),
    );
  });

  test('podman auth file after the Docker config', async () => {
    const docker = await configIn('docker-empty', { auths: {} });
    const podmanFile = join(dir, 'podman-auth.json');
    await writeFile(podmanFile, JSON.stringify({ auths: { 'registry.lan:5000': { auth: b64('pod:pod-pass-1') } } }));
    const store = dockerConfigCredentials({ env: env({ DOCKER_CONFIG: docker, REGISTRY_AUTH_FILE: podmanFile }) });
    expect(await store.get('registry.lan:5000')).toMatchObject({
      username: 'pod',
      password: 'pod-pass-1',
      source: podmanFile,
    });
  });

  test('missing files are fine', async () => {
    const store = dockerConfigCredentials({ env: { DOCKER_CONFIG: join(dir, 'nothing-here') } });
    expect(await store.get('ghcr.io')).toBeUndefined();
  });
});

describe('explicit credentials and chains', () => {
  test('explicit credentials win, per registry or for all; masked at once', async () => {
    const folder = await configIn('chain', { auths: { 'ghcr.io': { auth: b64('file:file-pass-9') } } });
    const store = chainCredentials(
      explicitCredentials([{ registry: 'index.docker.io', username: 'in', password: 'input-pass-1' }]),
      dockerConfigCredentials({ env: env({ DOCKER_CONFIG: folder }) }),
    );
    expect(await store.get('docker.io')).toEqual({ username: 'in', password: 'input-pass-1', source: 'input' });
    expect(await store.get('ghcr.io')).toMatchObject({ username: 'file' });
    expect(written.join('')).toContain('::add-mask::input-pass-1');
    const withScheme = explicitCredentials([{ registry: 'https://GHCR.io/', username: 'gh', password: 'gh-pass-1' }]);
    expect(await withScheme.get('ghcr.io')).toMatchObject({ username: 'gh' });
    expect(await withScheme.get('quay.io')).toBeUndefined();
    const everywhere = explicitCredentials([{ username: 'all', password: 'all-pass-1' }]);
    expect(await everywhere.get('anything.example')).toMatchObject({ username: 'all' });
  });
});
