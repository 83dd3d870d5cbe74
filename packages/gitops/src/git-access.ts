/**
 * How git reaches the config repository with a token: an `http.<server>/.extraheader`
 * Authorization header passed through git's GIT_CONFIG_* environment variables, so the token is
 * never in a remote URL, in git's argv (visible in process lists and our error messages), in
 * .git/config, or in any output; and how git's failures read as one line naming the repository.
 */
import { UserError, redact } from '@kra/core';
import { GitError } from '@kra/git';

export interface RepositoryAccess {
  /** owner/name, for messages. */
  repository: string;
  /** The clone URL, without credentials: https://github.com/acme/config.git. */
  url: string;
  /** The server the token is sent to (and only it): https://github.com. */
  serverUrl: string;
  token?: string;
}

/** The Authorization header value git sends (as actions/checkout does). */
function authorization(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

/** Every form in which the token could appear: to mask and to redact. */
export function tokenForms(token: string | undefined): string[] {
  if (!token) return [];
  return [
    token,
    Buffer.from(token).toString('base64'),
    Buffer.from(`x-access-token:${token}`).toString('base64'),
    authorization(token),
  ];
}

/**
 * git's environment for this repository: the header scoped to the server's URL, appended to any
 * GIT_CONFIG_COUNT entries already set; no credential helper may prompt.
 */
export function gitAccessEnvironment(
  access: RepositoryAccess,
  base: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0' };
  if (!access.token) return env;
  const count = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
  const server = access.serverUrl.replace(/\/+$/, '');
  env[`GIT_CONFIG_KEY_${count}`] = `http.${server}/.extraheader`;
  env[`GIT_CONFIG_VALUE_${count}`] = authorization(access.token);
  env.GIT_CONFIG_COUNT = String(count + 1);
  return env;
}

/** Whether a git failure is worth another try: the server or the network, not the request. */
export function isTransientGitError(error: unknown): boolean {
  if (!(error instanceof GitError)) return false;
  return /returned error: (5\d\d|429)|Could not resolve host|Connection (reset|refused|timed out)|Operation timed out|early EOF|RPC failed|unexpected disconnect|remote end hung up/i.test(
    error.stderr,
  );
}

/**
 * A git failure as one line the user can act on: which repository, what the token lacks, what
 * to do. `operation` is what was attempted ("read", "push to branch main").
 */
export function describeGitError(
  error: unknown,
  access: RepositoryAccess,
  operation: 'read' | 'push',
  ref: string,
): Error {
  if (!(error instanceof GitError)) return error instanceof Error ? error : new Error(String(error));
  const secrets = tokenForms(access.token);
  const stderr = redact(error.stderr, secrets);
  const repository = access.repository;
  const tokenHint = access.token ? '' : ' (no token was given: set the token input)';
  if (
    operation === 'push' &&
    /returned error: 403|Permission to .* denied|denied to |write access .* not granted/i.test(stderr)
  ) {
    return new UserError(
      `the token cannot push to ${repository}: it needs the "contents: write" permission on ${repository}${tokenHint}; a workflow's GITHUB_TOKEN only writes to its own repository, so use a fine-grained personal access token or a GitHub App token with Contents: Read and write`,
    );
  }
  if (operation === 'push' && /protected branch|GH006|pre-receive hook declined|hook declined/i.test(stderr)) {
    return new UserError(
      `${repository} refused the push to ${ref} (a protected branch or a server hook): use mode: pull-request, or allow the token to push to ${ref}`,
    );
  }
  if (
    /returned error: 401|Authentication failed|could not read (Username|Password)|terminal prompts disabled/i.test(
      stderr,
    )
  ) {
    return new UserError(
      `${repository} refused the token${tokenHint}: give a token that can read and write it (Contents: Read and write), and check that it has not expired`,
    );
  }
  if (/returned error: 403/i.test(stderr)) {
    return new UserError(
      `the token cannot read ${repository}: it needs the "contents: read" permission on ${repository}${tokenHint}`,
    );
  }
  if (
    /returned error: 404|Repository not found|does not appear to be a git repository|repository '[^']*' not found/i.test(
      stderr,
    )
  ) {
    return new UserError(
      `repository ${repository} was not found, or the token cannot see it: check the repository input and give a token with access to it${tokenHint}`,
    );
  }
  if (/couldn't find remote ref|Remote branch .* not found/i.test(stderr)) {
    return new UserError(`${repository} has no branch ${ref}: check the base input`);
  }
  const reason =
    stderr
      .trim()
      .split('\n')
      .filter(Boolean)
      .find((line) => /^(fatal|error):/.test(line)) ??
    stderr.trim().split('\n').pop() ??
    '';
  return new UserError(
    `git could not ${operation === 'read' ? 'read' : `push ${ref} to`} ${repository}: ${reason.replace(/^(fatal|error):\s*/, '')}`,
  );
}
