// tag-release, black-box: the bundled action run by local-runner against the real CNCF
// registry (none, htpasswd, token), on images pushed by the push-images bundle from a
// private podman and on a multi-arch index built with `podman manifest`.
import { parseReference, type RegistryClient } from '@kra/registry';
import type { ActionResult } from '@kra/local-runner';
import { startPodman, type PodmanSandbox } from '../../../../packages/registry/test/support/podman.js';
import {
  pushIndex,
  pushRandomImage,
  startFaultProxy,
  startRegistry,
  testClient,
  type RunningRegistry,
} from '../../../../packages/registry/test/support/index.js';
import {
  captured,
  failure,
  images,
  run,
  SHA,
  SHORT,
  workspaceWith,
} from '../../../push-images/test/integration/harness.js';

const COMPOSE = `name: shop
services:
  web:
    build: ./web
    image: \${REGISTRY}/shop/web
  worker:
    build: ./worker
    image: \${REGISTRY}/shop/worker
  redis:
    image: redis:7-alpine
`;

function release(tag: string, prerelease = false) {
  return {
    eventName: 'release',
    event: { action: 'published', release: { tag_name: tag, prerelease } },
    github: { ref: `refs/tags/${tag}`, sha: SHA },
  };
}

let podman: PodmanSandbox;
beforeAll(async () => {
  podman = await startPodman();
});
afterAll(async () => {
  await podman?.stop();
});

async function digestOf(client: RegistryClient, reference: string): Promise<string | undefined> {
  return (await client.headManifest(parseReference(reference)))?.digest;
}

function ok(result: ActionResult): void {
  expect(failure(result)).toBe('');
  expect(result.exitCode).toBe(0);
}

