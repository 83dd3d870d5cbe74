import { createHash } from 'node:crypto';
import {
  computeDigest,
  isTransient,
  manifestMediaType,
  matchesDigest,
  MediaType,
  parseErrorBody,
  RegistryError,
  validateDigest,
} from '../../src/index.js';

describe('digests', () => {
  const bytes = Buffer.from('{"schemaVersion":2}');
  const sha256 = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

  test('computed from the exact bytes and checked', () => {
    expect(computeDigest(bytes)).toBe(sha256);
    expect(matchesDigest(bytes, sha256)).toBe(true);
    expect(matchesDigest(Buffer.from('{"schemaVersion": 2}'), sha256)).toBe(false);
    expect(matchesDigest(bytes, `sha512:${createHash('sha512').update(bytes).digest('hex')}`)).toBe(true);
  });

  test('validation', () => {
    expect(validateDigest(sha256)).toBeUndefined();
    expect(validateDigest('sha256:ABC')).toMatch(/64 lower-case/);
    expect(validateDigest(sha256.toUpperCase().replace('SHA256', 'sha256'))).toMatch(/lower-case/);
    expect(validateDigest('md5:d41d8cd98f00b204e9800998ecf8427e')).toMatch(/not supported/);
    expect(validateDigest('nonsense')).toMatch(/algorithm:hex/);
  });
});

describe('manifest media types', () => {
  test('from the mediaType field, else Content-Type, else by shape; schema 1 refused', () => {
    expect(
      manifestMediaType(
        Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MediaType.dockerManifest })),
        MediaType.ociManifest,
      ).mediaType,
    ).toBe(MediaType.dockerManifest);
    expect(manifestMediaType(Buffer.from('{"schemaVersion":2,"layers":[]}'), MediaType.ociManifest).mediaType).toBe(
      MediaType.ociManifest,
    );
    expect(manifestMediaType(Buffer.from('{"schemaVersion":2,"manifests":[]}'), 'application/json').mediaType).toBe(
      MediaType.ociIndex,
    );
    expect(() => manifestMediaType(Buffer.from('{"schemaVersion":1,"fsLayers":[]}'))).toThrow(/schema 1/);
    expect(() => manifestMediaType(Buffer.from('{}'), MediaType.dockerSchema1Signed)).toThrow(/schema 1/);
    expect(() => manifestMediaType(Buffer.from('not json'))).toThrow(/not JSON/);
  });
});

describe('RegistryError', () => {
  test('one line: registry, subject, problem, code, hint', () => {
    const error = new RegistryError({
      registry: '127.0.0.1:5000',
      subject: 'manifest shop/web:sha-abc1234',
      status: 404,
      codes: parseErrorBody(
        '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"sha-abc1234"}}]}',
      ),
    });
    expect(error.message).toBe(
      'registry 127.0.0.1:5000: manifest shop/web:sha-abc1234 not found (MANIFEST_UNKNOWN): push it first, or check the tag',
    );
    expect(error.code).toBe('MANIFEST_UNKNOWN');
    expect(error.withHint('push it first, or check source-tag').message).toBe(
      'registry 127.0.0.1:5000: manifest shop/web:sha-abc1234 not found (MANIFEST_UNKNOWN): push it first, or check source-tag',
    );
  });

  test('codes: NAME_UNKNOWN, DENIED, TAG_INVALID; status only; HTML bodies', () => {
    const denied = new RegistryError({
      registry: 'ghcr.io',
      subject: 'manifest acme/web:1',
      status: 403,
      codes: [{ code: 'DENIED' }],
    });
    expect(denied.message).toMatch(/^registry ghcr\.io: manifest acme\/web:1 access denied \(DENIED\): check that/);
    expect(
      new RegistryError({ registry: 'r', subject: 'tags of a', status: 404, codes: [{ code: 'NAME_UNKNOWN' }] })
        .message,
    ).toContain('repository not found (NAME_UNKNOWN)');
    expect(
      new RegistryError({ registry: 'r', subject: 'manifest a:b', status: 400, codes: [{ code: 'TAG_INVALID' }] })
        .message,
    ).toContain('(TAG_INVALID)');
    expect(new RegistryError({ registry: 'r', subject: 'manifest a:b', status: 502 }).message).toBe(
      'registry r: manifest a:b registry failure (HTTP 502)',
    );
    expect(parseErrorBody('<html>oops</html>')).toEqual([]);
  });

  test('transient: 429, 5xx, resets; not 4xx or 501', () => {
    const status = (code: number) => new RegistryError({ registry: 'r', subject: 's', status: code });
    expect(isTransient(status(429))).toBe(true);
    expect(isTransient(status(500))).toBe(true);
    expect(isTransient(status(503))).toBe(true);
    expect(isTransient(status(501))).toBe(false);
    expect(isTransient(status(404))).toBe(false);
    expect(isTransient(status(401))).toBe(false);
    const reset = new RegistryError({
      registry: 'r',
      subject: 's',
      cause: new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      }),
    });
    expect(isTransient(reset)).toBe(true);
    expect(
      isTransient(
        new RegistryError({
          registry: 'r',
          subject: 's',
          cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
        }),
      ),
    ).toBe(false);
    expect(isTransient(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
  });
});
