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
