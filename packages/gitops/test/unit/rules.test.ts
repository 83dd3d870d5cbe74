// The edit rules on small hand-written files: every layout a config repository uses for an
// image (kustomize entries in block and flow style, Helm values with and without registry and
// digest, container images, Flux markers, named fields), the styles a value is written in, and
// the one-line errors for bad input.
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { UserError } from '@kra/core';
import {
  isPlainSafe,
  parseFieldRule,
  parseImages,
  planConfigUpdate,
  type FieldRule,
  type Pin,
  type UpdatePlan,
} from '../../src/index.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const IMAGES = parseImages(`ghcr.io/acme/web:2.0.0@${D2}\nghcr.io/acme/api:1.10@${D2}`);

function tree(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kra-gitops-rules-')));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function update(
  files: Record<string, string>,
  pin: Pin = 'tag',
  options: { paths?: string[]; fields?: FieldRule[]; images?: typeof IMAGES } = {},
): UpdatePlan {
  return planConfigUpdate({
    root: tree(files),
    paths: options.paths ?? ['.'],
    images: options.images ?? IMAGES,
    pin,
    fields: options.fields,
  });
}

/** The one file's new text. */
function after(files: Record<string, string>, pin: Pin = 'tag', options: Parameters<typeof update>[2] = {}): string {
  const plan = update(files, pin, options);
  expect(plan.files).toHaveLength(1);
  return plan.files[0].after;
}

describe('kustomize images entries', () => {
  const kustomization = [
    'resources:',
    '- deploy.yaml',
    'images:',
    '  # the app',
    '  - name: ghcr.io/acme/web  # web',
    '    newTag: "1.0.0"',
    `    digest: ${D1}`,
    '  - {name: ghcr.io/acme/api, newTag: 1.0.0}',
    '  - name: redis',
    '    newTag: 7',
    '',
  ].join('\r\n');

  test('pin tag: newTag in each style (quoted stays quoted, 1.10 gets quotes), the stale digest removed, CRLF kept', () => {
    expect(after({ 'kustomization.yaml': kustomization })).toBe(
      kustomization
        .replace(`newTag: "1.0.0"\r\n    digest: ${D1}\r\n`, 'newTag: "2.0.0"\r\n')
        .replace('{name: ghcr.io/acme/api, newTag: 1.0.0}', '{name: ghcr.io/acme/api, newTag: "1.10"}'),
    );
  });

  test('pin digest: digest set and newTag removed, in block and flow entries', () => {
    expect(after({ 'kustomization.yaml': kustomization }, 'digest')).toBe(
      kustomization
        .replace(`newTag: "1.0.0"\r\n    digest: ${D1}`, `digest: ${D2}`)
        .replace('{name: ghcr.io/acme/api, newTag: 1.0.0}', `{name: ghcr.io/acme/api, digest: ${D2}}`),
    );
  });

  test('pin tag@digest: both, the missing digest added after the last key', () => {
    expect(after({ 'kustomization.yaml': kustomization }, 'tag@digest')).toBe(
      kustomization
        .replace(`newTag: "1.0.0"\r\n    digest: ${D1}`, `newTag: "2.0.0"\r\n    digest: ${D2}`)
        .replace('{name: ghcr.io/acme/api, newTag: 1.0.0}', `{name: ghcr.io/acme/api, newTag: "1.10", digest: ${D2}}`),
    );
  });

  test('an entry matches by newName (the name the base writes is a placeholder)', () => {
    const text = 'kind: Kustomization\nimages:\n- name: web\n  newName: ghcr.io/acme/web\n  newTag: 1.0.0\n';
    expect(after({ 'kustomization.yaml': text })).toBe(text.replace('newTag: 1.0.0', 'newTag: 2.0.0'));
  });

  test('an entry whose digest comes first hands its place to the next key when removed', () => {
    const text = `images:\n- digest: ${D1}\n  name: ghcr.io/acme/web\n`;
    expect(after({ 'kustomization.yaml': text })).toBe('images:\n- name: ghcr.io/acme/web\n  newTag: 2.0.0\n');
  });

  test('a missing entry is added when the resources use the image: to an empty list, a bare key, or no key', () => {
    const deploy =
      'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: ghcr.io/acme/web:1.0.0\n';
    const base = { 'base/deploy.yaml': deploy, 'base/kustomization.yaml': 'resources:\n- deploy.yaml\n' };
    const entry = 'name: ghcr.io/acme/web, newTag: 2.0.0';
    expect(
      after({ ...base, 'o/kustomization.yaml': 'resources: [../base]\nimages: []\n' }, 'tag', { paths: ['o'] }),
    ).toBe(`resources: [../base]\nimages: [{${entry}}]\n`);
    expect(after({ ...base, 'o/kustomization.yaml': 'resources: [../base]\nimages:\n' }, 'tag', { paths: ['o'] })).toBe(
      'resources: [../base]\nimages:\n- name: ghcr.io/acme/web\n  newTag: 2.0.0\n',
    );
    expect(
      after({ ...base, 'o/kustomization.yaml': '# overlay\nresources:\n    - ../base\n# end\n' }, 'tag', {
        paths: ['o'],
      }),
    ).toBe('# overlay\nresources:\n    - ../base\nimages:\n    - name: ghcr.io/acme/web\n      newTag: 2.0.0\n# end\n');
    // No final newline: none added.
    expect(after({ ...base, 'o/kustomization.yaml': 'resources:\n- ../base' }, 'tag', { paths: ['o'] })).toBe(
      'resources:\n- ../base\nimages:\n- name: ghcr.io/acme/web\n  newTag: 2.0.0',
    );
  });

  test('an entry is not added for an image a base renames: the overlay names the new name', () => {
    const files = {
      'base/deploy.yaml': 'kind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n      - image: web\n',
      'base/kustomization.yaml':
        'resources:\n- deploy.yaml\nimages:\n- name: web\n  newName: ghcr.io/acme/web\n  newTag: 1.0.0\n',
      'o/kustomization.yaml': 'resources:\n- ../base\n',
    };
    expect(after(files, 'tag', { paths: ['o'] })).toBe(
      'resources:\n- ../base\nimages:\n- name: ghcr.io/acme/web\n  newTag: 2.0.0\n',
    );
    // With the base under the paths, its entry is the one that changes.
    const plan = update(files, 'tag', { paths: ['base', 'o'] });
    expect(plan.files.map((file) => file.path)).toEqual(['base/kustomization.yaml']);
  });
});

