/**
 * control-plane: the real Kubernetes control plane for tests and benchmarks, behind
 * cluster-sim's interface. etcd, kube-apiserver, kube-controller-manager and kube-scheduler
 * from k8s.io/kubernetes, and KWOK for the nodes and the pods' lifecycles, all built from
 * source by tools/build.sh and started here on loopback ports in a temporary folder.
 *
 *   const cluster = await startControlPlane({ rbac: true, podRules: ['image=*:broken,fail=ImagePullBackOff'] });
 *   // KUBECONFIG=cluster.kubeconfigPath kubectl get pods
 *   await cluster.stop();
 *
 * Never bundled into an action.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  countKey,
  generateServerTls,
  kubeconfigYaml,
  parsePodRule,
  validatePodRule,
  type PodRule,
  type RequestLogEntry,
} from '@kra/cluster-sim';
import { AuditLog, auditPolicyYaml } from './audit.js';
import { ApiClient } from './client.js';
import { ConfigChecker } from './config-check.js';
import { lastLines, ProcessGroup } from './processes.js';
import { podStages, STAGE_LABEL, type Stage } from './stages.js';
import { TokenWebhook } from './token-webhook.js';
import { findTools } from './tools.js';

export type { PodRule, RequestLogEntry } from '@kra/cluster-sim';
export { podStages } from './stages.js';
export { parseAuditLog } from './audit.js';
export { configVerdict } from './config-check.js';
export { findTools } from './tools.js';

export interface ControlPlaneOptions {
  /** The API server's port; 0 (default) picks a free one. */
  port?: number;
  /** Authorize with RBAC (default: every authenticated request is allowed). Tokens add fixed users. */
  rbac?: boolean | { tokens: Record<string, { user: string; groups?: string[] }> };
  /** Number of KWOK nodes (default 1): kwok-node-1, kwok-node-2, ... */
  nodes?: number;
  /** Delay (ms) before a started container is Ready, unless a rule says otherwise. */
  podReadyDelayMs?: number;
  /** Pod rules in cluster-sim's syntax, as objects or text. */
  podRules?: (PodRule | string)[];
  /** Where to write the admin kubeconfig; default a file in the temporary folder. Removed on stop(). */
  kubeconfigPath?: string;
  /** Namespace set in the kubeconfig's context. */
  namespace?: string;
  /** Messages about the starter's own work (the config check's failures). */
  log?: (message: string) => void;
  /** Where the binaries are (default `<repo>/.tmp/bin`). */
  binDir?: string;
}

export interface ControlPlane {
  url: string;
  kubeconfig: string;
  kubeconfigPath: string;
  /** Bearer token of the admin user (group system:masters). */
  adminToken: string;
  caCert: string;
  /** The temporary folder: certificates, etcd's data, the audit log, each component's log under logs/. */
  dir: string;
  /** A bearer token for a user (or `system:serviceaccount:<ns>:<name>`), issued on demand. */
  tokenFor(user: string, groups?: string[]): string;
  kubeconfigFor(token: string, namespace?: string): string;
  /** Adds a pod rule (the last matching rule wins) and waits until KWOK has its Stages. */
  setPodRule(rule: PodRule | string): Promise<void>;
  clearPodRules(): Promise<void>;
  /** Every resource request clients made, from the API server's audit log. */
  requests(): RequestLogEntry[];
  /** Counts per `verb resource[.group][/subresource]`, e.g. `patch deployments.apps`. */
  requestCounts(): Record<string, number>;
  resetRequests(): void;
  stop(): Promise<void>;
}

/**
 * KWOK's options. KWOK plays 4 pod stages at a time by default: with 100 pods starting
 * together that queue, not the controllers, decides when the last one is Ready, where real
 * kubelets (one per node) start pods in parallel. A configuration file is not defaulted when
 * KWOK reads it, so it states every option that has a default, at that default but for
 * podPlayStageParallelism (sigs.k8s.io/kwok v0.8.0, zz_generated.defaults.go).
 */
const KWOK_CONFIGURATION = `apiVersion: config.kwok.x-k8s.io/v1alpha1
kind: KwokConfiguration
options:
  manageAllNodes: false
  enableDebuggingHandlers: true
  enableContentionProfiling: false
  enableProfilingHandler: true
  podPlayStageParallelism: 32
  nodePlayStageParallelism: 4
  nodeLeaseParallelism: 4
  podsOnNodeSyncParallelism: 1
  enablePodsOnNodeSyncListPager: true
  enablePodsOnNodeSyncStreamWatch: false
`;

