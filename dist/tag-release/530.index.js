export const id = 530;
export const ids = [530];
export const modules = {

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release_release)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(8550);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __webpack_require__(7748);
// EXTERNAL MODULE: ./packages/registry/src/reference.ts
var src_reference = __webpack_require__(341);
// EXTERNAL MODULE: ./packages/registry/src/image-list.ts
var image_list = __webpack_require__(1378);
// EXTERNAL MODULE: ./packages/registry/src/digest.ts
var src_digest = __webpack_require__(5790);
;// CONCATENATED MODULE: ./packages/registry/src/media-types.ts
/** Manifest media types, and what the client asks for and accepts. */
const MediaType = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerSchema1: 'application/vnd.docker.distribution.manifest.v1+json',
    dockerSchema1Signed: 'application/vnd.docker.distribution.manifest.v1+prettyjws',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};
/** The Accept list for manifest requests: every current format, never schema 1. */
const MANIFEST_ACCEPT = [
    MediaType.ociIndex,
    MediaType.ociManifest,
    MediaType.dockerManifestList,
    MediaType.dockerManifest,
];
function isIndexMediaType(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
function isImageManifestMediaType(mediaType) {
    return mediaType === MediaType.ociManifest || mediaType === MediaType.dockerManifest;
}
function isSchema1MediaType(mediaType) {
    return mediaType === MediaType.dockerSchema1 || mediaType === MediaType.dockerSchema1Signed;
}
/** Layers that must not be copied between registries (Windows foreign layers). */
function isNonDistributable(descriptor) {
    return /foreign|nondistributable/.test(descriptor.mediaType);
}

// EXTERNAL MODULE: ./packages/registry/src/errors.ts
var errors = __webpack_require__(8941);
;// CONCATENATED MODULE: ./packages/registry/src/auth.ts
/**
 * Registry authentication: WWW-Authenticate challenges, Basic, and the Bearer token flow
 * (distribution's token spec). Tokens are cached per registry and scope, shared between
 * concurrent requests, and refreshed before they expire.
 */


/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and
 * comma-separated parameters whose values are tokens or quoted strings (which may hold
 * commas and escaped quotes).
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const n = header.length;
    const skipSpace = () => {
        while (i < n && /[\s]/.test(header[i]))
            i += 1;
    };
    const readToken = () => {
        const start = i;
        while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i]))
            i += 1;
        return header.slice(start, i);
    };
    let current;
    while (i < n) {
        skipSpace();
        if (header[i] === ',') {
            i += 1;
            continue;
        }
        const start = i;
        const token = readToken();
        if (token === '') {
            i += 1; // skip a stray character
            continue;
        }
        skipSpace();
        if (header[i] === '=' && current) {
            i += 1;
            skipSpace();
            let value = '';
            if (header[i] === '"') {
                i += 1;
                while (i < n && header[i] !== '"') {
                    if (header[i] === '\\' && i + 1 < n)
                        i += 1;
                    value += header[i];
                    i += 1;
                }
                i += 1; // closing quote
            }
            else {
                const valueStart = i;
                while (i < n && header[i] !== ',' && !/\s/.test(header[i]))
                    i += 1;
                value = header.slice(valueStart, i);
            }
            current.params[token.toLowerCase()] = value;
            continue;
        }
        if (header[i] === '=' && !current) {
            // token68 without a scheme: ignore
            while (i < n && header[i] !== ',')
                i += 1;
            continue;
        }
        // A new challenge: the scheme, possibly followed by a token68.
        current = { scheme: header.slice(start, start + token.length).toLowerCase(), params: {} };
        challenges.push(current);
    }
    return challenges;
}
/** A repository scope: repository:<name>:<actions>. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
function parseScope(scope) {
    const last = scope.lastIndexOf(':');
    return {
        resource: scope.slice(0, last),
        actions: new Set(scope
            .slice(last + 1)
            .split(',')
            .filter(Boolean)),
    };
}
/** Whether a token granted for `granted` scopes covers every scope in `wanted`. */
function scopesCover(granted, wanted) {
    const have = new Map();
    for (const scope of granted.map(parseScope)) {
        const set = have.get(scope.resource) ?? new Set();
        for (const action of scope.actions)
            set.add(action);
        have.set(scope.resource, set);
    }
    return wanted.map(parseScope).every(({ resource, actions }) => {
        const set = have.get(resource);
        return set !== undefined && (set.has('*') || [...actions].every((action) => set.has(action)));
    });
}
const DEFAULT_EXPIRES_IN = 60;
function basicHeader(credential) {
    return `Basic ${Buffer.from(`${credential.username ?? ''}:${credential.password ?? ''}`).toString('base64')}`;
}
function who(credential) {
    if (!credential)
        return 'anonymous access';
    if (credential.username)
        return `user "${credential.username}" (credentials from ${credential.source})`;
    return `a token from ${credential.source}`;
}
class Authenticator {
    options;
    states = new Map();
    now;
    secrets = new Set();
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
    }
    state(registry) {
        let state = this.states.get(registry);
        if (!state) {
            state = { tokens: [], pending: new Map() };
            this.states.set(registry, state);
        }
        return state;
    }
    credential(registry) {
        const state = this.state(registry);
        state.credential ??= (this.options.credentials?.get(registry) ?? Promise.resolve(undefined)).then((credential) => {
            for (const secret of [credential?.password, credential?.identityToken, credential?.registryToken]) {
                if (secret) {
                    (0,src/* maskSecret */.$l)(secret);
                    this.secrets.add(secret);
                }
            }
            return credential;
        });
        return state.credential;
    }
    /** Removes any credential or token from a text (for error messages). */
    redact(text) {
        return (0,src/* redact */.E$)(text, this.secrets);
    }
    /** Whether the registry has asked for authentication (so requests carry it from the start). */
    knowsChallenge(registry) {
        return this.state(registry).challenge !== undefined;
    }
    /**
     * The Authorization header for a request needing `scopes`, or undefined when the
     * registry has not asked for authentication (yet). Fetches a token when needed.
     */
    async authorization(registry, scopes) {
        const state = this.state(registry);
        const challenge = state.challenge;
        if (!challenge)
            return undefined;
        const credential = await this.credential(registry);
        if (challenge.scheme === 'basic')
            return credential && credential.username !== undefined ? basicHeader(credential) : undefined;
        if (challenge.scheme !== 'bearer')
            return undefined;
        if (credential?.registryToken)
            return `Bearer ${credential.registryToken}`;
        const token = await this.token(registry, state, challenge, credential, scopes);
        return `Bearer ${token.token}`;
    }
    /**
     * Handles a 401: learns the challenge, drops cached tokens that did not work. Returns
     * true when the request is worth sending again with new authorization.
     */
    async unauthorized(registry, header, scopes, sentAuthorization) {
        const state = this.state(registry);
        const challenges = header ? parseWwwAuthenticate(header) : [];
        const challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
        if (!challenge)
            return false;
        const known = state.challenge;
        state.challenge = challenge;
        // Sent without authorization, on first contact or racing it (several requests out before the
        // first challenge came back): worth sending again whenever we can now authorize.
        if (sentAuthorization === undefined) {
            if (challenge.scheme === 'bearer')
                return true;
            const credential = await this.credential(registry);
            return credential?.username !== undefined;
        }
        if (challenge.scheme === 'bearer') {
            if (challenge.params.error === 'insufficient_scope')
                return false;
            const before = state.tokens.length;
            state.tokens = state.tokens.filter((token) => `Bearer ${token.token}` !== sentAuthorization);
            // A stale token: retry once with a fresh one. A fresh token refused: give up.
            return (before !== state.tokens.length || known?.scheme !== 'bearer' || known.params.realm !== challenge.params.realm);
        }
        return known?.scheme !== 'basic';
    }
    /** Describes who was refused, for a one-line 401 message. */
    async describe(registry) {
        return who(await this.credential(registry));
    }
    async token(registry, state, challenge, credential, scopes) {
        const now = this.now();
        state.tokens = state.tokens.filter((token) => token.refreshAt > now);
        const cached = state.tokens.find((token) => scopesCover(token.scopes, scopes));
        if (cached)
            return cached;
        const key = [...scopes].sort().join(' ');
        const pending = state.pending.get(key);
        if (pending)
            return pending;
        const request = this.requestToken(registry, challenge, credential, scopes).finally(() => state.pending.delete(key));
        state.pending.set(key, request);
        const token = await request;
        state.tokens.push(token);
        return token;
    }
    async requestToken(registry, challenge, credential, scopes) {
        const realm = challenge.params.realm;
        if (!realm) {
            throw new errors/* RegistryError */.gl({
                registry,
                subject: 'token challenge',
                status: 401,
                problem: 'has no realm in its WWW-Authenticate header',
                hint: 'the registry is misconfigured',
            });
        }
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* RegistryError */.gl({
                registry,
                subject: 'token realm',
                status: 401,
                problem: `"${realm}" is not a URL`,
                hint: 'the registry is misconfigured',
            });
        }
        const service = challenge.params.service;
        const headers = { Accept: 'application/json' };
        if (this.options.userAgent)
            headers['User-Agent'] = this.options.userAgent;
        let response;
        if (credential?.identityToken) {
            const form = new URLSearchParams({
                grant_type: 'refresh_token',
                refresh_token: credential.identityToken,
                client_id: 'kra-registry',
            });
            if (service)
                form.set('service', service);
            if (scopes.length > 0)
                form.set('scope', scopes.join(' '));
            headers['Content-Type'] = 'application/x-www-form-urlencoded';
            response = await this.options.fetchToken(url, { method: 'POST', headers, body: form.toString() });
        }
        else {
            if (service)
                url.searchParams.set('service', service);
            for (const scope of scopes)
                url.searchParams.append('scope', scope);
            if (credential?.username !== undefined && credential.password !== undefined) {
                headers.Authorization = basicHeader(credential);
                url.searchParams.set('account', credential.username);
            }
            response = await this.options.fetchToken(url, { method: 'GET', headers });
        }
        const text = await response.text();
        if (!response.ok) {
            const status = response.status;
            const refusal = status === 401 || status === 403;
            throw new errors/* RegistryError */.gl({
                registry,
                subject: `token request to ${url.host}`,
                status,
                problem: refusal ? `was refused for ${await this.describe(registry)}` : undefined,
                hint: refusal ? 'check the username and password (or token) for this registry' : undefined,
            });
        }
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            throw new errors/* RegistryError */.gl({
                registry,
                subject: `token response from ${url.host}`,
                status: response.status,
                problem: 'is not JSON',
            });
        }
        const token = typeof body.token === 'string' && body.token
            ? body.token
            : typeof body.access_token === 'string'
                ? body.access_token
                : '';
        if (!token)
            throw new errors/* RegistryError */.gl({
                registry,
                subject: `token response from ${url.host}`,
                status: response.status,
                problem: 'holds no token',
            });
        (0,src/* maskSecret */.$l)(token);
        this.secrets.add(token);
        const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_EXPIRES_IN;
        const issuedAt = typeof body.issued_at === 'string' && !Number.isNaN(Date.parse(body.issued_at))
            ? Math.min(Date.parse(body.issued_at), this.now())
            : this.now();
        // Refresh ahead of expiry: 10 s early, or at half-life for very short tokens.
        const margin = Math.min(10_000, (expiresIn * 1000) / 2);
        return { scopes, token, refreshAt: issuedAt + expiresIn * 1000 - margin };
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/registry/src/credentials.ts
/**
 * Where registry credentials come from: explicit ones (action inputs), then the Docker
 * config file ($DOCKER_CONFIG/config.json or ~/.docker/config.json), then podman's auth
 * file ($REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json). A config file may
 * hold `auths` entries (base64 user:password in `auth`, or an `identitytoken`), or name
 * credential helpers (`credHelpers` per registry, `credsStore` for all), which are run
 * as `docker-credential-<name> get` with the server URL on stdin (argument array, no
 * shell). Every secret is masked the moment it is read.
 */