describe('Helm values', () => {
  test('registry + repository + tag, and a digest key', () => {
    const text =
      'web:\n  image:\n    registry: ghcr.io\n    repository: acme/web\n    tag: "1.0.0" # pinned\n    digest: ""\n';
    expect(after({ 'values.yaml': text })).toBe(text.replace('"1.0.0"', '"2.0.0"'));
    expect(after({ 'values.yaml': text }, 'digest')).toBe(text.replace('digest: ""', `digest: "${D2}"`));
    expect(after({ 'values.yaml': text }, 'tag@digest')).toBe(
      text.replace('"1.0.0"', '"2.0.0"').replace('digest: ""', `digest: "${D2}"`),
    );
  });

  test('without a digest key, a pinned digest goes into the tag (repository:tag@digest)', () => {
    const text = "image:\n  repository: 'ghcr.io/acme/api'\n  tag: '1.0'\n";
    expect(after({ 'values.yaml': text }, 'digest')).toBe(text.replace("'1.0'", `'1.10@${D2}'`));
  });

  test('an empty tag is filled; a number-like tag is quoted so Helm reads a string', () => {
    expect(after({ 'values.yaml': 'image:\n  repository: ghcr.io/acme/api\n  tag:\n' })).toBe(
      'image:\n  repository: ghcr.io/acme/api\n  tag: "1.10"\n',
    );
  });

  test('a named path: frontend.image.tag, with the image by its short name', () => {
    const text = 'frontend:\n  image:\n    tag: v1 # keep\nimages:\n  repository: ghcr.io/acme\n';
    const fields = [parseFieldRule('frontend.image.tag=web')!];
    expect(after({ 'values.yaml': text }, 'tag', { fields })).toBe(text.replace('tag: v1', 'tag: 2.0.0'));
  });
});

describe('manifests and Flux markers', () => {
  test('container images in every style; an ImageRepository (no tag) is left alone', () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers: [{name: init, image: "ghcr.io/acme/web:1.0.0"}]',
      '      containers:',
      `        - image: ghcr.io/acme/web@${D1}`,
      "        - image: 'ghcr.io/acme/api:1.0' # api",
      '---',
      'apiVersion: image.toolkit.fluxcd.io/v1beta2',
      'kind: ImageRepository',
      'spec:',
      '  image: ghcr.io/acme/web',
      '',
    ].join('\n');
    expect(after({ 'deploy.yaml': text })).toBe(
      text
        .replace('"ghcr.io/acme/web:1.0.0"', '"ghcr.io/acme/web:2.0.0"')
        .replace(`ghcr.io/acme/web@${D1}`, 'ghcr.io/acme/web:2.0.0')
        .replace("'ghcr.io/acme/api:1.0'", "'ghcr.io/acme/api:1.10'"),
    );
  });

  test('Flux markers: the full reference, :tag, :digest; :name is left as it is', () => {
    const text = [
      'spec:',
      '  values:',
      '    image:',
      '      repository: ghcr.io/acme/api # {"$imagepolicy": "flux-system:api:name"}',
      '      tag: 1.0 # {"$imagepolicy": "flux-system:api:tag"}',
      '      sha: "" # {"$imagepolicy": "flux-system:api:digest"}',
      '    web: ghcr.io/acme/web:1.0.0 # {"$imagepolicy": "flux-system:web"}',
      '',
    ].join('\n');
    expect(after({ 'release.yaml': text }, 'tag@digest')).toBe(
      text
        .replace('tag: 1.0 #', 'tag: "1.10" #')
        .replace('sha: "" #', `sha: "${D2}" #`)
        .replace('web: ghcr.io/acme/web:1.0.0', `web: ghcr.io/acme/web:2.0.0@${D2}`),
    );
  });
});

