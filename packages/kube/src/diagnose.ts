import type { KObject, KubeClient } from './client.js';
import { objectLabel } from './names.js';

/** Container states that will not fix themselves: the rollout fails as soon as a new pod shows one. */
export const FAIL_FAST_REASONS = [
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'ErrImageNeverPull',
];

export interface PodProblem {
  pod: string;
  namespace: string;
  container: string;
  reason: string;
  message: string;
  restartCount: number;
  /** Whether the rollout should fail right now because of it. */
  fatal: boolean;
  /** Whether the container ran at all (so it has a log). */
  ran: boolean;
}

interface ContainerStatus {
  name: string;
  restartCount?: number;
  ready?: boolean;
  state?: {
    waiting?: { reason?: string; message?: string };
    terminated?: { reason?: string; message?: string; exitCode?: number };
    running?: unknown;
  };
  lastState?: { terminated?: { reason?: string; exitCode?: number; message?: string } };
}

/** What is wrong with a pod's containers, worst first; fatal problems are the fail-fast ones. */
export function podProblems(pod: KObject, crashloopRestarts: number): PodProblem[] {
  const statuses: ContainerStatus[] = [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? []),
  ];
  const problems: PodProblem[] = [];
  const base = { pod: pod.metadata.name ?? '', namespace: pod.metadata.namespace ?? '' };
  for (const status of statuses) {
    const restartCount = status.restartCount ?? 0;
    const ran =
      restartCount > 0 ||
      status.state?.running !== undefined ||
      status.state?.terminated !== undefined ||
      status.lastState?.terminated !== undefined;
    const waiting = status.state?.waiting;
    const terminated = status.state?.terminated;
    if (waiting?.reason && waiting.reason !== 'ContainerCreating' && waiting.reason !== 'PodInitializing') {
      const crash = waiting.reason === 'CrashLoopBackOff';
      const fatal = FAIL_FAST_REASONS.includes(waiting.reason) || (crash && restartCount > crashloopRestarts);
      const last = status.lastState?.terminated;
      const detail =
        crash && last
          ? `last exit code ${last.exitCode ?? '?'}${last.reason ? ` (${last.reason})` : ''}, restarted ${restartCount} times`
          : '';
      problems.push({
        ...base,
        container: status.name,
        reason: waiting.reason,
        message: [waiting.message, detail].filter(Boolean).join('; '),
        restartCount,
        fatal,
        ran,
      });
    } else if (terminated && terminated.exitCode !== 0 && terminated.exitCode !== undefined) {
      problems.push({
        ...base,
        container: status.name,
        reason: terminated.reason ?? 'Error',
        message: `exited with code ${terminated.exitCode}${terminated.message ? `: ${terminated.message}` : ''}`,
        restartCount,
        fatal: false,
        ran: true,
      });
    } else if (status.state?.running !== undefined && status.ready === false) {
      problems.push({
        ...base,
        container: status.name,
        reason: 'NotReady',
        message: 'running but not ready (readiness probe failing?)',
        restartCount,
        fatal: false,
        ran: true,
      });
    }
  }
  if (statuses.length === 0) {
    const scheduled = (pod.status?.conditions ?? []).find((c: any) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False') {
      problems.push({
        ...base,
        container: '',
        reason: scheduled.reason ?? 'Unschedulable',
        message: scheduled.message ?? 'not scheduled',
        restartCount: 0,
        fatal: false,
        ran: false,
      });
    }
  }
  return problems.sort((a, b) => Number(b.fatal) - Number(a.fatal));
}

function owners(object: KObject): string[] {
  return (object.metadata.ownerReferences ?? []).map((ref) => ref.uid);
}

/** The ReplicaSet of a Deployment's current revision (by the revision annotation, else the newest owned one). */
export function currentReplicaSet(deployment: KObject, replicaSets: Iterable<KObject>): KObject | undefined {
  const uid = deployment.metadata.uid;
  const owned = [...replicaSets].filter((rs) => uid && owners(rs).includes(uid));
  const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
  if (revision) {
    const match = owned.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision);
    if (match) return match;
  }
  return owned.sort((a, b) =>
    String(b.metadata.creationTimestamp ?? '').localeCompare(String(a.metadata.creationTimestamp ?? '')),
  )[0];
}

/**
 * Whether a pod belongs to the revision of `workload` being rolled out now: for a Deployment,
 * the pods of the ReplicaSet of its current revision (by pod-template-hash); for a
 * StatefulSet or DaemonSet, pods of its update revision; for a Job, its pods.
 */
export function isNewRevisionPod(pod: KObject, workload: KObject, replicaSets: Iterable<KObject>): boolean {
  const labels = pod.metadata.labels ?? {};
  const uid = workload.metadata.uid;
  switch (workload.kind) {
    case 'Deployment': {
      const rs = currentReplicaSet(workload, replicaSets);
      if (!rs) return false;
      const hash = rs.metadata.labels?.['pod-template-hash'];
      return (
        (rs.metadata.uid !== undefined && owners(pod).includes(rs.metadata.uid)) ||
        (hash !== undefined &&
          labels['pod-template-hash'] === hash &&
          pod.metadata.namespace === workload.metadata.namespace &&
          ownedByRsOf(pod, workload, replicaSets))
      );
    }
    case 'StatefulSet': {
      if (!uid || !owners(pod).includes(uid)) return false;
      const update = workload.status?.updateRevision;
      return !update || labels['controller-revision-hash'] === update;
    }
    case 'DaemonSet': {
      if (!uid || !owners(pod).includes(uid)) return false;
      const generation = labels['pod-template-generation'];
      return generation === undefined || generation === String(workload.metadata.generation ?? generation);
    }
    case 'Job':
    case 'ReplicaSet':
      return uid !== undefined && owners(pod).includes(uid);
    case 'Pod':
      return pod.metadata.name === workload.metadata.name && pod.metadata.namespace === workload.metadata.namespace;
    default:
      return false;
  }
}

