import * as core from '@actions/core';
import {
  InputError,
  SummaryBuilder,
  githubContext,
  readList,
  readString,
  setJsonOutput,
  setListOutput,
  setOutput,
  workspaceRoot,
  writeDeprecatedOutputs,
} from '@kra/core';
import type { AffectedWorkload, ConfigChange } from '@kra/manifests';
import { compareConfigsAtRefs } from '@kra/manifests/config-changes-at-refs';
import { readRenderInputs, rendersAnything } from '@kra/manifests/render';

function label(entry: { kind: string; name: string; namespace?: string }): string {
  return `${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name}`;
}

export async function main(): Promise<void> {
  const paths = readList('paths');
  const namespace = readString('namespace');
  const render = readRenderInputs(namespace);
  if (paths.length === 0 && !rendersAnything(render)) {
    throw new InputError(
      'paths',
      'is empty: give manifest files, folders or globs, a helm-chart, or kustomize overlays',
    );
  }
  const { head, base, diff } = await compareConfigsAtRefs({
    root: workspaceRoot(),
    paths,
    exclude: readList('exclude'),
    head: readString('head'),
    base: readString('base'),
    tagPattern: readString('tag-pattern', { default: 'v*' }),
    namespace,
    context: githubContext(),
    render: rendersAnything(render) ? render : undefined,
    onInfo: (message) => core.info(message),
    onWarning: (message) => core.warning(message),
  });

  // Everything is worked out before the first output, so a failure leaves none behind.
  // Every list: <name> one a line, <name>-json as JSON (README, "Outputs").
  const changedLines = diff.changedConfigs.map((c) => `${c.change} ${label(c)}`);
  const affectedLines = diff.affectedWorkloads.map(label);
  const restartLines = diff.restart.map(label);
  setListOutput('changed-configs', changedLines, diff.changedConfigs);
  setListOutput('affected-workloads', affectedLines, diff.affectedWorkloads);
  setListOutput('restart', restartLines, diff.restart);
  setJsonOutput('checksums', diff.checksums);
  setOutput('any-changed', diff.changedConfigs.length > 0);
  setOutput('base', base.commit ?? '');
  setOutput('head', head);
  writeDeprecatedOutputs(
    [
      { name: 'changed-configs-list', use: 'changed-configs', value: changedLines.join('\n') },
      { name: 'affected-workloads-list', use: 'affected-workloads', value: affectedLines.join('\n') },
      { name: 'restart-list', use: 'restart', value: restartLines.join('\n') },
    ],
    [
      { name: 'changed-configs', json: 'changed-configs-json' },
      { name: 'affected-workloads', json: 'affected-workloads-json' },
      { name: 'restart', json: 'restart-json' },
    ],
  );

  logResult(diff.changedConfigs, diff.affectedWorkloads, Object.keys(diff.checksums).length);
  await writeSummary(diff.changedConfigs, diff.affectedWorkloads, base.description, head);
}

function logResult(changed: ConfigChange[], affected: AffectedWorkload[], checksums: number): void {
  core.info(changed.length === 0 ? 'No ConfigMap or Secret changed.' : `${changed.length} config(s) changed:`);
  for (const config of changed) core.info(`  ${config.change.padEnd(8)} ${label(config)}`);
  for (const workload of affected) {
    const reads = workload.configs.map((c) => `${label(c)} (${c.via.join(', ')})`).join('; ');
    const verdict = workload.restart
      ? 'restart'
      : workload.specChanged
        ? 'rolls by itself (its pod template changed)'
        : 'not restartable (no rolling update)';
    core.info(`  ${label(workload)} at ${workload.file}:${workload.line} reads ${reads}: ${verdict}`);
  }
  core.info(
    `${affected.filter((w) => w.restart).length} workload(s) to restart; checksums for ${checksums} workload(s).`,
  );
}

async function writeSummary(
  changed: ConfigChange[],
  affected: AffectedWorkload[],
  description: string,
  head: string,
): Promise<void> {
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
  summary.text(`Compared head \`${head.slice(0, 12)}\` with ${description}.`);
  await summary.write();
}
