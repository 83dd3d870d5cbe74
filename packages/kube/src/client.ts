// Deep imports: the package's index loads the whole generated API (about 15 MB bundled),
// which nothing here uses. patches/@kubernetes__client-node@2.0.1.patch does the same for
// config.js, which imported two names from that index.
import { KubeConfig } from '@kubernetes/client-node/dist/config.js';
import { HttpMethod, RequestContext } from '@kubernetes/client-node/dist/gen/http/http.js';
import http from 'node:http';
import https from 'node:https';
import { fetch } from 'undici';
import { type RetryOptions, parseRetryAfter, retry } from '@kra/core';
import { type AccessInfo, ClusterAccessError, NetworkError, accessErrorOf, errorCode } from './access.js';
import { type ExecConfig, ExecCredentialPlugin } from './exec-credential.js';

/**
 * A small JSON client for the Kubernetes API. Authentication and TLS (client certificates,
 * tokens, exec plugins, OIDC, CA bundles, insecure-skip-tls-verify) all come from
 * @kubernetes/client-node's KubeConfig; the requests themselves are sent as raw JSON so
 * objects reach the server exactly as written (client-node's typed serializer drops fields it
 * does not know, which would hide typos from the server's strict validation and turn
 * timestamps into Dates in diffs). Every request is retried on 429/5xx and connection
 * resets, honouring Retry-After.
 */

export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name?: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    creationTimestamp?: string;
    ownerReferences?: Array<{ apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }>;
    [key: string]: unknown;
  };
  [key: string]: any;
}

export interface StatusCause {
  type?: string;
  message?: string;
  field?: string;
}

/** A failed API request, carrying the server's Status. */
export class ApiError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly causes: StatusCause[];
  readonly retryAfterMs?: number;
  constructor(status: number, message: string, reason = '', causes: StatusCause[] = [], retryAfterMs?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.reason = reason;
    this.causes = causes;
    this.retryAfterMs = retryAfterMs;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/**
 * The error a user sees for a failed deploy: an API refusal of the kubeconfig's user (403) is
 * explained against the kubeconfig (context, user) with what to grant; others are unchanged.
 */
export function explainAccessError(error: unknown, access: AccessInfo): unknown {
  if (error instanceof ApiError && error.status === 403)
    return new ClusterAccessError(
      'forbidden',
      access,
      `the cluster refused a request (403 Forbidden: ${error.message}): grant the user the permissions k8s-deploy needs (examples/rbac/deployer-role.yaml lists them)`,
      { cause: error },
    );
  return error;
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * Whether a request error is worth another attempt: throttling (429), server errors (5xx) and
 * connections that broke or timed out. Never a refusal (4xx), a TLS failure, a configuration
 * problem or a response that could not be read: another attempt would meet them again.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ApiError) return RETRY_STATUS.has(error.status);
  return error instanceof NetworkError && error.transient;
}

export interface ClientOptions {
  /** The input the kubeconfig came from, for messages (default "kubeconfig"). */
  input?: string;
  /** How long a credential plugin may run: the step's timeout (default 60 s). */
  execTimeoutMs?: number;
  /** Called with each credential a plugin gives, before it is used (to mask it). */
  onSecret?: (value: string) => void;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  /** Parse the response as text (pods/log). */
  text?: boolean;
  /** Attempts in all (default 6). */
  attempts?: number;
}

export interface RequestLog {
  (method: string, path: string, status: number): void;
}

export interface ApiResource {
  /** The plural resource name: deployments. */
  name: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
}

interface RawResponse {
  status: number;
  text: string;
  retryAfter?: string;
}

export class KubeClient {
  readonly kc: KubeConfig;
  private agent?: http.Agent;
  readonly server: string;
  /** The context, user and server in use: named in every access error. */
  readonly access: AccessInfo;
  private readonly discovery = new Map<string, Promise<ApiResource[]>>();
  onRetry?: (message: string) => void;
  /**
   * Called before every request that writes (not dry runs): throws to stop it. A deploy sets it
   * so that nothing is written once the run is cancelled or has lost its lock.
   */
  beforeWrite?: (method: string, path: string) => void;
  requestCount = 0;

