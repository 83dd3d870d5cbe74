import { gatewayApiRouter } from './gateway-api.js';
import { ingressRouter } from './ingress.js';
import { ingressNginxRouter } from './ingress-nginx.js';
import { podRouter } from './pod.js';
import { serviceRouter } from './service.js';
import { smiRouter } from './smi.js';
import type { TrafficRouter } from './types.js';

export * from './types.js';
export { podSplit } from './pod.js';
export { weightedRoute } from './gateway-api.js';
export { canaryIngress, CANARY_ANNOTATION, CANARY_WEIGHT_ANNOTATION } from './ingress-nginx.js';
export { trafficSplit, trafficSplitVersion } from './smi.js';

export const CANARY_METHODS = ['pod', 'gateway-api', 'ingress-nginx', 'smi'] as const;
export const ROUTE_METHODS = ['service', 'ingress', 'gateway-api', 'smi'] as const;
export type CanaryMethod = (typeof CANARY_METHODS)[number];
export type RouteMethod = (typeof ROUTE_METHODS)[number];

const CANARY: Record<CanaryMethod, TrafficRouter> = {
  pod: podRouter,
  'gateway-api': gatewayApiRouter,
  'ingress-nginx': ingressNginxRouter,
  smi: smiRouter,
};
const BLUE_GREEN: Record<RouteMethod, TrafficRouter> = {
  service: serviceRouter,
  ingress: ingressRouter,
  'gateway-api': gatewayApiRouter,
  smi: smiRouter,
};

/** The router of a canary's traffic-split-method. */
export const canaryRouter = (method: CanaryMethod): TrafficRouter => CANARY[method];
/** The router of a blue-green's route-method. */
export const blueGreenRouter = (method: RouteMethod): TrafficRouter => BLUE_GREEN[method];
