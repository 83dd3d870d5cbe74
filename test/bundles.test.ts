// Each committed bundle is run once, with no inputs, exactly as the runner would run it.
// A bundle that builds but cannot load (a missing module, CommonJS/ESM confusion, a
// top-level crash) fails here; a healthy one stops with a one-line input error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { node24Binary, repoRoot, runAction } from '@kra/local-runner';

const root = repoRoot();
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'action.yml')),
);

// Every module file Node loads is written to stderr by a load hook.
const LOAD_HOOK = `import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { process.stderr.write('loaded ' + url + '\\n'); return next(url, context); } });`;

/** Runs dist/<action>/index.js with the given environment: its stdout, and the files of dist/<action> it loaded, in order. */
function runLoading(action: string, env: Record<string, string | undefined>): { stdout: string; loaded: string[] } {
  const result = spawnSync(
    node24Binary(),
    ['--import', `data:text/javascript,${encodeURIComponent(LOAD_HOOK)}`, join(root, 'dist', action, 'index.js')],
    { encoding: 'utf8', env },
  );
  const pattern = new RegExp(`^loaded file://.*/dist/${action}/(.+)$`, 'gm');
  return { stdout: result.stdout, loaded: [...result.stderr.matchAll(pattern)].map((m) => m[1]) };
}

/** The files of dist/<action>'s main step (index.js and its chunks) whose text holds `marker`. */
function filesHolding(action: string, marker: string): string[] {
  const dir = join(root, 'dist', action);
  return readdirSync(dir).filter(
    (file) => /^(\d+\.)?index\.js$/.test(file) && readFileSync(join(dir, file), 'utf8').includes(marker),
  );
}

