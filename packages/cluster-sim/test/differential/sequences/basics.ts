import { del, get, post, put, views, type Sequence } from '../harness/sequence.js';

const cm = (name: string, data: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, labels: { app: 'web' } },
  data,
});

export const basics: Sequence[] = [
  {
    name: 'configmap crud',
    about: 'create, get, list, update, stale update, delete and the errors of each',
    steps: [
      post('/api/v1/namespaces/{ns}/configmaps', cm('one', { a: '1' }), {
        save: (a) => ({ rv: a.body.metadata.resourceVersion }),
      }),
      post('/api/v1/namespaces/{ns}/configmaps', cm('one', { a: '1' })),
      get('/api/v1/namespaces/{ns}/configmaps/one'),
      get('/api/v1/namespaces/{ns}/configmaps/missing'),
      get('/api/v1/namespaces/{ns}/configmaps?labelSelector=app%3Dweb'),
      put('/api/v1/namespaces/{ns}/configmaps/one', {
        ...cm('one', { a: '2' }),
        metadata: { name: 'one', resourceVersion: '{rv}' },
      }),
      put('/api/v1/namespaces/{ns}/configmaps/one', {
        ...cm('one', { a: '3' }),
        metadata: { name: 'one', resourceVersion: '{rv}' },
      }),
      del('/api/v1/namespaces/{ns}/configmaps/one'),
      del('/api/v1/namespaces/{ns}/configmaps/one', undefined, { view: views.status }),
    ],
  },
];

const kindOf = (a: { status: number; body: any }) => ({
  status: a.status,
  kind: a.body?.kind,
  phase: a.body?.status?.phase,
});
const object = (apiVersion: string, kind: string, name: string, rest: Record<string, unknown> = {}) => ({
  apiVersion,
  kind,
  metadata: { name },
  ...rest,
});

/** What a DELETE answers, per kind: the deleted object for some stores, a Status for the others. */
export const deletes: Sequence[] = [
  {
    name: 'delete answers',
    about: 'DELETE answers the object for pods, services, service accounts, volumes and claims, a Status for the rest',
    steps: [
      ...(
        [
          ['/api/v1/namespaces/{ns}/secrets', object('v1', 'Secret', 's')],
          ['/api/v1/namespaces/{ns}/serviceaccounts', object('v1', 'ServiceAccount', 'sa')],
          ['/api/v1/namespaces/{ns}/services', object('v1', 'Service', 'svc', { spec: { ports: [{ port: 80 }] } })],
          [
            '/api/v1/namespaces/{ns}/pods',
            object('v1', 'Pod', 'pod', { spec: { containers: [{ name: 'c', image: 'c:1' }], nodeName: 'nowhere' } }),
          ],
          [
            '/api/v1/namespaces/{ns}/persistentvolumeclaims',
            object('v1', 'PersistentVolumeClaim', 'pvc', {
              spec: {
                accessModes: ['ReadWriteOnce'],
                resources: { requests: { storage: '1Gi' } },
                storageClassName: 'none',
              },
            }),
          ],
          [
            '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles',
            object('rbac.authorization.k8s.io/v1', 'Role', 'r', { rules: [] }),
          ],
          [
            '/apis/coordination.k8s.io/v1/namespaces/{ns}/leases',
            object('coordination.k8s.io/v1', 'Lease', 'l', { spec: {} }),
          ],
          [
            '/apis/batch/v1/namespaces/{ns}/jobs',
            object('batch/v1', 'Job', 'j', {
              spec: {
                suspend: true,
                template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'c:1' }] } },
              },
            }),
          ],
          [
            '/apis/networking.k8s.io/v1/namespaces/{ns}/ingresses',
            object('networking.k8s.io/v1', 'Ingress', 'ing', {
              spec: { defaultBackend: { service: { name: 'svc', port: { number: 80 } } } },
            }),
          ],
        ] as const
      ).flatMap(([collection, body]) => [
        post(collection, body, { view: (a) => ({ status: a.status }) }),
        del(`${collection}/${body.metadata.name}`, undefined, { view: kindOf }),
      ]),
      del('/api/v1/namespaces/{ns}', undefined, { view: kindOf }),
    ],
  },
];
