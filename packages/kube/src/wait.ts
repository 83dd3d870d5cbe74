import type { KObject, KubeClient } from './client.js';
import {
  type Diagnosis,
  type PodProblem,
  currentReplicaSet,
  formatEvents,
  isNewRevisionPod,
  podProblems,
  problemLine,
} from './diagnose.js';
import { objectLabel } from './names.js';
import { type ReadinessOptions, hasReadiness, isCustomResource, observed, readiness } from './readiness.js';
import { ResourceWatcher } from './watcher.js';

export interface TimelineEntry {
  /** Milliseconds since the wait began. */
  atMs: number;
  object: string;
  message: string;
}

export interface WaitOptions extends ReadinessOptions {
  timeoutMs: number;
  crashloopRestarts: number;
  /** Narrows the watches of applied objects (the release label). */
  labelSelector?: string;
  logTailLines?: number;
  onTimeline?: (entry: TimelineEntry) => void;
  onDebug?: (message: string) => void;
}

export interface WaitResult {
  ok: boolean;
  timedOut: boolean;
  ready: string[];
  pending: Array<{ object: string; message: string }>;
  failure?: Diagnosis;
  timeline: TimelineEntry[];
}

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'Pod', 'ReplicaSet']);

function key(apiVersion: string, kind: string, namespace: string | undefined, name?: string): string {
  return `${apiVersion}|${kind}|${namespace ?? ''}|${name ?? ''}`;
}

/**
 * Waits, through watches, until every object with a readiness is ready; fails as soon as one
 * cannot become ready (a new pod with ImagePullBackOff, CreateContainerConfigError, a crash
 * loop past the limit, ProgressDeadlineExceeded, a failed Job) or when the timeout runs out,
 * and explains why.
 */
