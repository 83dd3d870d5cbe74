import { createHash } from 'node:crypto';
import { UserError } from '@kra/core';
import {
  compareManifests,
  parseFiles,
  selectManifestFiles,
  summariseObject,
  type ComparedObject,
} from '../../src/config-changes.js';
import { templateHash } from '../../src/hash.js';
import { parseManifests } from '../../src/yaml.js';
import type { LoadedObject } from '../../src/types.js';

/** Objects from several files: { 'a.yaml': '...' }. */
function load(files: Record<string, string>): LoadedObject[] {
  return Object.entries(files).flatMap(([file, text]) => parseManifests(text, file));
}

const configMap = (data: string, name = 'web-config', extra = '') => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
${extra}data:
${data}
`;

const secret = (password: string, extra = '') => `apiVersion: v1
kind: Secret
metadata:
  name: web-secret
type: Opaque
data:
  password: ${Buffer.from(password).toString('base64')}
  user: ${Buffer.from('admin').toString('base64')}
${extra}`;

const deployment = (
  options: { image?: string; replicas?: number; name?: string; kind?: string; apiVersion?: string } = {},
) => `apiVersion: ${options.apiVersion ?? 'apps/v1'}
kind: ${options.kind ?? 'Deployment'}
metadata:
  name: ${options.name ?? 'web'}
spec:
  replicas: ${options.replicas ?? 2}
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      imagePullSecrets: [{ name: pull-secret }]
      containers:
        - name: web
          image: ${options.image ?? 'web:1'}
          envFrom: [{ configMapRef: { name: web-config } }]
          env:
            - name: PASSWORD
              valueFrom: { secretKeyRef: { name: web-secret, key: password } }
