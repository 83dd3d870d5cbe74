/** Server-side apply: creation, no-op, conflicts and force, removal of what a manager stops applying, ownership. */
import { apply, get, kubectl, patch, put, views, type Answer, type Sequence } from '../harness/sequence.js';
import { configMap, deployment, paths } from './objects.js';

const app = { name: 'app', image: 'registry.example/shop/web:1.4.0', ports: [{ containerPort: 8080 }] };
const sidecar = { name: 'sidecar', image: 'registry.example/shop/proxy:2.0', env: [{ name: 'MODE', value: 'tls' }] };
const web = paths.deployment('web');

/** managedFields without the controllers' entries (when the controller writes is a matter of timing). */
const clientManagedFields = (a: Answer) =>
  a.body?.metadata?.managedFields?.filter((m: any) => m.manager !== 'kube-controller-manager');

/** The containers of a Deployment and who manages what. */
const containersAndOwners = (a: Answer) => ({
  status: a.status,
  message: a.body?.message,
  containers: a.body?.spec?.template?.spec?.containers,
  managedFields: clientManagedFields(a),
});

const yaml = (manifest: object) => JSON.stringify(manifest);

const service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
};
const lb = (ip: string) => ({ loadBalancer: { ingress: [{ ip }] } });

export const ssa: Sequence[] = [
  {
    name: 'ssa create no-op and managedFields',
    about: 'apply creates (201), the same apply again changes nothing, managedFields are the applied set',
    steps: [
      apply(web, deployment('web', [app]), 'k8s-deploy'),
      apply(web, deployment('web', [app]), 'k8s-deploy', { view: views.managedFields }),
      get(web),
    ],
  },
  {
    name: 'ssa conflicts and force',
    about: 'a second applier changing an owned field gets 409 with the real message and causes; force takes it over',
    steps: [
      apply(web, deployment('web', [app], { replicas: 2 }), 'k8s-deploy'),
      apply(web, deployment('web', [app], { replicas: 3 }), 'hpa-like'),
      apply(
        web,
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 3 } },
        'scaler',
      ),
      apply(
        web,
        { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 3 } },
        'scaler',
        { force: true, view: views.managedFields },
      ),
      apply(
        web,
        deployment('web', [{ ...app, image: 'registry.example/shop/web:1.5.0' }], { replicas: 2 }),
        'k8s-deploy',
      ),
      // an Update manager (kubectl edit) owns a field: the conflict names it with its apiVersion
      patch('strategic', web + '?fieldManager=kubectl-edit', { metadata: { labels: { team: 'a' } } }),
      apply(web, deployment('web', [app], {}, { labels: { team: 'b' } }), 'k8s-deploy', { view: views.status }),
      apply(web, deployment('web', [app], {}, { labels: { team: 'b' } }), 'k8s-deploy', {
        force: true,
        view: views.managedFields,
      }),
    ],
  },
  {
    name: 'ssa shared ownership and removal',
    about:
      'two appliers of one equal value share it; a field one manager stops applying goes only when nobody else owns it',
    steps: [
      apply(paths.configMap('shared'), configMap('shared', { a: '1', b: '2' }, { labels: { x: '1' } }), 'one'),
      apply(paths.configMap('shared'), configMap('shared', { a: '1' }), 'two', { view: views.managedFields }),
      apply(paths.configMap('shared'), configMap('shared', {}), 'one'),
      apply(paths.configMap('shared'), { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shared' } }, 'two'),
      get(paths.configMap('shared')),
    ],
  },
  {
    name: 'ssa removes a container the manager stopped applying',
    about: 'a rollback that drops the container a release added: the item goes, defaulted fields and all',
    steps: [
      apply(web, deployment('web', [app]), 'k8s-deploy'),
      apply(web, deployment('web', [app, sidecar]), 'k8s-deploy', { view: containersAndOwners }),
      apply(web, deployment('web', [app]), 'k8s-deploy', { force: true, view: containersAndOwners }),
      get(web, { view: containersAndOwners }),
      // an item goes even when another manager owns a field of it (not the item itself)
      apply(web, deployment('web', [app, sidecar]), 'k8s-deploy', { view: containersAndOwners }),
      patch(
        'strategic',
        web + '?fieldManager=kubectl-set',
        {
          spec: { template: { spec: { containers: [{ name: 'sidecar', image: 'registry.example/shop/proxy:2.1' }] } } },
        },
        { view: containersAndOwners },
      ),
      apply(web, deployment('web', [app]), 'k8s-deploy', { force: true, view: containersAndOwners }),
    ],
  },
  {
    name: 'ssa after client-side apply',
    about:
      "kubectl apply, then kubectl apply --server-side: ownership as kubectl's migration leaves it, a container removed",
    steps: [
      kubectl(['apply', '-f', '-'], { stdin: yaml(deployment('web', [app, sidecar])) }),
      get(web, { view: containersAndOwners }),
      kubectl(['apply', '--server-side', '-f', '-'], { stdin: yaml(deployment('web', [app])) }),
      get(web, {
        view: (a) => ({ ...containersAndOwners(a), annotations: a.body?.metadata?.annotations }),
      }),
      // the same objects applied by another manager without kubectl's migration keep what CSA owned
      kubectl(['apply', '-f', '-'], { stdin: yaml(deployment('api', [app, sidecar])) }),
      apply(paths.deployment('api'), deployment('api', [app]), 'k8s-deploy', {
        force: true,
        view: containersAndOwners,
      }),
    ],
  },
  {
    name: 'ssa errors',
    about: 'apply without fieldManager, force on another patch type, managedFields in an apply, wrong kind',
    steps: [
      patch('apply', paths.configMap('x'), configMap('x', { a: '1' }), { view: views.status }),
      patch('merge', paths.configMap('x') + '?force=true', { data: { a: '1' } }, { view: views.status }),
      apply(
        paths.configMap('x'),
        { ...configMap('x', { a: '1' }), metadata: { name: 'x', managedFields: [{ manager: 'm' }] } },
        'm',
        { view: views.status },
      ),
      apply(paths.configMap('x'), { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'x' } }, 'm', {
        view: views.status,
      }),
      apply(paths.configMap('x'), { ...configMap('x', { a: '1' }), metadata: { name: 'y' } }, 'm', {
        view: views.status,
      }),
      apply(paths.configMap('x'), 'data: [unclosed', 'm', { view: views.status }),
      apply(paths.configMap('x'), configMap('x', { a: '1' }), 'm', { view: (a) => ({ status: a.status }) }),
      put(
        paths.configMap('x'),
        { ...configMap('x', { a: '2' }), metadata: { name: 'x', resourceVersion: '1' } },
        {
          view: views.status,
        },
      ),
    ],
  },
  {
    name: 'ssa status subresource',
    about: 'apply to status: a separate manager entry with subresource status; main-resource applies ignore status',
    steps: [
      apply(paths.service('web'), service, 'k8s-deploy'),
      apply(paths.service('web') + '/status', { ...service, status: lb('10.0.0.7') }, 'lb-controller'),
      apply(paths.service('web'), { ...service, status: lb('10.0.0.9') }, 'k8s-deploy'),
      apply(paths.service('web') + '/status', { ...service, status: lb('10.0.0.8') }, 'other-lb'),
      apply(
        paths.service('web') + '/status',
        { ...service, spec: { type: 'NodePort' }, status: lb('10.0.0.8') },
        'other-lb',
        {
          force: true,
        },
      ),
    ],
  },
];
