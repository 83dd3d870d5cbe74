/** Deployment rollout and rollback status (conditions, observedGeneration, revisions), ReplicaSets, scale, pause, Events. */
import { apply, get, kubectl, patch, until, type Answer, type Sequence } from '../harness/sequence.js';
import { deployment, paths } from './objects.js';

const web = paths.deployment('web');
const v1 = { name: 'app', image: 'registry.example/shop/web:1.4.0' };
const v2 = { name: 'app', image: 'registry.example/shop/web:1.5.0' };

/** Rolled out: the controller saw the latest generation, every replica is updated and available. */
const complete = (replicas: number) => (a: Answer) => {
  const d = a.body;
  const progressing = d?.status?.conditions?.find((c: any) => c.type === 'Progressing');
  return (
    d?.status?.observedGeneration === d?.metadata?.generation &&
    d?.status?.updatedReplicas === replicas &&
    d?.status?.availableReplicas === replicas &&
    (d?.status?.replicas ?? 0) === replicas &&
    progressing?.reason === 'NewReplicaSetAvailable'
  );
};

const deploymentState = (a: Answer) => ({
  generation: a.body?.metadata?.generation,
  annotations: a.body?.metadata?.annotations,
  status: a.body?.status,
  managedFields: a.body?.metadata?.managedFields,
});

const replicaSets = (a: Answer) =>
  (a.body?.items ?? [])
    .map((rs: any) => ({
      name: rs.metadata.name,
      labels: rs.metadata.labels,
      annotations: rs.metadata.annotations,
      ownerReferences: rs.metadata.ownerReferences,
      generation: rs.metadata.generation,
      replicas: rs.spec.replicas,
      template: rs.spec.template,
      status: rs.status,
      managedFields: rs.metadata.managedFields,
    }))
    .sort((x: any, y: any) =>
      x.annotations['deployment.kubernetes.io/revision'] < y.annotations['deployment.kubernetes.io/revision'] ? -1 : 1,
    );

/** The Events about Deployments and ReplicaSets (the controllers'), sorted, without their counts and times. */
const controllerEvents = (a: Answer) =>
  (a.body?.items ?? [])
    .filter((e: any) => ['Deployment', 'ReplicaSet'].includes(e.involvedObject?.kind))
    .map((e: any) => ({
      type: e.type,
      reason: e.reason,
      message: e.message,
      involvedObject: e.involvedObject,
      source: e.source,
      reportingComponent: e.reportingComponent,
      reportingInstance: e.reportingInstance,
      action: e.action,
    }))
    .sort((x: any, y: any) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));

export const rollouts: Sequence[] = [
  {
    name: 'deployment rollout and rollback',
    about: 'status, conditions and revisions through a rollout, a second one, kubectl rollout undo, history and status',
    steps: [
      apply(web, deployment('web', [v1], { replicas: 2 }), 'k8s-deploy', { view: (a) => ({ status: a.status }) }),
      until(web, complete(2), { view: deploymentState }),
      get(paths.replicaSets, { view: replicaSets }),
      apply(web, deployment('web', [v2], { replicas: 2 }), 'k8s-deploy', {
        view: (a) => ({ status: a.status, generation: a.body?.metadata?.generation }),
      }),
      until(web, complete(2), { view: deploymentState }),
      until(paths.replicaSets, (a) => a.body?.items?.every((rs: any) => rs.status?.replicas === rs.spec?.replicas), {
        view: replicaSets,
      }),
      kubectl(['rollout', 'history', 'deployment/web']),
      kubectl(['rollout', 'undo', 'deployment/web']),
      until(web, complete(2), { view: deploymentState }),
      until(paths.replicaSets, (a) => a.body?.items?.every((rs: any) => rs.status?.replicas === rs.spec?.replicas), {
        view: replicaSets,
      }),
      kubectl(['rollout', 'status', 'deployment/web', '--timeout=30s']),
      kubectl(['rollout', 'history', 'deployment/web']),
      kubectl(['get', 'deployments,replicasets']),
      get(paths.events, { view: controllerEvents }),
      get('/apis/events.k8s.io/v1/namespaces/{ns}/events', {
        view: (a) =>
          (a.body?.items ?? [])
            .filter((e: any) => ['Deployment', 'ReplicaSet'].includes(e.regarding?.kind))
            .map((e: any) => ({
              type: e.type,
              reason: e.reason,
              note: e.note,
              regarding: e.regarding,
              reportingController: e.reportingController,
              action: e.action,
            }))
            .sort((x: any, y: any) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1)),
      }),
    ],
  },
  {
    name: 'deployment scale and pause',
    about: 'the scale subresource, kubectl scale, a paused rollout and its condition, resume',
    steps: [
      apply(web, deployment('web', [v1], { replicas: 1 }), 'k8s-deploy', { view: (a) => ({ status: a.status }) }),
      until(web, complete(1), { view: deploymentState }),
      get(web + '/scale'),
      patch('merge', web + '/scale', { spec: { replicas: 3 } }),
      until(web, complete(3), { view: deploymentState }),
      kubectl(['scale', 'deployment/web', '--replicas=2']),
      until(web, complete(2), { view: deploymentState }),
      kubectl(['rollout', 'pause', 'deployment/web']),
      until(web, (a) => a.body?.status?.conditions?.some((c: any) => c.reason === 'DeploymentPaused'), {
        view: deploymentState,
      }),
      patch(
        'strategic',
        web,
        { spec: { template: { spec: { containers: [v2] } } } },
        { view: (a) => ({ status: a.status }) },
      ),
      until(web, (a) => a.body?.status?.observedGeneration === a.body?.metadata?.generation, { view: deploymentState }),
      kubectl(['rollout', 'resume', 'deployment/web']),
      until(web, complete(2), { view: deploymentState }),
    ],
  },
];
