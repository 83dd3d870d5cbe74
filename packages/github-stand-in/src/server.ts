/**
 * The stand-in's HTTP server: routes a request to the operation GitHub's OpenAPI
 * description names for its method and path, checks the request against that operation
 * (parameters and JSON body), runs the route, and checks the response. A request GitHub
 * would reject is answered as GitHub answers (422, 404, 401) and recorded as a violation,
 * so a test can fail on it; a response that breaks the schema is a bug in the stand-in,
 * answered with 500 and recorded too.
 */
import { randomBytes } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiDescription } from './openapi.js';
import { type Route, type RouteResponse, defaultRoutes, notFound } from './routes/index.js';
import { StandInState } from './state.js';

export interface StandInOptions {
  /** owner/name of every repository the API knows. Default acme/shop. */
  repositories?: string[];
  /** The token requests must carry (Authorization: Bearer|token). Default: a random one. */
  token?: string;
  /** The login the token belongs to. Default octocat. */
  actor?: string;
  /**
   * More tokens the API accepts, each with the login it belongs to: a GitHub App's or a
   * personal access token beside the workflow's GITHUB_TOKEN. What a request creates is
   * authored by its token's login.
   */
  tokens?: Record<string, string>;
  /** Resolves a branch, tag or SHA to a commit (deployments' ref, pull requests' head and base). */
  resolveRef?: (repository: string, ref: string) => string | undefined;
  /** Routes besides (or instead of, by operationId) the default ones. */
  routes?: Route[];
  /** Called for each violation as it happens. */
  onViolation?: (violation: string) => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body?: unknown;
  response?: unknown;
}

export interface GitHubStandIn {
  /** The API's base URL (GITHUB_API_URL), http://127.0.0.1:PORT. */
  url: string;
  token: string;
  state: StandInState;
  /** Every request, in order. */
  requests: RecordedRequest[];
  /** Requests GitHub would have rejected, and responses that break the schema: one line each. */
  violations: string[];
  stop(): Promise<void>;
}

let description: OpenApiDescription | undefined;

/** GitHub's OpenAPI description, loaded once per process (13 MB of JSON). */
export function githubOpenApi(): OpenApiDescription {
  description ??= OpenApiDescription.load();
  return description;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, result: RouteResponse): void {
  const text = result.body === undefined ? '' : JSON.stringify(result.body);
  response.writeHead(result.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-remaining': '4999',
  });
  response.end(text);
}

function errorBody(status: number, message: string) {
  return { status, body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) } };
}

export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const api = githubOpenApi();
  const token = options.token ?? `ghs_${randomBytes(18).toString('hex')}`;
  const actor = options.actor ?? 'octocat';
  const logins = new Map<string, string>([[token, actor], ...Object.entries(options.tokens ?? {})]);
  const routes = new Map<string, Route>();
  for (const route of [...defaultRoutes, ...(options.routes ?? [])]) {
    api.operation(route.operationId); // fails at start for an operation GitHub does not have
    routes.set(route.operationId, route);
  }
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const violation = (line: string) => {
    violations.push(line);
    options.onViolation?.(line);
  };
  const urls = { api: '', web: 'https://github.com' };
  const state = new StandInState({
    urls,
    repositories: options.repositories ?? ['acme/shop'],
    resolveRef: options.resolveRef,
  });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', urls.api);
    const record: RecordedRequest = { method, path: url.pathname, status: 0 };
    requests.push(record);
    const reply = (result: RouteResponse) => {
      record.status = result.status;
      record.response = result.body;
      send(response, result);
    };
    const text = await readBody(request);
    const matched = api.match(method, url.pathname);
    if (!matched) {
      violation(`${method} ${url.pathname}: GitHub's API has no such route`);
      return reply(notFound());
    }
    const { operation, params } = matched;
    record.operationId = operation.operationId;
    const where = `${method} ${url.pathname} (${operation.operationId})`;
    const route = routes.get(operation.operationId);
    if (!route) {
      violation(
        `${where}: the stand-in has no route for this operation; add one under packages/github-stand-in/src/routes`,
      );
      return reply(errorBody(501, `github-stand-in does not serve ${operation.operationId}`));
    }
    const authorization = request.headers.authorization ?? '';
    const given = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1];
    const login = given === undefined ? undefined : logins.get(given);
    if (method !== 'GET' && login === undefined) {
      violation(`${where}: ${given ? 'a wrong token' : 'no token'} (GitHub answers 401)`);
      return reply(errorBody(401, given ? 'Bad credentials' : 'Requires authentication'));
    }
    let body: unknown;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        violation(`${where}: the body is not JSON`);
        return reply(errorBody(400, 'Problems parsing JSON'));
      }
    }
    record.body = body;
    const problems = api.validateRequest(operation, {
      params,
      query: url.searchParams,
      body,
      hasBody: body !== undefined,
    });
    if (problems.length > 0) {
      violation(`${where}: GitHub would reject this request: ${problems.join('; ')}`);
      return reply({
        status: 422,
        body: {
          message: `Invalid request.\n\n${problems.join('\n')}`,
          documentation_url: 'https://docs.github.com/rest',
          status: '422',
        },
      });
    }
    const repository = state.repository(params.owner ?? '', params.repo ?? '');
    if (!repository) return reply(notFound());
    let result: RouteResponse;
    try {
      result = route.handle({
        params,
        query: url.searchParams,
        body: body ?? {},
        repository,
        state,
        actor: login ?? actor,
      });
    } catch (error) {
      violation(`${where}: the route failed: ${(error as Error).message}`);
      return reply(errorBody(500, 'Server Error'));
    }
    const responseProblems = api.validateResponse(operation, result.status, result.body);
    if (responseProblems.length > 0) {
      violation(`${where}: the stand-in's response breaks GitHub's schema: ${responseProblems.slice(0, 5).join('; ')}`);
      return reply(errorBody(500, 'Server Error'));
    }
    reply(result);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violation(`${request.method} ${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) send(response, errorBody(500, 'Server Error'));
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  urls.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: urls.api,
    token,
    state,
    requests,
    violations,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
