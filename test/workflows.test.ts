// Every workflow under .github/ and examples/ and every action.yml must be valid for the
// GitHub Actions parser and for actionlint (built by tools/build.sh, with Debian's shellcheck
// checking the run: scripts), third-party actions must be pinned by full commit SHA, and every
// workflow must be run end to end by a workflow-runner test.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import yaml from 'js-yaml';
import { repoRoot } from '@kra/local-runner';

const root = repoRoot();

function filesUnder(dir: string, match: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(dir, entry))
    .filter((path) => !path.includes('node_modules') && statSync(path).isFile() && match(path));
}

const workflowFiles = [
  ...filesUnder(join(root, '.github'), (p) => /\/workflows\/[^/]+\.ya?ml$/.test(p)),
  ...filesUnder(join(root, 'examples'), (p) => /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(p)),
];
const actionFiles = filesUnder(join(root, 'actions'), (p) =>
  /^[^/]+\/action\.yml$/.test(relative(join(root, 'actions'), p)),
);

function usesOf(document: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'uses' && typeof value === 'string') found.push(value);
        else visit(value);
      }
    }
  };
  visit(document);
  return found;
}

describe('workflow files', () => {
  test('the parser rejects an invalid workflow (so the checks below can fail)', () => {
    const content = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n';
    const result = parseWorkflow({ name: 'broken.yml', content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  test('there are workflows to check', () => {
    expect(workflowFiles.map((f) => relative(root, f))).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', 'examples/shop/.github/workflows/release.yml']),
    );
  });

  test.each(workflowFiles.map((f) => [relative(root, f), f]))('%s parses without errors', (_name, file) => {
    const result = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  test.each(workflowFiles.map((f) => [relative(root, f), f]))(
    '%s pins third-party actions by full SHA',
    (_name, file) => {
      // The suite's own actions: at main (the ref that exists until v1 is tagged) or a commit.
      const ownAction = /^kube-release\/kube-release-actions\/actions\/[a-z0-9-]+@(main|[0-9a-f]{40})$/;
      const unpinned = usesOf(yaml.load(readFileSync(file, 'utf8'))).filter(
        (uses) => !uses.startsWith('./') && !ownAction.test(uses) && !/@[0-9a-f]{40}$/.test(uses),
      );
      expect(unpinned).toEqual([]);
    },
  );

  test("examples/shop's release-pipeline.yml is the suite's reusable workflow, copied unchanged", () => {
    expect(readFileSync(join(root, 'examples/shop/.github/workflows/release-pipeline.yml'), 'utf8')).toBe(
      readFileSync(join(root, '.github/workflows/release-pipeline.yml'), 'utf8'),
    );
  });

  test('every workflow file is run end to end by a workflow-runner test', () => {
    // Run: named by its path, quoted, in a test under packages/workflow-runner/test; called
    // (uses: ./.github/workflows/…) by a workflow that is run; or a byte-identical copy of one.
    const tests = filesUnder(join(root, 'packages/workflow-runner/test'), (p) => p.endsWith('.test.ts'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const named = (path: string) => ["'", '"', '`'].some((quote) => tests.includes(`${quote}${path}${quote}`));
    const run = new Set(workflowFiles.filter((file) => named(relative(root, file))));
    const queue = [...run];
    for (let file = queue.pop(); file; file = queue.pop()) {
      const repository = dirname(dirname(dirname(file)));
      for (const uses of usesOf(yaml.load(readFileSync(file, 'utf8'))).filter((u) =>
        u.startsWith('./.github/workflows/'),
      ))
        if (!run.has(join(repository, uses))) {
          run.add(join(repository, uses));
          queue.push(join(repository, uses));
        }
    }
    const copyOfRun = (file: string) => [...run].some((r) => readFileSync(r, 'utf8') === readFileSync(file, 'utf8'));
    expect(workflowFiles.filter((file) => !run.has(file) && !copyOfRun(file)).map((f) => relative(root, f))).toEqual(
      [],
    );
  });

  test.each(workflowFiles.map((f) => [relative(root, f), f]))('%s declares least permissions', (_name, file) => {
    const document = yaml.load(readFileSync(file, 'utf8')) as { permissions?: unknown };
    expect(document.permissions).toBeDefined();
    expect(document.permissions).not.toBe('write-all');
  });
});

/** actionlint's findings for some workflow files, as `file:line:col: message [rule]`, run from the repository root. */
function actionlint(files: string[]): string[] {
  const binary = join(root, '.tmp', 'bin', 'actionlint');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run \`bash tools/build.sh\``);
  const shellcheck = execFileSync('sh', ['-c', 'command -v shellcheck'], { encoding: 'utf8' }).trim();
  const result = spawnSync(
    binary,
    [
      '-no-color',
      '-shellcheck',
      shellcheck,
      '-format',
      '{{range $err := .}}{{$err.Filepath}}:{{$err.Line}}:{{$err.Column}}: {{$err.Message}} [{{$err.Kind}}]\n{{end}}',
      ...files,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  // 0: no problem; 1: problems found; anything else: actionlint itself failed.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`actionlint failed (${result.status}): ${result.stderr}`);
  return result.stdout.split('\n').filter(Boolean);
}

describe('actionlint', () => {
  test('reports a type error and a shellcheck finding in a broken workflow (so the check below can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'actionlint-'));
    const file = join(dir, 'broken.yml');
    writeFileSync(
      file,
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.x }} $UNQUOTED_VAR_1\n        if: ${{ matrix.os == 1 }}\n',
    );
    const findings = actionlint([file]).join('\n');
    expect(findings).toMatch(/\[shellcheck\]/);
    expect(findings).toMatch(/\[expression\]/);
  });

  test('finds nothing in any workflow', () => {
    expect(actionlint(workflowFiles.map((f) => relative(root, f)))).toEqual([]);
  });
});

describe('action definitions', () => {
  test('every action folder has an action.yml', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(2);
  });

  test.each(actionFiles.map((f) => [relative(root, f), f]))(
    '%s is valid, runs on node24 from its dist bundle',
    (name, file) => {
      const content = readFileSync(file, 'utf8');
      const result = parseAction({ name: file, content }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
      const action = yaml.load(content) as {
        runs: { using: string; main: string; post?: string };
        inputs?: Record<string, { description?: string }>;
        outputs?: Record<string, { description?: string }>;
      };
      const actionName = name.split('/')[1];
      expect(action.runs.using).toBe('node24');
      expect(action.runs.main).toBe(`../../dist/${actionName}/index.js`);
      if (action.runs.post) expect(action.runs.post).toBe(`../../dist/${actionName}/post.js`);
      for (const [input, definition] of Object.entries(action.inputs ?? {}))
        expect([input, definition.description ?? '']).not.toEqual([input, '']);
      for (const [output, definition] of Object.entries(action.outputs ?? {}))
        expect([output, definition.description ?? '']).not.toEqual([output, '']);
      expect(existsSync(join(root, 'actions', actionName, 'README.md'))).toBe(true);
    },
  );
});
