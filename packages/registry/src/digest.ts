/** Content digests (OCI image spec "digest"): algorithm ":" encoded, checked against the bytes. */
import { createHash } from 'node:crypto';

const HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const DIGEST = /^([a-z0-9]+(?:[.+_-][a-z0-9]+)*):([a-zA-Z0-9=_-]+)$/;

/** Why a digest string is not valid, or undefined when it is. */
export function validateDigest(digest: string): string | undefined {
  const match = DIGEST.exec(digest);
  if (!match) return `digest "${digest}" is not algorithm:hex, such as sha256:<64 hex characters>`;
  const [, algorithm, encoded] = match;
  const length = HEX_LENGTH[algorithm];
  if (length === undefined) return `digest algorithm "${algorithm}" is not supported (use sha256, sha384 or sha512)`;
  if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) {
    return `digest "${digest}" must have ${length} lower-case hexadecimal characters after "${algorithm}:"`;
  }
  return undefined;
}

export function isDigest(value: string): boolean {
  return validateDigest(value) === undefined;
}

/** The digest of some bytes; sha256 unless another supported algorithm is asked for. */
export function computeDigest(bytes: Uint8Array, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** An incremental digester, for streamed blobs. */
export function digester(algorithm = 'sha256'): { update(chunk: Uint8Array): void; digest(): string } {
  const hash = createHash(algorithm);
  return {
    update: (chunk) => void hash.update(chunk),
    digest: () => `${algorithm}:${hash.digest('hex')}`,
  };
}

/** Whether `bytes` have the digest `expected` (computed with expected's own algorithm). */
export function matchesDigest(bytes: Uint8Array, expected: string): boolean {
  const algorithm = expected.slice(0, expected.indexOf(':'));
  if (HEX_LENGTH[algorithm] === undefined) return false;
  return computeDigest(bytes, algorithm) === expected;
}
