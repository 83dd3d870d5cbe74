/**
 * Commits an update to the config repository and pushes it, racing other releases safely:
 * a shallow fetch of the branch the commit goes on, the edits applied, one commit as the
 * workflow's actor, a push that never overwrites someone else's work. When the push is refused
 * because the branch moved, the new head is fetched and the edits applied again on it, up to
 * `attempts` times, so two releases updating one repository both land.
 *
 *   mode push           commits on `base` and pushes it (fast-forward only).
 *   mode pull-request   commits on `branch`: on top of it when it exists and its pull
 *                       request is open or not made yet (earlier and concurrent updates are
 *                       kept), else on `base`, replacing a branch whose pull request was
 *                       merged or closed with --force-with-lease on the head that was seen.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { backoffDelay, retry, sleep, UserError } from '@kra/core';
import { GitError, GitRepository, runGit } from '@kra/git';
import { describeGitError, gitAccessEnvironment, isTransientGitError, type RepositoryAccess } from './git-access.js';

export type PublishMode = 'push' | 'pull-request';

export interface CommitIdentity {
  name: string;
  email: string;
}

export interface PublishOptions {
  /** An empty or absent folder for the clone. */
  dir: string;
  access: RepositoryAccess;
  /** The branch to update (push) or to open the pull request against; '' for the repository's default branch. */
  base: string;
  mode: PublishMode;
  /** The pull request's branch (pull-request mode). */
  branch: string;
  message: string;
  identity: CommitIdentity;
  /** Applies the update to the working tree at `dir`; returns the repository paths it changed (none: nothing to do). */
  apply: (dir: string, attempt: number) => Promise<string[]> | string[];
  /**
   * Pull-request mode, when `branch` exists: whether to commit on top of it (its pull request is
   * open, or not opened yet) rather than rebuild it from `base` (its pull request was merged or closed).
   */
  continueBranch?: (base: string) => Promise<boolean>;
  /** Push attempts in all (default 5). */
  attempts?: number;
  onInfo?: (message: string) => void;
  /** Waits between attempts (tests pass a shorter one). */
  sleep?: (ms: number) => Promise<void>;
}

export interface PublishResult {
  changed: boolean;
  /** The commit pushed, or the head of the branch that already had the update. */
  commit: string;
  /** The branch the commit is on. */
  branch: string;
  /** The base branch (the default branch when none was given). */
  base: string;
  /** Where this update started: `base`, or an existing pull-request `branch`. */
  startedFrom: 'base' | 'branch';
  /** The base branch's head this update saw last. */
  baseCommit: string;
  /** Push attempts made (1 when nobody raced). */
  attempts: number;
  files: string[];
}

const LOCAL_BRANCH = 'gitops-update';

/** A clone in `dir` with `origin` pointing at the repository (no credentials in its config). */
export class ConfigClone {
  readonly git: GitRepository;
  private readonly env: Record<string, string>;

  constructor(
    readonly dir: string,
    readonly access: RepositoryAccess,
  ) {
    this.env = gitAccessEnvironment(access);
    this.git = new GitRepository(dir, this.env);
  }

