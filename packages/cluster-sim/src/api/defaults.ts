/**
 * Defaulting, as the real API server applies it on create and update (the defaults that
 * matter to rollouts and to what `kubectl get -o yaml` shows). Returns new objects; the
 * input is not mutated.
 */
import type { KObject } from '../store-api.js';

type Json = any;

export interface DefaultingContext {
  /** Allocates a ClusterIP for a Service (only on create). */
  allocateClusterIP(): string;
  allocateNodePort(): number;
  /** The uid of the object being created (Jobs use it in their selector). */
  uid: string;
  creating: boolean;
}

function imagePullPolicy(image: string | undefined): string {
  if (!image) return 'IfNotPresent';
  const withoutDigest = image.split('@')[0];
  if (image.includes('@')) return 'IfNotPresent';
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'Always';
  return withoutDigest.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: Json): Json {
  if (!probe || typeof probe !== 'object') return probe;
  const out = { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3, ...probe };
  if (out.httpGet) out.httpGet = { scheme: 'HTTP', ...out.httpGet, path: out.httpGet.path ?? '/' };
  return out;
}

function defaultContainer(container: Json): Json {
  if (!container || typeof container !== 'object') return container;
  const out: Json = {
    ...container,
    imagePullPolicy: container.imagePullPolicy ?? imagePullPolicy(container.image),
    terminationMessagePath: container.terminationMessagePath ?? '/dev/termination-log',
    terminationMessagePolicy: container.terminationMessagePolicy ?? 'File',
    resources: container.resources ?? {},
  };
  if (Array.isArray(container.ports))
    out.ports = container.ports.map((p: Json) => ({ ...p, protocol: p?.protocol ?? 'TCP' }));
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe'])
    if (container[probe]) out[probe] = defaultProbe(container[probe]);
  if (Array.isArray(container.env)) {
    out.env = container.env.map((e: Json) =>
      e?.valueFrom?.fieldRef
        ? { ...e, valueFrom: { ...e.valueFrom, fieldRef: { apiVersion: 'v1', ...e.valueFrom.fieldRef } } }
        : e,
    );
  }
  return out;
}

function defaultVolume(volume: Json): Json {
  if (!volume || typeof volume !== 'object') return volume;
  const out = { ...volume };
  if (out.secret) out.secret = { defaultMode: 420, ...out.secret };
  if (out.configMap) out.configMap = { defaultMode: 420, ...out.configMap };
  if (out.projected) out.projected = { defaultMode: 420, ...out.projected };
  if (out.downwardAPI) out.downwardAPI = { defaultMode: 420, ...out.downwardAPI };
  return out;
}

export function defaultPodSpec(spec: Json, forPod: boolean): Json {
  if (!spec || typeof spec !== 'object') return spec;
  const out: Json = {
    ...spec,
    restartPolicy: spec.restartPolicy ?? 'Always',
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
    dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
    securityContext: spec.securityContext ?? {},
    schedulerName: spec.schedulerName ?? 'default-scheduler',
  };
  if (Array.isArray(spec.containers)) out.containers = spec.containers.map(defaultContainer);
  if (Array.isArray(spec.initContainers)) out.initContainers = spec.initContainers.map(defaultContainer);
  if (Array.isArray(spec.volumes)) out.volumes = spec.volumes.map(defaultVolume);
  if (spec.serviceAccount && !spec.serviceAccountName) out.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName && !spec.serviceAccount) out.serviceAccount = spec.serviceAccountName;
  if (forPod) {
    out.serviceAccountName ??= 'default';
    out.serviceAccount ??= out.serviceAccountName;
    out.enableServiceLinks ??= true;
    out.priority ??= 0;
    out.preemptionPolicy ??= 'PreemptLowerPriority';
    out.tolerations ??= [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ];
  }
  return out;
}

