/** Deployments and deployment statuses: what a job with `environment:` records on GitHub. */
import { nodeId, now, user } from '../objects.js';
import { type Route, type RouteRequest, notFound, page, validationFailed } from './route.js';

function repoUrl(request: RouteRequest): string {
  const { owner, name } = request.repository.facts;
  return `${request.state.urls.api}/repos/${owner}/${name}`;
}

function deploymentById(request: RouteRequest): Record<string, any> | undefined {
  const id = Number(request.params.deployment_id);
  return request.state.list(request.repository, 'deployments').find((d) => d.id === id);
}

export const deploymentRoutes: Route[] = [
  {
    operationId: 'repos/create-deployment',
    handle(request) {
      const { body, state, repository } = request;
      const sha = state.resolveRef(repository, body.ref);
      if (!sha) return validationFailed('Deployment', 'ref', 'invalid', `No ref found for: ${body.ref}`);
      const id = state.nextId();
      const environment = body.environment ?? 'production';
      const created = now();
      const deployment = {
        url: `${repoUrl(request)}/deployments/${id}`,
        id,
        node_id: nodeId('DE', id),
        sha,
        ref: body.ref,
        task: body.task ?? 'deploy',
        payload:
          typeof body.payload === 'string' && body.payload !== '' ? JSON.parse(body.payload) : (body.payload ?? {}),
        original_environment: environment,
        environment,
        description: body.description ?? '',
        creator: user(state.urls, request.actor, state.userId(request.actor)),
        created_at: created,
        updated_at: created,
        statuses_url: `${repoUrl(request)}/deployments/${id}/statuses`,
        repository_url: repoUrl(request),
        transient_environment: body.transient_environment ?? false,
        production_environment: body.production_environment ?? environment === 'production',
      };
      state.list(repository, 'deployments').push(deployment);
      repository.statuses.set(id, []);
      return { status: 201, body: deployment };
    },
  },
  {
    operationId: 'repos/list-deployments',
    handle(request) {
      const { query } = request;
      const matches = request.state
        .list(request.repository, 'deployments')
        .filter((d) =>
          ['sha', 'ref', 'task', 'environment'].every((key) => !query.get(key) || d[key] === query.get(key)),
        )
        .reverse();
      return { status: 200, body: page(matches, query) };
    },
  },
  {
    operationId: 'repos/get-deployment',
    handle(request) {
      const deployment = deploymentById(request);
      return deployment ? { status: 200, body: deployment } : notFound();
    },
  },
  {
    operationId: 'repos/create-deployment-status',
    handle(request) {
      const deployment = deploymentById(request);
      if (!deployment) return notFound();
      const { body, state, repository } = request;
      const id = state.nextId();
      const created = now();
      if (body.environment) deployment.environment = body.environment;
      const status = {
        url: `${deployment.url}/statuses/${id}`,
        id,
        node_id: nodeId('DES', id),
        state: body.state,
        creator: user(state.urls, request.actor, state.userId(request.actor)),
        description: body.description ?? '',
        environment: deployment.environment,
        // GitHub answers "" for a link never given, which the schema's format: uri refuses: the deployments page stands in.
        target_url:
          body.target_url ||
          body.log_url ||
          `${state.urls.web}/${repository.facts.owner}/${repository.facts.name}/deployments`,
        ...(body.log_url || body.target_url ? { log_url: body.log_url || body.target_url } : {}),
        ...(body.environment_url ? { environment_url: body.environment_url } : {}),
        created_at: created,
        updated_at: created,
        deployment_url: deployment.url,
        repository_url: repoUrl(request),
      };
      repository.statuses.get(deployment.id)!.push(status);
      deployment.updated_at = created;
      // A successful deployment makes the earlier ones of its environment inactive (auto_inactive, default true).
      if (body.state === 'success' && body.auto_inactive !== false) {
        for (const other of state.list(repository, 'deployments')) {
          if (other === deployment || other.environment !== deployment.environment) continue;
          const history = repository.statuses.get(other.id) ?? [];
          if (history.at(-1)?.state !== 'success') continue;
          const inactiveId = state.nextId();
          history.push({
            ...history.at(-1),
            id: inactiveId,
            node_id: nodeId('DES', inactiveId),
            state: 'inactive',
            url: `${other.url}/statuses/${inactiveId}`,
            created_at: created,
            updated_at: created,
          });
        }
      }
      return { status: 201, body: status };
    },
  },
  {
    operationId: 'repos/list-deployment-statuses',
    handle(request) {
      const deployment = deploymentById(request);
      if (!deployment) return notFound();
      const statuses = [...(request.repository.statuses.get(deployment.id) ?? [])].reverse();
      return { status: 200, body: page(statuses, request.query) };
    },
  },
];
