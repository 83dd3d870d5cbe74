// Black-box tests of the bundled detect-config-changes action (dist/detect-config-changes/index.js),
// run the way the GitHub runner runs it, on real git repositories made in temp folders:
// release and tag events, pushes, pull requests, shallow and tag-less clones, re-runs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionResult, type RunActionOptions } from '@kra/local-runner';
import { ScratchRepo } from '../../../../packages/git/test/helpers.js';

const PASSWORD_1 = 'first-pa55word';
const PASSWORD_2 = 'second-pa55word';
const b64 = (text: string) => Buffer.from(text).toString('base64');

const config = (level: string) => `# application settings
apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
  namespace: shop
data:
  LOG_LEVEL: ${level}
  MODE: fast
`;
const secret = (password: string) => `apiVersion: v1
kind: Secret
metadata:
  name: web-secret
  namespace: shop
type: Opaque
data:
  password: ${b64(password)}
`;
const deployment = (name: string, image: string, reads: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: shop
spec:
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers:
        - name: main
          image: ${image}
${reads}`;
const READS_BOTH = `          envFrom: [{ configMapRef: { name: web-config } }]
          env:
            - name: PASSWORD
              valueFrom: { secretKeyRef: { name: web-secret, key: password } }
`;
const READS_CONFIG = `          envFrom: [{ configMapRef: { name: web-config } }]
`;

interface Changed {
  kind: string;
  name: string;
  namespace?: string;
  change: string;
}

/**
 * c1 v1.0.0 ─ c2 v1.1.0 ─ c3 v1.2.0-rc.1 ─ c4 (main)
 *                  └─ f1 (feature: changes the Secret)
 * c2: web-config modified (web and worker read it; worker's image changed too), the Secret
 *     reformatted (not a change), api moved to another file (not a change).
 * c3: the Secret's password changed (web reads it).
 * c4: a new ConfigMap.
 */
function history() {
  const repo = new ScratchRepo();
  const c1 = repo.commit('c1', {
    'deploy/config.yaml': config('info'),
    'deploy/secret.yaml': secret(PASSWORD_1),
    'deploy/web.yaml': deployment('web', 'web:1', READS_BOTH),
    'deploy/worker.yaml': deployment('worker', 'worker:1', READS_CONFIG),
    'deploy/api.yaml': deployment('api', 'api:1', ''),
    'README.md': '# shop\n',
  });
  repo.tag('v1.0.0', true);
  const c2 = repo.commit('c2', {
    'deploy/config.yaml': config('debug'),
    'deploy/secret.yaml': `# reformatted\nkind: Secret\napiVersion: v1\nmetadata: { namespace: shop, name: web-secret }\ndata: { password: "${b64(PASSWORD_1)}" }\ntype: Opaque\n`,
    'deploy/worker.yaml': deployment('worker', 'worker:2', READS_CONFIG),
    'deploy/api.yaml': null,
    'deploy/more/api.yaml': deployment('api', 'api:1', ''),
  });
  repo.tag('v1.1.0', true);
  const c3 = repo.commit('c3', { 'deploy/secret.yaml': secret(PASSWORD_2) });
  repo.tag('v1.2.0-rc.1');
  repo.git('checkout', '-q', '-b', 'feature', c2);
  const f1 = repo.commit('f1', { 'deploy/secret.yaml': secret('feature-pa55word') });
  repo.git('checkout', '-q', 'main');
  const c4 = repo.commit('c4', { 'deploy/extra.yaml': config('info').replace('web-config', 'extra-config') });
  return { repo, c1, c2, c3, c4, f1 };
}

function detect(dir: string, options: Partial<RunActionOptions>): Promise<ActionResult> {
  return runAction({
    action: 'detect-config-changes',
    workspace: dir,
    timeoutMs: 60_000,
    ...options,
    inputs: { paths: 'deploy', ...options.inputs },
  });
}

function releaseEvent(tag: string, sha: string): Partial<RunActionOptions> {
  return {
    eventName: 'release',
    event: { action: 'published', release: { tag_name: tag } },
    github: { sha, ref: `refs/tags/${tag}` },
  };
}

function changed(result: ActionResult): string[] {
  return (JSON.parse(result.outputs['changed-configs-json']) as Changed[]).map(
    (c) => `${c.change} ${c.kind} ${c.namespace}/${c.name}`,
  );
}

function restarted(result: ActionResult): string[] {
  return (JSON.parse(result.outputs['restart-json']) as Array<{ kind: string; namespace: string; name: string }>).map(
    (w) => `${w.kind} ${w.namespace}/${w.name}`,
  );
}

