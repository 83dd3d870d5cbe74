// push-images, black-box: the bundled action run by local-runner, a private podman
// (vfs storage) holding images built FROM scratch, and the real CNCF registry in its
// three auth modes (none, htpasswd, token), plus a fault-injecting proxy.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionResult } from '@kra/local-runner';
import { parseReference, type RegistryClient } from '@kra/registry';
import { startPodman, type PodmanSandbox } from '../../../../packages/registry/test/support/podman.js';
import {
  startFaultProxy,
  startRegistry,
  testClient,
  type RunningRegistry,
} from '../../../../packages/registry/test/support/index.js';
import { captured, failure, images, run, SHORT, workspaceWith } from './harness.js';

const COMPOSE = `name: shop
services:
  web:
    build: ./web
    image: \${WEB_IMAGE:?set WEB_IMAGE}:dev
  worker:
    build:
      context: ./worker
  redis:
    image: redis:7-alpine
`;

let podman: PodmanSandbox;

beforeAll(async () => {
  podman = await startPodman();
  // What `docker compose build` would have left: web under its image: name, worker under <project>-<service>.
  await podman.buildScratch('acme/web:dev', 'web v1');
  await podman.buildScratch('shop-worker', 'worker v1');
});

afterAll(async () => {
  await podman?.stop();
});

async function digestOf(client: RegistryClient, reference: string): Promise<string | undefined> {
  return (await client.headManifest(parseReference(reference)))?.digest;
}