function defaultTemplate(template: Json): Json {
  if (!template || typeof template !== 'object') return template;
  return { ...template, metadata: template.metadata ?? {}, spec: defaultPodSpec(template.spec, false) };
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Resources whose objects carry metadata.generation. */
export const GENERATION_RESOURCES = new Set([
  'apps/deployments',
  'apps/replicasets',
  'apps/statefulsets',
  'apps/daemonsets',
  'batch/jobs',
  'batch/cronjobs',
  'autoscaling/horizontalpodautoscalers',
  'policy/poddisruptionbudgets',
  'networking.k8s.io/ingresses',
  'networking.k8s.io/networkpolicies',
  'networking.k8s.io/ingressclasses',
  'apiextensions.k8s.io/customresourcedefinitions',
  '/replicationcontrollers',
  'storage.k8s.io/storageclasses',
]);

export function applyDefaults(group: string, resource: string, object: KObject, ctx: DefaultingContext): KObject {
  const o: Json = { ...object };
  const spec: Json = o.spec && typeof o.spec === 'object' ? { ...o.spec } : o.spec;
  switch (`${group}/${resource}`) {
    case 'apps/deployments': {
      o.spec = {
        ...spec,
        replicas: spec?.replicas ?? 1,
        revisionHistoryLimit: spec?.revisionHistoryLimit ?? 10,
        progressDeadlineSeconds: spec?.progressDeadlineSeconds ?? 600,
        template: defaultTemplate(spec?.template),
      };
      const strategy = { type: 'RollingUpdate', ...(spec?.strategy ?? {}) };
      if (strategy.type === 'RollingUpdate')
        strategy.rollingUpdate = { maxUnavailable: '25%', maxSurge: '25%', ...(strategy.rollingUpdate ?? {}) };
      o.spec.strategy = strategy;
      break;
    }
    case 'apps/replicasets':
      o.spec = { ...spec, replicas: spec?.replicas ?? 1, template: defaultTemplate(spec?.template) };
      break;
    case '/replicationcontrollers':
      o.spec = { ...spec, replicas: spec?.replicas ?? 1, template: defaultTemplate(spec?.template) };
      break;
    case 'apps/statefulsets': {
      const updateStrategy = { type: 'RollingUpdate', ...(spec?.updateStrategy ?? {}) };
      if (updateStrategy.type === 'RollingUpdate')
        updateStrategy.rollingUpdate = { partition: 0, ...(updateStrategy.rollingUpdate ?? {}) };
      o.spec = {
        ...spec,
        replicas: spec?.replicas ?? 1,
        podManagementPolicy: spec?.podManagementPolicy ?? 'OrderedReady',
        revisionHistoryLimit: spec?.revisionHistoryLimit ?? 10,
        persistentVolumeClaimRetentionPolicy: spec?.persistentVolumeClaimRetentionPolicy ?? {
          whenDeleted: 'Retain',
          whenScaled: 'Retain',
        },
        updateStrategy,
        template: defaultTemplate(spec?.template),
      };
      break;
    }
    case 'apps/daemonsets': {
      const updateStrategy = { type: 'RollingUpdate', ...(spec?.updateStrategy ?? {}) };
      if (updateStrategy.type === 'RollingUpdate')
        updateStrategy.rollingUpdate = { maxUnavailable: 1, maxSurge: 0, ...(updateStrategy.rollingUpdate ?? {}) };
      o.spec = {
        ...spec,
        revisionHistoryLimit: spec?.revisionHistoryLimit ?? 10,
        updateStrategy,
        template: defaultTemplate(spec?.template),
      };
      break;
    }
    case 'batch/jobs': {
      const j: Json = { ...spec };
      if (j.completions === undefined && j.parallelism === undefined) {
        j.completions = 1;
        j.parallelism = 1;
      }
      j.parallelism ??= 1;
      j.backoffLimit ??= 6;
      j.completionMode ??= 'NonIndexed';
      j.suspend ??= false;
      j.podReplacementPolicy ??= 'TerminatingOrFailed';
      j.template = defaultTemplate(j.template);
      if (ctx.creating && !j.manualSelector) {
        const labels = { 'batch.kubernetes.io/controller-uid': ctx.uid };
        j.selector ??= { matchLabels: labels };
        j.template = {
          ...j.template,
          metadata: {
            ...(j.template?.metadata ?? {}),
            labels: {
              ...(j.template?.metadata?.labels ?? {}),
              'batch.kubernetes.io/controller-uid': ctx.uid,
              'batch.kubernetes.io/job-name': o.metadata.name,
              'controller-uid': ctx.uid,
              'job-name': o.metadata.name,
            },
          },
        };
      }
      o.spec = j;
      break;
    }
    case 'batch/cronjobs':
      o.spec = {
        concurrencyPolicy: 'Allow',
        suspend: false,
        successfulJobsHistoryLimit: 3,
        failedJobsHistoryLimit: 1,
        ...spec,
      };
      if (o.spec.jobTemplate?.spec) {
        o.spec.jobTemplate = {
          ...o.spec.jobTemplate,
          spec: { backoffLimit: 6, completionMode: 'NonIndexed', suspend: false, ...o.spec.jobTemplate.spec },
        };
        o.spec.jobTemplate.spec.template = defaultTemplate(o.spec.jobTemplate.spec.template);
      }
      break;
    case '/pods':
      o.spec = defaultPodSpec(spec, true);
      o.status ??= { phase: 'Pending', qosClass: 'BestEffort' };
      break;
    case '/services': {
      const s: Json = { ...spec };
      s.type ??= 'ClusterIP';
      s.sessionAffinity ??= 'None';
      if (Array.isArray(s.ports))
        s.ports = s.ports.map((p: Json) => ({
          ...p,
          protocol: p?.protocol ?? 'TCP',
          targetPort: p?.targetPort ?? p?.port,
        }));
      if (s.type !== 'ExternalName') {
        if (ctx.creating && s.clusterIP === undefined) s.clusterIP = ctx.allocateClusterIP();
        if (s.clusterIP !== undefined) s.clusterIPs ??= [s.clusterIP];
        s.ipFamilies ??= ['IPv4'];
        s.ipFamilyPolicy ??= 'SingleStack';
        s.internalTrafficPolicy ??= 'Cluster';
      }
      if (s.type === 'NodePort' || s.type === 'LoadBalancer') {
        s.externalTrafficPolicy ??= 'Cluster';
        if (Array.isArray(s.ports))
          s.ports = s.ports.map((p: Json) => ({ ...p, nodePort: p.nodePort ?? ctx.allocateNodePort() }));
        if (s.type === 'LoadBalancer') s.allocateLoadBalancerNodePorts ??= true;
      }
      o.spec = s;
      o.status ??= { loadBalancer: {} };
      break;
    }
    case '/secrets': {
      o.type ??= 'Opaque';
      if (o.stringData && typeof o.stringData === 'object') {
        const data = { ...(o.data ?? {}) };
        for (const [key, value] of Object.entries(o.stringData)) data[key] = base64(String(value));
        o.data = data;
        delete o.stringData;
      }
      break;
    }
    case '/namespaces':
      o.metadata = {
        ...o.metadata,
        labels: { ...(o.metadata.labels ?? {}), 'kubernetes.io/metadata.name': o.metadata.name },
      };
      o.spec = { finalizers: ['kubernetes'], ...(spec ?? {}) };
      o.status = { phase: 'Active', ...(o.status ?? {}) };
      break;
    case '/persistentvolumeclaims':
      o.spec = { volumeMode: 'Filesystem', ...(spec ?? {}) };
      break;
    case 'networking.k8s.io/ingresses':
      o.status ??= { loadBalancer: {} };
      break;
    case 'networking.k8s.io/networkpolicies':
      if (spec && !spec.policyTypes)
        o.spec = { ...spec, policyTypes: spec.egress ? ['Ingress', 'Egress'] : ['Ingress'] };
      break;
    case 'policy/poddisruptionbudgets':
      break;
    case 'autoscaling/horizontalpodautoscalers':
      o.spec = { minReplicas: 1, ...(spec ?? {}) };
      break;
    case 'apiextensions.k8s.io/customresourcedefinitions':
      if (spec?.names && !spec.names.singular)
        o.spec = { ...spec, names: { ...spec.names, singular: String(spec.names.kind ?? '').toLowerCase() } };
      if (o.spec?.names && !o.spec.names.listKind)
        o.spec = { ...o.spec, names: { ...o.spec.names, listKind: `${o.spec.names.kind}List` } };
      break;
  }
  return o as KObject;
}
