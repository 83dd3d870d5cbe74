import * as core from '@actions/core';
import { setJsonOutput, setListOutput, setOutput, writeDeprecatedOutputs } from '@kra/core';
import type { AffectedWorkload, ConfigChange } from '@kra/manifests';
import { compareConfigsAtRefs } from '@kra/manifests/config-changes-at-refs';
import { configChangesSummary } from '@kra/manifests/config-changes-summary';
import type { DetectInputs } from './main.js';

function label(entry: { kind: string; name: string; namespace?: string }): string {
  return `${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name}`;
}

/** Compares the configs at the two refs, then writes the outputs, the log and the summary. */
export async function detectConfigChanges(inputs: DetectInputs): Promise<void> {
  const { context } = inputs;
  const comparison = await compareConfigsAtRefs({
    ...inputs,
    onInfo: (message) => core.info(message),
    onWarning: (message) => core.warning(message),
  });
  const { head, base, diff } = comparison;

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
  await configChangesSummary(comparison, context).write();
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
