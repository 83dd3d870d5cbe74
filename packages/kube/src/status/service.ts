import type { KObject } from '../client.js';
import { type ObjectStatus, type StatusRule, current, inProgress } from './types.js';

/** A LoadBalancer Service: Current once it has an address (waited on only with wait-for-load-balancer). */
export function serviceStatus(svc: KObject): ObjectStatus {
  const ingress = svc.status?.loadBalancer?.ingress;
  return Array.isArray(ingress) && ingress.length > 0
    ? current(`address ${ingress[0].ip ?? ingress[0].hostname}`)
    : inProgress('waiting for a load balancer address');
}

export const serviceRule: StatusRule = {
  applies: (svc, options) => options.waitForLoadBalancer === true && svc.spec?.type === 'LoadBalancer',
  status: serviceStatus,
};
