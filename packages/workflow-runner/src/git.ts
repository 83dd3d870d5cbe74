import { execFileSync } from 'node:child_process';

/** Runs git in a folder (no shell) and returns its trimmed stdout; throws with git's own message. */
export function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new Error(`git ${args.join(' ')} in ${cwd}: ${stderr.split('\n').pop() || (error as Error).message}`);
  }
}

/** The commit a ref names, or undefined when there is none. */
export function resolveCommit(cwd: string, ref: string): string | undefined {
  try {
    return git(cwd, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`) || undefined;
  } catch {
    return undefined;
  }
}
