// The images input (tag-release's or push-images' image list JSON, or references one a line),
// the tag chosen among a release's tags, what each pin needs, and input templates.
import { InputError } from '@kra/core';
import { checkPin, chooseTag, parseImages, renderTemplate } from '../../src/index.js';

const DIGEST = `sha256:${'e'.repeat(64)}`;

describe('images input', () => {
  test("tag-release's JSON: the version among the tags, the digest, Docker's normalised name for matching", () => {
    const images = parseImages(
      JSON.stringify([
        {
          name: 'web',
          repository: 'ghcr.io/acme/web',
          tags: ['main-0a1b2c3', '1.4.0', '1.4', '1', 'latest'],
          digest: DIGEST,
          ref: `ghcr.io/acme/web@${DIGEST}`,
        },
        { name: 'nginx', repository: 'nginx', tags: ['1.27'], digest: '', ref: 'nginx:1.27' },
      ]),
      { version: 'v1.4.0' },
    );
    expect(images).toEqual([
      { name: 'web', repository: 'ghcr.io/acme/web', key: 'ghcr.io/acme/web', tag: '1.4.0', digest: DIGEST },
      { name: 'nginx', repository: 'nginx', key: 'docker.io/library/nginx', tag: '1.27', digest: undefined },
    ]);
  });

  test('references one a line, with a registry port', () => {
    expect(parseImages(`localhost:5000/shop/web:1.4.0@${DIGEST}\n# comment\nghcr.io/acme/api@${DIGEST}`)).toEqual([
      {
        name: 'web',
        repository: 'localhost:5000/shop/web',
        key: 'localhost:5000/shop/web',
        tag: '1.4.0',
        digest: DIGEST,
      },
      { name: 'api', repository: 'ghcr.io/acme/api', key: 'ghcr.io/acme/api', tag: undefined, digest: DIGEST },
    ]);
  });

  test('the tag input wins; without a version the first tag is taken', () => {
    expect(chooseTag(['a', '1.4.0'], { tag: 'stable' })).toBe('stable');
    expect(chooseTag(['main-1', '1.4.0'], { version: '1.4.0' })).toBe('1.4.0');
    expect(chooseTag(['main-1', 'v1.4.0'], { version: '1.4.0' })).toBe('v1.4.0');
    expect(chooseTag(['main-1', '1.4.0'], {})).toBe('main-1');
  });

  test('bad items are one line naming the input', () => {
    expect(() => parseImages('[{"repository": "ghcr.io/acme/web:1.0", "tags": []}]')).toThrow(
      'Input "images" item 0 has "repository": "ghcr.io/acme/web:1.0", which is not a repository such as ghcr.io/acme/web (tags and digest go in "tags" and "digest")',
    );
    expect(() => parseImages('{"not": "a list"}')).toThrow(InputError);
    expect(() => parseImages('ghcr.io/acme/web:1.0\nghcr.io/acme/web:2.0')).toThrow(
      'Input "images" names ghcr.io/acme/web twice with different versions (1.0 and 2.0): give each repository once',
    );
    expect(() => parseImages('Ghcr.io/Acme/Web:1')).toThrow(/^Input "images" line 1 has invalid image reference/);
  });

  test('a pin needs its parts', () => {
    const [web] = parseImages('ghcr.io/acme/web:1.4.0');
    expect(() => checkPin([web], 'tag')).not.toThrow();
    expect(() => checkPin([web], 'digest')).toThrow(
      'Input "images" gives ghcr.io/acme/web without a digest, but pin is "digest": pass tag-release\'s images output (it has the digests) or set pin: tag',
    );
  });
});

describe('templates', () => {
  test('placeholders render; unknown and empty ones fail naming the input', () => {
    expect(
      renderTemplate('release/{{version}}-{{ environment }}', { version: '1.4.0', environment: 'staging' }, 'branch'),
    ).toBe('release/1.4.0-staging');
    expect(() => renderTemplate('deploy/{{env}}', { environment: 'x' }, 'paths', ['version', 'environment'])).toThrow(
      'Input "paths" has {{env}}, which is not a placeholder here: use {{version}}, {{environment}}',
    );
    expect(() => renderTemplate('deploy/{{environment}}', { environment: '' }, 'paths')).toThrow(
      'Input "paths" uses {{environment}}, which is empty in this run: set environment (tag-release\'s environment output)',
    );
  });
});
