import { UserError } from '@kra/core';
import type { GitRepository, TreeEntry } from './repository.js';

/** A file of a commit, with its content. */
export interface FileAtCommit {
  /** Path from the repository root, forward slashes. */
  path: string;
  /** The blob id: equal ids mean equal content, so callers can parse each once. */
  object: string;
  content: Buffer;
}

export interface ReadFilesOptions {
  /** Chooses the files to read from a commit's list of regular files (paths from the repository root). */
  select: (paths: string[], commit: string) => string[];
  /** Refuse a selected file over this size, naming it, before reading it. */
  maxBytes?: number;
  /** How the commit is named in messages ("base v1.3.0 (abc123)"). */
  describe?: (commit: string) => string;
  /** How a path is shown in messages (e.g. relative to the workspace). */
  display?: (path: string) => string;
}

function formatBytes(bytes: number): string {
  const trim = (value: number) => value.toFixed(1).replace(/\.0$/, '');
  if (bytes >= 1024 * 1024) return `${trim(bytes / 1024 / 1024)} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Reads the selected files of several commits: one `git ls-tree` per commit and a single
 * `git cat-file --batch` for every distinct blob of all of them (a file unchanged between
 * the commits is read once). Symlinks and submodules are not files and are left out.
 */
export async function readFilesAtCommits(
  repo: GitRepository,
  commits: readonly string[],
  options: ReadFilesOptions,
): Promise<Map<string, FileAtCommit[]>> {
  const describe = options.describe ?? ((commit: string) => commit.slice(0, 12));
  const display = options.display ?? ((path: string) => path);
  const chosen = new Map<string, TreeEntry[]>();
  const unique = [...new Set(commits)];
  // One `git ls-tree` per commit, run at once; their lists are then taken in the given order.
  const trees = await Promise.all(unique.map((commit) => repo.listTree(commit)));
  for (const [i, commit] of unique.entries()) {
    const tree = trees[i].filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
    const byPath = new Map(tree.map((entry) => [entry.path, entry]));
    const selected = options.select([...byPath.keys()], commit).map((path) => byPath.get(path)!);
    for (const entry of selected) {
      if (options.maxBytes !== undefined && entry.size > options.maxBytes) {
        throw new UserError(
          `${display(entry.path)} at ${describe(commit)} is ${formatBytes(entry.size)}, over the ${formatBytes(options.maxBytes)} limit for a manifest: exclude it (input "exclude") or split it`,
          { file: display(entry.path) },
        );
      }
    }
    chosen.set(commit, selected);
  }
  const blobs = await repo.readBlobs([...chosen.values()].flat().map((entry) => entry.object));
  const result = new Map<string, FileAtCommit[]>();
  for (const [commit, entries] of chosen) {
    result.set(
      commit,
      entries.map((entry) => ({ path: entry.path, object: entry.object, content: blobs.get(entry.object)! })),
    );
  }
  return result;
}
