/**
 * The control plane's processes: each writes its output to `<dir>/logs/<name>.log`; an exit
 * before stop() is kept as `failure` with the log's last lines (start-up checks it); stop() sends SIGTERM (last started
 * first) and SIGKILL to whatever is still running after a grace period. A process that exits
 * without stop() (a test crashed) kills them all synchronously on its way out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Managed {
  name: string;
  child: ChildProcess;
  logPath: string;
  exited: Promise<number | null>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

export function lastLines(path: string, count = 15): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

export class ProcessGroup {
  private readonly processes: Managed[] = [];
  private stopping = false;
  /** Set when a component exits on its own; start-up waits and callers check it. */
  failure: Error | undefined;

  constructor(private readonly dir: string) {
    mkdirSync(join(dir, 'logs'), { recursive: true });
    installExitHook();
  }

  start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Managed {
    const logPath = join(this.dir, 'logs', `${name}.log`);
    const fd = openSync(logPath, 'a');
    const child = spawn(command, args, { stdio: ['ignore', fd, fd], env, cwd: this.dir });
    closeSync(fd);
    live.add(child);
    const exited = new Promise<number | null>((resolve) => {
      child.on('error', (error) => {
        live.delete(child);
        this.fail(new Error(`control-plane: ${name} did not start: ${error.message}`));
        resolve(null);
      });
      child.on('exit', (code, signal) => {
        live.delete(child);
        if (!this.stopping)
          this.fail(
            new Error(
              `control-plane: ${name} exited (${signal ?? `code ${code}`}) before stop; last lines of ${logPath}:\n${lastLines(logPath)}`,
            ),
          );
        resolve(code);
      });
    });
    const managed = { name, child, logPath, exited };
    this.processes.push(managed);
    return managed;
  }

  private fail(error: Error): void {
    this.failure ??= error;
  }

  async stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    for (const managed of [...this.processes].reverse()) {
      if (managed.child.exitCode !== null || managed.child.signalCode !== null) continue;
      managed.child.kill('SIGTERM');
      const timer = setTimeout(() => managed.child.kill('SIGKILL'), graceMs);
      await managed.exited;
      clearTimeout(timer);
    }
  }
}
