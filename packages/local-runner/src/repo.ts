import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the folder holding pnpm-workspace.yaml above this file. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('local-runner: cannot find the repository root (pnpm-workspace.yaml)');
    dir = parent;
  }
  return dir;
}

/**
 * The Node binary for `runs.using: node24`. The runner ships its own Node 24; here it is
 * the one we run under when that is 24 or later, else the `node` package the workspace
 * installs (node_modules/node, pinned to 24.x).
 */
export function node24Binary(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) return process.execPath;
  const local = resolve(repoRoot(), 'node_modules/node/bin/node');
  if (existsSync(local)) return local;
  throw new Error(
    'local-runner: Node 24 is needed to run actions; run `pnpm install` (it installs the node@24 package)',
  );
}
