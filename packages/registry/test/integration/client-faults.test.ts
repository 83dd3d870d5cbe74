import { parseReference } from '../../src/index.js';
import {
  pushIndex,
  pushRandomImage,
  startFaultProxy,
  startRegistry,
  testClient,
  type FaultProxy,
  type RunningRegistry,
} from '../support/index.js';

let registry: RunningRegistry;
let proxy: FaultProxy;

beforeAll(async () => {
  registry = await startRegistry({ auth: 'none' });
  proxy = await startFaultProxy(registry.url, {
    rate: 0.2,
    faults: ['500', '503', '429', 'reset', 'slow'],
    retryAfterSeconds: 1,
    slowMs: 100,
    seed: 20,
  });
});
afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
});

test('with 20% of requests faulted (5xx, 429 + Retry-After, resets, slow), pushes, copies and tags end with the right content', async () => {
  const retries: string[] = [];
  const client = testClient(registry, { onRetry: (line) => retries.push(line), concurrency: 4 });
  const direct = testClient(registry);
  try {
    const at = (text: string) => parseReference(`${proxy.host}/${text}`);
    const index = await pushIndex(client, at('shop/web:sha-abc1234'), { layerSize: 20_000 });
    const single = await pushRandomImage(client, at('shop/worker:sha-abc1234'), { layers: 2, layerSize: 20_000 });

    await client.copyImage(at('shop/web:sha-abc1234'), at('shop/web'), ['1.4.0', '1.4', '1']);
    await client.copyImage(at('shop/worker:sha-abc1234'), at('shop/worker'), ['1.4.0', '1.4', '1']);
    await client.copyImage(at('shop/web:sha-abc1234'), at('prod/web'), ['1.4.0']);
    const tags = (await client.listTags(proxy.host, 'shop/web')).sort();
    expect(tags).toEqual(['1', '1.4', '1.4.0', 'sha-abc1234']);

    // Checked straight at the registry, without the proxy: every tag points at the right bytes.
    const expectations: Array<[string, string, Buffer]> = [];
    for (const tag of ['sha-abc1234', '1.4.0', '1.4', '1']) {
      expectations.push(
        [`shop/web:${tag}`, index.digest, index.bytes],
        [`shop/worker:${tag}`, single.digest, single.bytes],
      );
    }
    expectations.push([`prod/web:1.4.0`, index.digest, index.bytes]);
    for (const [name, digest, bytes] of expectations) {
      const manifest = await direct.getManifest(parseReference(`${registry.host}/${name}`));
      expect({ name, digest: manifest.digest }).toEqual({ name, digest });
      expect(manifest.bytes.equals(bytes)).toBe(true);
    }
    for (const child of index.children) {
      for (const blob of [child.config, ...child.layers]) {
        expect(await direct.headBlob(parseReference(`${registry.host}/prod/web`), blob.digest)).toEqual({
          digest: blob.digest,
          size: blob.size,
        });
      }
    }

    const faults = proxy.stats();
    expect(faults.injected).toBeGreaterThan(5);
    expect(faults.injected / faults.requests).toBeGreaterThan(0.1);
    for (const kind of ['500', '503', '429', 'reset', 'slow'] as const) expect(faults.faults[kind]).toBeGreaterThan(0);
    const stats = client.stats();
    // every fault but 'slow' cost one retry; nothing more
    expect(stats.retries).toBe(faults.injected - faults.faults.slow);
    expect(retries.length).toBe(stats.retries);
    expect(stats.requests).toBe(faults.requests);
  } finally {
    await Promise.all([client.close(), direct.close()]);
  }
});

test('token auth, refused mounts and 20% faults: streamed copies still land byte for byte', async () => {
  const secured = await startRegistry({ auth: 'token' });
  const faulty = await startFaultProxy(secured.url, {
    rate: 0.2,
    retryAfterSeconds: 1,
    slowMs: 100,
    seed: 5,
    refuseMounts: true,
  });
  const client = testClient(secured, { concurrency: 4 });
  const direct = testClient(secured);
  try {
    const at = (text: string) => parseReference(`${faulty.host}/${text}`);
    const index = await pushIndex(client, at('team/app:sha-7654321'), { layerSize: 50_000 });
    const result = await client.copyImage(at('team/app:sha-7654321'), at('release/app'), ['2.0.0', 'latest']);
    expect(result.blobs.copied + result.blobs.exists).toBe(6);
    expect(result.blobs.mounted).toBe(0);
    for (const tag of ['2.0.0', 'latest']) {
      const manifest = await direct.getManifest(parseReference(`${secured.host}/release/app:${tag}`));
      expect(manifest.digest).toBe(index.digest);
      expect(manifest.bytes.equals(index.bytes)).toBe(true);
    }
    for (const child of index.children) {
      const copied = await direct.getManifest(parseReference(`${secured.host}/release/app@${child.digest}`));
      expect(copied.bytes.equals(child.bytes)).toBe(true);
      for (const blob of [child.config, ...child.layers]) {
        expect(await direct.headBlob(parseReference(`${secured.host}/release/app`), blob.digest)).toEqual({
          digest: blob.digest,
          size: blob.size,
        });
      }
    }
    expect(faulty.stats().injected).toBeGreaterThan(3);
    expect(faulty.stats().mountsRefused).toBeGreaterThanOrEqual(6);
    expect(client.stats().retries).toBeGreaterThan(0);
  } finally {
    await Promise.all([client.close(), direct.close()]);
    await faulty.stop();
    await secured.stop();
  }
});
