/** Image references as the container runtime reads them: docker.io defaults, tags, digests. */
import { createHash } from 'node:crypto';

export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** Fully qualified, as containerd reports it in containerStatuses[].image. */
  normalized: string;
}

export function parseImage(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry = 'docker.io';
  let repository = rest;
  const first = rest.split('/')[0];
  if (rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    repository = rest.slice(first.length + 1);
  }
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (!tag && !digest) tag = 'latest';
  const normalized = `${registry}/${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
  return { registry, repository, tag, digest, normalized };
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
