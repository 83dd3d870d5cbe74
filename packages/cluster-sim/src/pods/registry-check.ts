/**
 * The optional pull check: asks the image's registry (OCI distribution API) whether the
 * manifest exists, so pods of images that were never pushed fail to pull as they would on
 * a real node. Answers are cached: found images forever, failures for a short while so a
 * later push is noticed on the next pull attempt.
 */
import http from 'node:http';
import https from 'node:https';
import { isLocalRegistry, parseImage } from './images.js';

export interface RegistryCheckOptions {
  /** Talk plain HTTP to every registry (it is always used for localhost / 127.x). */
  insecure?: boolean;
  /** Only check images on these registry hosts (host[:port]); others are assumed present. */
  hosts?: string[];
  /** How long (real ms) a negative answer is cached. */
  negativeTtlMs?: number;
  /** Per-request timeout (real ms). */
  timeoutMs?: number;
}

export type PullCheck =
  { ok: true; digest?: string } | { ok: false; code: 'NotFound' | 'Unauthorized' | 'Unavailable'; message: string };

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export class RegistryChecker {
  private readonly cache = new Map<string, { result: PullCheck; at: number }>();
  private readonly inflight = new Map<string, Promise<PullCheck>>();

  constructor(private readonly options: RegistryCheckOptions = {}) {}

  applies(image: string): boolean {
    const { registry } = parseImage(image);
    return !this.options.hosts || this.options.hosts.includes(registry);
  }

  check(image: string): Promise<PullCheck> {
    const ref = parseImage(image);
    const cached = this.cache.get(ref.normalized);
    if (cached && (cached.result.ok || Date.now() - cached.at < (this.options.negativeTtlMs ?? 2000)))
      return Promise.resolve(cached.result);
    const running = this.inflight.get(ref.normalized);
    if (running) return running;
    const promise = this.ask(image).then((result) => {
      this.cache.set(ref.normalized, { result, at: Date.now() });
      this.inflight.delete(ref.normalized);
      return result;
    });
    this.inflight.set(ref.normalized, promise);
    return promise;
  }

  private ask(image: string): Promise<PullCheck> {
    const ref = parseImage(image);
    const plain = this.options.insecure || isLocalRegistry(ref.registry);
    const host = ref.registry === 'docker.io' ? 'registry-1.docker.io' : ref.registry;
    const url = `${plain ? 'http' : 'https'}://${host}/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag}`;
    const lib = plain ? http : https;
    return new Promise<PullCheck>((resolve) => {
      const req = lib.request(
        url,
        { method: 'HEAD', headers: { Accept: ACCEPT }, timeout: this.options.timeoutMs ?? 5000 },
        (res) => {
          res.resume();
          const status = res.statusCode ?? 0;
          const failed = `failed to pull and unpack image "${ref.normalized}": failed to resolve reference "${ref.normalized}"`;
          if (status >= 200 && status < 300) {
            const digest = res.headers['docker-content-digest'];
            resolve({ ok: true, digest: typeof digest === 'string' ? digest : ref.digest });
          } else if (status === 404) {
            resolve({
              ok: false,
              code: 'NotFound',
              message: `rpc error: code = NotFound desc = ${failed}: ${ref.normalized}: not found: manifest unknown`,
            });
          } else if (status === 401 || status === 403) {
            resolve({
              ok: false,
              code: 'Unauthorized',
              message: `rpc error: code = Unknown desc = ${failed}: pull access denied, repository does not exist or may require authorization: authorization failed: ${status}`,
            });
          } else {
            resolve({
              ok: false,
              code: 'Unavailable',
              message: `rpc error: code = Unknown desc = ${failed}: unexpected status from HEAD request to ${url}: ${status}`,
            });
          }
        },
      );
      req.on('timeout', () => req.destroy(new Error(`dial tcp ${host}: i/o timeout`)));
      req.on('error', (error) => {
        resolve({
          ok: false,
          code: 'Unavailable',
          message: `rpc error: code = Unavailable desc = failed to pull and unpack image "${ref.normalized}": failed to resolve reference "${ref.normalized}": failed to do request: Head "${url}": ${error.message}`,
        });
      });
      req.end();
    });
  }
}