  /**
   * Clones `base` (the remote's default branch when empty) at depth 1 into `dir`: one process,
   * one round trip for the refs and one for the objects. Returns the branch and its commit.
   */
  async clone(base: string): Promise<{ branch: string; commit: string }> {
    const parent = dirname(this.dir);
    mkdirSync(parent, { recursive: true });
    // No hook samples from the template folder: a dozen files less to write on a runner's disk.
    const args = ['clone', '-q', '--depth=1', '--no-tags', '--single-branch', '--template='];
    if (base) args.push('--branch', base);
    await this.network('read', base || 'HEAD', () =>
      new GitRepository(parent, this.env).run([...args, '--', this.access.url, this.dir]),
    );
    let heads: string[];
    try {
      // The commit, then (--abbrev-ref applies to what follows it) the branch name.
      heads = (await this.git.run(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'])).stdout.trim().split('\n');
    } catch {
      throw new UserError(
        `${this.access.repository} has no commits on ${base || 'its default branch'}: push a first commit to it, or set the base input`,
      );
    }
    return { commit: heads[0], branch: heads[1] };
  }

  /** Runs a network command, retrying transient failures, wording the rest. */
  private async network<T>(operation: 'read' | 'push', ref: string, run: () => Promise<T>): Promise<T> {
    try {
      return await retry(run, { attempts: 3, baseDelayMs: 500, retryable: isTransientGitError });
    } catch (error) {
      throw describeGitError(error, this.access, operation, ref);
    }
  }

  /** The heads of these branches on the remote (absent ones left out). */
  async remoteHeads(branches: readonly string[]): Promise<Map<string, string>> {
    const { stdout } = await this.network('read', branches.join(', '), () =>
      this.git.run(['ls-remote', '--heads', 'origin', ...branches.map((branch) => `refs/heads/${branch}`)]),
    );
    const heads = new Map<string, string>();
    for (const line of stdout.split('\n')) {
      const [sha, ref] = line.split('\t');
      if (sha && ref?.startsWith('refs/heads/')) heads.set(ref.slice('refs/heads/'.length), sha);
    }
    return heads;
  }

  /** Fetches one branch's head (depth 1) and checks it out, discarding local changes; returns its commit. */
  async checkout(branch: string): Promise<string> {
    await this.network('read', branch, () =>
      this.git.fetch(['--depth=1', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]),
    );
    await this.git.run(['checkout', '-q', '--force', '-B', LOCAL_BRANCH, `refs/remotes/origin/${branch}`]);
    return (await this.git.run(['rev-parse', 'HEAD'])).stdout.trim();
  }

  async commit(files: readonly string[], message: string, identity: CommitIdentity): Promise<string> {
    await this.git.run(['add', '--', ...files]);
    await runGit(['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-F', '-'], {
      cwd: this.dir,
      input: message.endsWith('\n') ? message : `${message}\n`,
      env: {
        ...this.env,
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
      },
    });
    return (await this.git.run(['rev-parse', 'HEAD'])).stdout.trim();
  }

  /**
   * Pushes HEAD to `branch`. `lease`: replace the branch only if it is at this commit ('' for
   * "must not exist"); without it, fast-forward only. Returns false when the remote refused
   * because the branch moved (the caller fetches and tries again).
   */
  async push(branch: string, lease?: string): Promise<boolean> {
    const args = ['push', '--porcelain', '--no-verify', 'origin'];
    if (lease !== undefined) args.push(`--force-with-lease=refs/heads/${branch}:${lease}`);
    args.push(`HEAD:refs/heads/${branch}`);
    let result;
    try {
      // Exit code 1: the remote answered, refusing the ref; its reason is on stdout (porcelain).
      result = await retry(() => runGit(args, { cwd: this.dir, env: this.env, okExitCodes: [1] }), {
        attempts: 3,
        baseDelayMs: 500,
        retryable: isTransientGitError,
      });
    } catch (error) {
      throw describeGitError(error, this.access, 'push', branch);
    }
    if (result.exitCode === 0) return true;
    const status = result.stdout.toString('utf8');
    // Refused because the branch moved: ahead of what was fetched, or updated by another push
    // while this one was being received (the server then fails to lock or update the ref).
    if (
      /\[rejected\]\s*\((fetch first|non-fast-forward|stale info|already exists)\)/.test(status) ||
      /\[remote rejected\]\s*\((failed to update ref|failed to lock|cannot lock ref|incorrect old value)/.test(status)
    )
      return false;
    // [remote rejected] (protected branch hook declined) and the like.
    const reason = /\[remote rejected\]\s*\(([^)]*)\)|\[rejected\]\s*\(([^)]*)\)/.exec(status);
    throw describeGitError(
      new GitError(args, 1, `${reason ? `error: ${reason[1] ?? reason[2]}\n` : ''}${result.stderr}`),
      this.access,
      'push',
      branch,
    );
  }
}

export async function publish(options: PublishOptions): Promise<PublishResult> {
  const attempts = options.attempts ?? 5;
  const clone = new ConfigClone(options.dir, options.access);
  const cloned = await clone.clone(options.base);
  const base = cloned.branch;
  const info = options.onInfo ?? (() => {});
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    let target = base;
    let startedFrom: 'base' | 'branch' = 'base';
    let lease: string | undefined;
    if (options.mode === 'pull-request') {
      target = options.branch;
      const heads = await clone.remoteHeads([options.branch]);
      const existing = heads.get(options.branch);
      if (existing && (await (options.continueBranch?.(base) ?? Promise.resolve(true)))) startedFrom = 'branch';
      else lease = existing ?? '';
    }
    // The first attempt works on the fresh clone; later ones fetch the branch that moved.
    const baseCommit = attempt === 1 ? cloned.commit : await clone.checkout(base);
    const start =
      startedFrom === 'branch' ? await clone.checkout(options.branch) : attempt === 1 ? cloned.commit : baseCommit;
    if (startedFrom === 'base' && attempt === 1) await clone.git.run(['checkout', '-q', '-B', LOCAL_BRANCH]);
    const files = await options.apply(options.dir, attempt);
    if (files.length === 0) {
      const branch = startedFrom === 'branch' ? options.branch : base;
      info(
        `${options.access.repository} ${branch} at ${start.slice(0, 12)} already has every value: nothing to commit`,
      );
      return { changed: false, commit: start, branch, base, startedFrom, baseCommit, attempts: attempt, files };
    }
    const commit = await clone.commit(files, options.message, options.identity);
    if (await clone.push(target, lease)) {
      info(
        `pushed ${commit.slice(0, 12)} to ${options.access.repository} ${target}${attempt > 1 ? ` (attempt ${attempt})` : ''}`,
      );
      return { changed: true, commit, branch: target, base, startedFrom, baseCommit, attempts: attempt, files };
    }
    if (attempt >= attempts) {
      throw new UserError(
        `${options.access.repository} ${target} kept moving: ${attempts} pushes were refused because other commits landed first; run the job again (or raise push-attempts)`,
      );
    }
    const delay = backoffDelay(attempt, 250, 4000);
    info(
      `${options.access.repository} ${target} moved while this update was made: fetching it and applying the update again in ${delay} ms`,
    );
    await wait(delay);
  }
}