`;

const pullSecret = (token: string) => `apiVersion: v1
kind: Secret
metadata: { name: pull-secret }
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${Buffer.from(token).toString('base64')}
`;

const base = () =>
  load({
    'k8s/config.yaml': configMap('  LOG_LEVEL: info\n  MODE: fast'),
    'k8s/secret.yaml': secret('hunter2'),
    'k8s/pull.yaml': pullSecret('t1'),
    'k8s/web.yaml': deployment(),
  });

describe('compareManifests: objects, not text', () => {
  test('reformatting, comments, key order and moving objects to another file are not changes', () => {
    const head = load({
      'all-in-one.yaml': [
        `# the web app\n${deployment()}`,
        `kind: ConfigMap\napiVersion: v1\ndata: { MODE: "fast", LOG_LEVEL: 'info' }\nmetadata: { name: web-config }\n`,
        secret('hunter2'),
        pullSecret('t1'),
      ].join('---\n'),
    });
    const diff = compareManifests(base(), head);
    expect(diff.changedConfigs).toEqual([]);
    expect(diff.affectedWorkloads).toEqual([]);
    expect(diff.restart).toEqual([]);
    expect(diff.checksums).toEqual(compareManifests(base(), base()).checksums);
  });

  test('a modified ConfigMap restarts the Deployment that reads it, with which config and where', () => {
    const head = base();
    head.splice(0, 1, ...load({ 'k8s/config.yaml': configMap('  LOG_LEVEL: debug\n  MODE: fast') }));
    const diff = compareManifests(base(), head);
    expect(diff.changedConfigs).toEqual([{ kind: 'ConfigMap', name: 'web-config', change: 'modified' }]);
    expect(diff.affectedWorkloads).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        file: 'k8s/web.yaml',
        line: 1,
        configs: [
          {
            kind: 'ConfigMap',
            name: 'web-config',
            change: 'modified',
            via: ['spec.template.spec.containers[web].envFrom[0].configMapRef'],
          },
        ],
        specChanged: false,
        restart: true,
      },
    ]);
    expect(diff.restart).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }]);
  });

  test('a workload whose pod template changed in the same diff rolls by itself; replicas alone do not roll', () => {
    const withImage = load({
      'k8s/config.yaml': configMap('  LOG_LEVEL: debug'),
      'k8s/secret.yaml': secret('hunter2'),
      'k8s/web.yaml': deployment({ image: 'web:2' }),
    });
    const rolled = compareManifests(base(), withImage);
    expect(rolled.affectedWorkloads[0]).toMatchObject({ specChanged: true, restart: false });
    expect(rolled.restart).toEqual([]);

    const withReplicas = load({
      'k8s/config.yaml': configMap('  LOG_LEVEL: debug'),
      'k8s/secret.yaml': secret('hunter2'),
      'k8s/web.yaml': deployment({ replicas: 5 }),
    });
    expect(compareManifests(base(), withReplicas).restart).toHaveLength(1);
  });

  test('added and deleted configs are reported; a deleted config restarts its readers', () => {
    const head = load({
      'k8s/secret.yaml': secret('hunter2'),
      'k8s/new.yaml': configMap('  A: "1"', 'other-config'),
      'k8s/web.yaml': deployment(),
      'k8s/pull.yaml': pullSecret('t1'),
    });
    const diff = compareManifests(base(), head);
    expect(diff.changedConfigs).toEqual([
      { kind: 'ConfigMap', name: 'other-config', change: 'added' },
      { kind: 'ConfigMap', name: 'web-config', change: 'deleted' },
    ]);
    expect(diff.affectedWorkloads[0].configs).toMatchObject([{ name: 'web-config', change: 'deleted' }]);
  });

  test('a Secret key the workload does not read, and a pull secret, need no restart; the key it reads does', () => {
    const otherKey = load({
      'k8s/config.yaml': configMap('  LOG_LEVEL: info\n  MODE: fast'),
      'k8s/secret.yaml': secret('hunter2').replace(/user: .*/, `user: ${Buffer.from('root').toString('base64')}`),
      'k8s/pull.yaml': pullSecret('t2'),
      'k8s/web.yaml': deployment(),
    });
    const diff = compareManifests(base(), otherKey);
    expect(diff.changedConfigs.map((c) => `${c.kind}/${c.name}`)).toEqual(['Secret/pull-secret', 'Secret/web-secret']);
    expect(diff.affectedWorkloads).toEqual([]);
    expect(diff.checksums).toEqual(compareManifests(base(), base()).checksums);

    const sameKey = load({
      'k8s/config.yaml': configMap('  LOG_LEVEL: info\n  MODE: fast'),
      'k8s/secret.yaml': secret('correct horse'),
      'k8s/web.yaml': deployment(),
    });
    const changed = compareManifests(base(), sameKey);
    expect(changed.restart).toHaveLength(1);
    expect(changed.affectedWorkloads[0].configs[0].via).toEqual([
      'spec.template.spec.containers[web].env[PASSWORD].valueFrom.secretKeyRef',
    ]);
    expect(changed.checksums).not.toEqual(compareManifests(base(), base()).checksums);
  });

  test('a value moved between stringData and data is not a change', () => {
    const asStringData = base().map((loaded) =>
      loaded.object.kind === 'Secret' && loaded.object.metadata.name === 'web-secret'
        ? load({
            'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata: { name: web-secret }\ntype: Opaque\nstringData:\n  password: hunter2\n  user: admin\n`,
          })[0]
        : loaded,
    );
    expect(compareManifests(base(), asStringData).changedConfigs).toEqual([]);
  });

  test('CronJobs and Jobs are affected but not restarted (their next pods read the new config)', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: { name: report, namespace: shop }
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{ name: r, image: r:1, envFrom: [{ configMapRef: { name: web-config } }] }]
`;
    const before = load({ 'c.yaml': configMap('  A: "1"', 'web-config', '  namespace: shop\n'), 'j.yaml': cron });
    const after = load({ 'c.yaml': configMap('  A: "2"', 'web-config', '  namespace: shop\n'), 'j.yaml': cron });
    const diff = compareManifests(before, after);
    expect(diff.affectedWorkloads).toMatchObject([
      { kind: 'CronJob', namespace: 'shop', restart: false, specChanged: false },
    ]);
    expect(diff.restart).toEqual([]);
    expect(diff.checksums).toEqual({});
  });

  test('without a base (a first release) every config is added and every reader restarts', () => {
    const diff = compareManifests(undefined, base(), { namespace: 'shop' });
    expect(diff.changedConfigs.map((c) => `${c.change} ${c.namespace}/${c.name}`)).toEqual([
      'added shop/web-config',
      'added shop/pull-secret',
      'added shop/web-secret',
    ]);
    expect(diff.restart).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' }]);
  });

  test('checksums: keyed by checksumKey, change only with what the workload reads, never show values', () => {
    const diff = compareManifests(undefined, base(), { namespace: 'shop' });
    expect(Object.keys(diff.checksums)).toEqual(['apps/v1/Deployment/shop/web']);
    expect(diff.checksums['apps/v1/Deployment/shop/web']).toMatch(/^sha256:[0-9a-f]{64}$/);
    const text = JSON.stringify(diff);
    for (const value of [
      'hunter2',
      Buffer.from('hunter2').toString('base64'),
      'admin',
      Buffer.from('admin').toString('base64'),
    ]) {
      expect(text).not.toContain(value);
    }
  });

  test('namespaces: an object naming its own namespace is not the same as one in the default', () => {
    const before = load({ 'c.yaml': configMap('  A: "1"') });
    const after = load({ 'c.yaml': configMap('  A: "1"', 'web-config', '  namespace: other\n') });
    const diff = compareManifests(before, after, { namespace: 'shop' });
    expect(diff.changedConfigs).toEqual([
      { kind: 'ConfigMap', name: 'web-config', namespace: 'other', change: 'added' },
      { kind: 'ConfigMap', name: 'web-config', namespace: 'shop', change: 'deleted' },
    ]);
  });

  test('sops-encrypted Secrets are compared on their encrypted values', () => {
    const sops = (value: string, mac: string) => `apiVersion: v1
