/**
 * Processes a job leaves running, handled as GitHub's runner handles them: every process a
 * job starts carries RUNNER_TRACKING_ID=github_<uuid> in its environment; a step that
 * starts a server in the background (`docker-registry serve … &`) ends when its shell
 * ends, and the server lives on for the later steps of the job; when the job ends, the
 * runner terminates every process still carrying the job's id ("Cleaning up orphan
 * processes", then "Terminate orphan process: pid (N) (name)" for each, with SIGKILL).
 * A process that must outlive its job clears the variable, as on GitHub. Linux (/proc).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export const TRACKING_VARIABLE = 'RUNNER_TRACKING_ID';

/** A new job's tracking id. */
export function newTrackingId(): string {
  return `github_${randomUUID()}`;
}

interface OrphanProcess {
  pid: number;
  name: string;
}

/** The running processes whose environment carries this tracking id (those of this user that can be read). */
function orphanProcesses(trackingId: string): OrphanProcess[] {
  if (!existsSync('/proc')) return [];
  const marker = `${TRACKING_VARIABLE}=${trackingId}`;
  const found: OrphanProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environment = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (!environment.includes(marker)) continue;
      found.push({ pid: Number(entry), name: readFileSync(`/proc/${entry}/comm`, 'utf8').trim() });
    } catch {
      // Gone meanwhile, a zombie, or another user's: not ours to end.
    }
  }
  return found;
}

/** Whether a process still runs (exists and has not exited: a zombie holds nothing any more). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Ends the job's orphans (SIGKILL, as the runner does) and waits, up to 10 s, until they have
 * exited, so what they held (a port, a file) is free for what runs next. Returns the log
 * lines GitHub shows.
 */
export async function terminateOrphans(trackingId: string): Promise<string[]> {
  const orphans = orphanProcesses(trackingId);
  if (orphans.length === 0) return [];
  const lines = ['Cleaning up orphan processes'];
  for (const orphan of orphans) {
    try {
      process.kill(orphan.pid, 'SIGKILL');
      lines.push(`Terminate orphan process: pid (${orphan.pid}) (${orphan.name})`);
    } catch {
      // It ended by itself meanwhile.
    }
  }
  const deadline = Date.now() + 10_000;
  while (orphans.some((orphan) => running(orphan.pid)) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 50));
  return lines;
}
