import { objectLabel } from '../names.js';
import { ingressesFor } from './ingress-nginx.js';
import { type RouteInput, type ServicePair, type TrafficRouter, pairFor } from './types.js';

function switched(backend: any, pairs: ServicePair[], namespace: string | undefined): any {
  const pair = backend?.service ? pairFor(pairs, backend.service.name, namespace) : undefined;
  return pair ? { ...backend, service: { ...backend.service, name: pair.copy.metadata.name } } : backend;
}

/**
 * Blue-green by Ingress: at the switch, the backends of the user's Ingresses that lead to the
 * Services lead to the preview Services instead; other backends, and Ingresses that do not
 * lead to the Services, are left alone. Restoring re-applies the Ingress as written.
 */
export const ingressRouter: TrafficRouter = {
  name: 'ingress',
  separate: true,
  entries: ingressesFor,
  async route({ bases, pairs, weight }: RouteInput) {
    return bases.map((base) => {
      const copy = structuredClone(base);
      if (weight === 0) return copy;
      const ns = base.metadata.namespace;
      if (copy.spec?.defaultBackend) copy.spec.defaultBackend = switched(copy.spec.defaultBackend, pairs, ns);
      for (const rule of copy.spec?.rules ?? [])
        for (const path of rule.http?.paths ?? []) path.backend = switched(path.backend, pairs, ns);
      return copy;
    });
  },
  missing(services) {
    return `no Ingress in the manifests leads to ${services.map(objectLabel).join(', ') || 'the Services of the Deployments'}: add the Ingress to the manifests, or choose another route-method`;
  },
};