kind: Secret
metadata: { name: web-secret }
type: Opaque
data:
  password: ENC[AES256_GCM,data:${value},iv:abc=,tag:def=,type:str]
sops:
  mac: ENC[AES256_GCM,data:${mac},type:str]
  lastmodified: "2024-01-01T00:00:00Z"
`;
    const before = load({ 's.yaml': sops('aaaa', 'm1'), 'w.yaml': deployment() });
    const reordered = sops('aaaa', 'm1')
      .replace('type: Opaque\n', '')
      .replace('metadata: {', 'type: Opaque\nmetadata: {');
    expect(compareManifests(before, load({ 's.yaml': reordered, 'w.yaml': deployment() })).changedConfigs).toEqual([]);
    const diff = compareManifests(before, load({ 's.yaml': sops('bbbb', 'm3'), 'w.yaml': deployment() }));
    expect(diff.changedConfigs).toEqual([{ kind: 'Secret', name: 'web-secret', change: 'modified' }]);
    expect(diff.restart).toHaveLength(1);
  });

  test('the same object twice at head is an error naming both places', () => {
    const head = load({ 'a.yaml': configMap('  A: "1"'), 'b.yaml': configMap('  A: "2"') });
    expect(() => compareManifests(undefined, head)).toThrow(UserError);
    expect(() => compareManifests(undefined, head)).toThrow(
      /ConfigMap default\/web-config is defined twice, at a\.yaml:1 and at b\.yaml:1/,
    );
    // at base it is history nobody can fix: the first one counts
    expect(compareManifests(head, load({ 'a.yaml': configMap('  A: "1"') })).changedConfigs).toEqual([]);
  });
});

describe('selectManifestFiles', () => {
  const tree = [
    'README.md',
    'k8s/app/deploy.yaml',
    'k8s/app/kustomization.yaml',
    'k8s/app/.hidden.yaml',
    'k8s/app/notes.txt',
    'k8s/base/config.yml',
    'k8s/base/test/fixture.yaml',
    'k8s/list.json',
    'svc/k8s/web.yaml',
  ];

  test('files, folders (recursive, manifests only, hidden and kustomization skipped) and globs', () => {
    expect(selectManifestFiles(tree, ['k8s']).files).toEqual([
      'k8s/app/deploy.yaml',
      'k8s/base/config.yml',
      'k8s/base/test/fixture.yaml',
      'k8s/list.json',
    ]);
    expect(selectManifestFiles(tree, ['./k8s/app/', 'k8s/app/deploy.yaml']).files).toEqual(['k8s/app/deploy.yaml']);
    expect(selectManifestFiles(tree, ['**/*.yaml']).files).toEqual([
      'k8s/app/deploy.yaml',
      'k8s/base/test/fixture.yaml',
      'svc/k8s/web.yaml',
    ]);
    expect(selectManifestFiles(tree, ['k8s/app/notes.txt']).files).toEqual(['k8s/app/notes.txt']);
  });

  test('exclude takes globs and folders; unmatched patterns are reported', () => {
    expect(selectManifestFiles(tree, ['k8s'], ['k8s/base/test', '**/*.json']).files).toEqual([
      'k8s/app/deploy.yaml',
      'k8s/base/config.yml',
    ]);
    expect(selectManifestFiles(tree, ['k8s', 'missing', 'nothing/*.yaml']).unmatched).toEqual([
      'missing',
      'nothing/*.yaml',
    ]);
  });

  test('patterns are relative to the workspace folder inside the repository', () => {
    expect(selectManifestFiles(tree, ['k8s'], ['*.txt'], 'svc').files).toEqual(['svc/k8s/web.yaml']);
  });
});

describe('parseFiles', () => {
  test('parses each blob once and keeps file locations', () => {
    const cache = new Map<string, LoadedObject[]>();
    const content = Buffer.from(configMap('  A: "1"'));
    const first = parseFiles(
      [{ path: 'x/a.yaml', object: 'a'.repeat(40), content }],
      { display: (p) => p.slice(2) },
      cache,
    );
    expect(first[0].source).toMatchObject({ file: 'a.yaml', line: 1 });
    const again = parseFiles(
      [{ path: 'x/a.yaml', object: 'a'.repeat(40), content: Buffer.from('not: read') }],
      { display: (p) => p.slice(2) },
      cache,
    );
    expect(again).toEqual(first);
  });

  test('malformed files throw at file:line, or are handed to onError (base)', () => {
    const bad = [
      { path: 'bad.yaml', object: 'b'.repeat(40), content: Buffer.from('kind: ConfigMap\n  bad: : indent\n') },
    ];
    expect(() => parseFiles(bad, {})).toThrow(/^bad\.yaml:\d+: /);
    const errors: string[] = [];
    expect(parseFiles(bad, { onError: (error) => errors.push(error.message) })).toEqual([]);
    expect(errors).toHaveLength(1);
    const binary = [{ path: 'bin.yaml', object: 'c'.repeat(40), content: Buffer.from([1, 0, 2]) }];
    expect(() => parseFiles(binary, {})).toThrow(/bin\.yaml.*binary/);
  });
});

describe('summarised objects', () => {
  const summarise = (objects: LoadedObject[]) => objects.map((loaded) => summariseObject(loaded, true));

  test('a workload keeps its metadata, config references and template hash; configs stay whole', () => {
    const [config, , , web] = base();
    const summary = summariseObject(web, true);
    expect(summary.object).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } });
    expect(summary.workload?.template).toBe(templateHash(web));
    expect(summary.workload?.references.map((ref) => `${ref.kind}/${ref.name}`)).toEqual([
      'Secret/pull-secret',
      'ConfigMap/web-config',
      'Secret/web-secret',
    ]);
    expect(summariseObject(web, false).workload?.template).toBeUndefined();
    expect(summariseObject(config, true).object).toBe(config.object);
    const [service] = load({
      's.yaml': 'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { ports: [{ port: 80 }] }',
    });
    expect(summariseObject(service, true)).toEqual({
      object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } },
      source: service.source,
    });
  });

  test('summaries compare as the objects do', () => {
    const heads = [
      load({ 'k8s/config.yaml': configMap('  LOG_LEVEL: debug\n  MODE: fast'), 'k8s/web.yaml': deployment() }),
      load({ 'k8s/config.yaml': configMap('  LOG_LEVEL: debug'), 'k8s/web.yaml': deployment({ image: 'web:2' }) }),
      base(),
    ];
    for (const head of heads) {
      expect(compareManifests(summarise(base()), summarise(head))).toEqual(compareManifests(base(), head));
    }
  });

  test('parseFiles: a file the same at both refs is parsed once; a changed file is compared by template hash', () => {
    const file = (path: string, text: string) => ({
      path,
      object: createHash('sha1').update(text).digest('hex'),
      content: Buffer.from(text),
    });
    const configBefore = file('config.yaml', configMap('  LOG_LEVEL: info'));
    const configAfter = file('config.yaml', configMap('  LOG_LEVEL: debug'));
    const web = file('web.yaml', deployment());
    // The workload's file changes, but not its pod template: only the replicas.
    const webScaled = file('web.yaml', deployment({ replicas: 5 }));
    const webNewImage = file('web.yaml', deployment({ image: 'web:2' }));
    const key = (f: { path: string; object: string }) => `${f.object} ${f.path}`;
    const compare = (before: (typeof web)[], after: (typeof web)[]) => {
      const cache = new Map<string, ComparedObject[]>();
      const beforeKeys = new Set(before.map(key));
      const afterKeys = new Set(after.map(key));
      const head = parseFiles(after, { unchanged: (f) => beforeKeys.has(key(f)) }, cache);
      const old = parseFiles(before, { unchanged: (f) => afterKeys.has(key(f)) }, cache);
      return { diff: compareManifests(old, head), head, old };
    };
    const same = compare([configBefore, web], [configAfter, web]);
    expect(same.head[1]).toBe(same.old[1]);
    expect(same.head[1].workload?.template).toBeUndefined();
    expect(same.diff.restart).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }]);
    const scaled = compare([configBefore, web], [configAfter, webScaled]);
    expect(scaled.head[1].workload?.template).toBe(scaled.old[1].workload?.template);
    expect(scaled.diff.restart).toHaveLength(1);
    const rolled = compare([configBefore, web], [configAfter, webNewImage]);
    expect(rolled.diff.restart).toEqual([]);
    expect(rolled.diff.affectedWorkloads[0]).toMatchObject({ name: 'web', specChanged: true, restart: false });
  });
});
