/** Small helpers the harness shares: free ports, temp folders, binaries that must be installed. */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A TCP port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `kra-${prefix}-`));
}

/** Fails with an install hint when a binary is missing: tests never skip silently. */
export function requireBinary(binary: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', binary], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(
      `${binary} is not installed: run "sudo apt-get install -y ${debianPackage}" (Debian package ${debianPackage}), then run the tests again`,
    );
  }
}
