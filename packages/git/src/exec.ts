import { spawn } from 'node:child_process';

/** What a git command printed and how it ended. */
export interface GitResult {
  stdout: Buffer;
  stderr: string;
  exitCode: number;
}

export interface GitRunOptions {
  cwd: string;
  /** Bytes written to the command's standard input (then closed). */
  input?: Buffer | string;
  /** Exit codes that are answers rather than failures (e.g. 1 for `merge-base --is-ancestor`). */
  okExitCodes?: readonly number[];
  /** Variables added to git's environment (e.g. GIT_CONFIG_* carrying a credential header, kept out of argv). */
  env?: Readonly<Record<string, string>>;
}

/** A git command that failed: carries the arguments, exit code and git's own message. */
export class GitError extends Error {
  readonly args: readonly string[];
  readonly exitCode: number;
  readonly stderr: string;

  constructor(args: readonly string[], exitCode: number, stderr: string) {
    const lines = stderr.trim().split('\n').filter(Boolean);
    const reason = lines.find((line) => /^(fatal|error):/.test(line)) ?? lines.pop() ?? `exit code ${exitCode}`;
    super(`git ${args.join(' ')} failed: ${reason}`);
    this.name = 'GitError';
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

/**
 * The environment git runs with: no prompts (a job cannot answer one), no pager, no
 * localised messages (we read some of them), and no user-level hooks into output format.
 */
export function gitEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...base,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
    LANGUAGE: 'C',
    GIT_OPTIONAL_LOCKS: '0',
  };
}

/**
 * Runs `git <args>` with an argument array (never a shell), collecting its output.
 * Rejects with a GitError unless the exit code is 0 or listed in `okExitCodes`.
 */
export function runGit(args: readonly string[], options: GitRunOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...args], {
      cwd: options.cwd,
      env: gitEnvironment(options.env ? { ...process.env, ...options.env } : process.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        reject(new Error('git is not installed or not on PATH: install git (apt-get install -y git)'));
      else reject(error);
    });
    child.stdin.on('error', () => {
      // git may exit before reading all of its input (e.g. on a bad argument); the exit code tells.
    });
    child.on('close', (code, signal) => {
      const exitCode = code ?? (signal ? 128 : 1);
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), exitCode };
      if (exitCode === 0 || options.okExitCodes?.includes(exitCode)) resolve(result);
      else reject(new GitError(args, exitCode, result.stderr));
    });
    child.stdin.end(options.input ?? '');
  });
}
