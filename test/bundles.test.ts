// Each committed bundle is run once, with no inputs, exactly as the runner would run it.
// A bundle that builds but cannot load (a missing module, CommonJS/ESM confusion, a
// top-level crash) fails here; a healthy one stops with a one-line input error.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { node24Binary, repoRoot, runAction } from '@kra/local-runner';

const root = repoRoot();
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'action.yml')),
);

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
    // Every module file Node loads is written to stderr by a load hook.
    const hook = `import { registerHooks } from 'node:module';
registerHooks({ load(url, context, next) { process.stderr.write('loaded ' + url + '\\n'); return next(url, context); } });`;
    const run = (inputs: Record<string, string>) => {
      const result = spawnSync(
        node24Binary(),
        ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, join(dir, 'index.js')],
        { encoding: 'utf8', env: { PATH: process.env.PATH, RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir, ...inputs } },
      );
      const loaded = [...result.stderr.matchAll(/^loaded file:\/\/.*\/dist\/k8s-deploy\/(.+)$/gm)].map((m) => m[1]);
      return { stdout: result.stdout, loaded };
    };
    const missing = run({ INPUT_ACTION: 'deploy' });
    expect(missing.stdout).toContain('::error::Input "manifests" is required');
    expect(missing.loaded).toEqual(['index.js']);
    // With every input right, the rest loads from chunks (here it stops at the manifest that is not there).
    const loading = run({ INPUT_ACTION: 'deploy', INPUT_MANIFESTS: 'not-there.yaml' });
    expect(loading.stdout).toContain('not-there.yaml');
    expect(loading.loaded.filter((file) => chunks.includes(file)).length).toBeGreaterThan(0);
  });
});
