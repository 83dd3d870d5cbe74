import {
  apiHost,
  familiarString,
  InvalidReferenceError,
  makeReference,
  parseReference,
  validateTag,
} from '../../src/index.js';

const DIGEST = 'sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';

describe('parseReference: normalisation (distribution/reference vectors)', () => {
  test.each([
    // input, registry, repository
    ['test.com/foo', 'test.com', 'foo'],
    ['test_com/foo', 'docker.io', 'test_com/foo'],
    ['docker/migrator', 'docker.io', 'docker/migrator'],
    ['test.com:8080/foo', 'test.com:8080', 'foo'],
    ['test-com:8080/foo', 'test-com:8080', 'foo'],
    ['foo', 'docker.io', 'library/foo'],
    ['xn--n3h.com/foo', 'xn--n3h.com', 'foo'],
    ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
    ['docker.io/foo', 'docker.io', 'library/foo'],
    ['docker.io/library/foo', 'docker.io', 'library/foo'],
    ['docker.io/library/foo/bar', 'docker.io', 'library/foo/bar'],
    ['index.docker.io/library/ubuntu', 'docker.io', 'library/ubuntu'],
    ['index.docker.io/debian', 'docker.io', 'library/debian'],
    ['127.0.0.1:5000/library/debian', '127.0.0.1:5000', 'library/debian'],
    ['192.168.0.1:8/debian', '192.168.0.1:8', 'debian'],
    ['localhost/app', 'localhost', 'app'],
    ['localhost:5000/shop/web', 'localhost:5000', 'shop/web'],
    ['[fc00::1]:5000/docker/docker', '[fc00::1]:5000', 'docker/docker'],
    ['[fc00:1:2:3:4:5:6:7]:5000/library/debian', '[fc00:1:2:3:4:5:6:7]:5000', 'library/debian'],
    ['Foo/bar', 'Foo', 'bar'],
    ['store/foo/bar', 'docker.io', 'store/foo/bar'],
    ['dock__er/docker', 'docker.io', 'dock__er/docker'],
    ['docker---rules/docker', 'docker.io', 'docker---rules/docker'],
    [
      'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      'docker.io',
      'library/thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    ],
    [
      'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
      'docker.io',
      'library/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    ],
  ])('%s → %s / %s', (input, registry, repository) => {
    const ref = parseReference(input);
    expect(ref.registry).toBe(registry);
    expect(ref.repository).toBe(repository);
    expect(ref.name).toBe(`${registry}/${repository}`);
  });

  test('tags, digests and both', () => {
    const both = parseReference(`busybox:latest@${DIGEST}`);
    expect(both.toString()).toBe(`docker.io/library/busybox:latest@${DIGEST}`);
    expect(familiarString(both)).toBe(`busybox:latest@${DIGEST}`);
    const tagged = parseReference('127.0.0.1:5000/shop/web:sha-abc1234');
    expect(tagged).toMatchObject({
      registry: '127.0.0.1:5000',
      repository: 'shop/web',
      tag: 'sha-abc1234',
      digest: undefined,
    });
    const digested = parseReference(`ghcr.io/acme/web@${DIGEST}`);
    expect(digested.tag).toBeUndefined();
    expect(digested.digest).toBe(DIGEST);
    expect(parseReference('localhost:5000/app').tag).toBeUndefined();
  });

  test('withTag and withDigest keep the repository and replace the rest', () => {
    const ref = parseReference(`ghcr.io/acme/web:1.0@${DIGEST}`);
    expect(ref.withTag('2.0').toString()).toBe('ghcr.io/acme/web:2.0');
    expect(ref.withDigest(DIGEST).toString()).toBe(`ghcr.io/acme/web@${DIGEST}`);
    expect(() => ref.withTag('-bad')).toThrow(InvalidReferenceError);
    expect(() => ref.withDigest('sha256:abc')).toThrow(/64 lower-case hexadecimal/);
  });

  test('familiar names drop docker.io and library/', () => {
    expect(familiarString(parseReference('docker.io/library/ubuntu:24.04'))).toBe('ubuntu:24.04');
    expect(familiarString(parseReference('dmcgowan/myapp'))).toBe('dmcgowan/myapp');
    expect(familiarString(parseReference('docker.io/library/foo/bar'))).toBe('library/foo/bar');
    expect(familiarString(parseReference('127.0.0.1:8000/privatebase'))).toBe('127.0.0.1:8000/privatebase');
  });

  test('Docker Hub is spoken to at registry-1.docker.io', () => {
    expect(apiHost(parseReference('nginx').registry)).toBe('registry-1.docker.io');
    expect(apiHost(parseReference('index.docker.io/library/nginx').registry)).toBe('registry-1.docker.io');
    expect(apiHost('ghcr.io')).toBe('ghcr.io');
  });
});

describe('parseReference: invalid references (distribution/reference vectors)', () => {
  test.each([
    'https://github.com/docker/docker',
    'docker/Docker',
    '-docker',
    '-docker/docker',
    '-docker.io/docker/docker',
    'docker///docker',
    'docker.io/docker/Docker',
    'docker.io/docker///docker',
    '[fc00::1]',
    '[fc00::1]:5000',
    'fc00::1:5000/debian',
    '[fe80::1%eth0]:5000/debian',
    '[2001:db8:3:4::192.0.2.33]:5000/debian',
    '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    'docker-/docker',
    '-docker-/docker',
    '____/____',
    '_docker/_docker',
    'dock..er/docker',
    'dock_.er/docker',
    'dock-.er/docker',
    'docker/',
    '',
    'shop/web:',
    'shop/web@',
    'shop/web@sha256:abc',
    'shop/web@md5:d41d8cd98f00b204e9800998ecf8427e',
    'shop web',
  ])('%j is rejected with one line naming it', (input) => {
    let error: unknown;
    try {
      parseReference(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidReferenceError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    expect(message).toContain(`"${input.trim()}"`);
  });

  test('upper-case repository says so and suggests the lower-case name', () => {
    expect(() => parseReference('ghcr.io/Acme/Web:1.0')).toThrow(
      'invalid image reference "ghcr.io/Acme/Web:1.0": repository "Acme/Web" must be lower-case: write "acme/web"',
    );
  });

  test('a repository path longer than 255 characters (the registry not counted)', () => {
    const long = `${'a'.repeat(128)}/${'b'.repeat(128)}`;
    expect(() => parseReference(long)).toThrow(
      /is 257 characters, at most 255 are allowed \(the registry not counted\)/,
    );
    expect(parseReference(`registry.example.com:5000/${'a'.repeat(255)}`).repository).toHaveLength(255);
  });
});

describe('tags', () => {
  test.each(['latest', '1.4.0', 'sha-abc1234', 'main-abc1234', '_underscore', 'A'.repeat(128), 'v1.0.0-rc.1'])(
    '%s is valid',
    (tag) => {
      expect(() => validateTag(tag)).not.toThrow();
      expect(parseReference(`shop/web:${tag}`).tag).toBe(tag);
    },
  );

  test.each([
    ['a'.repeat(129), /at most 128/],
    ['-leading', /must not start with/],
    ['.leading', /must not start with/],
    ['semi;colon', /may only hold/],
    ['$(reboot)', /may only hold/],
    ['back`tick`', /may only hold/],
    ['a b', /may only hold/],
    ['', /empty/],
  ])('%j is invalid', (tag, pattern) => {
    expect(() => validateTag(tag)).toThrow(pattern);
  });

  test('a shell metacharacter in a reference tag is refused before anything runs', () => {
    expect(() => parseReference('shop/web:1.0;rm')).toThrow(InvalidReferenceError);
  });
});

describe('makeReference', () => {
  test('builds and validates from parts', () => {
    expect(makeReference('127.0.0.1:5000', 'shop/web', { tag: '1.0' }).toString()).toBe('127.0.0.1:5000/shop/web:1.0');
    expect(makeReference('index.docker.io', 'library/nginx').registry).toBe('docker.io');
    expect(() => makeReference('127.0.0.1:5000', 'Shop/web')).toThrow(/lower-case/);
    expect(() => makeReference('bad host', 'shop/web')).toThrow(/not a host name/);
    expect(() => makeReference('ghcr.io', 'acme/web', { tag: 'x'.repeat(129) })).toThrow(/at most 128/);
  });
});