export async function waitForObjects(
  client: KubeClient,
  objects: KObject[],
  options: WaitOptions,
): Promise<WaitResult> {
  const started = Date.now();
  const timeline: TimelineEntry[] = [];
  const note = (object: string, message: string) => {
    const entry = { atMs: Date.now() - started, object, message };
    timeline.push(entry);
    options.onTimeline?.(entry);
  };
  const tracked = objects.filter((o) => hasReadiness(o, options) || isCustomResource(o));
  if (tracked.length === 0) return { ok: true, timedOut: false, ready: [], pending: [], timeline };

  const watchers = new Map<string, ResourceWatcher>();
  const podWatchers = new Map<string, ResourceWatcher>();
  const rsWatchers = new Map<string, ResourceWatcher>();
  let settle: (result: WaitResult) => void = () => undefined;
  const done = new Promise<WaitResult>((resolve) => (settle = resolve));
  let finished = false;
  let scheduled = false;
  const readySet = new Set<string>();
  const seenProblems = new Set<string>();
  const noReadiness = new Set<string>();
  const lastMessage = new Map<string, string>();

  const liveOf = (o: KObject): KObject | undefined =>
    watchers
      .get(key(o.apiVersion, o.kind, o.metadata.namespace))
      ?.objects.get(`${o.metadata.namespace ?? ''}/${o.metadata.name}`);

  // Pods and ReplicaSets by the uid of their controller, rebuilt once per evaluation: finding the
  // new revision's pods stays linear however many workloads are waited on.
  let index: { pods: Map<string, KObject[]>; replicaSets: Map<string, KObject[]> } | undefined;
  const byOwner = (objects: Iterable<KObject>) => {
    const map = new Map<string, KObject[]>();
    for (const object of objects) {
      for (const ref of object.metadata.ownerReferences ?? []) {
        const list = map.get(ref.uid);
        if (list) list.push(object);
        else map.set(ref.uid, [object]);
      }
    }
    return map;
  };
  const newPods = (workload: KObject): KObject[] => {
    if (!index) {
      index = {
        pods: byOwner([...podWatchers.values()].flatMap((w) => [...w.objects.values()])),
        replicaSets: byOwner([...rsWatchers.values()].flatMap((w) => [...w.objects.values()])),
      };
    }
    const uid = workload.metadata.uid ?? '';
    if (workload.kind === 'Pod') return [workload];
    if (workload.kind !== 'Deployment')
      return (index.pods.get(uid) ?? []).filter((pod) => isNewRevisionPod(pod, workload, []));
    const replicaSets = index.replicaSets.get(uid) ?? [];
    const current = currentReplicaSet(workload, replicaSets);
    return current ? (index.pods.get(current.metadata.uid ?? '') ?? []) : [];
  };

  const finish = (result: Omit<WaitResult, 'timeline' | 'ready' | 'pending'>) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    for (const w of [...watchers.values(), ...podWatchers.values(), ...rsWatchers.values()]) w.stop();
    const pending = tracked
      .map((o) => objectLabel(o))
      .filter((label) => !readySet.has(label) && !noReadiness.has(label))
      .map((label) => ({ object: label, message: lastMessage.get(label) ?? 'not observed yet' }));
    settle({ ...result, ready: [...readySet], pending, timeline });
  };

  const fail = (
    workload: KObject,
    live: KObject,
    reason: string,
    message: string,
    problem?: PodProblem,
    others: PodProblem[] = [],
  ) => {
    if (finished) return;
    finished = true; // stop evaluating; diagnosis is gathered below
    clearTimeout(timer);
    for (const w of [...watchers.values(), ...podWatchers.values(), ...rsWatchers.values()]) w.stop();
    note(objectLabel(workload), `failed: ${reason}${problem ? ` (pod ${problem.pod})` : ''}`);
    void diagnose(client, live, reason, message, problem, others, options.logTailLines ?? 20).then((failure) => {
      finished = false;
      finish({ ok: false, timedOut: false, failure });
    });
  };

  const evaluate = () => {
    scheduled = false;
    index = undefined;
    if (finished) return;
    let allReady = true;
    for (const object of tracked) {
      const label = objectLabel(object);
      if (readySet.has(label) || noReadiness.has(label)) continue;
      const live = liveOf(object);
      if (!live) {
        allReady = false;
        lastMessage.set(label, 'not found yet');
        continue;
      }
      if (!hasReadiness(live, options)) {
        noReadiness.add(label);
        continue;
      }
      const state = readiness(live, options);
      if (state.failed) return fail(object, live, state.failed.reason, state.failed.message);
      // Pods are judged only once the controller has seen the latest spec: until then "the current
      // revision" (a Deployment's revision annotation) may still name the one being replaced, e.g.
      // the broken one right after a rollback (a real controller updates it a moment later).
      if (WORKLOADS.has(live.kind) && live.kind !== 'ReplicaSet' && observed(live)) {
        const problems = newPods(live).flatMap((pod) => podProblems(pod, options.crashloopRestarts));
        for (const problem of problems) {
          const id = `${problem.pod}/${problem.container}/${problem.reason}`;
          if (!seenProblems.has(id) && problem.reason !== 'NotReady') {
            seenProblems.add(id);
            note(label, `pod ${problem.pod}: ${problem.reason}`);
          }
        }
        const fatal = problems.find((p) => p.fatal);
        if (fatal)
          return fail(
            object,
            live,
            fatal.reason,
            fatal.message,
            fatal,
            problems.filter((p) => p !== fatal),
          );
      }
      if (state.ready) {
        readySet.add(label);
        note(label, state.message);
      } else {
        allReady = false;
        if (lastMessage.get(label) !== state.message) {
          lastMessage.set(label, state.message);
          options.onDebug?.(`${label}: ${state.message}`);
        }
      }
    }
    if (allReady) finish({ ok: true, timedOut: false });
  };
  const schedule = () => {
    if (!scheduled && !finished) {
      scheduled = true;
      // Events come in bursts (a rollout touches pods, ReplicaSets and the workload at once):
      // judge once per burst.
      setTimeout(evaluate, 15);
    }
  };

  const timer = setTimeout(() => {
    if (finished) return;
    const pendingObject = tracked.find((o) => !readySet.has(objectLabel(o)) && !noReadiness.has(objectLabel(o)));
    const live = pendingObject ? liveOf(pendingObject) : undefined;
    if (!pendingObject) return finish({ ok: true, timedOut: false });
    const problems =
      live && WORKLOADS.has(live.kind)
        ? newPods(live).flatMap((pod) => podProblems(pod, options.crashloopRestarts))
        : [];
    const message = `not ready after ${Math.round(options.timeoutMs / 1000)}s: ${lastMessage.get(objectLabel(pendingObject)) ?? 'not observed'}`;
    finished = true;
    for (const w of [...watchers.values(), ...podWatchers.values(), ...rsWatchers.values()]) w.stop();
    note(objectLabel(pendingObject), 'timed out');
    void diagnose(
      client,
      live ?? pendingObject,
      'Timeout',
      message,
      problems[0],
      problems.slice(1),
      options.logTailLines ?? 20,
    ).then((failure) => {
      finished = false;
      finish({ ok: false, timedOut: true, failure });
    });
  }, options.timeoutMs);

  const failWatch = (error: unknown) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    for (const w of [...watchers.values(), ...podWatchers.values(), ...rsWatchers.values()]) w.stop();
    finished = false;
    finish({
      ok: false,
      timedOut: false,
      failure: {
        object: 'watch',
        reason: 'WatchFailed',
        message: (error as Error).message ?? String(error),
        podEvents: [],
        objectEvents: [],
        otherPods: [],
      },
    });
  };

  try {
    const starts: Array<Promise<void>> = [];
    for (const object of tracked) {
      const k = key(object.apiVersion, object.kind, object.metadata.namespace);
      if (!watchers.has(k)) {
        const watcher = new ResourceWatcher(client, {
          apiVersion: object.apiVersion,
          kind: object.kind,
          namespace: object.metadata.namespace,
          labelSelector: options.labelSelector,
          onEvent: schedule,
          onError: failWatch,
          onDebug: options.onDebug,
        });
        watchers.set(k, watcher);
        starts.push(watcher.start());
      }
      const ns = object.metadata.namespace ?? '';
      if (WORKLOADS.has(object.kind) && !podWatchers.has(ns)) {
        const pods = new ResourceWatcher(client, {
          apiVersion: 'v1',
          kind: 'Pod',
          namespace: ns,
          onEvent: schedule,
          onError: failWatch,
          onDebug: options.onDebug,
        });
        podWatchers.set(ns, pods);
        starts.push(pods.start());
      }
      if (object.kind === 'Deployment' && !rsWatchers.has(ns)) {
        const rs = new ResourceWatcher(client, {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          namespace: ns,
          onEvent: schedule,
          onError: failWatch,
          onDebug: options.onDebug,
        });
        rsWatchers.set(ns, rs);
        starts.push(rs.start());
      }
    }
    await Promise.all(starts);
    schedule();
  } catch (error) {
    failWatch(error);
  }
  return done;
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

/** Gathers what explains a failure: events of the pod and the workload, and the container's last log lines. */
export async function diagnose(
  client: KubeClient,
  workload: KObject,
  reason: string,
  message: string,
  problem: PodProblem | undefined,
  others: PodProblem[],
  tailLines: number,
): Promise<Diagnosis> {
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
  return {
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
  };
}

export { currentReplicaSet };
