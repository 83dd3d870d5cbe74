/**
 * Peer table: the test cases of distribution/reference (github.com/distribution/reference,
 * reference_test.go and normalize_test.go), the grammar Docker, containerd and the CNCF
 * registry share. The cases are the reference's facts, written here as our own table and read
 * the way Docker reads a reference a user types (ParseNormalizedNamed): a name without a
 * registry is on docker.io, a one-segment Docker Hub name is under library/. Where our answer
 * differs from the reference's on purpose, the case says so.
 */
import { familiarString, InvalidReferenceError, parseReference } from '../../src/reference.js';

const F64 = 'f'.repeat(64);
const SHA = `sha256:${F64}`;

function parsed(input: string) {
  const ref = parseReference(input);
  return { name: ref.name, tag: ref.tag, digest: ref.digest };
}

function refused(input: string): boolean {
  try {
    parseReference(input);
    return false;
  } catch (error) {
    if (!(error instanceof InvalidReferenceError)) throw error;
    return true;
  }
}

describe('TestReferenceParse (reference_test.go), normalised as Docker reads it', () => {
  // input, name after normalisation, tag, digest
  test.each(
    (
      [
        ['test_com', 'docker.io/library/test_com'],
        ['test.com:tag', 'docker.io/library/test.com', 'tag'],
        ['test.com:5000', 'docker.io/library/test.com', '5000'],
        ['test.com/repo:tag', 'test.com/repo', 'tag'],
        ['test:5000/repo', 'test:5000/repo'],
        ['test:5000/repo:tag', 'test:5000/repo', 'tag'],
        [`test:5000/repo@${SHA}`, 'test:5000/repo', undefined, SHA],
        [`test:5000/repo:tag@${SHA}`, 'test:5000/repo', 'tag', SHA],
        ['lowercase:Uppercase', 'docker.io/library/lowercase', 'Uppercase'],
        [`${'a/'.repeat(127)}a:tag-puts-this-over-max`, `docker.io/${'a/'.repeat(127)}a`, 'tag-puts-this-over-max'],
        ['sub-dom1.foo.com/bar/baz/quux', 'sub-dom1.foo.com/bar/baz/quux'],
        ['sub-dom1.foo.com/bar/baz/quux:some-long-tag', 'sub-dom1.foo.com/bar/baz/quux', 'some-long-tag'],
        ['b.gcr.io/test.example.com/my-app:test.example.com', 'b.gcr.io/test.example.com/my-app', 'test.example.com'],
        ['xn--n3h.com/myimage:xn--n3h.com', 'xn--n3h.com/myimage', 'xn--n3h.com'],
        [`xn--7o8h.com/myimage:xn--7o8h.com@${SHA}`, 'xn--7o8h.com/myimage', 'xn--7o8h.com', SHA],
        ['foo_bar.com:8080', 'docker.io/library/foo_bar.com', '8080'],
        ['foo/foo_bar.com:8080', 'docker.io/foo/foo_bar.com', '8080'],
        ['192.168.1.1', 'docker.io/library/192.168.1.1'],
        ['192.168.1.1:tag', 'docker.io/library/192.168.1.1', 'tag'],
        ['192.168.1.1:5000', 'docker.io/library/192.168.1.1', '5000'],
        ['192.168.1.1/repo', '192.168.1.1/repo'],
        ['192.168.1.1:5000/repo', '192.168.1.1:5000/repo'],
        ['192.168.1.1:5000/repo:5050', '192.168.1.1:5000/repo', '5050'],
        ['[2001:db8::1]/repo', '[2001:db8::1]/repo'],
        ['[2001:db8:1:2:3:4:5:6]/repo:tag', '[2001:db8:1:2:3:4:5:6]/repo', 'tag'],
        ['[2001:db8::1]:5000/repo', '[2001:db8::1]:5000/repo'],
        ['[2001:db8::1]:5000/repo:tag', '[2001:db8::1]:5000/repo', 'tag'],
        [`[2001:db8::1]:5000/repo@${SHA}`, '[2001:db8::1]:5000/repo', undefined, SHA],
        [`[2001:db8::1]:5000/repo:tag@${SHA}`, '[2001:db8::1]:5000/repo', 'tag', SHA],
        ['[2001:db8::]:5000/repo', '[2001:db8::]:5000/repo'],
        ['[::1]:5000/repo', '[::1]:5000/repo'],
        // The 255-character limit is on the repository path alone, not the registry (since v0.6.0).
        [`example.com/${'a'.repeat(255)}:tag`, `example.com/${'a'.repeat(255)}`, 'tag'],
      ] as Array<[string, string, string?, string?]>
    ).map(([input, name, tag, digest]) => ({ input, name, tag, digest })),
  )('$input', ({ input, name, tag, digest }) => {
    expect(parsed(input)).toEqual({ name, tag, digest });
  });

  test.each([
    '',
    ':justtag',
    `@${SHA}`,
    'repo@sha256:ffffffffffffffffffffffffffffffffff',
    `validname@invaliddigest:${F64}`,
    'Uppercase:tag',
    'test:5000/Uppercase/lowercase:tag',
    `domain/${'a'.repeat(256)}:tag`,
    'aa/asdf$$^/aa',
    '[2001:db8::1]',
    '[2001:db8::1]:5000',
    '[2001:db8::1]:tag',
    '[fe80::1%eth0]:5000/repo',
    '[fe80::1%@invalidzone]:5000/repo',
  ])('%j is refused', (input) => {
    expect(refused(input)).toBe(true);
  });

  test('on purpose: sha512 digests are accepted (the reference refuses them only because its test does not register sha512; the OCI image spec does)', () => {
    expect(parsed(`validname@sha512:${'f'.repeat(128)}`).digest).toBe(`sha512:${'f'.repeat(128)}`);
  });
});

