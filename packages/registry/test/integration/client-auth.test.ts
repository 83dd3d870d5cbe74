import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dockerConfigCredentials,
  explicitCredentials,
  parseReference,
  RegistryClient,
  RegistryError,
} from '../../src/index.js';
import { pushRandomImage, startRegistry, testClient, type RunningRegistry } from '../support/index.js';

const quiet = { onWarning: () => undefined, onRetry: () => undefined, retry: { attempts: 2, baseDelayMs: 10 } };

async function expectRefused(
  promise: Promise<unknown>,
  registry: RunningRegistry,
  password: string | undefined,
): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RegistryError);
  const message = (error as Error).message;
  expect(message).not.toMatch(/\n/);
  expect(message.startsWith(`registry ${registry.host}: `)).toBe(true);
  if (password) expect(message).not.toContain(password);
  return message;
}

describe.each(['htpasswd', 'token'] as const)('%s auth', (mode) => {
  let registry: RunningRegistry;

  beforeAll(async () => {
    registry = await startRegistry({ auth: mode, users: { ci: 'right-password-123', reader: 'reader-password-123' } });
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('the right credentials push and pull', async () => {
    const client = testClient(registry);
    try {
      const pushed = await pushRandomImage(client, parseReference(`${registry.host}/shop/web:1`), {
        layers: 1,
        layerSize: 64,
      });
      const got = await client.getManifest(parseReference(`${registry.host}/shop/web:1`));
      expect(got.bytes.equals(pushed.bytes)).toBe(true);
      const stats = client.stats();
      // one challenge learned, then credentials sent from the start
      expect(stats.authChallenges).toBe(1);
      if (mode === 'token') {
        // tokens are cached per scope: pull,push for the pushes, reused for the pull
        expect(stats.byKind.token).toBe(1);
        expect(registry.tokenServer!.issued.every((issued) => issued.user === 'ci')).toBe(true);
      } else {
        expect(stats.byKind.token).toBeUndefined();
      }
    } finally {
      await client.close();
    }
  });

  test('a wrong password: one line naming the registry and the user, never the password', async () => {
    const client = new RegistryClient({
      ...quiet,
      credentials: explicitCredentials([{ username: 'ci', password: 'wrong-password-456' }]),
    });
    try {
      const message = await expectRefused(
        client.getManifest(parseReference(`${registry.host}/shop/web:1`)),
        registry,
        'wrong-password-456',
      );
      expect(message).toContain('refused for user "ci" (credentials from input)');
      expect(message).toMatch(/check the username and password/);
      expect(message).not.toContain('right-password-123');
    } finally {
      await client.close();
    }
  });

  test('no credentials: one line saying to log in', async () => {
    const client = new RegistryClient(quiet);
    try {
      const message = await expectRefused(
        client.headManifest(parseReference(`${registry.host}/shop/web:1`)),
        registry,
        undefined,
      );
      expect(message).toContain('refused for anonymous access');
      expect(message).toMatch(/give a username and password/);
      // Basic: the first request learns the challenge and with no credentials nothing better can be sent (no retry).
      // Bearer: one more request with an anonymous token, which is refused too. Never a loop.
      expect(client.stats().byKind.manifest).toBe(mode === 'token' ? 2 : 1);
    } finally {
      await client.close();
    }
  });

  test('credentials from a Docker config file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kra-docker-config-'));
    try {
      const auth = Buffer.from(`ci:${registry.users.ci}`).toString('base64');
      await writeFile(join(dir, 'config.json'), JSON.stringify({ auths: { [`http://${registry.host}`]: { auth } } }));
      const client = new RegistryClient({
        ...quiet,
        credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: dir } }),
      });
      try {
        expect(await client.headManifest(parseReference(`${registry.host}/shop/web:1`))).toBeDefined();
      } finally {
        await client.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('token auth: scopes and identity tokens', () => {
  let registry: RunningRegistry;
  beforeAll(async () => {
    registry = await startRegistry({
      auth: 'token',
      users: { ci: 'ci-password-123', reader: 'reader-password-123' },
      // "reader" may only pull
      tokenPolicy: (user, _type, _name, actions) =>
        user === 'ci' ? actions : user === 'reader' ? actions.filter((a) => a === 'pull') : [],
    });
    const client = testClient(registry);
    await pushRandomImage(client, parseReference(`${registry.host}/shop/web:1`), { layers: 1, layerSize: 64 });
    await client.close();
  });
  afterAll(async () => {
    await registry?.stop();
  });

  test('a pull-only user can read but its push is refused, in one line', async () => {
    const client = new RegistryClient({
      ...quiet,
      credentials: explicitCredentials([{ username: 'reader', password: 'reader-password-123' }]),
    });
    try {
      const manifest = await client.getManifest(parseReference(`${registry.host}/shop/web:1`));
      const message = await expectRefused(
        client.putManifest(parseReference(`${registry.host}/shop/web:2`), manifest),
        registry,
        'reader-password-123',
      );
      expect(message).toContain('manifest shop/web:2');
      expect(message).toMatch(
        /was refused for user "reader" \(credentials from input\): not allowed \(needs repository:shop\/web:[a-z,]*push[a-z,]*\) \(DENIED\): grant these credentials access/,
      );
      // the scopes asked for: pull for the read, pull,push for the write
      const scopes = registry
        .tokenServer!.issued.filter((issued) => issued.user === 'reader')
        .map((issued) => issued.scopes.join(' '));
      expect(scopes).toContain('repository:shop/web:pull');
      expect(scopes).toContain('repository:shop/web:pull,push');
    } finally {
      await client.close();
    }
  });

  test('an identity token (OAuth2 refresh token) is exchanged by POST', async () => {
    const client = new RegistryClient({
      ...quiet,
      credentials: { get: async () => ({ identityToken: registry.tokenServer!.identityToken, source: 'test' }) },
    });
    try {
      expect((await client.headManifest(parseReference(`${registry.host}/shop/web:1`)))?.digest).toMatch(/^sha256:/);
      expect(client.stats().byMethodAndKind['POST token']).toBe(1);
    } finally {
      await client.close();
    }
  });

  test('a mount asks for pull on the source and pull,push on the target in one token', async () => {
    const client = testClient({ username: 'ci', password: 'ci-password-123' });
    try {
      const source = parseReference(`${registry.host}/shop/web:1`);
      const manifest = await client.getManifest(source);
      const config = JSON.parse(manifest.bytes.toString()).config.digest as string;
      expect(await client.mountBlob(parseReference(`${registry.host}/shop/mounted`), config, source)).toBe(true);
      const last = registry.tokenServer!.issued.at(-1)!;
      expect(last.scopes).toEqual(['repository:shop/web:pull', 'repository:shop/mounted:pull,push']);
    } finally {
      await client.close();
    }
  });
});
