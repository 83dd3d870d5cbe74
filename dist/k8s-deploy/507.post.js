export const id = 507;
export const ids = [507];
export const modules = {

/***/ 93507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KubeClient: () => (/* reexport */ KubeClient),
  finishInterruptedRun: () => (/* reexport */ finishInterruptedRun),
  loadKubeConfig: () => (/* reexport */ loadKubeConfig)
});

// UNUSED EXPORTS: ApiError, BlueGreenRollout, CANARY_ANNOTATION, CANARY_METHODS, CANARY_WEIGHT_ANNOTATION, CONFIG_HASH_ANNOTATION, CONFIG_MODE_ANNOTATION, CONFIG_VERSION_LABEL, CanaryRollout, CancelledError, ClusterAccessError, DEFAULT_FIELD_MANAGER, DeployRun, ExecCredentialPlugin, FAIL_FAST_REASONS, HELM_HOOK, HELM_HOOK_DELETE_POLICY, HELM_HOOK_LABEL, HELM_HOOK_WEIGHT, HELM_RELEASE_NAME, HELM_RELEASE_NAMESPACE, KubeconfigError, LAST_APPLIED_ANNOTATION, LockLostError, MANAGED_BY, MANAGED_BY_LABEL, MAX_DEPTH, NetworkError, PLACEHOLDERS, PREFIX, ProgressiveRollout, RECORD_LABEL, RELEASE_LABEL, RELEASE_SECRET_TYPE, RESTARTED_AT_ANNOTATION, REVISION_LABEL, ROUTE_METHODS, RUN_ANNOTATION, ReleaseLock, ReleaseStore, ResourceWatcher, RolloutFailure, STATUS_LABEL, Session, TRACK_LABEL, Waiter, WatchSet, accessErrorOf, addImagePullSecrets, analyse, applyPlanned, assignNamespaces, at, attempt, autoscalersOf, basicStrategy, blueGreenRouter, canaryIngress, canaryRouter, canonical, chartLegend, checkDepth, checkIdentities, checkKubeconfigText, checkSecrets, checkSeparated, clientSideAppliers, collectConfigVersions, collectionIdentity, condition, conflictMessage, containerLists, copiesTarget, copyDeployment, copyMetadata, copyPodLabels, copyService, crdScope, crdStatus, current, currentReplicaSet, customResourceStatus, daemonSetStatus, decodeKubeconfigInput, decodeRecord, deeperThan, deleteObjects, deploy, deploySummary, deploymentStatus, describeAccess, describeCheck, describeStep, diagnose, diagnosisText, digestObjects, distinctApplied, encodeRecord, ensureReleaseNamespace, errorCode, eventText, explainAccessError, failed, failureLine, fieldPaths, fillPlaceholders, findWorkloads, formatDuration, formatEvents, formatValue, hasConfigVersions, hasPods, hasStatus, helmHookOf, holds, humanAge, identity, imageChanges, imageListOf, inProgress, inventoryOf, inventoryUnion, isConflict, isCustomResource, isDeployment, isInProgress, isNewRevisionPod, isNotFound, isRetryable, isService, jobStatus, judge, keepAutoscaledReplicas, keptByOthers, keptWarnings, kindGroups, labelObjects, labels, lastDeployed, leaseAvailable, leaseName, liveReplicas, looksLikeKubeconfig, manifestSecretValues, maskSecretPair, measureCheck, measureHttp, measurePrometheus, measurementChart, microTime, migrateClientSideApply, nextStep, normalizeForDiff, objectDiff, objectDifference, objectLabel, observed, olderThanLive, ownershipChanges, pairFor, parseAnalysis, parseChecksums, parseCondition, parseCredential, parseImagePullSecrets, parseImagesInput, parseRestartInput, parseSteps, pinnedImage, pinnedTag, placement, planObjects, plannedDiffs, podProblems, podSplit, podStatus, prepareObjects, printFieldPath, problemLine, problemOf, progressSummary, progressingRecord, prune, pruneCandidates, pvcStatus, queryValues, recordName, redactDiagnosis, redactor, refLabel, refOf, release, releaseNameProblem, releaseUrl, renderUrlTemplate, replaceImages, replicaSetStatus, reportOf, resolvePlan, restoreRevision, rollbackRelease, rollbackTarget, runAnalysis, runPlan, runningImages, sameContent, selectsPods, serverHost, serviceStatus, stableVersion, stampChecksums, stampRestarts, statefulSetStatus, statusOf, stepRows, takeHelmParts, templateChanges, trafficOf, trafficSplit, trafficSplitVersion, trimHistory, trimState, unionFields, upgradeManagedFields, valueAt, versionConfigs, versionedName, waitForObjects, weightedRoute, withHelmHooks, without, withoutSecrets, withoutServerFields

// EXTERNAL MODULE: ./packages/kube/src/names.ts
var src_names = __webpack_require__(97734);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(40163);
;// CONCATENATED MODULE: ./packages/kube/src/access.ts

function describeAccess(access) {
    return `Input "${access.input}" (context "${access.context}", user "${access.user}")`;
}
/** A kubeconfig that cannot be read or used as written (bad YAML, no such context, plain HTTP). */
class KubeconfigError extends src/* InputError */.dz {
    constructor(input, problem) {
        super(input, problem);
        this.name = 'KubeconfigError';
    }
}
/**
 * The cluster could not be reached or refused the kubeconfig's credentials: one line naming the
 * input, its context and user, what is wrong and what to do. Never retried.
 */
class access_ClusterAccessError extends src/* UserError */.yo {
    problem;
    access;
    constructor(problem, access, detail, options) {
        super(`${describeAccess(access)}: ${detail}`, options);
        this.name = 'ClusterAccessError';
        this.problem = problem;
        this.access = access;
    }
}
/** Connection errors (by Node's error code) that a later attempt may not meet. */
const TRANSIENT = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'REQUEST_TIMEOUT',
]);
/** TLS verification failures: the kubeconfig's CA does not vouch for the server. */
const TLS = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'EPROTO',
]);
/** A failed connection: `code` is Node's (ECONNRESET, SELF_SIGNED_CERT_IN_CHAIN, ...). */
class NetworkError extends Error {
    code;
    transient;
    tls;
    constructor(method, path, code, options) {
        super(`${method} ${path}: ${code}`, options);
        this.name = 'NetworkError';
        this.code = code;
        this.transient = TRANSIENT.has(code);
        this.tls = TLS.has(code);
    }
}
/** The code of a Node or undici error (undici's `fetch failed` carries it on its cause). */
function errorCode(error) {
    const own = error?.code;
    if (typeof own === 'string')
        return own;
    const cause = error?.cause?.code;
    return typeof cause === 'string' ? cause : 'UNKNOWN';
}
const TLS_WORDS = {
    CERT_HAS_EXPIRED: 'has expired',
    CERT_NOT_YET_VALID: 'is not valid yet',
    ERR_TLS_CERT_ALTNAME_INVALID: 'does not name this host',
    ERR_SSL_WRONG_VERSION_NUMBER: 'could not be read: the server does not speak TLS there',
    EPROTO: 'could not be read: the server does not speak TLS there',
};
/** A connection failure, explained against the kubeconfig it came from. */
function accessErrorOf(error, access, attempts) {
    if (error.tls) {
        const what = TLS_WORDS[error.code] ?? "is not signed by the cluster's certificate-authority-data";
        return new access_ClusterAccessError('tls', access, `the server certificate of ${access.server} ${what} (${error.code}): put the cluster's own CA in certificate-authority-data, or check the server address`, { cause: error });
    }
    return new access_ClusterAccessError('unreachable', access, `cannot reach the cluster at ${access.server} (${error.code}${attempts > 1 ? ` after ${attempts} attempts` : ''}): check the server address, and that the runner can reach it`, { cause: error });
}

// EXTERNAL MODULE: ./node_modules/.pnpm/@kubernetes+client-node@2.0.1_patch_hash=74398d33bd42d03b1c64da09c5bda94741699ba6fcca23_a087d91f0b0dccd8ef357cbc7f0e1a7e/node_modules/@kubernetes/client-node/dist/config.js + 21 modules
var config = __webpack_require__(59213);
// EXTERNAL MODULE: ./node_modules/.pnpm/@kubernetes+client-node@2.0.1_patch_hash=74398d33bd42d03b1c64da09c5bda94741699ba6fcca23_a087d91f0b0dccd8ef357cbc7f0e1a7e/node_modules/@kubernetes/client-node/dist/gen/http/http.js
var http = __webpack_require__(9857);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./node_modules/.pnpm/undici@8.12.4/node_modules/undici/index.js
var undici = __webpack_require__(47686);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/kube/src/exec-credential.ts


const MAX_OUTPUT = 1024 * 1024;
/**
 * Runs a kubeconfig's credential plugin the way client-go does (KUBERNETES_EXEC_INFO, no
 * shell, non-interactive) and keeps its credential until it expires. Unlike client-node's
 * ExecAuth, it is bounded by the step's timeout (the plugin and its children are killed), its
 * output never reaches an error message, and every credential is handed to `onSecret` first.
 * Works as a client-node authenticator, so the API client and watches share it.
 */
class ExecCredentialPlugin {
    userName;
    exec;
    options;
    cached;
    pending;
    constructor(userName, exec, options) {
        this.userName = userName;
        this.exec = exec;
        this.options = options;
    }
    /** client-node's Authenticator: this plugin answers for its user only. */
    isAuthProvider(user) {
        return user?.name === this.userName;
    }
    async applyAuthentication(_user, opts) {
        const status = await this.credential();
        if (status.clientCertificateData)
            opts.cert = status.clientCertificateData;
        if (status.clientKeyData)
            opts.key = status.clientKeyData;
        if (status.token)
            opts.headers = { ...(opts.headers ?? {}), Authorization: `Bearer ${status.token}` };
    }
    /** The current credential, from the plugin when there is none or it has expired. */
    credential() {
        const expires = Date.parse(this.cached?.expirationTimestamp ?? '');
        if (this.cached && (Number.isNaN(expires) || expires > Date.now() + 10_000))
            return Promise.resolve(this.cached);
        this.pending ??= this.run().finally(() => (this.pending = undefined));
        return this.pending;
    }
    fail(detail) {
        return new access_ClusterAccessError('credential-plugin', this.options.access, `the credential plugin "${this.exec.command}" ${detail}`);
    }
    run() {
        const apiVersion = this.exec.apiVersion ?? 'client.authentication.k8s.io/v1';
        const cluster = this.exec.provideClusterInfo ? this.options.cluster : undefined;
        const info = {
            apiVersion,
            kind: 'ExecCredential',
            spec: {
                interactive: false,
                ...(cluster
                    ? {
                        cluster: {
                            server: cluster.server,
                            'certificate-authority-data': cluster.certificateAuthorityData,
                            'insecure-skip-tls-verify': cluster.insecureSkipTlsVerify,
                        },
                    }
                    : {}),
            },
        };
        const env = { ...process.env, KUBERNETES_EXEC_INFO: JSON.stringify(info) };
        for (const entry of this.exec.env ?? [])
            env[entry.name] = entry.value;
        const seconds = Math.round(this.options.timeoutMs / 1000);
        return new Promise((resolve, reject) => {
            let stdout = '';
            let size = 0;
            let settled = false;
            // Its own process group, so the plugin's children are stopped with it.
            const child = (0,external_node_child_process_.spawn)(this.exec.command, this.exec.args ?? [], {
                env,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: true,
            });
            const stop = () => {
                try {
                    if (child.pid)
                        process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            };
            const finish = (error, status) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                this.options.signal?.removeEventListener('abort', onAbort);
                if (error)
                    reject(error);
                else
                    resolve(status);
            };
            const onAbort = () => {
                stop();
                finish(this.fail('was stopped: the step was cancelled'));
            };
            const timer = setTimeout(() => {
                stop();
                finish(this.fail(`gave no credentials within ${seconds}s (input "${this.options.timeoutInput ?? 'timeout'}") and was stopped: make it work without a terminal, or raise the timeout`));
            }, this.options.timeoutMs);
            this.options.signal?.addEventListener('abort', onAbort, { once: true });
            child.stdout.setEncoding('utf8').on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_OUTPUT) {
                    stop();
                    finish(this.fail(`printed more than ${MAX_OUTPUT} bytes: it must print one ExecCredential`));
                }
                else
                    stdout += chunk;
            });
            // Its stderr may hold credentials too: read (so the plugin never blocks on a full pipe), never shown.
            child.stderr.on('data', () => undefined);
            child.on('error', (error) => finish(this.fail(error.code === 'ENOENT'
                ? 'was not found (ENOENT): install it on the runner, or fix users[].user.exec.command'
                : `could not be started (${error.code ?? 'error'}): check users[].user.exec.command`)));
            child.on('close', (code, signal) => {
                if (code !== 0)
                    return finish(this.fail(`${signal ? `was killed by ${signal}` : `exited with code ${code}`} (its output is not shown: it may hold credentials): run it by hand on the runner to see why`));
                const status = parseCredential(stdout);
                if (!status)
                    return finish(this.fail(`printed output that is not an ExecCredential: it must print {"apiVersion":"${apiVersion}","kind":"ExecCredential","status":{"token":"…"}} (or clientCertificateData and clientKeyData)`));
                for (const value of [status.token, status.clientCertificateData, status.clientKeyData])
                    if (value)
                        this.options.onSecret?.(value);
                this.cached = status;
                finish(undefined, status);
            });
        });
    }
}
/** The status of an ExecCredential, or undefined when the text is not one with a usable credential. */
function parseCredential(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const object = parsed;
    if (!object || object.kind !== 'ExecCredential' || !object.status || typeof object.status !== 'object')
        return undefined;
    const { token, clientCertificateData, clientKeyData, expirationTimestamp } = object.status;
    const text_ = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    const status = {
        token: text_(token),
        clientCertificateData: text_(clientCertificateData),
        clientKeyData: text_(clientKeyData),
        expirationTimestamp: text_(expirationTimestamp),
    };
    if (!status.token && !(status.clientCertificateData && status.clientKeyData))
        return undefined;
    return status;
}

;// CONCATENATED MODULE: ./packages/kube/src/client.ts
// Deep imports: the package's index loads the whole generated API (about 15 MB bundled),
// which nothing here uses. patches/@kubernetes__client-node@2.0.1.patch does the same for
// config.js, which imported two names from that index.








/** A failed API request, carrying the server's Status. */
class client_ApiError extends Error {
    status;
    reason;
    causes;
    retryAfterMs;
    constructor(status, message, reason = '', causes = [], retryAfterMs) {
        super(message);
        this.name = 'ApiError';
        this.status = status;
        this.reason = reason;
        this.causes = causes;
        this.retryAfterMs = retryAfterMs;
    }
}
function isNotFound(error) {
    return error instanceof client_ApiError && error.status === 404;
}
function isConflict(error) {
    return error instanceof client_ApiError && error.status === 409;
}
/**
 * The error a user sees for a failed deploy: an API refusal of the kubeconfig's user (403) is
 * explained against the kubeconfig (context, user) with what to grant; others are unchanged.
 */
function explainAccessError(error, access) {
    if (error instanceof client_ApiError && error.status === 403)
        return new ClusterAccessError('forbidden', access, `the cluster refused a request (403 Forbidden: ${error.message}): grant the user the permissions k8s-deploy needs (examples/rbac/deployer-role.yaml lists them)`, { cause: error });
    return error;
}
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/**
 * Whether a request error is worth another attempt: throttling (429), server errors (5xx) and
 * connections that broke or timed out. Never a refusal (4xx), a TLS failure, a configuration
 * problem or a response that could not be read: another attempt would meet them again.
 */
function isRetryable(error) {
    if (error instanceof client_ApiError)
        return RETRY_STATUS.has(error.status);
    return error instanceof NetworkError && error.transient;
}
class KubeClient {
    kc;
    agent;
    server;
    /** The context, user and server in use: named in every access error. */
    access;
    discovery = new Map();
    onRetry;
    /**
     * Called before every request that writes (not dry runs): throws to stop it. A deploy sets it
     * so that nothing is written once the run is cancelled or has lost its lock.
     */
    beforeWrite;
    requestCount = 0;
    constructor(kc, options = {}) {
        const cluster = kc.getCurrentCluster();
        this.server = cluster.server.replace(/\/+$/, '');
        this.access = {
            input: options.input ?? 'kubeconfig',
            context: kc.getCurrentContext(),
            user: kc.getCurrentUser()?.name ?? '',
            server: this.server,
        };
        if (this.server.startsWith('http://') && !cluster.skipTLSVerify)
            throw new access_ClusterAccessError('insecure-http', this.access, `the cluster's server ${this.server} is plain HTTP: use its https:// address (credentials are never sent over plain HTTP)`);
        this.kc = withExecPlugin(kc, this.access, options);
    }
    /** Closes kept-alive connections. */
    close() {
        this.agent?.destroy();
    }
    /** Whether the kubeconfig turns TLS verification off for the current cluster. */
    get insecure() {
        return this.kc.getCurrentCluster()?.skipTLSVerify === true;
    }
    /** Namespace of the current context, else "default". */
    get contextNamespace() {
        const context = this.kc.getContextObject(this.kc.getCurrentContext());
        return context?.namespace || 'default';
    }
    /** One HTTP request, retried on throttling, server errors and broken connections. */
    async request(method, path, options = {}) {
        if (this.beforeWrite && method !== 'GET' && options.query?.dryRun === undefined)
            this.beforeWrite(method, path);
        let attempts = 0;
        try {
            return await (0,src/* retry */.L5)(() => {
                attempts += 1;
                return this.requestOnce(method, path, options);
            }, this.retryOptions(method, path, options));
        }
        catch (error) {
            if (error instanceof NetworkError)
                throw accessErrorOf(error, this.access, attempts);
            throw error;
        }
    }
    retryOptions(method, path, options) {
        return {
            attempts: options.attempts ?? 6,
            baseDelayMs: 100,
            maxDelayMs: 5000,
            retryable: isRetryable,
            retryAfterMs: (error) => (error instanceof client_ApiError ? error.retryAfterMs : undefined),
            onRetry: (error, attempt, delay) => this.onRetry?.(`${method} ${path}: ${error.message}; retry ${attempt} in ${delay} ms`),
        };
    }
    async requestOnce(method, path, options) {
        const url = new URL(this.server + path);
        for (const [key, value] of Object.entries(options.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        const body = options.body === undefined ? undefined : JSON.stringify(options.body);
        this.requestCount += 1;
        const response = this.kc.getCurrentCluster()?.proxyUrl
            ? await this.sendThroughProxy(method, url, body, options)
            : await this.send(method, url, body, options);
        if (response.status >= 200 && response.status < 300) {
            return {
                status: response.status,
                body: (options.text ? response.text : response.text === '' ? {} : JSON.parse(response.text)),
            };
        }
        let status = {};
        try {
            status = JSON.parse(response.text);
        }
        catch {
            status = { message: response.text.slice(0, 300) };
        }
        const message = typeof status.message === 'string' && status.message ? status.message : `HTTP ${response.status}`;
        if (response.status === 401)
            throw new access_ClusterAccessError('unauthorized', this.access, `the cluster at ${this.server} refused the credentials (401 Unauthorized): the token or client certificate is wrong or has expired. Put a current kubeconfig in the secret.`);
        throw new client_ApiError(response.status, message, typeof status.reason === 'string' ? status.reason : '', Array.isArray(status.details?.causes) ? status.details.causes : [], (0,src/* parseRetryAfter */.mu)(response.retryAfter));
    }
    /**
     * One request over a keep-alive agent. client-node fills in the TLS material and the
     * Authorization header (running exec plugins or refreshing OIDC tokens as needed); the
     * agent is made once, so connections are reused across the hundreds of requests of a deploy.
     */
    async send(method, url, body, options) {
        const opts = { method, headers: {} };
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
                ? new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: 64, ...tls })
                : new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 64 });
        }
        const headers = {
            ...opts.headers,
            Accept: options.text ? '*/*' : 'application/json',
        };
        if (body !== undefined) {
            headers['Content-Type'] = options.contentType ?? 'application/json';
            headers['Content-Length'] = String(Buffer.byteLength(body));
        }
        if (opts.auth)
            headers.Authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
        return new Promise((resolve, reject) => {
            const request = (secure ? (external_node_https_default()) : (external_node_http_default())).request(url, { method, headers, agent: this.agent, timeout: 60_000 }, (response) => {
                const chunks = [];
                response.on('data', (chunk) => chunks.push(chunk));
                response.on('error', reject);
                response.on('end', () => resolve({
                    status: response.statusCode ?? 0,
                    text: Buffer.concat(chunks).toString('utf8'),
                    retryAfter: response.headers['retry-after'],
                }));
            });
            request.on('timeout', () => request.destroy(Object.assign(new Error('no answer in 60 s'), { code: 'REQUEST_TIMEOUT' })));
            request.on('error', (error) => reject(new NetworkError(method, url.pathname, errorCode(error), { cause: error })));
            request.end(body);
        });
    }
    /** Through the kubeconfig's proxy-url: client-node's undici dispatcher knows proxies. */
    async sendThroughProxy(method, url, body, options) {
        const ctx = new http/* RequestContext */.bb(url.toString(), method);
        await this.kc.applySecurityAuthentication(ctx);
        const headers = ctx.getHeaders();
        headers.Accept = options.text ? '*/*' : 'application/json';
        if (body !== undefined)
            headers['Content-Type'] = options.contentType ?? 'application/json';
        const response = await (0,undici/* fetch */.hd)(url, {
            method,
            headers,
            body,
            dispatcher: ctx.getDispatcher(),
            signal: AbortSignal.timeout(60_000),
        }).catch((error) => {
            const code = error.name === 'TimeoutError' ? 'REQUEST_TIMEOUT' : errorCode(error);
            throw new NetworkError(method, url.pathname, code, { cause: error });
        });
        return {
            status: response.status,
            text: await response.text(),
            retryAfter: response.headers.get('retry-after') ?? undefined,
        };
    }
    /** The resources of one API group version, from discovery (cached; refreshed when a kind is missing). */
    resources(apiVersion, refresh = false) {
        if (refresh)
            this.discovery.delete(apiVersion);
        let cached = this.discovery.get(apiVersion);
        if (!cached) {
            const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
            cached = this.request('GET', path)
                .then((result) => (result.body.resources ?? []).filter((r) => !r.name.includes('/')))
                .catch((error) => {
                this.discovery.delete(apiVersion);
                if (isNotFound(error))
                    return [];
                throw error;
            });
            this.discovery.set(apiVersion, cached);
        }
        return cached;
    }
    /** The API resource serving a kind, or undefined when the server does not know it (yet). */
    async resourceFor(apiVersion, kind) {
        let found = (await this.resources(apiVersion)).find((r) => r.kind === kind);
        if (!found)
            found = (await this.resources(apiVersion, true)).find((r) => r.kind === kind);
        return found;
    }
    async requireResource(apiVersion, kind) {
        const resource = await this.resourceFor(apiVersion, kind);
        if (!resource) {
            throw new client_ApiError(404, `the cluster does not serve ${kind} in ${apiVersion}: check apiVersion and kind, or install its CustomResourceDefinition first`, 'NotFound');
        }
        return resource;
    }
    /** The collection path of a kind, in a namespace when it is namespaced. */
    async collectionPath(apiVersion, kind, namespace) {
        const resource = await this.requireResource(apiVersion, kind);
        const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
        return resource.namespaced && namespace
            ? `${base}/namespaces/${namespace}/${resource.name}`
            : `${base}/${resource.name}`;
    }
    async objectPath(apiVersion, kind, name, namespace) {
        return `${await this.collectionPath(apiVersion, kind, namespace)}/${encodeURIComponent(name)}`;
    }
    /** The stored version of an object the manifests name (by apiVersion, kind, name, namespace), if any. */
    getLive(object) {
        return this.get(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace);
    }
    async get(apiVersion, kind, name, namespace) {
        try {
            return (await this.request('GET', await this.objectPath(apiVersion, kind, name, namespace))).body;
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    async list(apiVersion, kind, namespace, query = {}) {
        const path = await this.collectionPath(apiVersion, kind, namespace);
        const { body } = await this.request('GET', path, {
            query,
        });
        const items = (body.items ?? []).map((item) => Object.assign({ apiVersion, kind }, item));
        return { items, resourceVersion: body.metadata?.resourceVersion ?? '' };
    }
    /** Server-side apply. Returns the object as stored (or as it would be, with dryRun) and whether it was created. */
    async apply(object, options) {
        const path = await this.objectPath(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace);
        const { status, body } = await this.request('PATCH', path, {
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
    async create(object, namespace = object.metadata.namespace) {
        const path = await this.collectionPath(object.apiVersion, object.kind, namespace);
        // Retried like every request: a create that landed before the connection broke comes back as 409 AlreadyExists, which callers handle.
        return (await this.request('POST', path, { body: object })).body;
    }
    /** PUT with the object's resourceVersion: fails with 409 when someone else changed it first. */
    async replace(object) {
        const path = await this.objectPath(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace);
        return (await this.request('PUT', path, { body: object })).body;
    }
    /** Deletes an object; returns false when it was already gone. */
    async delete(apiVersion, kind, name, namespace, options = {}) {
        try {
            await this.request('DELETE', await this.objectPath(apiVersion, kind, name, namespace), {
                query: {
                    dryRun: options.dryRun ? 'All' : undefined,
                    propagationPolicy: options.propagationPolicy ?? 'Background',
                },
            });
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    }
    /** The last lines of a container's log; undefined when there is none (the container never started). */
    async podLog(namespace, pod, container, tailLines, previous = false) {
        try {
            const { body } = await this.request('GET', `/api/v1/namespaces/${namespace}/pods/${encodeURIComponent(pod)}/log`, {
                query: { container, tailLines, previous: previous ? true : undefined },
                text: true,
                attempts: 3,
            });
            return body;
        }
        catch {
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
function withExecPlugin(kc, access, options) {
    const user = kc.getCurrentUser();
    const exec = user?.exec;
    if (!user || !exec)
        return kc;
    const cluster = kc.getCurrentCluster();
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
    const copy = new config/* KubeConfig */.yp();
    copy.loadFromOptions({
        clusters: kc.clusters,
        contexts: kc.contexts,
        users: kc.users.map((u) => (u.name === user.name ? { ...u, exec: undefined } : u)),
        currentContext: kc.getCurrentContext(),
    });
    copy.addAuthenticator(plugin);
    return copy;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(848);
;// CONCATENATED MODULE: ./packages/kube/src/kubeconfig.ts




/**
 * Checks a kubeconfig's text before client-node reads it, so that nothing of its content can
 * reach a message: a YAML error is reported by line number only (js-yaml's own message quotes
 * the line, which may hold a token), and a missing section is named, never a value.
 */
function checkKubeconfigText(text, input = 'kubeconfig') {
    let parsed;
    try {
        parsed = js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.FAILSAFE_SCHEMA */.Ay.FAILSAFE_SCHEMA });
    }
    catch (error) {
        const line = error.mark?.line;
        throw new KubeconfigError('kubeconfig', `is not valid YAML${line === undefined ? '' : ` (line ${line + 1})`}: fix the kubeconfig${input === 'kubeconfig' ? ' in the secret' : ''} (kubectl config view --raw --minify prints a valid one)`);
    }
    const config = parsed;
    if (!config || typeof config !== 'object' || Array.isArray(config))
        throw new KubeconfigError('kubeconfig', 'is not a kubeconfig (a YAML mapping with clusters, users and contexts)');
    for (const section of ['clusters', 'users', 'contexts']) {
        const list = config[section];
        if (list === undefined || list === null)
            continue;
        if (!Array.isArray(list))
            throw new KubeconfigError('kubeconfig', `has "${section}" that is not a list`);
        list.forEach((entry, i) => {
            if (!entry || typeof entry !== 'object' || typeof entry.name !== 'string')
                throw new KubeconfigError('kubeconfig', `has ${section}[${i}] without a name`);
        });
    }
}
/** Loads a kubeconfig through client-node, checked first (see checkKubeconfigText), with the context selected. */
function loadKubeConfig(options = {}) {
    const kc = new config/* KubeConfig */.yp();
    const files = options.path ? [options.path] : (process.env.KUBECONFIG ?? '').split(':').filter(Boolean);
    for (const file of files) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            if (options.path)
                throw new KubeconfigError('kubeconfig', `could not be read from ${file}`);
            continue; // KUBECONFIG may list files that do not exist; kubectl skips them too.
        }
        checkKubeconfigText(text);
    }
    try {
        if (options.path)
            kc.loadFromFile(options.path);
        else
            kc.loadFromDefault();
    }
    catch (error) {
        // The text passed checkKubeconfigText: what is left are client-node's structural checks (no values in them).
        throw new KubeconfigError('kubeconfig', `is not a usable kubeconfig: ${error.message}`);
    }
    if (options.context) {
        if (!kc.getContextObject(options.context)) {
            const known = kc.getContexts().map((c) => c.name);
            throw new KubeconfigError('context', `could not be used: context "${options.context}" is not in the kubeconfig (it has: ${known.join(', ') || 'none'}): name one of those`);
        }
        kc.setCurrentContext(options.context);
    }
    const cluster = kc.getCurrentCluster();
    if (!cluster)
        throw new KubeconfigError('kubeconfig', 'has no current cluster: set its current-context, or name a context in the "context" input');
    return kc;
}

// EXTERNAL MODULE: ./packages/kube/src/kubeconfig-input.ts
var kubeconfig_input = __webpack_require__(21518);
// EXTERNAL MODULE: ./node_modules/.pnpm/@kubernetes+client-node@2.0.1_patch_hash=74398d33bd42d03b1c64da09c5bda94741699ba6fcca23_a087d91f0b0dccd8ef357cbc7f0e1a7e/node_modules/@kubernetes/client-node/dist/watch.js
var dist_watch = __webpack_require__(75138);
;// CONCATENATED MODULE: ./packages/kube/src/watcher.ts



/**
 * A list-then-watch of one collection, like an informer without the cache machinery: it
 * lists, then watches from the list's resourceVersion; when the server or the network
 * drops the watch it resumes from the last resourceVersion it saw, and relists when that
 * version has expired (410 Gone). Objects are kept by identity.
 */
class ResourceWatcher {
    client;
    options;
    objects = new Map();
    current = 'idle';
    resourceVersion = '';
    abort;
    failures = 0;
    path = '';
    constructor(client, options) {
        this.client = client;
        this.options = options;
    }
    get state() {
        return this.current;
    }
    get ended() {
        return this.current === 'stopped' || this.current === 'failed';
    }
    /** Lists and starts watching; resolves once the initial list has been delivered. */
    async start() {
        if (this.current !== 'idle')
            return;
        this.current = 'listing';
        this.path = await this.client.collectionPath(this.options.apiVersion, this.options.kind, this.options.namespace);
        await this.relist();
        this.watch();
    }
    /** Stops for good: no event is delivered after this returns. */
    stop() {
        if (this.ended)
            return;
        this.current = 'stopped';
        this.abort?.abort();
    }
    async relist() {
        const { items, resourceVersion } = await this.client.list(this.options.apiVersion, this.options.kind, this.options.namespace, { labelSelector: this.options.labelSelector, fieldSelector: this.options.fieldSelector });
        if (this.ended)
            return;
        const seen = new Set();
        for (const item of items) {
            const id = (0,src_names/* identity */.D_)(item);
            seen.add(id);
            this.objects.set(id, item);
            this.options.onEvent('ADDED', item);
        }
        for (const [id, object] of [...this.objects]) {
            if (!seen.has(id)) {
                this.objects.delete(id);
                this.options.onEvent('DELETED', object);
            }
        }
        this.resourceVersion = resourceVersion;
    }
    watch() {
        if (this.ended)
            return;
        this.current = 'watching';
        const watch = new dist_watch/* Watch */.o(this.client.kc);
        let expired = false;
        let sawEvent = false;
        watch
            .watch(this.path, {
            resourceVersion: this.resourceVersion || undefined,
            labelSelector: this.options.labelSelector,
            fieldSelector: this.options.fieldSelector,
            allowWatchBookmarks: true,
        }, (type, object) => {
            if (this.ended)
                return;
            if (type === 'ERROR') {
                if (object?.code === 410)
                    expired = true;
                return;
            }
            sawEvent = true;
            const version = object?.metadata?.resourceVersion;
            if (version)
                this.resourceVersion = version;
            if (type === 'BOOKMARK')
                return;
            const item = { apiVersion: this.options.apiVersion, kind: this.options.kind, ...object };
            if (type === 'DELETED')
                this.objects.delete((0,src_names/* identity */.D_)(item));
            else
                this.objects.set((0,src_names/* identity */.D_)(item), item);
            this.options.onEvent(type, item);
        }, (error) => {
            if (this.ended)
                return;
            if (sawEvent)
                this.failures = 0;
            if (error?.statusCode === 410)
                expired = true;
            this.options.onDebug?.(`watch ${this.path} ended${error ? ` (${error.message ?? error})` : ''}; resuming from ${expired ? 'a new list' : this.resourceVersion}`);
            void this.resume(expired, error);
        })
            .then((controller) => {
            if (this.ended)
                controller.abort();
            else
                this.abort = controller;
        })
            .catch((error) => {
            if (!this.ended)
                void this.resume(false, error);
        });
    }
    async resume(relist, cause) {
        this.current = 'reconnecting';
        this.failures += 1;
        // A short, growing pause so a server that refuses watches is not hammered.
        const delay = Math.min(2000, 50 * 2 ** Math.min(this.failures, 6));
        await new Promise((resolve) => setTimeout(resolve, this.failures > 1 ? delay : 0));
        if (this.ended)
            return;
        try {
            if (relist || this.failures > 8)
                await this.relist();
            this.watch();
        }
        catch (error) {
            if (this.ended)
                return;
            // A refusal or an access problem does not get better with time: only transient errors are tried again.
            if (this.failures > 20 || !isRetryable(error)) {
                this.current = 'failed';
                this.options.onError?.(error ?? cause);
            }
            else
                void this.resume(true, error);
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/diagnose.ts

/** Container states that will not fix themselves: the rollout fails as soon as a new pod shows one. */
const FAIL_FAST_REASONS = [
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'CreateContainerConfigError',
    'ErrImageNeverPull',
];
/** What is wrong with a pod's containers, worst first; fatal problems are the fail-fast ones. */
function podProblems(pod, crashloopRestarts) {
    const statuses = [
        ...(pod.status?.initContainerStatuses ?? []),
        ...(pod.status?.containerStatuses ?? []),
    ];
    const problems = [];
    const base = { pod: pod.metadata.name ?? '', namespace: pod.metadata.namespace ?? '' };
    for (const status of statuses) {
        const restartCount = status.restartCount ?? 0;
        const ran = restartCount > 0 ||
            status.state?.running !== undefined ||
            status.state?.terminated !== undefined ||
            status.lastState?.terminated !== undefined;
        const waiting = status.state?.waiting;
        const terminated = status.state?.terminated;
        if (waiting?.reason && waiting.reason !== 'ContainerCreating' && waiting.reason !== 'PodInitializing') {
            const crash = waiting.reason === 'CrashLoopBackOff';
            const fatal = FAIL_FAST_REASONS.includes(waiting.reason) || (crash && restartCount > crashloopRestarts);
            const last = status.lastState?.terminated;
            const detail = crash && last
                ? `last exit code ${last.exitCode ?? '?'}${last.reason ? ` (${last.reason})` : ''}, restarted ${restartCount} times`
                : '';
            problems.push({
                ...base,
                container: status.name,
                reason: waiting.reason,
                message: [waiting.message, detail].filter(Boolean).join('; '),
                restartCount,
                fatal,
                ran,
            });
        }
        else if (terminated && terminated.exitCode !== 0 && terminated.exitCode !== undefined) {
            problems.push({
                ...base,
                container: status.name,
                reason: terminated.reason ?? 'Error',
                message: `exited with code ${terminated.exitCode}${terminated.message ? `: ${terminated.message}` : ''}`,
                restartCount,
                fatal: false,
                ran: true,
            });
        }
        else if (status.state?.running !== undefined && status.ready === false) {
            problems.push({
                ...base,
                container: status.name,
                reason: 'NotReady',
                message: 'running but not ready (readiness probe failing?)',
                restartCount,
                fatal: false,
                ran: true,
            });
        }
    }
    if (statuses.length === 0) {
        const scheduled = (pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
        if (scheduled?.status === 'False') {
            problems.push({
                ...base,
                container: '',
                reason: scheduled.reason ?? 'Unschedulable',
                message: scheduled.message ?? 'not scheduled',
                restartCount: 0,
                fatal: false,
                ran: false,
            });
        }
    }
    return problems.sort((a, b) => Number(b.fatal) - Number(a.fatal));
}
function owners(object) {
    return (object.metadata.ownerReferences ?? []).map((ref) => ref.uid);
}
/** The ReplicaSet of a Deployment's current revision (by the revision annotation, else the newest owned one). */
function currentReplicaSet(deployment, replicaSets) {
    const uid = deployment.metadata.uid;
    const owned = [...replicaSets].filter((rs) => uid && owners(rs).includes(uid));
    const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
    if (revision) {
        const match = owned.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision);
        if (match)
            return match;
    }
    return owned.sort((a, b) => String(b.metadata.creationTimestamp ?? '').localeCompare(String(a.metadata.creationTimestamp ?? '')))[0];
}
/**
 * Whether a pod belongs to the revision of `workload` being rolled out now: for a Deployment,
 * the pods of the ReplicaSet of its current revision (by pod-template-hash); for a
 * StatefulSet or DaemonSet, pods of its update revision; for a Job, its pods.
 */
function isNewRevisionPod(pod, workload, replicaSets) {
    const labels = pod.metadata.labels ?? {};
    const uid = workload.metadata.uid;
    switch (workload.kind) {
        case 'Deployment': {
            const rs = currentReplicaSet(workload, replicaSets);
            if (!rs)
                return false;
            const hash = rs.metadata.labels?.['pod-template-hash'];
            return ((rs.metadata.uid !== undefined && owners(pod).includes(rs.metadata.uid)) ||
                (hash !== undefined &&
                    labels['pod-template-hash'] === hash &&
                    pod.metadata.namespace === workload.metadata.namespace &&
                    ownedByRsOf(pod, workload, replicaSets)));
        }
        case 'StatefulSet': {
            if (!uid || !owners(pod).includes(uid))
                return false;
            const update = workload.status?.updateRevision;
            return !update || labels['controller-revision-hash'] === update;
        }
        case 'DaemonSet': {
            if (!uid || !owners(pod).includes(uid))
                return false;
            const generation = labels['pod-template-generation'];
            return generation === undefined || generation === String(workload.metadata.generation ?? generation);
        }
        case 'Job':
        case 'ReplicaSet':
            return uid !== undefined && owners(pod).includes(uid);
        case 'Pod':
            return pod.metadata.name === workload.metadata.name && pod.metadata.namespace === workload.metadata.namespace;
        default:
            return false;
    }
}
function ownedByRsOf(pod, deployment, replicaSets) {
    const uid = deployment.metadata.uid;
    const podOwners = owners(pod);
    return [...replicaSets].some((rs) => uid && owners(rs).includes(uid) && rs.metadata.uid && podOwners.includes(rs.metadata.uid));
}
function eventTime(event) {
    return String(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '');
}
/** Events as `kubectl describe` shows them: type, reason, age, source and message, oldest first, the last `limit`. */
function formatEvents(events, now, limit = 10) {
    const sorted = [...events].sort((a, b) => eventTime(a).localeCompare(eventTime(b)));
    return sorted.slice(-limit).map((event) => {
        const time = Date.parse(eventTime(event));
        const age = Number.isNaN(time) ? '' : humanAge(now - time);
        const count = typeof event.count === 'number' && event.count > 1 ? ` (x${event.count})` : '';
        const source = event.source?.component ?? event.reportingComponent ?? '';
        return `${event.type ?? 'Normal'}  ${event.reason ?? ''}  ${age}${count}  ${source}  ${String(event.message ?? '').trim()}`.replace(/ {3,}/g, '  ');
    });
}
function humanAge(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 120)
        return `${s}s`;
    if (s < 7200)
        return `${Math.round(s / 60)}m`;
    return `${Math.round(s / 3600)}h`;
}
function diagnose_diagnosisText(d) {
    const lines = [
        `${d.object}: ${d.reason}${d.pod ? ` in pod ${d.pod}` : ''}${d.container ? `, container ${d.container}` : ''}: ${d.message}`,
    ];
    if (d.podEvents.length)
        lines.push(`Events of pod ${d.pod}:`, ...d.podEvents.map((e) => `  ${e}`));
    if (d.objectEvents.length)
        lines.push(`Events of ${d.object}:`, ...d.objectEvents.map((e) => `  ${e}`));
    if (d.log)
        lines.push(`Last log lines of ${d.pod}/${d.container}:`, ...d.log
            .trimEnd()
            .split('\n')
            .map((l) => `  ${l}`));
    if (d.otherPods.length)
        lines.push('Other pods:', ...d.otherPods.map((p) => `  ${p}`));
    return lines.join('\n');
}
function problemLine(problem) {
    return `${problem.pod}${problem.container ? `/${problem.container}` : ''}: ${problem.reason}${problem.message ? ` (${problem.message})` : ''}`;
}
async function eventsFor(client, object) {
    const namespace = object.metadata.namespace;
    try {
        const selector = [`involvedObject.name=${object.metadata.name}`, `involvedObject.kind=${object.kind}`];
        if (namespace)
            selector.push(`involvedObject.namespace=${namespace}`);
        const { items } = await client.list('v1', 'Event', namespace, { fieldSelector: selector.join(',') });
        return formatEvents(items, Date.now());
    }
    catch {
        return [];
    }
}
/** Gathers what explains a failure: events of the pod and the workload, and the container's last log lines. */
async function diagnose(client, workload, reason, message, problem, others, options) {
    const tailLines = options.tailLines;
    const [objectEvents, podEvents, log] = await Promise.all([
        eventsFor(client, workload),
        problem?.pod
            ? eventsFor(client, {
                apiVersion: 'v1',
                kind: 'Pod',
                metadata: { name: problem.pod, namespace: problem.namespace },
            })
            : Promise.resolve([]),
        problem?.pod && problem.container && problem.ran
            ? client
                .podLog(problem.namespace, problem.pod, problem.container, tailLines, problem.reason === 'CrashLoopBackOff')
                .then((text) => text ?? client.podLog(problem.namespace, problem.pod, problem.container, tailLines))
            : Promise.resolve(undefined),
    ]);
    return redactDiagnosis({
        object: (0,src_names/* objectLabel */.uk)(workload),
        reason: problem?.reason && reason === 'Timeout' ? `Timeout (${problem.reason})` : reason,
        message: problem && reason === 'Timeout'
            ? `${message}; pod ${problem.pod}: ${problem.message || problem.reason}`
            : message,
        pod: problem?.pod || undefined,
        container: problem?.container || undefined,
        podEvents,
        objectEvents,
        log: log && log.trim() ? log : undefined,
        otherPods: others.slice(0, 5).map(problemLine),
    }, options.redact);
}
/** A diagnosis with every text passed through `redact`. */
function redactDiagnosis(d, redact) {
    if (!redact)
        return d;
    return {
        ...d,
        message: redact(d.message),
        podEvents: d.podEvents.map(redact),
        objectEvents: d.objectEvents.map(redact),
        log: d.log === undefined ? undefined : redact(d.log),
        otherPods: d.otherPods.map(redact),
    };
}

;// CONCATENATED MODULE: ./packages/kube/src/watch-set.ts




/** Kinds whose pods are watched too, so a pod that cannot start fails the wait at once. */
const WITH_PODS = new Set([
    'apps/Deployment',
    'apps/StatefulSet',
    'apps/DaemonSet',
    'apps/ReplicaSet',
    'batch/Job',
    '/Pod',
]);
function hasPods(object) {
    return WITH_PODS.has((0,src/* groupKind */.KH)(object.apiVersion, object.kind));
}
/**
 * The live view a wait judges from: one ResourceWatcher per collection the objects live in
 * (kind and namespace), plus the Pods (and ReplicaSets, for Deployments) of their namespaces.
 * Started once and stopped once.
 */
class WatchSet {
    client;
    options;
    objects = new Map();
    pods = new Map();
    replicaSets = new Map();
    // Pods and ReplicaSets by the uid of their controller, rebuilt once per evaluation: finding the
    // new revision's pods stays linear however many workloads are waited on.
    index;
    constructor(client, options) {
        this.client = client;
        this.options = options;
    }
    watcher(apiVersion, kind, namespace, labelSelector) {
        return new ResourceWatcher(this.client, {
            apiVersion,
            kind,
            namespace,
            labelSelector,
            onEvent: () => this.options.onChange(),
            onError: (error) => this.options.onError(error),
            onDebug: this.options.onDebug,
        });
    }
    stopped = false;
    /** Lists and watches everything the objects need; resolves once every initial list is in. */
    async start(objects) {
        if (this.stopped)
            return;
        for (const object of objects) {
            const ns = object.metadata.namespace;
            const collection = (0,src_names/* collectionIdentity */.Lu)(object.apiVersion, object.kind, ns);
            if (!this.objects.has(collection))
                this.objects.set(collection, this.watcher(object.apiVersion, object.kind, ns, this.options.labelSelector));
            if (hasPods(object) && !this.pods.has(ns ?? ''))
                this.pods.set(ns ?? '', this.watcher('v1', 'Pod', ns));
            if ((0,src/* groupKind */.KH)(object.apiVersion, object.kind) === 'apps/Deployment' && !this.replicaSets.has(ns ?? ''))
                this.replicaSets.set(ns ?? '', this.watcher('apps/v1', 'ReplicaSet', ns));
        }
        await Promise.all(this.all().map((w) => w.start()));
    }
    /** Stops every watcher, for good: a later start() does nothing. */
    stop() {
        this.stopped = true;
        for (const watcher of this.all())
            watcher.stop();
    }
    all() {
        return [...this.objects.values(), ...this.pods.values(), ...this.replicaSets.values()];
    }
    /** Forgets derived indexes: call before judging a new burst of events. */
    refresh() {
        this.index = undefined;
    }
    /** The live version of an object, as last seen. */
    live(object) {
        return this.objects
            .get((0,src_names/* collectionIdentity */.Lu)(object.apiVersion, object.kind, object.metadata.namespace))
            ?.objects.get((0,src_names/* identity */.D_)(object));
    }
    /** The pods of a workload's revision being rolled out now. */
    newPods(workload) {
        if (workload.kind === 'Pod')
            return [workload];
        if (!this.index) {
            this.index = {
                pods: byOwner([...this.pods.values()].flatMap((w) => [...w.objects.values()])),
                replicaSets: byOwner([...this.replicaSets.values()].flatMap((w) => [...w.objects.values()])),
            };
        }
        const uid = workload.metadata.uid ?? '';
        if (workload.kind !== 'Deployment')
            return (this.index.pods.get(uid) ?? []).filter((pod) => isNewRevisionPod(pod, workload, []));
        const current = currentReplicaSet(workload, this.index.replicaSets.get(uid) ?? []);
        return current ? (this.index.pods.get(current.metadata.uid ?? '') ?? []) : [];
    }
}
function byOwner(objects) {
    const map = new Map();
    for (const object of objects) {
        for (const ref of object.metadata.ownerReferences ?? []) {
            const list = map.get(ref.uid);
            if (list)
                list.push(object);
            else
                map.set(ref.uid, [object]);
        }
    }
    return map;
}

// EXTERNAL MODULE: ./packages/kube/src/images.ts + 4 modules
var src_images = __webpack_require__(3577);
// EXTERNAL MODULE: ./packages/kube/src/config-changes.ts
var config_changes = __webpack_require__(32866);
;// CONCATENATED MODULE: ./packages/kube/src/status/types.ts
const current = (message) => ({ status: 'Current', message });
const inProgress = (message) => ({ status: 'InProgress', message });
const failed = (reason, message) => ({ status: 'Failed', reason, message });
function condition(object, type) {
    const list = object.status?.conditions;
    return Array.isArray(list) ? list.find((c) => c?.type === type) : undefined;
}
/** Whether the controller has seen the object's latest spec (status.observedGeneration ≥ metadata.generation). */
function observed(object) {
    const generation = object.metadata.generation;
    const observedGeneration = object.status?.observedGeneration;
    return generation === undefined || (observedGeneration !== undefined && observedGeneration >= generation);
}

;// CONCATENATED MODULE: ./packages/kube/src/status/crd.ts

/** A CustomResourceDefinition: Current once Established; Failed when its names are refused. */
function crdStatus(c) {
    const names = condition(c, 'NamesAccepted');
    if (names?.status === 'False')
        return failed(names.reason ?? 'NamesNotAccepted', names.message ?? 'names not accepted');
    if (condition(c, 'Established')?.status === 'True')
        return current('established');
    return inProgress('waiting to be Established');
}
const crdRule = { applies: () => true, status: crdStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/custom-resource.ts

const BUILT_IN_GROUPS = /(^|\.)k8s\.io$|^(apps|batch|policy|autoscaling|v1)$/;
/** Whether an object's kind comes from a CustomResourceDefinition (its group is not a built-in one). */
function isCustomResource(object) {
    const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : 'v1';
    return !BUILT_IN_GROUPS.test(group) && group !== 'v1';
}
/** A custom resource with a Ready (else Available) condition: Current when it is True. */
function customResourceStatus(object) {
    if (!observed(object))
        return inProgress('waiting for the spec update to be observed');
    const c = condition(object, 'Ready') ?? condition(object, 'Available');
    if (!c)
        return current('no Ready or Available condition');
    return c.status === 'True'
        ? current(c.type)
        : inProgress(`${c.type} is ${c.status}${c.reason ? ` (${c.reason})` : ''}`);
}
const customResourceRule = {
    applies: (object) => isCustomResource(object) &&
        (condition(object, 'Ready') !== undefined || condition(object, 'Available') !== undefined),
    status: customResourceStatus,
};

;// CONCATENATED MODULE: ./packages/kube/src/status/daemonset.ts

/** A DaemonSet as `kubectl rollout status` judges it: every scheduled pod updated and available. */
function daemonSetStatus(d) {
    if (d.spec?.updateStrategy?.type && d.spec.updateStrategy.type !== 'RollingUpdate')
        return current('OnDelete update strategy: not waited on');
    if (!observed(d))
        return inProgress('waiting for the daemon set spec update to be observed');
    const st = d.status ?? {};
    const desired = st.desiredNumberScheduled ?? 0;
    const updated = st.updatedNumberScheduled ?? 0;
    const available = st.numberAvailable ?? 0;
    if (updated < desired)
        return inProgress(`${updated} of ${desired} updated pods are available`);
    if (available < desired)
        return inProgress(`${available} of ${desired} updated pods are available`);
    return current(`${available} of ${desired} pods available`);
}
const daemonSetRule = { applies: () => true, status: daemonSetStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/deployment.ts

/** A Deployment as `kubectl rollout status` judges it. */
function deploymentStatus(d) {
    if (!observed(d))
        return inProgress('waiting for the deployment spec update to be observed');
    const progressing = condition(d, 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return failed('ProgressDeadlineExceeded', progressing.message ?? `deployment "${d.metadata.name}" exceeded its progress deadline`);
    const s = d.status ?? {};
    const replicas = d.spec?.replicas ?? 1;
    const updated = s.updatedReplicas ?? 0;
    const total = s.replicas ?? 0;
    const available = s.availableReplicas ?? 0;
    if (updated < replicas)
        return inProgress(`${updated} of ${replicas} updated replicas are available`);
    if (total > updated)
        return inProgress(`${total - updated} old replicas are pending termination`);
    if (available < updated)
        return inProgress(`${available} of ${updated} updated replicas are available`);
    return current(`${available} of ${replicas} replicas available`);
}
const deploymentRule = { applies: () => true, status: deploymentStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/job.ts

/** A Job: Current once Complete, Failed once its Failed condition is True. */
function jobStatus(j) {
    const failedCondition = condition(j, 'Failed');
    if (failedCondition?.status === 'True')
        return failed(failedCondition.reason ?? 'Failed', failedCondition.message ?? 'the job failed');
    if (condition(j, 'Complete')?.status === 'True')
        return current('complete');
    const st = j.status ?? {};
    return inProgress(`${st.succeeded ?? 0} of ${j.spec?.completions ?? 1} completions (${st.active ?? 0} active)`);
}
const jobRule = { applies: () => true, status: jobStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/pod.ts

/** A bare Pod: Current when Ready or Succeeded, Failed in phase Failed. */
function podStatus(p) {
    const phase = p.status?.phase;
    if (phase === 'Succeeded')
        return current('succeeded');
    if (phase === 'Failed')
        return failed(p.status?.reason ?? 'Failed', p.status?.message ?? 'the pod failed');
    if (condition(p, 'Ready')?.status === 'True')
        return current('ready');
    return inProgress(`phase ${phase ?? 'Pending'}, not ready`);
}
const podRule = { applies: () => true, status: podStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/pvc.ts

/** A PersistentVolumeClaim: Current once Bound (waited on only with wait-for-pvc). */
function pvcStatus(pvc) {
    return pvc.status?.phase === 'Bound' ? current('Bound') : inProgress(`phase ${pvc.status?.phase ?? 'Pending'}`);
}
const pvcRule = { applies: (_, options) => options.waitForPvc === true, status: pvcStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/replicaset.ts

/** A bare ReplicaSet: ready once its ready replicas reach spec.replicas. */
function replicaSetStatus(rs) {
    if (!observed(rs))
        return inProgress('waiting for the spec update to be observed');
    const replicas = rs.spec?.replicas ?? 1;
    const ready = rs.status?.readyReplicas ?? 0;
    return ready >= replicas ? current(`${ready} ready`) : inProgress(`${ready} of ${replicas} ready`);
}
const replicaSetRule = { applies: () => true, status: replicaSetStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/service.ts

/** A LoadBalancer Service: Current once it has an address (waited on only with wait-for-load-balancer). */
function serviceStatus(svc) {
    const ingress = svc.status?.loadBalancer?.ingress;
    return Array.isArray(ingress) && ingress.length > 0
        ? current(`address ${ingress[0].ip ?? ingress[0].hostname}`)
        : inProgress('waiting for a load balancer address');
}
const serviceRule = {
    applies: (svc, options) => options.waitForLoadBalancer === true && svc.spec?.type === 'LoadBalancer',
    status: serviceStatus,
};

;// CONCATENATED MODULE: ./packages/kube/src/status/statefulset.ts

/** A StatefulSet as `kubectl rollout status` judges it: ready replicas, partitions, the update revision. */
function statefulSetStatus(s) {
    if (s.spec?.updateStrategy?.type && s.spec.updateStrategy.type !== 'RollingUpdate')
        return current('OnDelete update strategy: not waited on');
    if (!observed(s))
        return inProgress('waiting for the statefulset spec update to be observed');
    const st = s.status ?? {};
    const replicas = s.spec?.replicas ?? 1;
    const readyReplicas = st.readyReplicas ?? 0;
    if (readyReplicas < replicas)
        return inProgress(`${readyReplicas} of ${replicas} pods are ready`);
    const partition = s.spec?.updateStrategy?.rollingUpdate?.partition;
    if (typeof partition === 'number' && partition > 0) {
        const updated = st.updatedReplicas ?? 0;
        if (updated < replicas - partition)
            return inProgress(`${updated} of ${replicas - partition} updated pods are ready (partition ${partition})`);
        return current(`partitioned roll out complete: ${updated} new pods`);
    }
    if (st.updateRevision && st.currentRevision !== st.updateRevision)
        return inProgress(`${st.updatedReplicas ?? 0} of ${replicas} pods run the update revision ${st.updateRevision}`);
    return current(`${readyReplicas} of ${replicas} pods ready`);
}
const statefulSetRule = { applies: () => true, status: statefulSetStatus };

;// CONCATENATED MODULE: ./packages/kube/src/status/index.ts























/** One rule per built-in kind (by group/Kind); custom resources fall back to their Ready/Available condition. */
const RULES = {
    'apps/Deployment': deploymentRule,
    'apps/StatefulSet': statefulSetRule,
    'apps/DaemonSet': daemonSetRule,
    'apps/ReplicaSet': replicaSetRule,
    'batch/Job': jobRule,
    '/Pod': podRule,
    'apiextensions.k8s.io/CustomResourceDefinition': crdRule,
    '/PersistentVolumeClaim': pvcRule,
    '/Service': serviceRule,
};
function ruleFor(object, options) {
    const rule = RULES[(0,src/* groupKind */.KH)(object.apiVersion, object.kind)] ?? customResourceRule;
    return rule.applies(object, options) ? rule : undefined;
}
/** Whether an object is waited on: its kind has a rule that applies to it. */
function hasStatus(object, options = {}) {
    return ruleFor(object, options) !== undefined;
}
/** The status of an object; objects nothing waits on are Current. */
function statusOf(object, options = {}) {
    return ruleFor(object, options)?.status(object) ?? current('ready');
}

;// CONCATENATED MODULE: ./packages/kube/src/wait.ts




/** How an event reads in the timeline; progress is not part of it (too chatty). */
function eventText(event) {
    switch (event.type) {
        case 'ready':
            return event.message;
        case 'pod-problem':
            return `pod ${event.pod}: ${event.reason}`;
        case 'failed':
            return `failed: ${event.reason}${event.pod ? ` (pod ${event.pod})` : ''}`;
        case 'timed-out':
            return 'timed out';
        case 'progress':
            return undefined;
    }
}
/**
 * Waits, through watches, until every object with a status rule is Current; fails as soon as
 * one cannot get there (a new pod with ImagePullBackOff, CreateContainerConfigError, a crash
 * loop past the limit, ProgressDeadlineExceeded, a failed Job) or when the timeout runs out,
 * and explains why. Every way of ending (ready, failure, timeout, a watch giving up, the
 * signal) goes through `end()`, which stops the timer and the watches once.
 */
class Waiter {
    client;
    options;
    current = 'idle';
    tracked;
    watches;
    timeline = [];
    seenProblems = new Set();
    started = 0;
    timer;
    scheduled = false;
    settle = () => undefined;
    result = new Promise((resolve) => (this.settle = resolve));
    onAbort = () => this.end({ kind: 'cancelled' });
    constructor(client, objects, options) {
        this.client = client;
        this.options = options;
        this.tracked = objects
            .filter((o) => hasStatus(o, options) || isCustomResource(o))
            .map((object) => ({ id: (0,src_names/* identity */.D_)(object), label: (0,src_names/* objectLabel */.uk)(object), object, phase: 'waiting' }));
        this.watches = new WatchSet(client, {
            labelSelector: options.labelSelector,
            onChange: () => this.schedule(),
            onError: (error) => this.end({ kind: 'watch-failed', error }),
            onDebug: options.onDebug,
        });
    }
    get state() {
        return this.current;
    }
    /** Starts the wait (once) and resolves when it has ended. */
    run() {
        if (this.current !== 'idle')
            return this.result;
        this.started = Date.now();
        if (this.tracked.length === 0) {
            this.current = 'watching';
            this.end({ kind: 'ready' });
            return this.result;
        }
        this.current = 'watching';
        if (this.options.signal?.aborted) {
            this.end({ kind: 'cancelled' });
            return this.result;
        }
        this.timer = setTimeout(() => this.end(this.timeoutEnding()), this.options.timeoutMs);
        this.options.signal?.addEventListener('abort', this.onAbort, { once: true });
        this.watches.start(this.tracked.map((t) => t.object)).then(() => this.schedule(), (error) => this.end({ kind: 'watch-failed', error }));
        return this.result;
    }
    /** Ends the wait as cancelled (no diagnosis); a no-op once it has ended. */
    stop() {
        this.end({ kind: 'cancelled' });
    }
    emit(event) {
        this.options.onEvent?.(event);
        const text = eventText(event);
        if (text !== undefined)
            this.timeline.push({ atMs: Date.now() - this.started, object: event.object, message: text });
    }
    schedule() {
        if (this.scheduled || this.current !== 'watching')
            return;
        this.scheduled = true;
        // Events come in bursts (a rollout touches pods, ReplicaSets and the workload at once): judge once per burst.
        setTimeout(() => this.evaluate(), 15);
    }
    problemsOf(live) {
        // Pods are judged only once the controller has seen the latest spec: until then "the current
        // revision" (a Deployment's revision annotation) may still name the one being replaced, e.g.
        // the broken one right after a rollback (a real controller updates it a moment later).
        if (!hasPods(live) || live.kind === 'ReplicaSet' || !observed(live))
            return [];
        return this.watches.newPods(live).flatMap((pod) => podProblems(pod, this.options.crashloopRestarts));
    }
    evaluate() {
        this.scheduled = false;
        if (this.current !== 'watching')
            return;
        this.watches.refresh();
        let allReady = true;
        for (const t of this.tracked) {
            if (t.phase !== 'waiting')
                continue;
            const live = this.watches.live(t.object);
            if (!live) {
                allReady = false;
                t.message = 'not found yet';
                continue;
            }
            if (!hasStatus(live, this.options)) {
                t.phase = 'not-waited';
                continue;
            }
            const status = statusOf(live, this.options);
            if (status.status === 'Failed')
                return this.end({
                    kind: 'failed',
                    object: live,
                    reason: status.reason ?? 'Failed',
                    message: status.message,
                    others: [],
                });
            const problems = this.problemsOf(live);
            for (const problem of problems) {
                const id = `${problem.pod}/${problem.container}/${problem.reason}`;
                if (!this.seenProblems.has(id) && problem.reason !== 'NotReady') {
                    this.seenProblems.add(id);
                    this.emit({ type: 'pod-problem', object: t.label, pod: problem.pod, reason: problem.reason });
                }
            }
            const fatal = problems.find((p) => p.fatal);
            if (fatal)
                return this.end({
                    kind: 'failed',
                    object: live,
                    reason: fatal.reason,
                    message: fatal.message,
                    problem: fatal,
                    others: problems.filter((p) => p !== fatal),
                });
            if (status.status === 'Current') {
                t.phase = 'ready';
                this.emit({ type: 'ready', object: t.label, message: status.message });
            }
            else {
                allReady = false;
                if (t.message !== status.message) {
                    t.message = status.message;
                    this.emit({ type: 'progress', object: t.label, message: status.message });
                    this.options.onDebug?.(`${t.label}: ${status.message}`);
                }
            }
        }
        if (allReady)
            this.end({ kind: 'ready' });
    }
    timeoutEnding() {
        const t = this.tracked.find((x) => x.phase === 'waiting');
        if (!t)
            return { kind: 'ready' };
        const live = this.watches.live(t.object);
        const problems = live ? this.problemsOf(live) : [];
        return {
            kind: 'timed-out',
            object: live ?? t.object,
            reason: 'Timeout',
            message: `not ready after ${Math.round(this.options.timeoutMs / 1000)}s: ${t.message ?? 'not observed'}`,
            problem: problems[0],
            others: problems.slice(1),
        };
    }
    /** The one way a wait ends. */
    end(ending) {
        if (this.current !== 'watching')
            return;
        clearTimeout(this.timer);
        this.watches.stop();
        this.options.signal?.removeEventListener('abort', this.onAbort);
        if (ending.kind === 'failed' || ending.kind === 'timed-out') {
            this.current = 'diagnosing';
            const label = (0,src_names/* objectLabel */.uk)(ending.object);
            this.emit(ending.kind === 'timed-out'
                ? { type: 'timed-out', object: label }
                : { type: 'failed', object: label, reason: ending.reason, pod: ending.problem?.pod });
            void diagnose(this.client, ending.object, ending.reason, ending.message, ending.problem, ending.others, {
                tailLines: this.options.logTailLines ?? 20,
                redact: this.options.redact,
            })
                .catch(() => ({
                object: label,
                reason: ending.reason,
                message: ending.message,
                podEvents: [],
                objectEvents: [],
                otherPods: [],
            }))
                .then((failure) => this.finish(ending.kind === 'timed-out' ? 'timed-out' : 'failed', failure));
            return;
        }
        if (ending.kind === 'watch-failed') {
            const message = ending.error?.message ?? String(ending.error);
            return this.finish('failed', {
                object: 'watch',
                reason: 'WatchFailed',
                message,
                podEvents: [],
                objectEvents: [],
                otherPods: [],
            });
        }
        this.finish(ending.kind);
    }
    finish(outcome, failure) {
        this.current = 'done';
        this.settle({
            ok: outcome === 'ready',
            outcome,
            timedOut: outcome === 'timed-out',
            ready: this.tracked.filter((t) => t.phase === 'ready').map((t) => t.id),
            pending: this.tracked
                .filter((t) => t.phase === 'waiting')
                .map((t) => ({ id: t.id, object: t.label, message: t.message ?? 'not observed yet' })),
            failure,
            timeline: this.timeline,
        });
    }
}
/** Waits for objects (see Waiter). */
function wait_waitForObjects(client, objects, options) {
    return new Waiter(client, objects, options).run();
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __webpack_require__(15565);
;// CONCATENATED MODULE: ./packages/manifests/src/yaml.ts
/**
 * Safe, fast parsing of manifest text into Kubernetes objects with their locations.
 *
 * Parser: js-yaml. Measured on 10,000 generated manifests (8.8 MB), js-yaml parses the tree
 * in about 0.5 s where the `yaml` package takes about 5.6 s; list-manifests has 1.5 s in all.
 * js-yaml gives no node positions, so we find the documents ourselves: a line that starts
 * with `---` or `...` (followed by a blank or the line's end) is a document boundary
 * wherever it appears — the YAML spec forbids those markers inside any scalar — so cutting
 * the text there and parsing each piece gives the same documents as a whole-stream parse,
 * plus each document's first line, and error lines shifted back to the file's numbering.
 *
 * Safety, all bounded in time and memory:
 *  - size: text over `maxFileBytes` (default 10 MiB) is refused before parsing; the loader
 *    checks the size with fstat before reading, so a 50 MB file is never read.
 *  - binary: NUL bytes or invalid UTF-8 are refused (see decodeManifestText).
 *  - alias bombs ("billion laughs"): js-yaml resolves an alias to the same JavaScript object,
 *    so parsing a bomb is cheap, but anything that walks the result (hashing, JSON output,
 *    validation) would visit every expansion. After parsing a document that has anchors we
 *    count its expanded size with a memoized walk over the parsed graph (linear in the unique
 *    nodes) and refuse it when aliases add more than MAX_ALIAS_EXPANSION nodes. Documents that
 *    pass are copied into plain trees, so no two places in an object share a node.
 *  - merge keys (`<<`): js-yaml caps merge work per document (maxTotalMergeKeys).
 *  - nesting: capped at MAX_DEPTH levels, the same for YAML (js-yaml maxDepth, and again after
 *    aliases are expanded: an alias may stack a deep subtree inside another) and for JSON
 *    (counted on the text before JSON.parse), so no walk of a parsed document, ours or a
 *    library's, can overflow the stack.
 *  - errors never repeat the document: the parser's messages name aliases, tags and snippets
 *    of the text (a Secret's value, `password: *Sup3r…`), so every message is rewritten to
 *    say what is wrong without them, and the parser's error is not kept as the cause.
 *
 * Scalars follow YAML 1.2's core schema (no timestamps: `2024-01-01` stays a string, as it
 * does for kubectl) with two YAML 1.1 rules kubectl's parser keeps: `<<` merge keys, and a
 * leading-zero integer such as `0644` (file modes) is octal, so `defaultMode: 0644` is 420.
 */




// The modules, not the package's index: the parse worker's bundle needs no more than these.



const yaml_DEFAULT_MAX_FILE_BYTES = (/* unused pure expression or super */ null && (10 * 1024 * 1024));
/** Nodes that aliases may add to one file beyond what is written in it. */
const MAX_ALIAS_EXPANSION = 100_000;
const yaml_MAX_DEPTH = 512;
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const types = js_yaml/* types */.gK;
const LEGACY_OCTAL = /^[-+]?0[0-7]+$/;
/** Whether a plain scalar could be a number: most are words, and this spares them the number patterns. */
function mayBeNumber(data) {
    if (data === null || data.length === 0)
        return false;
    const first = data.charCodeAt(0);
    return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // 0-9 + - .
}
const coreInt = types.int;
const kubeInt = new js_yaml/* Type */.ZU('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && (LEGACY_OCTAL.test(data) || coreInt.resolve(data)),
    construct: (data) => {
        if (!LEGACY_OCTAL.test(data))
            return coreInt.construct(data);
        const sign = data.startsWith('-') ? -1 : 1;
        return sign * parseInt(data.replace(/^[-+]/, ''), 8);
    },
    predicate: coreInt.predicate ?? undefined,
    represent: coreInt.represent ?? undefined,
    defaultStyle: coreInt.defaultStyle ?? undefined,
    styleAliases: { binary: [2, 'bin'], octal: [8, 'oct'], decimal: [10, 'dec'], hexadecimal: [16, 'hex'] },
});
const coreFloat = types.float;
const kubeFloat = new js_yaml/* Type */.ZU('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && coreFloat.resolve(data),
    construct: (data) => coreFloat.construct(data),
    predicate: coreFloat.predicate ?? undefined,
    represent: coreFloat.represent ?? undefined,
    defaultStyle: coreFloat.defaultStyle ?? undefined,
});
/** The schema manifests are read with (see the file comment). */
const KUBE_SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [types.null, types.bool, kubeInt, kubeFloat, types.merge],
});
const LOAD_OPTIONS = { schema: KUBE_SCHEMA, maxDepth: yaml_MAX_DEPTH, json: false };
/** `<file>` as shown to the user: relative to the workspace when absolute. */
function yaml_showFile(file, root) {
    return isAbsolute(file) ? displayPath(file, root) : file;
}
/** A one-line error at file:line: `<file>:<line>: <what> — <what to do>`. */
function locatedError(file, line, what, todo, root, cause) {
    const shown = yaml_showFile(file, root);
    const where = line === undefined ? shown : `${shown}:${line}`;
    return new UserError(`${where}: ${what} — ${todo}`, { file: shown, line, cause });
}
/**
 * Turns file bytes into text, refusing binary content: NUL bytes or invalid UTF-8
 * (UTF-16 files land here too). A UTF-8 byte order mark is dropped.
 */
function yaml_decodeManifestText(bytes, file, root) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nul = buffer.indexOf(0);
    if (nul !== -1 || !isUtf8(buffer)) {
        const line = nul === -1 ? undefined : lineAt(buffer.subarray(0, nul));
        return thrown(locatedError(file, line, 'is a binary file, not YAML or JSON text (it has NUL bytes or is not UTF-8)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root));
    }
    const text = buffer.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function lineAt(bytes) {
    let line = 1;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1))
        line += 1;
    return line;
}
function thrown(error) {
    throw error;
}
/** Whether the file name says JSON (parsed with JSON.parse: faster, and exact JSON semantics). */
function isJsonFile(file) {
    return /\.json$/i.test(file);
}
/**
 * Parses manifest text (a file's content, or a git blob's) into objects, in document order.
 * Multi-document YAML; `kind: List` (and other `…List` kinds with `items`) flattened, the
 * items keeping the List document's location; empty documents skipped; `.json` files as JSON.
 * Throws a one-line UserError at file:line for malformed YAML, a document that is not a
 * Kubernetes object, a file too large, binary content or an alias bomb.
 */
function yaml_parseManifests(text, file, options = {}) {
    const root = options.root;
    const maxBytes = options.maxFileBytes ?? yaml_DEFAULT_MAX_FILE_BYTES;
    const size = typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;
    if (size > maxBytes)
        throw yaml_tooLarge(file, size, maxBytes, root);
    let source;
    if (typeof text === 'string') {
        if (text.includes('\0')) {
            throw locatedError(file, undefined, 'is a binary file, not YAML or JSON text (it has NUL bytes)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root);
        }
        source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    else {
        source = yaml_decodeManifestText(text, file, root);
    }
    const documents = isJsonFile(file) ? parseJsonText(source, file, root) : parseYamlText(source, file, root);
    const result = [];
    for (const document of documents)
        collectObjects(document, file, result, options);
    return result;
}
function yaml_tooLarge(file, size, maxBytes, root) {
    return locatedError(file, undefined, `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one manifest file`, 'split it into smaller files, or exclude it with "exclude" if it is not a manifest', root);
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${bytes} bytes`;
}
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/**
 * Cuts YAML text into single-document pieces at `---` / `...` lines. A `---` line starts its
 * piece; a `...` line ends the piece before it. Pieces holding only directives (`%YAML`) are
 * joined to the next piece, which they belong to.
 */
function splitDocuments(text) {
    const pieces = [];
    let start = 0;
    let startLine = 1;
    let lineCounter = { at: 0, line: 1 };
    const lineOf = (offset) => {
        let { at, line } = lineCounter;
        for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
            line += 1;
            at = next + 1;
        }
        lineCounter = { at, line };
        return line;
    };
    let pendingDirectives;
    const push = (end) => {
        const piece = { text: text.slice(start, end), startLine };
        if (pendingDirectives) {
            piece.text = pendingDirectives.text + piece.text;
            piece.startLine = pendingDirectives.startLine;
            pendingDirectives = undefined;
        }
        if (onlyDirectives(piece.text))
            pendingDirectives = piece;
        else
            pieces.push(piece);
    };
    MARKER.lastIndex = 0;
    for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
        const at = match.index;
        if (match[0] === '---') {
            if (at > start)
                push(at);
            start = at;
            startLine = lineOf(at);
        }
        else {
            const lineEnd = text.indexOf('\n', at);
            const end = lineEnd === -1 ? text.length : lineEnd + 1;
            const markerLine = lineOf(at);
            push(end);
            start = end;
            startLine = markerLine + 1;
        }
    }
    if (start < text.length || pieces.length === 0)
        push(text.length);
    if (pendingDirectives)
        pieces.push(pendingDirectives);
    return pieces;
}
const DIRECTIVES_ONLY = /^(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n)*(?:[ \t]*(?:#.*)?|%.*)$/;
function onlyDirectives(text) {
    return text.includes('%') && /^%/m.test(text) && DIRECTIVES_ONLY.test(text);
}
const BLANK_OR_COMMENT = /[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const MARKER_ONLY = /(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const DIRECTIVE_LINE = /%[^\n]*(?:\n|$)/y;
/** The line of a piece's first content, past blank lines, comments, directives and a bare `---`; undefined when it has none. */
function contentLine(piece, startLine) {
    let at = 0;
    let line = startLine;
    while (at < piece.length) {
        let match = null;
        for (const pattern of [BLANK_OR_COMMENT, MARKER_ONLY, DIRECTIVE_LINE]) {
            pattern.lastIndex = at;
            match = pattern.exec(piece);
            if (match && match[0].length > 0)
                break;
            match = null;
        }
        if (!match)
            break;
        at += match[0].length;
        if (match[0].endsWith('\n'))
            line += 1;
    }
    return at >= piece.length ? undefined : line;
}
function parseYamlText(text, file, root) {
    const documents = [];
    let aliasBudget = MAX_ALIAS_EXPANSION;
    for (const piece of splitDocuments(text)) {
        const line = contentLine(piece.text, piece.startLine);
        if (line === undefined) {
            // Only comments and blank lines: an empty document when it has its own `---`, else nothing.
            if (piece.text.startsWith('---'))
                documents.push({ value: null, index: documents.length, line: piece.startLine, text: '' });
            continue;
        }
        let values;
        try {
            values = loadAll(piece.text, undefined, LOAD_OPTIONS);
        }
        catch (error) {
            throw yamlError(error, file, piece.text, piece.startLine, root);
        }
        for (const value of values) {
            let tree = value;
            if (piece.text.includes('&') && value !== null && typeof value === 'object') {
                const { expanded, unique, depth } = measure(value);
                if (depth > yaml_MAX_DEPTH) {
                    throw locatedError(file, line, `YAML nesting is deeper than ${yaml_MAX_DEPTH} levels once its aliases are expanded`, NESTING_TODO, root);
                }
                const extra = expanded - unique;
                if (extra > aliasBudget) {
                    throw locatedError(file, line, `YAML aliases expand this document past ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an alias bomb, "billion laughs")`, 'write the values out instead of nesting aliases', root);
                }
                if (extra > 0) {
                    aliasBudget -= extra;
                    tree = expand(value);
                }
            }
            documents.push({
                value: tree,
                index: documents.length,
                line,
                text: values.length === 1 ? documentText(piece.text) : '',
            });
        }
    }
    return documents;
}
const BARE_START = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;
/** A document's text for re-emitting: without its bare `---` line; none when it carries directives. */
function documentText(piece) {
    if (/^%/m.test(piece))
        return '';
    return piece.replace(BARE_START, '');
}
/**
 * The size of a parsed value counted as a tree (every alias expanded) and as the graph it
 * is (each node once), and its depth as a tree (collections on the deepest path), memoized
 * per node so a bomb costs no more than its text (the expanded count of a bomb is a large
 * float, never an endless walk). Iterative: the graph may be deeper than the stack.
 */
function measure(value) {
    const known = new Map();
    const open = new Set();
    let unique = 0;
    const frame = (node) => {
        unique += 1;
        open.add(node);
        return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, size: 1, depth: 1 };
    };
    const stack = [frame(value)];
    let result = { size: 1, depth: 1 };
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.children.length) {
            const child = top.children[top.next++];
            if (child === null || typeof child !== 'object') {
                top.size += 1;
                continue;
            }
            const done = known.get(child);
            if (done) {
                top.size += done.size;
                top.depth = Math.max(top.depth, done.depth + 1);
            }
            else if (!open.has(child)) {
                stack.push(frame(child)); // cycles cannot come out of YAML aliases, but never loop
            }
            continue;
        }
        stack.pop();
        open.delete(top.node);
        result = { size: top.size, depth: top.depth };
        known.set(top.node, result);
        const parent = stack[stack.length - 1];
        if (parent) {
            parent.size += top.size;
            parent.depth = Math.max(parent.depth, top.depth + 1);
        }
    }
    return { expanded: result.size, unique, depth: result.depth };
}
/** A copy of a parsed value with every alias expanded into its own nodes. */
function expand(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(expand);
    const copy = {};
    for (const [key, child] of Object.entries(value))
        copy[key] = expand(child);
    return copy;
}
const NESTING_TODO = (/* unused pure expression or super */ null && (`flatten the document (YAML and JSON manifests may nest ${yaml_MAX_DEPTH} levels)`));
function yamlError(error, file, piece, startLine, root) {
    if (error instanceof YAMLException) {
        // An error at the very end (an unclosed bracket or quote) is put on the piece's last line, not past it.
        const lastLine = startLine + (piece.match(/\n/g)?.length ?? 0) - (piece.endsWith('\n') ? 1 : 0);
        const line = error.mark ? Math.min(startLine + error.mark.line, lastLine) : startLine;
        const reason = safeYamlReason((error.reason || 'invalid YAML').replace(/\s+/g, ' ').trim());
        if (/^nesting exceeded maxDepth/.test(reason)) {
            return locatedError(file, line, `YAML nesting is deeper than ${yaml_MAX_DEPTH} levels`, NESTING_TODO, root);
        }
        // The parser's error is not kept as the cause: its message and snippet quote the document.
        return locatedError(file, line, `invalid YAML: ${reason}`, 'fix the YAML syntax (indentation, quoting, a missing colon)', root);
    }
    if (error instanceof RangeError) {
        return locatedError(file, startLine, 'YAML nesting is too deep to read', NESTING_TODO, root);
    }
    throw error;
}
/**
 * The line where JSON text nests deeper than MAX_DEPTH, or undefined: one pass over the
 * text, brackets inside strings not counted (JSON.parse itself would take any depth, and a
 * walk of what it returns would not).
 */
function jsonTooDeepAt(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const char = text.charCodeAt(i);
        if (inString) {
            if (char === 92)
                i += 1; // backslash: skip the escaped character
            else if (char === 34)
                inString = false;
        }
        else if (char === 34)
            inString = true;
        else if (char === 123 || char === 91) {
            depth += 1;
            if (depth > yaml_MAX_DEPTH)
                return lineAt(Buffer.from(text.slice(0, i)));
        }
        else if (char === 125 || char === 93)
            depth -= 1;
    }
    return undefined;
}
function parseJsonText(text, file, root) {
    if (text.trim() === '')
        return [];
    const deep = jsonTooDeepAt(text);
    if (deep !== undefined) {
        throw locatedError(file, deep, `JSON nesting is deeper than ${yaml_MAX_DEPTH} levels`, NESTING_TODO, root);
    }
    try {
        const value = JSON.parse(text);
        return [{ value, index: 0, line: contentLine(text, 1) ?? 1, text }];
    }
    catch (error) {
        const message = error.message;
        const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
        const position = /at position (\d+)/.exec(message);
        let line;
        if (lineColumn)
            line = Number(lineColumn[1]);
        else if (position)
            line = text.slice(0, Number(position[1])).split('\n').length;
        else
            line = text.split('\n').length;
        // The parser's error is not kept as the cause: its message quotes the document.
        return thrown(locatedError(file, line, `invalid JSON: ${safeJsonReason(message)}`, 'fix the JSON syntax', root));
    }
}
/** What a value is, never what it says (it may be a Secret's value). */
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const KUSTOMIZE_GROUP = /^kustomize\.config\.k8s\.io\//;
function collectObjects(document, file, into, options) {
    const { value, index, line } = document;
    if (value === null || value === undefined)
        return;
    const source = { file, index, line };
    const root = options.root;
    if (isMapping(value) && typeof value.apiVersion === 'string' && KUSTOMIZE_GROUP.test(value.apiVersion)) {
        options.onSkip?.(`${yaml_showFile(file, root)}:${line}: skipped ${String(value.kind)} (${value.apiVersion}): a kustomize file, not an object to apply`);
        return;
    }
    checkObject(value, file, line, '', root);
    const object = value;
    const items = value.items;
    if (object.kind.endsWith('List') && Array.isArray(items)) {
        items.forEach((item, itemIndex) => {
            if (item === null || item === undefined)
                return;
            checkObject(item, file, line, ` (${object.kind} item ${itemIndex})`, root);
            into.push({ object: item, source: { ...source, item: itemIndex } });
        });
        return;
    }
    into.push(document.text && options.keepText !== false ? { object, source, text: document.text } : { object, source });
}
function checkObject(value, file, line, where, root) {
    const todo = 'each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)';
    if (!isMapping(value)) {
        throw locatedError(file, line, `document${where} is ${describe(value)}, not a Kubernetes object`, todo, root);
    }
    for (const field of ['apiVersion', 'kind']) {
        const fieldValue = value[field];
        if (fieldValue === undefined || fieldValue === null || fieldValue === '') {
            throw locatedError(file, line, `document${where} has no ${field}, so it is not a Kubernetes object`, todo, root);
        }
        if (typeof fieldValue !== 'string') {
            throw locatedError(file, line, `document${where} has a ${field} that is ${describe(fieldValue)}, not a string`, todo, root);
        }
    }
    const items = value.items;
    const isList = value.kind.endsWith('List') && Array.isArray(items);
    if (!isList && !isMapping(value.metadata)) {
        throw locatedError(file, line, `${value.kind} document${where} has ${value.metadata === undefined ? 'no metadata' : 'a metadata that is not a mapping'}`, 'add metadata with at least a name', root);
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(78550);
// EXTERNAL MODULE: ./packages/manifests/src/pod.ts
var pod = __webpack_require__(7034);
// EXTERNAL MODULE: ./packages/manifests/src/scope.ts
var scope = __webpack_require__(15261);
;// CONCATENATED MODULE: ./packages/manifests/src/listing.ts
/**
 * Objects pruned to what listing them needs (list-manifests, unless it validates schemas):
 * apiVersion, kind, metadata, and the names and images of the pod template's containers.
 * Kept whole: CRDs and RBAC bindings (the apply order reads their spec and roleRef) and
 * objects without their document's text (the bundle is then written from the object).
 * Ten thousand pruned objects cost a fraction of the memory and garbage collection of whole
 * ones, and cross from the parse worker to the action's thread far faster.
 */


const KEPT_WHOLE = new Set([
    'apiextensions.k8s.io/CustomResourceDefinition',
    'rbac.authorization.k8s.io/RoleBinding',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
]);
function listing_pruneForListing(loaded) {
    const { object } = loaded;
    if (loaded.text === undefined || KEPT_WHOLE.has(`${apiGroup(object.apiVersion)}/${object.kind}`))
        return loaded;
    const pruned = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    const found = findPodTemplate(object);
    if (found) {
        const spec = {};
        for (const list of CONTAINER_LISTS) {
            const containers = found.spec[list];
            if (!Array.isArray(containers))
                continue;
            spec[list] = containers.map((container) => {
                if (container === null || typeof container !== 'object')
                    return container;
                const { name, image } = container;
                return { name, image };
            });
        }
        // The same path as in the object (spec.template, spec.jobTemplate.spec.template, or none for a Pod).
        let node = pruned;
        for (const key of found.path === '' ? [] : found.path.split('.')) {
            const next = {};
            node[key] = next;
            node = next;
        }
        node.spec = spec;
    }
    return { ...loaded, object: pruned };
}

;// CONCATENATED MODULE: ./packages/manifests/src/read-file.ts
/**
 * Reads a manifest file after checking it with fstat: an oversized file is never read, and a
 * FIFO or device named like a manifest is refused (it is opened non-blocking, so a FIFO
 * cannot hang the step). Problems are returned, not thrown, so either thread of a parallel
 * load can report them in file order.
 */

/** Reads one file after checking it with fstat (see the file comment). */
function read_file_readChecked(file, maxBytes) {
    let fd;
    try {
        fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile())
            return { file, notRegular: true };
        if (stats.size > maxBytes)
            return { file, tooLarge: stats.size };
        // Read exactly the size fstat gave; a file that grows meanwhile is read up to that size,
        // one that shrinks up to what is there.
        const bytes = Buffer.allocUnsafeSlow(stats.size);
        let filled = 0;
        while (filled < stats.size) {
            const count = readSync(fd, bytes, filled, stats.size - filled, filled);
            if (count === 0)
                break;
            filled += count;
        }
        return { file, bytes: filled === stats.size ? bytes : bytes.subarray(0, filled) };
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    finally {
        closeSync(fd);
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/parse-worker.ts
/**
 * Loading many manifest files on two threads. Parsing YAML is most of list-manifests' time
 * (10,000 files: about 0.7 s of js-yaml), so the calling thread and one worker thread both
 * load files: each claims the next file from a shared counter, reads and parses it, and the
 * worker posts its results back (structured clone keeps every value exactly). The results
 * are then taken in file order, so objects, skip notes and the first error are the ones a
 * one-thread load gives. The worker is only a helper: if it cannot start, the calling thread
 * loads every file itself.
 *
 * The worker runs from a file of its own, next to the action's bundle (an action gives it as
 * `parseWorker`); see actions/list-manifests/src/parse-worker.ts.
 */

// The modules, not the package's index: the parse worker's bundle needs no more than these.





const NEXT = 0;
const STOP = 1;
const BATCH = 32;
/** A file's bytes, or the one-line error for why it could not be read. */
function readOrThrow(result, settings) {
    if ('bytes' in result)
        return result.bytes;
    const shown = displayPath(result.file, settings.root);
    if ('tooLarge' in result)
        throw tooLarge(result.file, result.tooLarge, settings.maxFileBytes, settings.root);
    if ('notRegular' in result)
        throw new UserError(`${shown}: is not a regular file — exclude it with "exclude"`, { file: shown });
    throw new UserError(`${shown}: cannot be read (${result.error.code ?? result.error.message}) — check the file`, {
        file: shown,
    });
}
/** Reads and parses one file; a UserError becomes the outcome, anything else is thrown. */
function parse_worker_loadFile(file, index, settings) {
    const skipped = [];
    try {
        const bytes = readOrThrow(readChecked(file, settings.maxFileBytes), settings);
        const text = decodeManifestText(bytes, file, settings.root);
        const objects = parseManifests(text, file, {
            maxFileBytes: settings.maxFileBytes,
            root: settings.root,
            onSkip: (note) => skipped.push(note),
        });
        return { index, objects: settings.prune ? objects.map(pruneForListing) : objects, skipped };
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        return { index, error: { message: error.message, file: error.file, line: error.line } };
    }
}
/** The next file to load, or undefined when all are claimed or a file has failed. */
function parse_worker_claimFile(claims, total) {
    if (Atomics.load(claims, STOP) !== 0)
        return undefined;
    const index = Atomics.add(claims, NEXT, 1);
    return index < total ? index : undefined;
}
/** Tells both threads to claim no more files (one has failed: later files cannot matter). */
function parse_worker_stopClaims(claims) {
    Atomics.store(claims, STOP, 1);
}
function parse_worker_newClaims() {
    return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}
/** The worker's program: loads files until none is left, posting outcomes in batches. */
function runParseWorker() {
    if (parentPort === null)
        throw new Error('parse-worker.js runs as a worker thread of the action, not on its own');
    const job = workerData;
    const claims = new Int32Array(job.claims);
    let batch = [];
    for (let index = parse_worker_claimFile(claims, job.files.length); index !== undefined;) {
        const outcome = parse_worker_loadFile(job.files[index], index, job);
        batch.push(outcome);
        if ('error' in outcome)
            parse_worker_stopClaims(claims);
        if (batch.length === BATCH) {
            parentPort.postMessage(batch);
            batch = [];
        }
        index = parse_worker_claimFile(claims, job.files.length);
    }
    if (batch.length > 0)
        parentPort.postMessage(batch);
}

;// CONCATENATED MODULE: ./packages/manifests/src/load.ts
/**
 * Finds manifest files from the paths a user gives (files, folders, globs) and loads them.
 * Every path must stay inside the workspace; the order is deterministic: paths in input
 * order, and within a folder or a glob, files sorted by path.
 */









/** The extensions loaded from folders and globs. */
const MANIFEST_EXTENSIONS = (/* unused pure expression or super */ null && (['.yaml', '.yml', '.json']));
/** The file names kustomize reads: not objects to apply, so skipped (with a debug note). */
const load_KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
function hasManifestExtension(name) {
    const lower = name.toLowerCase();
    return MANIFEST_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
/** The parse worker the build puts beside an action's bundle (`parse-worker.js`), when there is one. */
function parseWorkerBesideBundle() {
    const file = besideBundle('parse-worker.js');
    return file === undefined ? undefined : { file };
}
/** From this many files on, a `parseWorker` loads files beside the calling thread. */
const PARALLEL_MIN_FILES = 200;
/**
 * Loads every object from the given files, folders (recursive; .yaml, .yml, .json; hidden
 * files and folders skipped) and globs. A missing path, a glob that matches nothing, an empty
 * folder or a path outside the workspace is a one-line error naming the path and the input;
 * malformed or unsafe content is a one-line error at file:line (see parseManifests). With a
 * `parseWorker`, large sets are loaded on two threads, with the same result.
 */
async function loadManifests(paths, options = {}) {
    const files = await findManifestFiles(paths, options);
    const settings = {
        root: realRoot(options.root),
        maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        prune: options.prune,
    };
    const onSkip = options.onSkip ?? ((message) => actionsCore.debug(message));
    const claims = newClaims();
    const outcomes = new Array(files.length);
    if (options.parseWorker && files.length >= PARALLEL_MIN_FILES) {
        await loadOnTwoThreads(files, settings, options.parseWorker, claims, outcomes);
    }
    else {
        loadHere(files, settings, claims, outcomes);
    }
    return inFileOrder(files, settings, outcomes, onSkip);
}
/** Loads files on this thread until none is left to claim. */
function loadHere(files, settings, claims, outcomes) {
    for (let index = claimFile(claims, files.length); index !== undefined; index = claimFile(claims, files.length)) {
        const outcome = loadFile(files[index], index, settings);
        outcomes[index] = outcome;
        if ('error' in outcome)
            stopClaims(claims);
    }
}
/** Loads files on this thread and on a worker at once; resolves when both are done. */
async function loadOnTwoThreads(files, settings, parseWorker, claims, outcomes) {
    const job = { ...settings, files, claims: claims.buffer };
    const worker = new Worker(parseWorker.file, {
        workerData: job,
        // It keeps nothing between files: a small young generation is plenty, and costs less memory.
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const exited = new Promise((resolve) => {
        worker.on('message', (batch) => {
            for (const outcome of batch)
                outcomes[outcome.index] = outcome;
        });
        // A worker that fails leaves its files to this thread (inFileOrder loads what is missing).
        worker.on('error', (error) => actionsCore.debug(`The parse worker stopped: ${error.message}`));
        worker.on('exit', () => resolve());
    });
    loadHere(files, settings, claims, outcomes);
    await exited;
}
/**
 * The objects in file order, with the skip notes told in that order, up to the first file
 * that failed, whose error is thrown: what loading the files one by one gives. A file claimed
 * by a worker that stopped before reporting it is loaded here.
 */
function inFileOrder(files, settings, outcomes, onSkip) {
    const objects = [];
    for (const [index, file] of files.entries()) {
        const outcome = outcomes[index] ?? loadFile(file, index, settings);
        if ('error' in outcome)
            throw new UserError(outcome.error.message, outcome.error);
        for (const note of outcome.skipped)
            onSkip(note);
        for (const object of outcome.objects)
            objects.push(object);
    }
    return objects;
}
/** The workspace folder through symlinks (as workspaceRoot gives it), so paths inside it compare equal. */
function realRoot(root) {
    if (root === undefined)
        return workspaceRoot();
    try {
        return realpathSync(root);
    }
    catch {
        return root;
    }
}
/**
 * The manifest files the paths name, absolute, in load order, each once (the first time it
 * is named). Kustomization files are left out, with a note to `onSkip`.
 */
async function findManifestFiles(paths, options = {}) {
    const root = realRoot(options.root);
    const input = options.inputName ?? 'paths';
    const onSkip = options.onSkip ?? ((message) => actionsCore.debug(message));
    const excluded = excludeMatcher(options.exclude ?? [], options.excludeInputName ?? 'exclude');
    const prefix = root.endsWith(sep) ? root : root + sep;
    const relativeOf = (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : relative(root, file)).split(sep).join('/');
    const hasExcludes = (options.exclude ?? []).some((pattern) => pattern.trim() !== '');
    const seen = new Set();
    const result = [];
    if (paths.length === 0)
        throw new InputError(input, 'is empty: give at least one file, folder or glob of manifests');
    for (const given of paths) {
        const candidates = await expandPath(given, root, input);
        let kept = 0;
        let skipped = 0;
        for (const file of candidates) {
            if (hasExcludes && excluded(relativeOf(file))) {
                skipped += 1;
                continue;
            }
            if (load_KUSTOMIZATION_FILES.has(basename(file))) {
                skipped += 1;
                onSkip(`${displayPath(file, root)}: skipped, a kustomization file is not an object to apply (list the files it names instead)`);
                continue;
            }
            kept += 1;
            if (seen.has(file))
                continue;
            seen.add(file);
            result.push(file);
        }
        if (kept === 0 && skipped > 0) {
            throw new InputError(input, `path "${given}" matches only excluded or kustomization files: nothing to load — check "paths" and "exclude"`);
        }
    }
    return result;
}
function excludeMatcher(patterns, input) {
    const cleaned = patterns.map((pattern) => pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
    if (cleaned.length === 0)
        return () => false;
    for (const pattern of cleaned) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
            throw new InputError(input, `pattern "${pattern}" must be relative to the workspace, without ".."`);
        }
    }
    // A pattern that names a folder excludes what is under it too.
    return picomatch([...cleaned, ...cleaned.map((pattern) => `${pattern}/**`)], { dot: true });
}
/** One input path as the files it stands for, sorted within a folder or a glob. */
async function expandPath(given, root, input) {
    const path = given.trim();
    const absolute = resolveInWorkspace(path, input, root);
    let stats;
    try {
        stats = statSync(absolute);
    }
    catch {
        stats = undefined;
    }
    if (stats?.isFile())
        return [absolute];
    if (stats?.isDirectory()) {
        const files = walkFolder(absolute, root);
        if (files.length === 0) {
            throw new InputError(input, `folder "${path}" has no .yaml, .yml or .json files — add manifests to it or fix the path`);
        }
        return files;
    }
    if (stats)
        throw new InputError(input, `path "${path}" is neither a file nor a folder — give manifest files, folders or globs`);
    if (isDynamicPattern(path))
        return expandGlob(path, root, input);
    throw new InputError(input, `path "${path}" does not exist in the workspace ${root} — check the path (it is relative to the repository root)`);
}
/** Files under a folder with a manifest extension, hidden entries skipped, sorted by path. */
function walkFolder(folder, root) {
    const files = [];
    const visit = (dir) => {
        const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name; // dir is absolute and normalized
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // Follow a link only when it stays inside the workspace.
                let target;
                try {
                    target = realpathSync(full);
                }
                catch {
                    continue;
                }
                if (!isInside(target, root))
                    continue;
                const stats = statSync(target);
                isDirectory = stats.isDirectory();
                isFile = stats.isFile();
                if (isDirectory && isInside(folder, target))
                    continue; // a link to an enclosing folder
            }
            if (isDirectory)
                visit(full);
            else if (isFile && hasManifestExtension(entry.name))
                files.push(full);
        }
    };
    visit(folder);
    return files;
}
async function expandGlob(pattern, root, input) {
    const cleaned = pattern.replace(/^\.\//, '');
    if (cleaned.startsWith('/') || cleaned.split('/').includes('..')) {
        // An absolute glob is fine when its fixed part is inside the workspace.
        const base = picomatch.scan(cleaned).base;
        resolveInWorkspace(base || '.', input, root);
    }
    const matches = await glob(cleaned, {
        cwd: root,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        expandDirectories: false,
    });
    const files = matches
        .map((file) => file.split('/').join(sep))
        .filter((file) => hasManifestExtension(file))
        .filter((file) => {
        try {
            return isInside(realpathSync(file), root) && isInside(file, root);
        }
        catch {
            return false;
        }
    })
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (files.length === 0) {
        throw new InputError(input, `glob "${pattern}" matches no .yaml, .yml or .json file in the workspace ${root} — check the pattern (it is relative to the repository root)`);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/manifests/src/order.ts

const INSTALL_ORDER = [
    'PriorityClass',
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
];
const RANK = new Map(INSTALL_ORDER.map((kind, index) => [kind, index]));
const UNKNOWN_RANK = INSTALL_ORDER.length;
/** Returns the objects in apply order (a new array; the input is not changed). */
function applyOrder(objects) {
    const crds = crdIndex(objects);
    const rankOf = (item) => {
        const { apiVersion, kind } = item.object;
        if (crds.has(groupKind(apiVersion, kind)))
            return UNKNOWN_RANK;
        return RANK.get(kind) ?? UNKNOWN_RANK;
    };
    const sorted = objects
        .map((item, index) => ({ item, index, rank: rankOf(item) }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map((entry) => entry.item);
    // Where each possible dependency is, by position in `sorted`.
    const namespaces = new Map();
    const roles = new Map();
    const crdPositions = new Map();
    sorted.forEach((item, position) => {
        const { object } = item;
        const group = apiGroup(object.apiVersion);
        const name = object.metadata?.name;
        if (typeof name !== 'string')
            return;
        if (object.kind === 'CustomResourceDefinition' && group === 'apiextensions.k8s.io') {
            const spec = object.spec;
            const key = `${String(spec?.group)}/${String(spec?.names?.kind)}`;
            if (crds.get(key)?.crd === object)
                crdPositions.set(key, position);
        }
        else if (object.kind === 'Namespace' && group === '')
            namespaces.set(name, position);
        else if (group === 'rbac.authorization.k8s.io' && object.kind === 'ClusterRole')
            roles.set(`ClusterRole//${name}`, position);
        else if (group === 'rbac.authorization.k8s.io' && object.kind === 'Role')
            roles.set(`Role/${object.metadata.namespace ?? ''}/${name}`, position);
    });
    if (namespaces.size === 0 && roles.size === 0 && crdPositions.size === 0)
        return sorted;
    const dependencies = sorted.map((item, position) => {
        const { object } = item;
        const found = [];
        const add = (at) => {
            if (at !== undefined && at !== position)
                found.push(at);
        };
        add(crdPositions.get(groupKind(object.apiVersion, object.kind)));
        const namespace = object.metadata?.namespace;
        if (typeof namespace === 'string' && namespace !== '' && !isClusterScoped(object.apiVersion, object.kind, crds)) {
            add(namespaces.get(namespace));
        }
        if (apiGroup(object.apiVersion) === 'rbac.authorization.k8s.io' &&
            (object.kind === 'RoleBinding' || object.kind === 'ClusterRoleBinding')) {
            const roleRef = object.roleRef;
            if (roleRef && typeof roleRef.name === 'string') {
                if (roleRef.kind === 'ClusterRole')
                    add(roles.get(`ClusterRole//${roleRef.name}`));
                else if (roleRef.kind === 'Role' && object.kind === 'RoleBinding')
                    add(roles.get(`Role/${namespace ?? ''}/${roleRef.name}`));
            }
        }
        return found;
    });
    // Kahn's algorithm, always taking the ready object that comes first in the kind order.
    const waitingOn = dependencies.map((list) => list.length);
    const dependents = sorted.map(() => []);
    dependencies.forEach((list, position) => list.forEach((dependency) => dependents[dependency].push(position)));
    const ready = new MinHeap();
    waitingOn.forEach((count, position) => {
        if (count === 0)
            ready.push(position);
    });
    const emitted = new Array(sorted.length).fill(false);
    const result = [];
    let scan = 0;
    while (result.length < sorted.length) {
        let position = ready.pop();
        if (position === undefined) {
            // A cycle (not possible with these rules, but never hang): take the first one left.
            while (emitted[scan])
                scan += 1;
            position = scan;
        }
        if (emitted[position])
            continue;
        emitted[position] = true;
        result.push(sorted[position]);
        for (const dependent of dependents[position]) {
            waitingOn[dependent] -= 1;
            if (waitingOn[dependent] === 0 && !emitted[dependent])
                ready.push(dependent);
        }
    }
    return result;
}
/** The files of the objects in apply order, each once, at the place of its earliest object. */
function fileOrder(objects) {
    const files = [];
    const seen = new Set();
    for (const item of applyOrder(objects)) {
        if (seen.has(item.source.file))
            continue;
        seen.add(item.source.file);
        files.push(item.source.file);
    }
    return files;
}
/** A binary min-heap of positions. */
class MinHeap {
    items = [];
    push(value) {
        const items = this.items;
        items.push(value);
        let at = items.length - 1;
        while (at > 0) {
            const parent = (at - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[at] = items[parent];
            at = parent;
        }
        items[at] = value;
    }
    pop() {
        const items = this.items;
        if (items.length === 0)
            return undefined;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0) {
            let at = 0;
            for (;;) {
                const left = 2 * at + 1;
                if (left >= items.length)
                    break;
                const right = left + 1;
                const child = right < items.length && items[right] < items[left] ? right : left;
                if (items[child] >= last)
                    break;
                items[at] = items[child];
                at = child;
            }
            items[at] = last;
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-refs.ts


function config_refs_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function label(item, index) {
    return config_refs_isMapping(item) && typeof item.name === 'string' && item.name !== '' ? item.name : String(index);
}
function itemKeys(items) {
    const keys = list(items)
        .map((item) => (config_refs_isMapping(item) && typeof item.key === 'string' ? item.key : undefined))
        .filter((key) => key !== undefined);
    return keys.length > 0 ? keys : undefined;
}
/** The volume plugins that name a Secret, and the field that holds its name. */
const PLUGIN_SECRETS = [
    { plugin: 'azureFile', field: '', nameField: 'secretName' },
    { plugin: 'cephfs', field: 'secretRef', nameField: 'name' },
    { plugin: 'cinder', field: 'secretRef', nameField: 'name' },
    { plugin: 'flexVolume', field: 'secretRef', nameField: 'name' },
    { plugin: 'rbd', field: 'secretRef', nameField: 'name' },
    { plugin: 'scaleIO', field: 'secretRef', nameField: 'name' },
    { plugin: 'iscsi', field: 'secretRef', nameField: 'name' },
    { plugin: 'storageos', field: 'secretRef', nameField: 'name' },
    { plugin: 'csi', field: 'nodePublishSecretRef', nameField: 'name' },
];
/** Every ConfigMap and Secret reference in an object's pod template, in the order found. */
function config_refs_configReferences(item) {
    const refs = [];
    config_refs_visitConfigReferences(unwrapObject(item).object, (ref) => refs.push(ref));
    return refs;
}
/**
 * Points every reference to a config at another name, in place (k8s-deploy's immutable
 * configs): `renames` maps `ConfigMap/<name>` and `Secret/<name>` to the new names. Returns
 * how many references were changed.
 */
function config_refs_renameConfigReferences(object, renames) {
    let changed = 0;
    config_refs_visitConfigReferences(object, (ref, rename) => {
        const to = renames.get(`${ref.kind}/${ref.name}`);
        if (to === undefined)
            return;
        rename(to);
        changed += 1;
    });
    return changed;
}
/**
 * The one walk over a pod template's config references (see the file comment): calls `visit`
 * with each reference and a function that renames it in the object.
 */
function config_refs_visitConfigReferences(object, visit) {
    const found = findPodTemplate(object);
    if (!found)
        return;
    const spec = found.spec;
    const base = found.path ? `${found.path}.spec` : 'spec';
    const add = (kind, holder, field, via, extra = {}) => {
        const name = holder[field];
        if (typeof name !== 'string' || name === '')
            return;
        const ref = { kind, name, via };
        if (extra.keys && extra.keys.length > 0)
            ref.keys = extra.keys;
        if (typeof extra.optional === 'boolean')
            ref.optional = extra.optional;
        visit(ref, (to) => (holder[field] = to));
    };
    list(spec.imagePullSecrets).forEach((secret, index) => {
        if (config_refs_isMapping(secret))
            add('Secret', secret, 'name', `${base}.imagePullSecrets[${label(secret, index)}]`);
    });
    forEachContainer(spec, (container, listName, _index, containerLabel) => {
        const at = `${base}.${listName}[${containerLabel}]`;
        list(container.envFrom).forEach((source, index) => {
            if (!config_refs_isMapping(source))
                return;
            const where = `${at}.envFrom[${index}]`;
            if (config_refs_isMapping(source.configMapRef))
                add('ConfigMap', source.configMapRef, 'name', `${where}.configMapRef`, {
                    optional: source.configMapRef.optional,
                });
            if (config_refs_isMapping(source.secretRef))
                add('Secret', source.secretRef, 'name', `${where}.secretRef`, { optional: source.secretRef.optional });
        });
        list(container.env).forEach((variable, index) => {
            if (!config_refs_isMapping(variable) || !config_refs_isMapping(variable.valueFrom))
                return;
            const where = `${at}.env[${label(variable, index)}].valueFrom`;
            const { configMapKeyRef, secretKeyRef } = variable.valueFrom;
            if (config_refs_isMapping(configMapKeyRef)) {
                add('ConfigMap', configMapKeyRef, 'name', `${where}.configMapKeyRef`, {
                    keys: typeof configMapKeyRef.key === 'string' ? [configMapKeyRef.key] : undefined,
                    optional: configMapKeyRef.optional,
                });
            }
            if (config_refs_isMapping(secretKeyRef)) {
                add('Secret', secretKeyRef, 'name', `${where}.secretKeyRef`, {
                    keys: typeof secretKeyRef.key === 'string' ? [secretKeyRef.key] : undefined,
                    optional: secretKeyRef.optional,
                });
            }
        });
    });
    list(spec.volumes).forEach((volume, index) => {
        if (!config_refs_isMapping(volume))
            return;
        const at = `${base}.volumes[${label(volume, index)}]`;
        if (config_refs_isMapping(volume.configMap))
            add('ConfigMap', volume.configMap, 'name', `${at}.configMap`, {
                keys: itemKeys(volume.configMap.items),
                optional: volume.configMap.optional,
            });
        if (config_refs_isMapping(volume.secret))
            add('Secret', volume.secret, 'secretName', `${at}.secret`, {
                keys: itemKeys(volume.secret.items),
                optional: volume.secret.optional,
            });
        if (config_refs_isMapping(volume.projected)) {
            list(volume.projected.sources).forEach((source, sourceIndex) => {
                if (!config_refs_isMapping(source))
                    return;
                const where = `${at}.projected.sources[${sourceIndex}]`;
                if (config_refs_isMapping(source.configMap))
                    add('ConfigMap', source.configMap, 'name', `${where}.configMap`, {
                        keys: itemKeys(source.configMap.items),
                        optional: source.configMap.optional,
                    });
                if (config_refs_isMapping(source.secret))
                    add('Secret', source.secret, 'name', `${where}.secret`, {
                        keys: itemKeys(source.secret.items),
                        optional: source.secret.optional,
                    });
            });
        }
        for (const { plugin, field, nameField } of PLUGIN_SECRETS) {
            const source = volume[plugin];
            if (!config_refs_isMapping(source))
                continue;
            const holder = field ? source[field] : source;
            if (config_refs_isMapping(holder))
                add('Secret', holder, nameField, `${at}.${plugin}${field ? `.${field}` : `.${nameField}`}`);
        }
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/manifests/src/hash.ts
/**
 * Canonical hashes: the same content gives the same hash whatever the key order, quoting,
 * comments or YAML style it was written in.
 *
 * contentHash (ConfigMap and Secret) hashes what the pods see, as the API server stores it:
 *  - Secret: `stringData` is merged over `data` (as the API server does, stringData winning),
 *    every value as bytes: `data` base64-decoded, `stringData` UTF-8. So `stringData: {a: hi}`
 *    and `data: {a: aGk=}` hash the same. `type` counts (default Opaque).
 *  - ConfigMap: `data` as text and `binaryData` as bytes (base64-decoded), kept apart, since
 *    only `data` can feed environment variables.
 *  - sops-encrypted objects (a top-level `sops:` key) are hashed on their encrypted values
 *    as written (with the sops MAC), never decoded: their base64 is not the content.
 * Metadata (labels, annotations, immutable) is not content and does not count.
 */



/** JSON with object keys sorted at every level; undefined values dropped, as JSON.stringify does. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    const keys = Object.keys(value).sort();
    const parts = [];
    for (const key of keys) {
        const child = value[key];
        if (child === undefined)
            continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(child)}`);
    }
    return `{${parts.join(',')}}`;
}
function hash_sha256(text) {
    return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}
/** Whether an object is sops-encrypted (a top-level `sops:` key). */
function isSopsEncrypted(item) {
    const object = unwrapObject(item).object;
    return object.sops !== null && typeof object.sops === 'object';
}
function entries(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}
function hash_text(value) {
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
function base64Bytes(value) {
    return Buffer.from(hash_text(value).replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The canonical content of a ConfigMap or Secret, as `sha256:<hex>` (see the file comment).
 * Other kinds are hashed whole, like objectHash.
 */
function hash_contentHash(item) {
    const object = unwrapObject(item).object;
    if (isSopsEncrypted(object)) {
        const sops = object.sops;
        return hash_sha256(canonicalJson({
            kind: object.kind,
            type: object.type,
            data: object.data,
            stringData: object.stringData,
            binaryData: object.binaryData,
            sopsMac: sops.mac,
        }));
    }
    if (object.kind === 'Secret') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = base64Bytes(value);
        for (const [key, value] of entries(object.stringData))
            data[key] = Buffer.from(hash_text(value), 'utf8').toString('base64');
        return hash_sha256(canonicalJson({ kind: 'Secret', type: hash_text(object.type) || 'Opaque', data }));
    }
    if (object.kind === 'ConfigMap') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = hash_text(value);
        const binaryData = {};
        for (const [key, value] of entries(object.binaryData))
            binaryData[key] = base64Bytes(value);
        return hash_sha256(canonicalJson({ kind: 'ConfigMap', data, binaryData }));
    }
    return objectHash(object);
}
/** Metadata fields that say nothing about what the object asks for. */
const METADATA_NOISE = (/* unused pure expression or super */ null && ([
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'managedFields',
    'selfLink',
    'ownerReferences',
]));
const ANNOTATION_NOISE = (/* unused pure expression or super */ null && (['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision']));
/**
 * A canonical hash of a whole object without server-set metadata and `status`: equal for two
 * manifests that ask the cluster for the same thing, however they are written.
 */
function objectHash(item) {
    const object = unwrapObject(item).object;
    const { status: _status, ...rest } = object;
    const metadata = { ...(object.metadata ?? {}) };
    for (const field of METADATA_NOISE)
        delete metadata[field];
    if (metadata.annotations && typeof metadata.annotations === 'object') {
        const annotations = { ...metadata.annotations };
        for (const key of ANNOTATION_NOISE)
            delete annotations[key];
        metadata.annotations = Object.keys(annotations).length > 0 ? annotations : undefined;
    }
    return hash_sha256(canonicalJson({ ...rest, metadata }));
}
/**
 * A canonical hash of a workload's pod template (what makes its pods roll when it changes),
 * or undefined for kinds without one.
 */
function hash_templateHash(item) {
    const found = findPodTemplate(unwrapObject(item).object);
    return found ? hash_sha256(canonicalJson(found.template)) : undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema-models.ts
/** Loaders of the validating model of each built-in kind, by apiVersion/kind. */
const schema_models_SCHEMA_MODELS = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 75315))).MutatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 71334))).MutatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6576))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 41161))).ValidatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 73393))).ValidatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 43840))).ValidatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8708))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69066))).ValidatingWebhookConfiguration,
    'apiextensions.k8s.io/v1/CustomResourceDefinition': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 97518))).CustomResourceDefinition,
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 41271))).CustomResourceDefinition,
    'apiregistration.k8s.io/v1/APIService': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 76758)))
        .APIService,
    'apiregistration.k8s.io/v1beta1/APIService': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 47120)))
        .APIService,
    'apps/v1/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 67552)))
        .ControllerRevision,
    'apps/v1/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 63417)))
        .DaemonSet,
    'apps/v1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 62878)))
        .Deployment,
    'apps/v1/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84500)))
        .ReplicaSet,
    'apps/v1/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56745)))
        .StatefulSet,
    'apps/v1beta1/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 71051)))
        .ControllerRevision,
    'apps/v1beta1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 29612)))
        .Deployment,
    'apps/v1beta1/DeploymentRollback': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 16610)))
        .DeploymentRollback,
    'apps/v1beta1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84302)))
        .Scale,
    'apps/v1beta1/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 38892)))
        .StatefulSet,
    'apps/v1beta2/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56020)))
        .ControllerRevision,
    'apps/v1beta2/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 89585)))
        .DaemonSet,
    'apps/v1beta2/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1787)))
        .Deployment,
    'apps/v1beta2/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 24461)))
        .ReplicaSet,
    'apps/v1beta2/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 243)))
        .Scale,
    'apps/v1beta2/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 91526)))
        .StatefulSet,
    'authentication.k8s.io/v1/SelfSubjectReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 68346)))
        .SelfSubjectReview,
    'authentication.k8s.io/v1/TokenRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 39634)))
        .TokenRequest,
    'authentication.k8s.io/v1/TokenReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 81676)))
        .TokenReview,
    'authentication.k8s.io/v1beta1/TokenReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 78029)))
        .TokenReview,
    'authorization.k8s.io/v1/LocalSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 27556))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 38584))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectRulesReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 12642))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1/SubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 61639))).SubjectAccessReview,
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 93181))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 65894))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4683))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1beta1/SubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 26674))).SubjectAccessReview,
    'autoscaling/v1/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 10755)))
        .HorizontalPodAutoscaler,
    'autoscaling/v1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 15594)))
        .Scale,
    'autoscaling/v2/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92286)))
        .HorizontalPodAutoscaler,
    'autoscaling/v2beta1/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 36363))).HorizontalPodAutoscaler,
    'autoscaling/v2beta2/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 37601))).HorizontalPodAutoscaler,
    'batch/v1/CronJob': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 58890)))
        .CronJob,
    'batch/v1/Job': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 70906)))
        .Job,
    'batch/v1beta1/CronJob': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5206)))
        .CronJob,
    'certificates.k8s.io/v1/CertificateSigningRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17285))).CertificateSigningRequest,
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 81684))).CertificateSigningRequest,
    'coordination.k8s.io/v1/Lease': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 11385)))
        .Lease,
    'coordination.k8s.io/v1beta1/Lease': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17056)))
        .Lease,
    'discovery.k8s.io/v1/EndpointSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 85492)))
        .EndpointSlice,
    'discovery.k8s.io/v1beta1/EndpointSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 67673)))
        .EndpointSlice,
    'events.k8s.io/v1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 68214)))
        .Event,
    'events.k8s.io/v1beta1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79978)))
        .Event,
    'extensions/v1beta1/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56935)))
        .DaemonSet,
    'extensions/v1beta1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 87049)))
        .Deployment,
    'extensions/v1beta1/DeploymentRollback': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 89660)))
        .DeploymentRollback,
    'extensions/v1beta1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 53915)))
        .Ingress,
    'extensions/v1beta1/NetworkPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2078)))
        .NetworkPolicy,
    'extensions/v1beta1/PodSecurityPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79555)))
        .PodSecurityPolicy,
    'extensions/v1beta1/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 95257)))
        .ReplicaSet,
    'extensions/v1beta1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 87293)))
        .Scale,
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 90934)))
        .FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 24694))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 42745))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69939))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1559))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 94953))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5002))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 42447))).PriorityLevelConfiguration,
    'networking.k8s.io/v1/IPAddress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 82607)))
        .IPAddress,
    'networking.k8s.io/v1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 82615)))
        .Ingress,
    'networking.k8s.io/v1/IngressClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69153)))
        .IngressClass,
    'networking.k8s.io/v1/NetworkPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 10158)))
        .NetworkPolicy,
    'networking.k8s.io/v1/ServiceCIDR': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 95974)))
        .ServiceCIDR,
    'networking.k8s.io/v1beta1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4814)))
        .Ingress,
    'networking.k8s.io/v1beta1/IngressClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 11828)))
        .IngressClass,
    'node.k8s.io/v1/RuntimeClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 97467)))
        .RuntimeClass,
    'node.k8s.io/v1beta1/RuntimeClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 49931)))
        .RuntimeClass,
    'policy/v1/Eviction': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 64754)))
        .Eviction,
    'policy/v1/PodDisruptionBudget': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 28433)))
        .PodDisruptionBudget,
    'policy/v1beta1/Eviction': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 35743)))
        .Eviction,
    'policy/v1beta1/PodDisruptionBudget': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 62374)))
        .PodDisruptionBudget,
    'policy/v1beta1/PodSecurityPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 42721)))
        .PodSecurityPolicy,
    'rbac.authorization.k8s.io/v1/ClusterRole': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 89465)))
        .ClusterRole,
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92551))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1/Role': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 41806)))
        .Role,
    'rbac.authorization.k8s.io/v1/RoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 13095)))
        .RoleBinding,
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 77281))).ClusterRole,
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 31959))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1beta1/Role': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92922)))
        .Role,
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79310))).RoleBinding,
    'resource.k8s.io/v1/DeviceClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 69062)))
        .DeviceClass,
    'resource.k8s.io/v1/ResourceClaim': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84994)))
        .ResourceClaim,
    'resource.k8s.io/v1/ResourceClaimTemplate': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 17513)))
        .ResourceClaimTemplate,
    'resource.k8s.io/v1/ResourceSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 64397)))
        .ResourceSlice,
    'scheduling.k8s.io/v1/PriorityClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 85758)))
        .PriorityClass,
    'scheduling.k8s.io/v1beta1/PriorityClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7901)))
        .PriorityClass,
    'storage.k8s.io/v1/CSIDriver': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 14499)))
        .CSIDriver,
    'storage.k8s.io/v1/CSINode': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 81025)))
        .CSINode,
    'storage.k8s.io/v1/CSIStorageCapacity': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 83128)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1/StorageClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 49380)))
        .StorageClass,
    'storage.k8s.io/v1/VolumeAttachment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 50381)))
        .VolumeAttachment,
    'storage.k8s.io/v1/VolumeAttributesClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 65057)))
        .VolumeAttributesClass,
    'storage.k8s.io/v1beta1/CSIDriver': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 29780)))
        .CSIDriver,
    'storage.k8s.io/v1beta1/CSINode': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 82847)))
        .CSINode,
    'storage.k8s.io/v1beta1/CSIStorageCapacity': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 91980)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1beta1/StorageClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 54953)))
        .StorageClass,
    'storage.k8s.io/v1beta1/VolumeAttachment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92155)))
        .VolumeAttachment,
    'v1/Binding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 15506)))
        .Binding,
    'v1/ComponentStatus': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 74639)))
        .ComponentStatus,
    'v1/ConfigMap': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 15249)))
        .ConfigMap,
    'v1/Endpoints': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 14452)))
        .Endpoints,
    'v1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 92472))).Event,
    'v1/LimitRange': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 90692)))
        .LimitRange,
    'v1/Namespace': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 88989)))
        .Namespace,
    'v1/Node': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 56957))).Node,
    'v1/PersistentVolume': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 79584)))
        .PersistentVolume,
    'v1/PersistentVolumeClaim': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 31851)))
        .PersistentVolumeClaim,
    'v1/Pod': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 14785))).Pod,
    'v1/PodTemplate': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 91048)))
        .PodTemplate,
    'v1/ReplicationController': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 84899)))
        .ReplicationController,
    'v1/ResourceQuota': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 86057)))
        .ResourceQuota,
    'v1/Secret': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 80891)))
        .Secret,
    'v1/Service': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3678)))
        .Service,
    'v1/ServiceAccount': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 83317)))
        .ServiceAccount,
};

;// CONCATENATED MODULE: ./packages/manifests/src/crd-schema.ts
const compiled = new WeakMap();
let ajvInstance;
/** ajv, loaded on first use (with the OpenAPI validators, in their lazy chunk when bundled). */
function ajv() {
    ajvInstance ??= __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.t.bind(__webpack_require__, 96223, 23))
        .catch((error) => {
        throw new Error(`the JSON schema validator (ajv) could not be loaded (${error.message}): the action's bundle is incomplete`, {
            cause: error,
        });
    })
        .then((module) => {
        // ajv is CommonJS: Node gives its exports as named exports, a bundler may give them under `default`.
        const loaded = module;
        const candidates = [loaded.Ajv, loaded.default?.Ajv, loaded.default];
        const Ajv = candidates.find((candidate) => typeof candidate === 'function');
        if (!Ajv)
            throw new Error("the JSON schema validator (ajv) could not be loaded: the action's bundle is incomplete");
        return new Ajv({
            strict: false,
            allErrors: true,
            validateFormats: false,
            allowUnionTypes: true,
            validateSchema: false,
        });
    });
    return ajvInstance;
}
function crd_schema_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const IMPLICIT_OBJECT_FIELDS = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
};
/** The CRD schema as the API server applies it (see the file comment), as plain JSON Schema for ajv. */
function structuralSchema(schema, root = true) {
    if (Array.isArray(schema))
        return schema.map((item) => structuralSchema(item, false));
    if (!crd_schema_isMapping(schema))
        return schema;
    const result = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties' && crd_schema_isMapping(value)) {
            result.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, structuralSchema(child, false)]));
        }
        else if (crd_schema_isMapping(value) || Array.isArray(value)) {
            result[key] = structuralSchema(value, false);
        }
        else {
            result[key] = value;
        }
    }
    if (root || schema['x-kubernetes-embedded-resource'] === true) {
        // The API server adds these; metadata is checked by the structural validation.
        result.properties = { ...(result.properties ?? {}), ...IMPLICIT_OBJECT_FIELDS };
    }
    // x-kubernetes-int-or-string allows both, whatever `type` says.
    if (schema['x-kubernetes-int-or-string'] === true)
        delete result.type;
    const closed = crd_schema_isMapping(result.properties) &&
        result.additionalProperties === undefined &&
        schema['x-kubernetes-preserve-unknown-fields'] !== true;
    if (closed)
        result.additionalProperties = false;
    return result;
}
async function validatorFor(schema) {
    const known = compiled.get(schema);
    if (known)
        return known;
    const compiler = await ajv();
    let validate;
    try {
        validate = compiler.compile(structuralSchema(schema));
    }
    catch (error) {
        validate = error;
    }
    compiled.set(schema, validate);
    return validate;
}
/** Checks one custom resource against its CRD; undefined when the CRD has no schema for it. */
async function crd_schema_validateCustomResource(object, version, crd) {
    const entry = crd.versions.find((candidate) => candidate.name === version);
    if (!entry)
        return { unknownVersion: crd.versions.map((candidate) => candidate.name), errors: [] };
    if (!crd_schema_isMapping(entry.schema))
        return undefined;
    const validate = await validatorFor(entry.schema);
    if (validate instanceof Error)
        return { schemaError: validate.message, errors: [] };
    return validate(object) ? { errors: [] } : { errors: validate.errors ?? [] };
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema.ts



const schema_BUILT_IN_GROUPS = new Set(Object.keys(schema_models_SCHEMA_MODELS).map((key) => (0,scope/* apiGroup */.oI)(key.slice(0, key.lastIndexOf('/')))));
const loaded = new Map();
/**
 * The validating model of a kind, loaded once. One of the validator package's dependencies
 * loads Node's deprecated `punycode`; its deprecation warning says nothing to our users, so it
 * is silenced while the validators load.
 */
function loadModel(key) {
    const loader = SCHEMA_MODELS[key];
    if (!loader)
        return undefined;
    let model = loaded.get(key);
    if (!model) {
        model = (async () => {
            const quiet = process.noDeprecation;
            process.noDeprecation = true;
            try {
                return await loader();
            }
            catch (error) {
                throw new Error(`the OpenAPI validators could not be loaded (${error.message}): the action's bundle is incomplete`, { cause: error });
            }
            finally {
                process.noDeprecation = quiet;
            }
        })();
        loaded.set(key, model);
    }
    return model;
}
/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
function fieldPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
function describeError(error) {
    const path = fieldPath(error.instancePath ?? '');
    const params = error.params ?? {};
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
        const missing = path ? `${path}.${params.missingProperty}` : params.missingProperty;
        return { path: missing, text: `${missing} is required` };
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
        const unknown = path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
        return { path: unknown, text: `${unknown} is not a field the schema knows (unknown field)` };
    }
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
        return {
            path,
            text: `${path || 'the object'} must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`,
        };
    }
    return { path, text: `${path || 'the object'} ${error.message ?? 'is invalid'}` };
}
function versionsOf(group, kind) {
    return Object.keys(SCHEMA_MODELS)
        .filter((key) => key.endsWith(`/${kind}`))
        .map((key) => key.slice(0, key.length - kind.length - 1))
        .filter((apiVersion) => apiGroup(apiVersion) === group);
}
/**
 * Checks each built-in object against its kind's OpenAPI schema (types, required fields,
 * enums, formats such as quantities). Returns one issue per violation.
 */
async function schema_validateSchema(objects) {
    const issues = [];
    const crds = crdIndex(objects);
    for (const { object, source } of objects) {
        if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string')
            continue;
        const group = apiGroup(object.apiVersion);
        const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
        const crd = crds.get(`${group}/${object.kind}`);
        if (crd) {
            const version = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
            const result = await validateCustomResource(object, version, crd);
            if (result?.unknownVersion) {
                issues.push({
                    message: `${object.kind} ${name}: its CustomResourceDefinition ${crd.crd.metadata?.name ?? ''} has no version ${version} — use apiVersion ${result.unknownVersion.map((v) => `${group}/${v}`).join(' or ')}`,
                    source,
                    object,
                    path: 'apiVersion',
                });
            }
            else if (result?.schemaError) {
                issues.push({
                    message: `${object.kind} ${name}: the schema of its CustomResourceDefinition cannot be used (${result.schemaError}) — fix the CRD`,
                    source,
                    object,
                });
            }
            else if (result) {
                for (const item of result.errors) {
                    const { path, text } = describeError(item);
                    issues.push({
                        message: `${object.kind} ${name}: ${text} (CRD schema) — fix the field`,
                        source,
                        object,
                        path,
                    });
                }
            }
            continue;
        }
        if (!schema_BUILT_IN_GROUPS.has(group))
            continue;
        const model = loadModel(`${object.apiVersion}/${object.kind}`);
        if (!model) {
            const versions = versionsOf(group, object.kind);
            const hint = versions.length > 0
                ? `use apiVersion ${versions.join(' or ')}`
                : `check the kind (the ${group || 'core'} API group has no kind ${object.kind})`;
            issues.push({
                message: `${object.kind} ${name}: Kubernetes has no ${object.kind} in ${object.apiVersion} — ${hint}`,
                source,
                object,
                path: 'apiVersion',
            });
            continue;
        }
        const Model = await model;
        try {
            new Model(object).validate();
        }
        catch (error) {
            const errors = error.errors;
            if (!Array.isArray(errors))
                throw error;
            for (const item of errors) {
                const { path, text } = describeError(item);
                issues.push({
                    message: `${object.kind} ${name}: ${text} (OpenAPI schema) — fix the field`,
                    source,
                    object,
                    path,
                });
            }
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./packages/manifests/src/render/inputs.ts
/**
 * The rendering inputs list-manifests and detect-config-changes share (readRenderInputs) and what
 * they ask to render: read and checked before anything heavy loads (the YAML stack, the tool
 * downloader), so this module imports @kra/core alone. `@kra/manifests/inputs` exports it.
 */

/** Whether the request renders anything. */
function rendersAnything(request) {
    return request !== undefined && (request.helm !== undefined || request.kustomize.length > 0);
}
/** The `paths` input may be empty only when a chart or overlays are rendered instead. */
function requirePathsOrRendering(paths, render) {
    if (paths.length === 0 && !rendersAnything(render))
        throw new InputError('paths', 'is empty: give manifest files, folders or globs, a helm-chart, or kustomize overlays');
}
/**
 * The rendering inputs: helm-chart, helm-values, helm-set, helm-release-name,
 * helm-namespace (default: `namespace`), kube-version, api-versions, include-crds,
 * helm-registry-username/-password (masked at once), helm-plain-http, helm-version;
 * kustomize, kustomize-enable-helm, kustomize-version.
 */
function readRenderInputs(defaultNamespace = '') {
    const password = readString('helm-registry-password');
    maskSecret(password);
    const username = readString('helm-registry-username');
    if ((username === '') !== (password === '')) {
        throw new InputError(username ? 'helm-registry-password' : 'helm-registry-username', 'is empty but the other is set: give both, or neither for a registry without a login');
    }
    const chart = readString('helm-chart');
    // helm-release-name is left out: the action gives it a default.
    const helmOnly = [
        'helm-values',
        'helm-set',
        'helm-namespace',
        'kube-version',
        'api-versions',
        'helm-registry-username',
    ];
    if (chart === '') {
        const stray = helmOnly.find((name) => readString(name) !== '');
        if (stray)
            throw new InputError(stray, 'is set but helm-chart is empty: give the chart to render');
    }
    const helm = chart === ''
        ? undefined
        : {
            chart,
            values: readList('helm-values'),
            set: readList('helm-set'),
            releaseName: readString('helm-release-name', { default: 'release' }),
            namespace: readString('helm-namespace') || defaultNamespace || undefined,
            kubeVersion: readString('kube-version') || undefined,
            apiVersions: readList('api-versions'),
            includeCrds: readBoolean('include-crds', false),
            registryLogin: username ? { username, password } : undefined,
            plainHttp: readBoolean('helm-plain-http', false),
        };
    const kustomize = readList('kustomize');
    const kustomizeEnableHelm = readBoolean('kustomize-enable-helm', false);
    if (kustomizeEnableHelm && kustomize.length === 0) {
        throw new InputError('kustomize-enable-helm', 'is true but kustomize names no overlay: give the overlay folders');
    }
    return {
        helm,
        kustomize,
        kustomizeEnableHelm,
        helmVersion: readString('helm-version') || undefined,
        kustomizeVersion: readString('kustomize-version') || undefined,
    };
}

;// CONCATENATED MODULE: ./packages/manifests/src/inputs.ts
// The parsers of list-manifests' inputs, on a subpath of their own (`@kra/manifests/inputs`): the
// action reads and checks every input with these before it loads the YAML stack, the validators
// and the renderers, so a wrong input fails at once. Nothing imported from here may reach
// js-yaml, load.ts or render/tools.ts (test/bundles.test.ts checks the bundle).

const VALIDATION_MODES = (/* unused pure expression or super */ null && (['structure', 'schema', 'none']));

;// CONCATENATED MODULE: ./packages/manifests/src/validate.ts
/**
 * Validation before anything is applied: structure (what every object needs, names the API
 * server would refuse, the same object twice) and, when asked, the Kubernetes OpenAPI schemas.
 */







/** `<group>/<version>` or a core `<version>`: the group a DNS subdomain, the version a DNS-1035 label (v1, v2beta1). */
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/;
/**
 * The rule the API server checks an object's name with (pkg/apis/*\/validation): Namespace a
 * DNS-1123 label, Service a DNS-1035 label, RBAC objects any path segment (so `system:foo` is
 * fine), CronJob a subdomain of at most 52 characters (its Jobs add 11), the rest — custom
 * resources included — a DNS-1123 subdomain.
 */
function nameRule(apiVersion, kind) {
    const key = groupKind(apiVersion, kind);
    switch (key) {
        case '/Namespace':
            return { rule: 'dns1123-label' };
        case '/Service':
            return { rule: 'dns1035-label' };
        case 'rbac.authorization.k8s.io/Role':
        case 'rbac.authorization.k8s.io/ClusterRole':
        case 'rbac.authorization.k8s.io/RoleBinding':
        case 'rbac.authorization.k8s.io/ClusterRoleBinding':
            return { rule: 'path-segment' };
        case 'batch/CronJob':
            return { rule: 'dns1123-subdomain', maxLength: 52 };
        default:
            return { rule: 'dns1123-subdomain' };
    }
}
function validate_describe(object) {
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
    const namespace = typeof object.metadata?.namespace === 'string' ? `${object.metadata.namespace}/` : '';
    return `${object.kind ?? 'object'} ${namespace}${name}`;
}
/** `file:line` (with the List item when there is one), for messages. */
function formatLocation(source, root) {
    return `${showFile(source.file, root)}:${source.line}${source.item !== undefined ? ` (item ${source.item})` : ''}`;
}
/** An issue as one line: `<file>:<line>: <message>`. */
function validate_formatIssue(issue, root) {
    return `${formatLocation(issue.source, root)}: ${issue.message}`;
}
/**
 * Structural checks on every object: apiVersion, kind and metadata.name present; names and
 * namespaces the API server accepts; a CRD named `<plural>.<group>`; no object defined twice
 * (same API group, kind, namespace and name — both places are named).
 */
function validateStructure(objects, options = {}) {
    const issues = [];
    const crds = crdIndex(objects);
    const seen = new Map();
    for (const loaded of objects) {
        const { object, source } = loaded;
        const push = (message, path) => issues.push(path ? { message, source, object, path } : { message, source, object });
        if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
            push(`${validate_describe(object)} has no apiVersion — add one, such as apps/v1`, 'apiVersion');
            continue;
        }
        if (typeof object.kind !== 'string' || object.kind === '') {
            push(`object has no kind — add one, such as Deployment`, 'kind');
            continue;
        }
        if (object.apiVersion.length > 317 || !API_VERSION.test(object.apiVersion)) {
            push(`${object.kind} has apiVersion "${object.apiVersion}", which is not <group>/<version> or v1 — fix the apiVersion`, 'apiVersion');
        }
        const metadata = object.metadata;
        if (metadata === null || typeof metadata !== 'object') {
            push(`${object.kind} has no metadata — add metadata with a name`, 'metadata');
            continue;
        }
        const name = metadata.name;
        if (name === undefined || name === null || name === '') {
            push(`${object.kind} has no metadata.name — name it${metadata.generateName ? ' (generateName cannot be applied: apply needs a fixed name)' : ''}`, 'metadata.name');
            continue;
        }
        if (typeof name !== 'string') {
            push(`${object.kind} has a metadata.name that is not a string (${JSON.stringify(name)}) — quote it`, 'metadata.name');
            continue;
        }
        const { rule, maxLength } = nameRule(object.apiVersion, object.kind);
        const problem = nameProblem(name, rule, maxLength);
        if (problem)
            push(`${object.kind} name "${name}" is invalid: it ${problem} — rename it`, 'metadata.name');
        if (object.kind === 'CustomResourceDefinition' && apiGroup(object.apiVersion) === 'apiextensions.k8s.io') {
            const spec = (object.spec ?? {});
            const expected = `${spec.names?.plural}.${spec.group}`;
            if (typeof spec.names?.plural === 'string' && typeof spec.group === 'string' && name !== expected) {
                push(`CustomResourceDefinition "${name}" must be named "${expected}" (<plural>.<group>) — rename it`, 'metadata.name');
            }
        }
        const clusterScoped = isClusterScoped(object.apiVersion, object.kind, crds);
        const namespace = metadata.namespace;
        if (namespace !== undefined && namespace !== null && namespace !== '') {
            if (typeof namespace !== 'string') {
                push(`${validate_describe(object)} has a metadata.namespace that is not a string — quote it`, 'metadata.namespace');
            }
            else {
                const namespaceProblem = nameProblem(namespace, 'dns1123-label');
                if (namespaceProblem)
                    push(`${object.kind} ${name} has namespace "${namespace}", which is invalid: it ${namespaceProblem} — fix the namespace`, 'metadata.namespace');
            }
        }
        // After namespace defaulting: `dup` without a namespace and `dup` in `default` are one object.
        const key = identityKey(object, { defaultNamespace: options.defaultNamespace, clusterScoped });
        const first = seen.get(key);
        if (first) {
            push(`${validate_describe(object)} is defined twice: here and at ${formatLocation(first.source, options.root)} — keep one of them`);
        }
        else {
            seen.set(key, loaded);
        }
    }
    return issues;
}
/** The issues of a validation mode: none, structure, or structure and then the schemas. */
async function validateManifests(objects, mode, options = {}) {
    if (mode === 'none')
        return [];
    const issues = validateStructure(objects, options);
    if (mode === 'schema')
        issues.push(...(await validateSchema(objects)));
    return issues;
}
/**
 * Validates and throws a UserError when anything is wrong: one line naming the first issue at
 * file:line and how many more there are (callers report each issue on its own, from
 * validateManifests, for annotations). Returns quietly when all is well.
 */
async function assertValid(objects, mode, options = {}) {
    const issues = await validateManifests(objects, mode, options);
    if (issues.length === 0)
        return;
    throw issuesError(issues, options.root);
}
/** The one-line error for a list of issues (the first, and how many more). */
function issuesError(issues, root) {
    const first = issues[0];
    const more = issues.length - 1;
    const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return new UserError(`${validate_formatIssue(first, root)}${suffix}`, {
        file: showFile(first.source.file, root),
        line: first.source.line,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/bundle.ts
/**
 * One multi-document YAML stream with every object, in the given order: what list-manifests
 * writes as `bundle`, the safe thing to apply when a file mixes kinds.
 */

/** An object's YAML from its value: keys in their order, aliases written out, long lines kept whole. */
function toYaml(object) {
    // The default schema quotes strings that YAML 1.1 readers (kubectl) would take for
    // booleans, numbers or dates ("yes", "0644", "2024-01-01"), so they stay strings.
    return dump(object, { noRefs: true, lineWidth: -1 });
}
function serializeBundle(objects, options = {}) {
    const useText = (options.from ?? 'text') === 'text';
    const parts = [];
    for (const item of objects) {
        const loaded = 'source' in item && 'object' in item ? item : undefined;
        const object = loaded ? loaded.object : item;
        let text = useText && loaded?.text ? loaded.text : toYaml(object);
        if (!text.endsWith('\n'))
            text += '\n';
        parts.push(text);
    }
    return parts.map((part) => `---\n${part}`).join('');
}

;// CONCATENATED MODULE: ./packages/manifests/src/kustomize-names.ts
/**
 * ConfigMaps and Secrets named by kustomize's generators: `redis-config-bd2fcfgt6k`, the
 * suffix being kustomize's hash of the object's content (api/hasher: sha256 of a JSON
 * encoding of kind, name, data, binaryData / type, stringData, its first ten hex digits with
 * 0, 1, 3, a, e turned into g, h, k, m, t). The name in that encoding is always empty:
 * kustomize looks it up as one field called "metadata/name", which no object has. A name counts as generated only when its suffix
 * is that hash of the object it names, so an ordinary name that happens to end in ten such
 * letters is not mistaken for one. Their names change when their content does, so their
 * readers roll by themselves: detect-config-changes reports them without a restart, and
 * k8s-deploy's immutable configs leave them as they are.
 */

const SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/;
/** JSON as Go's encoding/json writes it: map keys sorted, and <, >, &, U+2028, U+2029 escaped. */
function goJson(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(goJson).join(',')}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${goJson(key)}:${goJson(value[key])}`).join(',')}}`;
}
function kustomize_names_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A field as kustomize's hasher reads it: a mapping as itself, a missing one as "", a scalar as its text. */
function field(value) {
    if (value === undefined || value === null)
        return '';
    if (kustomize_names_isMapping(value)) {
        const copy = {};
        for (const [key, item] of Object.entries(value))
            copy[key] = item === null || item === undefined ? null : typeof item === 'object' ? item : String(item);
        return copy;
    }
    return String(value);
}
/** kustomize's content hash of a ConfigMap or Secret (see the file comment). */
function kustomizeHash(object) {
    const name = '';
    const record = object;
    const encoded = object.kind === 'Secret'
        ? { kind: 'Secret', type: field(record.type), name, data: field(record.data) }
        : { kind: 'ConfigMap', name, data: field(record.data) };
    const extra = object.kind === 'Secret' ? 'stringData' : 'binaryData';
    if (kustomize_names_isMapping(record[extra]))
        encoded[extra] = field(record[extra]);
    const hex = createHash('sha256').update(goJson(encoded)).digest('hex');
    return hex
        .slice(0, 10)
        .replace(/[013ae]/g, (c) => ({ '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' })[c]);
}
/**
 * The name a kustomize generator gave the object, without its hash suffix (`redis-config`),
 * or undefined when the object's name does not end in its own content hash.
 */
function kustomize_names_kustomizeGeneratedStem(object) {
    if (object.kind !== 'ConfigMap' && object.kind !== 'Secret')
        return undefined;
    const match = SUFFIX.exec(object.metadata?.name ?? '');
    if (!match)
        return undefined;
    return kustomizeHash(object) === match[2] ? match[1] : undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes.ts
/**
 * What changed between two sets of manifests (two git refs), for detect-config-changes:
 * the ConfigMaps and Secrets whose content changed, the workloads that read them, and
 * which of those will not roll out by themselves and must be restarted.
 *
 * Objects are compared, not text: identity is group/kind/namespace/name and content is a
 * canonical hash, so reformatting, comments, key order and moving an object to another
 * file are not changes. Secret values never leave this module: only names and hashes.
 */









/** Kinds whose pods are replaced when the pod template changes, i.e. the ones a restart applies to. */
const ROLLABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'argoproj.io/Rollout']);
/** Pull secrets are read by the kubelet when pulling, not by running containers: changing one needs no restart. */
function readByContainers(via) {
    return !/imagePullSecrets/.test(via);
}
function identityOptions(object, options) {
    return {
        defaultNamespace: options.namespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, options.crds),
    };
}
/**
 * The namespace an output entry states: the object's own, else the `namespace` input, else none.
 * Never `default` by guessing: k8s-deploy defaults an entry without one to the namespace it
 * deploys to, which is where such an object lives.
 */
function statedNamespace(object, options) {
    if (isClusterScoped(object.apiVersion, object.kind, options.crds))
        return '';
    return object.metadata.namespace || options.namespace || '';
}
function entryOf(object, namespace) {
    const entry = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
function where(loaded) {
    return `${loaded.source.file}:${loaded.source.line}`;
}
/** Objects by identity; a second object with the same identity is an error at head, and ignored at base. */
function indexObjects(objects, options, strict) {
    const index = new Map();
    for (const loaded of objects) {
        const { object } = loaded;
        if (!object?.metadata?.name)
            continue;
        const scope = identityOptions(object, options);
        const namespace = effectiveNamespace(object.metadata.namespace, scope);
        const key = identityKey(object, scope);
        const seen = index.get(key);
        if (seen) {
            if (!strict)
                continue;
            throw new UserError(`${object.kind} ${namespace ? `${namespace}/` : ''}${object.metadata.name} is defined twice, at ${where(seen.loaded)} and at ${where(loaded)}: keep one`, { file: loaded.source.file, line: loaded.source.line });
        }
        index.set(key, { loaded, namespace, stated: statedNamespace(object, options) });
    }
    return index;
}
function isConfig(object) {
    return groupOf(object.apiVersion) === '' && (object.kind === 'ConfigMap' || object.kind === 'Secret');
}
function isWorkload(item) {
    return (item.workload !== undefined ||
        (WORKLOAD_KINDS.includes(item.object.kind) && findPodTemplate(item.object) !== undefined));
}
/**
 * The object as the comparison keeps it: ConfigMaps, Secrets and CRDs whole (their content
 * is compared, and CRDs give custom kinds their scope); a workload as its config references
 * and, with `hashTemplate`, its pod template's hash; anything else as apiVersion, kind and
 * metadata. Structure checks (validateStructure) read no more than that.
 */
function summariseObject(loaded, hashTemplate) {
    const { object, source } = loaded;
    if (isConfig(object) || isCrd(object))
        return { object, source };
    const skeleton = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    if (!WORKLOAD_KINDS.includes(object.kind) || findPodTemplate(object) === undefined)
        return { object: skeleton, source };
    const workload = { references: configReferences(object) };
    if (hashTemplate)
        workload.template = templateHash(object);
    return { object: skeleton, source, workload };
}
/** Base64 in one spelling (line breaks and missing padding do not change the bytes). */
function normalBase64(text) {
    return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The bytes one key of a config holds, in one form whether written under `data`,
 * `stringData` or `binaryData`, so moving a value between them is not a change.
 * sops-encrypted values are taken as written (never decoded or decrypted).
 */
function keyValue(object, key) {
    const record = object;
    const stringData = record.stringData?.[key];
    if (typeof stringData === 'string')
        return 'b64:' + Buffer.from(stringData).toString('base64');
    const data = record.data?.[key];
    if (data !== undefined && data !== null) {
        const text = String(data);
        if (object.kind === 'Secret' && !text.startsWith('ENC['))
            return 'b64:' + normalBase64(text);
        return object.kind === 'Secret' ? 'raw:' + text : 'b64:' + Buffer.from(text).toString('base64');
    }
    const binary = record.binaryData?.[key];
    if (binary !== undefined && binary !== null)
        return 'b64:' + normalBase64(String(binary));
    return 'absent';
}
/**
 * Hashes memoised per parsed object. A file that is the same blob at both refs is parsed once
 * (parseFiles), so its objects are the same JavaScript objects on both sides: most comparisons
 * are an identity check, and each config is hashed once however many workloads read it.
 */
class Hashes {
    content = new WeakMap();
    keyed = new WeakMap();
    templates = new WeakMap();
    contentOf(config) {
        let hash = this.content.get(config);
        if (hash === undefined)
            this.content.set(config, (hash = contentHash(config)));
        return hash;
    }
    /** What a workload reads from a config: the whole content, or only the keys it names. */
    read(config, keys) {
        if (!config)
            return 'absent';
        if (keys === undefined)
            return this.contentOf(config);
        const names = [...new Set(keys)].sort();
        const cacheKey = names.join('\0');
        let byKeys = this.keyed.get(config);
        if (!byKeys)
            this.keyed.set(config, (byKeys = new Map()));
        let hash = byKeys.get(cacheKey);
        if (hash === undefined) {
            const parts = names.map((key) => `${JSON.stringify(key)}=${keyValue(config, key)}`);
            const type = config.kind === 'Secret' ? String(config.type ?? 'Opaque') : '';
            byKeys.set(cacheKey, (hash = sha256(`${type}\n${parts.join('\n')}`)));
        }
        return hash;
    }
    templateOf(workload) {
        if (workload.workload)
            return workload.workload.template;
        if (this.templates.has(workload))
            return this.templates.get(workload);
        const hash = templateHash(workload.object);
        this.templates.set(workload, hash);
        return hash;
    }
    sameContent(a, b) {
        return a === b || this.contentOf(a) === this.contentOf(b);
    }
    sameTemplate(a, b) {
        if (a === b || a.object === b.object)
            return true;
        const before = this.templateOf(a);
        const after = this.templateOf(b);
        // A summary without a hash comes from a file that is the same at both refs, whose objects
        // are the same on both sides; two different ones only meet when the base defines the
        // workload twice. Not knowing, count the template as unchanged: a restart is the safe side.
        if ((a.workload && before === undefined) || (b.workload && after === undefined))
            return true;
        return before === after;
    }
}
/** What a workload reads, one entry per config, merging its references (any whole-config use wins over keys). */
function configsRead(item, namespace) {
    const reads = new Map();
    for (const ref of item.workload?.references ?? configReferences(item.object)) {
        if (!readByContainers(ref.via))
            continue;
        const key = identityKey({ apiVersion: 'v1', kind: ref.kind, namespace, name: ref.name });
        const read = reads.get(key) ?? { kind: ref.kind, name: ref.name, namespace, key, keys: [], via: [] };
        if (read.keys !== undefined)
            read.keys = ref.keys === undefined ? undefined : [...read.keys, ...ref.keys];
        if (!read.via.includes(ref.via))
            read.via.push(ref.via);
        reads.set(key, read);
    }
    return [...reads.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function isRollable(object) {
    return ROLLABLE.has(`${groupOf(object.apiVersion)}/${object.kind}`);
}
function configEntry(object, namespace) {
    const entry = { kind: object.kind, name: object.metadata.name };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
/**
 * Compares the objects at base with those at head. With no base (a first release)
 * every config at head counts as added.
 */
function compareManifests(base, head, options = {}) {
    const headIndex = indexObjects(head, { ...options, crds: crdIndex(head) }, true);
    const baseIndex = base === undefined ? new Map() : indexObjects(base, { ...options, crds: crdIndex(base) }, false);
    const hashes = new Hashes();
    const changedConfigs = [];
    const changeOf = new Map();
    const renamed = generatedRenames(baseIndex, headIndex);
    for (const [key, { loaded, stated }] of headIndex) {
        if (!isConfig(loaded.object))
            continue;
        const before = baseIndex.get(key) ?? renamed.get(key);
        const change = !before
            ? 'added'
            : hashes.sameContent(before.loaded.object, loaded.object)
                ? undefined
                : 'modified';
        if (change) {
            changedConfigs.push({ ...configEntry(loaded.object, stated), change });
            changeOf.set(key, change);
        }
    }
    const replaced = new Set(renamed.values());
    for (const [key, indexed] of baseIndex) {
        const { loaded, stated } = indexed;
        if (!isConfig(loaded.object) || headIndex.has(key) || replaced.has(indexed))
            continue;
        changedConfigs.push({ ...configEntry(loaded.object, stated), change: 'deleted' });
        changeOf.set(key, 'deleted');
    }
    changedConfigs.sort((a, b) => compareText(`${a.kind}/${a.namespace ?? ''}/${a.name}`, `${b.kind}/${b.namespace ?? ''}/${b.name}`));
    const affectedWorkloads = [];
    const checksums = {};
    for (const [key, { loaded, namespace, stated }] of headIndex) {
        const { object } = loaded;
        if (!isWorkload(loaded))
            continue;
        const reads = configsRead(loaded, namespace);
        const entry = entryOf(object, stated);
        if (isRollable(object) && reads.length > 0) {
            const lines = reads.map((read) => `${read.kind}/${read.namespace}/${read.name}=${hashes.read(headIndex.get(read.key)?.loaded.object, read.keys)}`);
            checksums[checksumKey(entry)] = sha256(lines.join('\n'));
        }
        const configs = [];
        for (const read of reads) {
            const change = changeOf.get(read.key);
            if (!change)
                continue;
            // A config that changed in keys this workload does not read does not affect it.
            if (change === 'modified' && read.keys !== undefined) {
                const was = hashes.read(baseIndex.get(read.key)?.loaded.object, read.keys);
                const now = hashes.read(headIndex.get(read.key)?.loaded.object, read.keys);
                if (was === now)
                    continue;
            }
            const config = { kind: read.kind, name: read.name, change, via: read.via };
            // A config is read from the workload's own namespace.
            if (stated !== '')
                config.namespace = stated;
            configs.push(config);
        }
        if (configs.length === 0)
            continue;
        const before = baseIndex.get(key);
        // Without a base nothing is known to have rolled: every reader of a config counts as needing a restart.
        const specChanged = base !== undefined && (!before || !hashes.sameTemplate(before.loaded, loaded));
        affectedWorkloads.push({
            ...entry,
            file: loaded.source.file,
            line: loaded.source.line,
            configs,
            specChanged,
            restart: isRollable(object) && !specChanged,
        });
    }
    const restart = affectedWorkloads
        .filter((workload) => workload.restart)
        .map(({ apiVersion, kind, name, namespace }) => namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name });
    return { changedConfigs, affectedWorkloads, restart, checksums };
}
/**
 * kustomize-generated configs whose name changed with their content (`redis-config-bd2fcfgt6k`
 * at base, `redis-config-7k2m…` at head): head key → the base version it replaces, when the
 * stem, kind and namespace match and each side has one such version. The change is then
 * reported as `modified` under the head name, not as one added and one deleted config; its
 * readers' pod templates name the new version, so they roll without a restart.
 */
function generatedRenames(base, head) {
    const stems = (index, other) => {
        const found = new Map();
        for (const [key, indexed] of index) {
            if (!isConfig(indexed.loaded.object) || other.has(key))
                continue;
            const stem = kustomizeGeneratedStem(indexed.loaded.object);
            if (stem === undefined)
                continue;
            const id = `${indexed.loaded.object.kind}/${indexed.namespace}/${stem}`;
            found.set(id, [...(found.get(id) ?? []), [key, indexed]]);
        }
        return found;
    };
    const before = stems(base, head);
    const renames = new Map();
    for (const [id, versions] of stems(head, base)) {
        const old = before.get(id);
        if (versions.length === 1 && old?.length === 1)
            renames.set(versions[0][0], old[0][1]);
    }
    return renames;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}!]/;
function normalise(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '')
        .replace(/\/{2,}/g, '/');
}
/**
 * Picks manifest files out of a commit's file list the way list-manifests picks them
 * from disk: a file by name, a folder's .yaml/.yml/.json files (recursively), or a glob;
 * minus the `exclude` globs or folders. Patterns are relative to `prefix` (the workspace
 * folder inside the repository, '' when the workspace is the repository root).
 */
function selectManifestFiles(paths, patterns, exclude = [], prefix = '') {
    const inPrefix = (pattern) => normalise(prefix === '' || pattern === '' ? pattern : `${normalise(prefix)}/${normalise(pattern)}`);
    const excluded = exclude.map((pattern) => {
        const full = inPrefix(pattern);
        const glob = picomatch(full, { dot: true });
        return (path) => glob(path) || path.startsWith(full + '/');
    });
    const chosen = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const full = inPrefix(pattern);
        let matches;
        if (GLOB_CHARS.test(pattern)) {
            const glob = picomatch(full, { dot: false });
            matches = paths.filter((path) => glob(path) && MANIFEST_FILE.test(path));
        }
        else if (full === '' || full === '.') {
            matches = paths.filter((path) => MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path));
        }
        else if (paths.includes(full)) {
            matches = [full];
        }
        else {
            // A folder: its manifest files, recursively, hidden files and folders skipped (as on disk).
            matches = paths.filter((path) => path.startsWith(full + '/') && MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path.slice(full.length + 1)));
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const path of matches) {
            // Kustomization files are not objects to apply; list-manifests skips them too.
            if (excluded.some((test) => test(path)) || KUSTOMIZATION_FILES.has(path.slice(path.lastIndexOf('/') + 1)))
                continue;
            chosen.add(path);
        }
    }
    return { files: [...chosen], unmatched };
}
/**
 * Parses files read from git into objects, summarised for compareManifests (summariseObject).
 * Files with the same blob id are parsed once (most files are the same at both refs).
 * Binary, oversized and malformed files are refused with parseManifests' one-line errors at
 * file:line.
 */
function parseFiles(files, options, cache = new Map()) {
    const display = options.display ?? ((path) => path);
    const objects = [];
    for (const file of files) {
        const shown = display(file.path);
        const cacheKey = `${file.object}\0${shown}`;
        let parsed = cache.get(cacheKey);
        if (!parsed) {
            const hashTemplates = !options.unchanged?.(file);
            try {
                parsed = parseManifests(file.content, shown, { keepText: false }).map((loaded) => summariseObject(loaded, hashTemplates));
            }
            catch (error) {
                if (!(error instanceof UserError) || !options.onError)
                    throw error;
                options.onError(error, shown);
                parsed = [];
            }
            cache.set(cacheKey, parsed);
        }
        for (const object of parsed)
            objects.push(object);
    }
    return objects;
}

;// CONCATENATED MODULE: ./packages/manifests/src/issues.ts



/**
 * Fails on manifest issues: each one an error annotation at its file and line, then one
 * line naming the first (`Invalid manifest at head: k8s/web.yaml:3: …`). Does nothing when
 * there are none. `where` says which manifests (`at head`), for a comparison of two refs.
 */
function failOnIssues(issues, options = {}) {
    if (issues.length === 0)
        return;
    const { root } = options;
    const where = options.where ? ` ${options.where}` : '';
    for (const issue of issues) {
        annotateError(formatIssue(issue, root), { file: showFile(issue.source.file, root), startLine: issue.source.line });
    }
    const first = formatIssue(issues[0], root);
    const more = omittedAnnotations() > 0 ? ` (${omittedAnnotations()} not annotated, see the log)` : '';
    throw new UserError(issues.length === 1
        ? `Invalid manifest${where}: ${first}`
        : `${issues.length} problems in the manifests${where}${more}; the first: ${first}`);
}

;// CONCATENATED MODULE: ./packages/manifests/src/index.ts

















;// CONCATENATED MODULE: ./packages/kube/src/depth.ts



/**
 * Whether a value nests deeper than `limit` levels, found without recursion (a document can
 * be 100,000 levels deep; structuredClone, JSON.stringify and YAML dumping all recurse).
 */
function depth_deeperThan(value, limit = yaml_MAX_DEPTH) {
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (node === null || typeof node !== 'object')
            continue;
        if (depth >= limit)
            return true;
        for (const child of Object.values(node))
            if (child !== null && typeof child === 'object')
                stack.push([child, depth + 1]);
    }
    return false;
}
/** Refuses objects too deep for anything here to handle, before any of them is copied or applied. */
function depth_checkDepth(objects, where = () => '') {
    const deep = objects.filter((o) => depth_deeperThan(o));
    if (deep.length === 0)
        return;
    const named = deep.slice(0, 5).map((o) => `${where(o)}${o.kind}/${o.metadata?.name}`);
    throw new UserError(`${named.join('; ')}${deep.length > 5 ? ` and ${deep.length - 5} more` : ''} ${deep.length === 1 ? 'is' : 'are'} nested deeper than ${MAX_DEPTH} levels: flatten ${deep.length === 1 ? 'it' : 'them'} (Kubernetes objects are never that deep). Nothing was applied.`);
}

;// CONCATENATED MODULE: ./packages/kube/src/labels.ts
/**
 * Every label and annotation k8s-deploy writes to a cluster, under one DNS-style prefix
 * defined here and nowhere else (plus the app.kubernetes.io/ recommended labels).
 */
const labels_PREFIX = 'kube-release.dev';
/** `app.kubernetes.io/managed-by` value on every object we apply. */
const labels_MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const labels_MANAGED_BY = 'k8s-deploy';
/** The release an object belongs to (the `release` input). */
const labels_RELEASE_LABEL = `${labels_PREFIX}/release`;
/** On release records: the revision number. */
const REVISION_LABEL = `${labels_PREFIX}/revision`;
/** On release records: deployed, failed, superseded, rolled-back, pending. */
const STATUS_LABEL = `${labels_PREFIX}/status`;
/** On release records (and the Lease): marks the object as ours. */
const RECORD_LABEL = `${labels_PREFIX}/record`;
/** On a Helm hook k8s-deploy ran (instead of the release label: hooks are not release objects, prune leaves them). */
const labels_HELM_HOOK_LABEL = (/* unused pure expression or super */ null && (`${labels_PREFIX}/helm-hook-of`));
/** On a content-hashed ConfigMap or Secret (config-mode: immutable): the name it was given in the manifests. */
const labels_CONFIG_VERSION_LABEL = (/* unused pure expression or super */ null && (`${labels_PREFIX}/config-version-of`));
/** On the copies a canary or blue-green rollout runs beside the user's workloads: canary, baseline or green. */
const TRACK_LABEL = `${labels_PREFIX}/track`;
/** One annotation with the run's metadata as JSON: repository, sha, run URL, actor, version, revision. */
const labels_RUN_ANNOTATION = `${labels_PREFIX}/run`;
/** On pod templates: a hash of the config (ConfigMaps/Secrets) the workload reads, from detect-config-changes. */
const CONFIG_HASH_ANNOTATION = (/* unused pure expression or super */ null && (`${labels_PREFIX}/config-hash`));
/** kubectl's own restart annotation, so `kubectl rollout restart` and we agree. */
const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';
/** The Secret type of release records. */
const RELEASE_SECRET_TYPE = `${labels_PREFIX}/release.v1`;
/** The default field manager for server-side apply. */
const DEFAULT_FIELD_MANAGER = 'k8s-deploy';
/** The name of the Secret holding revision `revision` of `release`. */
function recordName(release, revision) {
    return `k8s-deploy.${release}.v${revision}`;
}
/** The name of the Lease that serialises deploys of `release`. */
function leaseName(release) {
    return `k8s-deploy.${release}`;
}
const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A release name must be usable as a label value and inside a Secret name. */
function releaseNameProblem(name) {
    if (name.length > 53)
        return `is ${name.length} characters long: use at most 53`;
    if (!RELEASE_NAME.test(name))
        return `is "${name}": use lowercase letters, digits and "-", starting and ending with a letter or digit`;
    return undefined;
}

;// CONCATENATED MODULE: ./packages/kube/src/diff.ts




/** Metadata the server sets, which says nothing about what the manifests asked for. */
const SERVER_METADATA = [
    'managedFields',
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'selfLink',
    'deletionGracePeriodSeconds',
];
/** Annotations written by controllers or by us on every run. */
const NOISY_ANNOTATIONS = [
    'deployment.kubernetes.io/revision',
    'kubectl.kubernetes.io/last-applied-configuration',
    labels_RUN_ANNOTATION,
];
/**
 * The object without server-set fields (managedFields, status, resourceVersion, uid,
 * generation, creationTimestamp, controller annotations) and without our per-run annotation,
 * so two versions compare equal exactly when the content the user controls is equal.
 */
function normalizeForDiff(object) {
    if (!object)
        return undefined;
    const copy = structuredClone(object);
    delete copy.status;
    const metadata = copy.metadata ?? {};
    for (const key of SERVER_METADATA)
        delete metadata[key];
    if (metadata.annotations) {
        for (const key of NOISY_ANNOTATIONS)
            delete metadata.annotations[key];
        if (Object.keys(metadata.annotations).length === 0)
            delete metadata.annotations;
    }
    return copy;
}
/** Whether two versions hold the same content; an object too deep to compare never does. */
function sameContent(a, b) {
    if (depth_deeperThan(a) || depth_deeperThan(b))
        return false;
    return stableYaml(normalizeForDiff(a)) === stableYaml(normalizeForDiff(b));
}
function stableYaml(value) {
    if (value === undefined)
        return '';
    return js_yaml/* default.dump */.Ay.dump(value, { sortKeys: true, lineWidth: -1, noRefs: true });
}
const MASK = '***';
/**
 * Secret values never reach a diff: each value of data/stringData becomes ***, and
 * "*** (changed)" on the new side where the value differs, so a change shows without it.
 */
function maskSecretPair(before, after) {
    const isSecret = (o) => o?.kind === 'Secret';
    if (!isSecret(before) && !isSecret(after))
        return;
    for (const field of ['data', 'stringData']) {
        const old = before?.[field];
        const next = after?.[field];
        const oldValues = { ...(old ?? {}) };
        if (old)
            for (const key of Object.keys(old))
                old[key] = MASK;
        if (next) {
            for (const key of Object.keys(next)) {
                const changed = old !== undefined && key in oldValues && oldValues[key] !== next[key];
                next[key] = changed ? `${MASK} (changed)` : MASK;
            }
        }
    }
}
/** A unified diff of the live object against the object as it would be applied; '' when equal. */
function diff_objectDiff(label, live, applied) {
    if (deeperThan(live) || deeperThan(applied))
        return `(${label} is nested deeper than ${MAX_DEPTH} levels: not compared)`;
    const before = normalizeForDiff(live);
    const after = normalizeForDiff(applied);
    maskSecretPair(before, after);
    const oldText = stableYaml(before);
    const newText = stableYaml(after);
    if (oldText === newText)
        return '';
    const patch = createTwoFilesPatch(live ? `live/${label}` : '/dev/null', applied ? `applied/${label}` : '/dev/null', oldText, newText, '', '', { context: 3 });
    // Drop the "Index:"/"===" preamble lines createTwoFilesPatch adds.
    return patch
        .split('\n')
        .filter((line) => !line.startsWith('Index:') && !/^=+$/.test(line))
        .join('\n')
        .trimEnd();
}

// EXTERNAL MODULE: ./packages/kube/src/pull-secrets.ts
var pull_secrets = __webpack_require__(53283);
;// CONCATENATED MODULE: ./packages/kube/src/prepare.ts







/** A CRD in the set answers for its kind before the cluster knows it. */
function crdScope(objects, apiVersion, kind) {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    for (const crd of objects) {
        if (crd.kind !== 'CustomResourceDefinition')
            continue;
        const spec = crd.spec ?? {};
        if (spec.group !== group || spec.names?.kind !== kind)
            continue;
        const versions = Array.isArray(spec.versions) ? spec.versions : [];
        if (versions.length > 0 && !versions.some((v) => v.name === version))
            continue;
        return spec.scope !== 'Cluster';
    }
    return undefined;
}
/**
 * Gives every namespaced object without a namespace the default one; cluster-scoped objects
 * lose any namespace; objects naming their own namespace keep it. Fails, naming the object,
 * when a kind is unknown to both the cluster and the set.
 */
async function assignNamespaces(objects, defaultNamespace, lookup, where = () => '') {
    const problems = [];
    for (const object of objects) {
        let namespaced = await lookup(object.apiVersion, object.kind);
        if (namespaced === undefined)
            namespaced = crdScope(objects, object.apiVersion, object.kind);
        if (namespaced === undefined) {
            problems.push(`${where(object)}${object.kind}/${object.metadata.name}: the cluster does not serve kind ${object.kind} in ${object.apiVersion} and no CustomResourceDefinition in the manifests defines it`);
            continue;
        }
        if (namespaced)
            object.metadata.namespace = object.metadata.namespace || defaultNamespace;
        else
            delete object.metadata.namespace;
    }
    if (problems.length > 0)
        throw new UserError(`${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}. Nothing was applied.`);
}
/** Refuses objects that cannot be applied by name, and the same object twice. */
function checkIdentities(objects, where = () => '') {
    const seen = new Map();
    for (const object of objects) {
        if (!object.metadata?.name) {
            throw new UserError(`${where(object)}${object.kind} has no metadata.name (generateName cannot be applied server-side): give it a name`);
        }
        const id = identity(object);
        const first = seen.get(id);
        if (first)
            throw new UserError(`${where(object)}${objectLabel(object)} appears twice in the manifests (first at ${where(first) || 'an earlier document'}): keep one`);
        seen.set(id, object);
    }
}
/** Adds the managed-by and release labels and the run annotation, in place. */
function labelObjects(objects, release, run) {
    const annotation = JSON.stringify(run);
    for (const object of objects) {
        object.metadata.labels = {
            ...(object.metadata.labels ?? {}),
            [MANAGED_BY_LABEL]: MANAGED_BY,
            [RELEASE_LABEL]: release,
        };
        object.metadata.annotations = { ...(object.metadata.annotations ?? {}), [RUN_ANNOTATION]: annotation };
    }
}
/**
 * The prepare phase: copies the objects, settles their namespaces, then pins images, stamps
 * restarts and config hashes, adds the image pull Secrets, checks identities and labels them.
 * Nothing touches the cluster but discovery. Sets `run.locate` (file and line by identity) and
 * the image replacements.
 */
async function prepare_prepareObjects(run) {
    const { options, log, client, result } = run;
    checkDepth(options.objects, (o) => at(options.locate?.(o)));
    const objects = options.objects.map((o) => structuredClone(o));
    const originals = new Map(objects.map((copy, i) => [copy, options.objects[i]]));
    const locateGiven = (o) => options.locate?.(originals.get(o) ?? o);
    const whereGiven = (o) => at(locateGiven(o));
    // Namespaces first: restart and checksums name workloads with their namespace.
    await assignNamespaces(objects, options.namespace, async (apiVersion, kind) => (await client.resourceFor(apiVersion, kind))?.namespaced, whereGiven);
    checkIdentities(objects, whereGiven);
    const located = new Map(objects.map((o) => [identity(o), locateGiven(o)]));
    run.locate = (o) => located.get(identity(o));
    const replaced = replaceImages(objects, options.images);
    result.replacements = replaced.replacements;
    for (const entry of replaced.unmatched)
        log.warning(`Image ${entry.ref || entry.repository} (input "images") matches no container in the manifests: check its repository`);
    addImagePullSecrets(objects, options.imagePullSecrets ?? []);
    const restarts = stampRestarts(objects, options.restart, new Date().toISOString(), options.namespace);
    for (const ref of restarts.unmatched)
        log.warning(`Workload ${effectiveNamespace(ref.namespace, { defaultNamespace: options.namespace })}/${ref.kind}/${ref.name} (input "restart") is not in the manifests: nothing to restart. An entry naming no namespace means namespace "${options.namespace}": give detect-config-changes the namespace k8s-deploy deploys to.`);
    const checksums = stampChecksums(objects, options.checksums, options.namespace);
    if (checksums.unmatched.length > 0)
        log.warning(`${checksums.unmatched.length} key${checksums.unmatched.length === 1 ? '' : 's'} of input "checksums" name${checksums.unmatched.length === 1 ? 's' : ''} no workload in the manifests (a key naming no namespace means namespace "${options.namespace}"): ${checksums.unmatched.slice(0, 5).join(', ')}${checksums.unmatched.length > 5 ? ', …' : ''}. Give detect-config-changes the same namespace and manifests as k8s-deploy.`);
    labelObjects(objects, options.release, options.run);
    return objects;
}

;// CONCATENATED MODULE: ./packages/kube/src/csa-upgrade.ts

/** kubectl's client-side apply record of the last applied manifest. */
const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
function csa_upgrade_entries(object) {
    const list = object?.metadata?.managedFields;
    return Array.isArray(list) ? list : [];
}
const isUpdate = (e, manager) => e.operation === 'Update' && !e.subresource && (manager === undefined || e.manager === manager);
/**
 * The managers that did client-side apply on an object: those whose Update entry owns the
 * last-applied-configuration annotation (how kubectl finds them, csaupgrade.FindFieldsOwners).
 */
function clientSideAppliers(object) {
    const owners = csa_upgrade_entries(object).filter((e) => {
        const annotations = e.fieldsV1?.['f:metadata']?.['f:annotations'];
        return isUpdate(e) && annotations !== undefined && `f:${LAST_APPLIED_ANNOTATION}` in annotations;
    });
    return [...new Set(owners.map((e) => e.manager ?? ''))];
}
/** The union of two FieldsV1 sets (tries of `f:`, `k:`, `v:`, `i:` keys and `.`), without recursion. */
function unionFields(a, b) {
    const result = structuredCloneShallowTrie(a ?? {});
    const stack = [[result, b ?? {}]];
    while (stack.length > 0) {
        const [into, from] = stack.pop();
        for (const [key, value] of Object.entries(from)) {
            const child = (value ?? {});
            const existing = into[key];
            if (existing === undefined)
                into[key] = structuredCloneShallowTrie(child);
            else
                stack.push([existing, child]);
        }
    }
    return result;
}
/** A deep copy of a trie, without recursion. */
function structuredCloneShallowTrie(trie) {
    const root = {};
    const stack = [[root, trie]];
    while (stack.length > 0) {
        const [into, from] = stack.pop();
        for (const [key, value] of Object.entries(from)) {
            const copy = {};
            into[key] = copy;
            stack.push([copy, (value ?? {})]);
        }
    }
    return root;
}
/**
 * client-go's csaupgrade.UpgradeManagedFields, for one client-side-apply manager: the fields of
 * its Update entry move into `ssaManager`'s Apply entry (which the Update entry becomes when
 * there is none yet), and its Update entries go. Only an Update entry of the Apply entry's
 * apiVersion is merged, as there.
 */
function upgradeOne(list, csaManager, ssaManager) {
    const copy = list.map((e) => ({ ...e }));
    let target = copy.findIndex((e) => e.manager === ssaManager && e.operation === 'Apply' && !e.subresource);
    if (target < 0) {
        target = copy.findIndex((e) => isUpdate(e, csaManager));
        if (target < 0)
            return copy;
        copy[target] = { ...copy[target], manager: ssaManager, operation: 'Apply' };
    }
    const csa = copy.find((e) => isUpdate(e, csaManager) && e.apiVersion === copy[target].apiVersion);
    if (csa)
        copy[target] = { ...copy[target], fieldsV1: unionFields(copy[target].fieldsV1, csa.fieldsV1) };
    return copy.filter((e) => !isUpdate(e, csaManager));
}
/** The managedFields after moving every client-side-apply manager's fields to `ssaManager`; undefined when there is nothing to move. */
function upgradeManagedFields(object, ssaManager) {
    const appliers = clientSideAppliers(object);
    if (appliers.length === 0)
        return undefined;
    let list = csa_upgrade_entries(object);
    for (const manager of appliers)
        list = upgradeOne(list, manager, ssaManager);
    return list;
}
/**
 * Moves the fields client-side apply owned on a live object to our field manager, as kubectl
 * does on its own switch to server-side apply: one JSON patch replacing managedFields, guarded
 * by the object's resourceVersion (re-read and retried when someone wrote in between). Our next
 * apply then owns those fields alone: what the manifest no longer sets is removed, the
 * last-applied-configuration annotation with it. Returns the managers migrated.
 */
async function migrateClientSideApply(client, live, fieldManager) {
    let current = live;
    for (let attempt = 1; current; attempt += 1) {
        const appliers = clientSideAppliers(current);
        const upgraded = upgradeManagedFields(current, fieldManager);
        if (!upgraded)
            return [];
        const path = await client.objectPath(current.apiVersion, current.kind, current.metadata.name, current.metadata.namespace);
        try {
            await client.request('PATCH', path, {
                contentType: 'application/json-patch+json',
                query: { fieldManager },
                body: [
                    { op: 'replace', path: '/metadata/managedFields', value: upgraded },
                    // "replace", not "test": a stale version fails with 409 Conflict from storage.
                    { op: 'replace', path: '/metadata/resourceVersion', value: current.metadata.resourceVersion },
                ],
            });
            return appliers;
        }
        catch (error) {
            if (!isConflict(error) || attempt >= 5)
                throw error;
            current = await client.getLive(current);
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./packages/kube/src/ownership.ts

const SEP = '\u0000';
/** The members of a FieldsV1 set as paths (keys joined), without recursion. */
function fieldPaths(trie) {
    const paths = new Set();
    const stack = [['', trie ?? {}]];
    while (stack.length > 0) {
        const [prefix, node] = stack.pop();
        for (const [key, value] of Object.entries(node)) {
            if (key === '.')
                continue;
            const path = prefix ? `${prefix}${SEP}${key}` : key;
            paths.add(path);
            stack.push([path, (value ?? {})]);
        }
    }
    return paths;
}
function managed(object) {
    const list = object?.metadata?.managedFields;
    return Array.isArray(list) ? list : [];
}
/** What `manager` owns through apply on the main resource. */
function applied(object, manager) {
    const paths = new Set();
    for (const e of managed(object))
        if (e.manager === manager && e.operation === 'Apply' && !e.subresource)
            for (const path of fieldPaths(e.fieldsV1))
                paths.add(path);
    return paths;
}
/** Whether applying `preview` changes what `manager` owns (a field dropped from the manifest shows here). */
function ownershipChanges(live, preview, manager) {
    const before = applied(live, manager);
    const after = applied(preview, manager);
    if (before.size !== after.size)
        return true;
    for (const path of before)
        if (!after.has(path))
            return true;
    return false;
}
/** `.spec.template.spec.containers[name="web"].env[name="FOO"]` for a FieldsV1 path. */
function printFieldPath(path) {
    return path
        .split(SEP)
        .map((key) => {
        const kind = key.slice(0, 2);
        const rest = key.slice(2);
        if (kind === 'f:')
            return `.${rest}`;
        if (kind === 'i:')
            return `[${rest}]`;
        if (kind === 'v:')
            return `[=${rest}]`;
        if (kind === 'k:') {
            try {
                const fields = Object.entries(JSON.parse(rest));
                return `[${fields.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}]`;
            }
            catch {
                return `[${rest}]`;
            }
        }
        return `.${key}`;
    })
        .join('');
}
/**
 * Fields the manifest no longer sets that stay on the object after the apply because another
 * field manager owns them too (server-side apply only removes what nobody else owns). Fields of
 * client-side apply are not among them: they move to us first (migrateClientSideApply).
 */
function keptByOthers(live, preview, manager) {
    const migrating = new Set(clientSideAppliers(live));
    const before = applied(live, manager);
    for (const e of managed(live))
        if (e.operation === 'Update' && !e.subresource && migrating.has(e.manager ?? ''))
            for (const path of fieldPaths(e.fieldsV1))
                before.add(path);
    const after = applied(preview, manager);
    const removed = [...before].filter((path) => !after.has(path));
    if (removed.length === 0)
        return [];
    const others = managed(live).filter((e) => !e.subresource && e.manager !== manager && !(e.operation === 'Update' && migrating.has(e.manager ?? '')));
    const owned = others.map((e) => ({ manager: e.manager ?? '?', paths: fieldPaths(e.fieldsV1) }));
    const kept = [];
    for (const path of removed) {
        // Kept when another manager owns it, or anything inside it (an item stays for its owned field).
        const managers = owned
            .filter((o) => o.paths.has(path) || [...o.paths].some((p) => p.startsWith(`${path}${SEP}`)))
            .map((o) => o.manager);
        // A field kept only because a parent is kept is named by its parent.
        if (managers.length > 0 && !kept.some((k) => path.startsWith(`${k.path}${SEP}`)))
            kept.push({ path, managers: [...new Set(managers)] });
    }
    return kept.map(({ path, managers }) => ({ field: printFieldPath(path), managers }));
}

;// CONCATENATED MODULE: ./packages/kube/src/lock.ts



/** MicroTime as the API wants it: RFC 3339 with microseconds. */
function microTime(date) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** Whether a lease is free for `holder`: nobody holds it, we do, or its holder stopped renewing it. */
function leaseAvailable(state, holder, now) {
    if (!state || !state.holder || state.holder === holder)
        return true;
    const renewed = Date.parse(state.renewTime ?? state.acquireTime ?? '');
    if (Number.isNaN(renewed))
        return true;
    return renewed + state.leaseDurationSeconds * 1000 < now;
}
function stateOf(lease) {
    if (!lease)
        return undefined;
    return {
        holder: lease.spec?.holderIdentity ?? '',
        renewTime: lease.spec?.renewTime,
        acquireTime: lease.spec?.acquireTime,
        leaseDurationSeconds: lease.spec?.leaseDurationSeconds ?? 60,
    };
}
/** This run no longer holds its release's lock: it must not write anything more. */
class LockLostError extends src/* UserError */.yo {
    constructor(release, lease, how) {
        super(`Release "${release}": this run lost its lock (Lease ${lease}) ${how}, so it stopped before writing anything more. Another deploy may be running: check the release's history before deploying again.`);
        this.name = 'LockLostError';
    }
}
/** The run was cancelled (SIGINT or SIGTERM from the runner) before it could do this. */
class lock_CancelledError extends Error {
    constructor(what) {
        super(`cancelled before ${what}`);
        this.name = 'CancelledError';
    }
}
/**
 * A coordination.k8s.io Lease per release, held (and renewed) for the whole deploy, so two
 * runs for one release never interleave. Writes use resourceVersion preconditions, so two
 * runs racing for a free lease cannot both win.
 */
class lock_ReleaseLock {
    client;
    namespace;
    releaseName;
    holder;
    options;
    renewTimer;
    held;
    /** When the lease was last written by us (epoch ms). */
    renewedAt = 0;
    /** Set once the lease is lost; every later write must stop. */
    lost;
    name;
    leaseDurationSeconds;
    constructor(client, namespace, releaseName, holder, options = {}) {
        this.client = client;
        this.namespace = namespace;
        this.releaseName = releaseName;
        this.holder = holder;
        this.options = options;
        this.name = leaseName(releaseName);
        this.leaseDurationSeconds = options.leaseDurationSeconds ?? 30;
    }
    lease(spec, base) {
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: {
                name: this.name,
                namespace: this.namespace,
                labels: { [labels_MANAGED_BY_LABEL]: labels_MANAGED_BY, [RECORD_LABEL]: this.releaseName },
                ...(base?.metadata.resourceVersion ? { resourceVersion: base.metadata.resourceVersion } : {}),
            },
            spec,
        };
    }
    async acquire(timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        let announced = '';
        for (;;) {
            const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
            const state = stateOf(current);
            if (leaseAvailable(state, this.holder, Date.now())) {
                const now = microTime(new Date());
                const spec = {
                    holderIdentity: this.holder,
                    leaseDurationSeconds: this.leaseDurationSeconds,
                    acquireTime: now,
                    renewTime: now,
                    leaseTransitions: (current?.spec?.leaseTransitions ?? 0) + (current && state?.holder !== this.holder ? 1 : 0),
                };
                try {
                    this.held = current
                        ? await this.client.replace(this.lease(spec, current))
                        : await this.client.create(this.lease(spec));
                    this.renewedAt = Date.now();
                    this.startRenewing();
                    return;
                }
                catch (error) {
                    // Someone else won the race (409), or our create was retried after it landed: look again.
                    if (!isConflict(error))
                        throw error;
                    continue;
                }
            }
            if (state && announced !== state.holder) {
                announced = state.holder;
                this.options.onWait?.(state.holder);
            }
            if (this.options.signal?.aborted)
                throw new lock_CancelledError('the lock was acquired');
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                throw new src/* UserError */.yo(`Another deploy of release "${this.releaseName}" holds the lock (Lease ${this.namespace}/${this.name}): ${state?.holder} since ${state?.acquireTime ?? '?'}. ` +
                    `Waited ${Math.round(timeoutMs / 1000)}s (lock-timeout); wait for that run to finish, or raise lock-timeout. A lease of a killed run expires ${this.leaseDurationSeconds}s after its last renewal.`);
            }
            await (0,src/* sleep */.yy)(Math.min(remaining, 250 + Math.random() * 500));
        }
    }
    startRenewing() {
        const every = Math.max(1000, (this.leaseDurationSeconds * 1000) / 3);
        this.renewTimer = setInterval(() => void this.renew(), every);
        this.renewTimer.unref();
    }
    loseIt(how) {
        if (!this.lost) {
            this.lost = new LockLostError(this.releaseName, `${this.namespace}/${this.name}`, how);
            if (this.renewTimer)
                clearInterval(this.renewTimer);
            this.renewTimer = undefined;
            this.options.onLost?.(this.lost);
        }
        return this.lost;
    }
    /** The lease as the cluster has it now: lost when someone else holds it or it is gone. */
    async verify() {
        this.check();
        const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
        if (!current)
            throw this.loseIt('(it was deleted)');
        if (current.spec?.holderIdentity !== this.holder)
            throw this.loseIt(`to ${current.spec?.holderIdentity || 'nobody'}`);
    }
    /** Throws when the lease is lost, or has expired since our last renewal (someone may have taken it). */
    check() {
        if (this.lost)
            throw this.lost;
        if (this.held && Date.now() > this.renewedAt + this.leaseDurationSeconds * 1000)
            throw this.loseIt(`(it expired: not renewed for ${this.leaseDurationSeconds}s)`);
    }
    async renew() {
        if (!this.held || this.lost)
            return;
        try {
            this.check();
            const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
            if (!current)
                return void this.loseIt('(it was deleted)');
            if (current.spec?.holderIdentity !== this.holder)
                return void this.loseIt(`to ${current.spec?.holderIdentity || 'nobody'}`);
            this.held = await this.client.replace({
                ...current,
                spec: { ...current.spec, renewTime: microTime(new Date()) },
            });
            this.renewedAt = Date.now();
        }
        catch {
            // Lost (check threw), or the next renewal tries again: the lease is valid for leaseDurationSeconds.
        }
    }
    /** Whether a request path is this lock's own Lease (its writes are never stopped by a cancellation). */
    isLeasePath(path) {
        return path.startsWith(`/apis/coordination.k8s.io/v1/namespaces/${this.namespace}/leases`);
    }
    /** Gives the lease up (deleting it) if we still hold it. */
    async release() {
        if (this.renewTimer)
            clearInterval(this.renewTimer);
        this.renewTimer = undefined;
        if (!this.held || this.lost)
            return;
        this.held = undefined;
        const current = await this.client.get('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
        if (current?.spec?.holderIdentity === this.holder) {
            await this.client.delete('coordination.k8s.io/v1', 'Lease', this.name, this.namespace);
        }
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/apply.ts








function withoutLastApplied(object) {
    const annotations = { ...(object.metadata.annotations ?? {}) };
    delete annotations[LAST_APPLIED_ANNOTATION];
    return { ...object, metadata: { ...object.metadata, annotations } };
}
/** A server-side apply conflict as one line: the fields, their managers, and what to do. */
function conflictMessage(label, error) {
    const fields = error.causes.filter((c) => c.type === 'FieldManagerConflict' || c.field);
    if (fields.length === 0)
        return `${label}: ${error.message}`;
    const parts = fields.slice(0, 8).map((c) => {
        const manager = /conflict with "([^"]+)"/.exec(c.message ?? '')?.[1];
        return `${c.field ?? '?'} (owned by "${manager ?? 'another manager'}")`;
    });
    const more = fields.length > 8 ? ` and ${fields.length - 8} more` : '';
    return `${label}: apply conflict: ${parts.join(', ')}${more} are managed by another field manager. Remove them from the manifest, or set force-conflicts: true to take them over.`;
}
/** An error from the API about one object as one line: conflicts with their fields and managers, causes, the message. */
function problemOf(label, error) {
    if (error instanceof client_ApiError && error.status === 409 && error.causes.length > 0)
        return conflictMessage(label, error);
    if (error instanceof client_ApiError) {
        const causes = error.causes.filter((c) => c.message).map((c) => `${c.field ? `${c.field}: ` : ''}${c.message}`);
        const detail = causes.length > 0 && !error.message.includes(causes[0]) ? ` (${causes.slice(0, 3).join('; ')})` : '';
        return `${label}: ${error.message}${detail}`;
    }
    return `${label}: ${error.message ?? String(error)}`;
}
/**
 * Validates every object against the cluster before anything is applied: reads the live
 * object and server-side applies it with dryRun=All (strict field validation, admission,
 * conflicts). All problems are gathered, then reported together; nothing is applied.
 */
async function apply_planObjects(client, objects, all, options) {
    const namespacesInSet = new Set(all.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name));
    const existingNamespaces = new Map();
    const namespaceExists = (name) => {
        let known = existingNamespaces.get(name);
        if (!known) {
            known = client.get('v1', 'Namespace', name).then((ns) => ns !== undefined);
            existingNamespaces.set(name, known);
        }
        return known;
    };
    const problems = [];
    const located = [];
    const planned = await (0,src/* mapLimit */.sf)(objects, options.concurrency, async (object) => {
        const label = (0,src_names/* objectLabel */.uk)(object);
        try {
            const resource = await client.resourceFor(object.apiVersion, object.kind);
            if (!resource) {
                if (crdScope(all, object.apiVersion, object.kind) !== undefined)
                    return { object, label, action: 'create', deferred: true };
                throw new Error(`the cluster does not serve ${object.kind} in ${object.apiVersion}`);
            }
            const ns = object.metadata.namespace;
            if (resource.namespaced && ns && namespacesInSet.has(ns) && !(await namespaceExists(ns))) {
                return { object, label, action: 'create', deferred: true };
            }
            const { object: preview, created } = await client.apply(object, {
                fieldManager: options.fieldManager,
                force: options.force,
                dryRun: true,
            });
            // Only an object that exists has a live version to compare with (and to diff against).
            const live = created ? undefined : await client.getLive(object);
            if (!live)
                return { object, label, preview, action: 'create', deferred: false };
            const migrate = clientSideAppliers(live);
            // Unchanged only when neither the content nor what the manifest sets (our field set) changes.
            const action = migrate.length > 0 || ownershipChanges(live, preview, options.fieldManager) || !sameContent(live, preview)
                ? 'configure'
                : 'unchanged';
            const kept = keptByOthers(live, preview, options.fieldManager);
            return {
                object,
                label,
                live,
                // After the migration the last-applied annotation goes with the apply: the diff shows it gone.
                preview: migrate.length > 0 ? withoutLastApplied(preview) : preview,
                action,
                deferred: false,
                ...(migrate.length > 0 ? { migrate } : {}),
                ...(kept.length > 0 ? { kept } : {}),
            };
        }
        catch (error) {
            const source = options.locate?.(object);
            problems.push(`${(0,src_names.at)(source)}${problemOf(label, error)}`);
            if (source)
                located.push({ message: problemOf(label, error), ...source });
            return { object, label, action: 'create', deferred: false };
        }
    });
    if (problems.length > 0) {
        throw new src/* UserError */.yo(`${problems.length === 1 ? 'An object was' : `${problems.length} objects were`} refused by the cluster, so nothing was applied: ${problems.slice(0, 5).join(' | ')}${problems.length > 5 ? ` | and ${problems.length - 5} more` : ''}`, { problems: located });
    }
    return planned;
}
/** One warning per object whose dropped fields stay because other field managers own them too. */
function apply_keptWarnings(planned, where = () => '') {
    return planned
        .filter((p) => p.kept && p.kept.length > 0)
        .map((p) => {
        const fields = p
            .kept.slice(0, 3)
            .map((k) => `${k.field} (also owned by ${k.managers.map((m) => `"${m}"`).join(', ')})`);
        const more = p.kept.length > 3 ? ` and ${p.kept.length - 3} more` : '';
        return `${where(p.object)}${p.label}: ${fields.join(', ')}${more} left the manifest but stay on the object, because another field manager owns them too. Remove them with the tool that set them, or stop that tool managing them.`;
    });
}
/**
 * Applies planned objects in apply order: consecutive objects of one kind go in parallel
 * (bounded), kinds one after another. Unchanged objects are not written again.
 */
async function applyPlanned(client, planned, options, onApplied) {
    const results = [];
    for (const group of kindGroups(planned)) {
        const applied = await (0,src/* mapLimit */.sf)(group, options.concurrency, async (plan) => {
            if (plan.action === 'unchanged') {
                const result = {
                    label: plan.label,
                    object: plan.object,
                    result: 'unchanged',
                    stored: plan.live,
                };
                onApplied?.(result);
                return result;
            }
            try {
                const migrated = plan.migrate && plan.live ? await migrateClientSideApply(client, plan.live, options.fieldManager) : [];
                const { object: stored, created } = await client.apply(plan.object, {
                    fieldManager: options.fieldManager,
                    force: options.force,
                });
                const result = {
                    label: plan.label,
                    object: plan.object,
                    result: created || !plan.live ? 'created' : 'configured',
                    stored,
                    ...(migrated.length > 0 ? { migrated } : {}),
                };
                onApplied?.(result);
                return result;
            }
            catch (error) {
                // Stopped on purpose (cancelled, or the lock is lost): said as it is, not as a refusal.
                if (error instanceof lock_CancelledError || error instanceof LockLostError)
                    throw error;
                const source = options.locate?.(plan.object);
                throw new src/* UserError */.yo(`Applying failed: ${(0,src_names.at)(source)}${problemOf(plan.label, error)}`, {
                    cause: error,
                    ...source,
                });
            }
        });
        results.push(...applied);
    }
    return results;
}
/**
 * Kinds nothing else waits for at apply time: the API server accepts them in any order, so
 * consecutive runs of them are applied together. (RBAC is not among them: a RoleBinding is
 * checked against the Role it names, so Roles go first.)
 */
const PASSIVE_KINDS = new Set([
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'Service',
    'PersistentVolumeClaim',
    'LimitRange',
    'ResourceQuota',
    'NetworkPolicy',
    'PodDisruptionBudget',
]);
/** Long-running workloads: applied together, after what they read. */
const apply_WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
function apply_groupOf(object) {
    if (PASSIVE_KINDS.has(object.kind) && !object.apiVersion.includes('.'))
        return 'passive';
    if (apply_WORKLOAD_KINDS.has(object.kind) && object.apiVersion === 'apps/v1')
        return 'workloads';
    return (0,src/* groupKind */.KH)(object.apiVersion, object.kind);
}
/**
 * Apply groups, in order: runs of consecutive objects of one kind (the input is already in
 * apply order), with runs of passive kinds merged and runs of workload kinds merged.
 */
function kindGroups(items) {
    const groups = [];
    for (const item of items) {
        const last = groups[groups.length - 1];
        if (last && apply_groupOf(last[0].object) === apply_groupOf(item.object))
            last.push(item);
        else
            groups.push([item]);
    }
    return groups;
}
/** The diff of each planned object against the live one (dry run). */
function apply_plannedDiffs(planned) {
    return planned.map((p) => ({
        label: p.label,
        action: p.action,
        diff: p.deferred ? objectDiff(p.label, undefined, p.object) : objectDiff(p.label, p.live, p.preview),
    }));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/kube/src/release.ts



const DATA_KEY = 'release';
/** The record as a Secret: type kube-release.dev/release.v1, the record gzipped in data.release. */
function encodeRecord(record, namespace) {
    const payload = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(record)), { level: 9 }).toString('base64');
    return {
        apiVersion: 'v1',
        kind: 'Secret',
        type: RELEASE_SECRET_TYPE,
        metadata: {
            name: recordName(record.release, record.revision),
            namespace,
            labels: {
                [labels_MANAGED_BY_LABEL]: labels_MANAGED_BY,
                [RECORD_LABEL]: record.release,
                [REVISION_LABEL]: String(record.revision),
                [STATUS_LABEL]: record.status,
            },
        },
        data: { [DATA_KEY]: payload },
    };
}
function decodeRecord(secret) {
    const data = secret.data?.[DATA_KEY];
    if (typeof data !== 'string')
        throw new Error(`release record ${secret.metadata.name} has no data.${DATA_KEY}`);
    const record = JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from(data, 'base64')).toString('utf8'));
    const status = secret.metadata.labels?.[STATUS_LABEL];
    if (status)
        record.status = status;
    return record;
}
/** The kinds and namespaces of a set of objects. */
function inventoryOf(objects) {
    const seen = new Map();
    for (const o of objects) {
        const entry = {
            apiVersion: o.apiVersion,
            kind: o.kind,
            ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}),
        };
        seen.set(collectionIdentity(entry.apiVersion, entry.kind, entry.namespace), entry);
    }
    return [...seen.values()];
}
/** Every kind and namespace the release has used in its records, plus those of `objects` (the newest win). */
function release_inventoryUnion(records, objects) {
    const seen = new Map();
    for (const e of [...records.flatMap((r) => r.inventory ?? []), ...inventoryOf(objects)])
        seen.set(collectionIdentity(e.apiVersion, e.kind, e.namespace), e);
    return [...seen.values()];
}
/** Reads and writes the release records of one release in one namespace. */
class release_ReleaseStore {
    client;
    namespace;
    release;
    constructor(client, namespace, release) {
        this.client = client;
        this.namespace = namespace;
        this.release = release;
    }
    /** Every record, oldest first. Unreadable records are skipped (reported through onWarning). */
    async list(onWarning) {
        const { items } = await this.client.list('v1', 'Secret', this.namespace, {
            labelSelector: `${RECORD_LABEL}=${this.release}`,
        });
        const records = [];
        for (const item of items) {
            if (item.type !== RELEASE_SECRET_TYPE)
                continue;
            try {
                records.push(decodeRecord(item));
            }
            catch (error) {
                onWarning?.(`skipping release record ${item.metadata.name}: ${error.message}`);
            }
        }
        return records.sort((a, b) => a.revision - b.revision);
    }
    async save(record) {
        record.updated = new Date().toISOString();
        await this.client.apply(encodeRecord(record, this.namespace), { fieldManager: 'k8s-deploy-release', force: true });
    }
    async setStatus(record, status, message) {
        record.status = status;
        if (message !== undefined)
            record.message = message;
        await this.save(record);
    }
    /** Deletes the oldest records beyond `limit`, never the newest deployed one. Returns the revisions deleted. */
    async trim(records, limit) {
        if (limit <= 0 || records.length <= limit)
            return [];
        // Kept whatever the limit: what a rollback returns to, and a rollout still under way (a
        // canary or blue-green waiting for promote, or a run's own pending revision).
        const newestDeployed = release_lastDeployed(records);
        const removable = records.filter((r) => r !== newestDeployed && r.status !== 'progressing' && r.status !== 'pending');
        const excess = records.length - limit;
        const doomed = removable.slice(0, excess);
        for (const record of doomed)
            await this.client.delete('v1', 'Secret', recordName(this.release, record.revision), this.namespace);
        return doomed.map((r) => r.revision);
    }
}
/** The newest record that is (still) deployed: what a rollback returns to. */
function release_lastDeployed(records) {
    return [...records].reverse().find((r) => r.status === 'deployed');
}

;// CONCATENATED MODULE: ./packages/kube/src/prune.ts


/**
 * Objects that carry this release's label (and our managed-by label) in the kinds and
 * namespaces the release has used, but are no longer in the manifests. Objects owned by
 * another object (a Deployment's ReplicaSets) are left to the garbage collector.
 */
async function prune_pruneCandidates(client, release, inventory, keep) {
    const kept = new Set(keep.map(identity));
    const selector = `${RELEASE_LABEL}=${release},${MANAGED_BY_LABEL}=${MANAGED_BY}`;
    const seen = new Set();
    const found = [];
    for (const entry of inventory) {
        const resource = await client.resourceFor(entry.apiVersion, entry.kind);
        if (!resource)
            continue;
        const { items } = await client.list(entry.apiVersion, entry.kind, resource.namespaced ? entry.namespace : undefined, { labelSelector: selector });
        for (const item of items) {
            const id = identity(item);
            if (kept.has(id) || seen.has(id))
                continue;
            if ((item.metadata.ownerReferences ?? []).length > 0)
                continue;
            if (item.metadata.labels?.[CONFIG_VERSION_LABEL] !== undefined)
                continue; // immutable-configs.ts collects these
            if (item.metadata.namespace && entry.namespace && item.metadata.namespace !== entry.namespace)
                continue;
            seen.add(id);
            found.push(item);
        }
    }
    // Delete in reverse apply order: workloads before the namespaces and CRDs they live in.
    const rank = (o) => (o.kind === 'Namespace' ? 2 : o.kind === 'CustomResourceDefinition' ? 3 : 1);
    return found.sort((a, b) => rank(a) - rank(b));
}
async function prune_deleteObjects(client, objects, dryRun = false) {
    const deleted = [];
    for (const object of objects) {
        if (await client.delete(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace, { dryRun }))
            deleted.push((0,src_names/* objectLabel */.uk)(object));
    }
    return deleted;
}

;// CONCATENATED MODULE: ./packages/kube/src/autoscalers.ts



/** Kinds an HPA scales through their scale subresource. */
const SCALABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/ReplicaSet']);
/** The HPAs of some namespaces, by the identity of the workload each scales. HPAs the run may not read count as none. */
async function autoscalersOf(client, namespaces) {
    const found = new Map();
    if (namespaces.length === 0 || !(await client.resourceFor('autoscaling/v2', 'HorizontalPodAutoscaler')))
        return found;
    for (const namespace of namespaces) {
        try {
            const { items } = await client.list('autoscaling/v2', 'HorizontalPodAutoscaler', namespace);
            for (const hpa of items) {
                const ref = hpa.spec?.scaleTargetRef ?? {};
                const target = {
                    apiVersion: ref.apiVersion ?? 'apps/v1',
                    kind: ref.kind ?? '',
                    metadata: { name: ref.name, namespace },
                };
                found.set((0,src_names/* identity */.D_)(target), (0,src_names/* objectLabel */.uk)(hpa));
            }
        }
        catch (error) {
            if (error instanceof client_ApiError && (error.status === 403 || error.status === 404))
                continue;
            throw error;
        }
    }
    return found;
}
/**
 * A workload that an HPA in the cluster scales is applied with its live replica count, not
 * the manifest's: the HPA owns `spec.replicas` (its writes made it their field manager), so
 * applying another count would conflict with it, or, forced, fight it. Changes the objects in
 * place; returns the labels of those it changed.
 */
async function autoscalers_keepAutoscaledReplicas(run, objects) {
    const scalable = objects.filter((o) => SCALABLE.has(groupKind(o.apiVersion, o.kind)) && o.spec?.replicas !== undefined);
    const scaled = await autoscalersOf(run.client, [...new Set(scalable.map((o) => o.metadata.namespace ?? ''))]);
    const changed = [];
    for (const object of scalable) {
        const hpa = scaled.get(identity(object));
        if (!hpa)
            continue;
        const live = await run.client.getLive(object);
        const replicas = live?.spec?.replicas;
        if (replicas === undefined || replicas === object.spec.replicas)
            continue;
        run.log.info(`${objectLabel(object)} is scaled by ${hpa}: applied with its live ${replicas} replicas (the manifest says ${object.spec.replicas})`);
        object.spec = { ...object.spec, replicas };
        changed.push(objectLabel(object));
    }
    return changed;
}

;// CONCATENATED MODULE: ./packages/kube/src/rollback.ts





/**
 * Re-applies an earlier revision exactly as it was applied (forced: it is our own prior
 * state), deletes what a failed revision created that the earlier one did not have, and waits
 * for it to be ready again.
 */
async function restoreRevision(run, previous, createdNow) {
    const { client } = run;
    const applyOptions = run.applyOptions(true);
    const previousIds = new Set(previous.objects.map(src_names/* identity */.D_));
    for (const group of kindGroups(previous.objects.map((object) => ({ object })))) {
        await (0,src/* mapLimit */.sf)(group, applyOptions.concurrency, ({ object }) => client.apply(object, { fieldManager: applyOptions.fieldManager, force: true }));
    }
    const extra = createdNow.filter((o) => !previousIds.has((0,src_names/* identity */.D_)(o)));
    const deleted = await prune_deleteObjects(client, [...extra].reverse());
    for (const label of deleted)
        run.mark(label, 'deleted (created by the failed revision)');
    const waited = await wait_waitForObjects(client, previous.objects, run.waitOptions(run.options.timeoutMs, 'rollback: '));
    if (waited.ok)
        return { ok: true, message: `rolled back to revision ${previous.revision}, which is ready again` };
    if (waited.outcome === 'cancelled')
        return {
            ok: true,
            message: `rolled back to revision ${previous.revision} (re-applied; its readiness was not waited for: the run was stopped)`,
        };
    return {
        ok: false,
        message: `rolled back to revision ${previous.revision}, but it did not become ready: ${rollback_failureLine(waited)}`,
    };
}
/** A failed wait in one line: object, reason, pod and container, message. */
function rollback_failureLine(wait) {
    const d = wait.failure;
    if (!d)
        return 'not ready';
    return `${d.object}: ${d.reason}${d.pod ? ` (pod ${d.pod}${d.container ? `, container ${d.container}` : ''})` : ''}: ${d.message}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/deploy-run.ts




/**
 * One deploy in progress: its options, the result being built, the timeline every phase
 * writes to, and the settings the phases share (how to apply, how to wait).
 */
class deploy_run_DeployRun {
    options;
    started = Date.now();
    timeline = [];
    result;
    /** Where a prepared object is written in the manifests (set by the prepare phase, by identity). */
    locate = () => undefined;
    /** `file:line: ` of a prepared object, for messages. */
    where = (object) => (0,src_names.at)(this.locate(object));
    /**
     * `forward` while the revision is rolled out (a cancellation stops its writes), `recovery`
     * while a failure or a cancellation is undone (writes go on, waits stop at the signal),
     * `finishing` for the record and the history.
     */
    phase = 'forward';
    /** The release lock, once held: every write checks it. */
    lock;
    static never = new AbortController().signal;
    /** Aborted at the first signal or when the lock is lost: no wait goes on after that. */
    stopWaiting = new AbortController();
    constructor(options) {
        this.options = options;
        const stop = () => this.stopWaiting.abort();
        for (const signal of [options.signal, options.hurry]) {
            if (signal?.aborted)
                stop();
            else
                signal?.addEventListener('abort', stop, { once: true });
        }
        this.result = {
            status: 'failed',
            rolledBack: false,
            objects: [],
            changed: { created: 0, configured: 0, unchanged: 0, pruned: 0 },
            images: [],
            replacements: [],
            imageChanges: [],
            timeline: this.timeline,
            diffs: [],
            prune: [],
        };
    }
    /** Aborted on the runner's first signal. */
    get cancelSignal() {
        return this.options.signal ?? deploy_run_DeployRun.never;
    }
    get cancelled() {
        return this.cancelSignal.aborted;
    }
    /** Aborted on the runner's second signal: nothing is waited for any more. */
    get hurrySignal() {
        return this.options.hurry ?? deploy_run_DeployRun.never;
    }
    /**
     * The guard of every write (KubeClient.beforeWrite): a lost lock stops all of them (the lock's
     * own Lease aside); a cancellation stops those of the rollout, not those that undo it.
     */
    checkWrite(method, path) {
        if (this.lock?.isLeasePath(path))
            return;
        this.lock?.check();
        if (this.cancelled && this.phase === 'forward')
            throw new lock_CancelledError(`${method} ${path}`);
    }
    get client() {
        return this.options.client;
    }
    get log() {
        return this.options.log;
    }
    /** Adds a line to the timeline (and the log). */
    mark(object, message) {
        const entry = { atMs: Date.now() - this.started, object, message };
        this.timeline.push(entry);
        this.log.info(`[${(entry.atMs / 1000).toFixed(1)}s] ${object}: ${message}`);
    }
    /** How objects are applied; `force` for re-applying our own earlier state. */
    applyOptions(force = this.options.forceConflicts) {
        return {
            fieldManager: this.options.fieldManager,
            force,
            concurrency: this.options.concurrency,
            locate: this.locate,
        };
    }
    /**
     * How objects are waited on, within `timeoutMs`; `prefix` marks the timeline lines (a
     * rollback's). Every wait ends at the runner's first signal, or when the lock is lost.
     */
    waitOptions(timeoutMs, prefix = '') {
        return {
            timeoutMs,
            signal: this.stopWaiting.signal,
            crashloopRestarts: this.options.crashloopRestarts,
            waitForPvc: this.options.waitForPvc,
            waitForLoadBalancer: this.options.waitForLoadBalancer,
            labelSelector: `${labels_RELEASE_LABEL}=${this.options.release}`,
            redact: this.options.redact,
            onEvent: (event) => {
                const text = eventText(event);
                if (text !== undefined)
                    this.mark(event.object, `${prefix}${text}`);
            },
            onDebug: (message) => this.log.debug(message),
        };
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/dry-run.ts





/** The dry run: validates and diffs every object and lists what prune would delete; changes nothing. */
async function dry_run_dryRun(run, objects) {
    const { client, options, result, log } = run;
    const planned = await planObjects(client, objects, objects, run.applyOptions());
    result.diffs = plannedDiffs(planned);
    for (const warning of keptWarnings(planned, run.where))
        log.warning(warning);
    for (const p of planned) {
        result.objects.push({
            object: p.label,
            kind: p.object.kind,
            result: p.action === 'unchanged' ? 'unchanged' : p.action === 'create' ? 'would create' : 'would configure',
        });
        if (p.action === 'create')
            result.changed.created += 1;
        else if (p.action === 'configure')
            result.changed.configured += 1;
        else
            result.changed.unchanged += 1;
    }
    const records = await new ReleaseStore(client, options.namespace, options.release).list((m) => log.warning(m));
    const previous = lastDeployed(records);
    result.previousRevision = previous?.revision;
    result.imageChanges = imageChanges(previous?.objects ?? [], objects);
    if (options.prune) {
        const candidates = await pruneCandidates(client, options.release, inventoryUnion(records, objects), objects);
        for (const object of candidates)
            result.objects.push({ object: objectLabel(object), kind: object.kind, result: 'would prune' });
        result.prune = candidates.map(objectLabel);
        result.changed.pruned = candidates.length;
    }
    result.images = runningImages(objects).map((i) => i.image);
    result.status = 'dry-run';
    return result;
}

;// CONCATENATED MODULE: ./packages/kube/src/helm-hooks.ts
/**
 * Charts rendered with `helm template` deployed by k8s-deploy: Helm's hooks and Helm's
 * ownership of live objects.
 *
 * Hooks (`helm.sh/hook`) are not release objects: they are taken out of the set after
 * prepare (so they get the namespace, pinned images and labels like the rest, but no release
 * record, rollback or prune), and run around the strategy's rollout:
 *  - pre-install (first deploy) or pre-upgrade (later ones) before anything else is applied,
 *    post-install / post-upgrade after the release is ready; each hook applied and waited on
 *    in turn (a Job until complete), in `helm.sh/hook-weight` order, then kind and name;
 *  - `helm.sh/hook-delete-policy`: before-hook-creation (also when none is given, as Helm
 *    does) deletes the previous run's object first; hook-succeeded and hook-failed delete it
 *    after;
 *  - test hooks are never run (that is `helm test`), nor delete and rollback hooks: there is
 *    no uninstall, and a rollback here is a re-apply of the previous revision.
 * A failed pre-hook stops the deploy before the release is touched; a failed post-hook fails
 * it (and the strategy recovers as for any failure). Hooks run with the basic strategy only:
 * a canary or blue-green deploy with hooks to run is refused before anything is changed (its
 * new version runs beside the old one until a later promote, so neither "before the upgrade"
 * nor "after it" is one moment of the run).
 *
 * Ownership: a live object carrying `meta.helm.sh/release-name` belongs to a Helm release.
 * It is refused (one line, nothing applied) unless `adoptHelmRelease` names that release:
 * then Helm's annotations are removed from it and Helm's field ownership handed to our field
 * manager (an update with its resourceVersion), and the deploy applies it as its own.
 */






const HELM_HOOK = 'helm.sh/hook';
const HELM_HOOK_WEIGHT = 'helm.sh/hook-weight';
const HELM_HOOK_DELETE_POLICY = 'helm.sh/hook-delete-policy';
const HELM_RELEASE_NAME = 'meta.helm.sh/release-name';
const HELM_RELEASE_NAMESPACE = 'meta.helm.sh/release-namespace';
/** The hooks run around a rollout. */
const RUN_EVENTS = new Set(['pre-install', 'pre-upgrade', 'post-install', 'post-upgrade']);
function annotation(object, key) {
    const value = object.metadata.annotations?.[key];
    return typeof value === 'string' ? value : undefined;
}
function helm_hooks_list(value) {
    return (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}
/** The object's hook, or undefined when it is an ordinary object. */
function helmHookOf(object) {
    const events = helm_hooks_list(annotation(object, HELM_HOOK));
    if (events.length === 0)
        return undefined;
    const weight = Number.parseInt(annotation(object, HELM_HOOK_WEIGHT) ?? '0', 10);
    const policies = helm_hooks_list(annotation(object, HELM_HOOK_DELETE_POLICY));
    return {
        object,
        events,
        weight: Number.isFinite(weight) ? weight : 0,
        deletePolicies: policies.length > 0 ? policies : ['before-hook-creation'],
    };
}
/** Helm's order: weight, then kind, then name. */
function hookOrder(a, b) {
    if (a.weight !== b.weight)
        return a.weight - b.weight;
    const ka = a.object.kind;
    const kb = b.object.kind;
    if (ka !== kb)
        return ka < kb ? -1 : 1;
    const na = a.object.metadata.name ?? '';
    const nb = b.object.metadata.name ?? '';
    return na < nb ? -1 : na > nb ? 1 : 0;
}
/**
 * The deploy phase after prepare: takes the hooks out of `objects` (in place), checks the
 * rest for Helm ownership (refused, or adopted when `adoptHelmRelease` names the release),
 * and validates the hooks that will run with a server-side dry run. Changes nothing in the
 * cluster but the adopted objects' Helm metadata, and that only when nothing is refused.
 */
async function helm_hooks_takeHelmParts(run, objects, strategy) {
    const hooks = [];
    const skipped = [];
    for (let index = objects.length - 1; index >= 0; index -= 1) {
        const hook = helmHookOf(objects[index]);
        if (!hook)
            continue;
        objects.splice(index, 1);
        if (!hook.events.some((event) => RUN_EVENTS.has(event))) {
            skipped.push(`${objectLabel(hook.object)} (${hook.events.join(', ')})`);
            continue;
        }
        // Hooks are not release objects: prune must never see them, so they carry a label of their own.
        const labels = {
            ...(hook.object.metadata.labels ?? {}),
            [HELM_HOOK_LABEL]: run.options.release,
        };
        delete labels[RELEASE_LABEL];
        hook.object.metadata.labels = labels;
        hooks.push(hook);
    }
    hooks.sort(hookOrder);
    if (hooks.length > 0 && strategy.name !== 'basic') {
        const more = hooks.length > 1 ? ` (and ${hooks.length - 1} more)` : '';
        throw new UserError(`${run.where(hooks[0].object)}${objectLabel(hooks[0].object)}${more} is a Helm ${hooks[0].events.join(', ')} hook, and hooks run only with strategy: basic (a ${strategy.name} rollout has no single point where the release is installed or upgraded): nothing was applied — deploy with strategy: basic, or leave the hook templates out of the render`);
    }
    if (skipped.length > 0)
        run.log.info(`Helm hooks not run (test, delete and rollback hooks are not part of a deploy): ${skipped.reverse().join(', ')}`);
    if (hooks.length > 0)
        run.log.info(`Helm hooks: ${hooks.map((h) => `${objectLabel(h.object)} (${h.events.join(', ')}, weight ${h.weight})`).join(', ')}`);
    const adopted = await checkHelmOwnership(run, objects);
    await validateHooks(run, hooks);
    return { hooks, adopted };
}
/** Refuses objects a Helm release owns, or takes them over from the release `adoptHelmRelease` names. */
async function checkHelmOwnership(run, objects) {
    const { client, options } = run;
    const owned = (await mapLimit(objects, options.concurrency, async (object) => {
        const live = await client.getLive(object);
        const release = live && annotation(live, HELM_RELEASE_NAME);
        return release ? { object, live: live, release } : undefined;
    })).filter((entry) => entry !== undefined);
    if (owned.length === 0)
        return [];
    const refused = owned.filter((entry) => entry.release !== options.adoptHelmRelease);
    if (refused.length > 0) {
        const first = refused[0];
        const more = refused.length > 1 ? ` (and ${refused.length - 1} more)` : '';
        const namespace = annotation(first.live, HELM_RELEASE_NAMESPACE);
        throw new UserError(`${run.where(first.object)}${objectLabel(first.object)}${more} belongs to Helm release "${first.release}"${namespace ? ` in namespace ${namespace}` : ''}: nothing was applied — set adopt-helm-release: ${first.release} to take the release over from Helm, or keep deploying it with helm`);
    }
    if (options.dryRun) {
        run.log.info(`Would take over ${owned.length} objects from Helm release "${options.adoptHelmRelease}"`);
        return owned.map((entry) => objectLabel(entry.object));
    }
    for (const { object, live } of owned) {
        await releaseFromHelm(run, live);
        run.mark(objectLabel(object), `taken over from Helm release "${options.adoptHelmRelease}"`);
    }
    return owned.map((entry) => objectLabel(entry.object));
}
/**
 * Removes Helm's annotations from a live object and hands Helm's field ownership to our
 * field manager (an update with its resourceVersion): the deploy's apply then owns what Helm
 * set, without conflicts, and removes what the manifests no longer set.
 */
async function releaseFromHelm(run, live) {
    const annotations = { ...(live.metadata.annotations ?? {}) };
    delete annotations[HELM_RELEASE_NAME];
    delete annotations[HELM_RELEASE_NAMESPACE];
    const managedFields = (live.metadata.managedFields ?? []).map((entry) => /^helm\b/.test(String(entry.manager ?? '')) && entry.subresource === undefined
        ? { ...entry, manager: run.options.fieldManager, operation: 'Apply' }
        : entry);
    await run.client.replace({ ...live, metadata: { ...live.metadata, annotations, managedFields } });
}
/** A name for validating a hook whose previous run is still there (it is deleted before it is created). */
function checkName(name) {
    return `${name.slice(0, 52).replace(/-+$/, '')}-dry-run`;
}
/** Validates every hook that can run with a server-side dry run, before anything is applied. */
async function validateHooks(run, hooks) {
    const { client, options } = run;
    const problems = [];
    await mapLimit(hooks, options.concurrency, async ({ object, deletePolicies }) => {
        try {
            const live = await client.getLive(object);
            const recreated = live !== undefined && deletePolicies.includes('before-hook-creation');
            const checked = recreated
                ? { ...object, metadata: { ...object.metadata, name: checkName(object.metadata.name) } }
                : object;
            await client.apply(checked, { fieldManager: options.fieldManager, force: options.forceConflicts, dryRun: true });
        }
        catch (error) {
            const reason = error instanceof ApiError || error instanceof Error ? error.message : String(error);
            problems.push(`${run.where(object)}${objectLabel(object)}: ${reason}`);
        }
    });
    if (problems.length > 0) {
        throw new UserError(`${problems.length === 1 ? 'A Helm hook was' : `${problems.length} Helm hooks were`} refused by the cluster, so nothing was applied: ${problems.slice(0, 3).join(' | ')}`);
    }
}
/** Runs the hooks of one event in order; the first failure, in one line, or undefined. */
async function runHooks(context, hooks, event) {
    const { run, deadline } = context;
    const { client, options } = run;
    for (const hook of hooks.filter((h) => h.events.includes(event))) {
        const { object } = hook;
        const label = objectLabel(object);
        const { apiVersion, kind, metadata } = object;
        if (hook.deletePolicies.includes('before-hook-creation')) {
            if (await client.delete(apiVersion, kind, metadata.name, metadata.namespace, { propagationPolicy: 'Foreground' }))
                await waitForGone(run, object, deadline);
        }
        run.mark(label, `${event} hook: applying`);
        await client.apply(object, { fieldManager: options.fieldManager, force: options.forceConflicts });
        const waitOptions = { ...run.waitOptions(Math.max(1000, deadline - Date.now()), `${event} hook: `) };
        // Hooks carry no release label: watch them without the release's selector.
        delete waitOptions.labelSelector;
        const waited = await waitForObjects(client, [object], waitOptions);
        const policy = waited.ok ? 'hook-succeeded' : 'hook-failed';
        if (hook.deletePolicies.includes(policy)) {
            await client.delete(apiVersion, kind, metadata.name, metadata.namespace);
            run.mark(label, `${event} hook: deleted (${policy})`);
        }
        if (!waited.ok)
            return `${event} hook ${label} failed: ${failureLine(waited)}`;
        run.mark(label, `${event} hook: done`);
    }
    return undefined;
}
/** Waits until a deleted hook object is gone (a Job's pods go first), so it can be created again. */
async function waitForGone(run, object, deadline) {
    const { apiVersion, kind, metadata } = object;
    while (Date.now() < deadline) {
        if (!(await run.client.get(apiVersion, kind, metadata.name, metadata.namespace)))
            return;
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
}
/**
 * The strategy with the Helm hooks around its rollout (the strategy itself when there are
 * none): pre- hooks, the strategy's rollout, post- hooks. Recovery is the strategy's own.
 */
function helm_hooks_withHelmHooks(strategy, parts) {
    if (parts.hooks.length === 0)
        return strategy;
    return {
        name: strategy.name,
        async rollout(context) {
            const phase = context.previous ? 'upgrade' : 'install';
            let failure;
            try {
                failure = await runHooks(context, parts.hooks, `pre-${phase}`);
            }
            catch (error) {
                failure = `pre-${phase} hooks: ${error.message}`;
            }
            if (failure)
                return { applied: [], failure };
            const rollout = await strategy.rollout(context);
            if (rollout.failure)
                return rollout;
            try {
                failure = await runHooks(context, parts.hooks, `post-${phase}`);
            }
            catch (error) {
                failure = `post-${phase} hooks: ${error.message}`;
            }
            return failure ? { ...rollout, failure } : rollout;
        },
        recover: (context, rollout) => strategy.recover(context, rollout),
    };
}

;// CONCATENATED MODULE: ./packages/kube/src/immutable-configs.ts
/**
 * config-mode: immutable (Spinnaker's versioned configs). In the prepare phase every
 * ConfigMap and Secret that a pod template of the release reads gets a content-hash suffix
 * (`web-config` → `web-config-5f7c9d04e1`), is marked immutable, and every reference to it
 * is rewritten (the reference walk detect-config-changes uses, visitConfigReferences). So:
 *  - a workload's pods roll exactly when the content of a config it reads changed (its pod
 *    template names the new version), and never otherwise;
 *  - a rollback re-applies the previous revision, whose pod templates name the previous
 *    versions: the old config comes back with the old pods;
 *  - after a healthy rollout, versions that no revision in the release history uses are
 *    deleted (collectConfigVersions); prune leaves versions to this.
 * Left as they are: configs no pod template reads (nothing to roll, and something else may
 * read them by name), a Secret an Ingress names for TLS, service-account tokens, names that
 * kustomize already derived from the content (kustomizeGeneratedStem), and any object
 * annotated `kube-release.dev/config-mode: mutable`.
 */




/** Per object: `mutable` keeps its name under config-mode: immutable. */
const CONFIG_MODE_ANNOTATION = (/* unused pure expression or super */ null && (`${PREFIX}/config-mode`));
const MAX_NAME = 253;
function immutable_configs_isConfig(object) {
    return (object.kind === 'ConfigMap' || object.kind === 'Secret') && object.apiVersion === 'v1';
}
/** The Secrets Ingresses name for TLS, by namespace/name: renaming them would break the Ingress. */
function ingressSecrets(objects) {
    const names = new Set();
    for (const object of objects) {
        if (object.kind !== 'Ingress')
            continue;
        for (const tls of Array.isArray(object.spec?.tls) ? object.spec.tls : []) {
            if (typeof tls?.secretName === 'string')
                names.add(`${object.metadata.namespace ?? ''}/${tls.secretName}`);
        }
    }
    return names;
}
/** The versioned name: the name, a dash, ten hex digits of the content hash. */
function versionedName(object) {
    const hash = contentHash(object)
        .replace(/^sha256:/, '')
        .slice(0, 10);
    const base = object.metadata.name.slice(0, MAX_NAME - 11).replace(/[-.]+$/, '');
    return `${base}-${hash}`;
}
/**
 * The prepare step of config-mode: immutable (see the file comment), in place; does nothing
 * in the default mode (`immutable` says otherwise: a promote of a rollout started immutable). Keeps `run.where` finding the renamed objects' files.
 */
function immutable_configs_versionConfigs(run, objects, immutable = run.options.configMode === 'immutable') {
    if (!immutable)
        return;
    const read = new Set();
    for (const object of objects) {
        visitConfigReferences(object, (ref) => read.add(`${object.metadata.namespace ?? ''}/${ref.kind}/${ref.name}`));
    }
    const tls = ingressSecrets(objects);
    const renames = new Map(); // namespace → kind/name → new name
    const originals = new Map();
    const kept = [];
    for (const object of objects) {
        if (!immutable_configs_isConfig(object))
            continue;
        const namespace = object.metadata.namespace ?? '';
        const name = object.metadata.name;
        const why = object.metadata.annotations?.[CONFIG_MODE_ANNOTATION] === 'mutable'
            ? `${CONFIG_MODE_ANNOTATION}: mutable`
            : object.type === 'kubernetes.io/service-account-token'
                ? 'a service-account token'
                : kustomizeGeneratedStem(object) !== undefined
                    ? 'its name is already kustomize’s content hash'
                    : object.kind === 'Secret' && tls.has(`${namespace}/${name}`)
                        ? 'an Ingress names it for TLS'
                        : !read.has(`${namespace}/${object.kind}/${name}`)
                            ? 'no pod template reads it'
                            : undefined;
        if (why) {
            kept.push(`${objectLabel(object)} (${why})`);
            continue;
        }
        const next = versionedName(object);
        originals.set(object, identity(object));
        let inNamespace = renames.get(namespace);
        if (!inNamespace)
            renames.set(namespace, (inNamespace = new Map()));
        inNamespace.set(`${object.kind}/${name}`, next);
        object.metadata.name = next;
        object.metadata.labels = { ...(object.metadata.labels ?? {}), [CONFIG_VERSION_LABEL]: name };
        object.immutable = true;
    }
    if (originals.size === 0) {
        if (kept.length > 0)
            run.log.info(`config-mode immutable: no config renamed; kept ${kept.join(', ')}`);
        return;
    }
    for (const object of objects) {
        const inNamespace = renames.get(object.metadata.namespace ?? '');
        if (inNamespace)
            renameConfigReferences(object, inNamespace);
    }
    const locate = run.locate;
    run.locate = (object) => {
        const original = originals.get(object);
        if (original === undefined)
            return locate(object);
        // The file and line of the object as it was named in the manifests.
        const name = object.metadata.labels?.[CONFIG_VERSION_LABEL] ?? object.metadata.name;
        return locate({ ...object, metadata: { ...object.metadata, name } });
    };
    run.log.info(`config-mode immutable: ${[...originals.keys()].map((o) => `${o.kind} ${o.metadata.labels[CONFIG_VERSION_LABEL]} → ${o.metadata.name}`).join(', ')}${kept.length > 0 ? `; kept ${kept.join(', ')}` : ''}`);
}
/** Whether the objects hold config versions (a revision deployed with config-mode: immutable). */
function immutable_configs_hasConfigVersions(objects) {
    return objects.some((object) => immutable_configs_isConfig(object) && object.metadata.labels?.[CONFIG_VERSION_LABEL] !== undefined);
}
/**
 * After a healthy rollout (a basic deploy, or the promote of a canary or blue-green one): deletes this release's config versions that no revision in the
 * history (the records left after trimming) and not the objects just deployed use.
 */
async function immutable_configs_collectConfigVersions(run, store, objects) {
    try {
        await collect(run, store, objects);
    }
    catch (error) {
        // The release is deployed; an old version left behind is collected by the next deploy.
        run.log.warning(`Could not delete unused config versions: ${error.message}`);
    }
}
async function collect(run, store, objects) {
    const { client, options } = run;
    const records = await store.list((message) => run.log.warning(message));
    const used = new Set([...objects, ...records.flatMap((record) => record.objects ?? [])].map(identity));
    const namespaces = new Set([...objects, ...records.flatMap((record) => record.objects ?? [])]
        .filter((object) => immutable_configs_isConfig(object) && object.metadata.labels?.[CONFIG_VERSION_LABEL] !== undefined)
        .map((object) => object.metadata.namespace ?? options.namespace));
    if (namespaces.size === 0)
        return;
    const selector = `${RELEASE_LABEL}=${options.release},${CONFIG_VERSION_LABEL}`;
    const unused = [];
    for (const namespace of namespaces) {
        for (const kind of ['ConfigMap', 'Secret']) {
            const { items } = await client.list('v1', kind, namespace, { labelSelector: selector });
            for (const item of items)
                if (!used.has(identity(item)))
                    unused.push(item);
        }
    }
    await mapLimit(unused, options.concurrency, (object) => client.delete(object.apiVersion, object.kind, object.metadata.name, object.metadata.namespace));
    for (const object of unused)
        run.mark(objectLabel(object), 'deleted: no revision in the history uses this config version');
}

;// CONCATENATED MODULE: ./packages/kube/src/strategies/basic.ts








const remaining = (deadline) => Math.max(1000, deadline - Date.now());
/**
 * The basic strategy: apply everything in apply order, wait for everything; on failure,
 * re-apply the last deployed revision (or, on a first deploy, clean up when asked).
 */
const basic_basicStrategy = {
    name: 'basic',
    async rollout(context) {
        const { run } = context;
        const applied = [];
        const onApplied = (a) => {
            applied.push(a);
            const migrated = a.migrated
                ? ` (took over the fields of ${a.migrated.map((m) => `"${m}"`).join(', ')}: kubectl's client-side apply; its last-applied-configuration goes)`
                : '';
            run.log.info(`${a.label} ${a.result}${migrated}`);
        };
        try {
            const wait = await applyAndWait(context, onApplied);
            if (wait.outcome === 'cancelled')
                return { applied, wait, failure: 'stopped while waiting', cancelled: true };
            return { applied, wait, failure: wait.ok ? undefined : rollback_failureLine(wait) };
        }
        catch (error) {
            if (error instanceof lock_CancelledError || error instanceof LockLostError)
                return { applied, failure: (0,src/* errorMessage */.gJ)(error), cancelled: true };
            return { applied, failure: (0,src/* errorMessage */.gJ)(error) };
        }
    },
    async recover(context, rollout) {
        const { run, previous, revision } = context;
        const { options } = run;
        const failure = rollout.failure ?? 'failed';
        const images = (0,src_images/* runningImages */.ax)(context.objects).map((i) => i.image);
        const created = rollout.applied.filter((a) => a.result === 'created').map((a) => a.object);
        if (run.cancelled)
            return undoCancelled(context, created, images);
        if (options.rollbackOnFailure && previous) {
            run.mark(`release ${options.release}`, `rolling back to revision ${previous.revision}`);
            try {
                const back = await restoreRevision(run, previous, created);
                return {
                    status: back.ok ? 'rolled-back' : 'failed',
                    message: back.message,
                    images: previous.images,
                    record: { status: 'rolled-back', message: `${failure}; rolled back to revision ${previous.revision}` },
                };
            }
            catch (error) {
                const message = `the rollback to revision ${previous.revision} failed: ${(0,src/* errorMessage */.gJ)(error)}`;
                return { status: 'failed', message, images, record: { status: 'failed', message: `${failure}; ${message}` } };
            }
        }
        let message;
        if (!previous && options.cleanupOnFail && created.length > 0) {
            const deleted = await prune_deleteObjects(run.client, [...created].reverse());
            message = `first deploy: cleanup-on-fail deleted the ${deleted.length} objects it created`;
        }
        else if (!previous) {
            message = `first deploy: the ${created.length} objects it created were left in place (set cleanup-on-fail: true to delete them)`;
        }
        else {
            message = `rollback-on-failure is off: revision ${revision} stays applied`;
        }
        return { status: 'failed', message, images, record: { status: 'failed', message: failure } };
    },
};
/**
 * A cancelled rollout is undone whatever rollback-on-failure says: the previous revision is
 * re-applied, or, on a first deploy, what the run created is deleted, so what is left is whole.
 */
async function undoCancelled(context, created, images) {
    const { run, previous, revision } = context;
    if (previous) {
        run.mark(`release ${run.options.release}`, `cancelled: rolling back to revision ${previous.revision}`);
        try {
            const back = await restoreRevision(run, previous, created);
            const message = `cancelled; ${back.message}`;
            return { status: 'cancelled', message, images: previous.images, record: { status: 'cancelled', message } };
        }
        catch (error) {
            const message = `cancelled; the rollback to revision ${previous.revision} failed: ${(0,src/* errorMessage */.gJ)(error)}`;
            return { status: 'cancelled', message, images, record: { status: 'cancelled', message } };
        }
    }
    const deleted = await prune_deleteObjects(run.client, [...created].reverse());
    const message = `cancelled; first deploy of revision ${revision}: deleted the ${deleted.length} objects it had created`;
    return { status: 'cancelled', message, images: [], record: { status: 'cancelled', message } };
}
/**
 * Applies and waits. When the set creates CRDs or namespaces that other objects need, those go
 * first (CRDs waited on until Established), then what depended on them is validated and applied.
 */
async function applyAndWait(context, onApplied) {
    const { run, planned, objects, deadline } = context;
    const { client } = run;
    const applyOptions = run.applyOptions();
    let rest = planned;
    if (planned.some((p) => p.deferred)) {
        const foundation = planned.filter((p) => !p.deferred && (p.object.kind === 'CustomResourceDefinition' || p.object.kind === 'Namespace'));
        await applyPlanned(client, foundation, applyOptions, onApplied);
        const crds = foundation.filter((p) => p.object.kind === 'CustomResourceDefinition').map((p) => p.object);
        if (crds.length > 0) {
            const established = await wait_waitForObjects(client, crds, run.waitOptions(remaining(deadline)));
            if (!established.ok)
                return established;
        }
        const deferred = planned.filter((p) => p.deferred).map((p) => p.object);
        const late = new Map((await apply_planObjects(client, deferred, objects, applyOptions)).map((p) => [(0,src_names/* identity */.D_)(p.object), p]));
        rest = planned.filter((p) => !foundation.includes(p)).map((p) => late.get((0,src_names/* identity */.D_)(p.object)) ?? p);
    }
    await applyPlanned(client, rest, applyOptions, onApplied);
    return wait_waitForObjects(client, planned.map((p) => p.object), run.waitOptions(remaining(deadline)));
}

;// CONCATENATED MODULE: ./packages/kube/src/deploy.ts

















/**
 * Deploys a release in phases: prepare → config versions (config-mode: immutable) → Helm hooks taken
 * out, Helm ownership checked → replicas of HPA-scaled workloads from the cluster → (dry run) → release namespace → lock and history →
 * validate → pending record → strategy rollout (and recovery on failure) → record, prune,
 * history → unlock. Only the rollout and the recovery differ between strategies.
 */
async function deploy_deploy(options, strategy = basicStrategy) {
    const run = new DeployRun(options);
    const objects = await prepareObjects(run);
    versionConfigs(run, objects);
    const helm = await takeHelmParts(run, objects, strategy);
    await keepAutoscaledReplicas(run, objects);
    if (options.dryRun)
        return dryRun(run, objects);
    if (run.cancelled)
        return cancelledBefore(run, 'anything was written');
    await ensureReleaseNamespace(run, objects);
    const lock = new ReleaseLock(options.client, options.namespace, options.release, options.holder, {
        leaseDurationSeconds: options.leaseDurationSeconds,
        onWait: (holder) => run.log.info(`Waiting for the lock of release "${options.release}": held by ${holder}`),
        onLost: (error) => {
            run.log.warning(error.message);
            run.stopWaiting.abort();
        },
        signal: options.signal,
    });
    try {
        await lock.acquire(options.lockTimeoutMs);
    }
    catch (error) {
        if (error instanceof CancelledError)
            return cancelledBefore(run, 'the lock of the release was acquired');
        throw error;
    }
    run.lock = lock;
    options.client.beforeWrite = (method, path) => run.checkWrite(method, path);
    try {
        return await deployLocked(run, objects, withHelmHooks(strategy, helm));
    }
    finally {
        options.client.beforeWrite = undefined;
        await lock.release().catch((error) => run.log.warning(`Could not release the lock: ${errorMessage(error)}`));
    }
}
/** A run cancelled before it wrote anything: nothing to undo. */
function cancelledBefore(run, what) {
    run.result.status = 'cancelled';
    run.result.failure = `cancelled before ${what}`;
    run.result.rollback = 'nothing was changed';
    run.mark(`release ${run.options.release}`, `cancelled before ${what}: nothing was changed`);
    return run.result;
}
async function deployLocked(run, objects, strategy) {
    const { options, result } = run;
    const store = new ReleaseStore(run.client, options.namespace, options.release);
    const records = await store.list((m) => run.log.warning(m));
    await markInterrupted(run, store, records);
    const previous = lastDeployed(records);
    result.previousRevision = previous?.revision;
    result.imageChanges = imageChanges(previous?.objects ?? [], objects);
    const revision = (records[records.length - 1]?.revision ?? 0) + 1;
    result.revision = revision;
    // Validate everything that can be validated before anything is applied.
    const planned = await planObjects(run.client, objects, objects, run.applyOptions());
    run.log.info(`Validated ${planned.length} objects with a server-side dry run (${planned.filter((p) => p.deferred).length} wait for their CRD or namespace)`);
    for (const warning of keptWarnings(planned, run.where))
        run.log.warning(warning);
    if (run.cancelled)
        return cancelledBefore(run, `revision ${revision} was started`);
    const record = {
        release: options.release,
        revision,
        status: 'pending',
        time: new Date().toISOString(),
        updated: '',
        ...options.run,
        images: runningImages(objects).map((i) => i.image),
        objects,
        inventory: inventoryUnion(records, objects),
    };
    await store.save(record);
    options.onRecord?.(revision);
    run.mark(`release ${options.release}`, `revision ${revision} started${previous ? ` (previous: ${previous.revision})` : ' (first deploy)'}`);
    const context = {
        run,
        objects,
        planned,
        revision,
        previous,
        deadline: Date.now() + options.timeoutMs,
        record,
        store,
        records,
    };
    const rollout = await strategy.rollout(context);
    reportObjects(run, planned, rollout);
    // A run that lost its lock writes nothing more: the record stays pending, for the next deploy to mark.
    if (run.lock?.lost)
        return lockLost(run, run.lock.lost);
    result.progress = rollout.progress;
    const waitsForPromote = !rollout.failure && !run.cancelled && rollout.progress && rollout.progress.state.phase !== 'promoted';
    if (waitsForPromote) {
        for (const row of result.objects)
            if (row.result === 'not applied')
                row.ready = 'applied at promote';
        // A canary or blue-green rollout waits beside the deployed revision; its record says where it stands.
        result.status = 'progressing';
        // Both versions run: the stable one and the new one beside it.
        result.images = [...new Set([...(previous?.images ?? []), ...record.images])];
        run.mark(`release ${options.release}`, `revision ${revision} ${rollout.progress.state.phase}`);
        await deploy_trimHistory(store, [...records, record], options.historyLimit, run.log);
        return result;
    }
    if (!rollout.failure && !run.cancelled) {
        run.phase = 'finishing';
        await store.setStatus(record, 'deployed');
        for (const old of records.filter((r) => r.status === 'deployed'))
            await store.setStatus(old, 'superseded');
        result.status = 'deployed';
        result.images = record.images;
        // The release is whole now: a cancellation only skips the clean-up.
        if (options.prune && !run.cancelled)
            await deploy_prune(run, record, objects);
        if (!run.hurrySignal.aborted)
            await deploy_trimHistory(store, [...records, record], options.historyLimit, run.log);
        if (options.configMode === 'immutable' && !run.cancelled)
            await collectConfigVersions(run, store, objects);
        run.mark(`release ${options.release}`, `revision ${revision} deployed`);
        return result;
    }
    run.phase = 'recovery';
    const why = rollout.cancelled ? 'cancelled by the runner during the rollout' : (rollout.failure ?? 'failed');
    result.failure = run.cancelled && !rollout.cancelled ? `${why}; then the run was cancelled` : why;
    const cancelledBeforeRecovery = run.cancelled;
    run.log.info(`Revision ${revision} ${run.cancelled ? 'was cancelled' : 'failed'}: ${result.failure}`);
    if (result.diagnosis)
        run.log.info(diagnosisText(result.diagnosis));
    let recovery;
    try {
        recovery = await strategy.recover(context, rollout);
    }
    catch (error) {
        if (run.lock?.lost)
            return lockLost(run, run.lock.lost);
        throw error;
    }
    if (run.lock?.lost)
        return lockLost(run, run.lock.lost);
    // A cancellation that came during the recovery of a failure: the recovery was finished, not waited on.
    const cancelled = run.cancelled || recovery.status === 'cancelled';
    if (cancelled && !cancelledBeforeRecovery)
        result.failure = `${why}; then the run was cancelled`;
    run.phase = 'finishing';
    result.status = cancelled ? 'cancelled' : recovery.status;
    result.rolledBack = recovery.status === 'rolled-back';
    result.rollback = recovery.message;
    result.images = recovery.images;
    if (recovery.progress)
        result.progress = recovery.progress;
    await store.setStatus(record, cancelled ? 'cancelled' : recovery.record.status, cancelled && recovery.status !== 'cancelled' ? `${recovery.record.message}; cancelled` : recovery.record.message);
    run.mark(`release ${options.release}`, recovery.message);
    if (!run.hurrySignal.aborted)
        await deploy_trimHistory(store, [...records, record], options.historyLimit, run.log);
    return result;
}
/** The result of a run that lost its lock: failed, nothing more written. */
function lockLost(run, error) {
    run.result.status = 'failed';
    run.result.failure = error.message;
    run.result.rollback = 'nothing more was written: the record stays pending, and the next deploy marks it interrupted';
    return run.result;
}
/**
 * Records left pending by a run that was killed or lost its lock (we hold the lock now, so no
 * run is working on them) are marked interrupted.
 */
async function markInterrupted(run, store, records) {
    for (const record of records.filter((r) => r.status === 'pending')) {
        await store.setStatus(record, 'interrupted', `left pending by a run that stopped before finishing (${record.runUrl || 'unknown run'}); found by the next deploy`);
        run.log.warning(`Release "${run.options.release}" revision ${record.revision} was left pending by a run that stopped before finishing (${record.runUrl || 'unknown run'}): marked interrupted. This deploy replaces it.`);
    }
}
/** One row per object: what the rollout did to it and whether it became ready. */
function reportObjects(run, planned, rollout) {
    const { result } = run;
    const ready = new Set(rollout.wait?.ready ?? []);
    const pending = new Map((rollout.wait?.pending ?? []).map((p) => [p.id, p.message]));
    const applied = new Set();
    for (const a of rollout.applied) {
        const id = identity(a.object);
        applied.add(id);
        result.changed[a.result] += 1;
        const waiting = pending.get(id);
        result.objects.push({
            object: a.label,
            kind: a.object.kind,
            result: a.result,
            ready: ready.has(id) ? 'ready' : waiting !== undefined ? `not ready: ${waiting}` : undefined,
        });
    }
    for (const p of planned)
        if (!applied.has(identity(p.object)))
            result.objects.push({ object: p.label, kind: p.object.kind, result: 'not applied' });
    result.diagnosis = rollout.wait?.failure ?? result.diagnosis;
    const failed = result.diagnosis && planned.find((p) => p.label === result.diagnosis?.object);
    if (failed)
        result.failureSource = run.locate(failed.object);
}
/** Deletes what carries the release's label but is no longer in `objects` (the prune input). */
async function deploy_prune(run, record, objects) {
    const { result } = run;
    const candidates = await pruneCandidates(run.client, run.options.release, record.inventory, objects);
    const deleted = await deleteObjects(run.client, candidates);
    result.prune = deleted;
    result.changed.pruned = deleted.length;
    for (const label of deleted) {
        result.objects.push({ object: label, kind: label.split('/').slice(-2)[0], result: 'pruned' });
        run.mark(label, 'pruned');
    }
}
/** The release namespace holds the records and the lock: it must exist (or be in the manifests). */
async function ensureReleaseNamespace(run, objects) {
    const { client, options } = run;
    try {
        if (await client.get('v1', 'Namespace', options.namespace))
            return;
    }
    catch (error) {
        // A namespace-scoped Role cannot read the Namespace object; the namespace is there if we can work in it.
        if (error instanceof ApiError && error.status === 403)
            return;
        throw error;
    }
    const own = objects.find((o) => o.kind === 'Namespace' && o.metadata.name === options.namespace);
    if (!own) {
        throw new UserError(`Input "namespace": namespace "${options.namespace}" does not exist in the cluster. Create it first, or add a Namespace object named ${options.namespace} to the manifests (k8s-deploy changes nothing outside them).`);
    }
    await client.apply(own, { fieldManager: options.fieldManager, force: options.forceConflicts });
    run.mark(objectLabel(own), 'created first: it holds the release records and the lock');
}
/** Keeps `limit` records (the newest deployed always among them); a failure is a warning. */
async function deploy_trimHistory(store, records, limit, log) {
    try {
        const current = await store.list();
        const deleted = await store.trim(current.length ? current : records, limit);
        if (deleted.length)
            log.debug(`history-limit ${limit}: deleted release records ${deleted.join(', ')}`);
    }
    catch (error) {
        log.warning(`Could not trim the release history: ${errorMessage(error)}`);
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/state.ts



function refOf(object) {
    return {
        apiVersion: object.apiVersion,
        kind: object.kind,
        ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
        name: object.metadata.name,
    };
}
const refLabel = (ref) => (0,src_names/* objectLabel */.uk)({ kind: ref.kind, metadata: ref });
/** Phases in which a rollout still runs beside the stable version. */
function isInProgress(state) {
    return state !== undefined && (state.phase === 'progressing' || state.phase === 'paused');
}
/** The newest record whose rollout is still in progress, if any. */
function state_progressingRecord(records) {
    const newest = records[records.length - 1];
    return newest && isInProgress(newest.progress) && (newest.status === 'progressing' || newest.status === 'pending')
        ? newest
        : undefined;
}
const MAX_MEASUREMENTS = 500;
const MAX_HISTORY = 200;
/** Keeps the state's lists bounded (a long rollout measures thousands of times; the record stays small). */
function trimState(state) {
    if (state.measurements.length > MAX_MEASUREMENTS)
        state.measurements.splice(0, state.measurements.length - MAX_MEASUREMENTS);
    if (state.history.length > MAX_HISTORY)
        state.history.splice(0, state.history.length - MAX_HISTORY);
}
/** A value with its object keys sorted, so equal content serialises equally. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, canonical(value[key])]));
    return value;
}
/**
 * An object without what changes from run to run: the run annotation, restart stamps, and
 * replicas (an HPA sets them, and a promote keeps the live count anyway).
 */
function contentOf(object) {
    const copy = structuredClone(object);
    delete copy.metadata.annotations?.[labels_RUN_ANNOTATION];
    if (copy.spec && typeof copy.spec === 'object' && copy.spec.template)
        delete copy.spec.replicas;
    const template = copy.spec?.template ?? copy.spec?.jobTemplate?.spec?.template;
    delete template?.metadata?.annotations?.[RESTARTED_AT_ANNOTATION];
    return canonical(copy);
}
const hash = (value) => (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(value)).digest('hex');
/** The digest of a revision's objects, and one per object (by label). */
function state_digestObjects(objects) {
    const perObject = Object.fromEntries(objects
        .map((o) => [(0,src_names/* objectLabel */.uk)(o), hash(contentOf(o)).slice(0, 16)])
        .sort(([a], [b]) => a.localeCompare(b)));
    return { digest: `sha256:${hash(perObject)}`, objects: perObject };
}
/** What differs between the objects a rollout started with and the ones given now, in one phrase; undefined when the same. */
function state_objectDifference(started, now) {
    const changed = Object.keys(now).filter((label) => started[label] !== undefined && started[label] !== now[label]);
    const added = Object.keys(now).filter((label) => started[label] === undefined);
    const missing = Object.keys(started).filter((label) => now[label] === undefined);
    const parts = [
        ...changed.map((l) => `${l} differs`),
        ...added.map((l) => `${l} is new`),
        ...missing.map((l) => `${l} is missing`),
    ];
    if (parts.length === 0)
        return undefined;
    return `${parts.slice(0, 3).join(', ')}${parts.length > 3 ? ` and ${parts.length - 3} more` : ''}`;
}

;// CONCATENATED MODULE: ./packages/kube/src/rollback-action.ts
/**
 * `action: rollback`: returns a release to an earlier revision, as `helm rollback` does. The
 * rollback is a new revision whose objects are those of the target revision, deployed like any
 * other (lock, validation, pending record, apply, wait), except that a failed rollback is not
 * itself rolled back.
 */





/** The statuses of a revision that ran as the release: what a rollback may return to. */
const RESTORABLE = new Set(['deployed', 'superseded']);
/**
 * The revision a rollback returns to: `revision` when given, else the newest deployed or
 * superseded revision before the deployed one. Refuses, in one line, when there is none, when
 * `revision` is not in the records or never deployed, and while a canary or blue-green
 * rollout is in progress.
 */
function rollbackTarget(records, release, revision) {
    if (records.length === 0)
        throw new UserError(`Nothing to roll back: release "${release}" has no release records in this namespace. Deploy it first, or set namespace to the one it was deployed to`);
    const running = progressingRecord(records);
    if (running)
        throw new UserError(`Rollback refused: release "${release}" has a ${running.progress.strategy} rollout in progress (revision ${running.revision}, ${running.progress.phase}): finish it with action: promote or action: reject first`);
    if (revision !== undefined) {
        const target = records.find((r) => r.revision === revision);
        if (!target)
            throw new UserError(`Input "revision": release "${release}" has no revision ${revision} (its records: ${records.map((r) => r.revision).join(', ')}): name one of those`);
        if (!RESTORABLE.has(target.status))
            throw new UserError(`Input "revision": revision ${revision} of release "${release}" never deployed (it is ${target.status}): name a revision that was deployed or superseded`);
        return target;
    }
    const current = lastDeployed(records);
    const target = records.filter((r) => RESTORABLE.has(r.status) && (!current || r.revision < current.revision)).pop();
    if (!target)
        throw new UserError(current
            ? `Nothing to roll back to: release "${release}" has no successful revision before revision ${current.revision}, the deployed one. Name a revision with the revision input, or deploy`
            : `Nothing to roll back to: no revision of release "${release}" ever deployed (its records: ${records.map((r) => `${r.revision} ${r.status}`).join(', ')})`);
    return target;
}
/**
 * Rolls the target revision out with the basic strategy. Under the lock, the records are read
 * again: if a run changed them while this one waited, nothing is applied. On failure the
 * release is left as the rollback made it (it is not rolled back); on cancellation the
 * revision that ran before is restored, as for any deploy.
 */
function rollbackStrategy(target, revision) {
    return {
        name: 'rollback',
        async rollout(context) {
            const { run, record } = context;
            record.message = `rollback to revision ${target.revision}`;
            let now;
            try {
                now = rollbackTarget(context.records, run.options.release, revision).revision;
            }
            catch (error) {
                return { applied: [], failure: errorMessage(error) };
            }
            if (now !== target.revision)
                return {
                    applied: [],
                    failure: `the release changed while this run waited for its lock: the revision to roll back to is now ${now}, not ${target.revision}. Run the rollback again`,
                };
            run.mark(`release ${run.options.release}`, `rolling back to revision ${target.revision} (version ${target.version})`);
            return basicStrategy.rollout(context);
        },
        async recover(context, rollout) {
            if (context.run.cancelled)
                return basicStrategy.recover(context, rollout);
            const failure = rollout.failure ?? 'failed';
            return {
                status: 'failed',
                message: `Nothing was rolled back (a rollback is not rolled back itself): revision ${context.revision} stays as far as it got. Fix the cause, then roll back or deploy again`,
                images: context.record.images,
                record: { status: 'failed', message: `rollback to revision ${target.revision}: ${failure}` },
            };
        },
    };
}
/**
 * `action: rollback`: deploys, as revision N+1, the objects of `revision` (by default the
 * previous successful revision) exactly as they were applied. The manifests, images and other
 * inputs that shape objects are left aside; version and commit are those of the target.
 */
async function rollback_action_rollbackRelease(options, revision) {
    const store = new ReleaseStore(options.client, options.namespace, options.release);
    const target = rollbackTarget(await store.list((m) => options.log.warning(m)), options.release, revision);
    if (options.objects.length > 0 || options.images.length > 0)
        options.log.warning(`Inputs "manifests" and "images" are left aside by a rollback: revision ${target.revision} is restored from its release record`);
    options.log.info(`Rolling back release "${options.release}" to revision ${target.revision} (version ${target.version}, deployed ${target.time})`);
    const result = await deploy({
        ...options,
        objects: target.objects,
        locate: undefined,
        images: [],
        restart: [],
        checksums: {},
        imagePullSecrets: [],
        // The objects are the release's own earlier state: fields others took since are taken back.
        forceConflicts: true,
        run: { ...options.run, repository: target.repository, sha: target.sha, version: target.version },
    }, rollbackStrategy(target, revision));
    if (result.status === 'deployed')
        result.rollback = `rolled back to revision ${target.revision} (version ${target.version}): revision ${result.revision} runs its objects`;
    else if (result.status === 'dry-run')
        result.rollback = `a rollback to revision ${target.revision} (version ${target.version}) would apply these changes`;
    return result;
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/copies.ts



const LABEL_VALUE_MAX = 63;
/** Metadata a copy does not take over from the object it copies. */
const NOT_COPIED = ['deployment.kubernetes.io/revision', 'kubectl.kubernetes.io/last-applied-configuration'];
function matchLabelsOf(deployment) {
    const selector = deployment.spec?.selector ?? {};
    if (selector.matchExpressions?.length)
        throw new src/* UserError */.yo(`${(0,src_names/* objectLabel */.uk)(deployment)}: its selector uses matchExpressions, which a canary or blue-green copy cannot be told apart by: select its pods with matchLabels`);
    return { ...(selector.matchLabels ?? {}) };
}
/** A label value with the track appended, checked against the 63-character limit. */
function suffixed(owner, key, value, track) {
    const result = `${value}-${track}`;
    if (result.length > LABEL_VALUE_MAX)
        throw new src/* UserError */.yo(`${(0,src_names/* objectLabel */.uk)(owner)}: label ${key}=${value} would become ${result}, over 63 characters: shorten the label value`);
    return result;
}
/** The labels a copy's pods carry: the template's, with the track, and (separate) the selector values suffixed. */
function copyPodLabels(deployment, track, separation) {
    const matchLabels = matchLabelsOf(deployment);
    const labels = { ...(deployment.spec?.template?.metadata?.labels ?? {}) };
    if (separation === 'separate')
        for (const key of Object.keys(matchLabels))
            labels[key] = suffixed(deployment, key, labels[key] ?? matchLabels[key], track);
    labels[TRACK_LABEL] = track;
    return labels;
}
/** The selector of a copy: the Deployment's, with the track, and (separate) its values suffixed. */
function copySelector(deployment, track, separation) {
    const matchLabels = matchLabelsOf(deployment);
    const selector = {};
    for (const [key, value] of Object.entries(matchLabels))
        selector[key] = separation === 'separate' ? suffixed(deployment, key, value, track) : value;
    selector[TRACK_LABEL] = track;
    return selector;
}
/** Name, namespace, labels and annotations of a copy of `object`. */
function copyMetadata(object, name, track) {
    const annotations = { ...(object.metadata.annotations ?? {}) };
    for (const key of NOT_COPIED)
        delete annotations[key];
    return {
        name,
        ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
        labels: { ...(object.metadata.labels ?? {}), [TRACK_LABEL]: track },
        ...(Object.keys(annotations).length ? { annotations } : {}),
    };
}
/**
 * A Deployment running beside the user's: named `<name>-<track>`, with the given pod
 * template's version (the new one for canary and green, the stable one for baseline) and its
 * own selector.
 */
function copyDeployment(deployment, track, separation, replicas) {
    const name = `${deployment.metadata.name}-${track}`;
    const template = structuredClone(deployment.spec?.template ?? {});
    template.metadata = { ...(template.metadata ?? {}), labels: copyPodLabels(deployment, track, separation) };
    return {
        apiVersion: deployment.apiVersion,
        kind: deployment.kind,
        metadata: copyMetadata(deployment, name, track),
        spec: {
            ...structuredClone(deployment.spec ?? {}),
            replicas,
            selector: { matchLabels: copySelector(deployment, track, separation) },
            template,
        },
    };
}
/** Whether a Service selects pods with these labels. */
function selectsPods(service, labels) {
    const selector = service.spec?.selector ?? {};
    const entries = Object.entries(selector);
    return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}
/** Service fields a copy must not take over: addresses and ports the cluster allocated to the original. */
const SERVICE_FIELDS_NOT_COPIED = [
    'clusterIP',
    'clusterIPs',
    'externalIPs',
    'loadBalancerIP',
    'loadBalancerSourceRanges',
    'loadBalancerClass',
    'externalTrafficPolicy',
    'healthCheckNodePort',
    'allocateLoadBalancerNodePorts',
    'externalName',
];
/**
 * A ClusterIP Service `name` in front of a copy: the user's Service with the selector values
 * of the Deployment's selector keys suffixed, so it selects exactly the copy's pods.
 */
function copyService(service, deployment, name, track) {
    const matchLabels = matchLabelsOf(deployment);
    const selector = { ...(service.spec?.selector ?? {}) };
    for (const key of Object.keys(selector))
        if (key in matchLabels)
            selector[key] = suffixed(service, key, selector[key], track);
    const spec = structuredClone(service.spec ?? {});
    for (const field of SERVICE_FIELDS_NOT_COPIED)
        delete spec[field];
    spec.type = 'ClusterIP';
    spec.selector = selector;
    spec.ports = (spec.ports ?? []).map((port) => {
        const { nodePort: _nodePort, ...rest } = port;
        return rest;
    });
    return { apiVersion: service.apiVersion, kind: service.kind, metadata: copyMetadata(service, name, track), spec };
}
/**
 * Fails when a user's Service would still select a separated copy's pods: its selector uses
 * none of the Deployment's selector keys, so it would send stable traffic to the new version.
 */
function checkSeparated(services, deployment, track) {
    const labels = copyPodLabels(deployment, track, 'separate');
    for (const service of services)
        if (selectsPods(service, labels))
            throw new src/* UserError */.yo(`${(0,src_names/* objectLabel */.uk)(service)} selects ${JSON.stringify(service.spec.selector)}, none of the selector labels of ${(0,src_names/* objectLabel */.uk)(deployment)} (${Object.keys(matchLabelsOf(deployment)).join(', ')}), so it would also send its traffic to the ${track} pods: add one of those labels to the Service's selector`);
}

// EXTERNAL MODULE: ./packages/kube/src/analysis/config.ts
var analysis_config = __webpack_require__(84251);
// EXTERNAL MODULE: ./packages/kube/src/progressive/plan.ts
var plan = __webpack_require__(53535);
;// CONCATENATED MODULE: ./packages/kube/src/progressive/report.ts







function reportOf(run, record, state, action, rows) {
    return {
        release: run.options.release,
        namespace: run.options.namespace,
        revision: record.revision,
        version: record.version,
        action,
        state: structuredClone(state),
        placement: rows,
    };
}
/** Where a traffic object sends traffic, in a few words. */
function trafficOf(object) {
    if (object.kind === 'HTTPRoute')
        return (object.spec?.rules ?? [])
            .map((rule, i) => {
            const refs = rule.backendRefs ?? [];
            const total = refs.reduce((sum, r) => sum + (r.weight ?? 1), 0) || 1;
            return `rule ${i + 1}: ${refs.map((r) => `${r.name} ${Math.round(((r.weight ?? 1) / total) * 100)}%`).join(', ')}`;
        })
            .join('; ');
    if (object.kind === 'TrafficSplit')
        return (object.spec?.backends ?? [])
            .map((b) => `${b.service} ${b.weight}`)
            .join(', ');
    if (object.kind === 'Ingress') {
        const weight = object.metadata.annotations?.['nginx.ingress.kubernetes.io/canary-weight'];
        const backends = new Set();
        for (const rule of object.spec?.rules ?? [])
            for (const path of rule.http?.paths ?? [])
                if (path.backend?.service?.name)
                    backends.add(path.backend.service.name);
        return `${[...backends].join(', ')}${weight !== undefined ? ` at ${weight}%` : ''}`;
    }
    if (object.kind === 'Service')
        return `selects ${Object.entries(object.spec?.selector ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(', ')}`;
    return '';
}
function workloadRow(role, label, live) {
    if (!live)
        return { role, object: label, replicas: 'absent' };
    return {
        role,
        object: label,
        replicas: `${live.status?.readyReplicas ?? 0}/${live.spec?.replicas ?? 1}`,
        images: [...new Set((0,src_images/* runningImages */.ax)([live]).map((i) => i.image))].join(', '),
    };
}
/** What runs where now: the user's Deployments, their copies, and the objects traffic runs through. */
async function placement(session) {
    const { state } = session;
    const rows = [];
    const deployment = (namespace, name) => ({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace,
        name,
    });
    const track = state.strategy === 'canary' ? 'canary' : 'green';
    for (const w of state.workloads) {
        const refs = [
            ['stable', deployment(w.namespace, w.name)],
            [track, deployment(w.namespace, w.track)],
            ...(w.baseline
                ? [['baseline', deployment(w.namespace, w.baseline)]]
                : []),
        ];
        for (const [role, ref] of refs) {
            const live = await session.live(ref);
            if (live || role === 'stable')
                rows.push(workloadRow(role, refLabel(ref), live));
        }
    }
    if (state.strategy === 'canary' && state.method === 'pod' && state.phase !== 'promoted')
        for (const w of state.workloads)
            for (const name of w.services)
                rows.push({
                    role: 'traffic',
                    object: `${w.namespace}/Service/${name}`,
                    traffic: `selects ${w.name}, ${w.track}${w.baseline ? ` and ${w.baseline}` : ''}: ${state.weight}% of the pods run the new version`,
                });
    for (const ref of [
        ...state.restore.map((o) => ({ ...o, name: o.metadata.name, namespace: o.metadata.namespace })),
        ...state.routing,
    ]) {
        const live = await session.live(ref);
        if (live)
            rows.push({ role: 'traffic', object: (0,src_names/* objectLabel */.uk)(live), traffic: trafficOf(live) });
    }
    return rows;
}
const ACTION_REF = 'kube-release/kube-release-actions/actions/k8s-deploy@v1';
/** The step a later job runs to promote or reject: the exact inputs that matter. */
function nextStep(report, action) {
    const lines = [
        `- uses: ${ACTION_REF}`,
        '  with:',
        '    kubeconfig: ${{ secrets.KUBECONFIG }}',
        `    namespace: ${report.namespace}`,
        `    release: ${report.release}`,
        `    strategy: ${report.state.strategy}`,
        `    action: ${action}`,
    ];
    if (action === 'promote' && report.state.images.length > 0)
        lines.push('    images: |', ...report.state.images.map((image) => `      ${image}`));
    return lines.join('\n');
}
const time = (iso) => iso.slice(11, 19);
/** The status of each plan step, from the state. */
function stepRows(state) {
    return state.steps.map((step, index) => {
        const number = index + 1;
        const history = state.history.filter((h) => h.step === number);
        let status;
        if (index < state.step)
            status = 'done';
        else if (index === state.step && state.phase === 'aborted')
            status = '❌ failed';
        else if (state.phase === 'promoted')
            status = 'skipped (promoted)';
        else if (state.phase === 'rejected' || state.phase === 'aborted')
            status = 'not run';
        else
            status = 'to do';
        if (index === state.step - 1 && state.phase === 'paused')
            status = '⏸ paused here';
        const weight = history.length ? `${history[history.length - 1].weight}%` : '';
        return [String(number), describeStep(step), status, weight, history.length ? time(history[0].at) : ''];
    });
}
/** What a check's chart shows: the value and its condition, or an HTTP check's response time. */
function chartLegend(check) {
    if (!check)
        return '';
    if (check.type === 'http' && !check.success)
        return 'response time, ms';
    if (check.success)
        return `success ${check.success.text}`;
    return check.type === 'prometheus' && check.failure ? `failure ${check.failure.text}` : '';
}
/** A mermaid xychart of one check's measurements (GitHub renders it). */
function measurementChart(check, condition, points) {
    const shown = points.slice(-60);
    const title = `${check}${condition ? ` (${condition})` : ''}`.replace(/"/g, "'");
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${title}"`,
        `  x-axis [${shown.map((p) => `"${time(p.at)}"`).join(', ')}]`,
        '  y-axis "value"',
        `  line [${shown.map((p) => formatValue(p.value)).join(', ')}]`,
        '```',
    ].join('\n');
}
/** The canary or blue-green sections of the job summary. */
function report_progressSummary(summary, report) {
    const { state } = report;
    const title = state.strategy === 'canary' ? 'Canary' : 'Blue-green';
    summary.heading(`${title} (${state.method}): ${state.phase}, new version at ${state.weight}% of the traffic`, 3);
    if (report.note)
        summary.text(escapeHtml(report.note));
    if (state.message && (state.phase === 'paused' || state.phase === 'progressing'))
        summary.text(`**Note:** ${escapeHtml(state.message)}`);
    summary.table(['step', 'what', 'status', 'weight', 'at'], stepRows(state));
    if (report.placement.length > 0)
        summary.heading('What runs where', 4).table(['role', 'object', 'ready', 'images', 'traffic'], report.placement.map((r) => [r.role, code(r.object), r.replicas, r.images ? code(r.images) : '', r.traffic]));
    if (state.history.length > 0)
        summary.details(`Rollout history (${state.history.length} entries)`, state.history.map((h) => `${h.at}  ${h.step ? `step ${h.step}  ` : ''}${h.weight}%  ${h.text}`).join('\n'));
    if (state.checks.length > 0 || state.measurements.length > 0) {
        summary.heading('Analysis', 4);
        if (state.checks.length > 0)
            summary.table(['check', 'what'], state.checks.map((c) => [c.name, describeCheck(c)]));
        if (state.measurements.length > 0) {
            summary.table(['check', 'step', 'at', 'value', 'result'], state.measurements.map((m) => [
                m.check,
                m.step || '',
                time(m.at),
                m.display,
                `${m.outcome === 'successful' ? '✅' : m.outcome === 'failed' ? '❌' : '❔'} ${m.outcome}${m.message && m.message !== m.display ? `: ${m.message}` : ''}`,
            ]), 200);
            for (const check of [...new Set(state.measurements.map((m) => m.check))]) {
                const points = state.measurements
                    .filter((m) => m.check === check && m.value !== undefined)
                    .map((m) => ({ at: m.at, value: m.value }));
                const legend = chartLegend(state.checks.find((c) => c.name === check));
                if (points.length > 0)
                    summary.text(measurementChart(check, legend, points));
            }
        }
    }
    if (state.phase === 'paused' || state.phase === 'progressing') {
        summary.heading('Next', 4);
        summary.text(`The new version runs beside revision ${state.stableRevision ?? '(none)'}. To finish, run in a later job (behind an environment's approval):`);
        summary.text(`\`\`\`yaml\n${nextStep(report, 'promote')}\n\`\`\``);
        summary.text('To remove it and keep the stable version:');
        summary.text(`\`\`\`yaml\n${nextStep(report, 'reject')}\n\`\`\``);
    }
    return summary;
}

;// CONCATENATED MODULE: ./packages/kube/src/analysis/condition.ts
/**
 * The success and failure conditions of an analysis check: comparisons of `result` with a
 * number, joined by `&&` or `||` (`&&` binds tighter), for example `result < 0.05` or
 * `result >= 0.9 && result <= 1`. Parsed once, when the inputs are read, so a typo fails the
 * step before anything changes; evaluated without `eval`.
 */
const COMPARISON = /^result\s*(<=|>=|==|!=|<|>)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)$/i;
/** Parses a condition; throws an Error saying what is wrong (the caller names the input and check). */
function parseCondition(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new Error('is empty: write a comparison such as "result < 0.05"');
    const any = trimmed.split('||').map((alternative) => alternative.split('&&').map((part) => {
        const match = COMPARISON.exec(part.trim());
        if (!match)
            throw new Error(`"${part.trim()}" is not a comparison: write result <, <=, >, >=, == or != a number (for example "result < 0.05"), joined by && or ||`);
        return { operator: match[1], value: Number(match[2]) };
    }));
    return { text: trimmed, any };
}
function compare(value, { operator, value: limit }) {
    switch (operator) {
        case '<':
            return value < limit;
        case '<=':
            return value <= limit;
        case '>':
            return value > limit;
        case '>=':
            return value >= limit;
        case '==':
            return value === limit;
        case '!=':
            return value !== limit;
    }
}
/** Whether a value meets a condition. */
function holds(condition, value) {
    return condition.any.some((all) => all.every((comparison) => compare(value, comparison)));
}

;// CONCATENATED MODULE: ./packages/kube/src/analysis/measurement.ts

/**
 * A value against a check's conditions, as Argo Rollouts judges: a failure condition that
 * holds fails; a success condition that holds succeeds; with both written and neither
 * holding the measurement is inconclusive; with one written, not holding decides the other way.
 */
function judge(value, success, failure) {
    if (failure && holds(failure, value))
        return 'failed';
    if (success)
        return holds(success, value) ? 'successful' : failure ? 'inconclusive' : 'failed';
    return 'successful';
}
/** A number as the log and the summary show it: up to 4 significant digits. */
function measurement_formatValue(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(4)));
}

;// CONCATENATED MODULE: ./packages/kube/src/analysis/http.ts



/** The value at a simple JSON path: `$.a.b`, `a.b[0].c`, `$['a-b']`. Undefined when absent. */
function valueAt(document, path) {
    const steps = [];
    const text = path.trim().replace(/^\$\.?/, '');
    const token = /([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g;
    for (const match of text.matchAll(token)) {
        if (match[1] !== undefined)
            steps.push(match[1]);
        else if (match[2] !== undefined)
            steps.push(Number(match[2]));
        else
            steps.push(match[3] ?? match[4]);
    }
    let current = document;
    for (const step of steps) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[step];
    }
    return current;
}
/**
 * One request. Fails on a status not listed, a body that does not match, a JSON value that is
 * not the one expected, or no answer in time (a smoke test that cannot reach the new version
 * has found a problem). Charts the JSON value when it is a number, else the response time.
 * Messages name the status and the value, never the headers or the body.
 */
async function measureHttp(check, target) {
    const url = (0,analysis_config/* fillPlaceholders */.Ct)(check.url, target);
    const headers = { ...check.headers };
    if (check.bearerToken)
        headers.Authorization = `Bearer ${check.bearerToken}`;
    const started = performance.now();
    let status;
    let body;
    try {
        const response = await fetch(url, {
            method: check.method,
            headers,
            body: check.body,
            redirect: 'manual',
            signal: AbortSignal.timeout(check.timeoutMs),
        });
        status = response.status;
        body = await response.text();
    }
    catch (error) {
        return {
            display: 'no answer',
            outcome: 'failed',
            message: `${check.method} ${url}: no answer: ${(0,src/* errorMessage */.gJ)(error)}`,
        };
    }
    const ms = Math.round(performance.now() - started);
    const answered = `${status} in ${ms} ms`;
    if (!check.status.includes(status))
        return {
            value: ms,
            display: answered,
            outcome: 'failed',
            message: `status ${status}, expected ${check.status.join(' or ')}`,
        };
    if (check.bodyMatch !== undefined && !new RegExp(check.bodyMatch).test(body))
        return { value: ms, display: answered, outcome: 'failed', message: `the body does not match /${check.bodyMatch}/` };
    if (check.jsonPath === undefined)
        return { value: ms, display: answered, outcome: 'successful' };
    let document;
    try {
        document = JSON.parse(body);
    }
    catch {
        return {
            value: ms,
            display: answered,
            outcome: 'failed',
            message: `the body is not JSON, so ${check.jsonPath} cannot be read`,
        };
    }
    const found = valueAt(document, check.jsonPath);
    if (found === undefined)
        return { value: ms, display: answered, outcome: 'failed', message: `${check.jsonPath} is not in the response` };
    const number = typeof found === 'number' ? found : typeof found === 'string' && found.trim() !== '' ? Number(found) : NaN;
    const shown = typeof found === 'object' ? JSON.stringify(found).slice(0, 60) : String(found).slice(0, 60);
    const value = Number.isFinite(number) ? number : ms;
    const display = `${check.jsonPath} = ${Number.isFinite(number) ? measurement_formatValue(number) : shown}`;
    if (check.equals !== undefined && String(found) !== check.equals)
        return { value, display, outcome: 'failed', message: `${check.jsonPath} is ${shown}, expected ${check.equals}` };
    if (check.success) {
        if (!Number.isFinite(number))
            return {
                value,
                display,
                outcome: 'failed',
                message: `${check.jsonPath} is ${shown}, not a number for ${check.success.text}`,
            };
        const outcome = judge(number, check.success);
        return {
            value,
            display,
            outcome,
            ...(outcome === 'successful' ? {} : { message: `${display} against success ${check.success.text}` }),
        };
    }
    return { value, display, outcome: 'successful' };
}

;// CONCATENATED MODULE: ./packages/kube/src/analysis/prometheus.ts



/** The numbers of an instant query's answer: one per series (a scalar is one). */
function queryValues(data) {
    if (!data)
        return [];
    if (data.resultType === 'scalar' && Array.isArray(data.result))
        return [Number(data.result[1])];
    if (data.resultType === 'vector' && Array.isArray(data.result))
        return data.result.map((series) => Number(series.value?.[1]));
    throw new Error(`the query returned a ${data.resultType ?? 'result of no type'}: write one that returns a scalar or an instant vector`);
}
/**
 * One measurement: an instant query (`/api/v1/query`) with the placeholders filled in. Every
 * series must pass; the largest value is charted. No series, or NaN (a rate over no
 * requests), is inconclusive: no data is not a verdict. An unreachable Prometheus, or one that
 * refuses the query, is inconclusive too, with its answer in the message.
 */
async function measurePrometheus(check, target) {
    const query = (0,analysis_config/* fillPlaceholders */.Ct)(check.query, target);
    const url = new URL('api/v1/query', check.address.endsWith('/') ? check.address : `${check.address}/`);
    url.searchParams.set('query', query);
    const headers = { Accept: 'application/json' };
    if (check.bearerToken)
        headers.Authorization = `Bearer ${check.bearerToken}`;
    let status;
    let body;
    try {
        const response = await fetch(url, { headers, signal: AbortSignal.timeout(check.timeoutMs) });
        status = response.status;
        const text = await response.text();
        try {
            body = JSON.parse(text);
        }
        catch {
            body = { error: text.slice(0, 200) };
        }
    }
    catch (error) {
        return {
            display: 'no answer',
            outcome: 'inconclusive',
            message: `Prometheus at ${check.address} did not answer: ${(0,src/* errorMessage */.gJ)(error)}`,
        };
    }
    if (status !== 200 || body.status !== 'success') {
        const hint = (status === 401 || status === 403) && check.tokenWithheld
            ? ' (its bearer token is never stored: give this step the same "analysis" input as the deploy)'
            : '';
        return {
            display: `HTTP ${status}`,
            outcome: 'inconclusive',
            message: `Prometheus answered ${status}${body.error ? `: ${body.errorType ? `${body.errorType}: ` : ''}${body.error}` : ''}${hint}`,
        };
    }
    let values;
    try {
        values = queryValues(body.data);
    }
    catch (error) {
        return { display: 'unusable', outcome: 'inconclusive', message: (0,src/* errorMessage */.gJ)(error) };
    }
    const numbers = values.filter((v) => !Number.isNaN(v));
    if (numbers.length === 0)
        return {
            display: values.length ? 'NaN' : 'no data',
            outcome: 'inconclusive',
            message: values.length ? 'the query returned NaN (no requests in its range?)' : 'the query returned no series',
        };
    const outcomes = numbers.map((v) => judge(v, check.success, check.failure));
    const outcome = outcomes.includes('failed')
        ? 'failed'
        : outcomes.includes('inconclusive')
            ? 'inconclusive'
            : 'successful';
    const value = Math.max(...numbers);
    const display = numbers.length === 1 ? measurement_formatValue(value) : `${numbers.map(measurement_formatValue).join(', ')}`;
    const conditions = [
        check.success && `success ${check.success.text}`,
        check.failure && `failure ${check.failure.text}`,
    ]
        .filter(Boolean)
        .join(', ');
    return {
        value,
        display,
        outcome,
        ...(outcome === 'successful' ? {} : { message: `${display} against ${conditions}` }),
    };
}

;// CONCATENATED MODULE: ./packages/kube/src/analysis/run.ts


function measureCheck(check, target) {
    return check.type === 'prometheus' ? measurePrometheus(check, target) : measureHttp(check, target);
}
/** Waits `ms`, or less when the signal fires. */
function pause(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
function verdictOf(tally) {
    if (tally.failed > tally.check.failureLimit)
        return 'failed';
    if (tally.inconclusive > tally.check.inconclusiveLimit)
        return 'inconclusive';
    return 'successful';
}
function run_problemOf(tally, verdict) {
    const bad = tally.measurements.filter((m) => m.outcome === verdict);
    const values = [...new Set(bad.map((m) => m.message ?? m.display))].slice(-3);
    const limit = verdict === 'failed' ? tally.check.failureLimit : tally.check.inconclusiveLimit;
    return `check "${tally.check.name}" ${verdict === 'failed' ? 'failed' : 'was inconclusive'}: ${bad.length} of ${tally.measurements.length} measurements ${verdict} (${verdict === 'failed' ? 'failure' : 'inconclusive'}-limit ${limit}): ${values.join('; ')}`;
}
/**
 * Runs checks side by side against the new version: one measurement per check every
 * `interval`, the first after one interval (the new version needs time to be measured).
 * A check fails as soon as its failures pass `failure-limit`, which stops every check; at the
 * end a check with more inconclusive measurements than `inconclusive-limit` is inconclusive.
 * The run fails when a check failed, is inconclusive when one was, and succeeds otherwise.
 */
async function runAnalysis(checks, target, options) {
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const measure = options.measure ?? measureCheck;
    const started = Date.now();
    const tallies = checks.map((check) => ({ check, measurements: [], failed: 0, inconclusive: 0 }));
    const all = [];
    await Promise.all(tallies.map(async (tally) => {
        const { check } = tally;
        for (let taken = 0; !stop.signal.aborted;) {
            if ('count' in options.mode) {
                if (taken >= check.count)
                    return;
            }
            else if (Date.now() - started + check.intervalMs > options.mode.durationMs)
                return;
            await pause(check.intervalMs, stop.signal);
            if (stop.signal.aborted)
                return;
            const reading = await measure(check, target);
            taken += 1;
            const measurement = {
                check: check.name,
                at: new Date().toISOString(),
                step: options.step,
                ...reading,
            };
            tally.measurements.push(measurement);
            all.push(measurement);
            if (measurement.outcome === 'failed')
                tally.failed += 1;
            if (measurement.outcome === 'inconclusive')
                tally.inconclusive += 1;
            options.onMeasurement?.(measurement);
            if (tally.failed > check.failureLimit)
                stop.abort();
        }
    }));
    options.signal?.removeEventListener('abort', onAbort);
    const verdicts = tallies.map((tally) => ({ tally, verdict: verdictOf(tally) }));
    const verdict = verdicts.some((v) => v.verdict === 'failed')
        ? 'failed'
        : verdicts.some((v) => v.verdict === 'inconclusive')
            ? 'inconclusive'
            : 'successful';
    return {
        verdict,
        measurements: all,
        problems: verdicts.filter((v) => v.verdict !== 'successful').map((v) => run_problemOf(v.tally, v.verdict)),
    };
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/runner.ts



/** Runs checks and records each measurement in the state and the log. */
async function analyse(session, checks, target, step, mode) {
    const result = await runAnalysis(checks, target, {
        mode,
        step,
        measure: session.settings.measure,
        onMeasurement: (m) => {
            session.state.measurements.push(m);
            session.run.log.info(`analysis ${m.check}: ${m.display} — ${m.outcome}${m.message && m.message !== m.display ? ` (${m.message})` : ''}${m.value !== undefined && !m.display.includes(measurement_formatValue(m.value)) ? ` [${measurement_formatValue(m.value)}]` : ''}`);
        },
    });
    return result;
}
/**
 * Runs the plan from the state's next step: weights, timed pauses (with every check measuring
 * while they last), analysis steps (the named checks, `count` measurements each). Stops at an
 * untimed pause (`paused`), when analysis fails (`aborted`) or has no data (`inconclusive`:
 * a human decides, nothing is promoted), or at the end (`completed`). The state is saved
 * after every step, so a later run continues where this one ended.
 */
async function runPlan(session, hooks) {
    const { state } = session;
    while (state.step < state.steps.length) {
        const index = state.step;
        const number = index + 1;
        const step = state.steps[index];
        if ('pause' in step && step.pause === 'until-promoted') {
            state.step = number;
            state.phase = 'paused';
            session.note('paused until a run with action: promote (or reject)', number);
            await session.save('progressing');
            return 'paused';
        }
        state.phase = 'progressing';
        session.note((0,plan/* describeStep */.Ey)(step), number);
        let analysis;
        if ('weight' in step) {
            state.weight = await hooks.setWeight(step.weight);
            session.note(`the new version gets ${state.weight}% of the traffic`, number);
        }
        else if ('pause' in step && step.pause !== 'until-promoted') {
            if (session.checks.length > 0)
                analysis = await analyse(session, session.checks, hooks.target(), number, {
                    durationMs: step.pause.durationMs,
                });
            else
                await session.sleep(step.pause.durationMs);
        }
        else if ('analysis' in step) {
            const checks = session.checks.filter((c) => step.analysis.includes(c.name));
            analysis = await analyse(session, checks, hooks.target(), number, { count: true });
        }
        if (analysis && analysis.verdict !== 'successful') {
            state.message = analysis.problems.join('; ');
            if (analysis.verdict === 'failed') {
                session.note(`analysis failed: ${state.message}`, number);
                await session.save();
                return 'aborted';
            }
            state.step = number;
            state.phase = 'paused';
            session.note(`analysis inconclusive, so paused instead of going on: ${state.message}`, number);
            await session.save('progressing');
            return 'inconclusive';
        }
        if (analysis)
            session.note(`analysis passed (${analysis.measurements.length} measurements)`, number);
        state.step = number;
        await session.save();
    }
    return 'completed';
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/session.ts






/** A rollout step that could not be done: the one line the step fails with. */
class RolloutFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'RolloutFailure';
    }
}
/**
 * One run's work on one rollout: the revision's record and its progress state, and the
 * operations every step is made of — apply, wait, delete, note, save — each logged on the
 * timeline and, for anything that changes what runs, followed by a save of the state, so a
 * run killed at any point leaves a record that says what is live.
 */
class session_Session {
    run;
    store;
    record;
    state;
    settings;
    previous;
    applied = [];
    constructor(run, store, record, state, settings, 
    /** The last deployed revision: what the rollout started from. */
    previous) {
        this.run = run;
        this.store = store;
        this.record = record;
        this.state = state;
        this.settings = settings;
        this.previous = previous;
        record.progress = state;
    }
    get client() {
        return this.run.client;
    }
    get options() {
        return this.run.options;
    }
    /** The revision's objects, as the record keeps them. */
    get objects() {
        return this.record.objects;
    }
    /** The checks to run: the input's when given, else the record's (without their tokens). */
    get checks() {
        return this.settings.checks.length > 0 ? this.settings.checks : this.state.checks;
    }
    /** Saves the record with the state (and a status). */
    async save(status) {
        trimState(this.state);
        if (status)
            this.record.status = status;
        this.record.progress = this.state;
        await this.store.save(this.record);
    }
    /** A line in the rollout's history and the timeline. */
    note(text, step = 0) {
        this.state.history.push({ at: new Date().toISOString(), step, weight: this.state.weight, text });
        this.run.mark(`release ${this.options.release}`, step ? `step ${step}: ${text}` : text);
    }
    async sleep(ms) {
        if (ms > 0)
            await (this.settings.sleep ?? src/* sleep */.yy)(ms);
    }
    /** Validates objects with a server-side dry run (all problems at once; nothing is applied). */
    async validate(objects) {
        if (objects.length > 0)
            await apply_planObjects(this.client, objects, [...this.objects, ...objects], this.run.applyOptions());
    }
    /**
     * Applies objects in apply order (validated first). `own`: the rollout's own objects and
     * earlier states of the user's, applied with force; otherwise force-conflicts decides.
     */
    async apply(objects, own = false) {
        if (objects.length === 0)
            return [];
        const options = this.run.applyOptions(own || this.options.forceConflicts);
        const planned = await apply_planObjects(this.client, objects, [...this.objects, ...objects], options);
        return applyPlanned(this.client, planned, options, (a) => {
            this.applied.push(a);
            if (a.result !== 'unchanged')
                this.run.mark(a.label, a.result);
        });
    }
    /**
     * Applies objects the rollout made itself and validated at its start (copies at a new size,
     * weights, a switch): in apply order, without a second dry run and read of each.
     */
    async applyDirect(objects, own = false) {
        const force = own || this.options.forceConflicts;
        for (const group of kindGroups(objects.map((object) => ({ object })))) {
            await (0,src/* mapLimit */.sf)(group, this.options.concurrency, async ({ object }) => {
                const label = (0,src_names/* objectLabel */.uk)(object);
                try {
                    const { object: stored, created } = await this.client.apply(object, {
                        fieldManager: this.options.fieldManager,
                        force,
                    });
                    const result = created ? 'created' : 'configured';
                    this.applied.push({ label, object, result, stored });
                    this.run.mark(label, result);
                }
                catch (error) {
                    throw new src/* UserError */.yo(`Applying failed: ${problemOf(label, error)}`, { cause: error });
                }
            });
        }
    }
    /** Waits until the objects are ready; a failure becomes the step's one line (with its diagnosis in the result). */
    async waitReady(objects, what) {
        if (objects.length === 0)
            return;
        const waited = await wait_waitForObjects(this.client, objects, this.run.waitOptions(this.options.timeoutMs));
        if (!waited.ok) {
            this.run.result.diagnosis = waited.failure;
            throw new RolloutFailure(`${what}: ${rollback_failureLine(waited)}`);
        }
    }
    /** Deletes objects (those already gone are skipped), workloads first. */
    async remove(refs) {
        await (0,src/* mapLimit */.sf)(refs, this.options.concurrency, async (ref) => {
            if (await this.client.delete(ref.apiVersion, ref.kind, ref.name, ref.namespace))
                this.run.mark(refLabel(ref), 'deleted');
        });
    }
    /** The live version of an object, if any. */
    live(object) {
        return 'metadata' in object
            ? this.client.getLive(object)
            : this.client.get(object.apiVersion, object.kind, object.name, object.namespace);
    }
}
/** Runs a rollout operation; a failure of it (or an error) is one line. */
async function session_attempt(operation) {
    try {
        return { ok: true, value: await operation() };
    }
    catch (error) {
        if (error instanceof RolloutFailure || error instanceof src/* UserError */.yo)
            return { ok: false, failure: error.message };
        return { ok: false, failure: (0,src/* errorMessage */.gJ)(error) };
    }
}
/** Each object once, with what happened to it that mattered most (created, then configured, then unchanged). */
function session_distinctApplied(applied) {
    const rank = { created: 3, configured: 2, unchanged: 1 };
    const byId = new Map();
    for (const a of applied) {
        const id = (0,src_names/* identity */.D_)(a.object);
        const seen = byId.get(id);
        if (!seen || rank[a.result] > rank[seen.result])
            byId.set(id, a);
    }
    return [...byId.values()];
}
/** Objects of one list not in another, by identity. */
function without(objects, others) {
    const ids = new Set(others.map((o) => (0,src_names/* identity */.D_)('metadata' in o ? o : { ...o, metadata: o })));
    return objects.filter((o) => !ids.has((0,src_names/* identity */.D_)(o)));
}
/** Labels of objects, for a log line. */
const labels = (objects) => objects.map(src_names/* objectLabel */.uk).join(', ');

;// CONCATENATED MODULE: ./packages/kube/src/progressive/workloads.ts





const isDeployment = (o) => (0,src/* groupKind */.KH)(o.apiVersion, o.kind) === 'apps/Deployment';
const isService = (o) => (0,src/* groupKind */.KH)(o.apiVersion, o.kind) === '/Service';
/** A live object as it would be applied: metadata that is the user's, and the spec; no status or server fields. */
function withoutServerFields(live) {
    const annotations = { ...(live.metadata.annotations ?? {}) };
    delete annotations['deployment.kubernetes.io/revision'];
    delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
    const copy = {
        apiVersion: live.apiVersion,
        kind: live.kind,
        metadata: {
            name: live.metadata.name,
            ...(live.metadata.namespace ? { namespace: live.metadata.namespace } : {}),
            ...(live.metadata.labels ? { labels: { ...live.metadata.labels } } : {}),
            ...(Object.keys(annotations).length ? { annotations } : {}),
        },
    };
    for (const [key, value] of Object.entries(live))
        if (!['apiVersion', 'kind', 'metadata', 'status'].includes(key))
            copy[key] = structuredClone(value);
    return copy;
}
/** The version of `object` that runs now: as the last deployed revision applied it, else the live one. */
function stableVersion(object, previous, live) {
    const id = (0,src_names/* identity */.D_)(object);
    const recorded = previous?.objects.find((o) => (0,src_names/* identity */.D_)(o) === id);
    if (recorded)
        return structuredClone(recorded);
    return live ? withoutServerFields(live) : undefined;
}
/** The Deployments of the manifests, each with its live and stable versions, Services and HPA. */
async function findWorkloads(client, objects, previous) {
    const deployments = objects.filter(isDeployment);
    const services = objects.filter(isService);
    const scaled = await autoscalersOf(client, [...new Set(deployments.map((d) => d.metadata.namespace ?? ''))]);
    return Promise.all(deployments.map(async (object) => {
        const live = await client.getLive(object);
        const podLabels = object.spec?.template?.metadata?.labels ?? {};
        return {
            object,
            label: (0,src_names/* objectLabel */.uk)(object),
            live,
            stable: live ? stableVersion(object, previous, live) : undefined,
            services: services.filter((s) => s.metadata.namespace === object.metadata.namespace && selectsPods(s, podLabels)),
            autoscaler: scaled.get((0,src_names/* identity */.D_)(object)),
        };
    }));
}
/** The replicas a Deployment runs now: its live spec (an HPA's choice when one scales it), else the manifest's. */
function liveReplicas(workload) {
    return workload.live?.spec?.replicas ?? workload.object.spec?.replicas ?? 1;
}
/** Whether the manifests change a Deployment's pod template (so its pods would roll): only those get a canary or green copy. */
function templateChanges(workload) {
    if (!workload.live || !workload.stable)
        return false;
    return (JSON.stringify(canonical(workload.object.spec?.template)) !==
        JSON.stringify(canonical(workload.stable.spec?.template)));
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/rollout.ts











/**
 * What canary and blue-green share: a copy of each Deployment runs beside the user's with
 * the new version, behind copies of its Services; a plan of steps runs (weights for a canary,
 * pauses, analysis); a promote brings the user's own Deployments to the new version and
 * returns traffic to them, then removes the copies; a reject returns traffic and removes them.
 * A strategy adds its copies, how weights are set, and what happens before the promote.
 */
class ProgressiveRollout {
    method;
    router;
    steps;
    settings;
    sessions = new WeakMap();
    constructor(method, router, steps, settings) {
        this.method = method;
        this.router = router;
        this.steps = steps;
        this.settings = settings;
    }
    /** What happens between the end of the plan and the promote proper (blue-green: analysis and the switch). */
    async beforePromote(_session, _model) {
        return undefined;
    }
    // ---- deploy: the strategy seam -------------------------------------------------------------
    async rollout(context) {
        const { run, records, record, previous } = context;
        const running = state_progressingRecord(records);
        if (running && running.progress.strategy !== this.name) {
            // release() refuses this before the record is written; a run that raced another gets here.
            this.sessions.set(context, 'refused');
            return {
                applied: [],
                failure: `revision ${running.revision} is a ${running.progress.strategy} rollout in progress: promote or reject it first (action: promote or reject, strategy: ${running.progress.strategy})`,
            };
        }
        const workloads = await findWorkloads(run.client, context.objects, previous);
        if (!workloads.some(templateChanges))
            return this.plainDeploy(context, workloads);
        const state = this.initialState(context);
        const session = new session_Session(run, context.store, record, state, this.settings, previous);
        this.sessions.set(context, session);
        const started = await session_attempt(async () => {
            const model = await this.start(session, context, workloads);
            if (running)
                await this.retire(session, running);
            return this.advance(session, model);
        });
        const progress = await this.report(session, 'deploy');
        if (!started.ok)
            return { applied: session_distinctApplied(session.applied), failure: started.failure, progress };
        if (started.value === 'aborted')
            return { applied: session_distinctApplied(session.applied), failure: state.message, progress };
        return { applied: session_distinctApplied(session.applied), progress };
    }
    async recover(context, rollout) {
        const session = this.sessions.get(context);
        if (session === 'refused')
            return {
                status: 'failed',
                message: 'nothing was changed',
                images: context.previous?.images ?? [],
                record: { status: 'failed', message: rollout.failure ?? 'refused' },
            };
        if (session === 'plain' || session === undefined)
            return basic_basicStrategy.recover(context, rollout);
        const failure = rollout.failure ?? 'failed';
        const previous = context.previous;
        if (session.applied.length === 0) {
            session.state.phase = 'aborted';
            session.state.message = failure;
            return {
                status: 'failed',
                message: 'nothing was changed',
                images: previous?.images ?? [],
                record: { status: 'failed', message: failure },
                progress: await this.report(session, 'deploy'),
            };
        }
        const back = await session_attempt(() => this.reject(session, 'aborted', failure));
        const images = previous?.images ?? [];
        if (!back.ok)
            return {
                status: 'failed',
                message: `the ${this.track} could not be removed: ${back.failure}; run action: reject`,
                images,
                record: { status: 'failed', message: `${failure}; reject failed: ${back.failure}` },
                progress: await this.report(session, 'deploy'),
            };
        return {
            status: 'rolled-back',
            message: `rejected: traffic is back on ${previous ? `revision ${previous.revision}` : 'the stable version'} and the ${this.track} is removed`,
            images,
            record: { status: 'failed', message: failure },
            progress: await this.report(session, 'deploy'),
        };
    }
    /** A first deploy: nothing runs yet to compare the new version with, so it is deployed as is. */
    async plainDeploy(context, workloads) {
        this.sessions.set(context, 'plain');
        const running = workloads.filter((w) => w.live);
        const note = running.length === 0
            ? `first deploy: ${workloads.length ? `${labels(workloads.map((w) => w.object))} ${workloads.length === 1 ? 'does' : 'do'} not run yet` : 'the manifests hold no Deployment'}, so there is no stable version to run a ${this.name} beside; deployed as is (strategy basic)`
            : `no Deployment's pod template changes (${labels(running.map((w) => w.object))} ${running.length === 1 ? 'runs' : 'run'} these pods already), so there is no new version to run a ${this.name} of; deployed as is (strategy basic)`;
        context.run.mark(`release ${context.run.options.release}`, note);
        const rollout = await basic_basicStrategy.rollout(context);
        const state = this.initialState(context);
        state.plain = true;
        state.phase = rollout.failure ? 'aborted' : 'promoted';
        state.weight = rollout.failure ? 0 : 100;
        state.step = state.steps.length;
        state.history.push({ at: new Date().toISOString(), step: 0, weight: state.weight, text: note });
        context.record.progress = state;
        return { ...rollout, progress: { ...reportOf(context.run, context.record, state, 'deploy', []), note } };
    }
    initialState(context) {
        const digest = state_digestObjects(context.objects);
        return {
            strategy: this.name,
            method: this.method,
            phase: 'progressing',
            step: 0,
            weight: 0,
            steps: this.steps,
            checks: (0,analysis_config/* withoutSecrets */.cT)(this.settings.checks),
            images: context.record.images,
            digest: digest.digest,
            objectDigests: digest.objects,
            stableRevision: context.previous?.revision,
            workloads: [],
            derived: [],
            routing: [],
            createdEarly: [],
            deferred: [],
            restore: [],
            stableWorkloads: [],
            history: [],
            measurements: [],
        };
    }
    /** The Services in front of the copies, for the Services of the rolled-out workloads. */
    pairsOf(rolled) {
        if (!this.router.separate)
            return [];
        return rolled.flatMap((w) => w.services.map((service) => ({
            service,
            copy: copyService(service, w.object, `${service.metadata.name}-${this.serviceSuffix}`, this.track),
        })));
    }
    /** Creates what the rollout needs before its first step: new objects, the copies and their Services. */
    async start(session, context, workloads) {
        const { state } = session;
        const rolled = workloads.filter(templateChanges);
        const fresh = workloads.filter((w) => !w.live);
        if (this.router.separate)
            for (const w of rolled)
                checkSeparated(w.services, w.object, this.track);
        const pairs = this.pairsOf(rolled);
        const entries = this.router.entries(session.objects, pairs.map((p) => p.service));
        if (entries.length === 0 && this.router.missing && rolled.length > 0)
            throw new src/* UserError */.yo(`${this.methodInput} ${this.method}: ${this.router.missing(rolled.flatMap((w) => w.services))}`);
        const bases = await Promise.all(entries.map(async (entry) => stableVersion(entry, session.previous, await session.live(entry)) ?? entry));
        const model = { rolled, pairs, bases };
        const copies = await this.copies(session, model, 0);
        const derived = [...copies, ...pairs.map((p) => p.copy)];
        const routing = without(await this.router.route({ client: session.client, bases, pairs, weight: 0, track: this.track }), session.objects);
        const skip = new Set([...rolled.map((w) => (0,src_names/* identity */.D_)(w.object)), ...entries.map(src_names/* identity */.D_)]);
        const others = context.planned.filter((p) => !skip.has((0,src_names/* identity */.D_)(p.object)));
        const early = others.filter((p) => p.action === 'create').map((p) => p.object);
        const deferred = others.filter((p) => p.action === 'configure').map((p) => p.object);
        const changedEntries = entries.filter((e, i) => state_digestObjects([e]).digest !== state_digestObjects([bases[i]]).digest);
        Object.assign(state, {
            workloads: rolled.map((w) => ({
                label: w.label,
                namespace: w.object.metadata.namespace,
                name: w.object.metadata.name,
                track: `${w.object.metadata.name}-${this.track}`,
                ...(copies.some((c) => c.metadata.name === `${w.object.metadata.name}-baseline`)
                    ? { baseline: `${w.object.metadata.name}-baseline` }
                    : {}),
                services: w.services.map((s) => s.metadata.name),
                ...(w.autoscaler ? { autoscaler: w.autoscaler } : {}),
            })),
            derived: derived.map(refOf),
            routing: routing.map(refOf),
            createdEarly: early.map(refOf),
            deferred: [...deferred, ...changedEntries].map(src_names/* objectLabel */.uk),
            restore: bases,
            stableWorkloads: rolled.map((w) => w.stable),
        });
        await session.validate(derived);
        await session.save('progressing');
        session.note(this.describe(model));
        for (const w of fresh)
            session.note(`${w.label} does not run yet: created as is, with nothing to compare it with`);
        for (const w of rolled.filter((x) => x.autoscaler))
            session.note(`${w.label} is scaled by ${w.autoscaler}: the copies are sized from its ${liveReplicas(w)} live replicas and its replica count is never changed`);
        if (state.deferred.length)
            session.note(`applied at promote (they run in the stable version now): ${state.deferred.join(', ')}`);
        const config = deferred.filter((o) => o.apiVersion === 'v1' && (o.kind === 'ConfigMap' || o.kind === 'Secret'));
        if (config.length)
            session.run.log.warning(`${labels(config)} change${config.length === 1 ? 's' : ''} only at promote, so the ${this.track} reads ${config.length === 1 ? 'its' : 'their'} current content: to try a config change in the ${this.track}, give the changed config a new name (a content hash suffix, as kustomize's generators do)`);
        await session.apply(early);
        await session.applyDirect(derived, true);
        await session.waitReady([...early, ...copies], `the ${this.track} did not become ready`);
        session.note(`${labels(copies.filter((c) => (c.spec?.replicas ?? 1) > 0)) || labels(copies)} ready`);
        await session.save();
        return model;
    }
    get methodInput() {
        return this.name === 'canary' ? 'traffic-split-method' : 'route-method';
    }
    /** A new deploy replaces a rollout in progress: its leftovers the new one does not reuse are removed. */
    async retire(session, running) {
        const old = running.progress;
        const keep = new Set([...session.state.derived, ...session.state.routing, ...session.objects.map(refOf)].map((r) => (0,src_names/* identity */.D_)({ ...r, metadata: r })));
        const leftovers = [...old.routing, ...old.derived, ...old.createdEarly].filter((r) => !keep.has((0,src_names/* identity */.D_)({ ...r, metadata: r })));
        await session.remove(leftovers);
        old.phase = 'rejected';
        old.message = `replaced by revision ${session.record.revision}`;
        await session.store.setStatus(running, 'rejected', old.message);
        session.note(`revision ${running.revision}, in progress, is replaced by this one`);
    }
    /** Runs the plan from where it stands; at its end, promotes. */
    async advance(session, model) {
        const outcome = await runPlan(session, this.hooks(session, model));
        if (outcome !== 'completed')
            return outcome;
        const before = await this.beforePromote(session, model);
        if (before && before !== 'completed')
            return before;
        await this.promoteNow(session, model);
        return 'promoted';
    }
    // ---- promote and reject ----------------------------------------------------------------------
    /** The model of a rollout started in an earlier run, from its record. */
    async model(session) {
        const { state } = session;
        const names = new Set(state.workloads.map((w) => w.label));
        const workloads = (await findWorkloads(session.client, session.objects, session.previous)).filter((w) => names.has(w.label));
        const stable = new Map(state.stableWorkloads.map((o) => [(0,src_names/* identity */.D_)(o), o]));
        const rolled = workloads.map((w) => ({ ...w, stable: stable.get((0,src_names/* identity */.D_)(w.object)) ?? w.stable }));
        return { rolled, pairs: this.pairsOf(rolled), bases: state.restore };
    }
    /** A later run's promote: the rest of the plan, then the promote proper. Aborted means rejected by analysis. */
    async promote(session) {
        if (session.settings.checks.length > 0)
            session.state.checks = (0,analysis_config/* withoutSecrets */.cT)(session.settings.checks);
        const model = await this.model(session);
        const remaining = session.state.steps.slice(session.state.step).map(plan/* describeStep */.Ey);
        session.note(`promote${remaining.length ? `: the plan goes on with ${remaining.join(', ')}` : ''}`);
        const outcome = await this.advance(session, model);
        if (outcome === 'aborted')
            await this.reject(session, 'aborted', session.state.message ?? 'analysis failed');
        return outcome;
    }
    /**
     * The promote proper: the user's Deployments (and every other object of the manifests but
     * the ones traffic runs through) get the new version and are waited on; then traffic returns
     * to them (routes as written, the method's own objects removed); after scale-down-delay the
     * copies go. A Deployment an HPA scales keeps its live replica count.
     */
    async promoteNow(session, model) {
        const { state } = session;
        state.promoting = true;
        state.phase = 'progressing';
        await session.save('progressing');
        session.note("promoting: the new version goes to the user's own workloads");
        for (const w of model.rolled)
            w.live = await session.live(w.object);
        const inPlace = new Set(state.restore.map(src_names/* identity */.D_));
        const entries = session.objects.filter((o) => inPlace.has((0,src_names/* identity */.D_)(o)));
        const rest = session.objects.filter((o) => !inPlace.has((0,src_names/* identity */.D_)(o))).map((o) => this.keepReplicas(o, model));
        await session.apply(rest);
        await session.waitReady(rest, 'promote: the new version did not become ready');
        await session.apply(entries);
        await session.remove(state.routing);
        state.weight = 100;
        state.routed = false;
        session.note(`all traffic on the new version in ${labels(model.rolled.map((w) => w.object))}`);
        await session.save();
        if (this.router.separate && this.settings.scaleDownDelayMs > 0) {
            session.note(`scale-down-delay: the ${this.track} goes in ${this.settings.scaleDownDelayMs / 1000}s, once connections to it drained`);
            await session.sleep(this.settings.scaleDownDelayMs);
        }
        await session.remove(state.derived);
        state.promoting = false;
        state.phase = 'promoted';
        state.message = undefined;
        session.note('promoted');
        await session.save();
    }
    /** A Deployment an HPA scales is applied with its live replica count, so the apply does not fight the HPA. */
    keepReplicas(object, model) {
        if (!isDeployment(object))
            return object;
        const workload = model.rolled.find((w) => (0,src_names/* identity */.D_)(w.object) === (0,src_names/* identity */.D_)(object));
        if (!workload?.autoscaler || workload.live?.spec?.replicas === undefined)
            return object;
        return { ...object, spec: { ...object.spec, replicas: workload.live.spec.replicas } };
    }
    /**
     * Returns traffic to the stable version first (the objects traffic runs through re-applied as
     * they were, the method's own objects removed; and, if a promote had begun changing the
     * user's Deployments, those re-applied as they were and waited on), then, after
     * scale-down-delay, removes the copies and the objects the rollout created. Safe to repeat.
     */
    async reject(session, phase, why) {
        const { state } = session;
        session.note(`${phase === 'aborted' ? 'aborting' : 'rejecting'}: ${why}`);
        const routed = state.routed || state.promoting;
        if (routed) {
            await session.applyDirect(state.restore, true);
            await session.remove(state.routing);
        }
        if (state.promoting) {
            const model = await this.model(session);
            const stable = state.stableWorkloads.map((o) => this.keepReplicas(o, model));
            await session.apply(stable, true);
            await session.waitReady(stable, 'reject: the stable version did not become ready again');
        }
        state.weight = 0;
        state.routed = false;
        state.promoting = false;
        session.note(`all traffic on ${state.stableRevision ? `revision ${state.stableRevision}` : 'the stable version'}`);
        await session.save();
        if (routed && this.router.separate && this.settings.scaleDownDelayMs > 0)
            await session.sleep(this.settings.scaleDownDelayMs);
        const stableIds = new Set((session.previous?.objects ?? []).map(src_names/* identity */.D_));
        await session.remove(state.routing);
        await session.remove([
            ...state.derived,
            ...state.createdEarly.filter((r) => !stableIds.has((0,src_names/* identity */.D_)({ ...r, metadata: r }))),
        ]);
        state.phase = phase;
        state.message = why;
        session.note(phase === 'aborted' ? 'aborted' : 'rejected');
        await session.save(phase === 'rejected' ? 'rejected' : undefined);
    }
    /** The report of a run: the state, and what runs where now (left out when the cluster cannot be read). */
    async report(session, action) {
        const rows = await placement(session).catch((error) => {
            session.run.log.warning(`Could not read what runs where: ${error.message}`);
            return [];
        });
        return reportOf(session.run, session.record, session.state, action, rows);
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/traffic/types.ts
/** Whether an object reference names one of the Services (same namespace unless the reference says another). */
function pairFor(pairs, name, namespace, kind = 'Service', group = '') {
    if (kind !== 'Service' || group !== '')
        return undefined;
    return pairs.find((p) => p.service.metadata.name === name && p.service.metadata.namespace === namespace);
}

;// CONCATENATED MODULE: ./packages/kube/src/traffic/gateway-api.ts



const GATEWAY_GROUP = 'gateway.networking.k8s.io';
const isHttpRoute = (o) => (0,src/* apiGroup */.oI)(o.apiVersion) === GATEWAY_GROUP && o.kind === 'HTTPRoute';
function refPair(pairs, ref, routeNamespace) {
    return pairFor(pairs, ref.name, ref.namespace ?? routeNamespace, ref.kind ?? 'Service', ref.group ?? '');
}
/**
 * The HTTPRoute with the copies' backends added at `weight`%. Only `backendRefs` of the rules
 * that send traffic to a Service of the workloads change: such a backend of weight W (1 when
 * unset) becomes itself at W×(100−weight) plus the copy's Service at W×weight, with the same
 * port and backend filters; the rule's other backends are scaled by 100 so their share stays
 * the same. Matches, filters, timeouts, hostnames, parentRefs and every other rule stay
 * exactly as written.
 */
function weightedRoute(route, pairs, weight) {
    const copy = structuredClone(route);
    const namespace = route.metadata.namespace;
    for (const rule of copy.spec?.rules ?? []) {
        const refs = rule.backendRefs ?? [];
        if (!refs.some((ref) => refPair(pairs, ref, namespace)))
            continue;
        rule.backendRefs = refs.flatMap((ref) => {
            const pair = refPair(pairs, ref, namespace);
            const w = ref.weight ?? 1;
            if (!pair)
                return [{ ...ref, weight: w * 100 }];
            return [
                { ...ref, weight: w * (100 - weight) },
                { ...structuredClone(ref), name: pair.copy.metadata.name, weight: w * weight },
            ];
        });
    }
    return copy;
}
/** Gateway API: the HTTPRoutes of the manifests get the copies' backends, by weight. */
const gatewayApiRouter = {
    name: 'gateway-api',
    separate: true,
    entries(objects, services) {
        const pairs = services.map((service) => ({ service, copy: service }));
        return objects.filter((o) => isHttpRoute(o) &&
            (o.spec?.rules ?? []).some((rule) => (rule.backendRefs ?? []).some((ref) => refPair(pairs, ref, o.metadata.namespace))));
    },
    async route({ bases, pairs, weight }) {
        return bases.map((route) => weightedRoute(route, pairs, weight));
    },
    missing(services) {
        return `no HTTPRoute in the manifests sends traffic to ${services.map(src_names/* objectLabel */.uk).join(', ') || 'the Services of the Deployments'}: add the HTTPRoute to the manifests, or choose another method`;
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/traffic/ingress-nginx.ts




const CANARY_ANNOTATION = 'nginx.ingress.kubernetes.io/canary';
const CANARY_WEIGHT_ANNOTATION = 'nginx.ingress.kubernetes.io/canary-weight';
const isIngress = (o) => (0,src/* apiGroup */.oI)(o.apiVersion) === 'networking.k8s.io' && o.kind === 'Ingress';
const backendPair = (pairs, backend, namespace) => backend?.service ? pairFor(pairs, backend.service.name, namespace) : undefined;
/** Ingresses of the manifests with a backend among the Services. */
function ingressesFor(objects, services) {
    const pairs = services.map((service) => ({ service, copy: service }));
    return objects.filter((o) => {
        if (!isIngress(o))
            return false;
        const ns = o.metadata.namespace;
        if (backendPair(pairs, o.spec?.defaultBackend, ns))
            return true;
        return (o.spec?.rules ?? []).some((rule) => (rule.http?.paths ?? []).some((path) => backendPair(pairs, path.backend, ns)));
    });
}
/** A backend pointed at the copy's Service when it is one of the Services; undefined when it is not. */
function toCopy(backend, pairs, namespace) {
    const pair = backendPair(pairs, backend, namespace);
    return pair ? { ...backend, service: { ...backend.service, name: pair.copy.metadata.name } } : undefined;
}
/**
 * `<ingress>-canary` beside the user's Ingress, as ingress-nginx wants it: the same hosts and
 * paths, but only the paths that lead to the Services, pointed at the copies' Services, with
 * `canary: "true"` and `canary-weight`. The user's Ingress is not touched, and Ingresses that
 * do not lead to the Services are never read or written.
 */
function canaryIngress(ingress, pairs, weight) {
    const namespace = ingress.metadata.namespace;
    const spec = structuredClone(ingress.spec ?? {});
    const defaultBackend = toCopy(spec.defaultBackend, pairs, namespace);
    if (defaultBackend)
        spec.defaultBackend = defaultBackend;
    else
        delete spec.defaultBackend;
    spec.rules = (spec.rules ?? [])
        .map((rule) => ({
        ...rule,
        ...(rule.http
            ? {
                http: {
                    ...rule.http,
                    paths: (rule.http.paths ?? []).flatMap((path) => {
                        const backend = toCopy(path.backend, pairs, namespace);
                        return backend ? [{ ...path, backend }] : [];
                    }),
                },
            }
            : {}),
    }))
        .filter((rule) => (rule.http?.paths ?? []).length > 0);
    if (spec.rules.length === 0)
        delete spec.rules;
    const metadata = copyMetadata(ingress, `${ingress.metadata.name}-canary`, 'canary');
    metadata.annotations = {
        ...(metadata.annotations ?? {}),
        [CANARY_ANNOTATION]: 'true',
        [CANARY_WEIGHT_ANNOTATION]: String(weight),
    };
    return { apiVersion: ingress.apiVersion, kind: ingress.kind, metadata, spec };
}
/** ingress-nginx: a canary Ingress per Ingress of the Services, weighted by annotation. */
const ingressNginxRouter = {
    name: 'ingress-nginx',
    separate: true,
    entries: ingressesFor,
    async route({ bases, pairs, weight }) {
        return bases.map((ingress) => canaryIngress(ingress, pairs, weight));
    },
    missing(services) {
        return `no Ingress in the manifests leads to ${services.map(src_names/* objectLabel */.uk).join(', ') || 'the Services of the Deployments'}: add the Ingress to the manifests, or choose another method`;
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/traffic/ingress.ts



function switched(backend, pairs, namespace) {
    const pair = backend?.service ? pairFor(pairs, backend.service.name, namespace) : undefined;
    return pair ? { ...backend, service: { ...backend.service, name: pair.copy.metadata.name } } : backend;
}
/**
 * Blue-green by Ingress: at the switch, the backends of the user's Ingresses that lead to the
 * Services lead to the preview Services instead; other backends, and Ingresses that do not
 * lead to the Services, are left alone. Restoring re-applies the Ingress as written.
 */
const ingressRouter = {
    name: 'ingress',
    separate: true,
    entries: ingressesFor,
    async route({ bases, pairs, weight }) {
        return bases.map((base) => {
            const copy = structuredClone(base);
            if (weight === 0)
                return copy;
            const ns = base.metadata.namespace;
            if (copy.spec?.defaultBackend)
                copy.spec.defaultBackend = switched(copy.spec.defaultBackend, pairs, ns);
            for (const rule of copy.spec?.rules ?? [])
                for (const path of rule.http?.paths ?? [])
                    path.backend = switched(path.backend, pairs, ns);
            return copy;
        });
    },
    missing(services) {
        return `no Ingress in the manifests leads to ${services.map(src_names/* objectLabel */.uk).join(', ') || 'the Services of the Deployments'}: add the Ingress to the manifests, or choose another route-method`;
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/traffic/pod.ts
/**
 * Canary by pod: `<name>-canary` (new version) and `<name>-baseline` (stable version, so the
 * two compare like for like) run beside the stable Deployment and are selected by the user's
 * Services, so the replica counts are the split. Each gets round(stable × weight / 100)
 * replicas (at least 1 while the weight is above 0), from the stable Deployment's live count,
 * which an HPA may have set.
 */
function podSplit(stableReplicas, weight) {
    const copies = weight <= 0 ? 0 : Math.max(1, Math.round((stableReplicas * weight) / 100));
    const total = stableReplicas + 2 * copies;
    return { copies, share: total === 0 ? 0 : Math.round((copies / total) * 100) };
}
/** Canary by pod writes no routing objects: the weight is the replica ratio. */
const podRouter = {
    name: 'pod',
    separate: false,
    entries: () => [],
    async route() {
        return [];
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/traffic/service.ts
/**
 * Blue-green by Service: at the switch the user's Service selects the green pods (its
 * selector becomes the preview Service's); restoring it re-applies the Service as written.
 */
const serviceRouter = {
    name: 'service',
    separate: true,
    entries: (_objects, services) => services,
    async route({ bases, pairs, weight }) {
        if (weight === 0)
            return bases.map((b) => structuredClone(b));
        return bases.map((base) => {
            const pair = pairs.find((p) => p.service.metadata.name === base.metadata.name && p.service.metadata.namespace === base.metadata.namespace);
            const copy = structuredClone(base);
            if (pair)
                copy.spec = { ...copy.spec, selector: { ...pair.copy.spec.selector } };
            return copy;
        });
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/traffic/smi.ts


const SMI_GROUP = 'split.smi-spec.io';
/** Newest first: the first the cluster serves is used. */
const VERSIONS = ['v1alpha4', 'v1alpha3', 'v1alpha2', 'v1alpha1'];
/** The TrafficSplit apiVersion the cluster serves (newest first), from API discovery. */
async function trafficSplitVersion(client) {
    for (const version of VERSIONS) {
        const apiVersion = `${SMI_GROUP}/${version}`;
        if (await client.resourceFor(apiVersion, 'TrafficSplit'))
            return apiVersion;
    }
    throw new src/* UserError */.yo(`The cluster serves no TrafficSplit (${SMI_GROUP} ${VERSIONS.join(', ')}): install your service mesh's SMI extension, or choose the gateway-api method`);
}
/**
 * A TrafficSplit `<service>-rollout` whose root is the user's Service, splitting its traffic
 * between it (the stable pods: the copies are not selected by it) and the copy's Service.
 * v1alpha1 wants weights as quantities; later versions as integers.
 */
function trafficSplit(apiVersion, service, copy, weight, track) {
    const asWeight = (w) => (apiVersion.endsWith('/v1alpha1') ? `${w}` : w);
    return {
        apiVersion,
        kind: 'TrafficSplit',
        metadata: copyMetadata({ ...service, metadata: { ...service.metadata, annotations: undefined } }, `${service.metadata.name}-rollout`, track),
        spec: {
            service: service.metadata.name,
            backends: [
                { service: service.metadata.name, weight: asWeight(100 - weight) },
                { service: copy.metadata.name, weight: asWeight(weight) },
            ],
        },
    };
}
/** SMI: a TrafficSplit per Service, in the version the cluster serves. */
const smiRouter = {
    name: 'smi',
    separate: true,
    entries: () => [],
    async route({ client, pairs, weight, track }) {
        const apiVersion = await trafficSplitVersion(client);
        return pairs.map((pair) => trafficSplit(apiVersion, pair.service, pair.copy, weight, track));
    },
};

;// CONCATENATED MODULE: ./packages/kube/src/traffic/index.ts












const CANARY = {
    pod: podRouter,
    'gateway-api': gatewayApiRouter,
    'ingress-nginx': ingressNginxRouter,
    smi: smiRouter,
};
const BLUE_GREEN = {
    service: serviceRouter,
    ingress: ingressRouter,
    'gateway-api': gatewayApiRouter,
    smi: smiRouter,
};
/** The router of a canary's traffic-split-method. */
const canaryRouter = (method) => CANARY[method];
/** The router of a blue-green's route-method. */
const blueGreenRouter = (method) => BLUE_GREEN[method];

;// CONCATENATED MODULE: ./packages/kube/src/strategies/canary.ts





/** What checks are filled in with: the new version, its namespace and the names of the Deployments running it. */
function copiesTarget(session, model, suffix) {
    return {
        version: session.record.version,
        namespace: model.rolled[0]?.object.metadata.namespace ?? session.options.namespace,
        name: model.rolled.map((w) => `${w.object.metadata.name}-${suffix}`).join('|'),
    };
}
/**
 * Canary: `<name>-canary` runs the new version beside each Deployment, and the plan's weight
 * steps move traffic to it — by replica ratio beside a `<name>-baseline` (pod), or by the
 * weights of HTTPRoutes (gateway-api), a canary Ingress (ingress-nginx) or a TrafficSplit
 * (smi), through `<service>-canary` Services.
 */
class CanaryRollout extends ProgressiveRollout {
    name = 'canary';
    track = 'canary';
    serviceSuffix = 'canary';
    constructor(method, steps, settings) {
        super(method, canaryRouter(method), steps, settings);
    }
    get byPod() {
        return this.method === 'pod';
    }
    /** Replicas of a canary beside `stable` replicas at `weight`%. */
    canaryReplicas(stable, weight) {
        if (this.byPod)
            return podSplit(stable, weight).copies;
        return this.settings.baselineAndCanaryReplicas ?? Math.max(1, Math.ceil((stable * weight) / 100));
    }
    async copies(_session, model, weight) {
        return model.rolled.flatMap((w) => {
            const replicas = this.canaryReplicas(liveReplicas(w), weight);
            const canary = copyDeployment(w.object, 'canary', this.byPod ? 'shared' : 'separate', replicas);
            return this.byPod ? [canary, copyDeployment(w.stable, 'baseline', 'shared', replicas)] : [canary];
        });
    }
    hooks(session, model) {
        return {
            target: () => copiesTarget(session, model, 'canary'),
            setWeight: async (weight) => {
                // The stable side's live size (an HPA may have changed it since the last step).
                for (const w of model.rolled)
                    w.live = await session.live(w.object);
                const copies = await this.copies(session, model, weight);
                await session.applyDirect(copies, true);
                await session.waitReady(copies, `the canary did not become ready at ${weight}%`);
                if (this.byPod) {
                    const stable = model.rolled.reduce((sum, w) => sum + liveReplicas(w), 0);
                    const canaries = model.rolled.reduce((sum, w) => sum + this.canaryReplicas(liveReplicas(w), weight), 0);
                    return stable + 2 * canaries === 0 ? 0 : Math.round((canaries / (stable + 2 * canaries)) * 100);
                }
                const routed = await this.router.route({
                    client: session.client,
                    bases: model.bases,
                    pairs: model.pairs,
                    weight,
                    track: 'canary',
                });
                const own = without(routed, session.objects);
                session.state.routed = true;
                await session.save();
                await session.applyDirect(without(routed, own));
                await session.applyDirect(own, true);
                return weight;
            },
        };
    }
    describe(model) {
        const copies = model.rolled.map((w) => `${w.object.metadata.name}-canary`).join(', ');
        return `canary (${this.method}): ${copies} ${model.rolled.length === 1 ? 'runs' : 'run'} the new version beside ${labels(model.rolled.map((w) => w.object))}${this.byPod ? ', with a baseline of the stable version at the same size' : `, behind ${model.pairs.map((p) => p.copy.metadata.name).join(', ')}`}`;
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/strategies/blue-green.ts







/**
 * Blue-green: `<name>-green` runs the new version at the stable Deployment's full size,
 * behind `<service>-preview` Services for testing, and takes no traffic. Promote runs the
 * checks, waits version-switch-buffer, switches traffic to green by the route method, brings
 * the user's own Deployments to the new version (no traffic reaches them meanwhile) and
 * switches back, so the result runs under the user's names; green goes after
 * scale-down-delay. Reject removes green and leaves traffic alone.
 */
class BlueGreenRollout extends ProgressiveRollout {
    name = 'blue-green';
    track = 'green';
    serviceSuffix = 'preview';
    constructor(method, steps, settings) {
        super(method, blueGreenRouter(method), steps, settings);
    }
    async copies(_session, model) {
        return model.rolled.map((w) => copyDeployment(w.object, 'green', 'separate', liveReplicas(w)));
    }
    hooks(session, model) {
        return {
            target: () => copiesTarget(session, model, 'green'),
            setWeight: async () => {
                throw new Error('blue-green has no weight steps');
            },
        };
    }
    /** The checks no analysis step of the plan ran, then version-switch-buffer, then the switch to green. */
    async beforePromote(session, model) {
        const { state } = session;
        const ran = new Set(state.steps.flatMap((s) => ('analysis' in s ? s.analysis : [])));
        const checks = session.checks.filter((c) => !ran.has(c.name));
        if (checks.length > 0) {
            session.note(`analysis before the switch: ${checks.map((c) => c.name).join(', ')}`);
            const result = await analyse(session, checks, copiesTarget(session, model, 'green'), 0, { count: true });
            if (result.verdict !== 'successful') {
                state.message = result.problems.join('; ');
                if (result.verdict === 'failed') {
                    session.note(`analysis failed: ${state.message}`);
                    await session.save();
                    return 'aborted';
                }
                state.phase = 'paused';
                session.note(`analysis inconclusive, so traffic stays where it is: ${state.message}`);
                await session.save('progressing');
                return 'inconclusive';
            }
            session.note(`analysis passed (${result.measurements.length} measurements)`);
        }
        if (this.settings.versionSwitchBufferMs > 0) {
            session.note(`version-switch-buffer: switching in ${this.settings.versionSwitchBufferMs / 1000}s`);
            await session.sleep(this.settings.versionSwitchBufferMs);
        }
        const routed = await this.router.route({
            client: session.client,
            bases: model.bases,
            pairs: model.pairs,
            weight: 100,
            track: 'green',
        });
        const own = without(routed, session.objects);
        state.routed = true;
        await session.save();
        await session.applyDirect(without(routed, own));
        await session.applyDirect(own, true);
        state.weight = 100;
        session.note(`traffic switched to ${labels(model.rolled.map((w) => ({ ...w.object, metadata: { ...w.object.metadata, name: `${w.object.metadata.name}-green` } })))} (${this.method})`);
        await session.save();
        return undefined;
    }
    describe(model) {
        return `blue-green (${this.method}): ${model.rolled.map((w) => `${w.object.metadata.name}-green`).join(', ')} ${model.rolled.length === 1 ? 'runs' : 'run'} the new version at full size beside ${labels(model.rolled.map((w) => w.object))}, behind ${model.pairs.map((p) => p.copy.metadata.name).join(', ') || 'no Service'} for testing; no traffic reaches it until promote`;
    }
}

;// CONCATENATED MODULE: ./packages/kube/src/analysis/index.ts







;// CONCATENATED MODULE: ./packages/kube/src/progressive/strategies.ts


/** The canary or blue-green rollout of a strategy name and its traffic method. */
function strategies_progressiveStrategy(name, method, steps, settings) {
    return name === 'canary'
        ? new CanaryRollout(method, steps, settings)
        : new BlueGreenRollout(method, steps, settings);
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/actions.ts














/**
 * One run of k8s-deploy: a deploy with the chosen strategy, a promote or reject of the
 * canary or blue-green rollout in progress, or a rollback to an earlier revision.
 */
async function release(options, run) {
    if (run.action === 'rollback')
        return rollbackRelease(options, run.revision);
    if (run.action !== 'deploy')
        return promoteOrReject(options, { ...run, action: run.action });
    // A rollout in progress is finished before another kind of deploy starts (a canary replaces a canary).
    const running = options.dryRun
        ? undefined
        : progressingRecord(await new ReleaseStore(options.client, options.namespace, options.release).list());
    if (running && running.progress.strategy !== run.strategy)
        throw new UserError(`Release "${options.release}" has a ${running.progress.strategy} rollout in progress (revision ${running.revision}, ${running.progress.phase}): finish it with action: promote or reject (strategy: ${running.progress.strategy}) before a ${run.strategy} deploy`);
    if (run.strategy === 'basic')
        return deploy(options, basicStrategy);
    const method = run.strategy === 'canary' ? run.trafficSplitMethod : run.routeMethod;
    return deploy(options, progressiveStrategy(run.strategy, method, run.steps, run.settings));
}
/** Checks a promote's manifests or images against the rollout's; returns the objects to promote. */
async function objectsToPromote(deployRun, current, state, run) {
    const { options } = deployRun;
    const recorded = current.objects;
    if (options.objects.length > 0) {
        const given = await prepareObjects(deployRun);
        // A rollout started with config-mode: immutable is promoted as it started: its manifests' configs versioned.
        versionConfigs(deployRun, given, options.configMode === 'immutable' || hasConfigVersions(recorded));
        const digest = digestObjects(given);
        if (digest.digest === state.digest)
            return recorded;
        const givenImages = runningImages(given).map((i) => i.image);
        const sameImages = JSON.stringify([...new Set(givenImages)].sort()) === JSON.stringify([...new Set(state.images)].sort());
        const what = sameImages
            ? `the manifests differ from the ones revision ${current.revision} rolled out (${objectDifference(state.objectDigests, digest.objects)})`
            : `the images differ from the ones revision ${current.revision} rolled out (it runs ${[...new Set(state.images)].join(', ')}; this run has ${[...new Set(givenImages)].join(', ')})`;
        if (!run.force)
            throw new UserError(`Promote refused: ${what}. Promote the same manifests and images, or set force: true to promote these instead`);
        deployRun.log.warning(`force: true: ${what}; promoting these`);
        return given;
    }
    if (options.images.length > 0) {
        const copies = recorded.map((o) => structuredClone(o));
        const replaced = replaceImages(copies, options.images);
        if (replaced.replacements.every((r) => r.from === r.to))
            return recorded;
        const what = `the images differ from the ones revision ${current.revision} rolled out (${replaced.replacements
            .filter((r) => r.from !== r.to)
            .map((r) => `${r.object} ${r.container}: ${r.from}, this run ${r.to}`)
            .slice(0, 3)
            .join('; ')})`;
        if (!run.force)
            throw new UserError(`Promote refused: ${what}. Promote the same images, or set force: true to promote these instead`);
        deployRun.log.warning(`force: true: ${what}; promoting these`);
        return copies;
    }
    return recorded;
}
/** The rollout in progress, or an answer for a run with nothing to do. */
function findRollout(records, run, release) {
    const current = progressingRecord(records);
    if (current) {
        const strategy = current.progress.strategy;
        if (run.strategy !== 'basic' && run.strategy !== strategy)
            throw new UserError(`Input "strategy" is ${run.strategy}, but revision ${current.revision} of release "${release}" is a ${strategy} rollout: set strategy: ${strategy} (or leave it out) to ${run.action} it`);
        return current;
    }
    const newest = records[records.length - 1];
    const phase = newest?.progress?.phase;
    // A repeated promote or reject finds its own work done: that is success, not an error.
    if (newest &&
        run.action === 'promote' &&
        phase === 'promoted' &&
        newest.status === 'deployed' &&
        !newest.progress.plain)
        return { done: newest };
    if (newest && run.action === 'reject' && (phase === 'rejected' || phase === 'aborted'))
        return { done: newest };
    throw new UserError(`Nothing to ${run.action}: release "${release}" has no canary or blue-green rollout in progress (${newest ? `its newest revision, ${newest.revision}, is ${newest.status}${phase ? ` (${newest.progress.strategy} ${phase})` : ''}` : 'it has no revision yet'}). Deploy with strategy: canary or blue-green first`);
}
/** `action: promote` or `reject`: finishes or removes the rollout in progress. Safe to repeat. */
async function promoteOrReject(options, run) {
    const deployRun = new DeployRun(options);
    const { result, log } = deployRun;
    const store = new ReleaseStore(options.client, options.namespace, options.release);
    const lock = new ReleaseLock(options.client, options.namespace, options.release, options.holder, {
        leaseDurationSeconds: options.leaseDurationSeconds,
        onWait: (holder) => log.info(`Waiting for the lock of release "${options.release}": held by ${holder}`),
    });
    await lock.acquire(options.lockTimeoutMs);
    try {
        const records = await store.list((m) => log.warning(m));
        const found = findRollout(records, run, options.release);
        if ('done' in found)
            return alreadyDone(deployRun, found.done, run, lastDeployed(records));
        const current = found;
        const state = current.progress;
        const previous = lastDeployed(records);
        result.revision = current.revision;
        result.previousRevision = previous?.revision;
        const strategy = progressiveStrategy(state.strategy, state.method, state.steps, run.settings);
        if (run.steps.length > 0)
            log.warning(`Input "steps" is left aside by a ${run.action}: revision ${current.revision} goes on with the plan it started with (${state.steps.map(describeStep).join(', ')})`);
        if (run.action === 'promote') {
            const objects = await objectsToPromote(deployRun, current, state, run);
            if (objects !== current.objects) {
                const digest = digestObjects(objects);
                Object.assign(current, { objects, images: runningImages(objects).map((i) => i.image) });
                Object.assign(state, { digest: digest.digest, objectDigests: digest.objects, images: current.images });
            }
        }
        const session = new Session(deployRun, store, current, state, run.settings, previous);
        deployRun.mark(`release ${options.release}`, `${run.action} revision ${current.revision} (${state.strategy} ${state.method}, ${state.phase} at step ${state.step} of ${state.steps.length}, ${state.weight}%)`);
        const outcome = await attempt(() => run.action === 'promote'
            ? strategy.promote(session)
            : strategy.reject(session, 'rejected', 'rejected by a run with action: reject').then(() => 'rejected'));
        for (const a of distinctApplied(session.applied)) {
            result.changed[a.result] += 1;
            result.objects.push({ object: a.label, kind: a.object.kind, result: a.result });
        }
        result.images = current.images;
        if (!outcome.ok) {
            state.message = `${run.action} failed: ${outcome.failure}`;
            await session.save().catch((error) => log.warning(`Could not save the release record: ${errorMessage(error)}`));
            result.status = 'failed';
            result.failure = `${outcome.failure}. Nothing was rolled back: run action: ${run.action} again, or ${run.action === 'promote' ? 'reject' : 'promote'}`;
        }
        else if (outcome.value === 'promoted') {
            await store.setStatus(current, 'deployed');
            for (const old of records.filter((r) => r.status === 'deployed' && r !== current))
                await store.setStatus(old, 'superseded');
            if (options.prune)
                await prune(deployRun, current, current.objects);
            result.status = 'deployed';
        }
        else if (outcome.value === 'rejected') {
            result.status = 'rejected';
            result.images = previous?.images ?? [];
        }
        else if (outcome.value === 'aborted') {
            await store.setStatus(current, 'failed', state.message);
            result.status = 'rolled-back';
            result.rolledBack = true;
            result.failure = state.message;
            result.images = previous?.images ?? [];
        }
        else {
            result.status = 'progressing';
        }
        await trimHistory(store, await store.list(), options.historyLimit, log);
        // config-mode: immutable — the versions the stable revision read go once no revision left uses them.
        if (outcome.ok && outcome.value === 'promoted' && hasConfigVersions(current.objects))
            await collectConfigVersions(deployRun, store, current.objects);
        result.progress = await strategy.report(session, run.action);
        return result;
    }
    finally {
        await lock.release().catch((error) => log.warning(`Could not release the lock: ${errorMessage(error)}`));
    }
}
/** A promote or reject whose work an earlier run did: says so and succeeds. */
function alreadyDone(deployRun, record, run, deployed) {
    const { result } = deployRun;
    const state = record.progress;
    const note = `revision ${record.revision} was already ${state.phase === 'promoted' ? 'promoted' : state.phase === 'aborted' ? 'aborted (rejected by analysis)' : 'rejected'}: nothing to do`;
    deployRun.mark(`release ${deployRun.options.release}`, note);
    result.revision = record.revision;
    result.status = run.action === 'promote' ? 'deployed' : 'rejected';
    result.images = deployed?.images ?? [];
    result.previousRevision = deployed?.revision;
    result.progress = {
        release: deployRun.options.release,
        namespace: deployRun.options.namespace,
        revision: record.revision,
        version: record.version,
        action: run.action,
        state,
        placement: [],
        note,
    };
    return result;
}

;// CONCATENATED MODULE: ./packages/kube/src/progressive/index.ts










;// CONCATENATED MODULE: ./packages/kube/src/interrupted.ts










/**
 * The post step's half of a cancellation: when the main step was killed before it finished
 * (SIGKILL after the runner's grace period), this undoes the revision it left unfinished (the
 * previous revision re-applied and waited for, or what a first deploy created deleted; a
 * canary or blue-green rollout rejected), marks its record cancelled and releases its lock.
 * It takes over only the main step's own lease.
 */
async function finishInterruptedRun(client, interrupted, log) {
    const { release, namespace, holder } = interrupted;
    const lease = await client.get('coordination.k8s.io/v1', 'Lease', leaseName(release), namespace);
    const leaseHolder = lease?.spec?.holderIdentity ?? '';
    if (interrupted.revision === undefined) {
        // Stopped before it wrote a record: at most its lease is left.
        if (!lease || leaseHolder !== holder)
            return { status: 'nothing', message: 'nothing was left to finish' };
        await client.delete('coordination.k8s.io/v1', 'Lease', leaseName(release), namespace);
        return { status: 'released', message: 'released the lock it held (it had changed nothing)' };
    }
    const free = leaseAvailable(lease
        ? {
            holder: leaseHolder,
            renewTime: lease.spec?.renewTime,
            acquireTime: lease.spec?.acquireTime,
            leaseDurationSeconds: lease.spec?.leaseDurationSeconds ?? 30,
        }
        : undefined, holder, Date.now());
    if (!free)
        return {
            status: 'skipped',
            message: `another run holds the lock of release "${release}" (${leaseHolder}): it marks the revision left pending as interrupted`,
        };
    const lock = new lock_ReleaseLock(client, namespace, release, holder);
    await lock.acquire(10_000);
    try {
        const store = new release_ReleaseStore(client, namespace, release);
        const records = await store.list((m) => log.warning(m));
        const record = records.find((r) => r.revision === interrupted.revision && leftUnfinished(r));
        if (!record)
            return { status: 'released', message: `revision ${interrupted.revision} was not left unfinished` };
        const run = recoveryRun(client, interrupted, record, log);
        const previous = release_lastDeployed(records.filter((r) => r.revision < record.revision));
        const message = record.progress && !record.progress.plain
            ? await rejectRollout(run, store, record, previous)
            : await undoPending(run, record, previous);
        await store.setStatus(record, 'cancelled', message);
        return { status: 'cancelled', message, revision: record.revision };
    }
    finally {
        await lock.release().catch((error) => log.warning(`Could not release the lock: ${(0,src/* errorMessage */.gJ)(error)}`));
    }
}
/**
 * A revision the main step stopped in the middle of: pending (applying, waiting), or a canary
 * or blue-green rollout between two steps of its plan. A rollout at a pause, waiting for a
 * promote or reject, is where a deploy ends: it is left for the promote or reject.
 */
function leftUnfinished(record) {
    return record.status === 'pending' || (record.status === 'progressing' && record.progress?.phase === 'progressing');
}
/** A deploy run of the post step's own, for the recovery of the main step's revision. */
function recoveryRun(client, interrupted, record, log) {
    const options = {
        client,
        release: interrupted.release,
        namespace: interrupted.namespace,
        objects: [],
        images: [],
        restart: [],
        checksums: {},
        fieldManager: interrupted.fieldManager,
        forceConflicts: false,
        timeoutMs: interrupted.timeoutMs,
        crashloopRestarts: 2,
        waitForPvc: false,
        waitForLoadBalancer: false,
        historyLimit: 0,
        rollbackOnFailure: true,
        cleanupOnFail: false,
        prune: false,
        dryRun: false,
        lockTimeoutMs: 0,
        concurrency: interrupted.concurrency,
        run: record,
        holder: interrupted.holder,
        log,
    };
    const run = new deploy_run_DeployRun(options);
    run.phase = 'recovery';
    return run;
}
/** Undoes a pending revision: the previous one re-applied and waited for, or a first deploy's creations deleted. */
async function undoPending(run, record, previous) {
    const created = await createdBy(run.client, record, previous, run.options.release);
    if (previous) {
        const back = await restoreRevision(run, previous, created);
        return `cancelled; the post step ${back.message}`;
    }
    const deleted = await prune_deleteObjects(run.client, [...created].reverse());
    return `cancelled; first deploy: the post step deleted the ${deleted.length} objects it had created${deleted.length ? ` (${deleted.slice(0, 5).join(', ')}${deleted.length > 5 ? ', …' : ''})` : ''}`;
}
/**
 * A canary or blue-green rollout the main step was killed in the middle of: rejected as
 * `action: reject` would, from the state its record holds (traffic back on the stable
 * version, the user's objects as they were, the copies and routes it made removed), without
 * the drain delay: the post step does not wait for connections to the copies to end.
 */
async function rejectRollout(run, store, record, previous) {
    const state = record.progress;
    const settings = { checks: [], scaleDownDelayMs: 0, versionSwitchBufferMs: 0 };
    const session = new session_Session(run, store, record, state, settings, previous);
    const strategy = strategies_progressiveStrategy(state.strategy, state.method, state.steps, settings);
    await strategy.reject(session, 'aborted', 'cancelled: the main step stopped before it finished');
    return `cancelled; the post step rejected the ${state.strategy} rollout: traffic is back on ${previous ? `revision ${previous.revision}` : 'the stable version'} and what it made beside it is removed`;
}
/**
 * The objects of a pending revision that it created: not in the previous revision, carrying the
 * release's label, and created no earlier than the revision started (to the second, as the API
 * server stamps creationTimestamp).
 */
async function createdBy(client, record, previous, release) {
    const before = new Set((previous?.objects ?? []).map(src_names/* identity */.D_));
    const started = Math.floor(Date.parse(record.time) / 1000) * 1000;
    const created = [];
    for (const object of record.objects) {
        if (before.has((0,src_names/* identity */.D_)(object)))
            continue;
        const live = await client.getLive(object);
        if (!live || live.metadata.labels?.[labels_RELEASE_LABEL] !== release)
            continue;
        if (Date.parse(live.metadata.creationTimestamp ?? '') >= started)
            created.push(live);
    }
    return created;
}

;// CONCATENATED MODULE: ./packages/kube/src/report.ts



/** The host (and port) of a server URL: never its user or password. */
function serverHost(server) {
    try {
        return new URL(server).host;
    }
    catch {
        return '';
    }
}
/** The job summary of a deploy: objects and results first, then images, timeline, diagnosis, diffs. */
function deploySummary(result, heading) {
    const { release } = heading;
    const summary = new SummaryBuilder(heading.redact);
    const verdict = {
        deployed: `✅ Release \`${release}\` revision ${result.revision} deployed`,
        'dry-run': `🔍 Dry run of release \`${release}\`: nothing was changed`,
        'rolled-back': `❌ Release \`${release}\` revision ${result.revision} failed and was rolled back to revision ${result.previousRevision}`,
        failed: `❌ Release \`${release}\`${result.revision ? ` revision ${result.revision}` : ''} failed`,
        progressing: `⏸ Release \`${release}\` revision ${result.revision}: ${result.progress?.state.strategy} ${result.progress?.state.phase}, the new version at ${result.progress?.state.weight}% of the traffic`,
        rejected: `↩️ Release \`${release}\` revision ${result.revision} rejected: ${result.previousRevision ? `revision ${result.previousRevision}` : 'the stable version'} keeps all the traffic`,
        cancelled: `⏹️ Release \`${release}\`${result.revision ? ` revision ${result.revision}` : ''} was cancelled`,
    };
    const names = [
        `version ${code(heading.version)}`,
        heading.environment ? `environment ${code(heading.environment)}` : '',
        serverHost(heading.server) ? `cluster ${code(serverHost(heading.server))}` : '',
        `namespace ${code(heading.namespace)}`,
    ].filter((n) => n !== '');
    summary.heading(`${verdict[result.status] ?? result.status} · ${names.join(' · ')}`, 2);
    if (result.objects.length > 0 || !result.progress)
        summary.table(['object', 'result', 'ready'], result.objects.map((o) => [code(o.object), o.result, o.ready ?? '']));
    const { created, configured, unchanged, pruned } = result.changed;
    summary.text(`${created} created, ${configured} configured, ${unchanged} unchanged, ${pruned} pruned.`);
    const links = linkLine(heading.links);
    if (links)
        summary.text(links);
    if (result.failure)
        summary.text(`**Failure:** ${escapeHtml(result.failure)}`);
    if (result.rollback)
        summary.text(`**Rollback:** ${escapeHtml(result.rollback)}`);
    imageChangesSummary(summary, result);
    if (result.progress)
        progressSummary(summary, result.progress);
    if (result.diagnosis)
        summary
            .heading('Diagnosis', 3)
            .details(`${result.diagnosis.object}: ${result.diagnosis.reason}`, diagnosisText(result.diagnosis));
    if (result.timeline.length > 0) {
        summary.heading('Timeline', 3).table(['at', 'object', 'event'], result.timeline.map((t) => [`${(t.atMs / 1000).toFixed(1)}s`, code(t.object), t.message]), 200);
    }
    const changedDiffs = result.diffs.filter((d) => d.diff !== '');
    if (changedDiffs.length > 0) {
        summary.heading('Diff', 3);
        for (const d of changedDiffs)
            summary.details(`${d.label} (${d.action})`, d.diff, 'diff');
    }
    return summary;
}
/**
 * Each workload container's image before → after since the previous deployed revision, digests
 * cut to 12 hex characters; the whole references folded below.
 */
function imageChangesSummary(summary, result) {
    const changes = result.imageChanges;
    if (changes.length === 0)
        return;
    const since = result.previousRevision ? `since revision ${result.previousRevision}` : 'first deploy';
    const changed = changes.filter((c) => c.before !== c.after).length;
    summary
        .heading(`Images (${since}: ${changed} of ${changes.length} changed)`, 3)
        .table(['workload', 'container', 'before', 'after'], changes.map(imageRow))
        .details('Whole image references', changes.map((c) => `${c.object} ${c.container}: ${c.before ?? '(none)'} -> ${c.after ?? '(none)'}`).join('\n'));
}
function imageRow(change) {
    const image = (ref, none) => (ref === undefined ? none : code(shortDigests(ref)));
    return [
        code(change.object),
        change.container,
        image(change.before, 'new'),
        change.before === change.after ? 'unchanged' : image(change.after, 'not in this revision'),
    ];
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/index.js
var node_modules_semver = __webpack_require__(82320);
;// CONCATENATED MODULE: ./packages/kube/src/release-order.ts
/**
 * Releases deploy in version order: a version older than the one live in the environment
 * (the newest deployed release record) is refused, so a slow or re-run older release can
 * never overwrite a newer one. Versions that are not semver (a commit SHA) are not compared.
 */


function parse(version) {
    return semver.parse(version.replace(/^v/, ''));
}
/** Compares with the live record; returns the one-line refusal, or undefined when the version may deploy. */
async function olderThanLive(client, options) {
    const wanted = parse(options.version);
    if (!wanted)
        return undefined;
    const records = await new ReleaseStore(client, options.namespace, options.release).list();
    const live = lastDeployed(records);
    const current = live ? parse(live.version) : null;
    if (!live || !current || semver.gte(wanted, current))
        return undefined;
    return `Release "${options.release}" ${options.version} is older than ${live.version}, which is live (revision ${live.revision}): refusing to overwrite a newer release; set allow-downgrade: true to go back on purpose`;
}

;// CONCATENATED MODULE: ./packages/kube/src/secrets.ts

/**
 * Every value of the Secrets among `objects`: stringData values as written, data values both
 * as written (base64) and decoded. Masked before the first log line and redacted from what is
 * not masked line by line (the summary), so a container log, an event or an error that repeats
 * one cannot show it.
 */
function manifestSecretValues(objects) {
    const values = new Set();
    for (const object of objects) {
        if (groupKind(object.apiVersion, object.kind) !== '/Secret')
            continue;
        for (const value of Object.values(object.stringData ?? {}))
            if (typeof value === 'string')
                values.add(value);
        for (const value of Object.values(object.data ?? {})) {
            if (typeof value !== 'string')
                continue;
            values.add(value);
            values.add(Buffer.from(value, 'base64').toString('utf8'));
        }
    }
    return [...values];
}
/** A redaction of every form of the given secret values (see secretForms). */
function redactor(values) {
    const forms = [...new Set(values.flatMap(secretForms))];
    return (text) => redact(text, forms);
}

;// CONCATENATED MODULE: ./packages/kube/src/index.ts













































/***/ })

};
