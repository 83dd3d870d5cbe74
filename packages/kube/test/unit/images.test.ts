import { imageListOf, parseImagesInput, pinnedImage, replaceImages, runningImages } from '../../src/images.js';
import type { KObject } from '../../src/client.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;
const C = `sha256:${'c'.repeat(64)}`;

const deployment = (name: string, images: string[], init: string[] = []): KObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    template: {
      metadata: { labels: { app: name } },
      spec: {
        initContainers: init.map((image, i) => ({ name: `init${i}`, image })),
        containers: images.map((image, i) => ({ name: `c${i}`, image })),
      },
    },
  },
});

const entry = (repository: string, tags: string[], digest = '') => ({
  name: repository.split('/').pop()!,
  repository,
  tags,
  digest,
  ref: '',
});

describe('the images input', () => {
  test('takes the image list JSON or one reference a line', () => {
    const json = parseImagesInput(
      'images',
      JSON.stringify([{ name: 'web', repository: 'ghcr.io/acme/web', tags: ['1.4.0'], digest: A }]),
    );
    expect(json[0]).toMatchObject({ repository: 'ghcr.io/acme/web', tags: ['1.4.0'], digest: A });
    expect(parseImagesInput('images', `ghcr.io/acme/web:1.4.0\nghcr.io/acme/api@${B}`)).toMatchObject([
      { repository: 'ghcr.io/acme/web', tags: ['1.4.0'], digest: '' },
      { repository: 'ghcr.io/acme/api', tags: [], digest: B },
    ]);
    expect(parseImagesInput('images', `ghcr.io/acme/web:1.4.0@${A}`)[0]).toMatchObject({ tags: ['1.4.0'], digest: A });
  });

  test('a line without tag or digest is refused', () => {
    expect(() => parseImagesInput('images', 'ghcr.io/acme/web')).toThrow(
      /^Input "images" line "ghcr.io\/acme\/web" has no tag or digest/,
    );
  });

  test('references are read by the one parser of the suite (@kra/registry/reference): its errors, one line', () => {
    expect(() => parseImagesInput('images', 'ghcr.io/Acme/web:1.0')).toThrow(
      'Input "images" line 1 has invalid image reference "ghcr.io/Acme/web:1.0": repository "Acme/web" must be lower-case: write "acme/web"',
    );
    expect(() => parseImagesInput('images', 'ghcr.io/acme/web@sha256:abc')).toThrow(
      /^Input "images" line 1 has invalid image reference "ghcr\.io\/acme\/web@sha256:abc": digest/,
    );
    expect(() =>
      parseImagesInput('images', JSON.stringify([{ repository: 'ghcr.io/acme/web:1.0', tags: ['1.0'] }])),
    ).toThrow(/^Input "images" item 0 has "repository": "ghcr\.io\/acme\/web:1\.0" with a tag or digest/);
  });
});

describe('pinnedImage: the tag k8s-deploy writes beside the digest', () => {
  test("the release's version tag, wherever tag-release lists it", () => {
    expect(
      pinnedImage(entry('ghcr.io/acme/web', ['main-eb48a72', 'sha-eb48a72', '1.4.0', '1.4', '1', 'latest'], A)),
    ).toBe(`ghcr.io/acme/web:1.4.0@${A}`);
    expect(pinnedImage(entry('ghcr.io/acme/web', ['sha-eb48a72', '1.5.0-rc.1'], A))).toBe(
      `ghcr.io/acme/web:1.5.0-rc.1@${A}`,
    );
    expect(pinnedImage(entry('ghcr.io/acme/web', ['latest', 'v2.0.0'], A))).toBe(`ghcr.io/acme/web:v2.0.0@${A}`);
  });

  test('without a version tag, the first tag; without tags, the digest alone', () => {
    expect(pinnedImage(entry('ghcr.io/acme/web', ['main-eb48a72', 'sha-eb48a72'], A))).toBe(
      `ghcr.io/acme/web:main-eb48a72@${A}`,
    );
    expect(pinnedImage(entry('ghcr.io/acme/web', [], A))).toBe(`ghcr.io/acme/web@${A}`);
    expect(pinnedImage(entry('ghcr.io/acme/web', ['1.4'], ''))).toBe('ghcr.io/acme/web:1.4');
    expect(pinnedImage(entry('ghcr.io/acme/web', [], ''))).toBeUndefined();
  });
});

