/**
 * A route is a handler for one operation of GitHub's OpenAPI description, named by its
 * operationId: the method and path come from the description, and the server validates
 * the request before the handler runs and the response after. Adding an endpoint is adding
 * a Route to a list in this folder.
 */
import type { RepositoryState, StandInState } from '../state.js';

export interface RouteRequest {
  /** Path parameters, decoded (owner, repo, deployment_id, ...). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when there is none). */
  body: any;
  /** The repository named by owner and repo (routes under /repos/{owner}/{repo}). */
  repository: RepositoryState;
  state: StandInState;
  /** The login the token belongs to. */
  actor: string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
}

export interface Route {
  operationId: string;
  handle(request: RouteRequest): RouteResponse;
}

/** GitHub's error bodies. */
export function notFound(): RouteResponse {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
  };
}

export function validationFailed(resource: string, field: string, code: string, message?: string): RouteResponse {
  return {
    status: 422,
    body: {
      message: message ?? 'Validation Failed',
      errors: [{ resource, field, code }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

/** GitHub pages lists with per_page (default 30, at most 100) and page (from 1). */
export function page<T>(items: T[], query: URLSearchParams): T[] {
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
  const pageNumber = Math.max(1, Number(query.get('page') ?? 1) || 1);
  return items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
}
