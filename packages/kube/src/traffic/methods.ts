// The traffic-split-method and route-method values, on their own: k8s-deploy checks its inputs
// against them before it loads the routers (see ../inputs.ts).
export const CANARY_METHODS = ['pod', 'gateway-api', 'ingress-nginx', 'smi'] as const;
export const ROUTE_METHODS = ['service', 'ingress', 'gateway-api', 'smi'] as const;
export type CanaryMethod = (typeof CANARY_METHODS)[number];
export type RouteMethod = (typeof ROUTE_METHODS)[number];
