/**
 * The order to apply objects in: Helm's install order by kind, then dependency rules on top.
 *
 * Kinds: Helm's InstallOrder (pkg/release/v1/util/kind_sorter.go). Kinds not in the list come
 * after every listed kind; within one kind, and among the unlisted kinds, the input order is
 * kept (Helm sorts those by name; we keep the order the user wrote, which is often deliberate,
 * e.g. an Issuer before its Certificate).
 *
 * Dependencies, which win over the kind order when they disagree:
 *  - a custom resource comes after the CustomResourceDefinition in the set that defines its
 *    group and kind (and is ordered as an unlisted kind even if its kind name is a listed one);
 *  - a namespaced object comes after the Namespace object it names;
 *  - a RoleBinding or ClusterRoleBinding comes after the Role or ClusterRole its roleRef names.
 * The result is a stable topological order: the kind order, changed only where a dependency needs it.
 */
import type { LoadedObject } from './types.js';
import { apiGroup, crdIndex, groupKind, isClusterScoped } from './scope.js';

export const INSTALL_ORDER: readonly string[] = [
  'PriorityClass',
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
];

const RANK = new Map(INSTALL_ORDER.map((kind, index) => [kind, index]));
const UNKNOWN_RANK = INSTALL_ORDER.length;

/** Returns the objects in apply order (a new array; the input is not changed). */
export function applyOrder(objects: readonly LoadedObject[]): LoadedObject[] {
  const crds = crdIndex(objects);
  const rankOf = (item: LoadedObject): number => {
    const { apiVersion, kind } = item.object;
    if (crds.has(groupKind(apiVersion, kind))) return UNKNOWN_RANK;
    return RANK.get(kind) ?? UNKNOWN_RANK;
  };
  const sorted = objects
    .map((item, index) => ({ item, index, rank: rankOf(item) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);

  // Where each possible dependency is, by position in `sorted`.
  const namespaces = new Map<string, number>();
  const roles = new Map<string, number>();
  const crdPositions = new Map<string, number>();
  sorted.forEach((item, position) => {
    const { object } = item;
    const group = apiGroup(object.apiVersion);
    const name = object.metadata?.name;
    if (typeof name !== 'string') return;
    if (object.kind === 'CustomResourceDefinition' && group === 'apiextensions.k8s.io') {
      const spec = object.spec as { group?: unknown; names?: { kind?: unknown } } | undefined;
      const key = `${String(spec?.group)}/${String(spec?.names?.kind)}`;
      if (crds.get(key)?.crd === object) crdPositions.set(key, position);
    } else if (object.kind === 'Namespace' && group === '') namespaces.set(name, position);
    else if (group === 'rbac.authorization.k8s.io' && object.kind === 'ClusterRole')
      roles.set(`ClusterRole//${name}`, position);
    else if (group === 'rbac.authorization.k8s.io' && object.kind === 'Role')
      roles.set(`Role/${object.metadata.namespace ?? ''}/${name}`, position);
  });
  if (namespaces.size === 0 && roles.size === 0 && crdPositions.size === 0) return sorted;

  const dependencies = sorted.map((item, position): number[] => {
    const { object } = item;
    const found: number[] = [];
    const add = (at: number | undefined) => {
      if (at !== undefined && at !== position) found.push(at);
    };
    add(crdPositions.get(groupKind(object.apiVersion, object.kind)));
    const namespace = object.metadata?.namespace;
    if (typeof namespace === 'string' && namespace !== '' && !isClusterScoped(object.apiVersion, object.kind, crds)) {
      add(namespaces.get(namespace));
    }
    if (
      apiGroup(object.apiVersion) === 'rbac.authorization.k8s.io' &&
      (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding')
    ) {
      const roleRef = object.roleRef as { kind?: unknown; name?: unknown } | undefined;
      if (roleRef && typeof roleRef.name === 'string') {
        if (roleRef.kind === 'ClusterRole') add(roles.get(`ClusterRole//${roleRef.name}`));
        else if (roleRef.kind === 'Role' && object.kind === 'RoleBinding')
          add(roles.get(`Role/${namespace ?? ''}/${roleRef.name}`));
      }
    }
    return found;
  });

  // Kahn's algorithm, always taking the ready object that comes first in the kind order.
  const waitingOn = dependencies.map((list) => list.length);
  const dependents: number[][] = sorted.map(() => []);
  dependencies.forEach((list, position) => list.forEach((dependency) => dependents[dependency].push(position)));
  const ready = new MinHeap();
  waitingOn.forEach((count, position) => {
    if (count === 0) ready.push(position);
  });
  const emitted = new Array<boolean>(sorted.length).fill(false);
  const result: LoadedObject[] = [];
  let scan = 0;
  while (result.length < sorted.length) {
    let position = ready.pop();
    if (position === undefined) {
      // A cycle (not possible with these rules, but never hang): take the first one left.
      while (emitted[scan]) scan += 1;
      position = scan;
    }
    if (emitted[position]) continue;
    emitted[position] = true;
    result.push(sorted[position]);
    for (const dependent of dependents[position]) {
      waitingOn[dependent] -= 1;
      if (waitingOn[dependent] === 0 && !emitted[dependent]) ready.push(dependent);
    }
  }
  return result;
}

/** The files of the objects in apply order, each once, at the place of its earliest object. */
export function fileOrder(objects: readonly LoadedObject[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const item of applyOrder(objects)) {
    if (seen.has(item.source.file)) continue;
    seen.add(item.source.file);
    files.push(item.source.file);
  }
  return files;
}

/** A binary min-heap of positions. */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (items[parent] <= value) break;
      items[at] = items[parent];
      at = parent;
    }
    items[at] = value;
  }

  pop(): number | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right] < items[left] ? right : left;
        if (items[child] >= last) break;
        items[at] = items[child];
        at = child;
      }
      items[at] = last;
    }
    return top;
  }
}
