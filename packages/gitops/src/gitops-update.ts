/**
 * The whole update: clone the config repository shallowly, write the released images into
 * the files under `paths` (only the values change), commit as the workflow's actor, push with
 * re-application when another release raced it, and create or update the one pull request of
 * the branch. Every file is parsed and planned before the first commit: a bad path or a file
 * that does not parse changes nothing.
 */
import { planConfigUpdate, writeConfigUpdate, type FileUpdate, type UpdatePlan } from './config-files.js';
import { appendSection, pullRequestSection } from './report.js';
import type { Pin, ReleasedImage } from './images.js';
import type { RepositoryAccess } from './git-access.js';
import { publish, type CommitIdentity, type PublishMode } from './publish.js';
import type { EnsuredPullRequest, PullRequestRef, PullRequests } from './pull-request.js';
import type { FieldRule } from './field-rules.js';
import type { FieldChange } from './rules.js';

export interface GitOpsUpdateOptions {
  access: RepositoryAccess;
  /** '' for the repository's default branch. */
  base: string;
  mode: PublishMode;
  /** The pull request's branch (pull-request mode). */
  branch: string;
  /** Repository-relative files and folders. */
  paths: readonly string[];
  images: readonly ReleasedImage[];
  pin: Pin;
  fields?: readonly FieldRule[];
  message: string;
  title: string;
  labels?: readonly string[];
  reviewers?: readonly string[];
  identity: CommitIdentity;
  /** An empty folder for the clone. */
  workdir: string;
  /** Required in pull-request mode. */
  pullRequests?: PullRequests;
  /** Where the release comes from, for the pull request's body: the workflow run's URL. */
  runUrl?: string;
  attempts?: number;
  onInfo?: (message: string) => void;
  onWarning?: (message: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface GitOpsUpdateResult {
  changed: boolean;
  commit: string;
  base: string;
  /** The branch holding the update (base in push mode). */
  branch: string;
  /** This run's changed files (on the last attempt). */
  files: FileUpdate[];
  changes: FieldChange[];
  unmatched: ReleasedImage[];
  problems: string[];
  attempts: number;
  pullRequest?: EnsuredPullRequest | PullRequestRef;
  scanned: number;
}

export async function gitopsUpdate(options: GitOpsUpdateOptions): Promise<GitOpsUpdateResult> {
  if (options.mode === 'pull-request' && !options.pullRequests)
    throw new Error('pull-request mode needs a PullRequests client');
  let plan: UpdatePlan | undefined;
  let openPull: PullRequestRef | undefined;
  const published = await publish({
    dir: options.workdir,
    access: options.access,
    base: options.base,
    mode: options.mode,
    branch: options.branch,
    message: options.message,
    identity: options.identity,
    attempts: options.attempts,
    onInfo: options.onInfo,
    sleep: options.sleep,
    continueBranch: async (base) => {
      const pulls = await options.pullRequests!.ofBranch({
        repository: options.access.repository,
        base,
        branch: options.branch,
      });
      openPull = pulls.open;
      return !pulls.onlyClosed;
    },
    apply: (dir) => {
      plan = planConfigUpdate({
        root: dir,
        paths: options.paths,
        images: options.images,
        pin: options.pin,
        fields: options.fields,
      });
      writeConfigUpdate(dir, plan);
      return plan.files.map((file) => file.path);
    },
  });
  const finalPlan = plan!;
  const result: GitOpsUpdateResult = {
    changed: published.changed,
    commit: published.commit,
    base: published.base,
    branch: published.branch,
    files: finalPlan.files,
    changes: finalPlan.changes,
    unmatched: finalPlan.unmatched,
    problems: finalPlan.problems,
    attempts: published.attempts,
    scanned: finalPlan.scanned,
  };
  if (options.mode !== 'pull-request') return result;
  if (!published.changed) {
    if (published.startedFrom !== 'branch') return result;
    // The branch already holds the update: its open pull request is the answer, or, when an
    // earlier run stopped between its push and the pull request, the one opened now.
    if (openPull) {
      result.pullRequest = openPull;
      return result;
    }
  }
  const section = pullRequestSection(finalPlan, {
    images: options.images,
    pin: options.pin,
    runUrl: options.runUrl,
    commit: published.commit,
  });
  const target = { repository: options.access.repository, base: published.base, branch: published.branch };
  result.pullRequest = await options.pullRequests!.ensure(
    target,
    { title: options.title, body: section, labels: options.labels, reviewers: options.reviewers },
    {
      // An open pull request holds earlier (or racing) updates of the branch too: its
      // description gains this update's section.
      update: (existing) => ({ title: options.title, body: appendSection(existing.body, section) }),
      onWarning: options.onWarning,
    },
  );
  return result;
}
