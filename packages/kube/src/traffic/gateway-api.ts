import { apiGroup } from '@kra/core';
import type { KObject } from '../client.js';
import { objectLabel } from '../names.js';
import { type RouteInput, type ServicePair, type TrafficRouter, pairFor } from './types.js';

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

interface BackendRef {
  group?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  weight?: number;
  [key: string]: unknown;
}

const isHttpRoute = (o: KObject) => apiGroup(o.apiVersion) === GATEWAY_GROUP && o.kind === 'HTTPRoute';

function refPair(pairs: ServicePair[], ref: BackendRef, routeNamespace: string | undefined): ServicePair | undefined {
  return pairFor(pairs, ref.name, ref.namespace ?? routeNamespace, ref.kind ?? 'Service', ref.group ?? '');
}

/**
 * The HTTPRoute with the copies' backends added at `weight`%. Only `backendRefs` of the rules
 * that send traffic to a Service of the workloads change: such a backend of weight W (1 when
 * unset) becomes itself at W×(100−weight) plus the copy's Service at W×weight, with the same
 * port and backend filters; the rule's other backends are scaled by 100 so their share stays
 * the same. Matches, filters, timeouts, hostnames, parentRefs and every other rule stay
 * exactly as written.
 */
export function weightedRoute(route: KObject, pairs: ServicePair[], weight: number): KObject {
  const copy = structuredClone(route);
  const namespace = route.metadata.namespace;
  for (const rule of copy.spec?.rules ?? []) {
    const refs: BackendRef[] = rule.backendRefs ?? [];
    if (!refs.some((ref) => refPair(pairs, ref, namespace))) continue;
    rule.backendRefs = refs.flatMap((ref) => {
      const pair = refPair(pairs, ref, namespace);
      const w = ref.weight ?? 1;
      if (!pair) return [{ ...ref, weight: w * 100 }];
      return [
        { ...ref, weight: w * (100 - weight) },
        { ...structuredClone(ref), name: pair.copy.metadata.name, weight: w * weight },
      ];
    });
  }
  return copy;
}

/** Gateway API: the HTTPRoutes of the manifests get the copies' backends, by weight. */
export const gatewayApiRouter: TrafficRouter = {
  name: 'gateway-api',
  separate: true,
  entries(objects, services) {
    const pairs = services.map((service) => ({ service, copy: service }));
    return objects.filter(
      (o) =>
        isHttpRoute(o) &&
        (o.spec?.rules ?? []).some((rule: { backendRefs?: BackendRef[] }) =>
          (rule.backendRefs ?? []).some((ref) => refPair(pairs, ref, o.metadata.namespace)),
        ),
    );
  },
  async route({ bases, pairs, weight }: RouteInput) {
    return bases.map((route) => weightedRoute(route, pairs, weight));
  },
  missing(services) {
    return `no HTTPRoute in the manifests sends traffic to ${services.map(objectLabel).join(', ') || 'the Services of the Deployments'}: add the HTTPRoute to the manifests, or choose another method`;
  },
};