/** The server URL Docker files Docker Hub credentials under. */
const DOCKER_HUB_SERVER_URL = 'https://index.docker.io/v1/';
/** Reduces a config key ("https://index.docker.io/v1/", "http://host:5000", "quay.io/ns") to host and repository path. */
function parseConfigKey(key) {
    let rest = key.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    rest = rest.replace(/\/+$/, '');
    const slash = rest.indexOf('/');
    let host = slash === -1 ? rest : rest.slice(0, slash);
    let path = slash === -1 ? '' : rest.slice(slash + 1);
    if (/^v[12]$/.test(path))
        path = '';
    host = (0,src_reference/* normaliseRegistry */.Me)(host.toLowerCase());
    return { host, path };
}
/** Credentials given directly (action inputs). Masks them at once. */
function explicitCredentials(entries) {
    for (const entry of entries)
        (0,src/* maskSecret */.$l)(entry.password);
    return {
        async get(registry) {
            const wanted = (0,src_reference/* normaliseRegistry */.Me)(registry.toLowerCase());
            const entry = entries.find((candidate) => candidate.registry && parseConfigKey(candidate.registry).host === wanted) ??
                entries.find((candidate) => !candidate.registry);
            if (!entry || (!entry.username && !entry.password))
                return undefined;
            return { username: entry.username, password: entry.password, source: 'input' };
        },
    };
}
/** Tries each store in turn. */
function chainCredentials(...stores) {
    return {
        async get(registry, repository) {
            for (const store of stores) {
                const found = await store?.get(registry, repository);
                if (found)
                    return found;
            }
            return undefined;
        },
    };
}
/** The config files to read, in order: Docker's, then podman's. */
function configFilePaths(env = process.env, homeDir = (0,external_node_os_.homedir)()) {
    const paths = [env.DOCKER_CONFIG ? (0,external_node_path_.join)(env.DOCKER_CONFIG, 'config.json') : (0,external_node_path_.join)(homeDir, '.docker', 'config.json')];
    if (env.REGISTRY_AUTH_FILE)
        paths.push(env.REGISTRY_AUTH_FILE);
    else if (env.XDG_RUNTIME_DIR)
        paths.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    return paths;
}
async function readConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR')
            return undefined;
        throw new src/* UserError */.yo(`cannot read registry credentials from ${path}: ${error.message}`);
    }
    if (text.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new src/* UserError */.yo(`registry credentials file ${path} is not valid JSON (${error.message}): fix or remove it`, { file: path });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new src/* UserError */.yo(`registry credentials file ${path} must hold a JSON object with "auths"`, { file: path });
    }
    const object = parsed;
    const auths = {};
    if (object.auths && typeof object.auths === 'object') {
        for (const [key, value] of Object.entries(object.auths)) {
            if (value && typeof value === 'object') {
                const entry = value;
                // Mask the moment they are read.
                (0,src/* maskSecret */.$l)(entry.auth);
                (0,src/* maskSecret */.$l)(entry.password);
                (0,src/* maskSecret */.$l)(entry.identitytoken);
                (0,src/* maskSecret */.$l)(entry.registrytoken);
                auths[key] = entry;
            }
        }
    }
    const credHelpers = {};
    if (object.credHelpers && typeof object.credHelpers === 'object') {
        for (const [key, value] of Object.entries(object.credHelpers)) {
            if (typeof value === 'string' && value !== '')
                credHelpers[key] = value;
        }
    }
    const credsStore = typeof object.credsStore === 'string' && object.credsStore !== '' ? object.credsStore : undefined;
    return { path, auths, credHelpers, credsStore };
}
function decodeAuthEntry(entry, source, key) {
    if (entry.identitytoken) {
        let username = entry.username;
        if (!username && entry.auth)
            username = Buffer.from(entry.auth, 'base64').toString('utf8').split(':')[0];
        return { username, identityToken: entry.identitytoken, source };
    }
    if (entry.registrytoken)
        return { registryToken: entry.registrytoken, source };
    if (entry.auth) {
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        if (colon === -1) {
            throw new src/* UserError */.yo(`registry credentials file ${source}: "auths"."${key}".auth is not base64 of user:password: log in again`, {
                file: source,
            });
        }
        const password = decoded.slice(colon + 1);
        (0,src/* maskSecret */.$l)(password);
        return { username: decoded.slice(0, colon), password, source };
    }
    if (entry.username && entry.password)
        return { username: entry.username, password: entry.password, source };
    return undefined;
}
/** Picks the most specific key for registry (and repository): exact host, longest repository prefix. */
function bestKey(entries, registry, repository) {
    let best;
    let bestLength = -1;
    for (const key of Object.keys(entries)) {
        const { host, path } = parseConfigKey(key);
        if (host !== registry)
            continue;
        if (path && !(repository && (repository === path || repository.startsWith(`${path}/`))))
            continue;
        if (path.length > bestLength) {
            best = key;
            bestLength = path.length;
        }
    }
    return best;
}
/** Runs `docker-credential-<helper> get`, the server URL on stdin, no shell. */
function runCredentialHelper(helper, serverUrl, env = process.env) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(`docker-credential-${helper}`, ['get'], { env, stdio: ['pipe', 'pipe', 'pipe'], shell: false });
        let stdout = '';
        let stderr = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ exitCode: code ?? 1, stdout, stderr });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(serverUrl);
    });
}
/** Credentials from the Docker and podman config files and the helpers they name. */
function dockerConfigCredentials(options = {}) {
    const env = options.env ?? process.env;
    const runHelper = options.runHelper ?? runCredentialHelper;
    let files;
    const load = () => (files ??= Promise.all(configFilePaths(env, options.homeDir ?? (0,external_node_os_.homedir)()).map(readConfig)).then((all) => all.filter((file) => file !== undefined)));
    async function fromHelper(file, helper, registry, key) {
        const serverUrl = key ?? (registry === src_reference/* DOCKER_HUB */.Xb ? DOCKER_HUB_SERVER_URL : registry);
        const where = `docker-credential-${helper} (named in ${file.path})`;
        let result;
        try {
            result = await runHelper(helper, serverUrl, env);
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new src/* UserError */.yo(`credential helper ${where} is not on PATH: install it, or remove it from the config file`, { file: file.path });
            }
            throw new src/* UserError */.yo(`credential helper ${where} could not be run for ${registry}: ${error.message}`);
        }
        if (result.exitCode !== 0) {
            if (/credentials not found/i.test(result.stdout + result.stderr))
                return undefined;
            const reason = (result.stderr || result.stdout).trim().split(/\r?\n/)[0] ?? '';
            throw new src/* UserError */.yo(`credential helper ${where} failed for ${registry} (exit ${result.exitCode}): ${reason || 'no message'}`);
        }
        let answer;
        try {
            answer = JSON.parse(result.stdout);
        }
        catch {
            throw new src/* UserError */.yo(`credential helper ${where} gave an answer that is not JSON for ${registry}`);
        }
        const username = typeof answer.Username === 'string' ? answer.Username : '';
        const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
        (0,src/* maskSecret */.$l)(secret);
        if (!secret)
            return undefined;
        if (username === '<token>')
            return { identityToken: secret, source: `docker-credential-${helper}` };
        return { username, password: secret, source: `docker-credential-${helper}` };
    }
    return {
        async get(registryInput, repository) {
            const registry = (0,src_reference/* normaliseRegistry */.Me)(registryInput.toLowerCase());
            for (const file of await load()) {
                const helperKey = bestKey(file.credHelpers, registry, repository);
                if (helperKey !== undefined) {
                    const found = await fromHelper(file, file.credHelpers[helperKey], registry, registry === src_reference/* DOCKER_HUB */.Xb ? undefined : helperKey);
                    if (found)
                        return found;
                }
                const authKey = bestKey(file.auths, registry, repository);
                if (file.credsStore && helperKey === undefined) {
                    const found = await fromHelper(file, file.credsStore, registry, authKey);
                    if (found)
                        return found;
                }
                if (authKey !== undefined) {
                    const found = decodeAuthEntry(file.auths[authKey], file.path, authKey);
                    if (found)
                        return found;
                }
            }
            return undefined;
        },
    };
}
/** The usual order: explicit credentials (action inputs) first, then the Docker and podman config files. */
function standardCredentials(explicit = [], options = {}) {
    return chainCredentials(explicit.length > 0 ? explicitCredentials(explicit) : undefined, dockerConfigCredentials(options));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/registry/src/transport.ts
/**
 * Which scheme a registry is spoken to with. HTTPS always, except loopback registries
 * (localhost, 127.0.0.0/8, ::1), which Docker and podman reach over plain HTTP by
 * default, and hosts the user lists as insecure (with a warning, once per host).
 */


/** Splits "host:port", "[::1]:5000", "host" into host and port. */
function splitHostPort(registry) {
    const ipv6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(registry);
    if (ipv6)
        return { host: ipv6[1], port: ipv6[2] };
    const colon = registry.lastIndexOf(':');
    if (colon !== -1 && /^\d+$/.test(registry.slice(colon + 1)))
        return { host: registry.slice(0, colon), port: registry.slice(colon + 1) };
    return { host: registry };
}
function isLoopbackHost(host) {
    const lower = host.toLowerCase();
    if (lower === 'localhost' || lower.endsWith('.localhost'))
        return true;
    if (lower === '::1' || lower === '0:0:0:0:0:0:0:1')
        return true;
    return (0,external_node_net_.isIPv4)(lower) && lower.startsWith('127.');
}
/** Normalises an insecure-registries entry: "http://host:5000/" → "host:5000". */
function normaliseInsecureEntry(entry) {
    return entry
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
}
/** The scheme for a registry (as written in references) given the insecure list. */
function transport_chooseScheme(registry, insecureRegistries = []) {
    const { host } = splitHostPort(registry);
    if (isLoopbackHost(host))
        return { scheme: 'http', insecure: false };
    const listed = new Set(insecureRegistries.map(normaliseInsecureEntry));
    if (listed.has(registry.toLowerCase()) || listed.has(host.toLowerCase()))
        return { scheme: 'http', insecure: true };
    return { scheme: 'https', insecure: false };
}
/** The base URL of a registry's API: https://ghcr.io, http://127.0.0.1:5000, https://registry-1.docker.io. */
function registryBaseUrl(registry, insecureRegistries = []) {
    return `${transport_chooseScheme(registry, insecureRegistries).scheme}://${(0,src_reference/* apiHost */.nz)(registry)}`;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/.pnpm/undici@6.29.1/node_modules/undici/index.js
var undici = __webpack_require__(9309);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/registry/src/head-request.ts



/**
 * HEAD requests over node:http with keep-alive. undici closes the connection after every
 * HEAD (to survive servers that send a body anyway, nodejs/undici#258), so a tag-release
 * that checks 60 tags would open 60 connections, each a TLS handshake on a real registry.
 * Registries answer HEAD correctly, so here the connection is kept. Redirects are followed
 * (at most 5); the Authorization header is not carried to another host.
 */
class KeepAliveHead {
    agents;
    constructor(maxSockets) {
        this.agents = {
            'http:': new (external_node_http_default()).Agent({ keepAlive: true, maxSockets }),
            'https:': new (external_node_https_default()).Agent({ keepAlive: true, maxSockets }),
        };
    }
    request(url, headers, redirects = 0) {
        const secure = url.protocol === 'https:';
        const transport = secure ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const request = transport.request(url, { method: 'HEAD', headers, agent: secure ? this.agents['https:'] : this.agents['http:'] }, (response) => {
                response.resume();
                const status = response.statusCode ?? 0;
                const location = response.headers.location;
                if (status >= 300 && status < 400 && location && redirects < 5) {
                    const next = new URL(location, url);
                    const { Authorization: _dropped, ...anonymous } = headers;
                    resolve(this.request(next, next.host === url.host ? headers : anonymous, redirects + 1));
                    return;
                }
                const responseHeaders = new Headers();
                for (const [name, value] of Object.entries(response.headers)) {
                    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
                        responseHeaders.append(name, item);
                    }
                }
                resolve(new undici.Response(null, { status, headers: responseHeaders }));
            });
            request.on('error', reject);
            request.end();
        });
    }
    close() {
        this.agents['http:'].destroy();
        this.agents['https:'].destroy();
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/client.ts
/**
 * An OCI distribution client on undici: manifests (HEAD/GET/PUT, bytes kept exactly),
 * blobs (HEAD, cross-repository mount, streamed copy, monolithic or chunked upload),
 * whole-image copies (multi-arch indexes included, byte for byte), tag lists. Keep-alive
 * connections through one bounded Agent, concurrency bounded by a Semaphore, retries
 * with backoff on 429/5xx/connection resets honouring Retry-After, and a request counter.
 */











const DEFAULT_CONCURRENCY = 8;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
function subjectOf(ref) {
    return `manifest ${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`}`;
}
function manifestPath(ref) {
    return `/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
}
function bump(record, key) {
    record[key] = (record[key] ?? 0) + 1;
}
/** The media type of manifest bytes: their own mediaType field, else the Content-Type, else by shape. */
function manifestMediaType(bytes, contentType) {
    let parsed;
    try {
        parsed = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch {
        throw new Error('the manifest is not JSON');
    }
    if (!parsed || typeof parsed !== 'object')
        throw new Error('the manifest is not a JSON object');
    const header = contentType?.split(';')[0].trim();
    if (parsed.schemaVersion === 1 || (header && isSchema1MediaType(header))) {
        throw new Error('schema 1 manifest (deprecated, unsupported): rebuild and push the image with a current Docker, podman or buildah');
    }
    if (typeof parsed.mediaType === 'string' && parsed.mediaType !== '')
        return { mediaType: parsed.mediaType, parsed };
    if (header && header !== 'application/json' && header !== 'application/octet-stream')
        return { mediaType: header, parsed };
    return { mediaType: Array.isArray(parsed.manifests) ? MediaType.ociIndex : MediaType.ociManifest, parsed };
}
class RegistryClient {
    options;
    agent;
    heads;
    auth;
    semaphore;
    concurrency;
    warned = new Set();
    counters = RegistryClient.emptyStats();
    constructor(options = {}) {
        this.options = options;
        this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
        this.semaphore = new src/* Semaphore */.jf(this.concurrency);
        // A streamed copy holds a GET and a PUT open at once: room for both per lane.
        this.heads = new KeepAliveHead(this.concurrency * 2 + 2);
        this.agent = new undici/* Agent */.g6({
            connections: this.concurrency * 2 + 2,
            keepAliveTimeout: 10_000,
            headersTimeout: 120_000,
            bodyTimeout: 300_000,
            connect: { timeout: 30_000 },
        });
        this.auth = new Authenticator({
            credentials: options.credentials,
            userAgent: options.userAgent,
            fetchToken: (url, init) => this.rawFetch(url, { ...init, kind: 'token' }),
        });
    }
    static emptyStats() {
        return { requests: 0, byMethod: {}, byKind: {}, byMethodAndKind: {}, retries: 0, authChallenges: 0 };
    }
    /** A copy of the request counters. */
    stats() {
        return structuredClone(this.counters);
    }
    resetStats() {
        this.counters = RegistryClient.emptyStats();
    }
    /** Closes the kept-alive connections. */
    async close() {
        this.heads.close();
        await this.agent.close();
    }
    // ---------------------------------------------------------------- manifests
    /** HEAD a manifest: its digest, media type and size, or undefined when the registry has no such manifest (404). */
    async headManifest(ref) {
        return this.limited(() => this.headManifestNow(ref));
    }
    /** GET a manifest: the exact bytes, their media type and digest (checked against the reference and Docker-Content-Digest). */
    async getManifest(ref) {
        return this.limited(() => this.getManifestNow(ref));
    }
    /**
     * PUT a manifest under the reference's tag (or digest). Content-Type is the manifest's
     * media type; returns the digest of the bytes, checked against the registry's answer.
     */
    async putManifest(ref, manifest) {
        return this.limited(() => this.putManifestNow(ref, manifest));
    }
    async headManifestNow(ref) {
        const subject = subjectOf(ref);
        return this.withRetry(async () => {
            const response = await this.send(ref.registry, {
                method: 'HEAD',
                path: manifestPath(ref),
                kind: 'manifest',
                scopes: [repositoryScope(ref.repository, 'pull')],
                headers: { Accept: MANIFEST_ACCEPT.join(', ') },
                subject,
            });
            if (response.status === 404)
                return undefined;
            if (!response.ok)
                throw await this.failure(ref.registry, subject, response);
            const contentType = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
            if (isSchema1MediaType(contentType)) {
                throw new errors/* RegistryError */.gl({
                    registry: ref.registry,
                    subject,
                    problem: 'is a schema 1 manifest (deprecated, unsupported)',
                    hint: 'rebuild and push the image with a current Docker, podman or buildah',
                });
            }
            const digest = response.headers.get('docker-content-digest') ?? ref.digest;
            const size = Number(response.headers.get('content-length') ?? NaN);
            if (!digest || (0,src_digest/* validateDigest */.n2)(digest) !== undefined || !Number.isFinite(size)) {
                // Some registries answer HEAD without a digest: read the manifest instead.
                const manifest = await this.getManifestNow(ref);
                return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
            }
            return { digest, mediaType: contentType, size };
        });
    }
    async getManifestNow(ref) {
        const subject = subjectOf(ref);
        const limit = this.options.maxManifestBytes ?? MAX_MANIFEST_BYTES;
        return this.withRetry(async () => {
            const response = await this.send(ref.registry, {
                method: 'GET',
                path: manifestPath(ref),
                kind: 'manifest',
                scopes: [repositoryScope(ref.repository, 'pull')],
                headers: { Accept: MANIFEST_ACCEPT.join(', ') },
                subject,
            });
            if (!response.ok)
                throw await this.failure(ref.registry, subject, response);
            const declared = Number(response.headers.get('content-length') ?? 0);
            if (declared > limit) {
                await response.body?.cancel();
                throw new errors/* RegistryError */.gl({
                    registry: ref.registry,
                    subject,
                    problem: `is ${declared} bytes, more than the ${limit} accepted`,
                });
            }
            const bytes = Buffer.from(await response.arrayBuffer());
            let mediaType;
            try {
                mediaType = manifestMediaType(bytes, response.headers.get('content-type')).mediaType;
            }
            catch (error) {
                throw new errors/* RegistryError */.gl({
                    registry: ref.registry,
                    subject,
                    problem: `cannot be used: ${error.message}`,
                });
            }
            const headerDigest = response.headers.get('docker-content-digest');
            // The digest in the algorithm the reference asked for (the parser checked it is supported), else sha256.
            const digest = (0,src_digest/* computeDigest */.MK)(bytes, ref.digest ? ref.digest.slice(0, ref.digest.indexOf(':')) : 'sha256');
            if (ref.digest && !(0,src_digest/* matchesDigest */._j)(bytes, ref.digest)) {
                throw new errors/* RegistryError */.gl({
                    registry: ref.registry,
                    subject,
                    problem: `content has digest ${digest}, not the one asked for`,
                    hint: 'the registry returned other content; do not trust it',
                });
            }
            if (headerDigest && (0,src_digest/* validateDigest */.n2)(headerDigest) === undefined && !(0,src_digest/* matchesDigest */._j)(bytes, headerDigest)) {
                throw new errors/* RegistryError */.gl({
                    registry: ref.registry,
                    subject,
                    problem: `content has digest ${digest} but the registry said ${headerDigest} (Docker-Content-Digest)`,
                    hint: 'the content was altered in transit or the registry is broken',
                });
            }
            return { bytes, mediaType, digest: ref.digest ?? digest };
        });
    }
    async putManifestNow(ref, manifest) {
        const subject = subjectOf(ref);
        if (ref.tag)
            (0,src_reference/* validateTag */.z7)(ref.tag, ref.name);
        const bytes = Buffer.from(manifest.bytes);
        let mediaType;
        try {
            const own = manifestMediaType(bytes, manifest.mediaType);
            mediaType = own.mediaType;
        }
        catch (error) {
            throw new errors/* RegistryError */.gl({
                registry: ref.registry,
                subject,
                problem: `cannot be pushed: ${error.message}`,
            });
        }
        const digest = (0,src_digest/* computeDigest */.MK)(bytes);
        if (ref.digest && !(0,src_digest/* matchesDigest */._j)(bytes, ref.digest)) {
            throw new errors/* RegistryError */.gl({
                registry: ref.registry,
                subject,
                problem: `cannot be pushed: its bytes have digest ${digest}`,
            });
        }
        return this.withRetry(async () => {
            const response = await this.send(ref.registry, {
                method: 'PUT',
                path: manifestPath(ref),
                kind: 'manifest',
                scopes: [repositoryScope(ref.repository, 'pull,push')],
                headers: { 'Content-Type': mediaType },
                body: bytes,
                subject,
            });
            if (!response.ok)
                throw await this.failure(ref.registry, subject, response);
            await response.body?.cancel();
            const answered = response.headers.get('docker-content-digest');
            if (answered && answered.startsWith('sha256:') && answered !== digest) {
                throw new errors/* RegistryError */.gl({
                    registry: ref.registry,
                    subject,
                    problem: `was stored with digest ${answered}, not ${digest}`,
                    hint: 'the registry rewrote the manifest',
                });
            }
            return ref.digest ?? digest;
        });
    }
    // ---------------------------------------------------------------- blobs
    /** HEAD a blob: its size, or undefined when the repository does not have it. */
    async headBlob(repo, digest) {
        return this.limited(() => this.headBlobNow(repo, digest));
    }
    /**
     * Asks the registry to mount a blob from another repository of the same registry.
     * True when mounted (201); false when the registry refused (202: it opened an upload
     * instead) or the repositories are on different registries.
     */
    async mountBlob(target, digest, from) {
        if (!this.sameRegistry(target, from))
            return false;
        return this.limited(async () => (await this.mountNow(target, digest, from)).mounted);
    }
    /**
     * Makes a blob exist in `target`: nothing when it already does, a mount when the
     * registry allows it, else a streamed copy (GET from the source, upload to the target;
     * across registries too).
     */
    async copyBlob(source, target, blob) {
        return this.limited(() => this.copyBlobNow(source, target, blob));
    }
    /** Uploads bytes as a blob (POST, then PUT with the digest, or PATCH chunks); returns the digest. Skips nothing: HEAD first if it may exist. */
    async uploadBlob(target, bytes) {
        const data = Buffer.from(bytes);
        const digest = (0,src_digest/* computeDigest */.MK)(data);
        await this.limited(() => this.withRetry(async () => {
            const location = await this.startUpload(target, digest);
            await this.finishUpload(target, digest, location, () => data, data.length);
        }));
        return digest;
    }
    async headBlobNow(repo, digest) {
        const subject = `blob ${repo.repository}@${digest}`;
        return this.withRetry(async () => {
            const response = await this.send(repo.registry, {
                method: 'HEAD',
                path: `/v2/${repo.repository}/blobs/${digest}`,
                kind: 'blob',
                scopes: [repositoryScope(repo.repository, 'pull')],
                subject,
            });
            if (response.status === 404)
                return undefined;
            if (!response.ok)
                throw await this.failure(repo.registry, subject, response);
            return { digest, size: Number(response.headers.get('content-length') ?? 0) };
        });
    }
    async mountNow(target, digest, from) {
        const subject = `blob mount ${from.repository}@${digest} into ${target.repository}`;
        return this.withRetry(async () => {
            const query = new URLSearchParams({ mount: digest, from: from.repository });
            const response = await this.send(target.registry, {
                method: 'POST',
                path: `/v2/${target.repository}/blobs/uploads/?${query.toString()}`,
                kind: 'upload',
                scopes: [repositoryScope(from.repository, 'pull'), repositoryScope(target.repository, 'pull,push')],
                headers: { 'Content-Length': '0' },
                subject,
            });
            if (response.status !== 201 && response.status !== 202)
                throw await this.failure(target.registry, subject, response);
            await response.body?.cancel();
            if (response.status === 201)
                return { mounted: true };
            return { mounted: false, location: this.uploadLocation(target.registry, subject, response) };
        });
    }
    async copyBlobNow(source, target, blob) {
        if (await this.headBlobNow(target, blob.digest))
            return 'exists';
        let session;
        if (this.sameRegistry(source, target)) {
            try {
                const mount = await this.mountNow(target, blob.digest, source);
                if (mount.mounted)
                    return 'mounted';
                session = mount.location;
            }
            catch (error) {
                // A registry may refuse the mount outright (no pull on the source for this token): copy instead.
                if (!(error instanceof errors/* RegistryError */.gl) || (error.status !== 401 && error.status !== 403 && error.status !== 405))
                    throw error;
            }
        }
        await this.withRetry(async (attempt) => {
            const subject = `blob ${source.repository}@${blob.digest}`;
            const response = await this.send(source.registry, {
                method: 'GET',
                path: `/v2/${source.repository}/blobs/${blob.digest}`,
                kind: 'blob',
                scopes: [repositoryScope(source.repository, 'pull')],
                subject,
            });
            if (!response.ok || !response.body)
                throw await this.failure(source.registry, subject, response);
            const size = Number(response.headers.get('content-length') ?? blob.size ?? NaN);
            try {
                // The session a refused mount opened is used for the first attempt only; a retry starts from the POST.
                const location = attempt === 1 && session ? session : await this.startUpload(target, blob.digest);
                const body = response.body;
                await this.finishUpload(target, blob.digest, location, () => body, Number.isFinite(size) ? size : undefined);
            }
            finally {
                await response.body.cancel().catch(() => undefined);
            }
        });
        return 'copied';
    }
    uploadLocation(registry, subject, response) {
        const location = response.headers.get('location');
        if (!location) {
            throw new errors/* RegistryError */.gl({
                registry,
                subject,
                status: response.status,
                problem: 'was opened without a Location header',
                hint: 'the registry does not follow the distribution API',
            });
        }
        return new URL(location, response.url);
    }
    async startUpload(target, digest) {
        const subject = `blob upload ${target.repository}@${digest}`;
        const response = await this.send(target.registry, {
            method: 'POST',
            path: `/v2/${target.repository}/blobs/uploads/`,
            kind: 'upload',
            scopes: [repositoryScope(target.repository, 'pull,push')],
            headers: { 'Content-Length': '0' },
            subject,
        });
        if (response.status !== 202)
            throw await this.failure(target.registry, subject, response);
        await response.body?.cancel();
        return this.uploadLocation(target.registry, subject, response);
    }
    /** Sends a blob's content to an open upload session: one PUT, or PATCH chunks then a closing PUT. */
    async finishUpload(target, digest, location, content, size) {
        const subject = `blob upload ${target.repository}@${digest}`;
        const scopes = [repositoryScope(target.repository, 'pull,push')];
        const chunkSize = this.options.chunkSize;
        let current = location;
        if (chunkSize && (size === undefined || size > chunkSize)) {
            let offset = 0;
            for await (const chunk of chunks(content(), chunkSize)) {
                const response = await this.send(target.registry, {
                    method: 'PATCH',
                    path: current,
                    kind: 'upload',
                    scopes,
                    headers: {
                        'Content-Type': 'application/octet-stream',
                        'Content-Length': String(chunk.length),
                        'Content-Range': `${offset}-${offset + chunk.length - 1}`,
                    },
                    body: chunk,
                    subject,
                });
                if (response.status !== 202)
                    throw await this.failure(target.registry, subject, response);
                await response.body?.cancel();
                current = this.uploadLocation(target.registry, subject, response);
                offset += chunk.length;
            }
            current.searchParams.set('digest', digest);
            const response = await this.send(target.registry, {
                method: 'PUT',
                path: current,
                kind: 'upload',
                scopes,
                headers: { 'Content-Length': '0' },
                subject,
            });
            if (response.status !== 201)
                throw await this.failure(target.registry, subject, response);
            await response.body?.cancel();
            return;
        }
        current.searchParams.set('digest', digest);
        const body = content();
        const headers = { 'Content-Type': 'application/octet-stream' };
        if (Buffer.isBuffer(body))
            headers['Content-Length'] = String(body.length);
        else if (size !== undefined)
            headers['Content-Length'] = String(size);
        const response = await this.send(target.registry, {
            method: 'PUT',
            path: current,
            kind: 'upload',
            scopes,
            headers,
            body,
            subject,
        });
        if (response.status !== 201)
            throw await this.failure(target.registry, subject, response);
        await response.body?.cancel();
    }
    // ---------------------------------------------------------------- images
    /**
     * Copies an image (or multi-arch index) to `target` under `tags`, byte for byte so the
     * digest is unchanged: every blob (exists / mount / streamed copy), each child
     * manifest by digest, then the top manifest under each tag (by digest when no tag).
     * Within one repository only the tag PUTs are needed, and only they are sent.
     */
    async copyImage(source, target, tags = []) {
        for (const tag of tags)
            (0,src_reference/* validateTag */.z7)(tag, `${target.registry}/${target.repository}`);
        const top = await this.limited(() => this.getManifestNow(source));
        const blobs = { exists: 0, mounted: 0, copied: 0 };
        let childManifests = 0;
        const sameRepository = this.sameRegistry(source, target) && source.repository === target.repository;
        const targetRef = (reference) => makeTarget(target, reference);
        const copyBlobs = async (manifest) => {
            const parsed = manifestMediaType(manifest.bytes, manifest.mediaType).parsed;
            const descriptors = [];
            if (parsed.config?.digest)
                descriptors.push(parsed.config);
            for (const layer of parsed.layers ?? [])
                if (!isNonDistributable(layer) || !layer.urls?.length)
                    descriptors.push(layer);
            const unique = [...new Map(descriptors.map((d) => [d.digest, d])).values()];
            await (0,src/* mapLimit */.sf)(unique, this.concurrency, async (descriptor) => {
                const outcome = await this.limited(() => this.copyBlobNow(source, target, descriptor));
                blobs[outcome] += 1;
            });
        };
        if (!sameRepository) {
            if (isIndexMediaType(top.mediaType)) {
                const children = manifestMediaType(top.bytes, top.mediaType).parsed.manifests ?? [];
                await (0,src/* mapLimit */.sf)(children, this.concurrency, async (child) => {
                    if (await this.limited(() => this.headManifestNow(targetRef({ digest: child.digest }))))
                        return;
                    const manifest = await this.limited(() => this.getManifestNow(source.withDigest(child.digest)));
                    if (isIndexMediaType(manifest.mediaType)) {
                        // Nested index (rare): copy it as an image of its own, by digest.
                        await this.copyImage(source.withDigest(child.digest), target);
                    }
                    else {
                        await copyBlobs(manifest);
                        await this.limited(() => this.putManifestNow(targetRef({ digest: child.digest }), manifest));
                    }
                    childManifests += 1;
                });
            }
            else {
                await copyBlobs(top);
            }
        }
        if (tags.length === 0) {
            await this.limited(() => this.putManifestNow(targetRef({ digest: top.digest }), top));
        }
        else {
            await (0,src/* mapLimit */.sf)([...tags], this.concurrency, (tag) => this.limited(() => this.putManifestNow(targetRef({ tag }), top)));
        }
        return {
            digest: top.digest,
            mediaType: top.mediaType,
            size: top.bytes.length,
            tags: [...tags],
            childManifests,
            blobs,
        };
    }
    // ---------------------------------------------------------------- tags
    /** Every tag of a repository, following Link pagination. */
    async listTags(registry, repository) {
        const subject = `tags of ${repository}`;
        const tags = [];
        const seen = new Set();
        let next = `/v2/${repository}/tags/list?n=${this.options.tagsPageSize ?? 1000}`;
        for (let page = 0; next && page < 10_000; page += 1) {
            const path = next;
            const { body, link, url } = await this.limited(() => this.withRetry(async () => {
                const response = await this.send(registry, {
                    method: 'GET',
                    path,
                    kind: 'tags',
                    scopes: [repositoryScope(repository, 'pull')],
                    subject,
                });
                if (!response.ok)
                    throw await this.failure(registry, subject, response);
                const text = await response.text();
                let parsed;
                try {
                    parsed = JSON.parse(text);
                }
                catch {
                    throw new errors/* RegistryError */.gl({ registry, subject, status: response.status, problem: 'answer is not JSON' });
                }
                return {
                    body: parsed ?? {},
                    link: response.headers.get('link'),
                    url: response.url,
                };
            }));
            if (Array.isArray(body.tags))
                for (const tag of body.tags)
                    if (typeof tag === 'string')
                        tags.push(tag);
            const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
            next = match ? new URL(match[1], url) : undefined;
            if (next && seen.has(next.href))
                next = undefined; // a registry that links a page to itself
            if (next)
                seen.add(next.href);
        }
        return tags;
    }
    /** GET /v2/: whether the registry answers, and how it wants to be authenticated (learned for later requests). */
    async ping(registry) {
        await this.limited(() => this.pingNow(registry));
    }
    async pingNow(registry) {
        await this.withRetry(async () => {
            const response = await this.send(registry, {
                method: 'GET',
                path: '/v2/',
                kind: 'ping',
                scopes: [],
                subject: 'API',
            });
            if (!response.ok)
                throw await this.failure(registry, 'API', response);
            await response.body?.cancel();
        });
    }
    // ---------------------------------------------------------------- plumbing
    sameRegistry(a, b) {
        return (0,src_reference/* normaliseRegistry */.Me)(a.registry.toLowerCase()) === (0,src_reference/* normaliseRegistry */.Me)(b.registry.toLowerCase());
    }
    limited(task) {
        return this.semaphore.use(task);
    }
    withRetry(operation) {
        const settings = this.options.retry ?? {};
        return (0,src/* retry */.L5)(operation, {
            attempts: settings.attempts ?? 5,
            baseDelayMs: settings.baseDelayMs ?? 200,
            maxDelayMs: settings.maxDelayMs ?? 30_000,
            retryable: errors/* isTransient */.dg,
            retryAfterMs: (error) => (error instanceof errors/* RegistryError */.gl ? error.retryAfterMs : undefined),
            onRetry: (error, attempt, delay) => {
                this.counters.retries += 1;
                const message = error instanceof Error ? error.message : String(error);
                (this.options.onRetry ?? core/* debug */.Yz)(`retry ${attempt} in ${delay} ms: ${this.auth.redact(message)}`);
            },
        });
    }
    baseUrl(registry) {
        const choice = transport_chooseScheme(registry, this.options.insecureRegistries);
        if (choice.insecure && !this.warned.has(registry)) {
            this.warned.add(registry);
            (this.options.onWarning ?? core/* warning */.$e)(`registry ${registry} is listed as insecure: it is spoken to over plain HTTP, without TLS`);
        }
        return registryBaseUrl(registry, this.options.insecureRegistries);
    }
    /** One counted HTTP exchange through the shared Agent; network failures become RegistryErrors naming the host. */
    async rawFetch(url, init) {
        this.counters.requests += 1;
        bump(this.counters.byMethod, init.method);
        bump(this.counters.byKind, init.kind);
        bump(this.counters.byMethodAndKind, `${init.method} ${init.kind}`);
        const headers = { ...init.headers };
        if (this.options.userAgent)
            headers['User-Agent'] ??= this.options.userAgent;
        try {
            if (init.method === 'HEAD')
                return await this.heads.request(url, headers);
            return await (0,undici/* fetch */.hd)(url, {
                method: init.method,
                headers,
                body: init.body,
                dispatcher: this.agent,
                redirect: 'follow',
                ...(init.body && !Buffer.isBuffer(init.body) && typeof init.body !== 'string'
                    ? { duplex: 'half' }
                    : {}),
            });
        }
        catch (error) {
            const cause = error.cause;
            const code = (0,errors/* networkErrorCode */.a0)(error) ?? (cause instanceof Error ? cause.message : error.message);
            throw new errors/* RegistryError */.gl({
                registry: init.registry ?? url.host,
                subject: init.subject ?? url.host,
                problem: init.registry && url.host !== init.registry
                    ? `could not be fetched from ${url.host} (${code})`
                    : `could not be reached (${code})`,
                hint: code === 'ECONNREFUSED' ? 'is the registry running, and are the host and port right?' : undefined,
                cause: error,
            });
        }
    }
    /** Sends a request with the authorization it needs, learning the registry's challenge on a 401. */
    async send(registry, options) {
        const url = options.path instanceof URL ? options.path : new URL(`${this.baseUrl(registry)}${options.path}`);
        const replayable = options.body === undefined || Buffer.isBuffer(options.body);
        if (!replayable && !this.auth.knowsChallenge(registry)) {
            // A streamed body cannot be sent twice: learn how to authenticate first.
            await this.pingNow(registry).catch(() => undefined);
        }
        // Credentials go to the registry's own API host only: an upload Location elsewhere
        // (object storage, a pre-signed URL) gets no Authorization header.
        const ownHost = url.host === new URL(this.baseUrl(registry)).host;
        for (let round = 0;; round += 1) {
            const authorization = ownHost ? await this.auth.authorization(registry, options.scopes) : undefined;
            const headers = { ...options.headers };
            if (authorization)
                headers.Authorization = authorization;
            const response = await this.rawFetch(url, {
                method: options.method,
                headers,
                body: options.body,
                kind: options.kind,
                registry,
                subject: options.subject,
            });
            if (response.status !== 401 || round >= 2 || !replayable || !ownHost)
                return response;
            const again = await this.auth.unauthorized(registry, response.headers.get('www-authenticate'), options.scopes, authorization);
            if (!again)
                return response;
            await response.body?.cancel();
            this.counters.authChallenges += 1;
        }
    }
    /** Turns an unsuccessful response into a one-line RegistryError (body read, connection released). */
    async failure(registry, subject, response) {
        let text = '';
        try {
            text = await response.text();
        }
        catch {
            // the body may already be gone
        }
        const codes = (0,errors/* parseErrorBody */.kW)(text);
        const retryAfterMs = (0,src/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
        if (response.status === 401) {
            const whom = await this.auth.describe(registry);
            const challenge = response.headers.get('www-authenticate') ?? '';
            if (/error="?insufficient_scope/i.test(challenge) && whom !== 'anonymous access') {
                const scope = /scope="([^"]*)"/i.exec(challenge)?.[1];
                return new errors/* RegistryError */.gl({
                    registry,
                    subject,
                    status: 401,
                    codes: [{ code: 'DENIED' }],
                    problem: `was refused for ${whom}: not allowed${scope ? ` (needs ${scope})` : ''}`,
                    hint: 'grant these credentials access to the repository, or use credentials that have it',
                });
            }
            const anonymous = whom === 'anonymous access';
            return new errors/* RegistryError */.gl({
                registry,
                subject,
                status: 401,
                codes: codes.length > 0 ? codes : [{ code: 'UNAUTHORIZED' }],
                problem: `was refused for ${whom}`,
                hint: anonymous
                    ? 'give a username and password (or docker login) for this registry'
                    : 'check the username and password (or token) for this registry',
            });
        }
        return new errors/* RegistryError */.gl({ registry, subject, status: response.status, codes, retryAfterMs });
    }
}
function makeTarget(target, reference) {
    return (0,src_reference/* makeReference */.WU)(target.registry, target.repository, reference);
}
/** Re-chunks a stream (or a buffer) into pieces of exactly `size` bytes (the last may be shorter). */
async function* chunks(content, size) {
    if (Buffer.isBuffer(content)) {
        for (let offset = 0; offset < content.length; offset += size)
            yield content.subarray(offset, offset + size);
        return;
    }
    let pending = [];
    let pendingLength = 0;
    for await (const part of external_node_stream_.Readable.fromWeb(content)) {
        let piece = Buffer.from(part);
        while (pendingLength + piece.length >= size) {
            const take = size - pendingLength;
            pending.push(piece.subarray(0, take));
            yield Buffer.concat(pending);
            pending = [];
            pendingLength = 0;
            piece = piece.subarray(take);
        }
        if (piece.length > 0) {
            pending.push(piece);
            pendingLength += piece.length;
        }
    }
    if (pendingLength > 0)
        yield Buffer.concat(pending);
}

