import type { RouteInput, TrafficRouter } from './types.js';

/**
 * Blue-green by Service: at the switch the user's Service selects the green pods (its
 * selector becomes the preview Service's); restoring it re-applies the Service as written.
 */
export const serviceRouter: TrafficRouter = {
  name: 'service',
  separate: true,
  entries: (_objects, services) => services,
  async route({ bases, pairs, weight }: RouteInput) {
    if (weight === 0) return bases.map((b) => structuredClone(b));
    return bases.map((base) => {
      const pair = pairs.find(
        (p) =>
          p.service.metadata.name === base.metadata.name && p.service.metadata.namespace === base.metadata.namespace,
      );
      const copy = structuredClone(base);
      if (pair) copy.spec = { ...copy.spec, selector: { ...pair.copy.spec.selector } };
      return copy;
    });
  },
};
