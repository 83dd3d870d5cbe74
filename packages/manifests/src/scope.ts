/**
 * Identity and scope of objects: API group of an apiVersion, whether a kind is cluster-scoped
 * (built-in kinds, and CRDs found in the same set), and the object-list entry of the contracts.
 */
import { apiGroup, groupKind, identityKey, type ObjectListEntry } from '@kra/core';
import type { KubeObject, LoadedObject } from './types.js';

export { apiGroup, groupKind };

/** The built-in cluster-scoped kinds, by group/Kind (Kubernetes 1.34). */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  '/ComponentStatus',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'authentication.k8s.io/TokenReview',
  'authentication.k8s.io/SelfSubjectReview',
  'authorization.k8s.io/SubjectAccessReview',
  'authorization.k8s.io/SelfSubjectAccessReview',
  'authorization.k8s.io/SelfSubjectRulesReview',
  'certificates.k8s.io/CertificateSigningRequest',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'internal.apiserver.k8s.io/StorageVersion',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/IPAddress',
  'networking.k8s.io/ServiceCIDR',
  'node.k8s.io/RuntimeClass',
  'policy/PodSecurityPolicy',
  'extensions/PodSecurityPolicy',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceSlice',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'storagemigration.k8s.io/StorageVersionMigration',
]);

export interface CrdInfo {
  group: string;
  kind: string;
  scope: 'Namespaced' | 'Cluster';
  /** The served versions, with their openAPIV3Schema when given. */
  versions: Array<{ name: string; schema?: unknown }>;
  /** The CRD object itself. */
  crd: KubeObject;
  source?: LoadedObject['source'];
}

/** The CRDs of a set, by group/Kind. */
export type CrdIndex = ReadonlyMap<string, CrdInfo>;

function unwrap(item: KubeObject | LoadedObject): { object: KubeObject; source?: LoadedObject['source'] } {
  return 'source' in item && 'object' in item && item.object && typeof item.object === 'object'
    ? { object: item.object as KubeObject, source: item.source as LoadedObject['source'] }
    : { object: item as KubeObject };
}

export function isCrd(object: KubeObject): boolean {
  return object.kind === 'CustomResourceDefinition' && apiGroup(object.apiVersion) === 'apiextensions.k8s.io';
}

/** Indexes the CustomResourceDefinitions found among the objects by the group/Kind they define. */
export function crdIndex(objects: Iterable<KubeObject | LoadedObject>): CrdIndex {
  const index = new Map<string, CrdInfo>();
  for (const item of objects) {
    const { object, source } = unwrap(item);
    if (!isCrd(object)) continue;
    const spec = (object.spec ?? {}) as Record<string, any>;
    const group = typeof spec.group === 'string' ? spec.group : '';
    const kind = typeof spec.names?.kind === 'string' ? spec.names.kind : '';
    if (!group || !kind) continue;
    const versions: CrdInfo['versions'] = [];
    if (Array.isArray(spec.versions)) {
      for (const version of spec.versions) {
        if (version && typeof version.name === 'string') {
          versions.push({
            name: version.name,
            schema: version.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema,
          });
        }
      }
    } else if (typeof spec.version === 'string') {
      versions.push({ name: spec.version, schema: spec.validation?.openAPIV3Schema });
    }
    index.set(`${group}/${kind}`, {
      group,
      kind,
      scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
      versions,
      crd: object,
      source,
    });
  }
  return index;
}

function asIndex(crds: CrdIndex | Iterable<KubeObject | LoadedObject> | undefined): CrdIndex | undefined {
  if (crds === undefined) return undefined;
  return crds instanceof Map ? (crds as CrdIndex) : crdIndex(crds as Iterable<KubeObject | LoadedObject>);
}

/**
 * Whether objects of this apiVersion and kind are cluster-scoped: the built-in cluster-scoped
 * kinds, and kinds whose CRD (given as an index or as the set of objects) says `scope: Cluster`.
 * Unknown kinds count as namespaced, as most custom resources are.
 */
export function isClusterScoped(
  apiVersion: string,
  kind: string,
  crds?: CrdIndex | Iterable<KubeObject | LoadedObject>,
): boolean {
  const key = groupKind(apiVersion, kind);
  if (CLUSTER_SCOPED_KINDS.has(key)) return true;
  const crd = asIndex(crds)?.get(key);
  return crd?.scope === 'Cluster';
}

/**
 * The object-list entry of an object (docs/design.md, the contracts): the namespace is the object's own,
 * else `defaultNamespace` (else `default`), and omitted for cluster-scoped objects.
 */
export function objectRef(
  item: KubeObject | LoadedObject,
  defaultNamespace?: string,
  crds?: CrdIndex | Iterable<KubeObject | LoadedObject>,
): ObjectListEntry {
  const { object } = unwrap(item);
  const entry: ObjectListEntry = {
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: String(object.metadata?.name ?? ''),
  };
  if (!isClusterScoped(object.apiVersion, object.kind, crds)) {
    entry.namespace = object.metadata?.namespace || defaultNamespace || 'default';
  }
  return entry;
}

/** group/Kind/namespace/name: the identity of an object in a cluster (core's identityKey, after namespace defaulting). */
export function objectKey(item: KubeObject | LoadedObject, defaultNamespace?: string, crds?: CrdIndex): string {
  const { object } = unwrap(item);
  return identityKey(object, {
    defaultNamespace,
    clusterScoped: isClusterScoped(object.apiVersion, object.kind, crds),
  });
}

/** `kind/name` or `kind/namespace/name`, for messages. */
export function describeObject(item: KubeObject | LoadedObject): string {
  const { object } = unwrap(item);
  const namespace = object.metadata?.namespace;
  const name = object.metadata?.name ?? object.metadata?.generateName ?? '(no name)';
  return namespace ? `${object.kind} ${namespace}/${name}` : `${object.kind} ${name}`;
}

export { unwrap as unwrapObject };
