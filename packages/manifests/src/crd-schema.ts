/**
 * Validation of custom resources against the openAPIV3Schema of their CRD, when the CRD is in
 * the same set and carries one — as the API server does, including its strict field
 * validation: a field the schema does not declare is an error ("unknown field"), except under
 * `x-kubernetes-preserve-unknown-fields: true`, and apiVersion, kind and metadata are implicit
 * at the root and in embedded resources. Formats are not checked (the API server checks few).
 */
import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';

type AjvType = AjvClass;
import type { CrdInfo } from './scope.js';

type Schema = Record<string, unknown>;

const compiled = new WeakMap<object, ValidateFunction | Error>();
let ajvInstance: Promise<AjvType> | undefined;

/** ajv, loaded on first use (with the OpenAPI validators, in their lazy chunk when bundled). */
function ajv(): Promise<AjvType> {
  ajvInstance ??= import(/* webpackChunkName: "k8s-schemas" */ 'ajv')
    .catch((error: unknown) => {
      throw new Error(
        `the JSON schema validator (ajv) could not be loaded (${(error as Error).message}): the action's bundle is incomplete`,
        {
          cause: error,
        },
      );
    })
    .then((module) => {
      // ajv is CommonJS: Node gives its exports as named exports, a bundler may give them under `default`.
      const loaded = module as unknown as { Ajv?: unknown; default?: { Ajv?: unknown } | unknown };
      const candidates = [loaded.Ajv, (loaded.default as { Ajv?: unknown } | undefined)?.Ajv, loaded.default];
      const Ajv = candidates.find((candidate) => typeof candidate === 'function') as typeof AjvClass | undefined;
      if (!Ajv)
        throw new Error("the JSON schema validator (ajv) could not be loaded: the action's bundle is incomplete");
      return new Ajv({
        strict: false,
        allErrors: true,
        validateFormats: false,
        allowUnionTypes: true,
        validateSchema: false,
      });
    });
  return ajvInstance;
}

function isMapping(value: unknown): value is Schema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const IMPLICIT_OBJECT_FIELDS: Schema = {
  apiVersion: { type: 'string' },
  kind: { type: 'string' },
  metadata: { type: 'object' },
};

/** The CRD schema as the API server applies it (see the file comment), as plain JSON Schema for ajv. */
export function structuralSchema(schema: unknown, root = true): unknown {
  if (Array.isArray(schema)) return schema.map((item) => structuralSchema(item, false));
  if (!isMapping(schema)) return schema;
  const result: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isMapping(value)) {
      result.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, structuralSchema(child, false)]),
      );
    } else if (isMapping(value) || Array.isArray(value)) {
      result[key] = structuralSchema(value, false);
    } else {
      result[key] = value;
    }
  }
  if (root || schema['x-kubernetes-embedded-resource'] === true) {
    // The API server adds these; metadata is checked by the structural validation.
    result.properties = { ...((result.properties as Schema | undefined) ?? {}), ...IMPLICIT_OBJECT_FIELDS };
  }
  // x-kubernetes-int-or-string allows both, whatever `type` says.
  if (schema['x-kubernetes-int-or-string'] === true) delete result.type;
  const closed =
    isMapping(result.properties) &&
    result.additionalProperties === undefined &&
    schema['x-kubernetes-preserve-unknown-fields'] !== true;
  if (closed) result.additionalProperties = false;
  return result;
}

async function validatorFor(schema: object): Promise<ValidateFunction | Error> {
  const known = compiled.get(schema);
  if (known) return known;
  const compiler = await ajv();
  let validate: ValidateFunction | Error;
  try {
    validate = compiler.compile(structuralSchema(schema) as Schema);
  } catch (error) {
    validate = error as Error;
  }
  compiled.set(schema, validate);
  return validate;
}

export interface CrdSchemaResult {
  /** The version the object asks for is not served by its CRD. */
  unknownVersion?: string[];
  /** The CRD's schema could not be compiled. */
  schemaError?: string;
  errors: ErrorObject[];
}

/** Checks one custom resource against its CRD; undefined when the CRD has no schema for it. */
export async function validateCustomResource(
  object: Record<string, unknown>,
  version: string,
  crd: CrdInfo,
): Promise<CrdSchemaResult | undefined> {
  const entry = crd.versions.find((candidate) => candidate.name === version);
  if (!entry) return { unknownVersion: crd.versions.map((candidate) => candidate.name), errors: [] };
  if (!isMapping(entry.schema)) return undefined;
  const validate = await validatorFor(entry.schema);
  if (validate instanceof Error) return { schemaError: validate.message, errors: [] };
  return validate(object) ? { errors: [] } : { errors: validate.errors ?? [] };
}
