// Black-box tests of the bundled list-manifests action (dist/list-manifests/index.js), run
// the way the GitHub runner runs it, on the microservices-demo app and on bad input.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { repoRoot, runAction, type ActionResult } from '@kra/local-runner';

const FIXTURES = join(repoRoot(), '..', 'shared', 'fixtures', 'microservices-demo');
const SERVICES = [
  'adservice',
  'cartservice',
  'checkoutservice',
  'currencyservice',
  'emailservice',
  'frontend',
  'loadgenerator',
  'paymentservice',
  'productcatalogservice',
  'recommendationservice',
  'shippingservice',
];

interface Listed {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
  file: string;
  index: number;
  line: number;
}

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'list-manifests-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The per-service files in k8s/ and the single-file release in release/, copied from the fixtures. */
function demoWorkspace(): string {
  const dir = workspace();
  if (!existsSync(FIXTURES)) throw new Error(`the microservices-demo fixtures are missing at ${FIXTURES}`);
  mkdirSync(join(dir, 'k8s'));
  mkdirSync(join(dir, 'release'));
  for (const service of SERVICES) cpSync(join(FIXTURES, `${service}.yaml`), join(dir, 'k8s', `${service}.yaml`));
  cpSync(join(FIXTURES, 'kustomization.yaml'), join(dir, 'k8s', 'kustomization.yaml'));
  cpSync(join(FIXTURES, 'release-kubernetes-manifests.yaml'), join(dir, 'release', 'all.yaml'));
  return dir;
}

function list(inputs: Record<string, string>, dir: string): Promise<ActionResult> {
  return runAction({ action: 'list-manifests', inputs, workspace: dir, timeoutMs: 60_000 });
}

/** A failed step: exit 1, one error line matching `pattern`, and no outputs at all. */
function expectOneLineFailure(result: ActionResult, pattern: RegExp): void {
  expect(result.outputs).toEqual({});
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors.length).toBeGreaterThanOrEqual(1);
  const last = errors[errors.length - 1];
  expect(last.message).not.toContain('\n');
  expect(last.message).toMatch(pattern);
}

