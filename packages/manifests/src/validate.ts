/**
 * Validation before anything is applied: structure (what every object needs, names the API
 * server would refuse, the same object twice) and, when asked, the Kubernetes OpenAPI schemas.
 */
import { UserError, identityKey } from '@kra/core';
import type { KubeObject, LoadedObject, ManifestIssue, SourceLocation } from './types.js';
import { apiGroup, crdIndex, groupKind, isClusterScoped, type CrdIndex } from './scope.js';
import { showFile } from './yaml.js';
import { validateSchema } from './schema.js';
import { type NameRule, nameProblem } from './names.js';
import type { ValidationMode } from './inputs.js';

export { type NameRule, nameProblem } from './names.js';
export { VALIDATION_MODES, type ValidationMode } from './inputs.js';

export interface ValidateOptions {
  /** The namespace objects without one go to (for finding duplicates). Default: none, so `ns: default` and no namespace differ. */
  defaultNamespace?: string;
  /** The workspace, to show files relative to it. */
  root?: string;
}

/** `<group>/<version>` or a core `<version>`: the group a DNS subdomain, the version a DNS-1035 label (v1, v2beta1). */
const API_VERSION =
  /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/;

/**
 * The rule the API server checks an object's name with (pkg/apis/*\/validation): Namespace a
 * DNS-1123 label, Service a DNS-1035 label, RBAC objects any path segment (so `system:foo` is
 * fine), CronJob a subdomain of at most 52 characters (its Jobs add 11), the rest — custom
 * resources included — a DNS-1123 subdomain.
 */
export function nameRule(apiVersion: string, kind: string): { rule: NameRule; maxLength?: number } {
  const key = groupKind(apiVersion, kind);
  switch (key) {
    case '/Namespace':
      return { rule: 'dns1123-label' };
    case '/Service':
      return { rule: 'dns1035-label' };
    case 'rbac.authorization.k8s.io/Role':
    case 'rbac.authorization.k8s.io/ClusterRole':
    case 'rbac.authorization.k8s.io/RoleBinding':
    case 'rbac.authorization.k8s.io/ClusterRoleBinding':
      return { rule: 'path-segment' };
    case 'batch/CronJob':
      return { rule: 'dns1123-subdomain', maxLength: 52 };
    default:
      return { rule: 'dns1123-subdomain' };
  }
}

function describe(object: Partial<KubeObject>): string {
  const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
  const namespace = typeof object.metadata?.namespace === 'string' ? `${object.metadata.namespace}/` : '';
  return `${object.kind ?? 'object'} ${namespace}${name}`;
}

/** `file:line` (with the List item when there is one), for messages. */
export function formatLocation(source: SourceLocation, root?: string): string {
  return `${showFile(source.file, root)}:${source.line}${source.item !== undefined ? ` (item ${source.item})` : ''}`;
}

/** An issue as one line: `<file>:<line>: <message>`. */
export function formatIssue(issue: ManifestIssue, root?: string): string {
  return `${formatLocation(issue.source, root)}: ${issue.message}`;
}

/**
 * Structural checks on every object: apiVersion, kind and metadata.name present; names and
 * namespaces the API server accepts; a CRD named `<plural>.<group>`; no object defined twice
 * (same API group, kind, namespace and name — both places are named).
 */
