import { InputError, UserError, type GitHubContext } from '@kra/core';
import { ensureHistory, FETCH_DEPTH_FIX } from './history.js';
import { isZeroId, type GitRepository } from './repository.js';
import { byVersionDescending, compareVersions, parseVersionTag } from '@kra/core/versions';

/** How the base commit was chosen. */
export type BaseSource = 'input' | 'previous-tag' | 'push-before' | 'parent' | 'merge-base' | 'none';

export interface BaseResolution {
  /** The base commit; undefined when there is none (first release): everything counts as changed. */
  commit?: string;
  source: BaseSource;
  /** The tag, when the base is a release tag. */
  tag?: string;
  /** One line for the log and summary saying what was compared and why. */
  description: string;
  /** What was fetched to get here. */
  notes: string[];
}

export interface ResolveBaseOptions {
  /** The `base` input, when set. */
  base?: string;
  /** The head commit (already resolved). */
  head: string;
  /** Glob for release tags (`v*`). */
  tagPattern: string;
  context: Pick<GitHubContext, 'eventName' | 'ref' | 'refName' | 'refType' | 'payload'>;
}

/**
 * Resolves a ref the user gave (a sha, branch, tag, or `origin/<branch>`), fetching from the
 * remote when the checkout lacks it. Fails naming the input when nothing matches.
 */
