/**
 * A minimal OpenAPI v3 surface: the /openapi/v3 index and one document per group-version
 * listing each resource's PATCH operation with its group-version-kind and the query
 * parameters the server honours (fieldValidation, fieldManager, force, dryRun). kubectl
 * reads this to learn that the server validates fields itself, so `kubectl apply` works
 * without --validate=false. There are no schemas: /openapi/v2 stays a 404, and `kubectl
 * explain` has nothing to show.
 */
import type { ResourceRegistry } from '../api/resources.js';

function key(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

export function openApiV3Index(registry: ResourceRegistry) {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const { group, versions } of registry.groups()) {
    for (const version of versions)
      paths[key(group, version)] = {
        serverRelativeURL: `/openapi/v3/${key(group, version)}?hash=${registry.generation}`,
      };
  }
  return { paths };
}

const QUERY = (name: string, description: string) => ({
  name,
  in: 'query',
  description,
  schema: { type: 'string', uniqueItems: true },
});

export function openApiV3Document(registry: ResourceRegistry, path: string) {
  const parts = path.split('/').filter(Boolean);
  const group = parts[0] === 'apis' ? parts[1] : '';
  const version = parts[0] === 'apis' ? parts[2] : parts[1];
  if (!version || (parts[0] === 'apis' ? parts.length !== 3 : parts.length !== 2)) return undefined;
  const resources = registry.all().filter((r) => r.group === group && r.version === version);
  if (resources.length === 0) return undefined;
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  const paths: Record<string, unknown> = {};
  for (const r of resources) {
    if (!r.verbs.includes('patch')) continue;
    const at = r.namespaced
      ? `${prefix}/namespaces/{namespace}/${r.resource}/{name}`
      : `${prefix}/${r.resource}/{name}`;
    paths[at] = {
      patch: {
        operationId: `patch${r.kind}`,
        parameters: [
          QUERY('dryRun', 'When present, indicates that modifications should not be persisted.'),
          QUERY(
            'fieldManager',
            'fieldManager is a name associated with the actor or entity that is making these changes.',
          ),
          QUERY(
            'fieldValidation',
            'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields.',
          ),
          {
            name: 'force',
            in: 'query',
            description: 'Force is going to "force" Apply requests.',
            schema: { type: 'boolean', uniqueItems: true },
          },
        ],
        'x-kubernetes-action': 'patch',
        'x-kubernetes-group-version-kind': { group, version, kind: r.kind },
        responses: { '200': { description: 'OK' } },
      },
    };
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.37.2' },
    paths,
    components: { schemas: {} },
  };
}
