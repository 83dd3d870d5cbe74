import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { GitRepository } from './repository.js';

/**
 * Where the git repository is relative to the workspace. Usually the workspace is the
 * repository (actions/checkout's default), but a checkout with `path: app` puts the
 * repository in a folder of the workspace, and paths then start with `app/`.
 */
export interface RepositoryPaths {
  repository: GitRepository;
  /** The repository's top folder, real path. */
  top: string;
  /** A workspace-relative path or glob as a repository-relative one ('' for the top); undefined when outside the repository. */
  toRepository(pattern: string): string | undefined;
  /** A repository path as shown to the user: relative to the workspace. */
  toWorkspace(path: string): string;
}

const GLOB_SEGMENT = /[*?[\]{}!]/;

function slashes(path: string): string {
  return path.split(sep).join('/');
}

/** The folders a pattern's fixed part points into, nearest existing one first. */
function anchor(root: string, pattern: string): string {
  const fixed: string[] = [];
  for (const segment of pattern.split('/')) {
    if (GLOB_SEGMENT.test(segment)) break;
    fixed.push(segment);
  }
  let dir = resolve(root, fixed.join('/') || '.');
  while (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return dir;
}

/**
 * Finds the repository holding the given workspace-relative paths: the one around the first
 * path's folder, else around the workspace. Undefined when there is none.
 */
export async function locateRepository(
  root: string,
  patterns: readonly string[],
): Promise<RepositoryPaths | undefined> {
  const candidates = [...new Set([...patterns.map((pattern) => anchor(root, pattern)), root])];
  for (const dir of candidates) {
    const top = await new GitRepository(dir).topLevel();
    if (!top) continue;
    const real = realpathSync(top);
    // Paths listed by git are normal (no `.` or `..`), so when the repository is the workspace
    // or inside it, showing one is a prefix, not a path.relative per file (10,000 files a run).
    const fromRoot = relative(root, real);
    const prefix =
      fromRoot === '' ? '' : isAbsolute(fromRoot) || fromRoot.startsWith('..') ? undefined : slashes(fromRoot) + '/';
    return {
      repository: new GitRepository(real),
      top: real,
      toRepository(pattern: string) {
        const path = relative(real, resolve(root, pattern));
        if (path === '..' || path.startsWith('..' + sep) || isAbsolute(path)) return undefined;
        return slashes(path);
      },
      toWorkspace(path: string) {
        if (prefix !== undefined) return prefix + path;
        return slashes(relative(root, join(real, path)));
      },
    };
  }
  return undefined;
}
