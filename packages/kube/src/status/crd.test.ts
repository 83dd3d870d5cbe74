import { crdStatus } from './crd.js';

const crd = (conditions: unknown[]) => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'widgets.example.com' },
  status: { conditions },
});

test('a CRD is Current once Established, Failed when its names are refused', () => {
  expect(crdStatus(crd([]))).toEqual({ status: 'InProgress', message: 'waiting to be Established' });
  expect(crdStatus(crd([{ type: 'Established', status: 'True' }])).status).toBe('Current');
  expect(
    crdStatus(crd([{ type: 'NamesAccepted', status: 'False', reason: 'MultipleNamesConflict', message: 'taken' }])),
  ).toEqual({ status: 'Failed', reason: 'MultipleNamesConflict', message: 'taken' });
});
