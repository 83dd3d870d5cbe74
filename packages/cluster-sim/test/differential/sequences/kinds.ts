/**
 * One object of each kind cluster-sim serves, created as a manifest writes it: the answer shows
 * the defaults, the zero values and the server-set fields of each kind.
 */
import { post, views, type Sequence } from '../harness/sequence.js';

const pod = { containers: [{ name: 'app', image: 'registry.example/app:1', ports: [{ containerPort: 8080 }] }] };
const template = { metadata: { labels: { app: 'x' } }, spec: pod };
const selector = { matchLabels: { app: 'x' } };

/** [collection path, manifest] for each kind. */
const KINDS: Array<[string, Record<string, unknown>]> = [
  [
    '/api/v1/namespaces/{ns}/configmaps',
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm' }, data: { a: '1' } },
  ],
  [
    '/api/v1/namespaces/{ns}/secrets',
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { a: '1' } },
  ],
  [
    '/api/v1/namespaces/{ns}/services',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'svc' },
      spec: { selector: { app: 'x' }, ports: [{ port: 80, targetPort: 8080 }] },
    },
  ],
  [
    '/api/v1/namespaces/{ns}/services',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'headless' },
      spec: { clusterIP: 'None', selector: { app: 'x' }, ports: [{ port: 80 }] },
    },
  ],
  [
    '/api/v1/namespaces/{ns}/services',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'lb' },
      spec: { type: 'LoadBalancer', selector: { app: 'x' }, ports: [{ name: 'http', port: 80 }] },
    },
  ],
  [
    '/api/v1/namespaces/{ns}/services',
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'ext' },
      spec: { type: 'ExternalName', externalName: 'example.com' },
    },
  ],
  ['/api/v1/namespaces/{ns}/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa' } }],
  [
    '/api/v1/namespaces/{ns}/pods',
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'pod' }, spec: { ...pod, nodeName: 'nowhere' } },
  ],
  [
    '/api/v1/namespaces/{ns}/persistentvolumeclaims',
    {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'pvc' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    },
  ],
  [
    '/api/v1/persistentvolumes',
    {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv-{ns}' },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/tmp/pv' } },
    },
  ],
  [
    '/api/v1/namespaces/{ns}/resourcequotas',
    { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'quota' }, spec: { hard: { pods: '10' } } },
  ],
  [
    '/api/v1/namespaces/{ns}/limitranges',
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'limits' },
      spec: { limits: [{ type: 'Container', default: { cpu: '100m' } }] },
    },
  ],
  [
    '/api/v1/namespaces/{ns}/replicationcontrollers',
    {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'rc' },
      spec: { replicas: 0, selector: { app: 'x' }, template },
    },
  ],
  [
    '/api/v1/namespaces/{ns}/events',
    {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'ev' },
      involvedObject: { kind: 'Pod', name: 'pod', namespace: '{ns}' },
      reason: 'Test',
      message: 'a test',
      type: 'Normal',
    },
  ],
  [
    '/apis/apps/v1/namespaces/{ns}/deployments',
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'dep' }, spec: { replicas: 0, selector, template } },
  ],
  [
    '/apis/apps/v1/namespaces/{ns}/replicasets',
    { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' }, spec: { replicas: 0, selector, template } },
  ],
  [
    '/apis/apps/v1/namespaces/{ns}/statefulsets',
    {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'sts' },
      spec: { replicas: 0, serviceName: 'headless', selector, template },
    },
  ],
  [
    '/apis/apps/v1/namespaces/{ns}/daemonsets',
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'ds' },
      spec: { selector, template: { ...template, spec: { ...pod, nodeSelector: { none: 'x' } } } },
    },
  ],
  [
    '/apis/apps/v1/namespaces/{ns}/controllerrevisions',
    { apiVersion: 'apps/v1', kind: 'ControllerRevision', metadata: { name: 'cr' }, revision: 1, data: { a: 1 } },
  ],
  [
    '/apis/batch/v1/namespaces/{ns}/jobs',
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'job' },
      spec: { suspend: true, template: { spec: { ...pod, restartPolicy: 'Never' } } },
    },
  ],
  [
    '/apis/batch/v1/namespaces/{ns}/cronjobs',
    {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'cj' },
      spec: {
        schedule: '0 0 * * *',
        suspend: true,
        jobTemplate: { spec: { template: { spec: { ...pod, restartPolicy: 'Never' } } } },
      },
    },
  ],
  [
    '/apis/autoscaling/v2/namespaces/{ns}/horizontalpodautoscalers',
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'hpa' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'dep' }, maxReplicas: 3 },
    },
  ],
  [
    '/apis/policy/v1/namespaces/{ns}/poddisruptionbudgets',
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'pdb' },
      spec: { minAvailable: 1, selector },
    },
  ],
  [
    '/apis/networking.k8s.io/v1/namespaces/{ns}/ingresses',
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'ing' },
      spec: {
        rules: [
          {
            host: 'a.example.com',
            http: {
              paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'svc', port: { number: 80 } } } }],
            },
          },
        ],
      },
    },
  ],
  [
    '/apis/networking.k8s.io/v1/ingressclasses',
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'ic-{ns}' },
      spec: { controller: 'example.com/ingress' },
    },
  ],
  [
    '/apis/networking.k8s.io/v1/namespaces/{ns}/networkpolicies',
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'np' },
      spec: { podSelector: {}, ingress: [{}] },
    },
  ],
  [
    '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/roles',
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'role' },
      rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
    },
  ],
  [
    '/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings',
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'rb' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'role' },
      subjects: [{ kind: 'ServiceAccount', name: 'sa' }],
    },
  ],
  [
    '/apis/rbac.authorization.k8s.io/v1/clusterroles',
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'cr-{ns}' },
      rules: [{ nonResourceURLs: ['/healthz'], verbs: ['get'] }],
    },
  ],
  [
    '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings',
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'crb-{ns}' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cr-{ns}' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'u' }],
    },
  ],
  [
    '/apis/discovery.k8s.io/v1/namespaces/{ns}/endpointslices',
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'es' },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.0.0.1'] }],
      ports: [{ port: 80 }],
    },
  ],
  [
    '/api/v1/namespaces/{ns}/endpoints',
    {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'ep' },
      subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }],
    },
  ],
  [
    '/apis/coordination.k8s.io/v1/namespaces/{ns}/leases',
    {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: 'lease' },
      spec: { holderIdentity: 'me', leaseDurationSeconds: 30 },
    },
  ],
  [
    '/apis/events.k8s.io/v1/namespaces/{ns}/events',
    {
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'ev2' },
      eventTime: '2026-01-01T00:00:00.000000Z',
      reportingController: 'example.com/c',
      reportingInstance: 'c-1',
      action: 'Test',
      reason: 'Test',
      regarding: { kind: 'Pod', name: 'pod', namespace: '{ns}' },
      type: 'Normal',
      note: 'a test',
    },
  ],
  [
    '/apis/storage.k8s.io/v1/storageclasses',
    {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'sc-{ns}' },
      provisioner: 'example.com/p',
    },
  ],
  [
    '/apis/scheduling.k8s.io/v1/priorityclasses',
    { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'pc-{ns}' }, value: 1000 },
  ],
];

export const kinds: Sequence[] = [
  {
    name: 'create every kind',
    about: "each kind's defaults, zero values and server-set fields on create",
    steps: KINDS.map(([collection, manifest]) =>
      post(collection, manifest, {
        label: `create ${String(manifest.kind)} ${(manifest.metadata as any).name}`,
        view: views.withoutManagedFields,
      }),
    ),
  },
  {
    name: 'managed fields of every kind',
    about: 'what an Update that creates each kind owns (maps and lists it creates, zero-value structs it does not)',
    steps: KINDS.map(([collection, manifest]) =>
      post(
        collection,
        { ...manifest, metadata: { ...(manifest.metadata as object), labels: { a: 'b' } } },
        {
          label: `create ${String(manifest.kind)} ${(manifest.metadata as any).name}`,
          view: views.managedFields,
        },
      ),
    ),
  },
];
