import { SummaryBuilder, code, escapeHtml } from '@kra/core';
import type { DeployResult } from './deploy.js';
import { diagnosisText } from './diagnose.js';
import { progressSummary } from './progressive/report.js';

/** The job summary of a deploy: objects and results first, then images, timeline, diagnosis, diffs. */
export function deploySummary(result: DeployResult, release: string): SummaryBuilder {
  const summary = new SummaryBuilder();
  const verdict: Record<string, string> = {
    deployed: `✅ Release \`${release}\` revision ${result.revision} deployed`,
    'dry-run': `🔍 Dry run of release \`${release}\`: nothing was changed`,
    'rolled-back': `❌ Release \`${release}\` revision ${result.revision} failed and was rolled back to revision ${result.previousRevision}`,
    failed: `❌ Release \`${release}\`${result.revision ? ` revision ${result.revision}` : ''} failed`,
    progressing: `⏸ Release \`${release}\` revision ${result.revision}: ${result.progress?.state.strategy} ${result.progress?.state.phase}, the new version at ${result.progress?.state.weight}% of the traffic`,
    rejected: `↩️ Release \`${release}\` revision ${result.revision} rejected: ${result.previousRevision ? `revision ${result.previousRevision}` : 'the stable version'} keeps all the traffic`,
    cancelled: `⏹️ Release \`${release}\`${result.revision ? ` revision ${result.revision}` : ''} was cancelled`,
  };
  summary.heading(verdict[result.status] ?? result.status, 2);
  if (result.objects.length > 0 || !result.progress)
    summary.table(
      ['object', 'result', 'ready'],
      result.objects.map((o) => [code(o.object), o.result, o.ready ?? '']),
    );
  const { created, configured, unchanged, pruned } = result.changed;
  summary.text(`${created} created, ${configured} configured, ${unchanged} unchanged, ${pruned} pruned.`);
  if (result.failure) summary.text(`**Failure:** ${escapeHtml(result.failure)}`);
  if (result.rollback) summary.text(`**Rollback:** ${escapeHtml(result.rollback)}`);
  if (result.progress) progressSummary(summary, result.progress);
  if (result.diagnosis)
    summary
      .heading('Diagnosis', 3)
      .details(`${result.diagnosis.object}: ${result.diagnosis.reason}`, diagnosisText(result.diagnosis));
  const images = [...new Set(result.images)];
  if (images.length > 0)
    summary.heading('Images', 3).table(
      ['image'],
      images.map((i) => [code(i)]),
    );
  if (result.replacements.length > 0) {
    summary.details(
      `${result.replacements.length} image replacements`,
      result.replacements.map((r) => `${r.object} ${r.container}: ${r.from} -> ${r.to}`).join('\n'),
    );
  }
  if (result.timeline.length > 0) {
    summary.heading('Timeline', 3).table(
      ['at', 'object', 'event'],
      result.timeline.map((t) => [`${(t.atMs / 1000).toFixed(1)}s`, code(t.object), t.message]),
      200,
    );
  }
  const changedDiffs = result.diffs.filter((d) => d.diff !== '');
  if (changedDiffs.length > 0) {
    summary.heading('Diff', 3);
    for (const d of changedDiffs) summary.details(`${d.label} (${d.action})`, d.diff, 'diff');
  }
  return summary;
}
