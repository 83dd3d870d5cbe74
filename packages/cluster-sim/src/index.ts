/**
 * cluster-sim: a simulated Kubernetes cluster (API server, controllers, kubelets) for
 * tests, benchmarks and the local demo. Never bundled into an action.
 *
 *   const cluster = await startCluster({ tls: true, clock: { speed: 50 } });
 *   // KUBECONFIG=cluster.kubeconfigPath kubectl get pods
 *   await cluster.stop();
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { createClock, type SimClock } from './clock.js';
import { startControllers, type Controllers, type PodRule } from './controllers/index.js';
import { createStore, type Store } from './store/index.js';
import { ApiServer } from './server/api-server.js';
import { kubeconfigYaml } from './server/kubeconfig.js';
import { generateServerTls } from './tls/index.js';
import { ADMIN_USER, RbacAuthorizer, TokenAuthenticator, bootstrapPolicy } from './rbac/index.js';
import { FaultInjector, RequestLog, type FaultRule, type RequestLogEntry } from './faults/index.js';
import type { ControllerStore, KObject } from './store-api.js';
import type { RegistryCheckOptions } from './pods/registry-check.js';

export type { FaultRule, RequestLogEntry } from './faults/index.js';
export { parseFaultRule, countKey } from './faults/index.js';
export type { PodRule } from './controllers/index.js';
export { parsePodRule } from './controllers/index.js';
export type { ControllerStore, KObject, StoreEvent, Clock } from './store-api.js';
export { createStore } from './store/index.js';
// Shared with packages/control-plane, which starts the real control plane behind the same interface.
export { generateServerTls, type ServerTls } from './tls/index.js';
export { kubeconfigYaml } from './server/kubeconfig.js';
export { containerConfigError } from './pods/config-refs.js';
export { globPattern, validatePodRule } from './pods/rules.js';

export interface ClusterOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /**
   * Serve HTTPS with a generated CA (in the kubeconfig). Default: on when RBAC is on
   * (client-go sends no bearer token over plain HTTP, so RBAC needs TLS), else off.
   */
  tls?: boolean;
  /** Enforce RBAC. `true` uses the bootstrap policy; tokens add users with fixed tokens. */
  rbac?: boolean | { tokens: Record<string, { user: string; groups?: string[] }> };
  /** Clock speed (simulated ms per real ms) or a manual clock stepped with `clock.advance()`. */
  clock?: { speed?: number; manual?: boolean };
  /** Number of simulated nodes (default 1): sim-node-1, sim-node-2, ... */
  nodes?: number;
  /** Delay (simulated ms) before a started container is Ready, unless a rule says otherwise. */
  podReadyDelayMs?: number;
  podRules?: PodRule[];
  /** Ask the image's registry whether the image exists before "pulling" it. */
  registryCheck?: RegistryCheckOptions | false;
  /** Where to write the kubeconfig; default a temporary file removed on stop(). */
  kubeconfigPath?: string;
  /** Namespace set in the kubeconfig's context. */
  namespace?: string;
  /** How many past events watch can replay (older resourceVersions get 410 Gone). Default 10000. */
  watchHistory?: number;
  /** Bookmark interval for watches that allow bookmarks, in real ms (default 10000). */
  bookmarkIntervalMs?: number;
  /** Controller errors (default: ignored and retried). */
  log?: (message: string) => void;
  /** CustomResourceDefinitions installed (and Established) before the server starts, as a cluster that has them installed. */
  crds?: KObject[];
}

export interface Cluster {
  url: string;
  /** The kubeconfig text (admin token, and the CA when TLS is on). */
  kubeconfig: string;
  kubeconfigPath: string;
  /** Bearer token of the admin user (group system:masters). */
  adminToken: string;
  /** The CA certificate (PEM) when TLS is on. */
  caCert?: string;
  /** A bearer token for a user (or `system:serviceaccount:<ns>:<name>`), issued on demand. */
  tokenFor(user: string, groups?: string[]): string;
  /** A kubeconfig (text) for a user's token. */
  kubeconfigFor(token: string, namespace?: string): string;
  clock: SimClock;
  store: ControllerStore;
  controllers: Controllers;
  stop(): Promise<void>;
  setPodRule(rule: PodRule | string): void;
  clearPodRules(): void;
  injectFault(rule: FaultRule): () => void;
  clearFaults(): void;
  requests(): RequestLogEntry[];
  /** Counts per `verb resource[.group][/subresource]`, e.g. `patch deployments.apps`. */
  requestCounts(): Record<string, number>;
  resetRequests(): void;
}