describe('TestWithNameFailure (reference_test.go)', () => {
  test.each([
    '',
    ':justtag',
    `@${SHA}`,
    `validname@invaliddigest:${F64}`,
    `example.com/${'a'.repeat(256)}`,
    'aa/asdf$$^/aa',
  ])('%j is refused', (input) => {
    expect(refused(input)).toBe(true);
  });
});

describe('TestValidateReferenceName (normalize_test.go)', () => {
  test.each([
    'docker/docker',
    'library/debian',
    'debian',
    'localhost/library/debian',
    'localhost/debian',
    'LOCALDOMAIN/library/debian',
    'LOCALDOMAIN/debian',
    'docker.io/docker/docker',
    'docker.io/library/debian',
    'docker.io/debian',
    'index.docker.io/docker/docker',
    'index.docker.io/library/debian',
    'index.docker.io/debian',
    '127.0.0.1:5000/docker/docker',
    '127.0.0.1:5000/library/debian',
    '127.0.0.1:5000/debian',
    '192.168.0.1',
    '192.168.0.1:80',
    '192.168.0.1:8/debian',
    '192.168.0.2:25000/debian',
    'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
    '[fc00::1]:5000/docker',
    '[fc00::1]:5000/docker/docker',
    '[fc00:1:2:3:4:5:6:7]:5000/library/debian',
    'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    'Docker/docker',
    'DOCKER/docker',
  ])('%s is valid', (input) => {
    expect(refused(input)).toBe(false);
  });

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
  ])('%s is refused', (input) => {
    expect(refused(input)).toBe(true);
  });
});

describe('TestValidateRemoteName (normalize_test.go)', () => {
  test.each([
    'docker/docker',
    'docker-rules/docker',
    'docker---rules/docker',
    'doc/docker',
    'd/docker',
    'jess/t',
    'dock__er/docker',
  ])('%s is valid', (input) => {
    expect(refused(input)).toBe(false);
  });

  test.each([
    'docker/Docker',
    'docker///docker',
    '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    '-docker/docker',
    'docker-/docker',
    '-docker-/docker',
    '____/____',
    '_docker/_docker',
    'dock..er/docker',
    'dock_.er/docker',
    'dock-.er/docker',
    'docker/',
    `${'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_'.repeat(4)}/docker`,
  ])('%s is refused', (input) => {
    expect(refused(input)).toBe(true);
  });
});