describe('push-images against a registry without auth', () => {
  let registry: RunningRegistry;
  let client: RegistryClient;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
    client = testClient(registry);
  });
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
  });

  test('pushes the built Compose services under <registry>/<prefix>/<name> with the default tags', async () => {
    const workspace = workspaceWith({ 'compose.yaml': COMPOSE, '.env': 'WEB_IMAGE=acme/web\n' });
    const result = await run('push-images', {
      workspace,
      env: podman.env,
      inputs: { registry: registry.host, 'repository-prefix': 'team' },
      github: { ref: 'refs/heads/feature/Login-Page' },
    });
    expect(failure(result)).toBe('');
    expect(result.exitCode).toBe(0);
    const pushed = images(result);
    const branchTag = `feature-Login-Page-${SHORT}`;
    expect(pushed.map((entry) => [entry.name, entry.repository, entry.tags])).toEqual([
      ['web', `${registry.host}/team/web`, [branchTag, `sha-${SHORT}`]],
      ['worker', `${registry.host}/team/worker`, [branchTag, `sha-${SHORT}`]],
    ]);
    for (const entry of pushed) {
      expect(entry.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
      expect(entry.ref).toBe(`${entry.repository}@${entry.digest}`);
      for (const tag of entry.tags) expect(await digestOf(client, `${entry.repository}:${tag}`)).toBe(entry.digest);
    }
    expect(pushed[0].digest).not.toBe(pushed[1].digest);
    expect(result.outputs.refs.split('\n')).toEqual(pushed.map((entry) => entry.ref));
    expect(result.log).toContain('skipping service redis (redis:7-alpine): third-party');
    expect(result.summary).toMatch(/^## push-images\n\n\| image \| repository \| tags \| digest \| from \|/);
    // Digests cut to 12 hex characters in the table, whole in the folded references; links to the commit and the run.
    const [table, folded] = result.summary.split('<details><summary>Whole references</summary>');
    for (const entry of pushed) {
      expect(table).toContain(`| \`${entry.digest.slice(0, 19)}\` |`);
      expect(table).not.toContain(entry.digest);
      expect(folded).toContain(entry.ref);
    }
    expect(table).toMatch(/\[commit \w+\]\(https:\/\/github\.com\/acme\/shop\/commit\/\w+\) · \[run\]\(/);
    expect(await client.listTags(registry.host, 'team/redis').catch(() => [])).toEqual([]);
  });

  test('a re-run gives the same digests; the services filter and a tags template list work', async () => {
    const workspace = workspaceWith({ 'docker-compose.yml': COMPOSE });
    const result = await run('push-images', {
      workspace,
      env: { ...podman.env, WEB_IMAGE: 'acme/web' },
      inputs: {
        registry: registry.host,
        'repository-prefix': 'team',
        services: 'web',
        tags: 'run-{{run-number}}\nedge\nsha-{{short-sha}}',
      },
      github: { run_number: '42' },
    });
    expect(failure(result)).toBe('');
    const [web] = images(result);
    expect(images(result)).toHaveLength(1);
    expect(web.tags).toEqual(['run-42', 'edge', `sha-${SHORT}`]);
    expect(await digestOf(client, `${registry.host}/team/web:feature-Login-Page-${SHORT}`)).toBe(web.digest);
  });

  test('include-third-party mirrors image:-only services into the registry, under registry/prefix', async () => {
    // As after `docker compose pull`: the third-party image is in the engine's storage.
    await podman.podman(['tag', 'shop-worker', 'docker.io/library/redis:7-alpine']);
    const workspace = workspaceWith({ 'compose.yaml': COMPOSE });
    const result = await run('push-images', {
      workspace,
      env: { ...podman.env, WEB_IMAGE: 'acme/web' },
      inputs: {
        registry: registry.host,
        'repository-prefix': 'mirror',
        'include-third-party': 'true',
        services: 'redis',
      },
    });
    expect(failure(result)).toBe('');
    const [redis] = images(result);
    expect(redis).toMatchObject({ name: 'redis', repository: `${registry.host}/mirror/redis` });
    expect(await digestOf(client, `${registry.host}/mirror/redis:sha-${SHORT}`)).toBe(redis.digest);
  });

  test('pull requests push pr-<number> tags', async () => {
    const result = await run('push-images', {
      env: podman.env,
      inputs: { images: 'shop-worker', registry: registry.host, 'repository-prefix': 'prs' },
      github: { ref: 'refs/pull/17/merge' },
      eventName: 'pull_request',
    });
    expect(failure(result)).toBe('');
    expect(images(result)[0].tags).toEqual([`pr-17-${SHORT}`, `sha-${SHORT}`]);
  });

  describe('bad input: one line, exit 1, nothing pushed', () => {
    const marker = join(tmpdir(), `kra-pwned-${process.pid}`);
    test.each([
      [
        'a shell metacharacter in a tag',
        { images: 'acme/web:dev', tags: `ok\n$(touch ${marker})` },
        /^Input "tags" has "\$\(touch .*\)": tag .* may only hold letters/,
      ],
      ['a backtick in a tag', { images: 'acme/web:dev', tags: 'ok\nx`id`' }, /^Input "tags" has "x`id`"/],
      [
        'a tag that is too long',
        { images: 'acme/web:dev', tags: `ok\n${'t'.repeat(129)}` },
        /is 129 characters, at most 128 are allowed/,
      ],
      [
        'an upper-case repository',
        { images: 'acme/web:dev\nacme/Web' },
        /^Input "images" has invalid image reference "acme\/Web": repository "acme\/Web" must be lower-case: write "acme\/web"/,
      ],
      [
        'an invalid reference',
        { images: 'acme/web:dev\nweb::1' },
        /^Input "images" has invalid image reference "web::1"/,
      ],
      ['an upper-case prefix', { images: 'acme/web:dev', prefix: 'Team' }, /^Input "repository-prefix" is "Team"/],
      [
        'a registry with a scheme',
        { images: 'acme/web:dev', registry: 'http://127.0.0.1:1' },
        /^Input "registry" is "http:\/\/127\.0\.0\.1:1"/,
      ],
      [
        'credentials for images bound to several registries',
        {
          images: 'localhost:1/acme/web:dev\nghcr.io/acme/api:1',
          registry: '',
          'repository-prefix': '',
          username: 'bot',
          password: 'pw-for-one-registry',
        },
        /^Input "username" is for one registry, but the images go to localhost:1, ghcr\.io: set registry/,
      ],
      [
        'both images and compose-file',
        { images: 'acme/web:dev', 'compose-file': 'compose.yaml' },
        /^Input "images" and compose-file are both set/,
      ],
    ])('%s', async (_name, given, message) => {
      const inputs: Record<string, string> = { registry: registry.host, 'repository-prefix': 'bad', ...given };
      if ('prefix' in given) {
        inputs['repository-prefix'] = given.prefix as string;
        delete inputs.prefix;
      }
      const result = await run('push-images', {
        env: podman.env,
        inputs,
        workspace: workspaceWith({ 'compose.yaml': COMPOSE }),
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toMatch(message);
      expect(failure(result).split('\n')).toHaveLength(1);
      expect(existsSync(marker)).toBe(false);
      expect(await digestOf(client, `${registry.host}/bad/web:ok`)).toBeUndefined();
      expect(await digestOf(client, `${registry.host}/bad/web:sha-${SHORT}`)).toBeUndefined();
    });

    test('a Compose syntax error names the file and line', async () => {
      const workspace = workspaceWith({ 'compose.yaml': 'services:\n  web:\n    build: .\n    image: [broken\n' });
      const result = await run('push-images', { workspace, env: podman.env, inputs: { registry: registry.host } });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toEqual([
        expect.objectContaining({ level: 'error', file: 'compose.yaml', line: expect.any(Number) }),
      ]);
      expect(failure(result)).toMatch(/^compose\.yaml:\d+: YAML syntax error: /);
    });

    test('an unresolved ${VAR:?} names the file, line and variable', async () => {
      const workspace = workspaceWith({ 'compose.yaml': COMPOSE });
      const result = await run('push-images', {
        workspace,
        env: podman.env,
        inputs: { registry: registry.host, 'repository-prefix': 'bad' },
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toBe(
        "compose.yaml:5: required variable WEB_IMAGE is missing a value: set WEB_IMAGE: set WEB_IMAGE in the step's env or in .env",
      );
      expect(await digestOf(client, `${registry.host}/bad/worker:sha-${SHORT}`)).toBeUndefined();
    });

    test('an image that was never built is named', async () => {
      const result = await run('push-images', {
        env: podman.env,
        inputs: { images: 'acme/never-built:1', registry: registry.host, 'repository-prefix': 'bad' },
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toMatch(
        /^never-built \(.*\/bad\/never-built\): podman tag acme\/never-built:1 .* failed \(exit \d+\): .*is acme\/never-built:1 built\?/,
      );
    });
  });
});

describe.each(['htpasswd', 'token'] as const)('push-images against a registry with %s auth', (auth) => {
  let registry: RunningRegistry;
  let client: RegistryClient;
  beforeAll(async () => {
    registry = await startRegistry({ auth });
    client = testClient(registry);
  });
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
  });

  test('logs in with --password-stdin, pushes, reads the digests with the credentials, logs out in post', async () => {
    const result = await run('push-images', {
      env: podman.env,
      inputs: {
        images: 'acme/web:dev\nshop-worker',
        registry: registry.host,
        'repository-prefix': 'auth',
        username: registry.username!,
        password: registry.password!,
      },
    });
    expect(failure(result)).toBe('');
    expect(result.exitCode).toBe(0);
    const pushed = images(result);
    expect(pushed.map((entry) => entry.repository)).toEqual([
      `${registry.host}/auth/web`,
      `${registry.host}/auth/shop-worker`,
    ]);
    for (const entry of pushed)
      for (const tag of entry.tags) expect(await digestOf(client, `${entry.repository}:${tag}`)).toBe(entry.digest);
    expect(result.masks).toContain(registry.password);
    expect(captured(result)).not.toContain(registry.password!);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.stdout).toContain(`logged out of ${registry.host}`);
    expect(readFileSync(podman.env.REGISTRY_AUTH_FILE, 'utf8')).not.toContain(registry.host);
  });

  test('wrong credentials: one line naming the registry, never the password, nothing pushed', async () => {
    const wrong = 'definitely-Wrong-password-42';
    const result = await run('push-images', {
      env: podman.env,
      inputs: {
        images: 'acme/web:dev',
        registry: registry.host,
        'repository-prefix': 'denied',
        username: registry.username!,
        password: wrong,
      },
    });
    expect(result.exitCode).toBe(1);
    expect(failure(result)).toContain(registry.host);
    expect(failure(result)).toMatch(/login/);
    expect(failure(result).split('\n')).toHaveLength(1);
    expect(captured(result)).not.toContain(wrong);
    expect(await digestOf(client, `${registry.host}/denied/web:sha-${SHORT}`)).toBeUndefined();
  });
});

describe('push-images with 20% of requests faulted', () => {
  test('every tag ends up at the right digest', async () => {
    const registry = await startRegistry({ auth: 'none' });
    const proxy = await startFaultProxy(registry.url, { rate: 0.2, seed: 11, retryAfterSeconds: 1, slowMs: 200 });
    const clean = testClient(registry);
    try {
      const result = await run('push-images', {
        env: podman.env,
        inputs: {
          images: 'acme/web:dev\nshop-worker',
          registry: proxy.host,
          'repository-prefix': 'faulty',
          'push-attempts': '25',
          concurrency: '2',
        },
      });
      expect(failure(result)).toBe('');
      expect(result.exitCode).toBe(0);
      expect(proxy.stats().injected).toBeGreaterThan(0);
      // The right digest: what the same local image gives when pushed straight, without faults.
      const expected: Record<string, string | undefined> = {};
      for (const [name, local] of [
        ['web', 'acme/web:dev'],
        ['shop-worker', 'shop-worker'],
      ]) {
        await podman.podman(['push', '--tls-verify=false', local, `${registry.host}/reference/${name}:direct`]);
        expected[name] = await digestOf(clean, `${registry.host}/reference/${name}:direct`);
      }
      expect(images(result).map((entry) => entry.digest)).toEqual([expected.web, expected['shop-worker']]);
      for (const entry of images(result)) {
        for (const tag of entry.tags) {
          // Read through a clean client, straight from the registry.
          expect(await digestOf(clean, `${registry.host}/faulty/${entry.name}:${tag}`)).toBe(entry.digest);
        }
      }
    } finally {
      await clean.close();
      await proxy.stop();
      await registry.stop();
    }
  });
});

describe('push-images when the registry refuses some writes: immutable tags first, and exactly what was written', () => {
  let registry: RunningRegistry;
  let clean: RegistryClient;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
    clean = testClient(registry);
  });
  afterAll(async () => {
    await clean?.close();
    await registry?.stop();
  });

  function notWritten(result: ActionResult): Array<{ repository: string; tag: string; reason: string }> {
    return JSON.parse(result.outputs['not-written-json']) as Array<{ repository: string; tag: string; reason: string }>;
  }

  test('a refused immutable tag: the moving tag listed first is never moved', async () => {
    const proxy = await startFaultProxy(registry.url, {
      rate: 0,
      intercept: ({ method, path }) =>
        method === 'PUT' && path === `/v2/order/web/manifests/main-${SHORT}`
          ? { status: 403, code: 'DENIED', message: 'tag policy: refused' }
          : undefined,
    });
    try {
      const result = await run('push-images', {
        env: podman.env,
        inputs: {
          images: 'acme/web:dev',
          registry: proxy.host,
          'repository-prefix': 'order',
          tags: 'edge\nsha-{{sha}}\n{{branch}}-{{sha}}',
        },
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result).split('\n')).toHaveLength(1);
      expect(failure(result)).toMatch(
        /^web \(.*\/order\/web\): registry .*: manifest order\/web:main-abcdef0 access denied \(DENIED\).* 1 tag\(s\) written, 2 not;/,
      );
      expect(images(result).map((entry) => [entry.name, entry.tags])).toEqual([['web', [`sha-${SHORT}`]]]);
      expect(notWritten(result).map((item) => [item.tag, item.reason])).toEqual([
        ['edge', expect.stringMatching(/^not written: .*\/order\/web failed first$/)],
        [`main-${SHORT}`, expect.stringContaining('access denied')],
      ]);
      expect(await digestOf(clean, `${registry.host}/order/web:sha-${SHORT}`)).toMatch(/^sha256:/);
      expect(await digestOf(clean, `${registry.host}/order/web:edge`)).toBeUndefined();
      expect(result.summary).toMatch(/^## push-images: failed\n/);
      expect(result.summary).toContain('`edge`: not written');
    } finally {
      await proxy.stop();
    }
  });

  test('one image pushed, another refused: outputs and summary list what was written and what was not', async () => {
    const proxy = await startFaultProxy(registry.url, {
      rate: 0,
      intercept: ({ path }) =>
        path.startsWith('/v2/partial/shop-worker/')
          ? { status: 403, code: 'DENIED', message: 'requested access to the resource is denied' }
          : undefined,
    });
    try {
      const result = await run('push-images', {
        env: podman.env,
        inputs: {
          images: 'acme/web:dev\nshop-worker',
          registry: proxy.host,
          'repository-prefix': 'partial',
          tags: 'sha-{{sha}}\nedge',
          'push-attempts': '1',
        },
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toMatch(
        /^shop-worker \(.*\/partial\/shop-worker\): podman push .* 403 \(Forbidden\) — 1 tag\(s\) written, 3 not;/,
      );
      const pushed = images(result);
      expect(pushed.map((entry) => [entry.name, entry.tags])).toEqual([['web', [`sha-${SHORT}`]]]);
      expect(result.outputs.images).toBe(`${proxy.host}/partial/web:sha-${SHORT}@${pushed[0].digest}`);
      expect(result.outputs['not-written'].split('\n')).toEqual([
        `${proxy.host}/partial/web:edge`,
        `${proxy.host}/partial/shop-worker:sha-${SHORT}`,
        `${proxy.host}/partial/shop-worker:edge`,
      ]);
      expect(await digestOf(clean, `${registry.host}/partial/web:sha-${SHORT}`)).toBe(pushed[0].digest);
      expect(await digestOf(clean, `${registry.host}/partial/web:edge`)).toBeUndefined();
      expect(result.summary).toContain(`\`sha-${SHORT}\``);
      expect(result.summary).toContain('1 tag(s) written, 3 not');
    } finally {
      await proxy.stop();
    }
  });
});
