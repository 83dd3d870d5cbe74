/**
 * The simulated kubelets: take every pod bound to a simulated node through
 * Pending → ContainerCreating → Running → Ready on the clock, and apply the failure rules:
 * image pull errors with back-off, crash loops, never ready, exits, the ConfigMap/Secret
 * checks, and graceful termination. Status and Events are written like the kubelet's.
 */
import { randomBytes } from 'node:crypto';
import type { KObject, StoreEvent } from '../store-api.js';
import type { Context, SimNode } from '../controllers/context.js';
import type { WorkQueue } from '../controllers/queue.js';
import { type Condition, getCondition, key, rfc3339, semanticEqual, splitKey } from '../controllers/util.js';
import { containerConfigError, referencedConfig, volumeMountErrors } from './config-refs.js';
import { fakeDigest, fakeSize, parseImage } from './images.js';
import { PodLogs } from './logs.js';
import type { RegistryChecker } from './registry-check.js';
import { type PodRule, ruleFor } from './rules.js';

/** Simulated durations (clock ms) of the kubelet's steps. */
const TIMING = {
  sandbox: 100,
  pull: 300,
  start: 50,
  /** How long a failed pull shows ErrImagePull before the back-off (ImagePullBackOff) is reported. */
  errImagePull: 1000,
  /** Default run time of a container that exits (Exit0/Exit1/CrashLoopBackOff, and Job pods without a rule). */
  run: 1000,
  initRun: 200,
  backoffInitial: 10_000,
  backoffMax: 300_000,
  /** A container stops this long after SIGTERM (never longer than the grace period). */
  stop: 1000,
  configRetry: 10_000,
} as const;

const KUBELET = 'kubelet';

type Step =
  | 'waiting-pull'
  | 'pulling'
  | 'pull-error'
  | 'pull-backoff'
  | 'config-error'
  | 'creating'
  | 'running'
  | 'exited'
  | 'crash-backoff'
  | 'done';

interface ContainerSim {
  name: string;
  image: string;
  init: boolean;
  spec: Record<string, any>;
  rule?: PodRule;
  step: Step;
  waitingReason?: string;
  waitingMessage?: string;
  startedAt?: number;
  finishedAt?: number;
  exitCode?: number;
  exitReason?: string;
  last?: { exitCode: number; reason: string; startedAt: number; finishedAt: number; containerID: string };
  restartCount: number;
  ready: boolean;
  containerID?: string;
  imageID?: string;
  pullBackoff: number;
  crashBackoff: number;
  timers: Array<{ cancel(): void }>;
}

interface PodSim {
  uid: string;
  namespace: string;
  name: string;
  node: SimNode;
  podIP?: string;
  startTime: number;
  sandboxReady: boolean;
  mountBlocked: boolean;
  initContainers: ContainerSim[];
  containers: ContainerSim[];
  terminating: boolean;
  stopped: boolean;
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  configRefs: Set<string>;
  timers: Array<{ cancel(): void }>;
}

export interface KubeletOptions {
  podReadyDelayMs: number;
  rules: () => PodRule[];
  registry?: RegistryChecker;
}

export class Kubelets {
  readonly queue: WorkQueue;
  readonly logs = new PodLogs();
  private readonly pods = new Map<string, PodSim>();
  private readonly imagesOnNode = new Map<string, Set<string>>();
  private readonly nextIP = new Map<string, number>();

  constructor(
    private readonly ctx: Context,
    private readonly options: KubeletOptions,
    private readonly bindUnscheduled: (pod: KObject) => void,
  ) {
    this.queue = ctx.scheduler.queue('kubelet', (k) => this.sync(k));
  }

