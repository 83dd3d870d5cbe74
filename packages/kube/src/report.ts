import { type Cell, SummaryBuilder, code, escapeHtml, linkLine, shortDigests } from '@kra/core';
import type { DeployResult } from './deploy.js';
import { diagnosisText } from './diagnose.js';
import type { ImageChange } from './images.js';
import { progressSummary } from './progressive/report.js';

/** What the heading of a deploy's summary names, and where its links lead. */
export interface DeployHeading {
  release: string;
  version: string;
  /** The GitHub environment, when the input names one. */
  environment?: string;
  /** The API server's URL: only its host is shown. */
  server: string;
  namespace: string;
  /** Labelled links (the commit, the run); those without a URL are left out. */
  links: Array<[label: string, url: string]>;
  /** Applied to the whole summary: takes the manifests' Secret values out (see redactor). */
  redact?: (text: string) => string;
}

/** The host (and port) of a server URL: never its user or password. */
export function serverHost(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return '';
  }
}

/** The job summary of a deploy: objects and results first, then images, timeline, diagnosis, diffs. */
export function deploySummary(result: DeployResult, heading: DeployHeading): SummaryBuilder {
  const { release } = heading;
  const summary = new SummaryBuilder(heading.redact);
  const verdict: Record<string, string> = {
    deployed: `✅ Release \`${release}\` revision ${result.revision} deployed`,
    'dry-run': `🔍 Dry run of release \`${release}\`: nothing was changed`,
    'rolled-back': `❌ Release \`${release}\` revision ${result.revision} failed and was rolled back to revision ${result.previousRevision}`,
    failed: `❌ Release \`${release}\`${result.revision ? ` revision ${result.revision}` : ''} failed`,
    progressing: `⏸ Release \`${release}\` revision ${result.revision}: ${result.progress?.state.strategy} ${result.progress?.state.phase}, the new version at ${result.progress?.state.weight}% of the traffic`,
    rejected: `↩️ Release \`${release}\` revision ${result.revision} rejected: ${result.previousRevision ? `revision ${result.previousRevision}` : 'the stable version'} keeps all the traffic`,
    cancelled: `⏹️ Release \`${release}\`${result.revision ? ` revision ${result.revision}` : ''} was cancelled`,
  };
  const names = [
    `version ${code(heading.version)}`,
    heading.environment ? `environment ${code(heading.environment)}` : '',
    serverHost(heading.server) ? `cluster ${code(serverHost(heading.server))}` : '',
    `namespace ${code(heading.namespace)}`,
  ].filter((n) => n !== '');
  summary.heading(`${verdict[result.status] ?? result.status} · ${names.join(' · ')}`, 2);
  if (result.objects.length > 0 || !result.progress)
    summary.table(
      ['object', 'result', 'ready'],
      result.objects.map((o) => [code(o.object), o.result, o.ready ?? '']),
    );
  const { created, configured, unchanged, pruned } = result.changed;
  summary.text(`${created} created, ${configured} configured, ${unchanged} unchanged, ${pruned} pruned.`);
  const links = linkLine(heading.links);
  if (links) summary.text(links);
  if (result.failure) summary.text(`**Failure:** ${escapeHtml(result.failure)}`);
  if (result.rollback) summary.text(`**Rollback:** ${escapeHtml(result.rollback)}`);
  imageChangesSummary(summary, result);
  if (result.progress) progressSummary(summary, result.progress);
  if (result.diagnosis)
    summary
      .heading('Diagnosis', 3)
      .details(`${result.diagnosis.object}: ${result.diagnosis.reason}`, diagnosisText(result.diagnosis));
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

/**
 * Each workload container's image before → after since the previous deployed revision, digests
 * cut to 12 hex characters; the whole references folded below.
 */
function imageChangesSummary(summary: SummaryBuilder, result: DeployResult): void {
  const changes = result.imageChanges;
  if (changes.length === 0) return;
  const since = result.previousRevision ? `since revision ${result.previousRevision}` : 'first deploy';
  const changed = changes.filter((c) => c.before !== c.after).length;
  summary
    .heading(`Images (${since}: ${changed} of ${changes.length} changed)`, 3)
    .table(['workload', 'container', 'before', 'after'], changes.map(imageRow))
    .details(
      'Whole image references',
      changes.map((c) => `${c.object} ${c.container}: ${c.before ?? '(none)'} -> ${c.after ?? '(none)'}`).join('\n'),
    );
}

function imageRow(change: ImageChange): Cell[] {
  const image = (ref: string | undefined, none: string) => (ref === undefined ? none : code(shortDigests(ref)));
  return [
    code(change.object),
    change.container,
    image(change.before, 'new'),
    change.before === change.after ? 'unchanged' : image(change.after, 'not in this revision'),
  ];
}
