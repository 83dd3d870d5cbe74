import { apiGroup } from '@kra/core';
import type { KObject } from '../client.js';
import { objectLabel } from '../names.js';
import { copyMetadata } from '../progressive/copies.js';
import { type RouteInput, type ServicePair, type TrafficRouter, pairFor } from './types.js';

export const CANARY_ANNOTATION = 'nginx.ingress.kubernetes.io/canary';
export const CANARY_WEIGHT_ANNOTATION = 'nginx.ingress.kubernetes.io/canary-weight';

interface IngressBackend {
  service?: { name?: string; port?: unknown };
  [key: string]: unknown;
}
interface IngressPath {
  backend?: IngressBackend;
  [key: string]: unknown;
}

const isIngress = (o: KObject) => apiGroup(o.apiVersion) === 'networking.k8s.io' && o.kind === 'Ingress';

const backendPair = (pairs: ServicePair[], backend: IngressBackend | undefined, namespace: string | undefined) =>
  backend?.service ? pairFor(pairs, backend.service.name, namespace) : undefined;

/** Ingresses of the manifests with a backend among the Services. */
export function ingressesFor(objects: KObject[], services: KObject[]): KObject[] {
  const pairs = services.map((service) => ({ service, copy: service }));
  return objects.filter((o) => {
    if (!isIngress(o)) return false;
    const ns = o.metadata.namespace;
    if (backendPair(pairs, o.spec?.defaultBackend, ns)) return true;
    return (o.spec?.rules ?? []).some((rule: { http?: { paths?: IngressPath[] } }) =>
      (rule.http?.paths ?? []).some((path) => backendPair(pairs, path.backend, ns)),
    );
  });
}

/** A backend pointed at the copy's Service when it is one of the Services; undefined when it is not. */
function toCopy(backend: IngressBackend | undefined, pairs: ServicePair[], namespace: string | undefined) {
  const pair = backendPair(pairs, backend, namespace);
  return pair ? { ...backend, service: { ...backend!.service, name: pair.copy.metadata.name } } : undefined;
}

/**
 * `<ingress>-canary` beside the user's Ingress, as ingress-nginx wants it: the same hosts and
 * paths, but only the paths that lead to the Services, pointed at the copies' Services, with
 * `canary: "true"` and `canary-weight`. The user's Ingress is not touched, and Ingresses that
 * do not lead to the Services are never read or written.
 */
export function canaryIngress(ingress: KObject, pairs: ServicePair[], weight: number): KObject {
  const namespace = ingress.metadata.namespace;
  const spec = structuredClone(ingress.spec ?? {});
  const defaultBackend = toCopy(spec.defaultBackend, pairs, namespace);
  if (defaultBackend) spec.defaultBackend = defaultBackend;
  else delete spec.defaultBackend;
  spec.rules = (spec.rules ?? [])
    .map((rule: { http?: { paths?: IngressPath[] } }) => ({
      ...rule,
      ...(rule.http
        ? {
            http: {
              ...rule.http,
              paths: (rule.http.paths ?? []).flatMap((path) => {
                const backend = toCopy(path.backend, pairs, namespace);
                return backend ? [{ ...path, backend }] : [];
              }),
            },
          }
        : {}),
    }))
    .filter((rule: { http?: { paths?: IngressPath[] } }) => (rule.http?.paths ?? []).length > 0);
  if (spec.rules.length === 0) delete spec.rules;
  const metadata = copyMetadata(ingress, `${ingress.metadata.name}-canary`, 'canary');
  metadata.annotations = {
    ...(metadata.annotations ?? {}),
    [CANARY_ANNOTATION]: 'true',
    [CANARY_WEIGHT_ANNOTATION]: String(weight),
  };
  return { apiVersion: ingress.apiVersion, kind: ingress.kind, metadata, spec };
}

/** ingress-nginx: a canary Ingress per Ingress of the Services, weighted by annotation. */
export const ingressNginxRouter: TrafficRouter = {
  name: 'ingress-nginx',
  separate: true,
  entries: ingressesFor,
  async route({ bases, pairs, weight }: RouteInput) {
    return bases.map((ingress) => canaryIngress(ingress, pairs, weight));
  },
  missing(services) {
    return `no Ingress in the manifests leads to ${services.map(objectLabel).join(', ') || 'the Services of the Deployments'}: add the Ingress to the manifests, or choose another method`;
  },
};