export async function resolveRef(repo: GitRepository, ref: string, input: string): Promise<string> {
  const local = async () => (await repo.resolveCommit(ref)) ?? (await repo.resolveCommit(`refs/remotes/origin/${ref}`));
  let commit = await local();
  if (commit) return commit;
  if (ref.startsWith('-') || /[\s~^:?*[\\]/.test(ref.replace(/[~^]\d*$/, ''))) {
    throw new InputError(input, `is "${ref}", which is not a valid git ref: give a commit sha, branch or tag`);
  }
  const remotes = await repo.remotes();
  const remote = remotes.includes('origin') ? 'origin' : remotes[0];
  if (remote) {
    try {
      await repo.fetch(['--tags', remote]);
    } catch {
      // Reported below if the ref is still unknown.
    }
    commit = await local();
    if (commit) return commit;
    try {
      await repo.fetch(['--no-tags', remote, ref]);
      commit = await repo.resolveCommit('FETCH_HEAD');
    } catch {
      commit = undefined;
    }
    if (commit) return commit;
  }
  const shallow = await repo.isShallow();
  throw new InputError(
    input,
    `is "${ref}", which names no commit, branch or tag in the repository${remote ? ` or on remote "${remote}"` : ''}: give an existing ref${shallow ? `; the checkout is shallow, so ${FETCH_DEPTH_FIX}` : ''}`,
  );
}

/** The tag the run is for: a release's tag_name, or the pushed tag. */
export function currentTag(context: ResolveBaseOptions['context']): string | undefined {
  if (context.eventName === 'release') {
    const tag = context.payload?.release?.tag_name;
    if (typeof tag === 'string' && tag !== '') return tag;
  }
  if (context.refType === 'tag' || context.ref.startsWith('refs/tags/'))
    return context.refName || context.ref.replace(/^refs\/tags\//, '');
  return undefined;
}

/**
 * The greatest release tag (by semantic version) that matches `tagPattern`, is lower than
 * `current` (when given), is an ancestor of `head` and points at another commit. A stable
 * release is compared with the previous stable release (pre-releases are skipped); a
 * pre-release with anything lower. The same tags give the same answer on every run.
 */
export async function previousReleaseTag(
  repo: GitRepository,
  head: string,
  tagPattern: string,
  current?: string,
): Promise<{ tag: string; commit: string } | undefined> {
  const currentVersion = current === undefined ? undefined : parseVersionTag(current);
  if (current !== undefined && !currentVersion) {
    throw new UserError(
      `Tag "${current}" is not a semantic version (such as v1.4.0), so the previous release cannot be told from it: set the "base" input, or use semantic version tags`,
    );
  }
  const stableOnly = currentVersion !== undefined && currentVersion.prerelease.length === 0;
  const tags = await repo.tags(tagPattern);
  const commits = new Map(tags.map((tag) => [tag.name, tag.commit]));
  const candidates = tags
    .map((tag) => parseVersionTag(tag.name))
    .filter((version): version is NonNullable<typeof version> => version !== undefined)
    .filter((version) => !currentVersion || compareVersions(version, currentVersion) < 0)
    .filter((version) => !stableOnly || version.prerelease.length === 0)
    .filter((version) => commits.get(version.tag) !== head)
    .sort(byVersionDescending);
  for (const version of candidates) {
    const commit = commits.get(version.tag)!;
    if (await repo.isAncestor(commit, head)) return { tag: version.tag, commit };
  }
  return undefined;
}

/**
 * Chooses the commit to compare `head` with, from the `base` input or the event:
 * - release, or a tag ref: the previous release tag (see previousReleaseTag);
 * - push: `github.event.before`; for a new branch (before is all zeros) the parent of head;
 * - pull_request / pull_request_target: the merge base of head and the base branch's commit;
 * - anything else (workflow_dispatch, schedule): the latest release tag below head.
 * None found (a first release, a root commit): no base, and everything counts as changed.
 */
export async function resolveBase(repo: GitRepository, options: ResolveBaseOptions): Promise<BaseResolution> {
  const { head, tagPattern, context } = options;
  if (options.base) {
    const commit = await resolveRef(repo, options.base, 'base');
    return {
      commit,
      source: 'input',
      description: `base ${options.base} (${commit.slice(0, 12)}) from the "base" input`,
      notes: [],
    };
  }
  const event = context.eventName;
  const tag = currentTag(context);

  if (event === 'pull_request' || event === 'pull_request_target') {
    const baseSha = context.payload?.pull_request?.base?.sha;
    const baseRef = context.payload?.pull_request?.base?.ref ?? 'the base branch';
    if (typeof baseSha !== 'string' || baseSha === '') {
      throw new UserError(
        'The pull_request event has no pull_request.base.sha, so the base branch cannot be found: set the "base" input',
      );
    }
    const { notes } = await ensureHistory(repo, {
      commits: [baseSha],
      history: true,
      purpose: `the merge base with ${baseRef}`,
    });
    const commit = await repo.mergeBase(head, baseSha);
    if (!commit)
      throw new UserError(
        `Head ${head.slice(0, 12)} shares no history with ${baseRef} (${baseSha.slice(0, 12)}): set the "base" input`,
      );
    return {
      commit,
      source: 'merge-base',
      description: `merge base of head and ${baseRef} (${commit.slice(0, 12)})`,
      notes,
    };
  }

  if (event === 'push' && !tag) {
    const before = context.payload?.before;
    if (typeof before === 'string' && before !== '' && !isZeroId(before)) {
      try {
        const { notes } = await ensureHistory(repo, {
          commits: [before],
          purpose: 'the commit before the push (github.event.before)',
        });
        return {
          commit: before,
          source: 'push-before',
          description: `the commit before the push, github.event.before (${before.slice(0, 12)})`,
          notes,
        };
      } catch (error) {
        // A force push can leave `before` unreachable and gone from the remote: compare with head's parent.
        const parent = await parentOf(repo, head);
        const why = error instanceof Error ? error.message : String(error);
        if (!parent) throw error;
        return {
          commit: parent,
          source: 'parent',
          description: `the parent of head (${parent.slice(0, 12)}), because github.event.before ${before.slice(0, 12)} is not available (${why})`,
          notes: [],
        };
      }
    }
    const parent = await parentOf(repo, head);
    if (!parent)
      return { source: 'none', description: 'head is the first commit: every config counts as changed', notes: [] };
    return {
      commit: parent,
      source: 'parent',
      description: `a new branch (github.event.before is all zeros): the parent of head (${parent.slice(0, 12)})`,
      notes: [],
    };
  }

  const { notes } = await ensureHistory(repo, {
    history: true,
    tags: tagPattern,
    purpose: `the previous release tag matching ${tagPattern}`,
  });
  const previous = await previousReleaseTag(repo, head, tagPattern, tag);
  if (!previous) {
    return {
      source: 'none',
      description: `no release tag matching ${tagPattern} ${tag ? `lower than ${tag} ` : ''}is an ancestor of head: a first release, so every config counts as changed`,
      notes,
    };
  }
  return {
    commit: previous.commit,
    source: 'previous-tag',
    tag: previous.tag,
    description: `the previous release ${previous.tag} (${previous.commit.slice(0, 12)})${tag ? `, the greatest tag matching ${tagPattern} below ${tag}` : ''}`,
    notes,
  };
}

/** Head's first parent, fetching one more commit of history when the clone is too shallow to have it. */
async function parentOf(repo: GitRepository, head: string): Promise<string | undefined> {
  let parents = await repo.parents(head);
  if (parents.length === 0 && (await repo.isShallow())) {
    const remotes = await repo.remotes();
    const remote = remotes.includes('origin') ? 'origin' : remotes[0];
    if (!remote)
      throw new UserError(
        `The checkout is shallow and has no git remote, so the parent of ${head.slice(0, 12)} cannot be read: ${FETCH_DEPTH_FIX}`,
      );
    try {
      await repo.fetch(['--no-tags', '--deepen=1', remote]);
    } catch (error) {
      throw new UserError(
        `git fetch --deepen=1 from remote "${remote}" failed (${error instanceof Error ? error.message : String(error)}): ${FETCH_DEPTH_FIX}`,
      );
    }
    parents = await repo.parents(head);
  }
  return parents[0];
}