// EXTERNAL MODULE: ./packages/registry/src/compose/interpolate.ts
var interpolate = __webpack_require__(2472);
// EXTERNAL MODULE: ./packages/registry/src/compose/dotenv.ts
var dotenv = __webpack_require__(4457);
// EXTERNAL MODULE: ./packages/registry/src/compose/load.ts + 2 modules
var load = __webpack_require__(8280);
// EXTERNAL MODULE: ./packages/registry/src/compose/targets.ts
var targets = __webpack_require__(9729);
// EXTERNAL MODULE: ./packages/registry/src/compose/sources.ts
var sources = __webpack_require__(4981);
;// CONCATENATED MODULE: ./packages/registry/src/compose/index.ts






// EXTERNAL MODULE: ./packages/registry/src/tags/templates.ts
var templates = __webpack_require__(7891);
// EXTERNAL MODULE: ./packages/registry/src/tags/release.ts
var release = __webpack_require__(9381);
// EXTERNAL MODULE: ./packages/registry/src/tags/environments.ts
var environments = __webpack_require__(8568);
// EXTERNAL MODULE: ./packages/registry/src/tags/retag.ts + 1 modules
var retag = __webpack_require__(4409);
// EXTERNAL MODULE: ./packages/registry/src/tags/release-images.ts
var release_images = __webpack_require__(8048);
;// CONCATENATED MODULE: ./packages/registry/src/tags/index.ts







// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/exec.js + 3 modules
var lib_exec = __webpack_require__(296);
;// CONCATENATED MODULE: ./packages/registry/src/engine/engine.ts



const execRunner = async (command, args, options) => {
    const result = await exec.getExecOutput(command, args, {
        input: options.input,
        silent: true,
        ignoreReturnCode: true,
    });
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
};
/** A command that failed; the message is one line, with the engine's last error line, secrets removed. */
class EngineCommandError extends src/* UserError */.yo {
    command;
    exitCode;
    detail;
    constructor(command, exitCode, detail, hint) {
        super(`${command} failed (exit ${exitCode})${detail ? `: ${detail}` : ''}${hint ? `: ${hint}` : ''}`);
        this.command = command;
        this.exitCode = exitCode;
        this.detail = detail;
        this.name = 'EngineCommandError';
    }
}
const TRANSIENT = /\b(5\d\d|429)\b|too many requests|connection reset|broken pipe|unexpected eof|\beof\b|i\/o timeout|timeout|tls handshake|connection refused|service unavailable|bad gateway|internal server error/i;
const PERMANENT = /unauthorized|authentication required|denied|forbidden|not found|no such image|image not known|invalid reference|manifest invalid|name unknown/i;
/** The most telling line of an engine's error output. */
function lastErrorLine(stderr, stdout = '') {
    const lines = `${stderr}\n${stdout}`
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
    const error = [...lines].reverse().find((line) => /^(error|Error|ERRO|fatal)/.test(line) || /error/i.test(line));
    return (error ?? lines[lines.length - 1] ?? '').replace(/^(Error: |ERRO\[\d+\] |error: )/, '').slice(0, 400);
}
class ContainerEngine {
    name;
    options;
    runner;
    secrets = [];
    warned = new Set();
    constructor(name, options = {}) {
        this.name = name;
        this.options = options;
        this.runner = options.runner ?? execRunner;
    }
    /**
     * `auto`: docker when `docker info` works (a daemon answers), else podman when
     * `podman --version` works; otherwise an error saying what to install.
     */
    static async detect(choice, options = {}) {
        const runner = options.runner ?? execRunner;
        if (choice !== 'auto') {
            const probe = await tryRun(runner, choice, ['--version']);
            if (!probe) {
                throw new UserError(`Input "engine" is ${choice}, but "${choice} --version" does not run: install ${choice} on the runner, or set engine: auto`);
            }
            return new ContainerEngine(choice, options);
        }
        if (await tryRun(runner, 'docker', ['info', '--format', '{{.ServerVersion}}']))
            return new ContainerEngine('docker', options);
        if (await tryRun(runner, 'podman', ['--version']))
            return new ContainerEngine('podman', options);
        throw new UserError('no container engine found: docker info fails (no daemon) and podman is not installed: install docker or podman, or set the engine input');
    }
    /** The arguments that tell podman to speak plain HTTP (and skip TLS) to a registry; none for docker. */
    tlsArguments(registry) {
        const choice = chooseScheme(registry, this.options.insecureRegistries ?? []);
        if (choice.scheme !== 'http')
            return [];
        if (this.name === 'podman')
            return ['--tls-verify=false'];
        if (choice.insecure && !this.warned.has(registry)) {
            this.warned.add(registry);
            this.options.onWarning?.(`docker reaches ${registry} over plain HTTP only when the daemon lists it in "insecure-registries" (daemon.json)`);
        }
        return [];
    }
    async login(registry, username, password) {
        this.secrets.push(password);
        const args = ['login', '--username', username, '--password-stdin', ...this.tlsArguments(registry), registry];
        const result = await this.run(args, Buffer.from(password, 'utf8'));
        if (result.exitCode !== 0) {
            throw this.failure(args, result, `check the username and password for ${registry}`);
        }
    }
    async logout(registry) {
        await this.run(['logout', registry]);
    }
    async tag(source, target) {
        const args = ['tag', source, target];
        const result = await this.run(args);
        if (result.exitCode !== 0) {
            throw this.failure(args, result, `is ${source} built? Build it first (docker compose build), or check the image name`);
        }
    }
    /** Pushes one reference; transient failures (network, 5xx, 429) are retried with backoff, since a push is idempotent. */
    async push(target, registry) {
        const args = ['push', ...this.tlsArguments(registry), target];
        await retry(async () => {
            const result = await this.run(args);
            if (result.exitCode !== 0)
                throw this.failure(args, result, '');
        }, {
            attempts: this.options.pushAttempts ?? 5,
            baseDelayMs: this.options.retry?.baseDelayMs ?? 500,
            maxDelayMs: this.options.retry?.maxDelayMs ?? 5_000,
            sleep: this.options.retry?.sleep,
            retryable: (error) => error instanceof EngineCommandError && TRANSIENT.test(error.detail) && !PERMANENT.test(error.detail),
            onRetry: (error, attempt, delay) => this.options.onWarning?.(`${this.name} push ${target}: attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delay / 100) / 10}s`),
        });
    }
    /** Runs one engine command and reports it; the output stays out of the log unless it fails. */
    async run(args, input) {
        let result;
        try {
            result = await this.runner(this.name, args, { input });
        }
        catch (error) {
            throw new UserError(`${this.name} could not be started (${error.message}): install it or set the engine input`);
        }
        this.options.onCommand?.(`${this.name} ${args.join(' ')}${result.exitCode === 0 ? '' : ` (exit ${result.exitCode})`}`);
        return result;
    }
    failure(args, result, hint) {
        const detail = redact(lastErrorLine(result.stderr, result.stdout), this.secrets);
        const shown = args.filter((arg) => !arg.startsWith('--tls-verify')).slice(0, 4);
        return new EngineCommandError(`${this.name} ${shown.join(' ')}`, result.exitCode, detail, hint);
    }
}
async function tryRun(runner, command, args) {
    try {
        const result = await runner(command, args, {});
        return result.exitCode === 0;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/registry/src/engine/push.ts
var push = __webpack_require__(3723);
;// CONCATENATED MODULE: ./packages/registry/src/engine/index.ts



;// CONCATENATED MODULE: ./packages/registry/src/index.ts
/**
 * @kra/registry: image references and an OCI distribution client (token auth, manifest
 * PUT, blob mount, streamed copy) on undici. Compose files (src/compose), tag templates
 * (src/tags) and the container engine wrapper (src/engine) are exported from here too.
 */









// Compose files, tag templates and release tags, the container engine (push-images, tag-release).




;// CONCATENATED MODULE: ./actions/tag-release/src/release.ts
// tag-release's work once every input is checked (main.ts): the registry client, the re-tags,
// the outputs and the summary. A chunk of its own in dist/, loaded after the inputs are read.



async function release_release(inputs) {
    const { login, context, concurrency, insecureRegistries, version, plan, environment, moving, images } = inputs;
    const client = new RegistryClient({
        credentials: chainCredentials(login ? explicitCredentials([login]) : undefined, dockerConfigCredentials()),
        insecureRegistries,
        concurrency,
        onWarning: (message) => core/* warning */.$e(message),
    });
    let results;
    try {
        results = await (0,retag/* retagImages */.Y)(images, {
            client,
            version,
            tags: plan.tags,
            latest: plan.latest,
            moving: plan.moving,
            immutable: plan.immutable,
            environmentTag: moving.tag,
            concurrency,
            sourceInput: 'source-tag',
        });
    }
    finally {
        const stats = client.stats();
        core/* info */.pq(`registry requests: ${stats.requests} (${Object.entries(stats.byMethodAndKind)
            .map(([kind, count]) => `${kind} ${count}`)
            .join(', ')}; retries ${stats.retries})`);
        await client.close();
    }
    for (const result of results) {
        for (const [tag, reason] of Object.entries(result.refused))
            core/* info */.pq(`not moving ${tag} on ${result.repository}: ${reason}`);
        const changed = result.outcomes.filter(({ outcome }) => outcome !== 'unchanged');
        core/* info */.pq(`${result.ref}: ${changed.length === 0 ? 'every tag already there' : changed.map(({ tag, outcome }) => `${tag} ${outcome}`).join(', ')}`);
    }
    (0,src/* setOutput */.uH)('version', version.version);
    (0,src/* setOutput */.uH)('prerelease', String(version.prerelease));
    (0,src/* setOutput */.uH)('environment', environment);
    writeOutputs(results);
    const failed = results.filter((result) => result.error !== undefined);
    await new src/* SummaryBuilder */.CF()
        .heading(`tag-release ${version.raw}${failed.length > 0 ? ': failed' : ''} · version ${(0,src/* code */.aY)(version.version)}${environment ? ` · environment ${(0,src/* code */.aY)(environment)}` : ''}`)
        .table(['image', 'repository', 'digest', 'tags', 'not written'], results.map((result) => [
        result.name,
        (0,src/* code */.aY)(result.repository),
        (0,src/* code */.aY)((0,src/* shortDigests */.sY)(result.digest)),
        result.outcomes
            .filter(({ outcome }) => outcome !== 'not written')
            .map(({ tag, outcome }) => `${(0,src/* code */.aY)(tag)} ${outcome}`)
            .join(', ') +
            Object.entries(result.refused)
                .map(([tag, reason]) => ` (not ${(0,src/* code */.aY)(tag)}: ${reason})`)
                .join(''),
        result.outcomes
            .filter(({ outcome }) => outcome === 'not written')
            .map(({ tag, reason }) => `${(0,src/* code */.aY)(tag)}: ${reason}`)
            .join('<br>'),
    ]))
        .text(`Version ${(0,src/* code */.aY)(version.version)} (${version.prerelease ? 'pre-release' : 'final release'}) → environment ${environment ? (0,src/* code */.aY)(environment) : '(none)'}. Manifests copied inside the registry, byte for byte: no layer moved.${failed.length > 0 ? ` ${tally(results)}: the written and not-written outputs list them.` : ''}`)
        .text((0,src/* linkLine */.pF)((0,src/* commitAndRunLinks */.TU)(context)))
        .details('Whole references', results.map((result) => result.ref).join('\n'))
        .write();
    if (failed.length > 0)
        throw (0,src/* firstImageFailure */.E5)(failed, tally(results));
}
/** Every list output of tag-release; on a failure, exactly what was written and what was not. */
function writeOutputs(results) {
    const entries = results.map(({ name, repository, tags, digest, ref }) => ({
        name,
        repository,
        tags,
        digest,
        ref,
    }));
    const written = results.flatMap((result) => result.outcomes
        .filter(({ outcome }) => outcome === 'added' || outcome === 'moved')
        .map(({ tag, outcome }) => ({ repository: result.repository, tag, outcome })));
    (0,src/* setListOutput */.SP)('written', written.map((item) => `${item.repository}:${item.tag}`), written);
    const notWritten = results.flatMap((result) => result.outcomes
        .filter(({ outcome }) => outcome === 'not written')
        .map(({ tag, reason }) => ({ repository: result.repository, tag, reason: reason ?? '' })));
    (0,image_list/* writeImageListOutputs */.x8)(entries, notWritten);
}
function tally(results) {
    const count = (test) => results.reduce((sum, result) => sum + result.outcomes.filter(({ outcome }) => test(outcome)).length, 0);
    return `${count((outcome) => outcome === 'added' || outcome === 'moved')} tag(s) written, ${count((outcome) => outcome === 'not written')} not`;
}


/***/ })

};
