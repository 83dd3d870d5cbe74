/**
 * Test images pushed with our own client (no podman needed): single-platform images of
 * random layers (each a real uncompressed tar holding one random file, so engines can
 * pull them too), and OCI indexes of several platform manifests.
 */
import { randomBytes } from 'node:crypto';
import {
  computeDigest,
  MediaType,
  type Descriptor,
  type ImageReference,
  type RegistryClient,
} from '../../src/index.js';

export interface TestImageOptions {
  /** Number of layers (default 2). */
  layers?: number;
  /** Size of the random file in each layer, bytes (default 2048). */
  layerSize?: number;
  /** Default linux/amd64. */
  platform?: { os: string; architecture: string; variant?: string };
  /** 'oci' (default) or 'docker' (schema 2) media types. */
  format?: 'oci' | 'docker';
  /** PUT the manifest by its digest instead of the reference's tag (children of an index). */
  byDigest?: boolean;
}

export interface PushedImage {
  /** The manifest digest. */
  digest: string;
  bytes: Buffer;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface PushedIndex {
  digest: string;
  bytes: Buffer;
  mediaType: string;
  children: PushedImage[];
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

/** A one-file ustar archive: 512-byte header, content padded to 512, two zero blocks. */
export function tarWithFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512, 0);
  header.write(name.slice(0, 99), 0, 'utf8');
  header.write(octal(0o644, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii');
  header.write(octal(0, 8), 116, 'ascii');
  header.write(octal(content.length, 12), 124, 'ascii');
  header.write(octal(1_700_000_000, 12), 136, 'ascii');
  header.write('        ', 148, 'ascii');
  header.write('0', 156, 'ascii');
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(octal(sum, 7) + ' ', 148, 'ascii');
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512, 0);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024, 0)]);
}

/** Uploads random layers and a config, then PUTs the manifest at `ref` (its tag or digest). */
export async function pushRandomImage(
  client: RegistryClient,
  ref: ImageReference,
  options: TestImageOptions = {},
): Promise<PushedImage> {
  const format = options.format ?? 'oci';
  const platform = options.platform ?? { os: 'linux', architecture: 'amd64' };
  const layerType =
    format === 'oci' ? 'application/vnd.oci.image.layer.v1.tar' : 'application/vnd.docker.image.rootfs.diff.tar';
  const layers: Descriptor[] = [];
  for (let index = 0; index < (options.layers ?? 2); index += 1) {
    const tar = tarWithFile(`layer-${index}.bin`, randomBytes(options.layerSize ?? 2048));
    const digest = await client.uploadBlob(ref, tar);
    layers.push({ mediaType: layerType, digest, size: tar.length });
  }
  const config = Buffer.from(
    JSON.stringify({
      created: '2023-11-14T22:13:20Z',
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant ? { variant: platform.variant } : {}),
      config: { Cmd: ['/layer-0.bin'] },
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
      history: layers.map(() => ({ created_by: 'kra test harness' })),
    }),
  );
  const configDescriptor: Descriptor = {
    mediaType: format === 'oci' ? MediaType.ociConfig : MediaType.dockerConfig,
    digest: await client.uploadBlob(ref, config),
    size: config.length,
  };
  const mediaType = format === 'oci' ? MediaType.ociManifest : MediaType.dockerManifest;
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, config: configDescriptor, layers }, null, 2));
  const target = options.byDigest ? ref.withDigest(computeDigest(bytes)) : ref;
  const digest = await client.putManifest(target, { bytes, mediaType });
  return { digest, bytes, mediaType, config: configDescriptor, layers };
}

/** Pushes one image per platform (by digest), then an OCI index of them at `ref`. */
export async function pushIndex(
  client: RegistryClient,
  ref: ImageReference,
  options: Omit<TestImageOptions, 'platform'> & {
    platforms?: Array<{ os: string; architecture: string; variant?: string }>;
  } = {},
): Promise<PushedIndex> {
  const platforms = options.platforms ?? [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64', variant: 'v8' },
  ];
  const children: PushedImage[] = [];
  for (const platform of platforms) {
    children.push(await pushRandomImage(client, ref, { ...options, platform, byDigest: true }));
  }
  const mediaType = MediaType.ociIndex;
  const bytes = Buffer.from(
    JSON.stringify(
      {
        schemaVersion: 2,
        mediaType,
        manifests: children.map((child, index) => ({
          mediaType: child.mediaType,
          digest: child.digest,
          size: child.bytes.length,
          platform: platforms[index],
        })),
        annotations: { 'org.opencontainers.image.ref.name': 'kra-test' },
      },
      null,
      2,
    ),
  );
  const digest = await client.putManifest(ref, { bytes, mediaType });
  if (digest !== computeDigest(bytes)) throw new Error('index digest mismatch');
  return { digest, bytes, mediaType, children };
}
