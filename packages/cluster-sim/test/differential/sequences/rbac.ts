/** RBAC: denials (status, reason, message) for users and service accounts, a namespace-scoped Role, reviews, escalation. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { INVALID_TOKEN_USER } from '../harness/runner.js';
import { del, get, kubectl, patch, post, views, type Sequence } from '../harness/sequence.js';
import { configMap, paths } from './objects.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', '..');
const deployerDocs = yaml.loadAll(readFileSync(join(repo, 'examples', 'rbac', 'deployer-role.yaml'), 'utf8')) as any[];
const [serviceAccount, role, binding] = deployerDocs;
const sa = 'system:serviceaccount:{ns}:k8s-deploy';

const review = (resourceAttributes: Record<string, string>) => ({
  apiVersion: 'authorization.k8s.io/v1',
  kind: 'SelfSubjectAccessReview',
  spec: { resourceAttributes },
});

export const rbac: Sequence[] = [
  {
    name: 'rbac denials',
    about:
      'a user without bindings: 403 with the authorizer message per verb, scope, subresource and path; 401 without a token',
    steps: [
      post(paths.configMaps, configMap('cm', { a: '1' })),
      get(paths.configMaps, { as: 'alice', view: views.status }),
      get(paths.configMap('cm'), { as: 'alice', view: (a) => ({ status: a.status, body: a.body }) }),
      get('/api/v1/namespaces', { as: 'alice', view: views.status }),
      post(paths.configMaps, configMap('x', {}), { as: 'alice', view: views.status }),
      patch(
        'merge',
        paths.deployment('web') + '/scale',
        { spec: { replicas: 2 } },
        { as: 'alice', view: views.status },
      ),
      get('/api/v1/namespaces/{ns}/pods/p/log', { as: 'alice', view: views.status }),
      del(paths.configMap('cm'), undefined, { as: 'alice', view: views.status }),
      get('/apis', { as: 'alice', view: (a) => ({ status: a.status }) }),
      get('/metrics', { as: 'alice', view: views.status }),
      get('/logs', { as: 'alice', view: views.status }),
      post(
        '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
        review({ namespace: '{ns}', verb: 'get', resource: 'configmaps' }),
        {
          as: 'alice',
          view: (a) => ({ status: a.status, spec: a.body?.spec, result: a.body?.status }),
        },
      ),
      get(paths.configMaps, { as: INVALID_TOKEN_USER, view: views.status }),
    ],
  },
  {
    name: 'rbac namespace role',
    about: "examples/rbac's Role for a ServiceAccount: what it allows, what it denies, reviews and kubectl auth can-i",
    steps: [
      post('/api/v1/namespaces/{ns}/serviceaccounts', serviceAccount, { view: (a) => ({ status: a.status }) }),
      post('/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles', role, { view: views.withoutManagedFields }),
      post('/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings', binding, {
        view: views.withoutManagedFields,
      }),
      post(paths.configMaps, configMap('cm', { a: '1' }), { as: sa, view: (a) => ({ status: a.status }) }),
      get(paths.secrets, { as: sa, view: (a) => ({ status: a.status }) }),
      get('/api/v1/namespaces/{ns}/pods/p/exec', { as: sa, view: views.status }),
      del(paths.replicaSets + '/x', undefined, { as: sa, view: views.status }),
      get('/api/v1/namespaces', { as: sa, view: views.status }),
      get('/api/v1/namespaces/default/configmaps', { as: sa, view: views.status }),
      post(
        '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles',
        { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'more' }, rules: [] },
        { as: sa, view: views.status },
      ),
      post(
        '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
        review({ namespace: '{ns}', verb: 'delete', resource: 'deployments', group: 'apps' }),
        {
          as: sa,
          view: (a) => ({ status: a.status, result: a.body?.status }),
        },
      ),
      post(
        '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
        review({ namespace: '{ns}', verb: 'escalate', resource: 'roles', group: 'rbac.authorization.k8s.io' }),
        {
          as: sa,
          view: (a) => ({ status: a.status, result: a.body?.status }),
        },
      ),
      kubectl(['auth', 'can-i', 'patch', 'deployments'], { as: sa }),
      kubectl(['auth', 'can-i', 'delete', 'nodes'], { as: sa }),
      kubectl(['auth', 'can-i', 'get', 'pods', '--subresource=log'], { as: sa }),
      kubectl(['auth', 'whoami', '-o', 'json'], { as: sa }),
    ],
  },
  {
    name: 'rbac escalation',
    about: 'a user who may create Roles cannot grant more than it holds',
    steps: [
      post(
        '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles',
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'Role',
          metadata: { name: 'role-writer' },
          rules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], verbs: ['create'] }],
        },
        { view: (a) => ({ status: a.status }) },
      ),
      post(
        '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings',
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'RoleBinding',
          metadata: { name: 'bob' },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'role-writer' },
          subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'bob' }],
        },
        { view: (a) => ({ status: a.status }) },
      ),
      post(
        '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles',
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'Role',
          metadata: { name: 'wider' },
          rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list'] }],
        },
        { as: 'bob', view: views.status },
      ),
      post(
        '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles',
        {
          apiVersion: 'rbac.authorization.k8s.io/v1',
          kind: 'Role',
          metadata: { name: 'same' },
          rules: [{ apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles'], verbs: ['create'] }],
        },
        { as: 'bob', view: (a) => ({ status: a.status }) },
      ),
    ],
  },
];
