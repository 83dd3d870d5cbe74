import { UserError } from '@kra/core';
import { MAX_ALIAS_EXPANSION, decodeManifestText, parseManifests } from '../../src/index.js';
import { errorOf } from './helpers.js';

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/${name}:1
`;

describe('parseManifests: documents and locations', () => {
  test('multi-document YAML keeps file, document index and the line of each document', () => {
    const text = `# Copyright header
# more header

apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
---
# a comment inside the second document
${deployment('web')}---
---
apiVersion: v1
kind: Service
metadata: {name: web}
`;
    const objects = parseManifests(text, '/ws/app.yaml');
    expect(objects.map((o) => [o.object.kind, o.source.index, o.source.line])).toEqual([
      ['ServiceAccount', 0, 4],
      ['Deployment', 1, 10],
      ['Service', 3, 22],
    ]);
    expect(objects.every((o) => o.source.file === '/ws/app.yaml')).toBe(true);
    expect(text.split('\n')[9]).toBe('apiVersion: apps/v1');
    expect(text.split('\n')[21]).toBe('apiVersion: v1');
  });

  test('a leading comment before the first --- is not a document; empty and null documents are skipped', () => {
    const text = `# header\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n# only a comment\n---\nnull\n---\n~\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n`;
    const objects = parseManifests(text, 'cm.yaml');
    expect(objects.map((o) => [o.object.metadata.name, o.source.index, o.source.line])).toEqual([
      ['a', 0, 3],
      ['b', 4, 13],
    ]);
  });

  test('an inline document start (--- {…}) and document end markers (...) are handled', () => {
    const text = `--- {apiVersion: v1, kind: Namespace, metadata: {name: shop}}\n...\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n...\n`;
    const objects = parseManifests(text, 'ns.yaml');
    expect(objects.map((o) => [o.object.metadata.name, o.source.index, o.source.line])).toEqual([
      ['shop', 0, 1],
      ['other', 1, 3],
    ]);
  });

  test('CRLF line endings and a UTF-8 byte order mark are read', () => {
    const text =
      '\ufeffapiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: a\r\n---\r\napiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: b\r\n';
    const objects = parseManifests(text, 'crlf.yaml');
    expect(objects.map((o) => [o.object.metadata.name, o.source.line])).toEqual([
      ['a', 1],
      ['b', 6],
    ]);
  });

  test('a YAML directive stays with the document it precedes', () => {
    const text = `%YAML 1.2\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n`;
    const objects = parseManifests(text, 'd.yaml');
    expect(objects).toHaveLength(1);
    expect(objects[0].source).toEqual({ file: 'd.yaml', index: 0, line: 3 });
  });

  test('kind: List is flattened; items keep the List document location and their item index', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: first}\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: one}\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: two}\n`;
    const objects = parseManifests(text, 'list.yaml');
    expect(objects.map((o) => [o.object.kind, o.object.metadata.name, o.source])).toEqual([
      ['ConfigMap', 'first', { file: 'list.yaml', index: 0, line: 1 }],
      ['ConfigMap', 'one', { file: 'list.yaml', index: 1, line: 5, item: 0 }],
      ['Deployment', 'two', { file: 'list.yaml', index: 1, line: 5, item: 1 }],
    ]);
    expect(objects[0].text).toContain('name: first');
    expect(objects[1].text).toBeUndefined();
  });

  test('typed lists (ConfigMapList) with items are flattened too', () => {
    const objects = parseManifests(
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMapList',
        items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }],
      }),
      'l.json',
    );
    expect(objects.map((o) => o.object.metadata.name)).toEqual(['x']);
  });

  test('JSON files are parsed as JSON, a List included', () => {
    const json = JSON.stringify(
      { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } }] },
      null,
      2,
    );
    const objects = parseManifests(json, '/ws/list.json');
    expect(objects).toHaveLength(1);
    expect(objects[0].object.kind).toBe('Service');
    expect(objects[0].source).toEqual({ file: '/ws/list.json', index: 0, line: 1, item: 0 });
  });

  test('malformed JSON is an error at file:line', () => {
    const error = errorOf(() =>
      parseManifests('{\n  "apiVersion": "v1",\n  "kind": "ConfigMap"\n  "metadata": {}\n}\n', 'bad.json'),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^bad\.json:4: invalid JSON: .* — fix the JSON syntax$/);
  });

  test('scalars follow what kubectl reads: 0644 is octal, dates and yes stay strings, merge keys work', () => {
    const text = `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  labels: &labels
    app: web
data:
  date: 2024-01-01
  answer: yes
spec:
  mode: 0644
  hex: 0x1F
  plain: 644
  negative: -3
  ratio: 1.5
  small: .5
  huge: -.inf
  version: 1.2.3
  word: 1abc
  zero: 0
  merged:
    <<: {a: 1, b: 2}
    b: 3