const ADMIN = { user: 'kubernetes-admin', groups: ['system:masters'] };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const token = () => randomBytes(24).toString('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(
  what: string | (() => string),
  timeoutMs: number,
  processes: ProcessGroup,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (processes.failure) throw processes.failure;
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(100);
  }
  throw new Error(
    `control-plane: ${typeof what === 'string' ? what : what()} not ready after ${timeoutMs / 1000} s${last ? ` (${last})` : ''}`,
  );
}

function etcdHealthy(port: number): Promise<true | undefined> {
  return new Promise((resolve, reject) => {
    httpGet(`http://127.0.0.1:${port}/health`, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(res.statusCode === 200 && body.includes('true') ? true : undefined));
    }).on('error', reject);
  });
}

function componentKubeconfig(url: string, caCert: string, bearer: string): string {
  return kubeconfigYaml({ server: url, token: bearer, caCert, clusterName: 'control-plane' });
}

function loadYamlDocuments(path: string): any[] {
  return yaml.loadAll(readFileSync(path, 'utf8')).filter((d) => d && typeof d === 'object');
}

export async function startControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const tools = findTools(options.binDir);
  const nodeCount = options.nodes ?? 1;
  if (!Number.isInteger(nodeCount) || nodeCount < 1)
    throw new Error(`control-plane: nodes must be a positive integer, got ${options.nodes}`);
  const rules: PodRule[] = (options.podRules ?? []).map((r) =>
    typeof r === 'string' ? parsePodRule(r) : validatePodRule(r),
  );
  const podReadyDelayMs = options.podReadyDelayMs ?? 0;
  const log = options.log ?? (() => undefined);

  const dir = mkdtempSync(join(tmpdir(), 'kra-control-plane-'));
  const processes = new ProcessGroup(dir);
  const webhook = new TokenWebhook();
  let client: ApiClient | undefined;
  let checker: ConfigChecker | undefined;
  const kubeconfigPath = options.kubeconfigPath ?? join(dir, 'kubeconfig.yaml');
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    checker?.stop();
    await processes.stop();
    await webhook.close();
    client?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(kubeconfigPath, { force: true });
  };

  try {
    // --- certificates, keys, tokens, policies ---
    const tls = generateServerTls();
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text, { mode: 0o600 });
      return path;
    };
    const caPath = file('ca.crt', tls.caCert);
    const certPath = file('apiserver.crt', tls.cert);
    const keyPath = file('apiserver.key', tls.key);
    const saKeys = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const saKeyPath = file('sa.key', saKeys.privateKey);
    const saPubPath = file('sa.pub', saKeys.publicKey);

    const adminToken = token();
    const tokens = {
      admin: adminToken,
      controllerManager: token(),
      scheduler: token(),
      kwok: token(),
      starter: token(),
    };
    const csv = (t: string, user: string, groups: string[]) => `${t},${user},${user},"${groups.join(',')}"`;
    const tokenLines = [
      csv(tokens.admin, ADMIN.user, ADMIN.groups),
      csv(tokens.controllerManager, 'system:kube-controller-manager', []),
      csv(tokens.scheduler, 'system:kube-scheduler', []),
      csv(tokens.kwok, 'kra:kwok', ['system:masters']),
      csv(tokens.starter, 'kra:control-plane', ['system:masters']),
    ];
    if (typeof options.rbac === 'object')
      for (const [t, user] of Object.entries(options.rbac.tokens))
        tokenLines.push(csv(t, user.user, user.groups ?? []));
    const tokensPath = file('tokens.csv', tokenLines.join('\n') + '\n');
    await webhook.listen(tls.cert, tls.key);
    const webhookConfigPath = file(
      'token-webhook.kubeconfig',
      yaml.dump({
        apiVersion: 'v1',
        kind: 'Config',
        clusters: [
          {
            name: 'tokens',
            cluster: { server: webhook.url, 'certificate-authority-data': Buffer.from(tls.caCert).toString('base64') },
          },
        ],
        users: [{ name: 'kube-apiserver', user: {} }],
        contexts: [{ name: 'webhook', context: { cluster: 'tokens', user: 'kube-apiserver' } }],
        'current-context': 'webhook',
      }),
    );
    const auditPolicyPath = file('audit-policy.yaml', auditPolicyYaml());
    const auditLogPath = join(dir, 'audit.log');

    // --- etcd ---
    const [etcdPort, peerPort] = [await freePort(), await freePort()];
    const apiPort = options.port || (await freePort());
    processes.start('etcd', tools.bin.etcd, [
      '--name=default',
      `--data-dir=${join(dir, 'etcd')}`,
      `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
      `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-cluster=default=http://127.0.0.1:${peerPort}`,
      '--unsafe-no-fsync', // a throwaway cluster: durability costs time and buys nothing
      '--log-level=warn',
    ]);
    await until('etcd', 30_000, processes, () => etcdHealthy(etcdPort));

    // --- kube-apiserver ---
    const url = `https://127.0.0.1:${apiPort}`;
    processes.start('kube-apiserver', tools.bin['kube-apiserver'], [
      `--etcd-servers=http://127.0.0.1:${etcdPort}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--tls-cert-file=${certPath}`,
      `--tls-private-key-file=${keyPath}`,
      `--client-ca-file=${caPath}`,
      `--token-auth-file=${tokensPath}`,
      `--authentication-token-webhook-config-file=${webhookConfigPath}`,
      '--authentication-token-webhook-version=v1',
      `--authorization-mode=${options.rbac ? 'RBAC' : 'AlwaysAllow'}`,
      `--service-account-key-file=${saPubPath}`,
      `--service-account-signing-key-file=${saKeyPath}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      '--service-cluster-ip-range=10.96.0.0/16',
      '--endpoint-reconciler-type=none',
      `--audit-policy-file=${auditPolicyPath}`,
      `--audit-log-path=${auditLogPath}`,
      '--audit-log-format=json',
      '--audit-log-maxsize=100000',
      '--profiling=false',
    ]);
    client = new ApiClient(url, tokens.starter, tls.caCert);
    const api = client;
    await until('kube-apiserver', 60_000, processes, async () =>
      (await api.request('GET', '/readyz')).status === 200 ? true : undefined,
    );

    // --- KWOK's Stage CRD, the Stages, the nodes ---
    for (const crd of loadYamlDocuments(join(tools.kwokShare, 'stage-crd.yaml')))
      await api.call('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd);
    await until('the Stage CRD', 30_000, processes, async () => {
      const crd = await api.call('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/stages.kwok.x-k8s.io');
      return crd.status?.conditions?.some((c: any) => c.type === 'Established' && c.status === 'True')
        ? true
        : undefined;
    });
    const applyStages = async (stages: Stage[]) => {
      for (const s of stages)
        await api.call(
          'PATCH',
          `/apis/kwok.x-k8s.io/v1alpha1/stages/${s.metadata.name}?fieldManager=kra-control-plane&force=true`,
          s,
          'application/apply-patch+yaml',
        );
    };
    const nodeStages = ['node-initialize.yaml', 'node-heartbeat-with-lease.yaml'].flatMap((f) =>
      loadYamlDocuments(join(tools.kwokShare, f)),
    );
    await applyStages(nodeStages);
    const syncPodStages = async () => {
      const desired = podStages(rules, podReadyDelayMs);
      await applyStages(desired);
      const names = new Set(desired.map((s) => s.metadata.name));
      const current = await api.call('GET', `/apis/kwok.x-k8s.io/v1alpha1/stages?labelSelector=${STAGE_LABEL}`);
      for (const s of current.items ?? [])
        if (!names.has(s.metadata.name))
          await api.call('DELETE', `/apis/kwok.x-k8s.io/v1alpha1/stages/${s.metadata.name}`);
    };
    await syncPodStages();
    const nodeNames = Array.from({ length: nodeCount }, (_, i) => `kwok-node-${i + 1}`);
    for (const name of nodeNames)
      await api.call('POST', '/api/v1/nodes', {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: {
          name,
          annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
          labels: {
            'kubernetes.io/hostname': name,
            'kubernetes.io/os': 'linux',
            'kubernetes.io/arch': 'amd64',
            type: 'kwok',
          },
        },
        status: {
          allocatable: { cpu: '32', memory: '256Gi', pods: '250' },
          capacity: { cpu: '32', memory: '256Gi', pods: '250' },
        },
      });

    // --- controller manager, scheduler, KWOK ---
    const kubeconfigFile = (name: string, bearer: string) =>
      file(`${name}.kubeconfig`, componentKubeconfig(url, tls.caCert, bearer));
    const kcmConfig = kubeconfigFile('kube-controller-manager', tokens.controllerManager);
    processes.start('kube-controller-manager', tools.bin['kube-controller-manager'], [
      `--kubeconfig=${kcmConfig}`,
      `--authentication-kubeconfig=${kcmConfig}`,
      `--authorization-kubeconfig=${kcmConfig}`,
      '--bind-address=127.0.0.1',
      '--secure-port=0',
      '--leader-elect=false',
      '--use-service-account-credentials=true',
      `--service-account-private-key-file=${saKeyPath}`,
      `--root-ca-file=${caPath}`,
      '--cluster-cidr=10.244.0.0/16',
      // No client-side throttle (kwokctl's --disable-qps-limits does the same): the default of 20
      // requests per second, not the controllers, would decide how fast 50 Deployments roll out.
      '--kube-api-qps=5000',
      '--kube-api-burst=10000',
      '--service-cluster-ip-range=10.96.0.0/16',
      '--profiling=false',
    ]);
    const schedulerConfig = kubeconfigFile('kube-scheduler', tokens.scheduler);
    processes.start('kube-scheduler', tools.bin['kube-scheduler'], [
      `--kubeconfig=${schedulerConfig}`,
      '--kube-api-qps=5000',
      '--kube-api-burst=10000',
      `--authentication-kubeconfig=${schedulerConfig}`,
      `--authorization-kubeconfig=${schedulerConfig}`,
      '--bind-address=127.0.0.1',
      '--secure-port=0',
      '--leader-elect=false',
      '--profiling=false',
    ]);
    const kwokConfig = kubeconfigFile('kwok', tokens.kwok);
    const kwokOptions = file('kwok.yaml', KWOK_CONFIGURATION);
    processes.start(
      'kwok',
      tools.bin.kwok,
      [
        `--config=${kwokOptions}`,
        `--kubeconfig=${kwokConfig}`,
        '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
        '--enable-crds=Stage',
        '--node-lease-duration-seconds=40',
        '--cidr=10.244.0.1/16',
        '--node-ip=10.0.0.1',
      ],
      { ...process.env, HOME: dir },
    );
    checker = new ConfigChecker(api, log);
    checker.start();

    const kwokLog = join(dir, 'logs', 'kwok.log');
    await until(
      () => `the KWOK nodes (last lines of kwok's log:\n${lastLines(kwokLog, 5)})`,
      60_000,
      processes,
      async () => {
        const nodes = await api.call('GET', '/api/v1/nodes');
        const ready = (nodes.items ?? []).filter((n: any) =>
          n.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True'),
        );
        return ready.length === nodeCount ? true : undefined;
      },
    );
    await until('the default ServiceAccount', 60_000, processes, async () =>
      (await api.request('GET', '/api/v1/namespaces/default/serviceaccounts/default')).status === 200
        ? true
        : undefined,
    );

    // --- the admin kubeconfig ---
    const kubeconfigFor = (bearer: string, namespace?: string) =>
      kubeconfigYaml({ server: url, token: bearer, caCert: tls.caCert, namespace, clusterName: 'control-plane' });
    const kubeconfig = kubeconfigFor(adminToken, options.namespace);
    writeFileSync(kubeconfigPath, kubeconfig, { mode: 0o600 });

    const audit = new AuditLog(auditLogPath);
    return {
      url,
      kubeconfig,
      kubeconfigPath,
      adminToken,
      caCert: tls.caCert,
      dir,
      tokenFor: (user, groups = []) => webhook.issue(user, groups),
      kubeconfigFor,
      async setPodRule(rule) {
        rules.push(typeof rule === 'string' ? parsePodRule(rule) : validatePodRule(rule));
        await syncPodStages();
      },
      async clearPodRules() {
        rules.length = 0;
        await syncPodStages();
      },
      requests: () => audit.entries(),
      requestCounts() {
        const counts: Record<string, number> = {};
        for (const entry of audit.entries()) counts[countKey(entry)] = (counts[countKey(entry)] ?? 0) + 1;
        return counts;
      },
      resetRequests: () => audit.reset(),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
