/**
 * Runs a rendering tool (helm, kustomize) with an argument array, never a shell: what the
 * user gave (chart paths, values, --set lines) can never be read as shell syntax. Output is
 * collected whole; nothing the tool prints is logged here (it may hold Secret values).
 */
import { spawn } from 'node:child_process';

export interface ToolResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RunToolOptions {
  cwd: string;
  /** Variables added to the tool's environment. */
  env?: Readonly<Record<string, string>>;
  /** Written to the tool's standard input, then closed (a password for `--password-stdin`). */
  input?: string;
}

/** Runs `file args…`; resolves with its output and exit code (a non-zero exit is not an error here). */
export function runTool(file: string, args: readonly string[], options: RunToolOptions): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.stdin.on('error', () => {
      // The tool may exit before reading its input; the exit code tells.
    });
    child.stdin.end(options.input ?? '');
    child.on('close', (code, signal) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        exitCode: code ?? (signal ? 128 : 1),
      }),
    );
  });
}