describe('list-manifests on microservices-demo', () => {
  const dir = demoWorkspace();
  let perService: ActionResult;
  let singleFile: ActionResult;

  beforeAll(async () => {
    perService = await list({ paths: 'k8s', namespace: 'shop' }, dir);
    singleFile = await list({ paths: 'release/all.yaml', namespace: 'shop' }, dir);
  });

  test('lists every object, the kustomization file skipped', () => {
    expect(perService.exitCode).toBe(0);
    expect(perService.outputs.count).toBe('35');
    const objects = JSON.parse(perService.outputs['manifests-json']) as Listed[];
    const kinds = objects.reduce<Record<string, number>>(
      (count, o) => ({ ...count, [o.kind]: (count[o.kind] ?? 0) + 1 }),
      {},
    );
    expect(kinds).toEqual({ ServiceAccount: 11, Deployment: 12, Service: 12 });
    expect(objects.every((o) => o.namespace === 'shop' && o.file.startsWith('k8s/') && o.line >= 1)).toBe(true);
    expect(perService.outputs.manifests.split('\n')).not.toContain('k8s/kustomization.yaml');
  });

  test('finds all 11 services’ images', () => {
    const images = JSON.parse(perService.outputs['images-json']) as string[];
    for (const service of SERVICES) expect(images).toContain(service);
    expect(images).toEqual(expect.arrayContaining(['redis:alpine']));
    expect(perService.outputs.images.split('\n')).toEqual(images);
    const released = JSON.parse(singleFile.outputs['images-json']) as string[];
    for (const service of SERVICES) {
      expect(released).toContain(`us-central1-docker.pkg.dev/online-boutique-ci/microservices-demo/${service}:v0.10.6`);
    }
  });

  test('orders ServiceAccounts before Services before Deployments', () => {
    for (const result of [perService, singleFile]) {
      const kinds = (JSON.parse(result.outputs['manifests-json']) as Listed[]).map((o) => o.kind);
      expect(kinds.lastIndexOf('ServiceAccount')).toBeLessThan(kinds.indexOf('Service'));
      expect(kinds.lastIndexOf('Service')).toBeLessThan(kinds.indexOf('Deployment'));
    }
  });

  test('the single-file form gives the same objects as the per-service files', () => {
    const key = (o: Listed) => `${o.apiVersion}/${o.kind}/${o.namespace}/${o.name}`;
    const a = (JSON.parse(perService.outputs['manifests-json']) as Listed[]).map(key).sort();
    const b = (JSON.parse(singleFile.outputs['manifests-json']) as Listed[]).map(key).sort();
    expect(b).toEqual(a);
    expect(singleFile.outputs.manifests).toBe('release/all.yaml');
  });

  test('manifests lists files in apply order, each once, placed by its earliest object', () => {
    const files = perService.outputs.manifests.split('\n');
    expect(new Set(files).size).toBe(files.length);
    expect(files).toHaveLength(11);
    const objects = JSON.parse(perService.outputs['manifests-json']) as Listed[];
    const firstSeen = [...new Set(objects.map((o) => o.file))];
    expect(files).toEqual(firstSeen);
  });

  test('bundle is one multi-document file in RUNNER_TEMP with every object in apply order', () => {
    const bundle = perService.outputs.bundle;
    expect(bundle.startsWith(perService.runnerTemp)).toBe(true);
    expect(statSync(bundle).mode & 0o077).toBe(0);
    const documents = yaml.loadAll(readFileSync(bundle, 'utf8')) as Array<{ kind: string; metadata: { name: string } }>;
    const objects = JSON.parse(perService.outputs['manifests-json']) as Listed[];
    expect(documents.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual(objects.map((o) => `${o.kind}/${o.name}`));
  });

  test('the job summary is a table of the objects in order, with file and line', () => {
    const lines = perService.summary.split('\n');
    const header = lines.findIndex((line) => line.startsWith('| # | kind | name | namespace | file |'));
    expect(header).toBeGreaterThan(-1);
    expect(lines[header + 2]).toMatch(/^\| 1 \| ServiceAccount \| \w+ \| shop \| k8s\/\w+\.yaml:\d+ \|$/);
    expect(lines.filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(35);
    expect(perService.summary).toMatch(/\[run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\)/);
  });
});

describe('list-manifests inputs', () => {
  const dir = workspace({
    'k8s/app.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: app }\ndata: { a: "1" }\n---\napiVersion: v1\nkind: Namespace\nmetadata: { name: shop }\n',
    'k8s/tests/fixture.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: fixture }\n',
    'k8s/crd.json': JSON.stringify({
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 's', namespace: 'other' },
          stringData: { token: 'p4ssw0rd-value' },
        },
      ],
    }),
    'schema/web.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  replicas: two\n  selector: { matchLabels: { app: web } }\n  template:\n    metadata: { labels: { app: web } }\n    spec: { containers: [{ name: web, image: web:1 }] }\n',
    'bad/name.yaml':
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dup\n',
  });

  test('exclude, kind: List flattened, cluster-scoped objects without a namespace, default namespace', async () => {
    const result = await list({ paths: 'k8s/*.yaml\nk8s/crd.json', exclude: 'k8s/tests' }, dir);
    expect(result.exitCode).toBe(0);
    const objects = JSON.parse(result.outputs['manifests-json']) as Listed[];
    expect(objects.map((o) => [o.kind, o.name, o.namespace, o.file, o.index])).toEqual([
      ['Namespace', 'shop', undefined, 'k8s/app.yaml', 1],
      ['Secret', 's', 'other', 'k8s/crd.json', 0],
      ['ConfigMap', 'app', 'default', 'k8s/app.yaml', 0],
    ]);
    expect(result.outputs.manifests).toBe('k8s/app.yaml\nk8s/crd.json');
    expect(result.outputs.images).toBe('');
    expect(result.outputs['images-json']).toBe('[]');
    // Secret values go to the bundle (for k8s-deploy) and nowhere else.
    expect(result.stdout + result.summary + JSON.stringify(result.outputs)).not.toContain('p4ssw0rd-value');
  });

  test('every validation issue is an error annotation at file:line, and the step fails with one line', async () => {
    const result = await list({ paths: 'bad' }, dir);
    expectOneLineFailure(result, /2 problems in the manifests; the first: bad\/name\.yaml:1: .*Bad_Name/);
    const located = result.annotations.filter((a) => a.level === 'error' && a.file === 'bad/name.yaml');
    expect(located.map((a) => a.line)).toEqual([1, 11]);
  });

  test('validate: none lets the same files through', async () => {
    const result = await list({ paths: 'bad', validate: 'none' }, dir);
    expect(result.exitCode).toBe(0);
    expect(result.outputs.count).toBe('3');
  });

  test('validate: schema checks the Kubernetes OpenAPI schemas, which structure does not', async () => {
    expect((await list({ paths: 'schema' }, dir)).exitCode).toBe(0);
    const result = await list({ paths: 'schema', validate: 'schema' }, dir);
    expectOneLineFailure(
      result,
      /^Invalid manifest: schema\/web\.yaml:1: Deployment web: spec\.replicas .*OpenAPI schema/,
    );
    expect(result.annotations.find((a) => a.file === 'schema/web.yaml')).toMatchObject({ level: 'error', line: 1 });
  });

  test('an unknown validate mode names the input and what it accepts', async () => {
    expectOneLineFailure(
      await list({ paths: 'k8s', validate: 'strict' }, dir),
      /Input "validate" is "strict": use one of structure, schema, none/,
    );
  });
});

