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

export interface SchemaCause {
  reason?: string;
  message?: string;
  field?: string;
}

/**
 * A custom resource checked against its CRD version's schema: types, enums, required fields.
 * Type errors come first, then the others, as the API server reports them.
 */
export function validateCustomResource(crd: KObject | undefined, version: string, object: KObject): SchemaCause[] {
  const schema = crd?.spec?.versions?.find((v: Json) => v.name === version)?.schema?.openAPIV3Schema;
  if (!schema) return [];
  const typeCauses: SchemaCause[] = [];
  const causes: SchemaCause[] = [];
  const typeError = (value: Json, path: string, type: string, quoted: boolean) =>
    typeCauses.push({
      reason: 'FieldValueTypeInvalid',
      message: `Invalid value: "${typeof value}": ${path} in body must be of type ${type}${quoted ? `: "${typeof value}"` : ''}`,
      field: path,
    });
  const check = (value: Json, s: Json, path: string) => {
    if (!s || value === undefined || value === null) return;
    const type = s.type;
    if (type === 'object' && (typeof value !== 'object' || Array.isArray(value)))
      typeError(value, path, 'object', true);
    else if (type === 'array' && !Array.isArray(value)) typeError(value, path, 'array', false);
    else if (type === 'string' && typeof value !== 'string') typeError(value, path, 'string', true);
    else if ((type === 'integer' || type === 'number') && typeof value !== 'number') typeError(value, path, type, true);
    else if (type === 'boolean' && typeof value !== 'boolean') typeError(value, path, 'boolean', true);
    if (Array.isArray(s.enum) && !s.enum.includes(value))
      causes.push({
        reason: 'FieldValueNotSupported',
        message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${s.enum.map((e: Json) => JSON.stringify(e)).join(', ')}`,
        field: path,
      });
    if (type === 'object' && typeof value === 'object' && !Array.isArray(value)) {
      for (const required of s.required ?? [])
        if (value[required] === undefined)
          causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `${path}.${required}` });
      for (const [key, child] of Object.entries(s.properties ?? {})) check(value[key], child, `${path}.${key}`);
    }
    if (type === 'array' && Array.isArray(value) && s.items)
      value.forEach((item: Json, i: number) => check(item, s.items, `${path}[${i}]`));
  };
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
    check((object as Json)[key], child, key);
  }
  for (const required of schema.required ?? [])
    if ((object as Json)[required] === undefined)
      causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: required });
  return [...typeCauses, ...causes];
}