describe('tag-release on a registry without auth', () => {
  let registry: RunningRegistry;
  let client: RegistryClient;
  let workspace: string;
  let pushed: Array<{ name: string; repository: string; digest: string }>;

  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
    client = testClient(registry);
    await podman.buildScratch(`${registry.host}/shop/web`, 'web 1.4');
    await podman.buildScratch(`${registry.host}/shop/worker`, 'worker 1.4');
    workspace = workspaceWith({ 'compose.yaml': COMPOSE });
    // CI: push-images pushes what docker compose built.
    const push = await run('push-images', {
      workspace,
      env: { ...podman.env, REGISTRY: registry.host },
      inputs: { registry: registry.host },
    });
    ok(push);
    pushed = images(push);
  });
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
  });

  test('the chain: push-images → tag-release adds 1.4.0, 1.4, 1, latest to the very same digests', async () => {
    const push = { images: JSON.stringify(pushed) };
    const result = await run('tag-release', { workspace, inputs: push, ...release('v1.4.0') });
    ok(result);
    expect(result.outputs).toMatchObject({ version: '1.4.0', prerelease: 'false', environment: 'production' });
    const released = images(result);
    expect(released.map((entry) => [entry.name, entry.repository, entry.digest])).toEqual(
      pushed.map((entry) => [entry.name, entry.repository, entry.digest]),
    );
    for (const entry of released) {
      // The release's tags first (k8s-deploy pins the version tag), then the CI tags.
      expect(entry.tags).toEqual(['1.4.0', '1.4', '1', 'latest', `main-${SHORT}`, `sha-${SHORT}`]);
      expect(entry.ref).toBe(`${entry.repository}@${entry.digest}`);
      for (const tag of entry.tags) expect(await digestOf(client, `${entry.repository}:${tag}`)).toBe(entry.digest);
    }
    expect(result.outputs.refs.split('\n')).toEqual(released.map((entry) => entry.ref));
    expect(result.outputs.images.split('\n')).toEqual(
      released.map((entry) => `${entry.repository}:1.4.0@${entry.digest}`),
    );
    expect(result.outputs['written'].split('\n')).toHaveLength(8);
    expect(result.outputs['not-written']).toBe('');
    expect(result.summary).toMatch(
      /^## tag-release v1\.4\.0 · version `1\.4\.0` · environment `production`\n\n\| image \| repository \| digest \| tags \| not written \|/,
    );
    // Digests cut to 12 hex characters in the table, whole in the folded references; links to the commit and the run.
    const [table, folded] = result.summary.split('<details><summary>Whole references</summary>');
    for (const entry of released) {
      expect(table).toContain(`| \`${entry.digest.slice(0, 19)}\` |`);
      expect(table).not.toContain(entry.digest);
      expect(folded).toContain(entry.ref);
    }
    expect(table).toMatch(/\[commit \w+\]\(https:\/\/github\.com\/acme\/shop\/commit\/\w+\) · \[run\]\(/);
    // 2 images: 2 GET + 8 HEAD + 8 PUT + 2 tag lists, and 2 more to check no higher release came meanwhile.
    expect(result.log).toMatch(/registry requests: 22 \(/);
  });

  test('a re-run is a no-op: nothing is written', async () => {
    const result = await run('tag-release', {
      workspace,
      inputs: { images: JSON.stringify(pushed) },
      ...release('v1.4.0'),
    });
    ok(result);
    expect(result.log).toContain('every tag already there');
    expect(result.log).not.toMatch(/PUT manifest/);
  });

  test('a hotfix v1.3.9 after v1.4.0 gets 1.3.9 and 1.3 but not 1 or latest', async () => {
    await podman.buildScratch(`${registry.host}/shop/web`, 'web 1.3.9');
    await podman.buildScratch(`${registry.host}/shop/worker`, 'worker 1.3.9');
    const hotfixSha = '1111111222222233333334444444555555566666';
    const push = await run('push-images', {
      workspace,
      env: { ...podman.env, REGISTRY: registry.host },
      inputs: { registry: registry.host },
      github: { sha: hotfixSha, ref: 'refs/heads/release-1.3' },
    });
    ok(push);
    const hotfix = images(push);
    // By Compose file and source tag this time, as a release workflow does.
    const result = await run('tag-release', {
      workspace,
      env: { REGISTRY: registry.host },
      inputs: { registry: registry.host },
      ...release('v1.3.9'),
      github: { sha: hotfixSha, ref: 'refs/tags/v1.3.9' },
    });
    ok(result);
    for (const [index, entry] of images(result).entries()) {
      expect(entry.digest).toBe(hotfix[index].digest);
      expect(entry.tags).toEqual(['1.3.9', '1.3', 'sha-1111111']);
      expect(await digestOf(client, `${entry.repository}:1.3.9`)).toBe(hotfix[index].digest);
      expect(await digestOf(client, `${entry.repository}:latest`)).toBe(pushed[index].digest);
      expect(await digestOf(client, `${entry.repository}:1`)).toBe(pushed[index].digest);
    }
    expect(result.log).toContain(
      `not moving latest on ${registry.host}/shop/web: ${registry.host}/shop/web already has 1.4.0, a higher release`,
    );
  });

  test('a pre-release gets only its version and maps to staging', async () => {
    const result = await run('tag-release', {
      workspace,
      inputs: { images: JSON.stringify(pushed) },
      ...release('v1.5.0-rc.1'),
    });
    ok(result);
    expect(result.outputs).toMatchObject({ version: '1.5.0-rc.1', prerelease: 'true', environment: 'staging' });
    for (const [index, entry] of images(result).entries()) {
      expect(entry.tags).toEqual(['1.5.0-rc.1', `main-${SHORT}`, `sha-${SHORT}`]);
      expect(await digestOf(client, `${entry.repository}:latest`)).toBe(pushed[index].digest);
    }
  });

  test('release.prerelease in the event makes a plain version a pre-release', async () => {
    const result = await run('tag-release', {
      workspace,
      inputs: { images: JSON.stringify(pushed) },
      ...release('v1.6.0', true),
    });
    ok(result);
    expect(result.outputs).toMatchObject({ prerelease: 'true', environment: 'staging' });
    expect(images(result)[0].tags).toEqual(['1.6.0', `main-${SHORT}`, `sha-${SHORT}`]);
  });

  test('a multi-arch index is tagged byte for byte, and promoted to another registry with the same digest', async () => {
    await podman.pushManifestList('multi', `${registry.host}/shop/multi:sha-${SHORT}`);
    const index = await client.getManifest(parseReference(`${registry.host}/shop/multi:sha-${SHORT}`));
    expect(index.mediaType).toMatch(/index|manifest\.list/);
    const result = await run('tag-release', {
      inputs: { images: `${registry.host}/shop/multi`, tags: '{{version}}\nlatest' },
      ...release('v2.0.0'),
    });
    ok(result);
    const [entry] = images(result);
    expect(entry.digest).toBe(index.digest);
    const copy = await client.getManifest(parseReference(`${registry.host}/shop/multi:2.0.0`));
    expect(copy.bytes.equals(index.bytes)).toBe(true);

    const other = await startRegistry({ auth: 'none' });
    const otherClient = testClient(other);
    try {
      const promoted = await run('tag-release', {
        inputs: {
          images: `${registry.host}/shop/multi@${index.digest}`,
          'target-registry': other.host,
          'target-repository-prefix': 'prod',
          tags: '{{version}}',
        },
        ...release('v2.0.0'),
      });
      ok(promoted);
      expect(images(promoted)).toEqual([
        {
          name: 'multi',
          repository: `${other.host}/prod/multi`,
          tags: ['2.0.0'],
          digest: index.digest,
          ref: `${other.host}/prod/multi@${index.digest}`,
        },
      ]);
      const there = await otherClient.getManifest(parseReference(`${other.host}/prod/multi:2.0.0`));
      expect(there.bytes.equals(index.bytes)).toBe(true);
      const children = (JSON.parse(index.bytes.toString('utf8')) as { manifests: Array<{ digest: string }> }).manifests;
      for (const child of children)
        expect(await digestOf(otherClient, `${other.host}/prod/multi@${child.digest}`)).toBe(child.digest);
    } finally {
      await otherClient.close();
      await other.stop();
    }
  });

  test('environments map the release; environment-tag points a moving tag at it', async () => {
    const inputs = {
      images: JSON.stringify(pushed),
      environments: 'v1.4.*=production-eu\nprerelease=staging\nrelease=production',
      'environment-tag': '{{environment}}',
      tags: '{{version}}',
    };
    const result = await run('tag-release', { workspace, inputs, ...release('v1.4.0') });
    ok(result);
    expect(result.outputs.environment).toBe('production-eu');
    for (const [index, entry] of images(result).entries()) {
      expect(entry.tags).toContain('production-eu');
      expect(await digestOf(client, `${entry.repository}:production-eu`)).toBe(pushed[index].digest);
    }
  });

  describe('bad input: one line, exit 1, nothing written', () => {
    test.each(['v1.2', '1.2.3.4', 'release-5'])('version %s is not semver', async (version) => {
      const result = await run('tag-release', { workspace, inputs: { images: JSON.stringify(pushed), version } });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toBe(
        `Input "version" is "${version}", which is not a semantic version: use MAJOR.MINOR.PATCH such as v1.4.0 or 1.5.0-rc.1 (a "v" in front is fine)`,
      );
      expect(await digestOf(client, `${pushed[0].repository}:${version}`)).toBeUndefined();
    });

    test('a source tag missing from the registry names the image and input; the other image gets nothing', async () => {
      const result = await run('tag-release', {
        inputs: {
          images: `${registry.host}/shop/web\n${registry.host}/shop/nothing-here`,
          version: 'v3.0.0',
          'source-tag': `sha-${SHORT}`,
        },
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toBe(
        `registry ${registry.host}: ${registry.host}/shop/nothing-here has no source tag "sha-${SHORT}" (input "images" line 2): push the image first (push-images), or set source-tag to a tag that exists`,
      );
      expect(await digestOf(client, `${registry.host}/shop/web:3.0.0`)).toBeUndefined();
    });

    test.each([
      [
        'a tag with shell metacharacters',
        { tags: '{{version}}\n$(reboot)' },
        /^Input "tags" has "\$\(reboot\)": tag "\$\(reboot\)" may only hold/,
      ],
      [
        'an environment-tag that is not a tag',
        { 'environment-tag': 'prod env' },
        /^Input "environment-tag" is "prod env": tag "prod env" may only hold/,
      ],
      [
        'an upper-case repository',
        { images: `${'127.0.0.1:1'}/Shop/web` },
        /^Input "images" line 1 has invalid image reference "127\.0\.0\.1:1\/Shop\/web": repository "Shop\/web" must be lower-case/,
      ],
      [
        'a malformed environments rule',
        { environments: 'production' },
        /^Input "environments" has "production": write one rule a line as pattern=environment/,
      ],
      [
        'a source-tag template that is not a tag',
        { images: `${'127.0.0.1:1'}/shop/web`, 'source-tag': 'sha {{short-sha}}' },
        /^Input "source-tag" gives "sha abcdef0": tag "sha abcdef0" may only hold/,
      ],
    ])('%s', async (_name, given, message) => {
      const result = await run('tag-release', {
        workspace,
        inputs: { images: JSON.stringify(pushed), version: 'v4.0.0', ...given },
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result)).toMatch(message);
      expect(failure(result).split('\n')).toHaveLength(1);
      expect(await digestOf(client, `${pushed[0].repository}:4.0.0`)).toBeUndefined();
    });
  });
});

describe.each(['htpasswd', 'token'] as const)('tag-release on a registry with %s auth', (auth) => {
  let registry: RunningRegistry;
  let client: RegistryClient;
  let index: { digest: string };
  beforeAll(async () => {
    registry = await startRegistry({ auth });
    client = testClient(registry);
    index = await pushIndex(client, parseReference(`${registry.host}/shop/api:sha-${SHORT}`));
  });
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
  });

  test('re-tags with the given credentials, and never shows the password', async () => {
    const result = await run('tag-release', {
      inputs: { images: `${registry.host}/shop/api`, username: registry.username!, password: registry.password! },
      ...release('v1.0.0'),
    });
    ok(result);
    expect(images(result)[0]).toMatchObject({
      digest: index.digest,
      tags: ['1.0.0', '1.0', '1', 'latest', `sha-${SHORT}`],
    });
    for (const tag of ['1.0.0', '1.0', '1', 'latest'])
      expect(await digestOf(client, `${registry.host}/shop/api:${tag}`)).toBe(index.digest);
    expect(captured(result)).not.toContain(registry.password!);
  });

  test('wrong credentials: one line naming the registry, never the password, nothing written', async () => {
    const wrong = 'Not-the-password-0987';
    const result = await run('tag-release', {
      inputs: {
        images: `${registry.host}/shop/api`,
        username: registry.username!,
        password: wrong,
        tags: '{{version}}',
      },
      ...release('v9.0.0'),
    });
    expect(result.exitCode).toBe(1);
    expect(failure(result)).toMatch(new RegExp(`^registry ${registry.host.replace(/\./g, '\\.')}: `));
    expect(failure(result).split('\n')).toHaveLength(1);
    expect(captured(result)).not.toContain(wrong);
    expect(await digestOf(client, `${registry.host}/shop/api:9.0.0`)).toBeUndefined();
  });
});

