/**
 * Discovery documents: the legacy forms (/api, /apis, /api/v1, /apis/<g>/<v>) and the
 * aggregated form (apidiscovery.k8s.io/v2 APIGroupDiscoveryList) that kubectl 1.30+ asks
 * for first. Both are built from the resource registry, so CRDs appear as they are established.
 */
import { createHash } from 'node:crypto';
import { groupVersion, type ResourceInfo, type ResourceRegistry } from '../api/resources.js';

export const AGGREGATED_V2 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';
export const AGGREGATED_V2BETA1 = 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList';

/** Which aggregated discovery version (if any) the Accept header asks for, in preference order. */
export function wantsAggregated(accept: string | undefined): 'v2' | 'v2beta1' | undefined {
  if (!accept) return undefined;
  for (const part of accept.split(',')) {
    const params = part.split(';').map((p) => p.trim());
    if (!params.includes('as=APIGroupDiscoveryList') || !params.includes('g=apidiscovery.k8s.io')) continue;
    if (params.includes('v=v2')) return 'v2';
    if (params.includes('v=v2beta1')) return 'v2beta1';
  }
  return undefined;
}

function subresourceVerbs(sub: string): string[] {
  if (sub === 'log') return ['get'];
  if (sub === 'eviction' || sub === 'binding' || sub === 'token') return ['create'];
  if (sub === 'finalize') return ['update'];
  if (sub === 'ephemeralcontainers') return ['get', 'patch', 'update'];
  return ['get', 'patch', 'update'];
}

/** A subresource's kind; group and version only when they are not the resource's own. */
function subresourceKind(info: ResourceInfo, sub: string): { group?: string; version?: string; kind: string } {
  if (sub === 'scale') return { group: 'autoscaling', version: 'v1', kind: 'Scale' };
  if (sub === 'log') return { kind: 'Pod' };
  if (sub === 'eviction') return { group: 'policy', version: 'v1', kind: 'Eviction' };
  if (sub === 'binding') return { kind: 'Binding' };
  if (sub === 'token') return { group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' };
  return { kind: info.kind };
}

/** The hash a real server publishes for the version it stores a resource at (the storage version migrator's). */
function storageVersionHash(info: ResourceInfo): string {
  const stored = STORED_AS[`${info.group}/${info.resource}`] ?? `${info.group}/${info.version}/${info.kind}`;
  return createHash('sha256').update(stored).digest().subarray(0, 8).toString('base64');
}

/** Resources a real server stores as another group's kind. */
const STORED_AS: Record<string, string> = {
  'events.k8s.io/events': '/v1/Event',
  'apiextensions.k8s.io/customresourcedefinitions': 'apiextensions.k8s.io/v1beta1/CustomResourceDefinition',
};

/** Subresources in the order a real server lists them: sorted for built-in kinds, as declared (status, scale) for custom resources. */
function subresourcesOf(info: ResourceInfo): string[] {
  return info.custom ? info.subresources : [...info.subresources].sort();
}

/** The order a real server lists its groups in (by group priority); other groups (CRDs) follow in the order they came. */
const GROUP_ORDER = [
  '',
  'apps',
  'events.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'networking.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'apiextensions.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
];

function orderedGroups(registry: ResourceRegistry): Array<{ group: string; versions: string[] }> {
  const rank = (group: string) => {
    const i = GROUP_ORDER.indexOf(group);
    return i < 0 ? GROUP_ORDER.length : i;
  };
  return registry
    .groups()
    .map((g, i) => ({ ...g, i }))
    .sort((a, b) => rank(a.group) - rank(b.group) || a.i - b.i);
}

export function apiVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function apiGroup(group: string, versions: string[]) {
  const gvs = versions.map((version) => ({ groupVersion: `${group}/${version}`, version }));
  return { name: group, versions: gvs, preferredVersion: gvs[0] };
}

export function apiGroupList(registry: ResourceRegistry) {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: orderedGroups(registry)
      .filter((g) => g.group !== '')
      .map((g) => apiGroup(g.group, g.versions)),
  };
}

export function apiGroupDocument(registry: ResourceRegistry, group: string) {
  const found = registry.groups().find((g) => g.group === group);
  if (!found) return undefined;
  return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup(group, found.versions) };
}

export function apiResourceList(registry: ResourceRegistry, group: string, version: string) {
  const resources = registry.all().filter((r) => r.group === group && r.version === version);
  if (resources.length === 0) return undefined;
  const list: any[] = [];
  for (const info of resources) {
    const entry: any = {
      name: info.resource,
      singularName: info.singular,
      namespaced: info.namespaced,
      kind: info.kind,
      verbs: info.verbs,
    };
    if (info.shortNames?.length) entry.shortNames = info.shortNames;
    if (info.categories?.length) entry.categories = info.categories;
    if (!VIRTUAL.has(info.resource)) entry.storageVersionHash = storageVersionHash(info);
    list.push(entry);
    for (const sub of subresourcesOf(info)) {
      const kind = subresourceKind(info, sub);
      const subEntry: any = {
        name: `${info.resource}/${sub}`,
        singularName: '',
        namespaced: info.namespaced,
      };
      if (kind.group !== undefined) {
        subEntry.group = kind.group;
        subEntry.version = kind.version;
      }
      subEntry.kind = kind.kind;
      subEntry.verbs = subresourceVerbs(sub);
      list.push(subEntry);
    }
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: groupVersion(group, version), resources: list };
}

/** Resources that are only created and answered (reviews): no storage, no storageVersionHash. */
const VIRTUAL = new Set([
  'selfsubjectaccessreviews',
  'selfsubjectrulesreviews',
  'subjectaccessreviews',
  'selfsubjectreviews',
]);

function discoveryResource(info: ResourceInfo) {
  const out: any = {
    resource: info.resource,
    responseKind: { group: '', version: '', kind: info.kind },
    scope: info.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: info.singular,
    verbs: info.verbs,
  };
  if (info.shortNames?.length) out.shortNames = info.shortNames;
  if (info.categories?.length) out.categories = info.categories;
  if (info.subresources.length) {
    out.subresources = subresourcesOf(info).map((sub) => {
      const kind = subresourceKind(info, sub);
      return {
        subresource: sub,
        responseKind: { group: kind.group ?? '', version: kind.version ?? '', kind: kind.kind },
        verbs: subresourceVerbs(sub),
      };
    });
  }
  return out;
}

/** The aggregated document for /api (core only) or /apis (every other group). */
export function aggregatedDiscovery(registry: ResourceRegistry, core: boolean, version: 'v2' | 'v2beta1') {
  const items = orderedGroups(registry)
    .filter((g) => (core ? g.group === '' : g.group !== ''))
    .map((g) => ({
      // the core group's name is empty, and Go leaves it out
      metadata: g.group ? { name: g.group } : {},
      versions: g.versions.map((v) => ({
        version: v,
        resources: registry
          .all()
          .filter((r) => r.group === g.group && r.version === v)
          .map(discoveryResource),
        freshness: 'Current',
      })),
    }));
  return { kind: 'APIGroupDiscoveryList', apiVersion: `apidiscovery.k8s.io/${version}`, metadata: {}, items };
}