  observe(event: StoreEvent): void {
    if (event.group !== '') return;
    const { object } = event;
    if (event.resource === 'pods') {
      const k = key(object.metadata.namespace, object.metadata.name);
      if (event.type === 'DELETED') this.forget(k, object.metadata.uid);
      else this.queue.add(k);
    } else if (event.resource === 'configmaps' || event.resource === 'secrets') {
      const ref = `${event.resource === 'configmaps' ? 'ConfigMap' : 'Secret'}/${object.metadata.name}`;
      for (const [k, sim] of this.pods) {
        if (sim.namespace === object.metadata.namespace && sim.configRefs.has(ref)) this.queue.add(`recheck:${k}`);
      }
    }
  }

  stop(): void {
    for (const sim of this.pods.values()) this.cancelAll(sim);
    this.pods.clear();
  }

  private forget(k: string, uid: string | undefined): void {
    const sim = this.pods.get(k);
    if (sim && (!uid || sim.uid === uid)) {
      this.cancelAll(sim);
      this.pods.delete(k);
      this.logs.drop(sim.uid);
    }
  }

  private cancelAll(sim: PodSim): void {
    for (const t of sim.timers) t.cancel();
    sim.timers = [];
    for (const c of [...sim.initContainers, ...sim.containers]) this.cancelTimers(c);
  }

  private cancelTimers(c: ContainerSim): void {
    for (const t of c.timers) t.cancel();
    c.timers = [];
  }

  private after(sim: PodSim, ms: number, fn: () => void, c?: ContainerSim): void {
    const timer = this.ctx.clock.setTimeout(() => {
      if (sim.stopped || this.pods.get(`${sim.namespace}/${sim.name}`) !== sim) return;
      fn();
    }, ms);
    (c ? c.timers : sim.timers).push(timer);
  }

