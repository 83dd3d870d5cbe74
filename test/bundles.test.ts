// Each committed bundle is run once, with no inputs, exactly as the runner would run it.
// A bundle that builds but cannot load (a missing module, CommonJS/ESM confusion, a
// top-level crash) fails here; a healthy one stops with a one-line input error.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runAction } from '@kra/local-runner';

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
});