describe('list-manifests on a large set: two threads (the bundled parse-worker.js)', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 300; i += 1) {
    const name = `app-${String(i).padStart(3, '0')}`;
    files[`k8s/${name}.yaml`] =
      `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: ${name} }\ndata: { INDEX: "${i}" }\n` +
      (i % 3 === 0
        ? `---\napiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name} }\nspec:\n  selector: { matchLabels: { app: ${name} } }\n  template:\n    metadata: { labels: { app: ${name} } }\n    spec: { containers: [{ name: app, image: "ghcr.io/acme/${name}:1" }] }\n`
        : '');
  }

  test('every object, in file order, with the images; the worker ran', async () => {
    const result = await list({ paths: 'k8s' }, workspace(files));
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('parse worker stopped');
    const objects = JSON.parse(result.outputs['manifests-json']) as Listed[];
    expect(objects).toHaveLength(400);
    const configMaps = objects.filter((o) => o.kind === 'ConfigMap').map((o) => o.name);
    expect(configMaps).toEqual(Object.keys(files).map((file) => file.slice(4, -5)));
    expect(JSON.parse(result.outputs['images-json'])).toHaveLength(100);
  });

  test('the first bad file in file order fails the step, whichever thread read it', async () => {
    const result = await list(
      { paths: 'k8s' },
      workspace({ ...files, 'k8s/app-250.yaml': 'kind: [\n', 'k8s/app-290.yaml': 'a: : b\n' }),
    );
    expectOneLineFailure(result, /^k8s\/app-250\.yaml:1: invalid YAML/);
  });
});

describe('list-manifests refuses bad input with one line, exit 1 and no outputs', () => {
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i += 1) {
    const previous = String.fromCharCode(96 + i);
    bomb.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`,
    );
  }
  const dir = workspace({
    'malformed.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: oops\n',
    'not-manifest.yaml': 'greeting: hello\nitems: [1, 2]\n',
    'bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: bomb }\ndata:\n  ${bomb.join('\n  ')}\n`,
    'binary.yaml': Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x01, 0x02, 0xff, 0xfe]),
    'empty/.gitkeep': '',
  });
  const big = join(dir, 'big.yaml');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'x.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x }\n');

  test.each([
    ['malformed YAML', 'malformed.yaml', /^malformed\.yaml:5: invalid YAML/],
    ['YAML that is not a manifest', 'not-manifest.yaml', /^not-manifest\.yaml:1: .*not a Kubernetes object/],
    ['an empty folder', 'empty', /^Input "paths" folder "empty" has no \.yaml, \.yml or \.json files/],
    ['a missing path', 'nowhere/app.yaml', /^Input "paths" path "nowhere\/app\.yaml" does not exist/],
    [
      'a path outside the workspace',
      '../' + outside.split('/').pop() + '/x.yaml',
      /^Input "paths" path ".*x\.yaml" is outside the workspace/,
    ],
    [
      'an absolute path outside the workspace',
      join(outside, 'x.yaml'),
      /^Input "paths" path ".*x\.yaml" is outside the workspace/,
    ],
    ['an alias bomb', 'bomb.yaml', /^bomb\.yaml:\d+: .*alias bomb/],
    ['a 50 MB file', 'big.yaml', /^big\.yaml: is 50 MiB, over the 10 MiB limit/],
    ['a binary file', 'binary.yaml', /^binary\.yaml(:\d+)?: is a binary file/],
  ])('%s', async (_name, paths, pattern) => {
    const result = await list({ paths }, dir);
    expectOneLineFailure(result, pattern);
  });

  test('the file-located errors carry file and line in the annotation', async () => {
    const result = await list({ paths: 'malformed.yaml' }, dir);
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'malformed.yaml', line: 5 });
  });
});

describe('list-manifests on hostile documents', () => {
  const SECRET = 'Sup3rS3cretValue';
  const secretDoc = (value: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\ntype: Opaque\nstringData: {password: ${value}}\n`;
  const dir = workspace({
    'alias/secret.yaml': secretDoc(`*${SECRET}`),
    'tag/secret.yaml': secretDoc(`!${SECRET} x`),
    'deep/config.json': `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "deep"},\n"data": {"a":\n${'['.repeat(100_000)}${']'.repeat(100_000)}}}\n`,
  });

  /** Everything the step showed or wrote. */
  const shown = (result: ActionResult) =>
    [
      result.stdout,
      result.stderr,
      result.log,
      result.summary,
      JSON.stringify(result.outputs),
      JSON.stringify(result.annotations),
    ].join('\n');

  test.each([
    ['an alias with no anchor', 'alias', /^alias\/secret\.yaml:7: invalid YAML: an alias \(\*name\) that no anchor/],
    ['an unknown tag', 'tag', /^tag\/secret\.yaml:7: invalid YAML: an unknown tag/],
  ])('%s in a Secret fails without repeating its value', async (_name, paths, pattern) => {
    const result = await list({ paths }, dir);
    expectOneLineFailure(result, pattern);
    expect(shown(result)).not.toContain(SECRET.slice(0, 8));
    expect(shown(result)).not.toContain(SECRET.slice(8));
  });

  test('a 100,000-deep JSON ConfigMap is refused at its file and line', async () => {
    const result = await list({ paths: 'deep' }, dir);
    expectOneLineFailure(
      result,
      /^deep\/config\.json:3: JSON nesting is deeper than 512 levels — flatten the document/,
    );
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'deep/config.json', line: 3 });
  });
});