describe('Flux markers in a kustomization', () => {
  test('a marked newTag is written with its marker kept; tag@digest adds the digest beside it', () => {
    const text = 'images:\n  - name: ghcr.io/acme/web\n    newTag: 1.0.0 # {"$imagepolicy": "flux-system:web:tag"}\n';
    expect(after({ 'kustomization.yaml': text }, 'tag@digest')).toBe(
      `images:\n  - name: ghcr.io/acme/web\n    newTag: 2.0.0 # {"$imagepolicy": "flux-system:web:tag"}\n    digest: ${D2}\n`,
    );
  });
});

describe('values already current, and what cannot be edited', () => {
  test('nothing to write when every value is current', () => {
    const plan = update({ 'values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: 2.0.0\n' });
    expect(plan.files).toEqual([]);
    expect(plan.unmatched.map((image) => image.name)).toEqual(['api']);
  });

  test('a block scalar holding a released image is a problem line, not a rewrite', () => {
    const plan = update({ 'values.yaml': 'image:\n  repository: ghcr.io/acme/web\n  tag: |\n    1.0.0\n' });
    expect(plan.files).toEqual([]);
    expect(plan.problems).toEqual([
      'values.yaml:3: image.tag holds ghcr.io/acme/web but cannot be changed in place (a block scalar or an unusual layout): write it as a plain or quoted value',
    ]);
  });

  test('plain values stay plain only when they read back as the same string', () => {
    expect(isPlainSafe('2.0.0')).toBe(true);
    expect(isPlainSafe('ghcr.io/acme/web:2.0@sha256:abc')).toBe(true);
    expect(isPlainSafe('1.10')).toBe(false); // a number
    expect(isPlainSafe('yes')).toBe(false); // a boolean in YAML 1.1
    expect(isPlainSafe('1e3')).toBe(false);
    expect(isPlainSafe('a #b')).toBe(false);
  });
});

describe('bad input: one line each', () => {
  function error(run: () => unknown): UserError {
    try {
      run();
    } catch (caught) {
      expect(caught).toBeInstanceOf(UserError);
      expect((caught as Error).message).not.toContain('\n');
      return caught as UserError;
    }
    throw new Error('no error');
  }

  test('YAML that does not parse: file and line', () => {
    const caught = error(() => update({ 'deploy/ok.yaml': 'a: 1\n', 'deploy/bad.yaml': 'a: 1\nb: [\n  c: d\n' }));
    expect(caught.message).toMatch(
      /^deploy\/bad\.yaml:3: YAML does not parse \(.+\): fix the file in the config repository$/,
    );
    expect([caught.file, caught.line]).toEqual(['deploy/bad.yaml', 3]);
  });

  test('a path outside the repository, through .. or a symbolic link', () => {
    expect(error(() => update({ 'a.yaml': '' }, 'tag', { paths: ['../etc'] })).message).toBe(
      'Input "paths" names "../etc", which is outside the config repository: give a path inside it, such as deploy/overlays/staging',
    );
    const root = tree({ 'a.yaml': 'a: 1\n' });
    symlinkSync(tmpdir(), join(root, 'out'));
    expect(error(() => planConfigUpdate({ root, paths: ['out'], images: IMAGES, pin: 'tag' })).message).toBe(
      'Input "paths" names "out", a symbolic link that leads outside the config repository: give a path inside it',
    );
  });

  test('a path that is not there', () => {
    expect(error(() => update({ 'a.yaml': '' }, 'tag', { paths: ['deploy/overlays/prod'] })).message).toBe(
      'Input "paths" names "deploy/overlays/prod", which is not in the config repository: check the path and the base branch',
    );
  });

  test('fields lines', () => {
    expect(parseFieldRule('frontend.image.tag=web')).toEqual({
      path: ['frontend', 'image', 'tag'],
      image: 'web',
      part: undefined,
      text: 'frontend.image.tag=web',
    });
    expect(parseFieldRule('spec.containers[1].image=localhost:5000/web:ref')).toMatchObject({
      path: ['spec', 'containers', 1, 'image'],
      image: 'localhost:5000/web',
      part: 'ref',
    });
    expect(parseFieldRule('no equals sign')).toBeUndefined();
  });
});
