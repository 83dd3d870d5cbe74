import { SummaryBuilder, code, escapeHtml } from '@kra/core';
import { type Check, describeCheck } from '../analysis/config.js';
import { formatValue } from '../analysis/measurement.js';
import type { KObject } from '../client.js';
import type { DeployRun } from '../deploy-run.js';
import { runningImages } from '../images.js';
import { objectLabel } from '../names.js';
import type { ReleaseRecord } from '../release.js';
import { describeStep } from './plan.js';
import type { Session } from './session.js';
import { type ObjectRef, type ProgressState, refLabel } from './state.js';

/** One row of "what runs where". */
export interface PlacementRow {
  role: 'stable' | 'canary' | 'baseline' | 'green' | 'traffic';
  object: string;
  /** ready/desired */
  replicas?: string;
  images?: string;
  /** For traffic objects: where they send it. */
  traffic?: string;
}

/** Where a canary or blue-green rollout stands after a run: its state and what runs where. */
export interface ProgressReport {
  release: string;
  namespace: string;
  revision: number;
  version: string;
  action: 'deploy' | 'promote' | 'reject';
  state: ProgressState;
  placement: PlacementRow[];
  /** Something the run wants said first (a first deploy deployed as is, a promote with nothing to do). */
  note?: string;
}

export function reportOf(
  run: DeployRun,
  record: ReleaseRecord,
  state: ProgressState,
  action: ProgressReport['action'],
  rows: PlacementRow[],
): ProgressReport {
  return {
    release: run.options.release,
    namespace: run.options.namespace,
    revision: record.revision,
    version: record.version,
    action,
    state: structuredClone(state),
    placement: rows,
  };
}

/** Where a traffic object sends traffic, in a few words. */
export function trafficOf(object: KObject): string {
  if (object.kind === 'HTTPRoute')
    return (object.spec?.rules ?? [])
      .map((rule: { backendRefs?: Array<{ name: string; weight?: number }> }, i: number) => {
        const refs = rule.backendRefs ?? [];
        const total = refs.reduce((sum, r) => sum + (r.weight ?? 1), 0) || 1;
        return `rule ${i + 1}: ${refs.map((r) => `${r.name} ${Math.round(((r.weight ?? 1) / total) * 100)}%`).join(', ')}`;
      })
      .join('; ');
  if (object.kind === 'TrafficSplit')
    return (object.spec?.backends ?? [])
      .map((b: { service: string; weight: number | string }) => `${b.service} ${b.weight}`)
      .join(', ');
  if (object.kind === 'Ingress') {
    const weight = object.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight'];
    const backends = new Set<string>();
    for (const rule of object.spec?.rules ?? [])
      for (const path of rule.http?.paths ?? [])
        if (path.backend?.service?.name) backends.add(path.backend.service.name);
    return `${[...backends].join(', ')}${weight !== undefined ? ` at ${weight}%` : ''}`;
  }
  if (object.kind === 'Service')
    return `selects ${Object.entries(object.spec?.selector ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`;
  return '';
}

function workloadRow(role: PlacementRow['role'], label: string, live: KObject | undefined): PlacementRow {
  if (!live) return { role, object: label, replicas: 'absent' };
  return {
    role,
    object: label,
    replicas: `${live.status?.readyReplicas ?? 0}/${live.spec?.replicas ?? 1}`,
    images: [...new Set(runningImages([live]).map((i) => i.image))].join(', '),
  };
}

/** What runs where now: the user's Deployments, their copies, and the objects traffic runs through. */
export async function placement(session: Session): Promise<PlacementRow[]> {
  const { state } = session;
  const rows: PlacementRow[] = [];
  const deployment = (namespace: string, name: string): ObjectRef => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    namespace,
    name,
  });
  const track = state.strategy === 'canary' ? 'canary' : 'green';
  for (const w of state.workloads) {
    const refs: Array<[PlacementRow['role'], ObjectRef]> = [
      ['stable', deployment(w.namespace, w.name)],
      [track, deployment(w.namespace, w.track)],
      ...(w.baseline
        ? ([['baseline', deployment(w.namespace, w.baseline)]] as Array<[PlacementRow['role'], ObjectRef]>)
        : []),
    ];
    for (const [role, ref] of refs) {
      const live = await session.live(ref);
      if (live || role === 'stable') rows.push(workloadRow(role, refLabel(ref), live));
    }
  }
  if (state.strategy === 'canary' && state.method === 'pod' && state.phase !== 'promoted')
    for (const w of state.workloads)
      for (const name of w.services)
        rows.push({
          role: 'traffic',
          object: `${w.namespace}/Service/${name}`,
          traffic: `selects ${w.name}, ${w.track}${w.baseline ? ` and ${w.baseline}` : ''}: ${state.weight}% of the pods run the new version`,
        });
  for (const ref of [
    ...state.restore.map((o) => ({ ...o, name: o.metadata.name!, namespace: o.metadata.namespace })),
    ...state.routing,
  ]) {
    const live = await session.live(ref as ObjectRef);
    if (live) rows.push({ role: 'traffic', object: objectLabel(live), traffic: trafficOf(live) });
  }
  return rows;
}

const ACTION_REF = 'kube-release/kube-release-actions/actions/k8s-deploy@v1';

