/**
 * What the server knows of the shape of built-in objects, as far as merging needs it:
 * which lists are associative (merged by key), which are sets of scalars, which maps
 * are atomic. This is the subset of the OpenAPI extensions (x-kubernetes-list-type,
 * x-kubernetes-list-map-keys, x-kubernetes-map-type, x-kubernetes-patch-merge-key)
 * that built-in kinds use in the places manifests touch.
 */

export type ListType =
  | {
      type: 'map';
      keys: string[];
      defaults?: Record<string, unknown>;
      /** Items are atomic structs (+structType=atomic): owned, merged and replaced whole. */
      atomicItems?: boolean;
    }
  | { type: 'set' }
  | { type: 'atomic' };

/** Path: field names from the root, list positions left out (e.g. spec.template.spec.containers.ports). */
export type FieldPath = readonly string[];

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

function parentIs(path: FieldPath, names: Set<string> | string): boolean {
  const parent = path[path.length - 2];
  return typeof names === 'string' ? parent === names : names.has(parent);
}

/** Server-side apply list semantics (x-kubernetes-list-type and list-map-keys). */
export function listTypeAt(path: FieldPath, extra?: (path: FieldPath) => ListType | undefined): ListType {
  const custom = extra?.(path);
  if (custom) return custom;
  const name = path[path.length - 1];
  switch (name) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
    case 'schedulingGates':
      return { type: 'map', keys: ['name'] };
    case 'ports':
      if (parentIs(path, CONTAINER_LISTS))
        return { type: 'map', keys: ['containerPort', 'protocol'], defaults: { protocol: 'TCP' } };
      if (path[0] === 'spec' && path.length === 2)
        return { type: 'map', keys: ['port', 'protocol'], defaults: { protocol: 'TCP' } };
      return { type: 'atomic' };
    case 'volumeMounts':
      return { type: 'map', keys: ['mountPath'] };
    case 'volumeDevices':
      return { type: 'map', keys: ['devicePath'] };
    case 'conditions':
      return { type: 'map', keys: ['type'] };
    case 'hostAliases':
      return { type: 'map', keys: ['ip'] };
    case 'topologySpreadConstraints':
      return { type: 'map', keys: ['topologyKey', 'whenUnsatisfiable'] };
    case 'readinessGates':
      return { type: 'map', keys: ['conditionType'] };
    case 'ownerReferences':
      return path.length === 2 && path[0] === 'metadata'
        ? { type: 'map', keys: ['uid'], atomicItems: true }
        : { type: 'atomic' };
    case 'finalizers':
      return path.length === 2 && path[0] === 'metadata' ? { type: 'set' } : { type: 'atomic' };
    case 'containerStatuses':
    case 'initContainerStatuses':
      return { type: 'atomic' };
    default:
      return { type: 'atomic' };
  }
}

/**
 * Maps and structs replaced as a whole (x-kubernetes-map-type: atomic, +structType=atomic):
 * label selectors, Service and node selectors, object references.
 */
const ATOMIC_MAPS = new Set([
  'selector',
  'labelSelector',
  'namespaceSelector',
  'podSelector',
  'nodeSelector',
  'roleRef',
  'involvedObject',
  'regarding',
  'related',
]);

/** `atomic`: paths (`data`) atomic in one kind only (a ControllerRevision's raw data). */
export function isAtomicMap(path: FieldPath, atomic?: ReadonlySet<string>): boolean {
  return ATOMIC_MAPS.has(path[path.length - 1]) || Boolean(atomic?.has(path.join('.')));
}

/** Strategic merge patch merge keys (x-kubernetes-patch-merge-key / patch-strategy=merge). */
export function patchMergeKeyAt(path: FieldPath): { key: string } | { primitiveMerge: true } | undefined {
  const name = path[path.length - 1];
  switch (name) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return { key: 'name' };
    case 'ports':
      if (parentIs(path, CONTAINER_LISTS)) return { key: 'containerPort' };
      if (path[0] === 'spec' && path.length === 2) return { key: 'port' };
      return undefined;
    case 'volumeMounts':
      return { key: 'mountPath' };
    case 'volumeDevices':
      return { key: 'devicePath' };
    case 'conditions':
      return { key: 'type' };
    case 'hostAliases':
      return { key: 'ip' };
    case 'topologySpreadConstraints':
      return { key: 'topologyKey' };
    case 'ownerReferences':
      return path.length === 2 ? { key: 'uid' } : undefined;
    case 'finalizers':
      return path.length === 2 ? { primitiveMerge: true } : undefined;
    default:
      return undefined;
  }
}

/**
 * What a built-in kind's Go zero value holds: non-pointer struct fields (which `omitempty`
 * never drops) and lists without `omitempty` (null). An Update that fills them does not create
 * them, so the server's managedFields give them no `.` member. Paths leave list positions out.
 */
export const ZERO_VALUE_STRUCTS: ReadonlySet<string> = new Set([
  'spec',
  'spec.names',
  'spec.containers',
  'spec.template.spec.containers',
  'spec.podSelector',
  'spec.jobTemplate',
  'spec.jobTemplate.metadata',
  'spec.jobTemplate.spec',
  'spec.jobTemplate.spec.template',
  'spec.jobTemplate.spec.template.metadata',
  'spec.jobTemplate.spec.template.spec',
  'spec.jobTemplate.spec.template.spec.containers',
  'status',
  'spec.template',
  'spec.template.metadata',
  'spec.template.spec',
  'spec.strategy',
  'spec.updateStrategy',
  'spec.resources',
  'spec.scaleTargetRef',
  'status.loadBalancer',
]);
