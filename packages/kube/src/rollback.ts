import { mapLimit } from '@kra/core';
import { kindGroups } from './apply.js';
import type { KObject } from './client.js';
import type { DeployRun } from './deploy-run.js';
import { identity } from './names.js';
import { deleteObjects } from './prune.js';
import type { ReleaseRecord } from './release.js';
import { type WaitResult, waitForObjects } from './wait.js';

/**
 * Re-applies an earlier revision exactly as it was applied (forced: it is our own prior
 * state), deletes what a failed revision created that the earlier one did not have, and waits
 * for it to be ready again.
 */
export async function restoreRevision(
  run: DeployRun,
  previous: ReleaseRecord,
  createdNow: KObject[],
): Promise<{ ok: boolean; message: string }> {
  const { client } = run;
  const applyOptions = run.applyOptions(true);
  const previousIds = new Set(previous.objects.map(identity));
  for (const group of kindGroups(previous.objects.map((object) => ({ object })))) {
    await mapLimit(group, applyOptions.concurrency, ({ object }) =>
      client.apply(object, { fieldManager: applyOptions.fieldManager, force: true }),
    );
  }
  const extra = createdNow.filter((o) => !previousIds.has(identity(o)));
  const deleted = await deleteObjects(client, [...extra].reverse());
  for (const label of deleted) run.mark(label, 'deleted (created by the failed revision)');
  const waited = await waitForObjects(client, previous.objects, run.waitOptions(run.options.timeoutMs, 'rollback: '));
  if (waited.ok) return { ok: true, message: `rolled back to revision ${previous.revision}, which is ready again` };
  if (waited.outcome === 'cancelled')
    return {
      ok: true,
      message: `rolled back to revision ${previous.revision} (re-applied; its readiness was not waited for: the run was stopped)`,
    };
  return {
    ok: false,
    message: `rolled back to revision ${previous.revision}, but it did not become ready: ${failureLine(waited)}`,
  };
}

/** A failed wait in one line: object, reason, pod and container, message. */
export function failureLine(wait: WaitResult): string {
  const d = wait.failure;
  if (!d) return 'not ready';
  return `${d.object}: ${d.reason}${d.pod ? ` (pod ${d.pod}${d.container ? `, container ${d.container}` : ''})` : ''}: ${d.message}`;
}
