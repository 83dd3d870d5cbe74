/**
 * Discovery, for what cluster-sim serves: the real server serves more (kinds outside cluster-sim's
 * scope), so each view keeps the groups and resources cluster-sim's registry lists and compares
 * those entries whole. A resource cluster-sim lists that the real server lacks shows too.
 */
import { BUILTIN_RESOURCES } from '../../../src/api/resources.js';
import { get, type Answer, type Sequence } from '../harness/sequence.js';

const SCOPE = new Set(BUILTIN_RESOURCES.map((r) => `${r.group}/${r.version}/${r.resource}`));
const GROUPS = new Set(BUILTIN_RESOURCES.map((r) => r.group));
const inScope = (group: string, version: string, name: string) =>
  SCOPE.has(`${group}/${version}/${name.split('/')[0]}`);

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

function resourceList(group: string, version: string) {
  return (a: Answer) => ({
    status: a.status,
    kind: a.body?.kind,
    groupVersion: a.body?.groupVersion,
    resources: (a.body?.resources ?? [])
      .filter((r: any) => inScope(group, version, r.name))
      .sort((x: any, y: any) => (x.name < y.name ? -1 : 1)),
  });
}

function aggregated(a: Answer) {
  return {
    status: a.status,
    contentType: a.contentType,
    kind: a.body?.kind,
    groups: (a.body?.items ?? [])
      .filter((g: any) => GROUPS.has(g.metadata?.name ?? ''))
      .map((g: any) => ({
        metadata: g.metadata,
        versions: g.versions.map((v: any) => ({
          version: v.version,
          freshness: v.freshness,
          resources: v.resources
            .filter((r: any) => inScope(g.metadata.name ?? '', v.version, r.resource))
            .sort((x: any, y: any) => (x.resource < y.resource ? -1 : 1)),
        })),
      })),
  };
}

export const discovery: Sequence[] = [
  {
    name: 'discovery',
    about: 'the legacy and the aggregated documents, version, and the OpenAPI index for the kinds cluster-sim serves',
    steps: [
      get('/version', {
        view: (a) => ({ status: a.status, major: a.body?.major, minor: a.body?.minor, gitVersion: a.body?.gitVersion }),
      }),
      get('/api', {
        view: (a) => ({
          status: a.status,
          kind: a.body?.kind,
          versions: a.body?.versions,
          addresses: a.body?.serverAddressByClientCIDRs?.length,
        }),
      }),
      get('/apis', {
        view: (a) => ({
          status: a.status,
          kind: a.body?.kind,
          groups: (a.body?.groups ?? []).filter((g: any) => GROUPS.has(g.name)),
        }),
      }),
      get('/apis/apps', { view: (a) => ({ status: a.status, body: a.body }) }),
      get('/api/v1', { view: resourceList('', 'v1') }),
      ...[
        ['apps', 'v1'],
        ['batch', 'v1'],
        ['autoscaling', 'v2'],
        ['policy', 'v1'],
        ['networking.k8s.io', 'v1'],
        ['rbac.authorization.k8s.io', 'v1'],
        ['authorization.k8s.io', 'v1'],
        ['authentication.k8s.io', 'v1'],
        ['discovery.k8s.io', 'v1'],
        ['coordination.k8s.io', 'v1'],
        ['events.k8s.io', 'v1'],
        ['storage.k8s.io', 'v1'],
        ['scheduling.k8s.io', 'v1'],
        ['apiextensions.k8s.io', 'v1'],
      ].map(([group, version]) => get(`/apis/${group}/${version}`, { view: resourceList(group, version) })),
      get('/api', { accept: AGGREGATED, view: aggregated }),
      get('/apis', { accept: AGGREGATED, view: aggregated }),
      get('/apis/nothing.example.com/v1', { view: (a) => ({ status: a.status }) }),
      get('/openapi/v3', {
        view: (a) => ({
          status: a.status,
          paths: Object.keys(a.body?.paths ?? {})
            .filter((p) => p === 'api/v1' || GROUPS.has(p.split('/')[1] ?? ''))
            .sort(),
        }),
      }),
      get('/openapi/v2', { view: (a) => ({ status: a.status }) }),
      get('/healthz', { view: (a) => ({ status: a.status, body: a.body }) }),
      get('/readyz', { view: (a) => ({ status: a.status, body: a.body }) }),
    ],
  },
];
