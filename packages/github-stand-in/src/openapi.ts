/**
 * GitHub's published OpenAPI description (api.github.com, from @octokit/openapi) as a
 * router and a validator: which operation a method and path are, and whether a request
 * or a response agrees with that operation's parameters and schemas.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsPlugin from 'ajv-formats';

type Json = any;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, /repos/{owner}/{repo}/deployments. */
  path: string;
  parameters: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

export interface MatchedOperation {
  operation: Operation;
  params: Record<string, string>;
}

const SPEC_ID = 'https://api.github.com/openapi.json';

/** Rewrites `#/components/...` references so that they resolve inside the spec added under SPEC_ID. */
function absoluteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node && typeof node === 'object') {
    const copy: Json = {};
    for (const [key, value] of Object.entries(node))
      copy[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#')
          ? `${SPEC_ID}${value}`
          : absoluteRefs(value);
    return copy;
  }
  return node;
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((e) => {
    const at = `${where}${e.instancePath}`;
    const allowed =
      e.keyword === 'enum' ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
    return `${at || where}: ${e.message ?? e.keyword}${allowed}`;
  });
}

export class OpenApiDescription {
  private readonly spec: Json;
  private readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly byId = new Map<string, Operation>();
  private readonly routes: Array<{ method: string; pattern: RegExp; names: string[]; operation: Operation }> = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(spec: Json) {
    this.spec = spec;
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: false });
    (addFormatsPlugin as unknown as (ajv: Ajv) => void)(this.ajv);
    this.ajv.addSchema({ $id: SPEC_ID, components: absoluteRefs(spec.components) });
    for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, Json>>)) {
      const shared: Json[] = item.parameters ?? [];
      for (const [method, raw] of Object.entries(item)) {
        if (!raw || typeof raw !== 'object' || !raw.operationId) continue;
        const operation: Operation = {
          operationId: raw.operationId,
          method: method.toUpperCase(),
          path,
          parameters: [...shared, ...(raw.parameters ?? [])].map((p) => this.resolve(p) as Parameter),
          requestBody: raw.requestBody ? this.resolve(raw.requestBody) : undefined,
          responses: Object.fromEntries(
            Object.entries(raw.responses ?? {}).map(([status, response]) => [status, this.resolve(response)]),
          ),
        };
        this.operations.push(operation);
        this.byId.set(operation.operationId, operation);
        const names: string[] = [];
        const pattern = new RegExp(
          `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{([^}]+)\\?\}/g, (_m, name: string) => {
            names.push(name);
            return '([^/]+)';
          })}$`,
        );
        this.routes.push({ method: operation.method, pattern, names, operation });
      }
    }
    // Literal segments win over parameters: /releases/latest before /releases/{release_id}.
    this.routes.sort((a, b) => a.names.length - b.names.length);
  }

  /** GitHub's description of api.github.com, as @octokit/openapi publishes it. */
  static load(): OpenApiDescription {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    return new OpenApiDescription(JSON.parse(readFileSync(file, 'utf8')));
  }

  get version(): string {
    return String(this.spec.info?.version ?? '');
  }

  operation(operationId: string): Operation {
    const operation = this.byId.get(operationId);
    if (!operation) throw new Error(`github-stand-in: GitHub's OpenAPI description has no operation ${operationId}`);
    return operation;
  }

  /** The operation a request is for; undefined when GitHub has no such route. */
  match(method: string, path: string): MatchedOperation | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
      return { operation: route.operation, params };
    }
    return undefined;
  }

  /** Problems with a request, as GitHub's validation would find them: parameters, then the JSON body. */
  validateRequest(
    operation: Operation,
    request: { params: Record<string, string>; query: URLSearchParams; body: unknown; hasBody: boolean },
  ): string[] {
    const problems: string[] = [];
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const raw = parameter.in === 'path' ? request.params[parameter.name] : request.query.get(parameter.name);
      if (raw === undefined || raw === null) {
        if (parameter.required) problems.push(`${parameter.in} parameter ${parameter.name}: required`);
        continue;
      }
      if (!parameter.schema) continue;
      const value = coerce(raw, parameter.schema);
      const validate = this.validator(`${operation.operationId}#${parameter.in}:${parameter.name}`, parameter.schema);
      if (!validate(value)) problems.push(...describe(validate.errors, `${parameter.in} parameter ${parameter.name}`));
    }
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    if (!request.hasBody) {
      if (operation.requestBody?.required) problems.push('body: required');
    } else if (schema) {
      const validate = this.validator(`${operation.operationId}#body`, schema);
      if (!validate(request.body)) problems.push(...describe(validate.errors, 'body'));
    }
    return problems;
  }

  /** Problems with a response: an undocumented status, or a body its schema does not allow. */
  validateResponse(operation: Operation, status: number, body: unknown): string[] {
    const response = operation.responses[String(status)] ?? operation.responses.default;
    if (!response) return [`status ${status} is not a documented response of ${operation.operationId}`];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return body === undefined ? [] : [`status ${status} of ${operation.operationId} has no body`];
    const validate = this.validator(`${operation.operationId}#${status}`, schema);
    return validate(body) ? [] : describe(validate.errors, `response ${status}`);
  }

  private validator(key: string, schema: Json): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(absoluteRefs(schema));
      this.validators.set(key, validate);
    }
    return validate;
  }

  private resolve(node: Json): Json {
    let current = node;
    for (let depth = 0; current?.$ref && depth < 10; depth += 1) {
      const path = String(current.$ref).replace(/^#\//, '').split('/');
      current = path.reduce((at: Json, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.spec);
    }
    return current;
  }
}

/** Query and path values arrive as text; their schema says what they are. */
function coerce(raw: string, schema: Json): unknown {
  const type = schema.type ?? schema.anyOf?.[0]?.type ?? schema.oneOf?.[0]?.type;
  if (type === 'integer' || type === 'number')
    return raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