describe('TestParseRepositoryInfo (normalize_test.go)', () => {
  // remote name (path), familiar name, full name, ambiguous name, domain
  test.each<[string, string, string, string, string]>([
    ['fooo', 'localhost/fooo', 'localhost/fooo', 'localhost/fooo', 'localhost'],
    ['fooo/bar', 'localhost/fooo/bar', 'localhost/fooo/bar', 'localhost/fooo/bar', 'localhost'],
    ['fooo', 'LOCALDOMAIN/fooo', 'LOCALDOMAIN/fooo', 'LOCALDOMAIN/fooo', 'LOCALDOMAIN'],
    ['fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN/fooo/bar', 'LOCALDOMAIN'],
    ['fooo/bar', 'fooo/bar', 'docker.io/fooo/bar', 'index.docker.io/fooo/bar', 'docker.io'],
    ['library/ubuntu', 'ubuntu', 'docker.io/library/ubuntu', 'library/ubuntu', 'docker.io'],
    ['nonlibrary/ubuntu', 'nonlibrary/ubuntu', 'docker.io/nonlibrary/ubuntu', '', 'docker.io'],
    ['other/library', 'other/library', 'docker.io/other/library', '', 'docker.io'],
    ['private/moonbase', '127.0.0.1:8000/private/moonbase', '127.0.0.1:8000/private/moonbase', '', '127.0.0.1:8000'],
    ['privatebase', '127.0.0.1:8000/privatebase', '127.0.0.1:8000/privatebase', '', '127.0.0.1:8000'],
    ['private/moonbase', 'example.com/private/moonbase', 'example.com/private/moonbase', '', 'example.com'],
    ['privatebase', 'example.com/privatebase', 'example.com/privatebase', '', 'example.com'],
    [
      'private/moonbase',
      'example.com:8000/private/moonbase',
      'example.com:8000/private/moonbase',
      '',
      'example.com:8000',
    ],
    ['privatebasee', 'example.com:8000/privatebasee', 'example.com:8000/privatebasee', '', 'example.com:8000'],
    [
      'library/ubuntu-12.04-base',
      'ubuntu-12.04-base',
      'docker.io/library/ubuntu-12.04-base',
      'index.docker.io/library/ubuntu-12.04-base',
      'docker.io',
    ],
    ['library/foo', 'foo', 'docker.io/library/foo', 'docker.io/foo', 'docker.io'],
    ['library/foo/bar', 'library/foo/bar', 'docker.io/library/foo/bar', '', 'docker.io'],
    ['store/foo/bar', 'store/foo/bar', 'docker.io/store/foo/bar', '', 'docker.io'],
    ['bar', 'Foo/bar', 'Foo/bar', '', 'Foo'],
    ['bar', 'FOO/bar', 'FOO/bar', '', 'FOO'],
  ])('%s: %s, %s, %s on %s', (remote, familiar, full, ambiguous, domain) => {
    for (const written of [familiar, full, ambiguous].filter((name) => name !== '')) {
      const ref = parseReference(written);
      expect({
        written,
        familiar: familiarString(ref),
        full: ref.name,
        domain: ref.registry,
        remote: ref.repository,
      }).toEqual({ written, familiar, full, domain, remote });
    }
  });
});

describe('TestParseReferenceWithTagAndDigest (normalize_test.go)', () => {
  test('busybox:latest@sha256:… keeps both', () => {
    const short = 'busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa';
    const ref = parseReference(short);
    expect(ref.toString()).toBe(`docker.io/library/${short}`);
    expect(ref.tag).toBe('latest');
    expect(ref.digest).toBe('sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa');
    expect(familiarString(ref)).toBe(short);
  });
});

describe('TestInvalidReferenceComponents (normalize_test.go)', () => {
  test('a bad name, tag or digest is refused', () => {
    expect(refused('-foo')).toBe(true);
    const ref = parseReference('busybox');
    expect(() => ref.withTag('-foo')).toThrow(InvalidReferenceError);
    expect(() => ref.withDigest('foo')).toThrow(InvalidReferenceError);
  });
});

describe('TestParseAnyReference (normalize_test.go), the named cases', () => {
  const digest = 'sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c';
  test.each([
    ['redis', 'docker.io/library/redis'],
    ['redis:latest', 'docker.io/library/redis:latest'],
    ['docker.io/library/redis:latest', 'docker.io/library/redis:latest'],
    [`redis@${digest}`, `docker.io/library/redis@${digest}`],
    [`docker.io/library/redis@${digest}`, `docker.io/library/redis@${digest}`],
    ['dmcgowan/myapp', 'docker.io/dmcgowan/myapp'],
    ['dmcgowan/myapp:latest', 'docker.io/dmcgowan/myapp:latest'],
    ['docker.io/mcgowan/myapp:latest', 'docker.io/mcgowan/myapp:latest'],
    [`dmcgowan/myapp@${digest}`, `docker.io/dmcgowan/myapp@${digest}`],
    [`docker.io/dmcgowan/myapp@${digest}`, `docker.io/dmcgowan/myapp@${digest}`],
    [
      'dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9',
      'docker.io/library/dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9',
    ],
    ['dbcc1', 'docker.io/library/dbcc1'],
  ])('%s is %s', (input, equivalent) => {
    expect(parseReference(input).toString()).toBe(equivalent);
  });

  test('a bare 64-character hexadecimal string is an image ID, not a name', () => {
    expect(refused('dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c')).toBe(true);
  });
});

describe('TestNormalizedSplitHostname (normalize_test.go)', () => {
  test.each([
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
  ])('%s → %s / %s', (input, registry, repository) => {
    expect(parseReference(input)).toMatchObject({ registry, repository });
  });
});