  constructor(kc: KubeConfig, options: ClientOptions = {}) {
    const cluster = kc.getCurrentCluster()!;
    this.server = cluster.server.replace(/\/+$/, '');
    this.access = {
      input: options.input ?? 'kubeconfig',
      context: kc.getCurrentContext(),
      user: kc.getCurrentUser()?.name ?? '',
      server: this.server,
    };
    if (this.server.startsWith('http://') && !cluster.skipTLSVerify)
      throw new ClusterAccessError(
        'insecure-http',
        this.access,
        `the cluster's server ${this.server} is plain HTTP: use its https:// address (credentials are never sent over plain HTTP)`,
      );
    this.kc = withExecPlugin(kc, this.access, options);
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.agent?.destroy();
  }

  /** Whether the kubeconfig turns TLS verification off for the current cluster. */
  get insecure(): boolean {
    return this.kc.getCurrentCluster()?.skipTLSVerify === true;
  }

  /** Namespace of the current context, else "default". */
  get contextNamespace(): string {
    const context = this.kc.getContextObject(this.kc.getCurrentContext());
    return context?.namespace || 'default';
  }

  /** One HTTP request, retried on throttling, server errors and broken connections. */
  async request<T = any>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<{ status: number; body: T }> {
    if (this.beforeWrite && method !== 'GET' && options.query?.dryRun === undefined) this.beforeWrite(method, path);
    let attempts = 0;
    try {
      return await retry(
        () => {
          attempts += 1;
          return this.requestOnce<T>(method, path, options);
        },
        this.retryOptions(method, path, options),
      );
    } catch (error) {
      if (error instanceof NetworkError) throw accessErrorOf(error, this.access, attempts);
      throw error;
    }
  }

  private retryOptions(method: string, path: string, options: RequestOptions): RetryOptions {
    return {
      attempts: options.attempts ?? 6,
      baseDelayMs: 100,
      maxDelayMs: 5000,
      retryable: isRetryable,
      retryAfterMs: (error) => (error instanceof ApiError ? error.retryAfterMs : undefined),
      onRetry: (error, attempt, delay) =>
        this.onRetry?.(`${method} ${path}: ${(error as Error).message}; retry ${attempt} in ${delay} ms`),
    };
  }

  private async requestOnce<T>(
    method: string,
    path: string,
    options: RequestOptions,
  ): Promise<{ status: number; body: T }> {
    const url = new URL(this.server + path);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    this.requestCount += 1;
    const response = this.kc.getCurrentCluster()?.proxyUrl
      ? await this.sendThroughProxy(method, url, body, options)
      : await this.send(method, url, body, options);
    if (response.status >= 200 && response.status < 300) {
      return {
        status: response.status,
        body: (options.text ? response.text : response.text === '' ? {} : JSON.parse(response.text)) as T,
      };
    }
    let status: any = {};
    try {
      status = JSON.parse(response.text);
    } catch {
      status = { message: response.text.slice(0, 300) };
    }
    const message = typeof status.message === 'string' && status.message ? status.message : `HTTP ${response.status}`;
    if (response.status === 401)
      throw new ClusterAccessError(
        'unauthorized',
        this.access,
        `the cluster at ${this.server} refused the credentials (401 Unauthorized): the token or client certificate is wrong or has expired. Put a current kubeconfig in the secret.`,
      );
    throw new ApiError(
      response.status,
      message,
      typeof status.reason === 'string' ? status.reason : '',
      Array.isArray(status.details?.causes) ? status.details.causes : [],
      parseRetryAfter(response.retryAfter),
    );
  }

