import { type GitHubContext, SummaryBuilder, commitUrl, compareUrl, linkLine, runUrl } from '@kra/core';
import type { RefComparison } from './config-changes-at-refs.js';

/**
 * detect-config-changes' job summary: the changed configs, then the workloads that read them,
 * then what was compared with links to the head commit, the compare view base...head and the run.
 * Names and change kinds only: never a config's content.
 */
export function configChangesSummary(comparison: RefComparison, context: GitHubContext): SummaryBuilder {
  const { head, base, diff } = comparison;
  const changed = diff.changedConfigs;
  const affected = diff.affectedWorkloads;
  const restart = affected.filter((w) => w.restart);
  const summary = new SummaryBuilder()
    .heading(`Config changes: ${changed.length} config(s) changed, ${restart.length} workload(s) to restart`)
    .table(
      ['change', 'kind', 'namespace', 'name'],
      changed.map((c) => [c.change, c.kind, c.namespace ?? '', c.name]),
    );
  if (affected.length > 0) {
    summary.table(
      ['workload', 'namespace', 'reads', 'restart', 'file'],
      affected.map((w) => [
        `${w.kind} ${w.name}`,
        w.namespace ?? '',
        w.configs.map((c) => `${c.kind} ${c.name} (${c.change})`).join(', '),
        w.restart ? 'yes' : w.specChanged ? 'no: its pod template changed' : 'no: not a rolling workload',
        `${w.file}:${w.line}`,
      ]),
    );
  }
  summary.text(`Compared head \`${head.slice(0, 12)}\` with ${base.description}.`);
  const links: Array<[string, string]> = [[`commit ${head.slice(0, 12)}`, commitUrl(context, head)]];
  if (base.commit)
    links.push([`compare ${base.commit.slice(0, 12)}...${head.slice(0, 12)}`, compareUrl(context, base.commit, head)]);
  links.push(['run', runUrl(context)]);
  if (linkLine(links)) summary.text(linkLine(links));
  return summary;
}