`;
    const [{ object }] = parseManifests(text, 'a.yaml');
    expect(object.data).toEqual({ date: '2024-01-01', answer: 'yes' });
    expect(object.spec).toEqual({
      mode: 420,
      hex: 31,
      plain: 644,
      negative: -3,
      ratio: 1.5,
      small: 0.5,
      huge: -Infinity,
      version: '1.2.3',
      word: '1abc',
      zero: 0,
      merged: { a: 1, b: 3 },
    });
  });

  test('parses a Buffer, refusing invalid UTF-8', () => {
    expect(
      parseManifests(Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n'), 'a.yaml'),
    ).toHaveLength(1);
    const error = errorOf(() => parseManifests(Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]), 'latin.yaml'));
    expect(error.message).toMatch(/^latin\.yaml: is a binary file, not YAML or JSON text .* — /);
  });
});

describe('parseManifests: errors are one line at file:line', () => {
  test('malformed YAML names the file and the line of the problem, counted in the whole file', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n   bad: indentation\n`;
    const error = errorOf(() => parseManifests(text, 'broken.yaml'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).not.toContain('\n');
    expect(error.message).toMatch(/^broken\.yaml:9: invalid YAML: .* — fix the YAML syntax/);
    expect((error as UserError).file).toBe('broken.yaml');
    expect((error as UserError).line).toBe(9);
  });

  test('an unclosed quote is reported too', () => {
    const error = errorOf(() =>
      parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "open\n', 'q.yaml'),
    );
    expect(error.message).toMatch(/^q\.yaml:\d+: invalid YAML: /);
  });

  test.each([
    ['a scalar', 'just a string\n', /document is a string, not a Kubernetes object/],
    ['a list', '- a\n- b\n', /document is a list, not a Kubernetes object/],
    ['no kind', 'apiVersion: v1\nmetadata: {name: a}\n', /document has no kind, so it is not a Kubernetes object/],
    ['no apiVersion', 'kind: ConfigMap\nmetadata: {name: a}\n', /document has no apiVersion/],
    ['a numeric kind', 'apiVersion: v1\nkind: 5\nmetadata: {name: a}\n', /has a kind that is a number/],
    ['no metadata', 'apiVersion: v1\nkind: ConfigMap\ndata: {}\n', /ConfigMap document has no metadata — add metadata/],
    ['a bad List item', 'apiVersion: v1\nkind: List\nitems:\n  - 42\n', /document \(List item 0\) is a number/],
  ])('YAML that is not a manifest (%s) is refused', (_name, text, pattern) => {
    const error = errorOf(() => parseManifests(`# header\n${text}`, 'not.yaml'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^not\.yaml:2: /);
    expect(error.message).toMatch(pattern);
    expect(error.message).not.toContain('\n');
  });

  test('an alias bomb ("billion laughs") is refused quickly, with file and line', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
    const error = errorOf(() => parseManifests(`---\n${text}`, 'bomb.yaml'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /^bomb\.yaml:2: YAML aliases expand this document past 100,000 extra nodes \(an alias bomb, "billion laughs"\) — /,
    );
    expect(MAX_ALIAS_EXPANSION).toBe(100_000);
  });

  test('modest aliases are expanded into independent copies', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  template:
    spec:
      containers:
        - name: a
          env: &env [{name: A, value: "1"}]
        - name: b
          env: *env
`;
    const [{ object }] = parseManifests(text, 'aliases.yaml');
    const containers = (object.spec as any).template.spec.containers;
    expect(containers[1].env).toEqual([{ name: 'A', value: '1' }]);
    expect(containers[1].env).not.toBe(containers[0].env);
    containers[1].env[0].value = '2';
    expect(containers[0].env[0].value).toBe('1');
  });

  test('deep nesting is refused, not a stack overflow', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    const error = errorOf(() => parseManifests(text, 'deep.yaml'));
    expect(error.message).toMatch(/^deep\.yaml:4: YAML nesting is deeper than 512 levels — flatten the document/);
  });

  test('text over maxFileBytes is refused before parsing', () => {
    const error = errorOf(() => parseManifests('apiVersion: v1\n'.repeat(100), 'big.yaml', { maxFileBytes: 1000 }));
    expect(error.message).toBe(
      'big.yaml: is 1.5 KiB, over the 1000 bytes limit for one manifest file — split it into smaller files, or exclude it with "exclude" if it is not a manifest',
    );
  });

  test('text with NUL characters is refused as binary', () => {
    const error = errorOf(() => parseManifests('apiVersion: v1\u0000\n', 'nul.yaml'));
    expect(error.message).toMatch(/^nul\.yaml: is a binary file/);
  });

  test('kustomization documents are skipped with a note', () => {
    const notes: string[] = [];
    const objects = parseManifests(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n',
      'k/kustom.yaml',
      { onSkip: (note) => notes.push(note) },
    );
    expect(objects).toEqual([]);
    expect(notes).toEqual([
      'k/kustom.yaml:1: skipped Kustomization (kustomize.config.k8s.io/v1beta1): a kustomize file, not an object to apply',
    ]);
  });
});

describe('decodeManifestText', () => {
  test('reports the line of the first NUL byte', () => {
    const error = errorOf(() => decodeManifestText(Buffer.from('a: 1\nb: 2\n\u0000\u0001'), '/ws/bin.yaml', '/ws'));
    expect(error.message).toMatch(
      /^bin\.yaml:3: is a binary file, not YAML or JSON text \(it has NUL bytes or is not UTF-8\) — save manifests as UTF-8 text, or exclude this file with "exclude"$/,
    );
  });

  test('UTF-16 text is refused (it has NUL bytes)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('apiVersion: v1\n', 'utf16le')]);
    expect(() => decodeManifestText(utf16, 'u16.yaml')).toThrow(/binary file/);
  });

  test('drops a byte order mark', () => {
    expect(decodeManifestText(Buffer.from('\ufeffa: 1'), 'a.yaml')).toBe('a: 1');
  });
});