  /**
   * One request over a keep-alive agent. client-node fills in the TLS material and the
   * Authorization header (running exec plugins or refreshing OIDC tokens as needed); the
   * agent is made once, so connections are reused across the hundreds of requests of a deploy.
   */
  private async send(
    method: string,
    url: URL,
    body: string | undefined,
    options: RequestOptions,
  ): Promise<RawResponse> {
    const opts: https.RequestOptions = { method, headers: {} };
    await this.kc.applyToHTTPSOptions(opts);
    const secure = url.protocol === 'https:';
    if (!this.agent) {
      const tls = {
        ca: opts.ca,
        cert: opts.cert,
        key: opts.key,
        pfx: opts.pfx,
        passphrase: opts.passphrase,
        servername: opts.servername,
        rejectUnauthorized: opts.rejectUnauthorized,
      };
      this.agent = secure
        ? new https.Agent({ keepAlive: true, maxSockets: 64, ...tls })
        : new http.Agent({ keepAlive: true, maxSockets: 64 });
    }
    const headers: Record<string, string> = {
      ...(opts.headers as Record<string, string>),
      Accept: options.text ? '*/*' : 'application/json',
    };
    if (body !== undefined) {
      headers['Content-Type'] = options.contentType ?? 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(body));
    }
    if (opts.auth) headers.Authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
    return new Promise((resolve, reject) => {
      const request = (secure ? https : http).request(
        url,
        { method, headers, agent: this.agent, timeout: 60_000 },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString('utf8'),
              retryAfter: response.headers['retry-after'] as string | undefined,
            }),
          );
        },
      );
      request.on('timeout', () =>
        request.destroy(Object.assign(new Error('no answer in 60 s'), { code: 'REQUEST_TIMEOUT' })),
      );
      request.on('error', (error) =>
        reject(new NetworkError(method, url.pathname, errorCode(error), { cause: error })),
      );
      request.end(body);
    });
  }

  /** Through the kubeconfig's proxy-url: client-node's undici dispatcher knows proxies. */
  private async sendThroughProxy(
    method: string,
    url: URL,
    body: string | undefined,
    options: RequestOptions,
  ): Promise<RawResponse> {
    const ctx = new RequestContext(url.toString(), method as HttpMethod);
    await this.kc.applySecurityAuthentication(ctx);
    const headers = ctx.getHeaders();
    headers.Accept = options.text ? '*/*' : 'application/json';
    if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
    const response = await fetch(url, {
      method,
      headers,
      body,
      dispatcher: ctx.getDispatcher() as any,
      signal: AbortSignal.timeout(60_000),
    }).catch((error) => {
      const code = (error as Error).name === 'TimeoutError' ? 'REQUEST_TIMEOUT' : errorCode(error);
      throw new NetworkError(method, url.pathname, code, { cause: error });
    });
    return {
      status: response.status,
      text: await response.text(),
      retryAfter: response.headers.get('retry-after') ?? undefined,
    };
  }

  /** The resources of one API group version, from discovery (cached; refreshed when a kind is missing). */
  private resources(apiVersion: string, refresh = false): Promise<ApiResource[]> {
    if (refresh) this.discovery.delete(apiVersion);
    let cached = this.discovery.get(apiVersion);
    if (!cached) {
      const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
      cached = this.request<{ resources?: ApiResource[] }>('GET', path)
        .then((result) => (result.body.resources ?? []).filter((r) => !r.name.includes('/')))
        .catch((error) => {
          this.discovery.delete(apiVersion);
          if (isNotFound(error)) return [];
          throw error;
        });
      this.discovery.set(apiVersion, cached);
    }
    return cached;
  }

  /** The API resource serving a kind, or undefined when the server does not know it (yet). */
  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    let found = (await this.resources(apiVersion)).find((r) => r.kind === kind);
    if (!found) found = (await this.resources(apiVersion, true)).find((r) => r.kind === kind);
    return found;
  }

  async requireResource(apiVersion: string, kind: string): Promise<ApiResource> {
    const resource = await this.resourceFor(apiVersion, kind);
    if (!resource) {
      throw new ApiError(
        404,
        `the cluster does not serve ${kind} in ${apiVersion}: check apiVersion and kind, or install its CustomResourceDefinition first`,
        'NotFound',
      );
    }
    return resource;
  }

  /** The collection path of a kind, in a namespace when it is namespaced. */
  async collectionPath(apiVersion: string, kind: string, namespace?: string): Promise<string> {
    const resource = await this.requireResource(apiVersion, kind);
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    return resource.namespaced && namespace
      ? `${base}/namespaces/${namespace}/${resource.name}`
      : `${base}/${resource.name}`;
  }

  async objectPath(apiVersion: string, kind: string, name: string, namespace?: string): Promise<string> {
    return `${await this.collectionPath(apiVersion, kind, namespace)}/${encodeURIComponent(name)}`;
  }

  /** The stored version of an object the manifests name (by apiVersion, kind, name, namespace), if any. */
  getLive<T extends KObject = KObject>(object: KObject): Promise<T | undefined> {
    return this.get<T>(object.apiVersion, object.kind, object.metadata.name!, object.metadata.namespace);
  }

  async get<T extends KObject = KObject>(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): Promise<T | undefined> {
    try {
      return (await this.request<T>('GET', await this.objectPath(apiVersion, kind, name, namespace))).body;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list<T extends KObject = KObject>(
    apiVersion: string,
    kind: string,
    namespace?: string,
    query: { labelSelector?: string; fieldSelector?: string } = {},
  ): Promise<{ items: T[]; resourceVersion: string }> {
    const path = await this.collectionPath(apiVersion, kind, namespace);
    const { body } = await this.request<{ items?: T[]; metadata?: { resourceVersion?: string } }>('GET', path, {
      query,
    });
    const items = (body.items ?? []).map((item) => Object.assign({ apiVersion, kind }, item) as T);
    return { items, resourceVersion: body.metadata?.resourceVersion ?? '' };
  }

  /** Server-side apply. Returns the object as stored (or as it would be, with dryRun) and whether it was created. */
  async apply(
    object: KObject,
    options: { fieldManager: string; force?: boolean; dryRun?: boolean },
  ): Promise<{ object: KObject; created: boolean }> {
    const path = await this.objectPath(
      object.apiVersion,
      object.kind,
      object.metadata.name!,
      object.metadata.namespace,
    );
    const { status, body } = await this.request<KObject>('PATCH', path, {
      query: {
        fieldManager: options.fieldManager,
        force: options.force ? true : undefined,
        dryRun: options.dryRun ? 'All' : undefined,
        fieldValidation: 'Strict',
      },
      body: object,
      contentType: 'application/apply-patch+yaml',
    });
    return { object: body, created: status === 201 };
  }

  async create<T extends KObject>(object: T, namespace = object.metadata.namespace): Promise<T> {
    const path = await this.collectionPath(object.apiVersion, object.kind, namespace);
    // Retried like every request: a create that landed before the connection broke comes back as 409 AlreadyExists, which callers handle.
    return (await this.request<T>('POST', path, { body: object })).body;
  }

  /** PUT with the object's resourceVersion: fails with 409 when someone else changed it first. */
  async replace<T extends KObject>(object: T): Promise<T> {
    const path = await this.objectPath(
      object.apiVersion,
      object.kind,
      object.metadata.name!,
      object.metadata.namespace,
    );
    return (await this.request<T>('PUT', path, { body: object })).body;
  }

  /** Deletes an object; returns false when it was already gone. */
  async delete(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
    options: { dryRun?: boolean; propagationPolicy?: string } = {},
  ): Promise<boolean> {
    try {
      await this.request('DELETE', await this.objectPath(apiVersion, kind, name, namespace), {
        query: {
          dryRun: options.dryRun ? 'All' : undefined,
          propagationPolicy: options.propagationPolicy ?? 'Background',
        },
      });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** The last lines of a container's log; undefined when there is none (the container never started). */
  async podLog(
    namespace: string,
    pod: string,
    container: string,
    tailLines: number,
    previous = false,
  ): Promise<string | undefined> {
    try {
      const { body } = await this.request<string>(
        'GET',
        `/api/v1/namespaces/${namespace}/pods/${encodeURIComponent(pod)}/log`,
        {
          query: { container, tailLines, previous: previous ? true : undefined },
          text: true,
          attempts: 3,
        },
      );
      return body;
    } catch {
      return undefined;
    }
  }
}

/**
 * A kubeconfig whose current user's credential plugin runs through ExecCredentialPlugin
 * (bounded, output never shown, credentials masked) instead of client-node's ExecAuth: the
 * user's `exec` moves to the plugin, registered as an authenticator for that user, so the
 * client's requests and client-node's watches both use it.
 */
function withExecPlugin(kc: KubeConfig, access: AccessInfo, options: ClientOptions): KubeConfig {
  const user = kc.getCurrentUser();
  const exec = user?.exec as ExecConfig | undefined;
  if (!user || !exec) return kc;
  const cluster = kc.getCurrentCluster()!;
  const plugin = new ExecCredentialPlugin(user.name, exec, {
    access,
    timeoutMs: options.execTimeoutMs ?? 60_000,
    onSecret: options.onSecret,
    cluster: {
      server: cluster.server,
      certificateAuthorityData: cluster.caData,
      insecureSkipTlsVerify: cluster.skipTLSVerify,
    },
  });
  const copy = new KubeConfig();
  copy.loadFromOptions({
    clusters: kc.clusters,
    contexts: kc.contexts,
    users: kc.users.map((u) => (u.name === user.name ? { ...u, exec: undefined } : u)),
    currentContext: kc.getCurrentContext(),
  });
  copy.addAuthenticator(plugin);
  return copy;
}
