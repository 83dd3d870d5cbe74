/**
 * The simulator's controllers and kubelets. They act on the cluster only through the
 * ControllerStore, react to its events through work queues, and schedule every delay on
 * the simulator's Clock.
 */
import { createEventRecorder } from '../events.js';
import { Kubelets } from '../pods/kubelet.js';
import { RegistryChecker, type RegistryCheckOptions } from '../pods/registry-check.js';
import { type PodRule, parsePodRule, validatePodRule } from '../pods/rules.js';
import { PodScheduler, createNodes } from '../pods/scheduler.js';
import type { Clock, ControllerStore, StoreEvent } from '../store-api.js';
import { InformerCache } from './cache.js';
import type { Context } from './context.js';
import { DaemonSetController } from './daemonset.js';
import { DeploymentController } from './deployment/controller.js';
import { EndpointsController } from './endpoints.js';
import { JobController } from './job.js';
import { OwnerIndex } from './owners.js';
import { Scheduler } from './queue.js';
import { ReplicaSetController } from './replicaset.js';
import { StatefulSetController } from './statefulset.js';

export type { PodRule } from '../pods/rules.js';
export { parsePodRule } from '../pods/rules.js';

export interface ControllerOptions {
  clock: Clock;
  /** Names of the simulated nodes (at least one). */
  nodes: string[];
  /** How long (simulated ms) a started container takes to become Ready when no rule says otherwise; default 0. */
  podReadyDelayMs?: number;
  /** Ask the image's registry whether the image exists before "pulling" it; off by default. */
  registryCheck?: RegistryCheckOptions | false;
  /** Failure rules in force from the start. */
  podRules?: PodRule[];
  /** Where controller errors are reported (default: nowhere; they are retried). */
  log?: (message: string) => void;
}

export interface Controllers {
  stop(): void;
  /** Adds a failure rule; the last matching rule wins. Applies to containers started from now on. */
  setPodRule(rule: PodRule): void;
  clearPodRules(): void;
  /** The simulated log of a container (the first one when not named); undefined when the pod or container is unknown. */
  podLog(
    namespace: string,
    pod: string,
    container?: string,
    tailLines?: number,
    previous?: boolean,
  ): string | undefined;
  /** Resolves when every work queue is empty (tests: call after writes or clock.advance()). */
  settle(): Promise<void>;
}

const CACHED = [
  'apps/deployments',
  'apps/replicasets',
  'apps/statefulsets',
  'apps/daemonsets',
  'apps/controllerrevisions',
  'batch/jobs',
  '/pods',
  '/services',
  '/endpoints',
  '/configmaps',
  '/secrets',
  '/persistentvolumeclaims',
  'discovery.k8s.io/endpointslices',
];

const OWNED = [
  'apps/replicasets',
  'batch/jobs',
  '/pods',
  'apps/controllerrevisions',
  'discovery.k8s.io/endpointslices',
  '/persistentvolumeclaims',
];

export function startControllers(store: ControllerStore, options: ControllerOptions): Controllers {
  if (!options.nodes || options.nodes.length === 0)
    throw new Error('startControllers: at least one node name is required');
  const rules: PodRule[] = (options.podRules ?? []).map(validatePodRule);
  const nodes = createNodes(options.nodes);
  const clock = options.clock;
  const scheduler = new Scheduler(clock);
  const log = options.log ?? (() => {});
  scheduler.errorLog = log;
  const podScheduler = new PodScheduler(nodes);
  const cache = new InformerCache(store, new Set(CACHED));
  cache.seed();
  const owners = new OwnerIndex(store, new Set(OWNED), cache);
  const ctx: Context = {
    store,
    cache,
    clock,
    events: createEventRecorder(store, clock),
    scheduler,
    owners,
    nodes,
    pickNode: (pod) => podScheduler.pickNode(pod),
    log,
  };
  podScheduler.attach(ctx);
  const registry = options.registryCheck ? new RegistryChecker(options.registryCheck) : undefined;
  const kubelets = new Kubelets(
    ctx,
    { podReadyDelayMs: options.podReadyDelayMs ?? 0, rules: () => rules, registry },
    (pod) => podScheduler.bind(pod),
  );
  const deployments = new DeploymentController(ctx);
  const replicaSets = new ReplicaSetController(ctx);
  const statefulSets = new StatefulSetController(ctx);
  const daemonSets = new DaemonSetController(ctx);
  const jobs = new JobController(ctx);
  const endpoints = new EndpointsController(ctx);

  const dispatch = (event: StoreEvent): void => {
    if (event.resource === 'events') return;
    cache.observe(event);
    owners.observe(event);
    podScheduler.observe(event);
    kubelets.observe(event);
    deployments.observe(event);
    replicaSets.observe(event);
    statefulSets.observe(event);
    daemonSets.observe(event);
    jobs.observe(event);
    endpoints.observe(event);
  };

  // objects that existed before we started (a restarted simulator, or objects created first)
  for (const resource of OWNED) {
    const [group, plural] = resource.split('/');
    owners.seed(group, plural);
  }
  for (const pod of cache.list('', 'pods'))
    podScheduler.observe({ type: 'ADDED', object: pod, group: '', resource: 'pods' });
  endpoints.seed();
  const unsubscribe = store.subscribe(dispatch);
  for (const [group, resource] of [
    ['apps', 'deployments'],
    ['apps', 'replicasets'],
    ['apps', 'statefulsets'],
    ['apps', 'daemonsets'],
    ['batch', 'jobs'],
    ['', 'pods'],
  ] as const) {
    for (const object of cache.list(group, resource)) dispatch({ type: 'ADDED', object, group, resource });
  }

  let stopped = false;
  return {
    stop() {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      scheduler.stop();
      kubelets.stop();
    },
    setPodRule(rule) {
      rules.push(validatePodRule(typeof rule === 'string' ? parsePodRule(rule) : rule));
    },
    clearPodRules() {
      rules.length = 0;
    },
    podLog(namespace, podName, container, tailLines, previous) {
      const pod = cache.get('', 'pods', namespace, podName);
      if (!pod) return undefined;
      const names: string[] = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].map(
        (c: { name: string }) => c.name,
      );
      const name = container ?? pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'] ?? names[0];
      if (!name || !names.includes(name)) return undefined;
      return kubelets.logs.read(pod.metadata.uid ?? '', name, tailLines, previous) ?? (previous ? undefined : '');
    },
    settle: () => scheduler.settle(),
  };
}