export function validateStructure(objects: readonly LoadedObject[], options: ValidateOptions = {}): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const crds: CrdIndex = crdIndex(objects);
  const seen = new Map<string, LoadedObject>();
  for (const loaded of objects) {
    const { object, source } = loaded;
    const push = (message: string, path?: string) =>
      issues.push(path ? { message, source, object, path } : { message, source, object });
    if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
      push(`${describe(object)} has no apiVersion — add one, such as apps/v1`, 'apiVersion');
      continue;
    }
    if (typeof object.kind !== 'string' || object.kind === '') {
      push(`object has no kind — add one, such as Deployment`, 'kind');
      continue;
    }
    if (object.apiVersion.length > 317 || !API_VERSION.test(object.apiVersion)) {
      push(
        `${object.kind} has apiVersion "${object.apiVersion}", which is not <group>/<version> or v1 — fix the apiVersion`,
        'apiVersion',
      );
    }
    const metadata = object.metadata;
    if (metadata === null || typeof metadata !== 'object') {
      push(`${object.kind} has no metadata — add metadata with a name`, 'metadata');
      continue;
    }
    const name = metadata.name;
    if (name === undefined || name === null || name === '') {
      push(
        `${object.kind} has no metadata.name — name it${metadata.generateName ? ' (generateName cannot be applied: apply needs a fixed name)' : ''}`,
        'metadata.name',
      );
      continue;
    }
    if (typeof name !== 'string') {
      push(
        `${object.kind} has a metadata.name that is not a string (${JSON.stringify(name)}) — quote it`,
        'metadata.name',
      );
      continue;
    }
    const { rule, maxLength } = nameRule(object.apiVersion, object.kind);
    const problem = nameProblem(name, rule, maxLength);
    if (problem) push(`${object.kind} name "${name}" is invalid: it ${problem} — rename it`, 'metadata.name');
    if (object.kind === 'CustomResourceDefinition' && apiGroup(object.apiVersion) === 'apiextensions.k8s.io') {
      const spec = (object.spec ?? {}) as Record<string, any>;
      const expected = `${spec.names?.plural}.${spec.group}`;
      if (typeof spec.names?.plural === 'string' && typeof spec.group === 'string' && name !== expected) {
        push(
          `CustomResourceDefinition "${name}" must be named "${expected}" (<plural>.<group>) — rename it`,
          'metadata.name',
        );
      }
    }
    const clusterScoped = isClusterScoped(object.apiVersion, object.kind, crds);
    const namespace = metadata.namespace;
    if (namespace !== undefined && namespace !== null && namespace !== '') {
      if (typeof namespace !== 'string') {
        push(`${describe(object)} has a metadata.namespace that is not a string — quote it`, 'metadata.namespace');
      } else {
        const namespaceProblem = nameProblem(namespace, 'dns1123-label');
        if (namespaceProblem)
          push(
            `${object.kind} ${name} has namespace "${namespace}", which is invalid: it ${namespaceProblem} — fix the namespace`,
            'metadata.namespace',
          );
      }
    }
    // After namespace defaulting: `dup` without a namespace and `dup` in `default` are one object.
    const key = identityKey(object, { defaultNamespace: options.defaultNamespace, clusterScoped });
    const first = seen.get(key);
    if (first) {
      push(
        `${describe(object)} is defined twice: here and at ${formatLocation(first.source, options.root)} — keep one of them`,
      );
    } else {
      seen.set(key, loaded);
    }
  }
  return issues;
}

/** The issues of a validation mode: none, structure, or structure and then the schemas. */
export async function validateManifests(
  objects: readonly LoadedObject[],
  mode: ValidationMode,
  options: ValidateOptions = {},
): Promise<ManifestIssue[]> {
  if (mode === 'none') return [];
  const issues = validateStructure(objects, options);
  if (mode === 'schema') issues.push(...(await validateSchema(objects)));
  return issues;
}

/**
 * Validates and throws a UserError when anything is wrong: one line naming the first issue at
 * file:line and how many more there are (callers report each issue on its own, from
 * validateManifests, for annotations). Returns quietly when all is well.
 */
export async function assertValid(
  objects: readonly LoadedObject[],
  mode: ValidationMode,
  options: ValidateOptions = {},
): Promise<void> {
  const issues = await validateManifests(objects, mode, options);
  if (issues.length === 0) return;
  throw issuesError(issues, options.root);
}

/** The one-line error for a list of issues (the first, and how many more). */
export function issuesError(issues: readonly ManifestIssue[], root?: string): UserError {
  const first = issues[0];
  const more = issues.length - 1;
  const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
  return new UserError(`${formatIssue(first, root)}${suffix}`, {
    file: showFile(first.source.file, root),
    line: first.source.line,
  });
}
