import { parseReference, type RegistryClient } from '../../src/index.js';
import {
  pushIndex,
  startFaultProxy,
  startRegistry,
  testClient,
  type FaultProxy,
  type RunningRegistry,
} from '../support/index.js';

let plain: RunningRegistry;
let secured: RunningRegistry;
let refusing: FaultProxy;

beforeAll(async () => {
  [plain, secured] = await Promise.all([startRegistry({ auth: 'none' }), startRegistry({ auth: 'token' })]);
  // The same registry behind a proxy that turns mounts into plain uploads, as registries that refuse mounts do.
  refusing = await startFaultProxy(plain.url, { rate: 0, refuseMounts: true });
});
afterAll(async () => {
  await refusing?.stop();
  await Promise.all([plain?.stop(), secured?.stop()]);
});

async function expectSameImage(client: RegistryClient, source: string, target: string, digest: string): Promise<void> {
  const from = await client.getManifest(parseReference(source));
  const to = await client.getManifest(parseReference(target));
  expect(to.digest).toBe(digest);
  expect(to.bytes.equals(from.bytes)).toBe(true);
}

test('within a registry, blobs are mounted (201) and the index keeps its digest', async () => {
  const client = testClient(plain);
  try {
    const pushed = await pushIndex(client, parseReference(`${plain.host}/shop/web:sha-1`));
    client.resetStats();
    const result = await client.copyImage(
      parseReference(`${plain.host}/shop/web:sha-1`),
      parseReference(`${plain.host}/prod/web`),
      ['1.4.0', 'latest'],
    );
    // two platforms × (config + two layers)
    expect(result).toMatchObject({
      digest: pushed.digest,
      childManifests: 2,
      blobs: { exists: 0, mounted: 6, copied: 0 },
    });
    expect(client.stats().byMethodAndKind['GET blob']).toBeUndefined();
    await expectSameImage(client, `${plain.host}/shop/web:sha-1`, `${plain.host}/prod/web:1.4.0`, pushed.digest);
    await expectSameImage(client, `${plain.host}/shop/web:sha-1`, `${plain.host}/prod/web:latest`, pushed.digest);
    for (const child of pushed.children) {
      const copied = await client.getManifest(parseReference(`${plain.host}/prod/web@${child.digest}`));
      expect(copied.bytes.equals(child.bytes)).toBe(true);
    }

    // Again: the children are there, so only the tags are written.
    client.resetStats();
    const again = await client.copyImage(
      parseReference(`${plain.host}/shop/web:sha-1`),
      parseReference(`${plain.host}/prod/web`),
      ['1.4.0'],
    );
    expect(again).toMatchObject({ childManifests: 0, blobs: { exists: 0, mounted: 0, copied: 0 } });
    expect(client.stats().byMethodAndKind).toEqual({ 'GET manifest': 1, 'HEAD manifest': 2, 'PUT manifest': 1 });
  } finally {
    await client.close();
  }
});

test('a refused mount (202) falls back to a streamed copy, and the content is unchanged', async () => {
  const client = testClient(plain);
  try {
    const pushed = await pushIndex(client, parseReference(`${refusing.host}/shop/api:sha-2`));
    const before = refusing.stats().mountsRefused;
    const result = await client.copyImage(
      parseReference(`${refusing.host}/shop/api:sha-2`),
      parseReference(`${refusing.host}/prod/api`),
      ['2.0.0'],
    );
    expect(result.blobs).toEqual({ exists: 0, mounted: 0, copied: 6 });
    expect(refusing.stats().mountsRefused - before).toBe(6);
    // the upload sessions the refused mounts opened were used: no extra POST per blob
    expect(client.stats().byMethodAndKind['POST upload']).toBe(6 + 6);
    expect(
      await client.mountBlob(
        parseReference(`${refusing.host}/prod/other`),
        pushed.children[0].config.digest,
        parseReference(`${refusing.host}/shop/api`),
      ),
    ).toBe(false);
    await expectSameImage(client, `${plain.host}/shop/api:sha-2`, `${plain.host}/prod/api:2.0.0`, pushed.digest);
  } finally {
    await client.close();
  }
});

test('across registries (token auth → no auth), every blob is streamed and digests are unchanged; a second run finds them', async () => {
  const source = testClient(secured);
  const client = testClient(secured); // its credentials are offered to both hosts; the plain registry never asks
  try {
    const pushed = await pushIndex(source, parseReference(`${secured.host}/team/app:rc-1`), { layerSize: 300_000 });
    const result = await client.copyImage(
      parseReference(`${secured.host}/team/app:rc-1`),
      parseReference(`${plain.host}/mirror/app`),
      ['rc-1'],
    );
    expect(result).toMatchObject({
      digest: pushed.digest,
      childManifests: 2,
      blobs: { exists: 0, mounted: 0, copied: 6 },
    });
    expect(client.stats().byMethodAndKind['POST upload']).toBe(6);
    const to = await client.getManifest(parseReference(`${plain.host}/mirror/app:rc-1`));
    expect(to.bytes.equals(pushed.bytes)).toBe(true);
    for (const child of pushed.children) {
      for (const layer of child.layers)
        expect(await client.headBlob(parseReference(`${plain.host}/mirror/app`), layer.digest)).toEqual({
          digest: layer.digest,
          size: layer.size,
        });
    }
    const blob = await client.copyBlob(
      parseReference(`${secured.host}/team/app`),
      parseReference(`${plain.host}/mirror/app`),
      pushed.children[0].layers[0],
    );
    expect(blob).toBe('exists');
  } finally {
    await Promise.all([source.close(), client.close()]);
  }
});

test('a chunked streamed copy across registries', async () => {
  const source = testClient(secured);
  const client = testClient(secured, { chunkSize: 64 * 1024 });
  try {
    const pushed = await pushIndex(source, parseReference(`${secured.host}/team/chunky:1`), {
      layerSize: 200_000,
      platforms: [{ os: 'linux', architecture: 'amd64' }],
    });
    const result = await client.copyImage(
      parseReference(`${secured.host}/team/chunky:1`),
      parseReference(`${plain.host}/mirror/chunky`),
      ['1'],
    );
    expect(result.blobs.copied).toBe(3);
    expect(client.stats().byMethodAndKind['PATCH upload']).toBeGreaterThanOrEqual(2 * 4);
    const to = await client.getManifest(parseReference(`${plain.host}/mirror/chunky:1`));
    expect(to.digest).toBe(pushed.digest);
  } finally {
    await Promise.all([source.close(), client.close()]);
  }
});
