/**
 * Turns a request path into what the API server needs to route it: resource or
 * non-resource, group, version, namespace, resource, name, subresource and verb, the
 * same breakdown the real server's RequestInfoResolver makes (and RBAC checks).
 */
import type { ResourceRegistry, ResourceInfo } from '../api/resources.js';

export interface RequestInfo {
  isResourceRequest: boolean;
  path: string;
  verb: string; // resource verbs, or lower-case HTTP method for non-resource requests
  apiPrefix?: 'api' | 'apis';
  group: string;
  version: string;
  namespace?: string;
  resource: string;
  name?: string;
  subresource?: string;
  info?: ResourceInfo;
}

function isTrue(value: string | null): boolean {
  return value === 'true' || value === '1';
}

export function resolveRequest(method: string, url: URL, registry: ResourceRegistry): RequestInfo {
  const path = url.pathname;
  const parts = path
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => decodeURIComponent(p));
  const nonResource: RequestInfo = {
    isResourceRequest: false,
    path,
    verb: method.toLowerCase(),
    group: '',
    version: '',
    resource: '',
  };
  let rest: string[];
  let group = '';
  let version: string;
  let apiPrefix: 'api' | 'apis';
  if (parts[0] === 'api') {
    if (parts.length < 3) return nonResource;
    apiPrefix = 'api';
    version = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis') {
    if (parts.length < 4) return nonResource;
    apiPrefix = 'apis';
    group = parts[1];
    version = parts[2];
    rest = parts.slice(3);
  } else return nonResource;

  let watchPrefix = false;
  if (rest[0] === 'watch') {
    watchPrefix = true;
    rest = rest.slice(1);
  }
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const candidate = registry.lookup(group, version, rest[2]);
    if (candidate?.namespaced || (rest[2] !== 'status' && rest[2] !== 'finalize')) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
  }
  const resource = rest[0] ?? '';
  const name = rest[1];
  const subresource = rest.length > 2 ? rest.slice(2).join('/') : undefined;
  const info = registry.lookup(group, version, resource);
  let verb: string;
  switch (method) {
    case 'GET':
    case 'HEAD':
      verb = name ? 'get' : watchPrefix || isTrue(url.searchParams.get('watch')) ? 'watch' : 'list';
      if (name && (watchPrefix || isTrue(url.searchParams.get('watch')))) verb = 'watch';
      break;
    case 'POST':
      verb = 'create';
      break;
    case 'PUT':
      verb = 'update';
      break;
    case 'PATCH':
      verb = 'patch';
      break;
    case 'DELETE':
      verb = name ? 'delete' : 'deletecollection';
      break;
    default:
      verb = method.toLowerCase();
  }
  // The namespaces resource: /api/v1/namespaces/{name} addresses the namespace itself.
  if (resource === 'namespaces' && group === '' && namespace === undefined && name) {
    return {
      isResourceRequest: true,
      path,
      verb,
      apiPrefix,
      group,
      version,
      resource,
      name,
      subresource,
      info,
      namespace: name,
    };
  }
  return {
    isResourceRequest: true,
    path,
    verb,
    apiPrefix,
    group,
    version,
    namespace,
    resource,
    name,
    subresource,
    info,
  };
}
