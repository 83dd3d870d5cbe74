import { serviceRule, serviceStatus } from './service.js';

const svc = (type: string, status: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'lb' },
  spec: { type },
  status,
});

test('a LoadBalancer Service is waited on only with wait-for-load-balancer, until it has an address', () => {
  expect(serviceRule.applies(svc('LoadBalancer'), {})).toBe(false);
  expect(serviceRule.applies(svc('ClusterIP'), { waitForLoadBalancer: true })).toBe(false);
  expect(serviceRule.applies(svc('LoadBalancer'), { waitForLoadBalancer: true })).toBe(true);
  expect(serviceStatus(svc('LoadBalancer')).status).toBe('InProgress');
  expect(serviceStatus(svc('LoadBalancer', { loadBalancer: { ingress: [{ ip: '10.0.0.1' }] } }))).toEqual({
    status: 'Current',
    message: 'address 10.0.0.1',
  });
});
