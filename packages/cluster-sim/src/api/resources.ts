/**
 * The resource registry: which resources the server serves, under which group and
 * version, their kind, scope, short names and subresources. Built-in kinds are listed
 * here; custom resources are added and removed as their CRDs become Established or go.
 */

export interface ResourceInfo {
  group: string; // '' for core
  version: string;
  resource: string; // plural
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  verbs: string[];
  /** Subresources served: status, scale, log, ... */
  subresources: string[];
  /** For custom resources: the CRD's printer columns and whether the status subresource exists. */
  custom?: {
    additionalPrinterColumns?: Array<{
      name: string;
      type: string;
      jsonPath: string;
      description?: string;
      priority?: number;
    }>;
  };
  /** Scale subresource paths (CRDs may declare their own). */
  scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
const NO_COLLECTION_VERBS = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

const DEFAULT_SCALE = {
  specReplicasPath: '.spec.replicas',
  statusReplicasPath: '.status.replicas',
  labelSelectorPath: '.status.selector',
};

function r(
  group: string,
  version: string,
  resource: string,
  kind: string,
  namespaced: boolean,
  extra: Partial<Omit<ResourceInfo, 'group' | 'version' | 'resource' | 'kind' | 'namespaced'>> = {},
): ResourceInfo {
  return {
    group,
    version,
    resource,
    kind,
    namespaced,
    singular: kind.toLowerCase(),
    verbs: ALL_VERBS,
    subresources: [],
    ...extra,
  };
}

export const BUILTIN_RESOURCES: ResourceInfo[] = [
  r('', 'v1', 'namespaces', 'Namespace', false, {
    shortNames: ['ns'],
    subresources: ['status', 'finalize'],
    verbs: NO_COLLECTION_VERBS,
  }),
  r('', 'v1', 'nodes', 'Node', false, { shortNames: ['no'], subresources: ['status'] }),
  r('', 'v1', 'configmaps', 'ConfigMap', true, { shortNames: ['cm'] }),
  r('', 'v1', 'secrets', 'Secret', true),
  r('', 'v1', 'services', 'Service', true, {
    shortNames: ['svc'],
    categories: ['all'],
    subresources: ['status'],
    verbs: NO_COLLECTION_VERBS.concat(['deletecollection']).sort(),
  }),
  r('', 'v1', 'serviceaccounts', 'ServiceAccount', true, { shortNames: ['sa'], subresources: ['token'] }),
  r('', 'v1', 'pods', 'Pod', true, {
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['status', 'log', 'eviction', 'binding', 'ephemeralcontainers'],
  }),
  r('', 'v1', 'events', 'Event', true, { shortNames: ['ev'] }),
  r('', 'v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', true, {
    shortNames: ['pvc'],
    subresources: ['status'],
  }),
  r('', 'v1', 'persistentvolumes', 'PersistentVolume', false, { shortNames: ['pv'], subresources: ['status'] }),
  r('', 'v1', 'endpoints', 'Endpoints', true, { shortNames: ['ep'] }),
  r('', 'v1', 'resourcequotas', 'ResourceQuota', true, { shortNames: ['quota'], subresources: ['status'] }),
  r('', 'v1', 'limitranges', 'LimitRange', true, { shortNames: ['limits'] }),
  r('', 'v1', 'replicationcontrollers', 'ReplicationController', true, {
    shortNames: ['rc'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    scale: DEFAULT_SCALE,
  }),
  r('apps', 'v1', 'deployments', 'Deployment', true, {
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    scale: DEFAULT_SCALE,
  }),
  r('apps', 'v1', 'replicasets', 'ReplicaSet', true, {
    shortNames: ['rs'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    scale: DEFAULT_SCALE,
  }),
  r('apps', 'v1', 'statefulsets', 'StatefulSet', true, {
    shortNames: ['sts'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    scale: DEFAULT_SCALE,
  }),
  r('apps', 'v1', 'daemonsets', 'DaemonSet', true, {
    shortNames: ['ds'],
    categories: ['all'],
    subresources: ['status'],
  }),
  r('apps', 'v1', 'controllerrevisions', 'ControllerRevision', true),
  r('batch', 'v1', 'jobs', 'Job', true, { categories: ['all'], subresources: ['status'] }),
  r('batch', 'v1', 'cronjobs', 'CronJob', true, { shortNames: ['cj'], categories: ['all'], subresources: ['status'] }),
  r('autoscaling', 'v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', true, {
    shortNames: ['hpa'],
    categories: ['all'],
    subresources: ['status'],
  }),
  r('policy', 'v1', 'poddisruptionbudgets', 'PodDisruptionBudget', true, {
    shortNames: ['pdb'],
    subresources: ['status'],
  }),
  r('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true, { shortNames: ['ing'], subresources: ['status'] }),
  r('networking.k8s.io', 'v1', 'ingressclasses', 'IngressClass', false),
  r('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicy', true, { shortNames: ['netpol'] }),
  r('rbac.authorization.k8s.io', 'v1', 'roles', 'Role', true),
  r('rbac.authorization.k8s.io', 'v1', 'rolebindings', 'RoleBinding', true),
  r('rbac.authorization.k8s.io', 'v1', 'clusterroles', 'ClusterRole', false),
  r('rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', 'ClusterRoleBinding', false),
  r('authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', 'SelfSubjectAccessReview', false, { verbs: ['create'] }),
  r('authorization.k8s.io', 'v1', 'selfsubjectrulesreviews', 'SelfSubjectRulesReview', false, { verbs: ['create'] }),
  r('authorization.k8s.io', 'v1', 'subjectaccessreviews', 'SubjectAccessReview', false, { verbs: ['create'] }),
  r('authentication.k8s.io', 'v1', 'selfsubjectreviews', 'SelfSubjectReview', false, { verbs: ['create'] }),
  r('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlice', true),
  r('coordination.k8s.io', 'v1', 'leases', 'Lease', true),
  r('events.k8s.io', 'v1', 'events', 'Event', true, { shortNames: ['ev'] }),
  r('storage.k8s.io', 'v1', 'storageclasses', 'StorageClass', false, { shortNames: ['sc'] }),
  r('scheduling.k8s.io', 'v1', 'priorityclasses', 'PriorityClass', false, { shortNames: ['pc'] }),
  r('apiextensions.k8s.io', 'v1', 'customresourcedefinitions', 'CustomResourceDefinition', false, {
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    subresources: ['status'],
  }),
];

/** Resources that are served but never stored (reviews): create answers and forgets. */
export const VIRTUAL_RESOURCES = new Set([
  'selfsubjectaccessreviews',
  'selfsubjectrulesreviews',
  'subjectaccessreviews',
  'selfsubjectreviews',
]);

export function groupVersion(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

type Listener = () => void;

export class ResourceRegistry {
  private readonly byKey = new Map<string, ResourceInfo>();
  private readonly byGroupResource = new Map<string, ResourceInfo>();
  private readonly listeners = new Set<Listener>();
  /** Changes with every CRD added or removed; discovery answers carry it. */
  generation = 0;

  constructor(resources: ResourceInfo[] = BUILTIN_RESOURCES) {
    for (const info of resources) this.byKey.set(this.key(info.group, info.version, info.resource), info);
    this.reindex();
  }

  private reindex(): void {
    this.byGroupResource.clear();
    for (const info of this.byKey.values()) {
      const key = `${info.group}/${info.resource}`;
      if (!this.byGroupResource.has(key)) this.byGroupResource.set(key, info);
    }
  }

  private key(group: string, version: string, resource: string): string {
    return `${group}/${version}/${resource}`;
  }

  lookup(group: string, version: string, resource: string): ResourceInfo | undefined {
    return this.byKey.get(this.key(group, version, resource));
  }

  /** By group and plural only (the store keys objects by group and resource). */
  lookupResource(group: string, resource: string): ResourceInfo | undefined {
    return this.byGroupResource.get(`${group}/${resource}`);
  }

  byKind(group: string, kind: string): ResourceInfo | undefined {
    for (const info of this.byKey.values()) if (info.group === group && info.kind === kind) return info;
    return undefined;
  }

  all(): ResourceInfo[] {
    return [...this.byKey.values()];
  }

  /** The groups and their versions, core first, then in the order the server knows them. */
  groups(): Array<{ group: string; versions: string[] }> {
    const order = new Map<string, string[]>();
    for (const info of this.byKey.values()) {
      const versions = order.get(info.group) ?? [];
      if (!versions.includes(info.version)) versions.push(info.version);
      order.set(info.group, versions);
    }
    return [...order.entries()].map(([group, versions]) => ({ group, versions }));
  }

  add(info: ResourceInfo): void {
    this.byKey.set(this.key(info.group, info.version, info.resource), info);
    this.changed();
  }

  remove(group: string, resource: string): void {
    for (const [key, info] of this.byKey)
      if (info.group === group && info.resource === resource) this.byKey.delete(key);
    this.changed();
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.reindex();
    this.generation++;
    for (const listener of this.listeners) listener();
  }
}
