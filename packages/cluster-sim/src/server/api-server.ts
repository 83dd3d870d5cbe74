/**
 * The HTTP front of the simulated API server: authentication, authorization, fault
 * injection, the request log, routing to discovery and to the resource handlers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store.js';
import {
  StatusError,
  internalError,
  timeoutError,
  tooManyRequests,
  staleConflict,
  unauthorized,
} from '../api/errors.js';
import { resolveRequest, type RequestInfo } from './request-info.js';
import {
  aggregatedDiscovery,
  apiGroupDocument,
  apiGroupList,
  apiResourceList,
  apiVersions,
  wantsAggregated,
  AGGREGATED_V2,
  AGGREGATED_V2BETA1,
} from './discovery.js';
import { ResourceHandlers, type PodLogSource } from './handlers.js';
import { sendJson, sendNotFoundPage, sendStatusError } from './respond.js';
import { openApiV3Document, openApiV3Index } from './openapi.js';
import {
  forbiddenError,
  type RbacAuthorizer,
  type TokenAuthenticator,
  type UserInfo,
  ADMIN_USER,
} from '../rbac/index.js';
import { FaultInjector, RequestLog, type RequestLogEntry, type RequestVerb } from '../faults/index.js';

export interface ApiServerOptions {
  store: Store;
  podLog?: PodLogSource;
  authenticator: TokenAuthenticator;
  /** When set, requests are authorized by RBAC; otherwise every authenticated request is allowed. */
  authorizer?: RbacAuthorizer;
  faults: FaultInjector;
  log: RequestLog;
  /** host:port for /api's serverAddressByClientCIDRs. */
  serverAddress: () => string;
  version?: { major: string; minor: string; gitVersion: string };
  bookmarkIntervalMs?: number;
}

const RESOURCE_VERBS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection']);