describe('bundles', () => {
  test.each(actions)('dist/%s/index.js loads and fails cleanly without inputs', async (action) => {
    expect(existsSync(join(root, 'dist', action, 'index.js'))).toBe(true);
    const result = await runAction({
      action,
      inputs: {},
      env: { KUBECONFIG: join(root, 'does-not-exist') },
      timeoutMs: 60_000,
    });
    expect(result.stderr).not.toMatch(
      /SyntaxError|ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|Cannot find module|ReferenceError|TypeError/,
    );
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).not.toContain('\n');
    expect(result.outputs).toEqual({});
  });

  test.each(actions)('dist/%s holds no path of the machine that built it', (action) => {
    // ncc rewrites path.resolve(x, 'literal') into asset-base + "<repository folder>/" + ...,
    // which breaks check-dist in any other clone and points at nothing on a runner.
    for (const file of readdirSync(join(root, 'dist', action)).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(join(root, 'dist', action, file), 'utf8');
      expect([file, /__nccwpck_require__\.ab \+ "/.test(text)]).toEqual([file, false]);
    }
  });

  // Cold start: k8s-deploy reads and checks its inputs before it loads the cluster client
  // (@kubernetes/client-node), which lives in a chunk beside index.js (bench/cold-start.mjs times it).
  test('dist/k8s-deploy/index.js refuses a missing input without loading the chunk that holds the cluster client', () => {
    const dir = join(root, 'dist', 'k8s-deploy');
    const holdsClient = (file: string) => readFileSync(join(dir, file), 'utf8').includes('class KubeConfig');
    const chunks = readdirSync(dir).filter((file) => /^\d+\.index\.js$/.test(file));
    expect(holdsClient('index.js')).toBe(false);
    expect(chunks.filter(holdsClient)).toHaveLength(1);
    const run = (inputs: Record<string, string>) =>
      runLoading('k8s-deploy', { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, ...inputs });
    const missing = run({ INPUT_ACTION: 'deploy' });
    expect(missing.stdout).toContain('::error::Input "manifests" is required');
    expect(missing.loaded).toEqual(['index.js']);
    // With every input right, the rest loads from chunks (here it stops at the manifest that is not there).
    const loading = run({ INPUT_ACTION: 'deploy', INPUT_MANIFESTS: 'not-there.yaml' });
    expect(loading.stdout).toContain('not-there.yaml');
    expect(loading.loaded.filter((file) => chunks.includes(file)).length).toBeGreaterThan(0);
  });

  // The same for the other actions whose start bench/cold-start.mjs times: the inputs are read and
  // checked by index.js alone; the rest (the registry client, the YAML stack, the GitHub client)
  // lives in chunks loaded once they are right, and what a mode does not use is not loaded.
  interface ColdStartCase {
    action: string;
    /** Text that only the part loaded after the inputs holds. */
    heavy: string;
    /** Text of a part the loading run's mode does not use: never loaded by it. */
    unused?: string;
    missing: { env: Record<string, string>; error: string };
    loading: { env: Record<string, string>; stdout: string };
  }
  const coldStartCases: ColdStartCase[] = [
    {
      action: 'tag-release',
      heavy: 'class RegistryClient',
      missing: { env: {}, error: '::error::Input "version" is empty' },
      // Port 9 is one fetch refuses to connect to: the first request fails at once.
      loading: {
        env: { INPUT_VERSION: 'v1.4.0', INPUT_IMAGES: '127.0.0.1:9/acme/web:sha-abc' },
        stdout: 'registry 127.0.0.1:9',
      },
    },
    {
      action: 'push-images',
      heavy: 'class RegistryClient',
      missing: { env: { 'INPUT_COMPOSE-FILE': 'missing.yaml' }, error: 'Compose file missing.yaml does not exist' },
      // PATH is an empty folder: the engine is not found, the first thing done after loading.
      loading: {
        env: { INPUT_IMAGES: 'web', INPUT_REGISTRY: '127.0.0.1:9', INPUT_ENGINE: 'docker', PATH: '<empty>' },
        stdout: '"docker --version" does not run',
      },
    },
    {
      action: 'list-manifests',
      heavy: 'function applyOrder',
      unused: 'function renderManifests',
      missing: { env: {}, error: '::error::Input "paths" is empty' },
      loading: { env: { INPUT_PATHS: 'not-there.yaml' }, stdout: 'not-there.yaml' },
    },
    {
      action: 'detect-config-changes',
      heavy: 'function compareConfigsAtRefs',
      missing: { env: {}, error: '::error::Input "paths" is empty' },
      // The workspace is no git repository: the first thing the comparison finds.
      loading: { env: { INPUT_PATHS: 'deploy' }, stdout: 'holds no git repository' },
    },
    {
      action: 'gitops-update',
      heavy: 'function gitopsUpdate',
      unused: 'function getOctokit',
      missing: { env: { INPUT_REPOSITORY: 'acme/config' }, error: '::error::Input "images" is required' },
      // mode: push opens no pull request, so the GitHub client is never loaded; the clone fails at once.
      loading: {
        env: {
          INPUT_REPOSITORY: 'acme/config',
          INPUT_IMAGES: 'registry.example/acme/web:1.4.0',
          INPUT_PATHS: 'deploy',
          INPUT_TOKEN: 'not-a-token',
          INPUT_MODE: 'push',
          GITHUB_SERVER_URL: 'http://127.0.0.1:9',
        },
        stdout: 'git could not read acme/config',
      },
    },
  ];
  test.each(coldStartCases)(
    'dist/$action/index.js refuses a wrong input before loading the chunks that do the work',
    ({ action, heavy, unused, missing, loading }) => {
      expect(filesHolding(action, heavy)).not.toContain('index.js');
      expect(filesHolding(action, heavy)).toHaveLength(1);
      if (unused) expect(filesHolding(action, unused)).not.toContain('index.js');
      const work = mkdtempSync(join(tmpdir(), `bundles-${action}-`));
      try {
        const empty = join(work, 'empty');
        mkdirSync(empty);
        for (const file of ['output', 'state', 'summary']) writeFileSync(join(work, file), '');
        const run = (env: Record<string, string>) =>
          runLoading(action, {
            PATH: process.env.PATH,
            RUNNER_TEMP: work,
            GITHUB_WORKSPACE: work,
            GITHUB_OUTPUT: join(work, 'output'),
            GITHUB_STATE: join(work, 'state'),
            GITHUB_STEP_SUMMARY: join(work, 'summary'),
            GITHUB_REPOSITORY: 'acme/shop',
            GITHUB_REF: 'refs/heads/main',
            GITHUB_SHA: 'a'.repeat(40),
            ...Object.fromEntries(
              Object.entries(env).map(([name, value]) => [name, value === '<empty>' ? empty : value]),
            ),
          });
        const refused = run(missing.env);
        expect(refused.stdout).toContain(missing.error);
        expect(refused.loaded).toEqual(['index.js']);
        const loaded = run(loading.env);
        expect(loaded.stdout).toContain(loading.stdout);
        expect(loaded.loaded).toContain(filesHolding(action, heavy)[0]);
        if (unused) expect(loaded.loaded.filter((file) => filesHolding(action, unused).includes(file))).toEqual([]);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
