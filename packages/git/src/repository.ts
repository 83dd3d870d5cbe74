import { GitError, runGit } from './exec.js';

/** One file of a commit's tree (`git ls-tree -r -l`). */
export interface TreeEntry {
  /** Path from the repository root, forward slashes. */
  path: string;
  /** The blob's object id. */
  object: string;
  /** 100644, 100755, 120000 (symlink) or 160000 (submodule). */
  mode: string;
  type: 'blob' | 'commit' | 'tree';
  /** Size in bytes (blobs only; -1 otherwise). */
  size: number;
}

/** A tag and the commit it points at (annotated tags peeled). */
export interface TagRef {
  name: string;
  commit: string;
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export function isObjectId(value: string): boolean {
  return OBJECT_ID.test(value);
}

/** A commit id of zeros: what GitHub sends as `before` for a newly created branch. */
export function isZeroId(value: string): boolean {
  return /^0+$/.test(value);
}

/**
 * A git repository on disk, driven through the git command line with argument arrays.
 * Every method runs one git process, except `readBlobs`, which reads any number of
 * files through a single `git cat-file --batch`.
 */
export class GitRepository {
  /** `env`: variables added to every git command's environment (see GitRunOptions.env). */
  constructor(
    readonly cwd: string,
    private readonly env?: Readonly<Record<string, string>>,
  ) {}

  async run(args: readonly string[], okExitCodes?: readonly number[]): Promise<{ stdout: string; exitCode: number }> {
    const result = await runGit(args, { cwd: this.cwd, okExitCodes, env: this.env });
    return { stdout: result.stdout.toString('utf8'), exitCode: result.exitCode };
  }

  /** The top folder of the working tree, or undefined when `cwd` is not inside a git repository. */
  async topLevel(): Promise<string | undefined> {
    try {
      return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
    } catch (error) {
      if (error instanceof GitError) return undefined;
      throw error;
    }
  }

  /** The commit a ref (sha, branch, tag, `HEAD~2`) names, or undefined when there is none. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref === '' || ref.startsWith('-')) return undefined;
    const { stdout, exitCode } = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], [1, 128]);
    return exitCode === 0 ? stdout.trim() : undefined;
  }

  /** Whether the object database holds this commit. */
  async hasCommit(sha: string): Promise<boolean> {
    if (!isObjectId(sha)) return false;
    const { exitCode } = await this.run(['cat-file', '-e', `${sha}^{commit}`], [1, 128]);
    return exitCode === 0;
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  }

  async remotes(): Promise<string[]> {
    return (await this.run(['remote'])).stdout.split('\n').filter(Boolean);
  }

  /** Whether `ancestor` is `descendant` or one of its ancestors. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const { exitCode } = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], [1]);
    return exitCode === 0;
  }

  /** The best common ancestor of two commits, or undefined when they share no history. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const { stdout, exitCode } = await this.run(['merge-base', a, b], [1]);
    return exitCode === 0 ? stdout.trim() : undefined;
  }

  /** The parents of a commit (none for a root commit). */
  async parents(commit: string): Promise<string[]> {
    const { stdout } = await this.run(['rev-list', '--parents', '-n', '1', commit]);
    return stdout.trim().split(/\s+/).slice(1);
  }

  /** Tags whose name matches a glob (`v*`), each with the commit it points at. */
  async tags(pattern = '*'): Promise<TagRef[]> {
    const { stdout } = await this.run([
      'for-each-ref',
      '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)',
      `refs/tags/${pattern}`,
    ]);
    const tags: TagRef[] = [];
    for (const line of stdout.split('\n')) {
      if (line === '') continue;
      const [name, object, peeled, type, peeledType] = line.split('\0');
      const commit = peeled || object;
      const kind = peeled ? peeledType : type;
      if (kind === 'commit') tags.push({ name, commit });
    }
    return tags;
  }

  /** `git fetch <args>`; the caller words the failure. */
  async fetch(args: readonly string[]): Promise<void> {
    await this.run(['fetch', '--no-progress', ...args]);
  }

  /** Every file of a commit's tree, recursively. */
  async listTree(commit: string): Promise<TreeEntry[]> {
    const { stdout } = await this.run(['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
    const entries: TreeEntry[] = [];
    for (const record of stdout.split('\0')) {
      if (record === '') continue;
      const tab = record.indexOf('\t');
      const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
      entries.push({
        path: record.slice(tab + 1),
        object,
        mode,
        type: type as TreeEntry['type'],
        size: size === '-' ? -1 : Number(size),
      });
    }
    return entries;
  }

  /**
   * The contents of many blobs, read through one `git cat-file --batch` process.
   * Fails naming the first object git does not have.
   */
  async readBlobs(objects: readonly string[]): Promise<Map<string, Buffer>> {
    const unique = [...new Set(objects)];
    const contents = new Map<string, Buffer>();
    if (unique.length === 0) return contents;
    for (const object of unique) {
      if (!isObjectId(object)) throw new Error(`not an object id: ${object}`);
    }
    const result = await runGit(['cat-file', '--batch', '--buffer'], {
      cwd: this.cwd,
      env: this.env,
      input: unique.join('\n') + '\n',
    });
    const out = result.stdout;
    let offset = 0;
    for (const requested of unique) {
      const newline = out.indexOf(0x0a, offset);
      if (newline < 0) throw new Error(`git cat-file --batch stopped before ${requested}`);
      const header = out.toString('utf8', offset, newline);
      const [object, type, size] = header.split(' ');
      if (type === 'missing' || size === undefined) throw new Error(`git has no object ${requested}`);
      const start = newline + 1;
      const end = start + Number(size);
      if (end > out.length) throw new Error(`git cat-file --batch output ended inside ${object}`);
      contents.set(requested, out.subarray(start, end));
      offset = end + 1; // the newline after the content
    }
    return contents;
  }
}
