import { MediaType, parseReference, RegistryError } from '../../src/index.js';
import { pushIndex, pushRandomImage, startRegistry, testClient, type RunningRegistry } from '../support/index.js';
import type { RegistryClient } from '../../src/index.js';

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

const ref = (text: string) => parseReference(`${registry.host}/${text}`);

test('an OCI index round-trips byte for byte: GET, HEAD, PUT under a new tag, GET by digest', async () => {
  const pushed = await pushIndex(client, ref('shop/web:sha-abc1234'));
  const got = await client.getManifest(ref('shop/web:sha-abc1234'));
  expect(got.bytes.equals(pushed.bytes)).toBe(true);
  expect(got.mediaType).toBe(MediaType.ociIndex);
  expect(got.digest).toBe(pushed.digest);

  const head = await client.headManifest(ref('shop/web:sha-abc1234'));
  expect(head).toEqual({ digest: pushed.digest, mediaType: MediaType.ociIndex, size: pushed.bytes.length });

  const digest = await client.putManifest(ref('shop/web:1.4.0'), { bytes: got.bytes, mediaType: got.mediaType });
  expect(digest).toBe(pushed.digest);
  const again = await client.getManifest(ref('shop/web:1.4.0'));
  expect(again.bytes.equals(pushed.bytes)).toBe(true);
  const byDigest = await client.getManifest(ref(`shop/web@${pushed.digest}`));
  expect(byDigest.bytes.equals(pushed.bytes)).toBe(true);
  // the children are there by digest, with their own media type
  const child = await client.getManifest(ref(`shop/web@${pushed.children[0].digest}`));
  expect(child.mediaType).toBe(MediaType.ociManifest);
  expect(child.bytes.equals(pushed.children[0].bytes)).toBe(true);
});

test('a Docker schema 2 manifest keeps its media type through GET and PUT (Content-Type from the bytes)', async () => {
  const pushed = await pushRandomImage(client, ref('shop/docker:v1'), { format: 'docker', layers: 1 });
  const got = await client.getManifest(ref('shop/docker:v1'));
  expect(got.mediaType).toBe(MediaType.dockerManifest);
  await client.putManifest(ref('shop/docker:v2'), { bytes: got.bytes });
  const head = await client.headManifest(ref('shop/docker:v2'));
  expect(head).toEqual({ digest: pushed.digest, mediaType: MediaType.dockerManifest, size: pushed.bytes.length });
});

test('a missing manifest: HEAD gives undefined, GET a one-line error naming registry, manifest and code', async () => {
  expect(await client.headManifest(ref('shop/web:nope'))).toBeUndefined();
  const error = await client.getManifest(ref('shop/web:nope')).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RegistryError);
  expect((error as RegistryError).message).toBe(
    `registry ${registry.host}: manifest shop/web:nope not found (MANIFEST_UNKNOWN): push it first, or check the tag`,
  );
  expect((error as RegistryError).status).toBe(404);
  const unknownRepository = await client.listTags(registry.host, 'nothing/here').catch((caught: unknown) => caught);
  expect((unknownRepository as Error).message).toBe(
    `registry ${registry.host}: tags of nothing/here repository not found (NAME_UNKNOWN): push an image to it first, or check the repository name`,
  );
});

test('a manifest that refers to missing blobs is refused with the registry code', async () => {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      config: { mediaType: MediaType.ociConfig, digest: `sha256:${'a'.repeat(64)}`, size: 2 },
      layers: [],
    }),
  );
  await expect(client.putManifest(ref('shop/broken:1'), { bytes })).rejects.toThrow(
    new RegExp(
      `^registry ${registry.host.replace(/\./g, '\\.')}: manifest shop/broken:1 .*\\((MANIFEST_BLOB_UNKNOWN|MANIFEST_INVALID|BLOB_UNKNOWN)\\)`,
    ),
  );
});

test('tags are listed (one page at this registry version; Link pagination is covered by a unit test)', async () => {
  await pushRandomImage(client, ref('shop/paged:a'), { layers: 1, layerSize: 16 });
  const first = await client.getManifest(ref('shop/paged:a'));
  for (const tag of ['b', 'c', 'd', 'e']) await client.putManifest(ref(`shop/paged:${tag}`), first);
  const paged = testClient(registry, { tagsPageSize: 2 });
  try {
    expect((await paged.listTags(registry.host, 'shop/paged')).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(paged.stats().byMethodAndKind['GET tags']).toBeGreaterThanOrEqual(1);
  } finally {
    await paged.close();
  }
});

test('re-tagging within a repository is one GET and one PUT per tag, and a HEAD per tag tells what is already there', async () => {
  const pushed = await pushIndex(client, ref('shop/retag:sha-1111111'), { layers: 1, layerSize: 64 });
  const counting = testClient(registry);
  try {
    const result = await counting.copyImage(ref('shop/retag:sha-1111111'), ref('shop/retag'), ['1.4.0', '1.4', '1']);
    expect(result).toMatchObject({
      digest: pushed.digest,
      tags: ['1.4.0', '1.4', '1'],
      childManifests: 0,
      blobs: { exists: 0, mounted: 0, copied: 0 },
    });
    expect(counting.stats()).toMatchObject({ requests: 4, byMethodAndKind: { 'GET manifest': 1, 'PUT manifest': 3 } });
    counting.resetStats();
    for (const tag of ['1.4.0', '1.4', '1', 'latest']) await counting.headManifest(ref(`shop/retag:${tag}`));
    expect(counting.stats()).toMatchObject({ requests: 4, byMethodAndKind: { 'HEAD manifest': 4 } });
  } finally {
    await counting.close();
  }
  for (const tag of ['1.4.0', '1.4', '1'])
    expect((await client.headManifest(ref(`shop/retag:${tag}`)))?.digest).toBe(pushed.digest);
});

test('chunked uploads (PATCH with Content-Range, then PUT with the digest)', async () => {
  const chunked = testClient(registry, { chunkSize: 1000 });
  try {
    const pushed = await pushRandomImage(chunked, ref('shop/chunked:1'), { layers: 1, layerSize: 4500 });
    expect(chunked.stats().byMethodAndKind['PATCH upload']).toBe(Math.ceil(pushed.layers[0].size / 1000));
    const blob = await client.headBlob(ref('shop/chunked'), pushed.layers[0].digest);
    expect(blob?.size).toBe(pushed.layers[0].size);
  } finally {
    await chunked.close();
  }
});
