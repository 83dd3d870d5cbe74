/**
 * For a workflow that takes a fixed port, as ci.yml's registry takes localhost:5000 the way
 * GitHub's service container did: a lock every process on this machine shares (the tests of
 * every worktree), so two runs queue instead of colliding, and a one-line failure when a
 * program outside the lock holds the port.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function holderAlive(file: string): boolean {
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists (another user's).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits (up to timeoutMs) for the machine-wide lock `name`; resolves with its release. */
export async function machineLock(name: string, timeoutMs: number): Promise<() => void> {
  const file = join(tmpdir(), `kube-release-${name}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderAlive(file)) {
      try {
        unlinkSync(file); // left by a process that ended without releasing it
      } catch {
        /* another waiter removed it first */
      }
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`${file}: held by process ${readFileSync(file, 'utf8')} for longer than ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Fails with one line when something listens on 127.0.0.1:port. */
export async function requireFreePort(port: number, why: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `127.0.0.1:${port} is taken by another program (${error.code}): ${why}; stop that program and run the test again`,
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}