  private sync(k: string): void {
    if (k.startsWith('recheck:')) {
      const sim = this.pods.get(k.slice('recheck:'.length));
      if (sim && !sim.terminating) this.recheckConfig(sim);
      return;
    }
    const { namespace, name } = splitKey(k);
    const pod = this.ctx.cache.get('', 'pods', namespace, name);
    if (!pod) return;
    const existing = this.pods.get(k);
    if (existing && existing.uid !== pod.metadata.uid) this.forget(k, existing.uid);
    const nodeName: string | undefined = pod.spec?.nodeName;
    if (!nodeName) {
      if (!pod.metadata.deletionTimestamp) this.bindUnscheduled(pod);
      else this.ctx.store.delete('', 'pods', namespace, name); // never started: nothing to stop
      return;
    }
    let sim = this.pods.get(k);
    if (!sim) {
      const node = this.ctx.nodes.find((n) => n.name === nodeName);
      if (!node) return; // bound to a node we do not simulate: stays Pending, as with a dead node
      if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') {
        if (pod.metadata.deletionTimestamp) this.finalDelete(pod);
        return;
      }
      sim = this.admit(pod, node);
    }
    if (pod.metadata.deletionTimestamp && !sim.terminating) this.terminate(sim, pod);
  }

  // ---- start ----

  private admit(pod: KObject, node: SimNode): PodSim {
    const spec = pod.spec ?? {};
    const restartPolicy = (spec.restartPolicy ?? 'Always') as PodSim['restartPolicy'];
    const rules = this.options.rules();
    const makeContainer = (c: Record<string, any>, init: boolean): ContainerSim => ({
      name: c.name,
      image: c.image ?? '',
      init,
      spec: c,
      rule: ruleFor(rules, c.image ?? ''),
      step: 'waiting-pull',
      restartCount: 0,
      ready: false,
      pullBackoff: 0,
      crashBackoff: 0,
      timers: [],
    });
    const sim: PodSim = {
      uid: pod.metadata.uid ?? '',
      namespace: pod.metadata.namespace ?? 'default',
      name: pod.metadata.name,
      node,
      startTime: this.ctx.clock.now(),
      sandboxReady: false,
      mountBlocked: false,
      initContainers: (spec.initContainers ?? []).map((c: Record<string, any>) => makeContainer(c, true)),
      containers: (spec.containers ?? []).map((c: Record<string, any>) => makeContainer(c, false)),
      terminating: false,
      stopped: false,
      restartPolicy,
      configRefs: referencedConfig(pod),
      timers: [],
    };
    this.pods.set(`${sim.namespace}/${sim.name}`, sim);
    // our controllers pick the node at creation on the scheduler's behalf, so the Scheduled event
    // is recorded here for their pods; the scheduler records it for pods it binds, and pods
    // created with a nodeName by a user bypass the scheduler and get none, as on a real cluster
    const scheduled = !!pod.metadata.ownerReferences?.some((r) => r.controller);
    if (scheduled && getCondition(pod.status?.conditions, 'PodScheduled')?.status !== 'True') {
      this.ctx.events.record(
        pod,
        'Normal',
        'Scheduled',
        `Successfully assigned ${sim.namespace}/${sim.name} to ${node.name}`,
        { component: 'default-scheduler' },
      );
    }
    this.flush(sim);
    this.after(sim, TIMING.sandbox, () => this.setUpSandbox(sim));
    return sim;
  }

  private setUpSandbox(sim: PodSim): void {
    const errors = volumeMountErrors(this.ctx.cache, this.podObject(sim));
    if (errors.length) {
      sim.mountBlocked = true;
      for (const message of errors) this.event(sim, 'Warning', 'FailedMount', message);
      this.flush(sim);
      this.after(sim, TIMING.configRetry * 2, () => this.recheckConfig(sim));
      return;
    }
    sim.mountBlocked = false;
    sim.sandboxReady = true;
    sim.podIP = this.allocateIP(sim.node);
    this.flush(sim);
    this.startNext(sim);
  }

  private allocateIP(node: SimNode): string {
    const n = (this.nextIP.get(node.name) ?? 1) + 1;
    this.nextIP.set(node.name, n > 254 ? 2 : n);
    return `10.244.${node.index}.${n > 254 ? 2 : n}`;
  }

  /** Runs init containers one by one, then every app container. */
  private startNext(sim: PodSim): void {
    const pendingInit = sim.initContainers.find((c) => c.step !== 'done');
    if (pendingInit) {
      if (pendingInit.step === 'waiting-pull') this.pull(sim, pendingInit);
      return;
    }
    for (const c of sim.containers) if (c.step === 'waiting-pull') this.pull(sim, c);
  }

  private recheckConfig(sim: PodSim): void {
    if (sim.terminating) return;
    if (!sim.sandboxReady) {
      if (sim.mountBlocked) {
        for (const t of sim.timers) t.cancel();
        sim.timers = [];
        this.setUpSandbox(sim);
      }
      return;
    }
    for (const c of [...sim.initContainers, ...sim.containers]) {
      if (c.step === 'config-error') {
        this.cancelTimers(c);
        this.createContainer(sim, c);
      }
    }
  }

  // ---- image pull ----

  private imagePresent(node: SimNode, image: string): boolean {
    return this.imagesOnNode.get(node.name)?.has(parseImage(image).normalized) ?? false;
  }

  private pull(sim: PodSim, c: ContainerSim): void {
    const retrying = c.step === 'pull-backoff';
    c.step = 'pulling';
    if (!retrying) {
      // a retried pull keeps reporting ImagePullBackOff until it ends, as on a real node
      c.waitingReason = c.restartCount > 0 ? c.waitingReason : 'ContainerCreating';
      if (c.restartCount === 0) c.waitingMessage = undefined;
    }
    const ref = parseImage(c.image);
    if (ref.invalid) {
      // the kubelet cannot parse the name: no pull, InvalidImageName until the spec changes
      const first = c.waitingReason !== 'InvalidImageName';
      c.step = 'pull-backoff';
      c.waitingReason = 'InvalidImageName';
      c.waitingMessage = ref.invalid;
      if (first) {
        this.event(sim, 'Warning', 'InspectFailed', ref.invalid, c);
        this.event(sim, 'Warning', 'Failed', 'Error: InvalidImageName', c);
      }
      this.flush(sim);
      this.after(sim, TIMING.configRetry, () => this.pull(sim, c), c);
      return;
    }
    const policy = c.spec.imagePullPolicy ?? (ref.tag === 'latest' && !ref.digest ? 'Always' : 'IfNotPresent');
    const failing = c.rule?.fail === 'ErrImagePull' || c.rule?.fail === 'ImagePullBackOff';
    if (policy !== 'Always' && !failing && this.imagePresent(sim.node, c.image)) {
      this.event(sim, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, c);
      c.imageID ??= this.imageID(c.image, undefined);
      this.createContainer(sim, c);
      return;
    }
    if (policy === 'Never') {
      // the image is not on this node and may not be pulled; the kubelet retries on its next sync
      const message = `Container image "${c.image}" is not present with pull policy of Never`;
      const first = c.waitingReason !== 'ErrImageNeverPull';
      c.step = 'pull-backoff';
      c.waitingReason = 'ErrImageNeverPull';
      c.waitingMessage = message;
      if (first) this.event(sim, 'Warning', 'ErrImageNeverPull', message, c);
      this.flush(sim);
      this.after(sim, TIMING.configRetry, () => this.pull(sim, c), c);
      return;
    }
    this.event(sim, 'Normal', 'Pulling', `Pulling image "${c.image}"`, c);
    this.flush(sim);
    const began = this.ctx.clock.now();
    const check = failing
      ? Promise.resolve({ ok: false as const, message: this.notFoundMessage(c.image) })
      : this.options.registry?.applies(c.image)
        ? this.options.registry.check(c.image)
        : Promise.resolve({ ok: true as const, digest: undefined });
    let answer: { ok: true; digest?: string } | { ok: false; message: string } | undefined;
    let timerDone = false;
    const proceed = (): void => {
      if (!answer || !timerDone || sim.terminating || c.step !== 'pulling') return;
      if (answer.ok) {
        const took = goDuration(this.ctx.clock.now() - began);
        const size = fakeSize(c.image);
        this.event(
          sim,
          'Normal',
          'Pulled',
          `Successfully pulled image "${c.image}" in ${took} (${took} including waiting). Image size: ${size} bytes.`,
          c,
        );
        let images = this.imagesOnNode.get(sim.node.name);
        if (!images) this.imagesOnNode.set(sim.node.name, (images = new Set()));
        images.add(parseImage(c.image).normalized);
        c.imageID = this.imageID(c.image, answer.digest);
        c.pullBackoff = 0;
        this.createContainer(sim, c);
      } else {
        this.pullFailed(sim, c, answer.message);
      }
    };
    check.then(
      (result) => {
        answer = result;
        proceed();
      },
      (error: unknown) => {
        answer = { ok: false, message: String(error) };
        proceed();
      },
    );
    this.after(
      sim,
      TIMING.pull,
      () => {
        timerDone = true;
        proceed();
      },
      c,
    );
  }

  private notFoundMessage(image: string): string {
    const ref = parseImage(image).normalized;
    return `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
  }

  private imageID(image: string, digest: string | undefined): string {
    const ref = parseImage(image);
    return `${ref.registry}/${ref.repository}@${digest ?? ref.digest ?? fakeDigest(ref.normalized)}`;
  }

  private pullFailed(sim: PodSim, c: ContainerSim, message: string): void {
    c.step = 'pull-error';
    c.waitingReason = 'ErrImagePull';
    c.waitingMessage = message;
    this.event(sim, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${message}`, c);
    this.event(sim, 'Warning', 'Failed', 'Error: ErrImagePull', c);
    this.flush(sim);
    c.pullBackoff = c.pullBackoff ? Math.min(c.pullBackoff * 2, TIMING.backoffMax) : TIMING.backoffInitial;
    const backoff = c.pullBackoff;
    this.after(
      sim,
      TIMING.errImagePull,
      () => {
        c.step = 'pull-backoff';
        c.waitingReason = 'ImagePullBackOff';
        // the kubelet (1.30+) appends the last pull error to the waiting message, not to the event
        c.waitingMessage = `Back-off pulling image "${c.image}": ErrImagePull: ${message}`;
        this.event(sim, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, c);
        this.event(sim, 'Warning', 'Failed', 'Error: ImagePullBackOff', c);
        this.flush(sim);
        this.after(sim, Math.max(0, backoff - TIMING.errImagePull), () => this.pull(sim, c), c);
      },
      c,
    );
  }

  // ---- create / start / run ----

  private createContainer(sim: PodSim, c: ContainerSim): void {
    const error = containerConfigError(this.ctx.cache, this.podObject(sim), c.spec);
    if (error) {
      const first = c.step !== 'config-error' || c.waitingMessage !== error;
      c.step = 'config-error';
      c.waitingReason = 'CreateContainerConfigError';
      c.waitingMessage = error;
      if (first) this.event(sim, 'Warning', 'Failed', `Error: ${error}`, c);
      this.flush(sim);
      this.after(sim, TIMING.configRetry, () => this.createContainer(sim, c), c);
      return;
    }
    c.step = 'creating';
    c.waitingReason = 'ContainerCreating';
    c.waitingMessage = undefined;
    this.after(sim, TIMING.start, () => this.startContainer(sim, c), c);
  }

  private startContainer(sim: PodSim, c: ContainerSim): void {
    const now = this.ctx.clock.now();
    c.containerID = `containerd://${randomBytes(32).toString('hex')}`;
    c.step = 'running';
    c.startedAt = now;
    c.waitingReason = undefined;
    c.waitingMessage = undefined;
    c.exitCode = undefined;
    c.ready = false;
    this.event(sim, 'Normal', 'Created', `Created container: ${c.name}`, c);
    this.event(sim, 'Normal', 'Started', `Started container ${c.name}`, c);
    this.logs.start(sim.uid, c.name, this.startupLog(sim, c), c.restartCount > 0);
    this.flush(sim);

    const fail = c.rule?.fail;
    const exits =
      c.init ||
      fail === 'CrashLoopBackOff' ||
      fail === 'Exit0' ||
      fail === 'Exit1' ||
      (!fail && sim.restartPolicy !== 'Always' && c.rule?.readyAfterMs === undefined);
    if (exits) {
      const exitCode = fail === 'CrashLoopBackOff' || fail === 'Exit1' ? 1 : 0;
      const runFor = c.rule?.exitAfterMs ?? (c.init && !fail ? TIMING.initRun : TIMING.run);
      this.after(sim, runFor, () => this.containerExited(sim, c, exitCode), c);
      return;
    }
    if (fail === 'NeverReady' || c.init) return;
    const probe = c.spec.readinessProbe;
    const delay =
      c.rule?.readyAfterMs ?? this.options.podReadyDelayMs + (probe ? (probe.initialDelaySeconds ?? 0) * 1000 : 0);
    const markReady = (): void => {
      c.ready = true;
      this.flush(sim);
    };
    if (delay <= 0) markReady();
    else this.after(sim, delay, markReady, c);
  }

  private startupLog(sim: PodSim, c: ContainerSim): string[] {
    if (c.rule?.log !== undefined && c.rule.fail !== 'CrashLoopBackOff' && c.rule.fail !== 'Exit1')
      return c.rule.log.split('\n');
    const lines = [
      `Starting ${c.image} (container ${c.name} of pod ${sim.namespace}/${sim.name}, simulated by cluster-sim)`,
    ];
    for (const p of c.spec.ports ?? [])
      lines.push(`Listening on ${p.protocol ?? 'TCP'} port ${p.containerPort}${p.name ? ` (${p.name})` : ''}`);
    return lines;
  }

  private containerExited(sim: PodSim, c: ContainerSim, exitCode: number): void {
    const now = this.ctx.clock.now();
    if (exitCode !== 0) {
      const crash = c.rule?.log ?? `Error: ${c.name} exited unexpectedly (simulated failure of ${c.image})`;
      this.logs.append(sim.uid, c.name, crash.split('\n'));
    } else if (c.rule?.fail === 'Exit0' || !c.rule?.fail) {
      this.logs.append(sim.uid, c.name, [`${c.name} finished successfully`]);
    }
    c.ready = false;
    c.finishedAt = now;
    c.exitCode = exitCode;
    c.exitReason = exitCode === 0 ? 'Completed' : 'Error';
    const restart = sim.restartPolicy === 'Always' || (sim.restartPolicy === 'OnFailure' && exitCode !== 0);
    if (c.init && exitCode === 0) {
      c.step = 'done';
      this.flush(sim);
      this.startNext(sim);
      return;
    }
    if (!restart) {
      c.step = 'done';
      this.flush(sim);
      this.maybeFinished(sim);
      return;
    }
    // the container will restart: report CrashLoopBackOff for the back-off period
    this.logs.terminated(sim.uid, c.name);
    c.last = {
      exitCode,
      reason: c.exitReason,
      startedAt: c.startedAt ?? now,
      finishedAt: now,
      containerID: c.containerID ?? '',
    };
    c.restartCount++;
    c.crashBackoff = c.crashBackoff ? Math.min(c.crashBackoff * 2, TIMING.backoffMax) : TIMING.backoffInitial;
    c.step = 'crash-backoff';
    c.waitingReason = 'CrashLoopBackOff';
    c.waitingMessage = `back-off ${formatDuration(c.crashBackoff)} restarting failed container=${c.name} pod=${sim.name}_${sim.namespace}(${sim.uid})`;
    this.event(
      sim,
      'Warning',
      'BackOff',
      `Back-off restarting failed container ${c.name} in pod ${sim.name}_${sim.namespace}(${sim.uid})`,
      c,
    );
    this.flush(sim);
    this.after(
      sim,
      c.crashBackoff,
      () => {
        c.step = 'waiting-pull';
        this.pull(sim, c);
      },
      c,
    );
  }

  private maybeFinished(sim: PodSim): void {
    if (!sim.containers.every((c) => c.step === 'done')) return;
    this.flush(sim);
  }

  // ---- termination ----

  private terminate(sim: PodSim, pod: KObject): void {
    sim.terminating = true;
    for (const t of sim.timers) t.cancel();
    sim.timers = [];
    const grace: number = pod.metadata.deletionGracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
    let anyRunning = false;
    for (const c of [...sim.initContainers, ...sim.containers]) {
      this.cancelTimers(c);
      if (c.step === 'running') {
        anyRunning = true;
        this.event(sim, 'Normal', 'Killing', `Stopping container ${c.name}`, c);
      }
    }
    const stopAfter = anyRunning ? Math.min(grace * 1000, TIMING.stop) : 0;
    const finish = (): void => {
      const now = this.ctx.clock.now();
      for (const c of [...sim.initContainers, ...sim.containers]) {
        if (c.step === 'running') {
          c.finishedAt = now;
          c.exitCode = 0;
          c.exitReason = 'Completed';
          this.logs.append(sim.uid, c.name, ['Received SIGTERM, shutting down']);
        }
        c.ready = false;
        if (c.step === 'running') c.step = 'done';
      }
      sim.stopped = true;
      this.flush(sim, true);
      const current = this.ctx.cache.get('', 'pods', sim.namespace, sim.name);
      if (current && current.metadata.uid === sim.uid) this.finalDelete(current);
    };
    if (stopAfter <= 0) finish();
    else {
      const timer = this.ctx.clock.setTimeout(() => {
        if (this.pods.get(`${sim.namespace}/${sim.name}`) === sim) finish();
      }, stopAfter);
      sim.timers.push(timer);
    }
  }

  private finalDelete(pod: KObject): void {
    const del = this.ctx.store.delete as (
      group: string,
      resource: string,
      namespace: string | undefined,
      name: string,
      propagation?: 'Background' | 'Foreground' | 'Orphan',
      options?: { gracePeriodSeconds?: number },
    ) => KObject | undefined;
    try {
      del.call(this.ctx.store, '', 'pods', pod.metadata.namespace, pod.metadata.name, 'Background', {
        gracePeriodSeconds: 0,
      });
    } catch (error) {
      this.ctx.log(`kubelet: deleting ${pod.metadata.namespace}/${pod.metadata.name}: ${String(error)}`);
    }
  }

  // ---- status ----

  private podObject(sim: PodSim): KObject {
    return (
      this.ctx.cache.get('', 'pods', sim.namespace, sim.name) ?? {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: sim.name, namespace: sim.namespace },
      }
    );
  }

  private event(sim: PodSim, type: 'Normal' | 'Warning', reason: string, message: string, c?: ContainerSim): void {
    const pod = this.ctx.cache.get('', 'pods', sim.namespace, sim.name);
    const involved = {
      apiVersion: 'v1',
      kind: 'Pod',
      name: sim.name,
      namespace: sim.namespace,
      uid: sim.uid,
      resourceVersion: pod?.metadata.resourceVersion,
      fieldPath: c ? `spec.${c.init ? 'initContainers' : 'containers'}{${c.name}}` : undefined,
    };
    this.ctx.events.record(involved, type, reason, message, { component: KUBELET, host: sim.node.name });
  }

  private containerStatus(c: ContainerSim, sim: PodSim): Record<string, any> {
    const ts = (ms: number | undefined): string => rfc3339(ms ?? this.ctx.clock.now());
    let state: Record<string, any>;
    if (c.step === 'running') state = { running: { startedAt: ts(c.startedAt) } };
    else if (c.step === 'done' && c.exitCode !== undefined) {
      state = {
        terminated: {
          exitCode: c.exitCode,
          reason: c.exitReason,
          startedAt: ts(c.startedAt),
          finishedAt: ts(c.finishedAt),
          containerID: c.containerID,
        },
      };
    } else {
      const waiting: Record<string, string> = {
        reason: c.waitingReason ?? (sim.sandboxReady ? 'ContainerCreating' : 'PodInitializing'),
      };
      if (!c.init && !sim.sandboxReady) waiting.reason = 'ContainerCreating';
      if (!c.init && sim.sandboxReady && sim.initContainers.some((i) => i.step !== 'done'))
        waiting.reason = 'PodInitializing';
      if (c.waitingMessage) waiting.message = c.waitingMessage;
      state = { waiting };
    }
    const status: Record<string, any> = {
      name: c.name,
      state,
      lastState: c.last
        ? {
            terminated: {
              exitCode: c.last.exitCode,
              reason: c.last.reason,
              startedAt: ts(c.last.startedAt),
              finishedAt: ts(c.last.finishedAt),
              containerID: c.last.containerID,
            },
          }
        : {},
      ready: c.ready,
      restartCount: c.restartCount,
      image: parseImage(c.image).normalized,
      imageID: c.imageID ?? '',
      started: c.step === 'running',
    };
    if (c.containerID && (c.step === 'running' || c.step === 'done')) status.containerID = c.containerID;
    else if (c.last) status.containerID = c.last.containerID;
    return status;
  }

  private phase(sim: PodSim): string {
    // an init container that failed for good fails the pod
    if (sim.initContainers.some((c) => c.step === 'done' && (c.exitCode ?? 0) !== 0)) return 'Failed';
    const all = sim.containers;
    if (all.length && all.every((c) => c.step === 'done'))
      return all.every((c) => c.exitCode === 0) ? 'Succeeded' : 'Failed';
    if (sim.initContainers.some((c) => c.step !== 'done')) return 'Pending';
    if (all.some((c) => c.step === 'running' || c.step === 'done' || c.restartCount > 0)) return 'Running';
    return 'Pending';
  }

  private flush(sim: PodSim, final = false): void {
    if (sim.stopped && !final) return;
    const pod = this.ctx.cache.get('', 'pods', sim.namespace, sim.name);
    if (!pod || pod.metadata.uid !== sim.uid) return;
    const previous = pod.status ?? {};
    const now = this.ctx.clock.now();
    const phase = this.phase(sim);
    const initOk = (c: ContainerSim): boolean => c.step === 'done' && (c.exitCode ?? 0) === 0;
    const initDone = sim.initContainers.every(initOk);
    const unready = sim.containers.filter((c) => !c.ready).map((c) => c.name);
    const incompleteInit = sim.initContainers.filter((c) => !initOk(c)).map((c) => c.name);
    const terminal = phase === 'Succeeded' || phase === 'Failed';
    const cond = (type: string, ok: boolean, reason?: string, message?: string): Condition => {
      const old = getCondition(previous.conditions, type);
      const status = ok ? 'True' : 'False';
      const c: Condition = {
        type,
        status,
        lastProbeTime: null,
        lastTransitionTime: old && old.status === status ? old.lastTransitionTime : rfc3339(now),
      };
      if (!ok && reason) c.reason = reason;
      if (!ok && message) c.message = message;
      return c;
    };
    const conditions: Condition[] = [
      cond('PodReadyToStartContainers', sim.sandboxReady && !sim.stopped),
      cond(
        'Initialized',
        initDone,
        'ContainersNotInitialized',
        `containers with incomplete status: [${incompleteInit.join(' ')}]`,
      ),
      terminal
        ? cond('Ready', false, 'PodCompleted')
        : cond(
            'Ready',
            unready.length === 0 && initDone,
            'ContainersNotReady',
            `containers with unready status: [${unready.join(' ')}]`,
          ),
      terminal
        ? cond('ContainersReady', false, 'PodCompleted')
        : cond(
            'ContainersReady',
            unready.length === 0 && initDone,
            'ContainersNotReady',
            `containers with unready status: [${unready.join(' ')}]`,
          ),
      cond('PodScheduled', true),
    ];
    const status: Record<string, any> = {
      phase,
      conditions,
      hostIP: sim.node.ip,
      hostIPs: [{ ip: sim.node.ip }],
      startTime: rfc3339(sim.startTime),
      containerStatuses: sim.containers.map((c) => this.containerStatus(c, sim)),
      qosClass: qosClass(pod),
    };
    if (sim.podIP) {
      status.podIP = sim.podIP;
      status.podIPs = [{ ip: sim.podIP }];
    }
    if (sim.initContainers.length)
      status.initContainerStatuses = sim.initContainers.map((c) => this.containerStatus(c, sim));
    if (semanticEqual(previous, status)) return;
    // the store copies what it is given: the cached pod itself is not changed
    this.ctx.store.updateStatus('', 'pods', { ...pod, status });
  }
}

/** time.Duration.String() of a millisecond-truncated duration: 300ms, 1.25s, 2m3.5s. */
export function goDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  if (total === 0) return '0s';
  if (total < 1000) return `${total}ms`;
  const minutes = Math.floor(total / 60_000);
  const rest = total - minutes * 60_000;
  const seconds = `${(rest / 1000).toFixed(3).replace(/\.?0+$/, '')}s`;
  if (minutes === 0) return seconds;
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours}h${minutes % 60}m${seconds}` : `${minutes}m${seconds}`;
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m}m${s % 60}s` : `${m}m0s`;
}

/** The QoS class the API server computes on pod creation. */
function qosClass(pod: KObject): string {
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let any = false;
  let guaranteed = containers.length > 0;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory']) {
      const l = lim[r];
      const q = req[r] ?? l;
      if (l === undefined || String(q) !== String(l)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
