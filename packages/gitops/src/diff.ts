/**
 * The diff of an update for logs, summaries and pull requests: changed lines only (no context),
 * so nothing beside the written values (an env value, a comment) is repeated anywhere.
 */
import { structuredPatch } from 'diff';
import type { FileUpdate } from './config-files.js';

/** A unified diff of one file with zero lines of context. */
export function fileDiff(file: FileUpdate): string {
  const patch = structuredPatch(`a/${file.path}`, `b/${file.path}`, file.before, file.after, '', '', { context: 0 });
  const lines = [`--- a/${file.path}`, `+++ b/${file.path}`];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) if (!line.startsWith('\\')) lines.push(line.replace(/\r$/, ''));
  }
  return lines.join('\n');
}

/** Lines added and removed, as `git diff --stat` counts them. */
export function diffStat(file: FileUpdate): { added: number; removed: number } {
  const patch = structuredPatch('', '', file.before, file.after, '', '', { context: 0 });
  let added = 0;
  let removed = 0;
  for (const hunk of patch.hunks) {
    for (const line of hunk.lines) {
      if (line.startsWith('+')) added += 1;
      else if (line.startsWith('-')) removed += 1;
    }
  }
  return { added, removed };
}
