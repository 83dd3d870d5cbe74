/**
 * What a CRD's structural schema says about merging: x-kubernetes-list-type (atomic, set,
 * map) with x-kubernetes-list-map-keys. Lists without it are atomic, as on a real server.
 */
import type { KObject } from '../store-api.js';
import type { FieldPath, ListType } from './schema.js';

type Json = any;

export function crdListType(crd: KObject, version: string): (path: FieldPath) => ListType | undefined {
  const schema = crd.spec?.versions?.find((v: Json) => v.name === version)?.schema?.openAPIV3Schema;
  return (path) => {
    let node: Json = schema;
    for (const field of path) {
      if (!node) return { type: 'atomic' };
      if (node.type === 'array') node = node.items;
      node = node?.properties?.[field] ?? node?.additionalProperties;
    }
    if (!node || node.type !== 'array') return { type: 'atomic' };
    const listType = node['x-kubernetes-list-type'];
    if (listType === 'map' && Array.isArray(node['x-kubernetes-list-map-keys']))
      return { type: 'map', keys: node['x-kubernetes-list-map-keys'] };
    if (listType === 'set') return { type: 'set' };
    return { type: 'atomic' };
  };
}
