/**
 * Offline validation against the Kubernetes OpenAPI schemas, with the precompiled validators
 * of the `kubernetes-models` package. Each kind's validator is loaded on first use, so a set
 * of Deployments and Services loads two validators, not the whole API.
 *
 * Custom resources are checked against the openAPIV3Schema of their CRD when the CRD is in the
 * same set (see crd-schema.ts); without it they are skipped. A built-in group with a kind or
 * version Kubernetes does not have (a typo, or an API removed since, such as
 * extensions/v1beta1 Ingress) is an issue.
 */
import type { LoadedObject, ManifestIssue } from './types.js';
import { SCHEMA_MODELS, type SchemaModel } from './schema-models.js';
import { apiGroup, crdIndex } from './scope.js';
import { validateCustomResource } from './crd-schema.js';

interface AjvError {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const BUILT_IN_GROUPS = new Set(Object.keys(SCHEMA_MODELS).map((key) => apiGroup(key.slice(0, key.lastIndexOf('/')))));
const loaded = new Map<string, Promise<SchemaModel>>();

/**
 * The validating model of a kind, loaded once. One of the validator package's dependencies
 * loads Node's deprecated `punycode`; its deprecation warning says nothing to our users, so it
 * is silenced while the validators load.
 */
function loadModel(key: string): Promise<SchemaModel> | undefined {
  const loader = SCHEMA_MODELS[key];
  if (!loader) return undefined;
  let model = loaded.get(key);
  if (!model) {
    model = (async () => {
      const quiet = process.noDeprecation;
      process.noDeprecation = true;
      try {
        return await loader();
      } catch (error) {
        throw new Error(
          `the OpenAPI validators could not be loaded (${(error as Error).message}): the action's bundle is incomplete`,
          { cause: error },
        );
      } finally {
        process.noDeprecation = quiet;
      }
    })();
    loaded.set(key, model);
  }
  return model;
}

/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
export function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describeError(error: AjvError): { path: string; text: string } {
  const path = fieldPath(error.instancePath ?? '');
  const params = error.params ?? {};
  if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
    const missing = path ? `${path}.${params.missingProperty}` : params.missingProperty;
    return { path: missing, text: `${missing} is required` };
  }
  if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    const unknown = path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
    return { path: unknown, text: `${unknown} is not a field the schema knows (unknown field)` };
  }
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return {
      path,
      text: `${path || 'the object'} must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`,
    };
  }
  return { path, text: `${path || 'the object'} ${error.message ?? 'is invalid'}` };
}

function versionsOf(group: string, kind: string): string[] {
  return Object.keys(SCHEMA_MODELS)
    .filter((key) => key.endsWith(`/${kind}`))
    .map((key) => key.slice(0, key.length - kind.length - 1))
    .filter((apiVersion) => apiGroup(apiVersion) === group);
}

/**
 * Checks each built-in object against its kind's OpenAPI schema (types, required fields,
 * enums, formats such as quantities). Returns one issue per violation.
 */
export async function validateSchema(objects: readonly LoadedObject[]): Promise<ManifestIssue[]> {
  const issues: ManifestIssue[] = [];
  const crds = crdIndex(objects);
  for (const { object, source } of objects) {
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string') continue;
    const group = apiGroup(object.apiVersion);
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
    const crd = crds.get(`${group}/${object.kind}`);
    if (crd) {
      const version = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
      const result = await validateCustomResource(object, version, crd);
      if (result?.unknownVersion) {
        issues.push({
          message: `${object.kind} ${name}: its CustomResourceDefinition ${crd.crd.metadata?.name ?? ''} has no version ${version} — use apiVersion ${result.unknownVersion.map((v) => `${group}/${v}`).join(' or ')}`,
          source,
          object,
          path: 'apiVersion',
        });
      } else if (result?.schemaError) {
        issues.push({
          message: `${object.kind} ${name}: the schema of its CustomResourceDefinition cannot be used (${result.schemaError}) — fix the CRD`,
          source,
          object,
        });
      } else if (result) {
        for (const item of result.errors) {
          const { path, text } = describeError(item);
          issues.push({
            message: `${object.kind} ${name}: ${text} (CRD schema) — fix the field`,
            source,
            object,
            path,
          });
        }
      }
      continue;
    }
    if (!BUILT_IN_GROUPS.has(group)) continue;
    const model = loadModel(`${object.apiVersion}/${object.kind}`);
    if (!model) {
      const versions = versionsOf(group, object.kind);
      const hint =
        versions.length > 0
          ? `use apiVersion ${versions.join(' or ')}`
          : `check the kind (the ${group || 'core'} API group has no kind ${object.kind})`;
      issues.push({
        message: `${object.kind} ${name}: Kubernetes has no ${object.kind} in ${object.apiVersion} — ${hint}`,
        source,
        object,
        path: 'apiVersion',
      });
      continue;
    }
    const Model = await model;
    try {
      new Model(object as Record<string, unknown>).validate();
    } catch (error) {
      const errors = (error as { errors?: AjvError[] }).errors;
      if (!Array.isArray(errors)) throw error;
      for (const item of errors) {
        const { path, text } = describeError(item);
        issues.push({
          message: `${object.kind} ${name}: ${text} (OpenAPI schema) — fix the field`,
          source,
          object,
          path,
        });
      }
    }
  }
  return issues;
}
