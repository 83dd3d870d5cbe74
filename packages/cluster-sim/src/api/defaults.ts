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
  /** The server's time (RFC 3339), for timestamps set on create. */
  now: string;
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

function defaultPodSpec(spec: Json, forPod: boolean): Json {
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
  if (forPod) out.enableServiceLinks ??= true;
  return out;
}

const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';

function randomSuffix(length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += NAME_CHARS[Math.floor(Math.random() * NAME_CHARS.length)];
  return out;
}

/**
 * What the admission plugins a real API server runs by default add to a new pod (ServiceAccount
 * with its token volume, Priority, DefaultTolerationSeconds). They run after the field manager,
 * so the creator does not own these fields.
 */
function admitPod(spec: Json): Json {
  if (!spec || typeof spec !== 'object') return spec;
  const out: Json = { ...spec };
  out.serviceAccountName ??= out.serviceAccount ?? 'default';
  out.serviceAccount ??= out.serviceAccountName;
  out.priority ??= 0;
  out.preemptionPolicy ??= 'PreemptLowerPriority';
  const tolerations: Json[] = [...(out.tolerations ?? [])];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'])
    if (!tolerations.some((t) => t?.key === key && t?.effect === 'NoExecute'))
      tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  out.tolerations = tolerations;
  if (out.automountServiceAccountToken !== false) {
    const name = `kube-api-access-${randomSuffix()}`;
    out.volumes = [
      ...(out.volumes ?? []),
      {
        name,
        projected: {
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            {
              downwardAPI: {
                items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
              },
            },
          ],
          defaultMode: 420,
        },
      },
    ];
    const mount = { name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' };
    const withMount = (c: Json) =>
      (c.volumeMounts ?? []).some((m: Json) => m?.mountPath === mount.mountPath)
        ? c
        : { ...c, volumeMounts: [...(c.volumeMounts ?? []), mount] };
    if (Array.isArray(out.containers)) out.containers = out.containers.map(withMount);
    if (Array.isArray(out.initContainers)) out.initContainers = out.initContainers.map(withMount);
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
  '/pods',
  'discovery.k8s.io/endpointslices',
  'scheduling.k8s.io/priorityclasses',
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
      o.status ??= {};
      break;
    }
    case 'apps/replicasets':
      o.spec = { ...spec, replicas: spec?.replicas ?? 1, template: defaultTemplate(spec?.template) };
      o.status ??= { replicas: 0 };
      break;
    case '/replicationcontrollers': {
      o.spec = { ...spec, replicas: spec?.replicas ?? 1, template: defaultTemplate(spec?.template) };
      // an empty selector and empty labels come from the template's labels (SetDefaults_ReplicationController)
      const templateLabels = spec?.template?.metadata?.labels;
      if (templateLabels && Object.keys(templateLabels).length) {
        if (!spec?.selector || !Object.keys(spec.selector).length) o.spec.selector = { ...templateLabels };
        if (!o.metadata?.labels || !Object.keys(o.metadata.labels).length)
          o.metadata = { ...o.metadata, labels: { ...templateLabels } };
      }
      o.status ??= { replicas: 0 };
      break;
    }
    case 'apps/statefulsets': {
      const updateStrategy = { type: 'RollingUpdate', ...(spec?.updateStrategy ?? {}) };
      if (updateStrategy.type === 'RollingUpdate')
        updateStrategy.rollingUpdate = { partition: 0, maxUnavailable: 1, ...(updateStrategy.rollingUpdate ?? {}) };
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
      o.status ??= { replicas: 0, availableReplicas: 0 };
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
      if (ctx.creating)
        o.metadata = {
          ...o.metadata,
          annotations: { ...(o.metadata.annotations ?? {}), 'deprecated.daemonset.template.generation': '1' },
        };
      o.status ??= { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 };
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
      j.manualSelector ??= false;
      j.template = defaultTemplate(j.template);
      o.spec = j;
      o.status ??= {};
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
        o.spec.jobTemplate = { metadata: {}, ...o.spec.jobTemplate, spec: { ...o.spec.jobTemplate.spec } };
        o.spec.jobTemplate.spec.template = defaultTemplate(o.spec.jobTemplate.spec.template);
      }
      o.status ??= {};
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
      if (s.type !== 'ExternalName') s.internalTrafficPolicy ??= 'Cluster';
      if (s.type === 'NodePort' || s.type === 'LoadBalancer') {
        s.externalTrafficPolicy ??= 'Cluster';
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
      o.status ??= { phase: 'Pending' };
      break;
    case '/persistentvolumes': {
      const pv: Json = { persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', ...(spec ?? {}) };
      if (pv.hostPath) pv.hostPath = { type: '', ...pv.hostPath };
      o.spec = pv;
      if (ctx.creating) o.status ??= { phase: 'Pending', lastPhaseTransitionTime: ctx.now };
      break;
    }
    case '/resourcequotas':
      o.status ??= {};
      break;
    case '/limitranges':
      if (Array.isArray(spec?.limits))
        o.spec = {
          ...spec,
          limits: spec.limits.map((l: Json) =>
            l?.type === 'Container' && l.default && !l.defaultRequest ? { ...l, defaultRequest: l.default } : l,
          ),
        };
      break;
    case '/endpoints':
      if (Array.isArray(o.subsets))
        o.subsets = o.subsets.map((subset: Json) =>
          Array.isArray(subset?.ports)
            ? { ...subset, ports: subset.ports.map((p: Json) => ({ ...p, protocol: p?.protocol ?? 'TCP' })) }
            : subset,
        );
      break;
    case 'discovery.k8s.io/endpointslices':
      if (Array.isArray(o.endpoints))
        o.endpoints = o.endpoints.map((e: Json) => ({ ...e, conditions: e?.conditions ?? {} }));
      if (Array.isArray(o.ports))
        o.ports = o.ports.map((p: Json) => ({ ...p, name: p?.name ?? '', protocol: p?.protocol ?? 'TCP' }));
      break;
    case 'storage.k8s.io/storageclasses':
      o.reclaimPolicy ??= 'Delete';
      o.volumeBindingMode ??= 'Immediate';
      break;
    case 'scheduling.k8s.io/priorityclasses':
      o.preemptionPolicy ??= 'PreemptLowerPriority';
      break;
    case 'networking.k8s.io/ingresses':
      o.status ??= { loadBalancer: {} };
      break;
    case 'networking.k8s.io/networkpolicies':
      if (spec && !spec.policyTypes)
        o.spec = { ...spec, policyTypes: spec.egress ? ['Ingress', 'Egress'] : ['Ingress'] };
      break;
    case 'policy/poddisruptionbudgets':
      o.status ??= { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
      break;
    case 'autoscaling/horizontalpodautoscalers':
      o.spec = {
        minReplicas: 1,
        metrics: [
          { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } },
        ],
        ...(spec ?? {}),
      };
      o.status ??= { desiredReplicas: 0, currentMetrics: null };
      break;
    case 'apiextensions.k8s.io/customresourcedefinitions':
      o.spec = { ...spec, conversion: spec?.conversion ?? { strategy: 'None' } };
      if (ctx.creating)
        o.status ??= {
          conditions: null,
          acceptedNames: { plural: '', kind: '' },
          storedVersions: (spec?.versions ?? []).filter((v: Json) => v?.storage).map((v: Json) => v.name),
        };
      if (spec?.names && !spec.names.singular)
        o.spec = { ...spec, names: { ...spec.names, singular: String(spec.names.kind ?? '').toLowerCase() } };
      if (o.spec?.names && !o.spec.names.listKind)
        o.spec = { ...o.spec, names: { ...o.spec.names, listKind: `${o.spec.names.kind}List` } };
      break;
  }
  return o as KObject;
}

/**
 * What a real API server changes after the field manager has recorded the writer's fields:
 * mutating admission (ServiceAccount, Priority, DefaultTolerationSeconds, StorageObjectInUseProtection),
 * the strategies' PrepareForCreate (a Job's selector and labels) and the allocators (a Service's
 * cluster IP and node ports). The writer does not own what this adds.
 */
export function admitObject(group: string, resource: string, object: KObject, ctx: DefaultingContext): KObject {
  const o: Json = { ...object };
  switch (`${group}/${resource}`) {
    case '/pods':
      if (ctx.creating) o.spec = admitPod(o.spec);
      break;
    case '/services': {
      if (!o.spec || typeof o.spec !== 'object') break;
      const s: Json = { ...o.spec };
      if (s.type !== 'ExternalName') {
        if (ctx.creating && s.clusterIP === undefined) s.clusterIP = ctx.allocateClusterIP();
        if (s.clusterIP !== undefined) s.clusterIPs ??= [s.clusterIP];
        s.ipFamilies ??= ['IPv4'];
        s.ipFamilyPolicy ??= 'SingleStack';
      }
      if ((s.type === 'NodePort' || s.type === 'LoadBalancer') && Array.isArray(s.ports))
        s.ports = s.ports.map((p: Json) => ({ ...p, nodePort: p.nodePort ?? ctx.allocateNodePort() }));
      o.spec = s;
      break;
    }
    case 'batch/jobs': {
      if (!ctx.creating || !o.spec || o.spec.manualSelector) break;
      const labels = {
        'batch.kubernetes.io/controller-uid': ctx.uid,
        'batch.kubernetes.io/job-name': o.metadata.name,
        'controller-uid': ctx.uid,
        'job-name': o.metadata.name,
      };
      o.spec = {
        ...o.spec,
        selector: o.spec.selector ?? { matchLabels: { 'batch.kubernetes.io/controller-uid': ctx.uid } },
        template: {
          ...o.spec.template,
          metadata: {
            ...(o.spec.template?.metadata ?? {}),
            labels: { ...(o.spec.template?.metadata?.labels ?? {}), ...labels },
          },
        },
      };
      if (!o.metadata.labels || Object.keys(o.metadata.labels).length === 0)
        o.metadata = { ...o.metadata, labels: o.spec.template.metadata.labels };
      break;
    }
    case '/events':
      // zero values of fields without omitempty: the writer owns none of them
      o.source ??= {};
      for (const field of ['firstTimestamp', 'lastTimestamp', 'eventTime']) if (o[field] === undefined) o[field] = null;
      o.reportingComponent ??= '';
      o.reportingInstance ??= '';
      break;
    case 'events.k8s.io/events':
      o.deprecatedSource ??= {};
      for (const field of ['deprecatedFirstTimestamp', 'deprecatedLastTimestamp'])
        if (o[field] === undefined) o[field] = null;
      break;
    case '/persistentvolumeclaims':
    case '/persistentvolumes': {
      if (!ctx.creating) break;
      const finalizer =
        resource === 'persistentvolumes' ? 'kubernetes.io/pv-protection' : 'kubernetes.io/pvc-protection';
      const finalizers: string[] = o.metadata.finalizers ?? [];
      if (!finalizers.includes(finalizer)) o.metadata = { ...o.metadata, finalizers: [...finalizers, finalizer] };
      break;
    }
  }
  return o as KObject;
}

/**
 * Go's `omitempty`: a built-in object never holds an empty map or list where its type omits
 * them (metadata's labels, annotations, finalizers and owner references, a ConfigMap's or a
 * Secret's data, a pod template's labels and annotations).
 */
export function omitEmpty(resource: string, object: KObject): KObject {
  const empty = (v: unknown) =>
    v !== null && typeof v === 'object' && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
  const cleanMeta = (meta: Json) => {
    if (!meta || typeof meta !== 'object') return meta;
    let out = meta;
    for (const field of ['labels', 'annotations', 'finalizers', 'ownerReferences'])
      if (empty(meta[field])) {
        if (out === meta) out = { ...meta };
        delete out[field];
      }
    return out;
  };
  let o: Json = object;
  const metadata = cleanMeta(o.metadata);
  if (metadata !== o.metadata) o = { ...o, metadata };
  if (resource === 'configmaps' || resource === 'secrets')
    for (const field of ['data', 'binaryData', 'stringData'])
      if (empty(o[field])) {
        o = { ...o };
        delete o[field];
      }
  const template = o.spec?.template;
  if (template?.metadata) {
    const templateMeta = cleanMeta(template.metadata);
    if (templateMeta !== template.metadata)
      o = { ...o, spec: { ...o.spec, template: { ...template, metadata: templateMeta } } };
  }
  return o as KObject;
}
