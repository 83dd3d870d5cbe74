import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

/** The workspace folder (GITHUB_WORKSPACE, else the current folder), resolved through symlinks. */
export function workspaceRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * Resolves a path given in an input against the workspace and refuses one that leaves it
 * (`../..`, an absolute path elsewhere, or a symlink pointing out), naming the input.
 */
export function resolveInWorkspace(path: string, input: string, root = workspaceRoot()): string {
  const absolute = isAbsolute(path) ? resolve(path) : resolve(root, path);
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // A path that does not exist yet is checked as written; the caller reports it missing.
  }
  if (!isInside(real, root) || !isInside(absolute, root)) {
    throw new InputError(
      input,
      `path "${path}" is outside the workspace ${root}: use a path inside the repository checkout`,
    );
  }
  return absolute;
}

export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** A path relative to the workspace, with forward slashes, for messages and outputs. */
export function displayPath(path: string, root = workspaceRoot()): string {
  // The common case, a path under the root, without path.relative's normalisation work.
  if (path.length > root.length && path.startsWith(root) && path[root.length] === sep && !path.includes(`${sep}.`)) {
    const rel = path.slice(root.length + 1);
    return sep === '/' ? rel : rel.split(sep).join('/');
  }
  const rel = relative(root, path);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/**
 * A file the build put next to the running action's bundle (the runner runs
 * `node dist/<action>/index.js`), such as a worker's script; undefined when the action does
 * not run from its bundle (tests run the TypeScript source) or the file is not there.
 */
export function besideBundle(name: string): string | undefined {
  const entry = process.argv[1];
  if (!entry) return undefined;
  const file = join(dirname(entry), name);
  return existsSync(file) ? file : undefined;
}
