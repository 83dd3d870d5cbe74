/**
 * The registry test harness (shared by the client's tests and by push-images/tag-release).
 * Import from 'packages/registry/test/support/index.js' (relative path). Stable API:
 *
 *   startRegistry({ auth?: 'none' | 'htpasswd' | 'token', users?, tokenPolicy?, tokenExpiresIn? })
 *     → Promise<RunningRegistry>
 *     Runs `docker-registry serve` (CNCF Distribution 2.8, Debian package docker-registry) on
 *     127.0.0.1:<free port> with a temp storage folder; resolves once /v2/ answers.
 *     RunningRegistry = { host: '127.0.0.1:PORT', url: 'http://127.0.0.1:PORT', auth,
 *       username?, password? (the first user; default user "kra-test" with a random password
 *       in htpasswd/token modes), users, tokenServer? ({ url, realm, identityToken,
 *       issued: [{user, scopes}], refused }), dir, log(), stop() }.
 *     htpasswd: bcrypt hashes (bcryptjs). token: an in-process token server issues ES256 JWTs
 *     (x5c header, the self-signed certificate is the registry's rootcertbundle); by default
 *     users get every requested action and anonymous requests get none; pass
 *     tokenPolicy(user, type, name, actions) → granted actions to restrict.
 *     Fails with an install hint when docker-registry (or openssl, token mode) is missing.
 *
 *   startFaultProxy(targetUrl, { rate = 0.2, faults = ['500','503','429','reset','slow'],
 *     retryAfterSeconds = 1, slowMs = 300, seed = 1, refuseMounts = false, intercept }) → Promise<FaultProxy>
 *     intercept({ method, path }) sees each request first: an answer { status, code, message? }
 *     refuses it as a registry would, a promise holds it until it settles, undefined goes on.
 *     FaultProxy = { host, url, stats(): { requests, forwarded, faults: {500,503,429,reset,slow},
 *       injected, mountsRefused, intercepted }, setRate(rate), stop() }.
 *     Use proxy.host as the registry in references; Host is passed through so upload
 *     Locations point at the proxy. refuseMounts turns blob mount POSTs into plain upload
 *     POSTs (202), like a registry that refuses cross-repository mounts.
 *
 *   pushRandomImage(client, ref, { layers = 2, layerSize = 2048, platform, format: 'oci'|'docker', byDigest })
 *     → { digest, bytes, mediaType, config, layers }   (layers are real one-file tar archives;
 *     podman pull and skopeo accept these images)
 *   pushIndex(client, ref, { platforms = [linux/amd64, linux/arm64/v8], layers, layerSize, format })
 *     → { digest, bytes, mediaType, children }          (children pushed by digest, index at ref)
 *   tarWithFile(name, content) → Buffer
 *
 *   testClient(registry | proxy, options?) → RegistryClient with the registry's credentials
 *     (when it has users) and fast retries; close it in afterAll.
 *
 *   freePort(), tempDir(prefix), requireBinary(binary, debianPackage), seededRandom(seed)
 */
export { startRegistry } from './registry.js';
export type { RegistryAuthMode, RunningRegistry, StartRegistryOptions } from './registry.js';
export { startTokenServer } from './token-server.js';
export type { TokenPolicy, TokenServer, TokenServerOptions } from './token-server.js';
export { seededRandom, startFaultProxy } from './fault-proxy.js';
export type { Fault, FaultProxy, FaultProxyOptions, FaultProxyStats, InterceptAnswer } from './fault-proxy.js';
export { pushIndex, pushRandomImage, tarWithFile } from './images.js';
export type { PushedImage, PushedIndex, TestImageOptions } from './images.js';
export { freePort, requireBinary, tempDir } from './process-tools.js';
export { testClient } from './client.js';
