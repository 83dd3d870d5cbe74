import { UserError, errorMessage } from '@kra/core';
import type { GitRepository } from './repository.js';

/** The fix for a checkout that lacks history or tags, as one line to paste into the workflow. */
export const FETCH_DEPTH_FIX =
  'check out the full history and tags: in the actions/checkout step set `with: fetch-depth: 0` (or set the "base" input to a commit the checkout has)';

export interface HistoryNeeds {
  /** Commits that must be in the object database. */
  commits?: string[];
  /** Whether ancestry questions will be asked (a shallow clone cannot answer them). */
  history?: boolean;
  /** Whether tags must be present (`git tag` matching this pattern, fetched when none is). */
  tags?: string;
  /** What the history is for, for the messages: "the previous release tag". */
  purpose: string;
}

export interface HistoryReport {
  fetched: boolean;
  /** Lines for the step log: what was fetched and why. */
  notes: string[];
}

async function missingCommits(repo: GitRepository, commits: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const commit of commits) if (!(await repo.hasCommit(commit))) missing.push(commit);
  return missing;
}

function preferredRemote(remotes: readonly string[]): string | undefined {
  return remotes.includes('origin') ? 'origin' : remotes[0];
}

/**
 * Makes sure the checkout can answer the questions asked of it: fetches what a shallow or
 * tag-less checkout (actions/checkout's default) lacks from its remote, with git, and
 * fails with the `fetch-depth: 0` fix when there is no remote to fetch from or the
 * fetch does not bring what is needed.
 */
export async function ensureHistory(repo: GitRepository, needs: HistoryNeeds): Promise<HistoryReport> {
  const notes: string[] = [];
  const shallow = await repo.isShallow();
  let missing = await missingCommits(repo, needs.commits ?? []);
  const noTags = needs.tags !== undefined && (await repo.tags(needs.tags)).length === 0;
  const unshallow = shallow && (needs.history || needs.tags !== undefined);
  if (!unshallow && missing.length === 0 && !noTags) return { fetched: false, notes };

  const remote = preferredRemote(await repo.remotes());
  const lacking = [
    unshallow ? 'is shallow' : '',
    missing.length > 0 ? `lacks commit ${missing.map((c) => c.slice(0, 12)).join(', ')}` : '',
    noTags ? `has no tag matching ${needs.tags}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  if (!remote) {
    if (!unshallow && missing.length === 0) {
      // A full clone without tags and nowhere to ask: there really are no such tags.
      notes.push(`The checkout has no tag matching ${needs.tags} and no remote to fetch tags from.`);
      return { fetched: false, notes };
    }
    throw new UserError(
      `The checkout ${lacking} and has no git remote to fetch from, so ${needs.purpose} cannot be found: ${FETCH_DEPTH_FIX}`,
    );
  }

  const args = [needs.tags !== undefined ? '--tags' : '--no-tags'];
  if (unshallow) args.push('--unshallow');
  args.push(remote);
  const what = [unshallow ? 'its history' : '', needs.tags !== undefined ? 'tags' : ''].filter(Boolean).join(' and ');
  notes.push(
    `The checkout ${lacking}; fetching ${what || 'what is missing'} from ${remote} to find ${needs.purpose}: git fetch ${args.join(' ')}`,
  );
  try {
    await repo.fetch(args);
    missing = await missingCommits(repo, missing);
    if (missing.length > 0) {
      // Commits no branch leads to (a force-pushed `before`, a pull request's base) are fetched by id.
      const byId = [...(shallow && !unshallow ? ['--depth=1'] : []), '--no-tags', remote, ...missing];
      notes.push(`Fetching ${missing.length} commit(s) by id: git fetch ${byId.join(' ')}`);
      await repo.fetch(byId);
    }
  } catch (error) {
    throw new UserError(
      `git fetch from remote "${remote}" failed (${errorMessage(error)}) while looking for ${needs.purpose}: ${FETCH_DEPTH_FIX}`,
      { cause: error },
    );
  }
  missing = await missingCommits(repo, missing);
  if (missing.length > 0) {
    throw new UserError(
      `Commit ${missing[0]} is not in the checkout and remote "${remote}" did not provide it, so ${needs.purpose} cannot be found: ${FETCH_DEPTH_FIX}`,
    );
  }
  return { fetched: true, notes };
}
