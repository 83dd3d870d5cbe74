/** The objects the sequences send, built the way manifests write them. */

export interface ContainerSpec {
  name: string;
  image: string;
  [field: string]: unknown;
}

export function deployment(
  name: string,
  containers: ContainerSpec[],
  spec: Record<string, unknown> = {},
  metadata: Record<string, unknown> = {},
) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, ...metadata },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers } },
      ...spec,
    },
  };
}

export function configMap(name: string, data: Record<string, string>, metadata: Record<string, unknown> = {}) {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, ...metadata }, data };
}

/** An owner reference to an object whose uid an earlier step saved as `{<var>}`. */
export function ownedBy(kind: string, name: string, uidVar: string, extra: Record<string, unknown> = {}) {
  return { apiVersion: kind === 'Deployment' ? 'apps/v1' : 'v1', kind, name, uid: `{${uidVar}}`, ...extra };
}

export const paths = {
  configMaps: '/api/v1/namespaces/{ns}/configmaps',
  configMap: (name: string) => `/api/v1/namespaces/{ns}/configmaps/${name}`,
  deployments: '/apis/apps/v1/namespaces/{ns}/deployments',
  deployment: (name: string) => `/apis/apps/v1/namespaces/{ns}/deployments/${name}`,
  replicaSets: '/apis/apps/v1/namespaces/{ns}/replicasets',
  pods: '/api/v1/namespaces/{ns}/pods',
  services: '/api/v1/namespaces/{ns}/services',
  service: (name: string) => `/api/v1/namespaces/{ns}/services/${name}`,
  secrets: '/api/v1/namespaces/{ns}/secrets',
  events: '/api/v1/namespaces/{ns}/events',
};