function expectOneLineFailure(result: ActionResult, pattern: RegExp): void {
  expect(result.outputs).toEqual({});
  expect(result.exitCode).toBe(1);
  const errors = result.annotations.filter((a) => a.level === 'error');
  expect(errors.length).toBeGreaterThanOrEqual(1);
  expect(errors[errors.length - 1].message).not.toContain('\n');
  expect(errors[errors.length - 1].message).toMatch(pattern);
}

describe('detect-config-changes on a release', () => {
  const h = history();
  let release: ActionResult;

  beforeAll(async () => {
    release = await detect(h.repo.dir, releaseEvent('v1.1.0', h.c2));
  });

  test('compares with the previous release tag and finds the modified ConfigMap only', () => {
    expect(release.exitCode).toBe(0);
    expect(release.outputs.base).toBe(h.c1);
    expect(release.outputs.head).toBe(h.c2);
    expect(release.log).toMatch(/Comparing head \w+ with the previous release v1\.0\.0/);
    expect(changed(release)).toEqual(['modified ConfigMap shop/web-config']);
    expect(release.outputs['changed-configs']).toBe('modified ConfigMap shop/web-config');
    expect(release.outputs['any-changed']).toBe('true');
  });

  test('affected workloads say which config and where; only those that will not roll are restarted', () => {
    const affected = JSON.parse(release.outputs['affected-workloads-json']) as Array<Record<string, any>>;
    expect(affected.map((w) => [w.name, w.specChanged, w.restart])).toEqual([
      ['web', false, true],
      ['worker', true, false],
    ]);
    expect(affected[0]).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'shop',
      file: 'deploy/web.yaml',
      line: 1,
      configs: [
        {
          kind: 'ConfigMap',
          name: 'web-config',
          namespace: 'shop',
          change: 'modified',
          via: ['spec.template.spec.containers[main].envFrom[0].configMapRef'],
        },
      ],
    });
    expect(restarted(release)).toEqual(['Deployment shop/web']);
    expect(release.outputs.restart).toBe('Deployment shop/web');
  });

  test('every list is <name>, one a line, and <name>-json; the v1.0 -list names still hold their text', () => {
    for (const name of ['changed-configs', 'affected-workloads', 'restart']) {
      expect(release.outputs[`${name}-list`]).toBe(release.outputs[name]);
      expect(Array.isArray(JSON.parse(release.outputs[`${name}-json`]))).toBe(true);
    }
    expect(release.outputs['affected-workloads']).toBe('Deployment shop/web\nDeployment shop/worker');
    // No workflow reads them here, so nothing is said about them.
    expect(release.annotations.filter((a) => a.level === 'warning')).toEqual([]);
  });

  test('checksums cover every Deployment at head that reads a config, keyed by checksumKey', () => {
    const checksums = JSON.parse(release.outputs.checksums) as Record<string, string>;
    expect(Object.keys(checksums).sort()).toEqual(['apps/v1/Deployment/shop/web', 'apps/v1/Deployment/shop/worker']);
    for (const value of Object.values(checksums)) expect(value).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('the summary is a table of the changed configs and the workloads to restart', () => {
    expect(release.summary).toMatch(/^## Config changes: 1 config\(s\) changed, 1 workload\(s\) to restart/);
    expect(release.summary).toContain('| modified | ConfigMap | shop | web-config |');
    expect(release.summary).toMatch(
      /\| Deployment web \| shop \| ConfigMap web-config \(modified\) \| yes \| deploy\/web\.yaml:1 \|/,
    );
    // Links to the head commit, the compare view base...head and the run.
    const base = release.outputs.base;
    expect(release.summary).toContain(
      `[commit ${h.c2.slice(0, 12)}](https://github.com/acme/shop/commit/${h.c2}) · ` +
        `[compare ${base.slice(0, 12)}...${h.c2.slice(0, 12)}](https://github.com/acme/shop/compare/${base}...${h.c2}) · ` +
        '[run](https://github.com/acme/shop/actions/runs/1001)',
    );
  });

  test('a re-run gives the same answer, even after a later release is tagged', async () => {
    h.repo.tag('v1.0.5'); // a later tag on c4 that is not an ancestor of c2
    const again = await detect(h.repo.dir, releaseEvent('v1.1.0', h.c2));
    expect(again.outputs).toEqual(release.outputs);
  });

  test('a pushed pre-release tag compares with anything lower: v1.2.0-rc.1 against v1.1.0', async () => {
    const result = await detect(h.repo.dir, {
      eventName: 'push',
      event: { ref: 'refs/tags/v1.2.0-rc.1' },
      github: { sha: h.c3, ref: 'refs/tags/v1.2.0-rc.1' },
    });
    expect(result.outputs.base).toBe(h.c2);
    expect(changed(result)).toEqual(['modified Secret shop/web-secret']);
    expect(restarted(result)).toEqual(['Deployment shop/web']);
  });

  test('Secret values never reach the log, the outputs or the summary', async () => {
    const result = await detect(h.repo.dir, { inputs: { base: h.c2, head: h.c3 } });
    expect(changed(result)).toEqual(['modified Secret shop/web-secret']);
    const everything = result.stdout + result.stderr + result.summary + JSON.stringify(result.outputs);
    for (const value of [PASSWORD_1, PASSWORD_2, b64(PASSWORD_1), b64(PASSWORD_2)])
      expect(everything).not.toContain(value);
  });

  test('the first release: no lower tag, everything counts as changed, and the log says so', async () => {
    const result = await detect(h.repo.dir, releaseEvent('v1.0.0', h.c1));
    expect(result.exitCode).toBe(0);
    expect(result.outputs.base).toBe('');
    expect(result.log).toMatch(/a first release, so every config counts as changed/);
    expect(changed(result)).toEqual(['added ConfigMap shop/web-config', 'added Secret shop/web-secret']);
    expect(restarted(result)).toEqual(['Deployment shop/web', 'Deployment shop/worker']);
  });
});

describe('detect-config-changes on pushes and pull requests', () => {
  const h = history();

  test('push: compares with github.event.before', async () => {
    const result = await detect(h.repo.dir, {
      eventName: 'push',
      event: { before: h.c1, after: h.c2 },
      github: { sha: h.c2, ref: 'refs/heads/main' },
    });
    expect(result.outputs.base).toBe(h.c1);
    expect(changed(result)).toEqual(['modified ConfigMap shop/web-config']);
  });

  test('push of a new branch (before is all zeros): compares with the parent of head', async () => {
    const result = await detect(h.repo.dir, {
      eventName: 'push',
      event: { before: '0'.repeat(40), after: h.f1 },
      github: { sha: h.f1, ref: 'refs/heads/feature' },
    });
    expect(result.outputs.base).toBe(h.c2);
    expect(result.log).toMatch(/new branch/);
    expect(changed(result)).toEqual(['modified Secret shop/web-secret']);
  });

  test('pull_request: compares with the merge base of head and the base branch', async () => {
    const result = await detect(h.repo.dir, {
      eventName: 'pull_request',
      event: { pull_request: { base: { ref: 'main', sha: h.c4 }, head: { ref: 'feature', sha: h.f1 } } },
      github: { sha: h.f1, ref: 'refs/pull/7/merge', base_ref: 'main', head_ref: 'feature' },
    });
    expect(result.outputs.base).toBe(h.c2);
    expect(changed(result)).toEqual(['modified Secret shop/web-secret']);
    expect(restarted(result)).toEqual(['Deployment shop/web']);
  });

  test('a checkout into a folder of the workspace (actions/checkout with path: app)', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'));
    h.repo.git('clone', '-q', `file://${h.repo.dir}`, join(workspace, 'app'));
    const result = await detect(workspace, { inputs: { paths: 'app/deploy', base: 'v1.0.0', head: 'v1.1.0' } });
    expect(result.exitCode).toBe(0);
    expect(changed(result)).toEqual(['modified ConfigMap shop/web-config']);
    const affected = JSON.parse(result.outputs['affected-workloads-json']) as Array<{ file: string }>;
    expect(affected.map((w) => w.file)).toEqual(['app/deploy/web.yaml', 'app/deploy/worker.yaml']);
  });

  test('nothing changed: any-changed is false and the lists are empty', async () => {
    const result = await detect(h.repo.dir, { inputs: { base: 'v1.1.0', head: 'v1.1.0' } });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['any-changed']).toBe('false');
    expect(result.outputs['changed-configs-json']).toBe('[]');
    expect(result.outputs['restart-json']).toBe('[]');
    expect(result.outputs.restart).toBe('');
    expect(result.outputs['restart-list']).toBe('');
  });
});

