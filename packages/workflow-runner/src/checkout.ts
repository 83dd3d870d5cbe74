/**
 * actions/checkout, emulated from the local repository: the job's workspace becomes a
 * clone of it at the event's commit, as deep as fetch-depth asks (0: every branch and
 * tag), with the ref checked out the way the action leaves it (a branch, or a detached
 * HEAD for a tag or a SHA). Nothing is downloaded.
 */
import { mkdirSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { git } from './git.js';

export interface CheckoutRequest {
  /** The repository the workflow belongs to (its top folder). */
  repository: string;
  /** GITHUB_WORKSPACE. */
  workspace: string;
  /** The event's ref and commit. */
  ref: string;
  sha: string;
  /** The step's with: (ref, fetch-depth, path, fetch-tags, repository). */
  with: Record<string, string>;
  /** owner/name of the workflow's repository (with.repository may only name it). */
  repositoryName: string;
}

export function checkout(request: CheckoutRequest): string[] {
  const log: string[] = [];
  const options = request.with;
  if (options.repository && options.repository.toLowerCase() !== request.repositoryName.toLowerCase())
    throw new Error(
      `actions/checkout: repository ${options.repository} is not this repository (${request.repositoryName}): the local runner checks out only the repository it runs`,
    );
  const top = git(request.repository, 'rev-parse', '--show-toplevel');
  if (resolve(top) !== resolve(request.repository))
    throw new Error(
      `actions/checkout: ${request.repository} is inside the git repository ${top}, not the top of one: run the workflow from a repository whose .github/workflows holds it`,
    );
  const target = options.path ? resolve(request.workspace, options.path) : request.workspace;
  if (options.path && (isAbsolute(options.path) || relative(request.workspace, target).startsWith('..')))
    throw new Error(`actions/checkout: path ${options.path} is outside the workspace`);
  const depth =
    options['fetch-depth'] === undefined || options['fetch-depth'] === '' ? 1 : Number(options['fetch-depth']);
  if (!Number.isInteger(depth) || depth < 0)
    throw new Error(`actions/checkout: fetch-depth ${options['fetch-depth']} is not a whole number`);
  const ref = options.ref || request.ref;
  mkdirSync(target, { recursive: true });
  const source = `file://${request.repository}`;
  git(target, 'init', '-q');
  git(target, 'remote', 'add', 'origin', source);
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
  const tags = depth === 0 || options['fetch-tags'] === 'true' ? ['--tags'] : ['--no-tags'];
  let refspec: string;
  let checkoutArgs: string[];
  if (
    ref.startsWith('refs/heads/') ||
    (!ref.startsWith('refs/') &&
      !/^[0-9a-f]{40}$/.test(ref) &&
      git(request.repository, 'for-each-ref', `refs/heads/${ref}`))
  ) {
    const branch = ref.replace(/^refs\/heads\//, '');
    refspec = `+refs/heads/${branch}:refs/remotes/origin/${branch}`;
    checkoutArgs = ['checkout', '-q', '--force', '-B', branch, `refs/remotes/origin/${branch}`];
  } else if (ref.startsWith('refs/tags/') || (!ref.startsWith('refs/') && !/^[0-9a-f]{40}$/.test(ref))) {
    const tag = ref.replace(/^refs\/tags\//, '');
    refspec = `+refs/tags/${tag}:refs/tags/${tag}`;
    checkoutArgs = ['checkout', '-q', '--force', `refs/tags/${tag}`];
  } else {
    refspec = ref;
    checkoutArgs = ['checkout', '-q', '--force', ref];
  }
  const refspecs =
    depth === 0 ? ['+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*', refspec] : [refspec];
  git(
    target,
    '-c',
    'protocol.version=2',
    'fetch',
    '-q',
    '--prune',
    '--no-recurse-submodules',
    ...depthArgs,
    ...tags,
    'origin',
    ...new Set(refspecs),
  );
  git(target, ...checkoutArgs);
  // A branch may have moved since the event: the event's commit is what the job builds.
  if (!options.ref && request.sha && git(target, 'rev-parse', 'HEAD') !== request.sha) {
    git(target, 'fetch', '-q', ...depthArgs, 'origin', request.sha);
    git(target, 'checkout', '-q', '--force', request.sha);
  }
  log.push(
    `Checked out ${request.repositoryName} at ${ref} (${git(target, 'rev-parse', '--short', 'HEAD')}) into ${relative(request.workspace, target) || '.'}, ${depth === 0 ? 'full history and tags' : `depth ${depth}`}`,
  );
  return log;
}

export function isCheckout(uses: string): boolean {
  return /^actions\/checkout@/.test(uses);
}
