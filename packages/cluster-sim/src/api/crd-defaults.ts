/**
 * Structural-schema defaulting, as the API server does for custom resources: a property with
 * a `default` that the object leaves out gets it, wherever its parent object exists (in list
 * items and map values too). Defaults are never applied under a missing parent, and a
 * defaulted object is walked again, so defaults inside a default are filled in.
 */
type Json = any;

function fill(value: Json, schema: Json): void {
  if (!schema || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (schema.items) for (const item of value) fill(item, schema.items);
    return;
  }
  for (const [key, child] of Object.entries<Json>(schema.properties ?? {})) {
    if (value[key] === undefined && child && 'default' in child) value[key] = structuredClone(child.default);
    fill(value[key], child);
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    for (const [key, child] of Object.entries(value))
      if (!(schema.properties && key in schema.properties)) fill(child, schema.additionalProperties);
}

/** Fills in the defaults of a CRD version's openAPIV3Schema, in place (metadata is left alone). */
export function applySchemaDefaults(object: Json, schema: Json): void {
  if (!schema?.properties) return;
  for (const [key, child] of Object.entries<Json>(schema.properties)) {
    if (key === 'metadata' || key === 'apiVersion' || key === 'kind') continue;
    if (object[key] === undefined && child && 'default' in child) object[key] = structuredClone(child.default);
    fill(object[key], child);
  }
}