describe('tag-release with 20% of requests faulted', () => {
  test('every tag ends up at the right digest', async () => {
    const registry = await startRegistry({ auth: 'none' });
    const clean = testClient(registry);
    const proxy = await startFaultProxy(registry.url, { rate: 0.2, seed: 5, retryAfterSeconds: 1, slowMs: 200 });
    try {
      const names = ['a', 'b', 'c', 'd'];
      const digests: Record<string, string> = {};
      for (const name of names)
        digests[name] = (await pushIndex(clean, parseReference(`${registry.host}/f/${name}:sha-${SHORT}`))).digest;
      const result = await run('tag-release', {
        inputs: { images: names.map((name) => `${proxy.host}/f/${name}`).join('\n') },
        ...release('v1.2.3'),
      });
      ok(result);
      expect(proxy.stats().injected).toBeGreaterThan(0);
      for (const name of names) {
        for (const tag of ['1.2.3', '1.2', '1', 'latest'])
          expect(await digestOf(clean, `${registry.host}/f/${name}:${tag}`)).toBe(digests[name]);
      }
    } finally {
      await proxy.stop();
      await clean.close();
      await registry.stop();
    }
  });
});

describe('tag-release keeps a release whole: races, failures, environment-tag', () => {
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

  test('two releases racing, v1.3.9 writing last: latest and 1 end on v1.4.0', async () => {
    const hotfix = await pushRandomImage(clean, parseReference(`${registry.host}/race/app:sha-1111111`));
    const current = await pushRandomImage(clean, parseReference(`${registry.host}/race/app:sha-2222222`));
    // The registry answers v1.3.9's writes of latest and 1 only once v1.4.0 is released.
    let held!: () => void;
    const arrived = new Promise<void>((resolve) => (held = resolve));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const proxy = await startFaultProxy(registry.url, {
      rate: 0,
      intercept: ({ method, path }) => {
        if (method !== 'PUT' || !/\/race\/app\/manifests\/(latest|1)$/.test(path)) return undefined;
        held();
        return gate;
      },
    });
    try {
      const slow = run('tag-release', {
        inputs: { images: `${proxy.host}/race/app@${hotfix.digest}` },
        ...release('v1.3.9'),
      });
      await arrived;
      const fast = await run('tag-release', {
        inputs: { images: `${registry.host}/race/app@${current.digest}` },
        ...release('v1.4.0'),
      });
      ok(fast);
      open();
      const late = await slow;
      ok(late);
      expect(await digestOf(clean, `${registry.host}/race/app:latest`)).toBe(current.digest);
      expect(await digestOf(clean, `${registry.host}/race/app:1`)).toBe(current.digest);
      expect(await digestOf(clean, `${registry.host}/race/app:1.4`)).toBe(current.digest);
      expect(await digestOf(clean, `${registry.host}/race/app:1.3`)).toBe(hotfix.digest);
      expect(await digestOf(clean, `${registry.host}/race/app:1.3.9`)).toBe(hotfix.digest);
      // The late run says so, and does not claim latest or 1.
      expect(images(late)[0].tags).toEqual(['1.3.9', '1.3']);
      expect(late.log).toMatch(/not moving latest on .*race\/app: 1\.4\.0 was released meanwhile, a higher release/);
    } finally {
      open();
      await proxy.stop();
    }
  });

  test('environment-tag: latest follows the rule of latest: a hotfix v1.9.9 after v2.0.0 leaves it on v2.0.0', async () => {
    const two = await pushRandomImage(clean, parseReference(`${registry.host}/env/app:sha-2000000`));
    const hotfix = await pushRandomImage(clean, parseReference(`${registry.host}/env/app:sha-1999999`));
    ok(
      await run('tag-release', { inputs: { images: `${registry.host}/env/app@${two.digest}` }, ...release('v2.0.0') }),
    );
    const result = await run('tag-release', {
      inputs: {
        images: `${registry.host}/env/app@${hotfix.digest}`,
        tags: '{{version}}',
        'environment-tag': 'latest',
      },
      ...release('v1.9.9'),
    });
    ok(result);
    expect(await digestOf(clean, `${registry.host}/env/app:latest`)).toBe(two.digest);
    expect(await digestOf(clean, `${registry.host}/env/app:1.9.9`)).toBe(hotfix.digest);
    expect(images(result)[0].tags).toEqual(['1.9.9']);
    expect(result.log).toContain('not moving latest on');
  });

  test('a refused version tag moves no moving tag, of that image or any other; outputs and summary say what was written', async () => {
    const api = await pushRandomImage(clean, parseReference(`${registry.host}/whole/api:sha-${SHORT}`));
    const web = await pushRandomImage(clean, parseReference(`${registry.host}/whole/web:sha-${SHORT}`));
    const proxy = await startFaultProxy(registry.url, {
      rate: 0,
      intercept: ({ method, path }) =>
        method === 'PUT' && path === '/v2/whole/api/manifests/1.4.0'
          ? { status: 403, code: 'DENIED', message: 'requested access to the resource is denied' }
          : undefined,
    });
    try {
      const result = await run('tag-release', {
        inputs: { images: `${proxy.host}/whole/api@${api.digest}\n${proxy.host}/whole/web@${web.digest}` },
        ...release('v1.4.0'),
      });
      expect(result.exitCode).toBe(1);
      expect(failure(result).split('\n')).toHaveLength(1);
      expect(failure(result)).toMatch(
        /^api \(.*\/whole\/api\): registry .*: manifest whole\/api:1\.4\.0 access denied \(DENIED\).* — 1 tag\(s\) written, 7 not; the summary and the not-written output list them$/,
      );
      for (const tag of ['1.4.0', '1.4', '1', 'latest'])
        expect(await digestOf(clean, `${registry.host}/whole/api:${tag}`)).toBeUndefined();
      expect(await digestOf(clean, `${registry.host}/whole/web:1.4.0`)).toBe(web.digest);
      for (const tag of ['1.4', '1', 'latest'])
        expect(await digestOf(clean, `${registry.host}/whole/web:${tag}`)).toBeUndefined();
      expect(result.outputs.written).toBe(`${proxy.host}/whole/web:1.4.0`);
      const notWritten = JSON.parse(result.outputs['not-written-json']) as Array<{
        repository: string;
        tag: string;
        reason: string;
      }>;
      expect(notWritten.map((item) => `${item.repository.replace(proxy.host, 'R')}:${item.tag}`)).toEqual([
        'R/whole/api:1.4.0',
        'R/whole/api:1.4',
        'R/whole/api:1',
        'R/whole/api:latest',
        'R/whole/web:1.4',
        'R/whole/web:1',
        'R/whole/web:latest',
      ]);
      expect(notWritten[0].reason).toContain('access denied');
      expect(notWritten[1].reason).toMatch(/^not written: .*\/whole\/api failed first$/);
      expect(images(result).map((entry) => [entry.name, entry.tags])).toEqual([
        ['api', []],
        ['web', ['1.4.0']],
      ]);
      expect(result.summary).toMatch(
        /^## tag-release v1\.4\.0: failed · version `1\.4\.0` · environment `production`\n/,
      );
      expect(result.summary).toContain('`1.4.0`: registry');
    } finally {
      await proxy.stop();
    }
  });

  test('a workflow that still reads fromJSON(images) is told where the JSON went', async () => {
    const app = await pushRandomImage(clean, parseReference(`${registry.host}/warn/app:sha-${SHORT}`));
    const workspace = workspaceWith({
      '.github/workflows/release.yml': [
        'jobs:',
        '  release:',
        '    steps:',
        '      - id: release',
        '        uses: kube-release/kube-release-actions/actions/tag-release@v1',
        "      - run: echo '${{ toJSON(fromJSON(steps.release.outputs.images)[0].digest) }}'",
        '',
      ].join('\n'),
    });
    const result = await run('tag-release', {
      workspace,
      env: {
        GITHUB_ACTION: 'release',
        GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/release.yml@refs/tags/v1.0.0',
      },
      inputs: { images: `${registry.host}/warn/app@${app.digest}`, tags: '{{version}}' },
      ...release('v1.0.0'),
    });
    ok(result);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message:
          'Output "images" of step "release" is newline text now (one rule for every list output): read fromJSON(steps.release.outputs.images-json) for the JSON',
      }),
    );
  });
});