/** The step a later job runs to promote or reject: the exact inputs that matter. */
export function nextStep(report: ProgressReport, action: 'promote' | 'reject'): string {
  const lines = [
    `- uses: ${ACTION_REF}`,
    '  with:',
    '    kubeconfig: ${{ secrets.KUBECONFIG }}',
    `    namespace: ${report.namespace}`,
    `    release: ${report.release}`,
    `    strategy: ${report.state.strategy}`,
    `    action: ${action}`,
  ];
  if (action === 'promote' && report.state.images.length > 0)
    lines.push('    images: |', ...report.state.images.map((image) => `      ${image}`));
  return lines.join('\n');
}

const time = (iso: string) => iso.slice(11, 19);

/** The status of each plan step, from the state. */
export function stepRows(state: ProgressState): string[][] {
  return state.steps.map((step, index) => {
    const number = index + 1;
    const history = state.history.filter((h) => h.step === number);
    let status: string;
    if (index < state.step) status = 'done';
    else if (index === state.step && state.phase === 'aborted') status = '❌ failed';
    else if (state.phase === 'promoted') status = 'skipped (promoted)';
    else if (state.phase === 'rejected' || state.phase === 'aborted') status = 'not run';
    else status = 'to do';
    if (index === state.step - 1 && state.phase === 'paused') status = '⏸ paused here';
    const weight = history.length ? `${history[history.length - 1].weight}%` : '';
    return [String(number), describeStep(step), status, weight, history.length ? time(history[0].at) : ''];
  });
}

/** What a check's chart shows: the value and its condition, or an HTTP check's response time. */
export function chartLegend(check: Check | undefined): string {
  if (!check) return '';
  if (check.type === 'http' && !check.success) return 'response time, ms';
  if (check.success) return `success ${check.success.text}`;
  return check.type === 'prometheus' && check.failure ? `failure ${check.failure.text}` : '';
}

/** A mermaid xychart of one check's measurements (GitHub renders it). */
export function measurementChart(
  check: string,
  condition: string,
  points: Array<{ at: string; value: number }>,
): string {
  const shown = points.slice(-60);
  const title = `${check}${condition ? ` (${condition})` : ''}`.replace(/"/g, "'");
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${title}"`,
    `  x-axis [${shown.map((p) => `"${time(p.at)}"`).join(', ')}]`,
    '  y-axis "value"',
    `  line [${shown.map((p) => formatValue(p.value)).join(', ')}]`,
    '```',
  ].join('\n');
}

/** The canary or blue-green sections of the job summary. */
export function progressSummary(summary: SummaryBuilder, report: ProgressReport): SummaryBuilder {
  const { state } = report;
  const title = state.strategy === 'canary' ? 'Canary' : 'Blue-green';
  summary.heading(`${title} (${state.method}): ${state.phase}, new version at ${state.weight}% of the traffic`, 3);
  if (report.note) summary.text(escapeHtml(report.note));
  if (state.message && (state.phase === 'paused' || state.phase === 'progressing'))
    summary.text(`**Note:** ${escapeHtml(state.message)}`);
  summary.table(['step', 'what', 'status', 'weight', 'at'], stepRows(state));
  if (report.placement.length > 0)
    summary.heading('What runs where', 4).table(
      ['role', 'object', 'ready', 'images', 'traffic'],
      report.placement.map((r) => [r.role, code(r.object), r.replicas, r.images ? code(r.images) : '', r.traffic]),
    );
  if (state.history.length > 0)
    summary.details(
      `Rollout history (${state.history.length} entries)`,
      state.history.map((h) => `${h.at}  ${h.step ? `step ${h.step}  ` : ''}${h.weight}%  ${h.text}`).join('\n'),
    );
  if (state.checks.length > 0 || state.measurements.length > 0) {
    summary.heading('Analysis', 4);
    if (state.checks.length > 0)
      summary.table(
        ['check', 'what'],
        state.checks.map((c) => [c.name, describeCheck(c)]),
      );
    if (state.measurements.length > 0) {
      summary.table(
        ['check', 'step', 'at', 'value', 'result'],
        state.measurements.map((m) => [
          m.check,
          m.step || '',
          time(m.at),
          m.display,
          `${m.outcome === 'successful' ? '✅' : m.outcome === 'failed' ? '❌' : '❔'} ${m.outcome}${m.message && m.message !== m.display ? `: ${m.message}` : ''}`,
        ]),
        200,
      );
      for (const check of [...new Set(state.measurements.map((m) => m.check))]) {
        const points = state.measurements
          .filter((m) => m.check === check && m.value !== undefined)
          .map((m) => ({ at: m.at, value: m.value! }));
        const legend = chartLegend(state.checks.find((c) => c.name === check));
        if (points.length > 0) summary.text(measurementChart(check, legend, points));
      }
    }
  }
  if (state.phase === 'paused' || state.phase === 'progressing') {
    summary.heading('Next', 4);
    summary.text(
      `The new version runs beside revision ${state.stableRevision ?? '(none)'}. To finish, run in a later job (behind an environment's approval):`,
    );
    summary.text(`\`\`\`yaml\n${nextStep(report, 'promote')}\n\`\`\``);
    summary.text('To remove it and keep the stable version:');
    summary.text(`\`\`\`yaml\n${nextStep(report, 'reject')}\n\`\`\``);
  }
  return summary;
}
