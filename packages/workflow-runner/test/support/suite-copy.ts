/**
 * This suite as a repository of its own, to run its workflow files (.github/workflows)
 * through the runner as GitHub would run them for it: the working tree as it is on disk
 * (tracked and untracked files that are not ignored) committed on main in a bare
 * repository, GitHub's copy, and a worktree of it that the runner runs from. The runner's
 * checkout fetches from that worktree and a job's `git push origin` goes back into it, so
 * what a job pushes lands in the bare repository.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '@kra/local-runner';

export interface SuiteCopy {
  /** The temp folder holding both (and room for the runner's workspaces). */
  dir: string;
  /** The bare repository: GitHub's copy of the suite. */
  origin: string;
  /** Its worktree on main: the repository the runner runs workflows from. */
  repository: string;
  /** A workflow of the copy, by its path in this repository (.github/workflows/ci.yml). */
  workflow(path: string): string;
  /** git in the worktree; the bare repository shares its refs. */
  git(...args: string[]): string;
  /** Edits files in the worktree and commits them on main; returns the commit. */
  commit(message: string, edit: (repository: string) => void): string;
  remove(): void;
}

function run(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Ana Lima', '-c', 'user.email=ana@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export function copySuite(): SuiteCopy {
  const root = repoRoot();
  const dir = mkdtempSync(join(tmpdir(), 'suite-copy-'));
  const seed = join(dir, 'seed');
  const files = run(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of new Set(files)) {
    const from = join(root, file);
    if (!existsSync(from) || lstatSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(seed, file)), { recursive: true });
    cpSync(from, join(seed, file), { verbatimSymlinks: true });
  }
  const origin = join(dir, 'kube-release-actions.git');
  run(dir, 'init', '-q', '--bare', '-b', 'main', origin);
  run(seed, 'init', '-q', '-b', 'main');
  run(seed, 'add', '-A');
  run(seed, 'commit', '-qm', 'kube-release-actions as it is on disk');
  run(seed, 'push', '-q', origin, 'main');
  rmSync(seed, { recursive: true, force: true });
  const repository = join(dir, 'kube-release-actions');
  run(origin, 'worktree', 'add', '-q', repository, 'main');
  const git = (...args: string[]) => run(repository, ...args);
  return {
    dir,
    origin,
    repository,
    workflow: (path) => join(repository, path),
    git,
    commit(message, edit) {
      edit(repository);
      git('add', '-A');
      git('commit', '-qm', message);
      return git('rev-parse', 'HEAD');
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