function createNodeObject(name: string, index: number, now: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'beta.kubernetes.io/arch': 'amd64',
        ...(index === 0 ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
      },
    },
    spec: { podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`] },
    status: {
      capacity: { cpu: '8', memory: '16Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      allocatable: { cpu: '8', memory: '16Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      conditions: [
        {
          type: 'MemoryPressure',
          status: 'False',
          reason: 'KubeletHasSufficientMemory',
          message: 'kubelet has sufficient memory available',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
        {
          type: 'DiskPressure',
          status: 'False',
          reason: 'KubeletHasNoDiskPressure',
          message: 'kubelet has no disk pressure',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
        {
          type: 'PIDPressure',
          status: 'False',
          reason: 'KubeletHasSufficientPID',
          message: 'kubelet has sufficient PID available',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          message: 'kubelet is posting ready status',
          lastHeartbeatTime: now,
          lastTransitionTime: now,
        },
      ],
      addresses: [
        { type: 'InternalIP', address: `172.18.0.${index + 2}` },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.32.4',
        kubeProxyVersion: 'v1.32.4',
        containerRuntimeVersion: 'containerd://1.7.24',
        operatingSystem: 'linux',
        architecture: 'amd64',
        osImage: 'cluster-sim',
        kernelVersion: '6.1.0',
        machineID: '',
        systemUUID: '',
        bootID: '',
      },
    },
  };
}

function seed(store: Store, objects: KObject[]): void {
  for (const object of objects) {
    const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
    const info =
      store.registry.lookup(group, version, object.kind.toLowerCase() + 's') ??
      store.registry.byKind(group, object.kind);
    if (!info) throw new Error(`cluster-sim: no resource for ${object.apiVersion} ${object.kind}`);
    store.createObject(info, object, { fieldManager: 'kube-apiserver', keepStatus: true });
  }
}

export async function startCluster(input: ClusterOptions = {}): Promise<Cluster> {
  const options: ClusterOptions = { ...input, tls: input.tls ?? Boolean(input.rbac) };
  const clock = createClock({ speed: options.clock?.speed, manual: options.clock?.manual });
  const store = createStore({ clock, historySize: options.watchHistory });
  const tls = generateServerTls(options.host && options.host !== '0.0.0.0' ? [options.host] : []);
  store.rootCa = tls.caCert;
  seed(store, bootstrapPolicy());
  const nodeCount = options.nodes ?? 1;
  if (!Number.isInteger(nodeCount) || nodeCount < 1)
    throw new Error(`cluster-sim: nodes must be a positive integer, got ${options.nodes}`);
  const nodeNames = Array.from({ length: nodeCount }, (_, i) => `sim-node-${i + 1}`);
  const now = new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  seed(
    store,
    nodeNames.map((name, i) => createNodeObject(name, i, now)),
  );
  if (options.crds?.length) {
    for (const crd of options.crds)
      if (crd?.kind !== 'CustomResourceDefinition')
        throw new Error(
          `cluster-sim: crds holds a ${crd?.kind ?? 'document without a kind'}, not a CustomResourceDefinition`,
        );
    seed(store, options.crds);
  }
  store.housekeeping();

  const authenticator = new TokenAuthenticator();
  const adminToken = authenticator.issue(ADMIN_USER.username, ADMIN_USER.groups);
  if (typeof options.rbac === 'object') {
    for (const [token, user] of Object.entries(options.rbac.tokens))
      authenticator.add(token, { username: user.user, groups: user.groups ?? [] });
  }
  const authorizer = options.rbac
    ? new RbacAuthorizer((group, resource, namespace) => store.select(group, resource, { namespace }))
    : undefined;

  const controllers = startControllers(store, {
    clock,
    nodes: nodeNames,
    podReadyDelayMs: options.podReadyDelayMs,
    registryCheck: options.registryCheck,
    podRules: options.podRules,
    log: options.log,
  });

  const faults = new FaultInjector();
  const log = new RequestLog();
  const host = options.host ?? '127.0.0.1';
  let address = '';
  const api = new ApiServer({
    store,
    podLog: (namespace, pod, container, tailLines) => controllers.podLog(namespace, pod, container, tailLines),
    authenticator,
    authorizer,
    faults,
    log,
    serverAddress: () => address,
    bookmarkIntervalMs: options.bookmarkIntervalMs,
  });
  const server: Server = options.tls
    ? createHttpsServer({ cert: tls.cert, key: tls.key }, api.listener)
    : createHttpServer(api.listener);
  server.keepAliveTimeout = 60_000;
  const sockets = new Set<Socket>();
  server.on(options.tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `${options.tls ? 'https' : 'http'}://${urlHost}:${port}`;
  address = `${urlHost}:${port}`;

  const kubeconfigFor = (token: string, namespace?: string) =>
    kubeconfigYaml({ server: url, token, caCert: options.tls ? tls.caCert : undefined, namespace });
  const kubeconfig = kubeconfigFor(adminToken, options.namespace);
  let tempDir: string | undefined;
  let kubeconfigPath = options.kubeconfigPath;
  if (!kubeconfigPath) {
    tempDir = mkdtempSync(join(tmpdir(), 'cluster-sim-'));
    kubeconfigPath = join(tempDir, 'kubeconfig.yaml');
  }
  writeFileSync(kubeconfigPath, kubeconfig, { mode: 0o600 });

  let stopped = false;
  return {
    url,
    kubeconfig,
    kubeconfigPath,
    adminToken,
    caCert: options.tls ? tls.caCert : undefined,
    tokenFor: (user, groups = []) => authenticator.issue(user, groups),
    kubeconfigFor,
    clock,
    store,
    controllers,
    async stop() {
      if (stopped) return;
      stopped = true;
      controllers.stop();
      store.stop();
      clock.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections?.();
      });
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    },
    setPodRule: (rule) => controllers.setPodRule(rule as PodRule),
    clearPodRules: () => controllers.clearPodRules(),
    injectFault: (rule) => faults.add(rule),
    clearFaults: () => faults.clear(),
    requests: () => log.all(),
    requestCounts: () => log.countsByKey(),
    resetRequests: () => log.reset(),
  };
}
