/**
 * Image references as the container runtime reads them: docker.io defaults, tags, digests,
 * parsed by the suite's one reference parser (@kra/registry/reference, distribution/reference's grammar).
 */
import { createHash } from 'node:crypto';
import { tryParseReference } from '@kra/registry/reference';

export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** Fully qualified, as containerd reports it in containerStatuses[].image. */
  normalized: string;
  /** Set when the image is no reference: the kubelet's InvalidImageName message. */
  invalid?: string;
}

export function parseImage(image: string): ImageRef {
  const ref = tryParseReference(image);
  if (!ref) {
    return {
      registry: '',
      repository: image,
      normalized: image,
      invalid: `Failed to apply default image tag "${image}": couldn't parse image name "${image}": invalid reference format`,
    };
  }
  // The kubelet applies the default tag when there is neither tag nor digest.
  const tag = ref.tag ?? (ref.digest ? undefined : 'latest');
  const normalized = `${ref.name}${tag ? `:${tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
  return { registry: ref.registry, repository: ref.repository, tag, digest: ref.digest, normalized };
}

/** A stable fake digest for images whose registry was not asked. */
export function fakeDigest(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Deterministic image size in bytes, for the Pulled event. */
export function fakeSize(text: string): number {
  return 5_000_000 + (createHash('sha256').update(text).digest().readUInt32BE(0) % 80_000_000);
}

export function isLocalRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || /^127\./.test(host) || host === '[::1]';
}
