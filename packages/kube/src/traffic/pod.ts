import type { TrafficRouter } from './types.js';

/**
 * Canary by pod: `<name>-canary` (new version) and `<name>-baseline` (stable version, so the
 * two compare like for like) run beside the stable Deployment and are selected by the user's
 * Services, so the replica counts are the split. Each gets round(stable × weight / 100)
 * replicas (at least 1 while the weight is above 0), from the stable Deployment's live count,
 * which an HPA may have set.
 */
export function podSplit(stableReplicas: number, weight: number): { copies: number; share: number } {
  const copies = weight <= 0 ? 0 : Math.max(1, Math.round((stableReplicas * weight) / 100));
  const total = stableReplicas + 2 * copies;
  return { copies, share: total === 0 ? 0 : Math.round((copies / total) * 100) };
}

/** Canary by pod writes no routing objects: the weight is the replica ratio. */
export const podRouter: TrafficRouter = {
  name: 'pod',
  separate: false,
  entries: () => [],
  async route() {
    return [];
  },
};
