/** Every patch type (JSON patch, merge, strategic merge) with its errors, and dry runs of every verb. */
import { del, get, patch, post, put, views, type Answer, type Sequence } from '../harness/sequence.js';
import { configMap, deployment, paths } from './objects.js';

const web = paths.deployment('web');
const app = {
  name: 'app',
  image: 'registry.example/shop/web:1.4.0',
  args: ['--port', '8080'],
  env: [{ name: 'A', value: '1' }],
};

/** The Deployment's spec and metadata as the client wrote them (not the controller's status). */
const spec = (a: Answer) => ({
  status: a.status,
  message: a.body?.message,
  labels: a.body?.metadata?.labels,
  generation: a.body?.metadata?.generation,
  spec: a.body?.spec,
});

export const patches: Sequence[] = [
  {
    name: 'json patch',
    about: 'RFC 6902 add, replace, remove, test, move, copy; a failed test and a missing path are errors',
    steps: [
      post(paths.configMaps, configMap('cm', { a: '1', b: '2' }, { labels: { app: 'web' } })),
      patch('json', paths.configMap('cm'), [
        { op: 'add', path: '/data/c', value: '3' },
        { op: 'replace', path: '/data/a', value: 'one' },
        { op: 'remove', path: '/data/b' },
        { op: 'test', path: '/data/c', value: '3' },
        { op: 'copy', from: '/data/c', path: '/data/d' },
        { op: 'move', from: '/data/d', path: '/data/e' },
        { op: 'add', path: '/metadata/labels/tier', value: 'front' },
      ]),
      patch('json', paths.configMap('cm'), [{ op: 'test', path: '/data/a', value: 'two' }], { view: views.status }),
      patch('json', paths.configMap('cm'), [{ op: 'remove', path: '/data/missing' }], { view: views.status }),
      patch('json', paths.configMap('cm'), [{ op: 'replace', path: '/nothing/here', value: 1 }], {
        view: views.status,
      }),
      patch('json', paths.configMap('cm'), [{ op: 'jump', path: '/data/a' }], { view: views.status }),
      patch('json', paths.configMap('cm'), { op: 'add' }, { view: views.status }),
      patch('json', paths.configMap('cm'), [{ op: 'replace', path: '/metadata/name', value: 'other' }], {
        view: views.status,
      }),
      patch('json', paths.configMap('absent'), [{ op: 'add', path: '/data/a', value: '1' }], { view: views.status }),
    ],
  },
  {
    name: 'merge patch',
    about: 'RFC 7386: maps merge, null deletes, lists are replaced whole',
    steps: [
      post(paths.deployments, deployment('web', [app]), { view: spec }),
      patch(
        'merge',
        web,
        {
          metadata: { labels: { tier: 'front' } },
          spec: {
            replicas: 0,
            template: { spec: { containers: [{ name: 'app', image: 'registry.example/shop/web:1.5.0' }] } },
          },
        },
        { view: spec },
      ),
      patch(
        'merge',
        web,
        { metadata: { labels: { tier: null } }, spec: { revisionHistoryLimit: null } },
        { view: spec },
      ),
      patch('merge', web, '[1, 2]', { view: views.status }),
      patch('merge', web, '{"spec": ', { view: views.status }),
      patch('merge', web, { spec: { replicas: 'three' } }, { view: views.status }),
    ],
  },
  {
    name: 'strategic merge patch',
    about:
      'containers and env merge by name, $patch delete and replace, $setElementOrder, $retainKeys, atomic lists replaced',
    steps: [
      post(paths.deployments, deployment('web', [app, { name: 'sidecar', image: 'proxy:1' }], { replicas: 0 }), {
        view: spec,
      }),
      patch(
        'strategic',
        web,
        {
          spec: {
            template: {
              spec: {
                containers: [
                  {
                    name: 'app',
                    image: 'registry.example/shop/web:1.5.0',
                    env: [{ name: 'B', value: '2' }],
                    args: ['--debug'],
                  },
                ],
              },
            },
          },
        },
        { view: spec },
      ),
      patch(
        'strategic',
        web,
        { spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } } },
        { view: spec },
      ),
      patch(
        'strategic',
        web,
        {
          spec: {
            template: {
              spec: {
                '$setElementOrder/containers': [{ name: 'extra' }, { name: 'app' }],
                containers: [{ name: 'extra', image: 'extra:1' }],
              },
            },
          },
        },
        { view: spec },
      ),
      patch('strategic', web, { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } }, { view: spec }),
      patch(
        'strategic',
        web,
        { spec: { template: { spec: { containers: [{ name: 'app', env: [{ name: 'A', $patch: 'delete' }] }] } } } },
        { view: spec },
      ),
      patch(
        'strategic',
        web,
        { spec: { template: { spec: { $patch: 'replace', containers: [{ name: 'only', image: 'only:1' }] } } } },
        { view: spec },
      ),
      patch(
        'strategic',
        web,
        { metadata: { finalizers: ['example.com/x'] } },
        { view: (a) => a.body?.metadata?.finalizers },
      ),
      patch(
        'strategic',
        web,
        { metadata: { finalizers: ['example.com/y'] } },
        { view: (a) => a.body?.metadata?.finalizers },
      ),
      patch('strategic', web, { metadata: { $deleteFromPrimitiveList: ['example.com/x'] } }, { view: views.status }),
      patch(
        'strategic',
        web,
        { metadata: { '$deleteFromPrimitiveList/finalizers': ['example.com/x'] } },
        {
          view: (a) => a.body?.metadata?.finalizers,
        },
      ),
      patch('merge', web, { metadata: { finalizers: null } }, { view: (a) => a.body?.metadata?.finalizers ?? null }),
      patch('strategic', web, { spec: { $patch: 'explode' } }, { view: views.status }),
      patch(
        'strategic',
        web,
        { spec: { template: { spec: { $setElementOrder: { containers: [] } } } } },
        {
          view: views.status,
        },
      ),
      patch(
        'strategic',
        web,
        { spec: { template: { spec: { containers: [{ image: 'nameless:1' }] } } } },
        {
          view: views.status,
        },
      ),
    ],
  },
  {
    name: 'patch errors',
    about: 'an unknown patch type, a patch of a missing object, a body that is not JSON',
    steps: [
      post(paths.configMaps, configMap('cm', { a: '1' })),
      patch('merge', paths.configMap('absent'), { data: { a: '1' } }, { view: views.status }),
      {
        ...patch('merge', paths.configMap('cm'), { data: { a: '2' } }),
        contentType: 'application/x-patch',
        view: views.status,
      },
      patch('strategic', paths.configMap('cm'), 'not json', { view: views.status }),
      patch(
        'merge',
        paths.configMap('cm'),
        { metadata: { resourceVersion: '1' }, data: { a: '3' } },
        { view: views.status },
      ),
      patch(
        'merge',
        paths.configMap('cm'),
        { metadata: { uid: '00000000-0000-0000-0000-000000000000' } },
        { view: views.status },
      ),
    ],
  },
  {
    name: 'dry run',
    about: 'dryRun=All on create, update, patch, apply and delete answers as the write would, and stores nothing',
    steps: [
      post(paths.configMaps + '?dryRun=All', configMap('cm', { a: '1' })),
      get(paths.configMap('cm'), { view: views.status }),
      post(paths.configMaps + '?dryRun=All', { ...configMap('', { a: '1' }), metadata: { generateName: 'gen-' } }),
      post(paths.configMaps, configMap('cm', { a: '1' })),
      put(paths.configMap('cm') + '?dryRun=All', configMap('cm', { a: '2' })),
      patch('merge', paths.configMap('cm') + '?dryRun=All', { data: { a: '3' } }),
      patch('apply', paths.configMap('cm') + '?dryRun=All&fieldManager=m', configMap('cm', { a: '4' })),
      patch('apply', paths.configMap('new') + '?dryRun=All&fieldManager=m', configMap('new', { a: '4' })),
      get(paths.configMap('new'), { view: views.status }),
      del(paths.configMap('cm') + '?dryRun=All'),
      get(paths.configMap('cm')),
      post(paths.configMaps + '?dryRun=Some', configMap('x', {}), { view: views.status }),
      post(paths.configMaps + '?dryRun=All', configMap('Bad_Name', {}), { view: views.status }),
      post(paths.deployments + '?dryRun=All', deployment('web', [{ name: 'app', image: 'web:1' }]), {
        view: (a) => ({
          status: a.status,
          generation: a.body?.metadata?.generation,
          spec: a.body?.spec,
          status_: a.body?.status,
        }),
      }),
    ],
  },
];
