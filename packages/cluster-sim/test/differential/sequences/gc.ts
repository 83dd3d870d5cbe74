/** Garbage collection: background, foreground (blocked by a finalizer), orphan, absent owners, a Deployment's ReplicaSets and pods. */
import { del, get, patch, post, until, views, type Answer, type Sequence } from '../harness/sequence.js';
import { configMap, deployment, ownedBy, paths } from './objects.js';

const saveUid = (name: string) => ({ save: (a: Answer) => ({ [name]: a.body.metadata.uid }) });
const gone = (a: Answer) => a.status === 404;
const labelled = (label: string) => `${paths.configMaps}?labelSelector=${label}`;

export const gc: Sequence[] = [
  {
    name: 'gc background',
    about: 'deleting an owner deletes its dependents; a dependent of an owner that never existed goes too',
    steps: [
      post(paths.configMaps, configMap('owner', {}), saveUid('owner')),
      post(
        paths.configMaps,
        configMap('dep1', {}, { labels: { set: 'bg' }, ownerReferences: [ownedBy('ConfigMap', 'owner', 'owner')] }),
      ),
      post(
        paths.configMaps,
        configMap(
          'dep2',
          {},
          {
            labels: { set: 'bg' },
            ownerReferences: [ownedBy('ConfigMap', 'owner', 'owner', { blockOwnerDeletion: true, controller: true })],
          },
        ),
      ),
      del(paths.configMap('owner')),
      until(labelled('set%3Dbg'), (a) => a.body?.items?.length === 0, { view: views.names }),
      post(
        paths.configMaps,
        configMap(
          'orphaned',
          {},
          {
            ownerReferences: [
              { apiVersion: 'v1', kind: 'ConfigMap', name: 'never', uid: '6f1e3c2a-0000-4000-8000-000000000001' },
            ],
          },
        ),
        { view: views.status },
      ),
      until(paths.configMap('orphaned'), gone, { view: views.status }),
    ],
  },
  {
    name: 'gc foreground',
    about:
      'foreground deletion: the owner waits with the foregroundDeletion finalizer until its blocking dependents are gone',
    steps: [
      post(paths.configMaps, configMap('owner', {}), saveUid('owner')),
      post(
        paths.configMaps,
        configMap(
          'dep1',
          {},
          { ownerReferences: [ownedBy('ConfigMap', 'owner', 'owner', { blockOwnerDeletion: true })] },
        ),
      ),
      post(
        paths.configMaps,
        configMap(
          'held',
          {},
          {
            finalizers: ['example.com/hold'],
            ownerReferences: [ownedBy('ConfigMap', 'owner', 'owner', { blockOwnerDeletion: true })],
          },
        ),
      ),
      del(paths.configMap('owner'), { propagationPolicy: 'Foreground' }),
      until(paths.configMap('dep1'), gone, { view: views.status }),
      until(paths.configMap('held'), (a) => Boolean(a.body?.metadata?.deletionTimestamp), {
        view: (a) => ({ metadata: a.body?.metadata }),
      }),
      get(paths.configMap('owner'), { view: views.withoutManagedFields }),
      patch('merge', paths.configMap('held'), { metadata: { finalizers: null } }, { view: views.status }),
      until(paths.configMap('owner'), gone, { view: views.status }),
    ],
  },
  {
    name: 'gc orphan',
    about: 'orphan deletion removes the ownerReferences of the dependents and leaves them',
    steps: [
      post(paths.configMaps, configMap('owner', {}), saveUid('owner')),
      post(paths.configMaps, configMap('dep', {}, { ownerReferences: [ownedBy('ConfigMap', 'owner', 'owner')] })),
      del(paths.configMap('owner'), { propagationPolicy: 'Orphan' }),
      until(paths.configMap('owner'), gone, { view: views.status }),
      until(paths.configMap('dep'), (a) => !a.body?.metadata?.ownerReferences),
      del(paths.configMap('dep') + '?propagationPolicy=Sideways', undefined, { view: views.status }),
      del(paths.configMap('dep'), { propagationPolicy: 'Orphan', orphanDependents: true }, { view: views.status }),
      del(
        paths.configMap('dep'),
        { preconditions: { uid: '6f1e3c2a-0000-4000-8000-000000000002' } },
        { view: views.status },
      ),
      del(paths.configMap('dep'), { preconditions: { resourceVersion: '1' } }, { view: views.status }),
    ],
  },
  {
    name: 'gc deployment',
    about: 'deleting a Deployment (background) deletes its ReplicaSets and their pods',
    steps: [
      post(paths.deployments, deployment('web', [{ name: 'app', image: 'registry.example/web:1' }])),
      until(paths.replicaSets, (a) => a.body?.items?.length === 1, { view: views.names }),
      del(
        paths.deployment('web'),
        { propagationPolicy: 'Background' },
        { view: (a) => ({ status: a.status, kind: a.body?.kind }) },
      ),
      until(paths.replicaSets, (a) => a.body?.items?.length === 0, { view: views.names }),
      until(paths.pods, (a) => a.body?.items?.length === 0, { view: views.names }),
    ],
  },
];
