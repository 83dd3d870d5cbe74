/**
 * Objects pruned to what listing them needs (list-manifests, unless it validates schemas):
 * apiVersion, kind, metadata, and the names and images of the pod template's containers.
 * Kept whole: CRDs and RBAC bindings (the apply order reads their spec and roleRef) and
 * objects without their document's text (the bundle is then written from the object).
 * Ten thousand pruned objects cost a fraction of the memory and garbage collection of whole
 * ones, and cross from the parse worker to the action's thread far faster.
 */
import { CONTAINER_LISTS, findPodTemplate } from './pod.js';
import { apiGroup } from './scope.js';
import type { KubeObject, LoadedObject } from './types.js';

const KEPT_WHOLE = new Set([
  'apiextensions.k8s.io/CustomResourceDefinition',
  'rbac.authorization.k8s.io/RoleBinding',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
]);

export function pruneForListing(loaded: LoadedObject): LoadedObject {
  const { object } = loaded;
  if (loaded.text === undefined || KEPT_WHOLE.has(`${apiGroup(object.apiVersion)}/${object.kind}`)) return loaded;
  const pruned: KubeObject = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
  const found = findPodTemplate(object);
  if (found) {
    const spec: Record<string, unknown> = {};
    for (const list of CONTAINER_LISTS) {
      const containers = found.spec[list];
      if (!Array.isArray(containers)) continue;
      spec[list] = containers.map((container: unknown) => {
        if (container === null || typeof container !== 'object') return container;
        const { name, image } = container as Record<string, unknown>;
        return { name, image };
      });
    }
    // The same path as in the object (spec.template, spec.jobTemplate.spec.template, or none for a Pod).
    let node: Record<string, unknown> = pruned;
    for (const key of found.path === '' ? [] : found.path.split('.')) {
      const next: Record<string, unknown> = {};
      node[key] = next;
      node = next;
    }
    node.spec = spec;
  }
  return { ...loaded, object: pruned };
}
