/** CustomResourceDefinitions: establishment, discovery, schema validation, subresources, list-map apply, cleanup. */
import { apply, del, get, patch, post, until, views, watch, type Answer, type Sequence } from '../harness/sequence.js';

const group = '{ns}.example.com';
const crdPath = `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.${group}`;
const widgets = `/apis/${group}/v1/namespaces/{ns}/widgets`;

const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `widgets.${group}` },
  spec: {
    group,
    scope: 'Namespaced',
    names: { plural: 'widgets', singular: 'widget', kind: 'Widget', shortNames: ['wd'], categories: ['all'] },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        subresources: {
          status: {},
          scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas' },
        },
        additionalPrinterColumns: [{ name: 'Color', type: 'string', jsonPath: '.spec.color' }],
        schema: {
          openAPIV3Schema: {
            type: 'object',
            required: ['spec'],
            properties: {
              spec: {
                type: 'object',
                required: ['color'],
                properties: {
                  color: { type: 'string', enum: ['red', 'blue'] },
                  size: { type: 'integer' },
                  replicas: { type: 'integer' },
                  parts: {
                    type: 'array',
                    'x-kubernetes-list-type': 'map',
                    'x-kubernetes-list-map-keys': ['name'],
                    items: {
                      type: 'object',
                      required: ['name'],
                      properties: { name: { type: 'string' }, count: { type: 'integer' } },
                    },
                  },
                },
              },
              status: { type: 'object', properties: { replicas: { type: 'integer' } } },
            },
          },
        },
      },
    ],
  },
};

const widget = (name: string, spec: Record<string, unknown>) => ({
  apiVersion: `${group}/v1`,
  kind: 'Widget',
  metadata: { name },
  spec,
});

const established = (a: Answer) =>
  a.body?.status?.conditions?.some((c: any) => c.type === 'Established' && c.status === 'True');

export const crds: Sequence[] = [
  {
    name: 'crd lifecycle',
    about:
      'a CRD is established and served, its schema validated, list-map keys merged by apply, its resources deleted with it',
    steps: [
      post('/apis/apiextensions.k8s.io/v1/customresourcedefinitions', crd, { view: views.withoutManagedFields }),
      until(crdPath, established, {
        view: (a) => ({
          status: a.body?.status,
          finalizers: a.body?.metadata?.finalizers,
          managedFields: a.body?.metadata?.managedFields,
        }),
      }),
      until(`/apis/${group}/v1`, (a) => a.status === 200),
      post(widgets, widget('one', { color: 'red', size: 3 })),
      // the real server checks the schema's properties in map order: its causes come in any order
      post(widgets, widget('bad', { color: 'green', size: 'big' }), {
        view: (a) => ({
          status: a.status,
          reason: a.body?.reason,
          causes: [...(a.body?.details?.causes ?? [])].sort((x, y) => String(x.field).localeCompare(String(y.field))),
        }),
      }),
      post(widgets, { ...widget('bad', {}), spec: undefined }, { view: views.status }),
      post(widgets, widget('bad', { size: 1 }), { view: views.status }),
      apply(`${widgets}/two`, widget('two', { color: 'blue', parts: [{ name: 'a', count: 1 }] }), 'one'),
      apply(`${widgets}/two`, widget('two', { color: 'blue', parts: [{ name: 'b', count: 2 }] }), 'two'),
      apply(`${widgets}/two`, widget('two', { color: 'red' }), 'two', { view: views.status }),
      patch('strategic', `${widgets}/one`, { spec: { size: 4 } }, { view: views.status }),
      patch('merge', `${widgets}/one`, { spec: { size: 4 } }),
      get(`${widgets}/one/scale`),
      patch('merge', `${widgets}/one/status`, { status: { replicas: 2 } }),
      patch('merge', `${widgets}/one/scale`, { spec: { replicas: 5 } }),
      get(widgets),
      watch(`${widgets}?watch=1&resourceVersion=1`, (events) => events.length > 0),
      del(crdPath, undefined, { view: views.withoutManagedFields }),
      until(widgets, (a) => a.status === 404, { view: views.status }),
      until(crdPath, (a) => a.status === 404, { view: views.status }),
    ],
  },
];