describe('detect-config-changes with a workflow that reads the v1.0 output names', () => {
  test('each deprecated name the workflow reads gets one warning saying what to read instead', async () => {
    const h = history();
    h.repo.write({
      '.github/workflows/deploy.yml': [
        'jobs:',
        '  deploy:',
        '    steps:',
        '      - id: config',
        '        uses: kube-release/kube-release-actions/actions/detect-config-changes@v1',
        '      - uses: kube-release/kube-release-actions/actions/k8s-deploy@v1',
        '        with:',
        '          restart: ${{ steps.config.outputs.restart }}',
        '      - run: echo "${{ steps.config.outputs.restart-list }} ${{ fromJSON(steps.config.outputs.changed-configs)[0].name }}"',
        '',
      ].join('\n'),
    });
    const result = await detect(h.repo.dir, {
      ...releaseEvent('v1.1.0', h.c2),
      env: { GITHUB_ACTION: 'config', GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/deploy.yml@refs/tags/v1.1.0' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual([
      'Output "restart-list" of step "config" is deprecated and goes away in v2: read steps.config.outputs.restart, which holds the same value',
      'Output "changed-configs" of step "config" is newline text now (one rule for every list output): read fromJSON(steps.config.outputs.changed-configs-json) for the JSON',
    ]);
  });
});

describe('detect-config-changes in shallow and tag-less checkouts', () => {
  const h = history();

  test('a shallow clone (fetch-depth 1) fetches history and tags from its remote, giving the full clone’s answer', async () => {
    const clone = h.repo.clone({ depth: 1, branch: 'v1.1.0', noTags: true });
    expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
    const result = await detect(clone.dir, releaseEvent('v1.1.0', h.c2));
    expect(result.exitCode).toBe(0);
    expect(result.log).toMatch(/The checkout is shallow.*git fetch --tags --unshallow origin/);
    expect(result.outputs.base).toBe(h.c1);
    expect(changed(result)).toEqual(['modified ConfigMap shop/web-config']);
    expect(restarted(result)).toEqual(['Deployment shop/web']);
  });

  test('a full clone without tags fetches them', async () => {
    const clone = h.repo.clone({ noTags: true });
    expect(clone.git('tag')).toBe('');
    const result = await detect(clone.dir, releaseEvent('v1.2.0-rc.1', h.c3));
    expect(result.log).toMatch(/has no tag matching v\*; fetching tags/);
    expect(result.outputs.base).toBe(h.c2);
  });

  test('a shallow push checkout fetches github.event.before by id', async () => {
    const clone = h.repo.clone({ depth: 1 });
    const result = await detect(clone.dir, {
      eventName: 'push',
      event: { before: h.c2, after: h.c4 },
      github: { sha: h.c4, ref: 'refs/heads/main' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.base).toBe(h.c2);
    expect(changed(result)).toEqual(['added ConfigMap shop/extra-config', 'modified Secret shop/web-secret']);
  });

  test('a shallow clone without tags and without a remote fails with the fetch-depth: 0 fix', async () => {
    const clone = h.repo.clone({ depth: 1, branch: 'v1.1.0', noTags: true, noRemote: true });
    const result = await detect(clone.dir, releaseEvent('v1.1.0', h.c2));
    expectOneLineFailure(result, /The checkout is shallow.* has no git remote to fetch from.*fetch-depth: 0/);
  });
});

describe('detect-config-changes refuses bad input with one line, exit 1 and no outputs', () => {
  const h = history();
  h.repo.git('checkout', '-q', '-b', 'broken');
  const bad = h.repo.commit('bad', {
    'deploy/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: oops\n',
  });
  h.repo.git('checkout', '-q', 'main');
  /** A commit on its own branch from c1 adding one bad file. */
  const withFile = (name: string, content: string | Buffer) => {
    h.repo.git('checkout', '-q', '-b', `case-${name.replace(/\W/g, '-')}`, h.c1);
    const commit = h.repo.commit(name, { [`deploy/${name}`]: content as string });
    h.repo.git('checkout', '-q', 'main');
    return commit;
  };
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i += 1) {
    const previous = String.fromCharCode(96 + i);
    laughs.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`,
    );
  }
  const cases: Array<[string, string, RegExp]> = [
    [
      'YAML that is not a manifest',
      withFile('note.yaml', 'greeting: hello\n'),
      /^deploy\/note\.yaml:1: .*not a Kubernetes object/,
    ],
    [
      'an alias bomb',
      withFile(
        'bomb.yaml',
        `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: bomb }\ndata:\n  ${laughs.join('\n  ')}\n`,
      ),
      /^deploy\/bomb\.yaml:\d+: .*alias bomb/,
    ],
    [
      'a binary file',
      withFile('binary.yaml', Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x01, 0xff]) as unknown as string),
      /^deploy\/binary\.yaml(:\d+)?: is a binary file/,
    ],
    [
      'a 50 MB file',
      withFile('big.yaml', ' '.repeat(50 * 1024 * 1024)),
      /^deploy\/big\.yaml at head \w+ is 50 MiB, over the 10 MiB limit/,
    ],
  ];

  test.each(cases)('%s at head', async (_name, head, pattern) => {
    expectOneLineFailure(await detect(h.repo.dir, { inputs: { base: h.c1, head } }), pattern);
  });

  test('an unknown ref', async () => {
    expectOneLineFailure(
      await detect(h.repo.dir, { inputs: { base: 'no-such-tag' } }),
      /^Input "base" is "no-such-tag", which names no commit, branch or tag/,
    );
    expectOneLineFailure(
      await detect(h.repo.dir, { inputs: { base: h.c1, head: 'f'.repeat(40) } }),
      /^Input "head" is "f{40}", which names no commit/,
    );
  });

  test('malformed YAML at head, at file:line', async () => {
    const result = await detect(h.repo.dir, { inputs: { base: h.c1, head: bad } });
    expectOneLineFailure(result, /^deploy\/broken\.yaml:5: invalid YAML/);
    expect(result.annotations.find((a) => a.level === 'error')).toMatchObject({ file: 'deploy/broken.yaml', line: 5 });
  });

  test('a path that matches nothing at head, and one outside the workspace', async () => {
    expectOneLineFailure(
      await detect(h.repo.dir, { inputs: { base: h.c1, paths: 'k8s' } }),
      /^Input "paths": "k8s" matches no manifest file at head/,
    );
    expectOneLineFailure(
      await detect(h.repo.dir, { inputs: { base: h.c1, paths: '../elsewhere' } }),
      /^Input "paths" path "\.\.\/elsewhere" is outside the workspace/,
    );
  });

  test('a workspace that is not a git repository', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'no-git-'));
    expectOneLineFailure(
      await detect(outside, { inputs: { base: 'HEAD' } }),
      /holds no git repository at "deploy": run actions\/checkout/,
    );
  });
});

describe('detect-config-changes on hostile documents', () => {
  const SECRET = 'Sup3rS3cretValue';
  const broken = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: shop\ntype: Opaque\nstringData: {password: *${SECRET}}\n`;
  const shown = (result: ActionResult) =>
    [
      result.stdout,
      result.stderr,
      result.log,
      result.summary,
      JSON.stringify(result.outputs),
      JSON.stringify(result.annotations),
    ].join('\n');

  test('a Secret with a YAML error at head fails without repeating its value', async () => {
    const h = history();
    const head = h.repo.commit('broken secret', { 'deploy/secret.yaml': broken });
    const result = await detect(h.repo.dir, { inputs: { base: 'v1.1.0', head } });
    expectOneLineFailure(result, /^deploy\/secret\.yaml:7: invalid YAML: an alias \(\*name\) that no anchor/);
    expect(shown(result)).not.toContain(SECRET.slice(0, 8));
    expect(shown(result)).not.toContain(SECRET.slice(8));
  });

  test('at base it is skipped with a warning that does not repeat it either', async () => {
    const h = history();
    const base = h.repo.commit('broken secret', { 'deploy/secret.yaml': broken });
    const head = h.repo.commit('fixed', { 'deploy/secret.yaml': secret(PASSWORD_2) });
    const result = await detect(h.repo.dir, { inputs: { base, head } });
    expect(result.exitCode).toBe(0);
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/^Skipped at base .*deploy\/secret\.yaml:7: invalid YAML/),
      }),
    );
    expect(shown(result)).not.toContain(SECRET.slice(0, 8));
    expect(shown(result)).not.toContain(SECRET.slice(8));
  });

  test('a 100,000-deep JSON ConfigMap at head is refused at its file and line', async () => {
    const h = history();
    const head = h.repo.commit('deep', {
      'deploy/deep.json': `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "deep"},\n"data": {"a":\n${'['.repeat(100_000)}${']'.repeat(100_000)}}}\n`,
    });
    const result = await detect(h.repo.dir, { inputs: { base: 'v1.1.0', head } });
    expectOneLineFailure(result, /^deploy\/deep\.json:3: JSON nesting is deeper than 512 levels/);
  });
});
