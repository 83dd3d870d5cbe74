import { pvcRule, pvcStatus } from './pvc.js';

const pvc = (phase: string) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data' },
  status: { phase },
});

test('a PersistentVolumeClaim is waited on only with wait-for-pvc, until Bound', () => {
  expect(pvcRule.applies(pvc('Pending'), {})).toBe(false);
  expect(pvcRule.applies(pvc('Pending'), { waitForPvc: true })).toBe(true);
  expect(pvcStatus(pvc('Pending'))).toEqual({ status: 'InProgress', message: 'phase Pending' });
  expect(pvcStatus(pvc('Bound')).status).toBe('Current');
});