function ownedByRsOf(pod: KObject, deployment: KObject, replicaSets: Iterable<KObject>): boolean {
  const uid = deployment.metadata.uid;
  const podOwners = owners(pod);
  return [...replicaSets].some(
    (rs) => uid && owners(rs).includes(uid) && rs.metadata.uid && podOwners.includes(rs.metadata.uid),
  );
}

/** A failure explained: the object, pod, container, reason and message, recent events and log lines. */
export interface Diagnosis {
  object: string;
  reason: string;
  message: string;
  pod?: string;
  container?: string;
  podEvents: string[];
  objectEvents: string[];
  log?: string;
  /** Other pods with problems, one line each. */
  otherPods: string[];
}

function eventTime(event: KObject): string {
  return String(
    event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '',
  );
}

/** Events as `kubectl describe` shows them: type, reason, age, source and message, oldest first, the last `limit`. */
export function formatEvents(events: KObject[], now: number, limit = 10): string[] {
  const sorted = [...events].sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
  return sorted.slice(-limit).map((event) => {
    const time = Date.parse(eventTime(event));
    const age = Number.isNaN(time) ? '' : humanAge(now - time);
    const count = typeof event.count === 'number' && event.count > 1 ? ` (x${event.count})` : '';
    const source = event.source?.component ?? event.reportingComponent ?? '';
    return `${event.type ?? 'Normal'}  ${event.reason ?? ''}  ${age}${count}  ${source}  ${String(event.message ?? '').trim()}`.replace(
      / {3,}/g,
      '  ',
    );
  });
}

export function humanAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  return `${Math.round(s / 3600)}h`;
}

export function diagnosisText(d: Diagnosis): string {
  const lines = [
    `${d.object}: ${d.reason}${d.pod ? ` in pod ${d.pod}` : ''}${d.container ? `, container ${d.container}` : ''}: ${d.message}`,
  ];
  if (d.podEvents.length) lines.push(`Events of pod ${d.pod}:`, ...d.podEvents.map((e) => `  ${e}`));
  if (d.objectEvents.length) lines.push(`Events of ${d.object}:`, ...d.objectEvents.map((e) => `  ${e}`));
  if (d.log)
    lines.push(
      `Last log lines of ${d.pod}/${d.container}:`,
      ...d.log
        .trimEnd()
        .split('\n')
        .map((l) => `  ${l}`),
    );
  if (d.otherPods.length) lines.push('Other pods:', ...d.otherPods.map((p) => `  ${p}`));
  return lines.join('\n');
}

export function problemLine(problem: PodProblem): string {
  return `${problem.pod}${problem.container ? `/${problem.container}` : ''}: ${problem.reason}${problem.message ? ` (${problem.message})` : ''}`;
}

async function eventsFor(client: KubeClient, object: KObject): Promise<string[]> {
  const namespace = object.metadata.namespace;
  try {
    const selector = [`involvedObject.name=${object.metadata.name}`, `involvedObject.kind=${object.kind}`];
    if (namespace) selector.push(`involvedObject.namespace=${namespace}`);
    const { items } = await client.list('v1', 'Event', namespace, { fieldSelector: selector.join(',') });
    return formatEvents(items, Date.now());
  } catch {
    return [];
  }
}

export interface DiagnoseOptions {
  /** Log lines to show of the failing container. */
  tailLines: number;
  /** Applied to every text gathered (logs, events, messages): removes Secret values. */
  redact?: (text: string) => string;
}

/** Gathers what explains a failure: events of the pod and the workload, and the container's last log lines. */
export async function diagnose(
  client: KubeClient,
  workload: KObject,
  reason: string,
  message: string,
  problem: PodProblem | undefined,
  others: PodProblem[],
  options: DiagnoseOptions,
): Promise<Diagnosis> {
  const tailLines = options.tailLines;
  const [objectEvents, podEvents, log] = await Promise.all([
    eventsFor(client, workload),
    problem?.pod
      ? eventsFor(client, {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name: problem.pod, namespace: problem.namespace },
        })
      : Promise.resolve([]),
    problem?.pod && problem.container && problem.ran
      ? client
          .podLog(problem.namespace, problem.pod, problem.container, tailLines, problem.reason === 'CrashLoopBackOff')
          .then((text) => text ?? client.podLog(problem.namespace, problem.pod, problem.container, tailLines))
      : Promise.resolve(undefined),
  ]);
  return redactDiagnosis(
    {
      object: objectLabel(workload),
      reason: problem?.reason && reason === 'Timeout' ? `Timeout (${problem.reason})` : reason,
      message:
        problem && reason === 'Timeout'
          ? `${message}; pod ${problem.pod}: ${problem.message || problem.reason}`
          : message,
      pod: problem?.pod || undefined,
      container: problem?.container || undefined,
      podEvents,
      objectEvents,
      log: log && log.trim() ? log : undefined,
      otherPods: others.slice(0, 5).map(problemLine),
    },
    options.redact,
  );
}

/** A diagnosis with every text passed through `redact`. */
export function redactDiagnosis(d: Diagnosis, redact?: (text: string) => string): Diagnosis {
  if (!redact) return d;
  return {
    ...d,
    message: redact(d.message),
    podEvents: d.podEvents.map(redact),
    objectEvents: d.objectEvents.map(redact),
    log: d.log === undefined ? undefined : redact(d.log),
    otherPods: d.otherPods.map(redact),
  };
}
