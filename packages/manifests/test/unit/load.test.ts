import { closeSync, mkdirSync, openSync, ftruncateSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { InputError, UserError } from '@kra/core';
import { findManifestFiles, loadManifests } from '../../src/index.js';
import { rejectionOf, workspace } from './helpers.js';

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;

let ws: ReturnType<typeof workspace>;
const notes: string[] = [];
const options = () => ({ root: ws.root, onSkip: (note: string) => notes.push(note) });
const names = (objects: Awaited<ReturnType<typeof loadManifests>>) => objects.map((o) => o.object.metadata.name);

beforeEach(() => {
  notes.length = 0;
  ws = workspace({
    'k8s/b.yaml': cm('b'),
    'k8s/a.yml': cm('a'),
    'k8s/nested/c.json': JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }),
    'k8s/nested/deeper/d.yaml': cm('d'),
    'k8s/README.md': '# not a manifest',
    'k8s/.hidden/h.yaml': cm('hidden'),
    'k8s/.dotfile.yaml': cm('dotfile'),
    'k8s/kustomization.yaml': 'resources: [a.yml, b.yaml]\n',
    'other/z.yaml': cm('z'),
  });
});

afterEach(() => ws.cleanup());

describe('loadManifests: files, folders, globs', () => {
  test('a folder is read recursively, sorted, .yaml/.yml/.json only, hidden entries and kustomization.yaml skipped', async () => {
    const objects = await loadManifests(['k8s'], options());
    expect(names(objects)).toEqual(['a', 'b', 'c', 'd']);
    expect(objects[0].source).toEqual({ file: join(ws.root, 'k8s/a.yml'), index: 0, line: 1 });
    expect(notes).toEqual([
      'k8s/kustomization.yaml: skipped, a kustomization file is not an object to apply (list the files it names instead)',
    ]);
  });

  test('paths keep their input order; a file named twice is loaded once', async () => {
    const objects = await loadManifests(['other/z.yaml', 'k8s/b.yaml', 'k8s'], options());
    expect(names(objects)).toEqual(['z', 'b', 'a', 'c', 'd']);
  });

  test('globs are matched from the workspace root, sorted, dot files left out', async () => {
    expect(names(await loadManifests(['k8s/**/*.yaml'], options()))).toEqual(['b', 'd']);
    expect(names(await loadManifests(['**/*.{yml,json}'], options()))).toEqual(['a', 'c']);
    expect(names(await loadManifests(['./other/*'], options()))).toEqual(['z']);
  });

  test('an absolute glob inside the workspace works; kustomization files matched by a glob are skipped too', async () => {
    expect(names(await loadManifests([`${ws.root}/k8s/*.y*ml`], options()))).toEqual(['a', 'b']);
    expect(notes).toEqual([
      'k8s/kustomization.yaml: skipped, a kustomization file is not an object to apply (list the files it names instead)',
    ]);
  });

  test('exclude globs leave out files and whole folders', async () => {
    expect(names(await loadManifests(['k8s'], { ...options(), exclude: ['k8s/nested'] }))).toEqual(['a', 'b']);
    expect(names(await loadManifests(['k8s', 'other'], { ...options(), exclude: ['**/*.json', 'k8s/a.*'] }))).toEqual([
      'b',
      'd',
      'z',
    ]);
    // A path whose every file is excluded is a contradiction in the inputs, not a silent no-op.
    const error = await rejectionOf(loadManifests(['k8s', 'other'], { ...options(), exclude: ['other/'] }));
    expect(error.message).toBe(
      'Input "paths" path "other" matches only excluded or kustomization files: nothing to load — check "paths" and "exclude"',
    );
  });

  test('a workspace given through a symlink works', async () => {
    const link = `${ws.root}-link`;
    symlinkSync(ws.root, link);
    try {
      const objects = await loadManifests(['other'], { root: link });
      expect(names(objects)).toEqual(['z']);
    } finally {
      rmSync(link);
    }
  });

  test('absolute paths inside the workspace are accepted', async () => {
    expect(names(await loadManifests([join(ws.root, 'other')], options()))).toEqual(['z']);
  });

  test('a symlinked folder inside the workspace is followed; one pointing outside is not', async () => {
    const outside = workspace({ 'secret.yaml': cm('outside') });
    try {
      symlinkSync(join(ws.root, 'other'), join(ws.root, 'k8s/linked'));
      symlinkSync(outside.root, join(ws.root, 'k8s/escape'));
      expect(names(await loadManifests(['k8s'], options()))).toEqual(['a', 'b', 'z', 'c', 'd']);
      const error = await rejectionOf(loadManifests(['k8s/escape/secret.yaml'], options()));
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toMatch(/^Input "paths" path "k8s\/escape\/secret.yaml" is outside the workspace/);
    } finally {
      outside.cleanup();
    }
  });

  test('findManifestFiles lists the files in load order', async () => {
    const files = await findManifestFiles(['other', 'k8s/*.yml'], options());
    expect(files).toEqual([join(ws.root, 'other/z.yaml'), join(ws.root, 'k8s/a.yml')]);
  });
});