describe('replaceImages', () => {
  test('replaces containers and init containers by repository, pinned by digest', () => {
    const objects = [
      deployment('web', ['ghcr.io/acme/web:main', 'redis:7'], ['ghcr.io/acme/web:old']),
      deployment('api', ['ghcr.io/acme/api:main']),
    ];
    const result = replaceImages(objects, [
      entry('ghcr.io/acme/web', ['main-eb48a72', '1.4.0', 'latest'], C),
      entry('ghcr.io/acme/api', ['1.4.0']),
      entry('ghcr.io/acme/worker', ['1.4.0']),
    ]);
    expect(runningImages(objects).map((i) => i.image)).toEqual([
      `ghcr.io/acme/web:1.4.0@${C}`,
      `ghcr.io/acme/web:1.4.0@${C}`,
      'redis:7',
      'ghcr.io/acme/api:1.4.0',
    ]);
    expect(result.replacements).toHaveLength(3);
    expect(result.unmatched.map((e) => e.name)).toEqual(['worker']);
  });

  test('names are matched as Docker normalises them: Docker Hub short names, index.docker.io, host case', () => {
    const objects = [deployment('web', ['nginx:1.25', 'index.docker.io/acme/api:1', 'GHCR.io/acme/web:main'])];
    const result = replaceImages(objects, [
      entry('docker.io/library/nginx', ['1.27']),
      entry('acme/api', ['2']),
      entry('ghcr.io/acme/web', ['1.0.0']),
    ]);
    expect(runningImages(objects).map((i) => i.image)).toEqual([
      'docker.io/library/nginx:1.27',
      'acme/api:2',
      'ghcr.io/acme/web:1.0.0',
    ]);
    expect(result.unmatched).toEqual([]);
  });

  test('a registry port is not a tag, and a path prefix is another repository', () => {
    const objects = [deployment('web', ['localhost:5000/web', 'localhost:5000/shop/web:1'])];
    replaceImages(objects, [entry('localhost:5000/web', ['2.0.0'])]);
    expect(runningImages(objects).map((i) => i.image)).toEqual([
      'localhost:5000/web:2.0.0',
      'localhost:5000/shop/web:1',
    ]);
  });

  test('an image that is no reference (a placeholder left in a manifest) is left alone', () => {
    const objects = [deployment('web', ['${WEB_IMAGE}', 'IMAGE_PLACEHOLDER'])];
    const result = replaceImages(objects, [entry('ghcr.io/acme/web', ['1.0.0'])]);
    expect(runningImages(objects).map((i) => i.image)).toEqual(['${WEB_IMAGE}', 'IMAGE_PLACEHOLDER']);
    expect(result.unmatched.map((e) => e.name)).toEqual(['web']);
  });
});

describe('imageListOf', () => {
  test('gives the image list contract', () => {
    expect(imageListOf([`ghcr.io/acme/web:1.4.0@${A}`, 'redis:7', 'redis:7'])).toEqual([
      { name: 'web', repository: 'ghcr.io/acme/web', tags: ['1.4.0'], digest: A, ref: `ghcr.io/acme/web@${A}` },
      { name: 'redis', repository: 'redis', tags: ['7'], digest: '', ref: 'redis:7' },
    ]);
  });

  test('keeps an image that is no reference as it is written', () => {
    expect(imageListOf(['IMAGE_PLACEHOLDER'])).toEqual([
      { name: 'IMAGE_PLACEHOLDER', repository: 'IMAGE_PLACEHOLDER', tags: [], digest: '', ref: 'IMAGE_PLACEHOLDER' },
    ]);
  });
});