const SERVER_VERSION = {
  major: '1',
  minor: '37',
  gitVersion: 'v1.37.2',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z',
  goVersion: 'go1.26.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export class ApiServer {
  private readonly handlers: ResourceHandlers;

  constructor(private readonly options: ApiServerOptions) {
    this.handlers = new ResourceHandlers(options.store, options.podLog, options.bookmarkIntervalMs, (user) =>
      options.authenticator.issue(user),
    );
  }

  /** The node:http request listener. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    this.handle(req, res).catch((error: unknown) => {
      if (error instanceof StatusError) sendStatusError(res, error);
      else {
        process.emitWarning(
          `cluster-sim: internal error on ${req.method} ${req.url}: ${(error as Error)?.stack ?? String(error)}`,
        );
        sendStatusError(res, internalError((error as Error)?.message ?? String(error)));
      }
    });
  };

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const info = resolveRequest(req.method ?? 'GET', url, this.options.store.registry);
    const entry = this.logEntry(req, url, info);
    if (entry) {
      let logged = false;
      const finish = () => {
        if (logged) return;
        logged = true;
        entry.status = res.headersSent ? res.statusCode : 0;
        this.options.log.add(entry);
      };
      res.on('finish', finish);
      res.on('close', finish);
    }

    // Authentication.
    let user: UserInfo | undefined = this.options.authenticator.authenticate(req.headers.authorization);
    if (!user) {
      if (this.options.authorizer) {
        const open = ['/healthz', '/livez', '/readyz', '/version'].some(
          (p) => url.pathname === p || url.pathname.startsWith(p + '/'),
        );
        if (!open) {
          sendStatusError(res, unauthorized());
          return;
        }
        user = { username: 'system:anonymous', groups: ['system:unauthenticated'] };
      } else user = ADMIN_USER;
    }

    // Authorization.
    if (this.options.authorizer) {
      const attrs = {
        user,
        verb: info.isResourceRequest ? info.verb : (req.method ?? 'GET').toLowerCase().replace('head', 'get'),
        isResourceRequest: info.isResourceRequest,
        path: url.pathname,
        group: info.group,
        resource: info.resource,
        subresource: info.subresource,
        namespace: info.namespace,
        name: info.name,
      };
      if (!this.options.authorizer.authorize(attrs).allowed) {
        sendStatusError(res, forbiddenError(attrs));
        return;
      }
    }

    // Faults.
    let dropWatchAfterEvents: number | undefined;
    if (info.isResourceRequest && RESOURCE_VERBS.has(info.verb)) {
      const fault = this.options.faults.match({
        verb: info.verb,
        resource: info.resource,
        subresource: info.subresource,
        namespace: info.namespace,
      });
      if (fault) {
        if (entry) entry.fault = fault.description;
        const rule = fault.rule;
        if (rule.latencyMs) await new Promise((resolve) => setTimeout(resolve, rule.latencyMs));
        if (rule.reset) {
          req.socket.destroy();
          return;
        }
        if (rule.status) {
          sendStatusError(res, this.faultError(rule.status, rule.retryAfterSeconds ?? 1, info));
          return;
        }
        dropWatchAfterEvents = rule.dropWatchAfterEvents;
      }
    }

    if (!info.isResourceRequest) {
      this.nonResource(req, res, url, info);
      return;
    }
    await this.handlers.handle(req, res, url, info, user, {
      dropWatchAfterEvents,
      authorizer: this.options.authorizer,
      entry,
    });
  }

  private faultError(status: number, retryAfter: number, info: RequestInfo): StatusError {
    switch (status) {
      case 429:
        return tooManyRequests(retryAfter);
      case 409:
        return staleConflict(info.group, info.resource, info.name ?? '');
      case 503:
        return new StatusError(
          503,
          'ServiceUnavailable',
          'the server is currently unable to handle the request',
          { retryAfterSeconds: retryAfter },
          { 'Retry-After': String(retryAfter) },
        );
      case 504:
        return timeoutError();
      case 500:
      default:
        return internalError('injected fault');
    }
  }

  private logEntry(req: IncomingMessage, url: URL, info: RequestInfo): RequestLogEntry | undefined {
    if (!info.isResourceRequest || !RESOURCE_VERBS.has(info.verb)) return undefined;
    const entry: RequestLogEntry = {
      verb: info.verb as RequestVerb,
      group: info.group,
      resource: info.resource,
      dryRun: url.searchParams.getAll('dryRun').includes('All'),
      status: 0,
    };
    if (info.subresource) entry.subresource = info.subresource;
    if (info.namespace !== undefined && !(info.resource === 'namespaces' && info.group === ''))
      entry.namespace = info.namespace;
    if (info.name) entry.name = info.name;
    const manager = url.searchParams.get('fieldManager');
    if (manager) entry.fieldManager = manager;
    if (info.verb === 'patch') entry.patchType = (req.headers['content-type'] ?? '').split(';')[0];
    if (req.headers['user-agent']) entry.userAgent = req.headers['user-agent'];
    return entry;
  }

  private nonResource(req: IncomingMessage, res: ServerResponse, url: URL, info: RequestInfo): void {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const registry = this.options.store.registry;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (path.startsWith('/api')) {
        sendStatusError(
          res,
          new StatusError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'),
        );
        return;
      }
    }
    if (path === '/version')
      return sendJson(res, 200, this.options.version ? { ...SERVER_VERSION, ...this.options.version } : SERVER_VERSION);
    if (['/healthz', '/livez', '/readyz'].includes(path) || /^\/(healthz|livez|readyz)\/.+/.test(path)) {
      const text = url.searchParams.has('verbose') ? `[+]ping ok\n[+]etcd ok\n${path.slice(1)} check passed\n` : 'ok';
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end(text);
      return;
    }
    const aggregated = wantsAggregated(req.headers.accept);
    if (path === '/api') {
      if (aggregated)
        return sendJson(
          res,
          200,
          aggregatedDiscovery(registry, true, aggregated),
          aggregated === 'v2' ? AGGREGATED_V2 : AGGREGATED_V2BETA1,
          { Vary: 'Accept' },
        );
      return sendJson(res, 200, apiVersions(this.options.serverAddress()), 'application/json', { Vary: 'Accept' });
    }
    if (path === '/apis') {
      if (aggregated)
        return sendJson(
          res,
          200,
          aggregatedDiscovery(registry, false, aggregated),
          aggregated === 'v2' ? AGGREGATED_V2 : AGGREGATED_V2BETA1,
          { Vary: 'Accept' },
        );
      return sendJson(res, 200, apiGroupList(registry), 'application/json', { Vary: 'Accept' });
    }
    const parts = path.split('/').filter(Boolean);
    if (parts[0] === 'api' && parts.length === 2) {
      const doc = apiResourceList(registry, '', parts[1]);
      if (doc) return sendJson(res, 200, doc);
    }
    if (parts[0] === 'apis' && parts.length === 2) {
      const doc = apiGroupDocument(registry, parts[1]);
      if (doc) return sendJson(res, 200, doc);
    }
    if (parts[0] === 'apis' && parts.length === 3) {
      const doc = apiResourceList(registry, parts[1], parts[2]);
      if (doc) return sendJson(res, 200, doc);
    }
    if (path === '/openapi/v3') return sendJson(res, 200, openApiV3Index(registry));
    if (path.startsWith('/openapi/v3/')) {
      const doc = openApiV3Document(registry, path.slice('/openapi/v3/'.length));
      if (doc) return sendJson(res, 200, doc, 'application/json', { 'Cache-Control': 'no-cache, private' });
    }
    void info;
    // /openapi/v2 and anything else: a clean 404, which makes clients fall back.
    sendNotFoundPage(res);
  }
}