describe('loadManifests: bad input is one line naming the path and the input', () => {
  test('a missing path', async () => {
    const error = await rejectionOf(loadManifests(['k8s/missing.yaml'], options()));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(
      `Input "paths" path "k8s/missing.yaml" does not exist in the workspace ${ws.root} — check the path (it is relative to the repository root)`,
    );
  });

  test('the input name is the one given', async () => {
    const error = await rejectionOf(loadManifests(['nope'], { ...options(), inputName: 'manifests' }));
    expect(error.message).toMatch(/^Input "manifests" path "nope" does not exist/);
  });

  test('a glob that matches nothing', async () => {
    const error = await rejectionOf(loadManifests(['deploy/**/*.yaml'], options()));
    expect(error.message).toBe(
      `Input "paths" glob "deploy/**/*.yaml" matches no .yaml, .yml or .json file in the workspace ${ws.root} — check the pattern (it is relative to the repository root)`,
    );
  });

  test('an empty folder', async () => {
    mkdirSync(join(ws.root, 'empty/sub'), { recursive: true });
    ws.write('empty/sub/notes.txt', 'hello');
    const error = await rejectionOf(loadManifests(['empty'], options()));
    expect(error.message).toBe(
      'Input "paths" folder "empty" has no .yaml, .yml or .json files — add manifests to it or fix the path',
    );
  });

  test('a folder holding only a kustomization file', async () => {
    ws.write('kust/kustomization.yaml', 'resources: []\n');
    const error = await rejectionOf(loadManifests(['kust'], options()));
    expect(error.message).toMatch(
      /^Input "paths" path "kust" matches only excluded or kustomization files: nothing to load/,
    );
  });

  test('a path outside the workspace, relative or absolute', async () => {
    const relative = await rejectionOf(loadManifests(['../elsewhere'], options()));
    expect(relative).toBeInstanceOf(InputError);
    expect(relative.message).toBe(
      `Input "paths" path "../elsewhere" is outside the workspace ${ws.root}: use a path inside the repository checkout`,
    );
    const absolute = await rejectionOf(loadManifests(['/etc/passwd'], options()));
    expect(absolute.message).toMatch(/^Input "paths" path "\/etc\/passwd" is outside the workspace/);
    const glob = await rejectionOf(loadManifests(['../*/*.yaml'], options()));
    expect(glob.message).toMatch(/^Input "paths" path "\.\.\/\*\/\*\.yaml" is outside the workspace/);
  });

  test('no paths at all', async () => {
    const error = await rejectionOf(loadManifests([], options()));
    expect(error.message).toBe('Input "paths" is empty: give at least one file, folder or glob of manifests');
  });

  test('an exclude pattern that leaves the workspace', async () => {
    const error = await rejectionOf(loadManifests(['k8s'], { ...options(), exclude: ['../x'] }));
    expect(error.message).toBe('Input "exclude" pattern "../x" must be relative to the workspace, without ".."');
  });

  test('malformed YAML in a file: file:line relative to the workspace', async () => {
    ws.write('k8s/broken.yaml', `${cm('ok')}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n`);
    const error = await rejectionOf(loadManifests(['k8s'], options()));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^k8s\/broken\.yaml:10: invalid YAML: .* — fix the YAML syntax/);
    expect((error as UserError).file).toBe('k8s/broken.yaml');
  });

  test('YAML that is not a manifest', async () => {
    ws.write('k8s/values.yaml', 'replicaCount: 2\nimage:\n  tag: latest\n');
    const error = await rejectionOf(loadManifests(['k8s'], options()));
    expect(error.message).toBe(
      'k8s/values.yaml:1: document has no apiVersion, so it is not a Kubernetes object — each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)',
    );
  });

  test('an alias bomb', async () => {
    const lines = ['  a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i += 1)
      lines.push(
        `  l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    ws.write('k8s/bomb.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${lines.join('\n')}\n`);
    const error = await rejectionOf(loadManifests(['k8s/bomb.yaml'], options()));
    expect(error.message).toMatch(/^k8s\/bomb\.yaml:1: YAML aliases expand this document past 100,000 extra nodes/);
  });

  test('a 50 MB file is refused from its size, without being read', async () => {
    const file = join(ws.root, 'k8s/huge.yaml');
    const fd = openSync(file, 'w');
    writeSync(fd, 'apiVersion: v1\n');
    ftruncateSync(fd, 50 * 1024 * 1024); // sparse: the test never writes 50 MB
    closeSync(fd);
    const error = await rejectionOf(loadManifests(['k8s'], options()));
    expect(error.message).toBe(
      'k8s/huge.yaml: is 50 MiB, over the 10 MiB limit for one manifest file — split it into smaller files, or exclude it with "exclude" if it is not a manifest',
    );
    expect(names(await loadManifests(['k8s'], { ...options(), exclude: ['k8s/huge.yaml'] }))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  test('the size limit can be changed', async () => {
    const error = await rejectionOf(loadManifests(['k8s/b.yaml'], { ...options(), maxFileBytes: 10 }));
    expect(error.message).toMatch(/^k8s\/b\.yaml: is \d+ bytes, over the 10 bytes limit/);
  });

  test('a FIFO named like a manifest never hangs the load: globs and folders pass it by, a path to it is refused', async () => {
    execFileSync('mkfifo', [join(ws.root, 'other/pipe.yaml')]);
    expect(names(await loadManifests(['other/*.yaml', 'other'], options()))).toEqual(['z']);
    const error = await rejectionOf(loadManifests(['other/pipe.yaml'], options()));
    expect(error.message).toBe(
      'Input "paths" path "other/pipe.yaml" is neither a file nor a folder — give manifest files, folders or globs',
    );
  });

  test('a binary file', async () => {
    ws.write('k8s/logo.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const error = await rejectionOf(loadManifests(['k8s'], options()));
    expect(error.message).toBe(
      'k8s/logo.yaml:3: is a binary file, not YAML or JSON text (it has NUL bytes or is not UTF-8) — save manifests as UTF-8 text, or exclude this file with "exclude"',
    );
  });
});
