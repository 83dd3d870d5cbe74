/**
 * An OCI distribution client on undici: manifests (HEAD/GET/PUT, bytes kept exactly),
 * blobs (HEAD, cross-repository mount, streamed copy, monolithic or chunked upload),
 * whole-image copies (multi-arch indexes included, byte for byte), tag lists. Keep-alive
 * connections through one bounded Agent, concurrency bounded by a Semaphore, retries
 * with backoff on 429/5xx/connection resets honouring Retry-After, and a request counter.
 */
import { Readable } from 'node:stream';
import * as core from '@actions/core';
import { mapLimit, parseRetryAfter, retry, Semaphore } from '@kra/core';
import { Agent, fetch } from 'undici';
import type { BodyInit, Response } from 'undici';
import { Authenticator, repositoryScope } from './auth.js';
import { KeepAliveHead } from './head-request.js';
import type { CredentialStore } from './credentials.js';
import { computeDigest, matchesDigest, validateDigest } from './digest.js';
import { isTransient, networkErrorCode, parseErrorBody, RegistryError } from './errors.js';
import {
  isIndexMediaType,
  isNonDistributable,
  isSchema1MediaType,
  MANIFEST_ACCEPT,
  MediaType,
  type Descriptor,
  type ParsedManifest,
} from './media-types.js';
import {
  type ImageReference,
  makeReference,
  normaliseRegistry,
  type RepositoryLocation,
  validateTag,
} from './reference.js';
import { chooseScheme, registryBaseUrl } from './transport.js';

export interface RegistryClientOptions {
  /** Where credentials come from (explicitCredentials, dockerConfigCredentials, chainCredentials). */
  credentials?: CredentialStore;
  /** Registries spoken to over plain HTTP although not on loopback (a warning is given once per host). */
  insecureRegistries?: readonly string[];
  /** Receives warnings (insecure transport); defaults to core.warning. */
  onWarning?: (message: string) => void;
  /** Receives one line per retried request; defaults to core.debug. */
  onRetry?: (message: string) => void;
  /** Requests (or blob copies) in flight at once; default 8. */
  concurrency?: number;
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  /** Upload blobs larger than this in PATCH chunks of this size; default: one monolithic PUT. */
  chunkSize?: number;
  userAgent?: string;
  /** Tags asked for per page of a tag list (the registry may send fewer); default 1000. */
  tagsPageSize?: number;
  /** Largest manifest accepted, in bytes; default 4 MiB (the size registries enforce). */
  maxManifestBytes?: number;
}

/** What a HEAD on a manifest tells. */
export interface ManifestInfo {
  digest: string;
  mediaType: string;
  size: number;
}

/** A manifest exactly as stored: its bytes, their media type and digest. */
export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface BlobInfo {
  digest: string;
  size: number;
}

export type BlobCopyResult = 'exists' | 'mounted' | 'copied';

export interface CopyImageResult {
  digest: string;
  mediaType: string;
  size: number;
  /** Tags written in the target (every requested tag). */
  tags: string[];
  /** Manifests written by digest (children of an index). */
  childManifests: number;
  blobs: Record<BlobCopyResult, number>;
}

export type RequestKind = 'ping' | 'manifest' | 'blob' | 'upload' | 'tags' | 'token' | 'other';

export interface RegistryStats {
  /** Every HTTP request sent, retries and auth round trips included. */
  requests: number;
  byMethod: Record<string, number>;
  byKind: Partial<Record<RequestKind, number>>;
  /** "GET manifest", "PUT manifest", "HEAD blob", "POST upload", "GET token"… */
  byMethodAndKind: Record<string, number>;
  /** Requests sent again after a transient failure. */
  retries: number;
  /** Requests answered 401 that were sent again with (new) credentials. */
  authChallenges: number;
}

interface SendOptions {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  /** A path under the registry base URL (/v2/…), or an absolute URL (upload locations). */
  path: string | URL;
  kind: RequestKind;
  scopes: string[];
  headers?: Record<string, string>;
  body?: Buffer | ReadableStream<Uint8Array>;
  subject: string;
}

const DEFAULT_CONCURRENCY = 8;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

function subjectOf(ref: ImageReference): string {
  return `manifest ${ref.repository}${ref.digest ? `@${ref.digest}` : `:${ref.tag ?? 'latest'}`}`;
}

function manifestPath(ref: ImageReference): string {
  return `/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

/** The media type of manifest bytes: their own mediaType field, else the Content-Type, else by shape. */
export function manifestMediaType(
  bytes: Uint8Array,
  contentType?: string | null,
): { mediaType: string; parsed: ParsedManifest } {
  let parsed: ParsedManifest;
  try {
    parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as ParsedManifest;
  } catch {
    throw new Error('the manifest is not JSON');
  }
  if (!parsed || typeof parsed !== 'object') throw new Error('the manifest is not a JSON object');
  const header = contentType?.split(';')[0].trim();
  if (parsed.schemaVersion === 1 || (header && isSchema1MediaType(header))) {
    throw new Error(
      'schema 1 manifest (deprecated, unsupported): rebuild and push the image with a current Docker, podman or buildah',
    );
  }
  if (typeof parsed.mediaType === 'string' && parsed.mediaType !== '') return { mediaType: parsed.mediaType, parsed };
  if (header && header !== 'application/json' && header !== 'application/octet-stream')
    return { mediaType: header, parsed };
  return { mediaType: Array.isArray(parsed.manifests) ? MediaType.ociIndex : MediaType.ociManifest, parsed };
}

export class RegistryClient {
  private readonly agent: Agent;
  private readonly heads: KeepAliveHead;
  private readonly auth: Authenticator;
  private readonly semaphore: Semaphore;
  private readonly concurrency: number;
  private readonly warned = new Set<string>();
  private counters: RegistryStats = RegistryClient.emptyStats();

  constructor(private readonly options: RegistryClientOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    this.semaphore = new Semaphore(this.concurrency);
    // A streamed copy holds a GET and a PUT open at once: room for both per lane.
    this.heads = new KeepAliveHead(this.concurrency * 2 + 2);
    this.agent = new Agent({
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

  private static emptyStats(): RegistryStats {
    return { requests: 0, byMethod: {}, byKind: {}, byMethodAndKind: {}, retries: 0, authChallenges: 0 };
  }

  /** A copy of the request counters. */
  stats(): RegistryStats {
    return structuredClone(this.counters);
  }

  resetStats(): void {
    this.counters = RegistryClient.emptyStats();
  }

  /** Closes the kept-alive connections. */
  async close(): Promise<void> {
    this.heads.close();
    await this.agent.close();
  }

  // ---------------------------------------------------------------- manifests

  /** HEAD a manifest: its digest, media type and size, or undefined when the registry has no such manifest (404). */
  async headManifest(ref: ImageReference): Promise<ManifestInfo | undefined> {
    return this.limited(() => this.headManifestNow(ref));
  }

  /** GET a manifest: the exact bytes, their media type and digest (checked against the reference and Docker-Content-Digest). */
  async getManifest(ref: ImageReference): Promise<Manifest> {
    return this.limited(() => this.getManifestNow(ref));
  }

  /**
   * PUT a manifest under the reference's tag (or digest). Content-Type is the manifest's
   * media type; returns the digest of the bytes, checked against the registry's answer.
   */
  async putManifest(ref: ImageReference, manifest: { bytes: Uint8Array; mediaType?: string }): Promise<string> {
    return this.limited(() => this.putManifestNow(ref, manifest));
  }

  private async headManifestNow(ref: ImageReference): Promise<ManifestInfo | undefined> {
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
      if (response.status === 404) return undefined;
      if (!response.ok) throw await this.failure(ref.registry, subject, response);
      const contentType = response.headers.get('content-type')?.split(';')[0].trim() ?? '';
      if (isSchema1MediaType(contentType)) {
        throw new RegistryError({
          registry: ref.registry,
          subject,
          problem: 'is a schema 1 manifest (deprecated, unsupported)',
          hint: 'rebuild and push the image with a current Docker, podman or buildah',
        });
      }
      const digest = response.headers.get('docker-content-digest') ?? ref.digest;
      const size = Number(response.headers.get('content-length') ?? NaN);
      if (!digest || validateDigest(digest) !== undefined || !Number.isFinite(size)) {
        // Some registries answer HEAD without a digest: read the manifest instead.
        const manifest = await this.getManifestNow(ref);
        return { digest: manifest.digest, mediaType: manifest.mediaType, size: manifest.bytes.length };
      }
      return { digest, mediaType: contentType, size };
    });
  }

  private async getManifestNow(ref: ImageReference): Promise<Manifest> {
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
      if (!response.ok) throw await this.failure(ref.registry, subject, response);
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > limit) {
        await response.body?.cancel();
        throw new RegistryError({
          registry: ref.registry,
          subject,
          problem: `is ${declared} bytes, more than the ${limit} accepted`,
        });
      }
      const bytes = Buffer.from(await response.arrayBuffer());
      let mediaType: string;
      try {
        mediaType = manifestMediaType(bytes, response.headers.get('content-type')).mediaType;
      } catch (error) {
        throw new RegistryError({
          registry: ref.registry,
          subject,
          problem: `cannot be used: ${(error as Error).message}`,
        });
      }
      const headerDigest = response.headers.get('docker-content-digest');
      // The digest in the algorithm the reference asked for (the parser checked it is supported), else sha256.
      const digest = computeDigest(bytes, ref.digest ? ref.digest.slice(0, ref.digest.indexOf(':')) : 'sha256');
      if (ref.digest && !matchesDigest(bytes, ref.digest)) {
        throw new RegistryError({
          registry: ref.registry,
          subject,
          problem: `content has digest ${digest}, not the one asked for`,
          hint: 'the registry returned other content; do not trust it',
        });
      }
      if (headerDigest && validateDigest(headerDigest) === undefined && !matchesDigest(bytes, headerDigest)) {
        throw new RegistryError({
          registry: ref.registry,
          subject,
          problem: `content has digest ${digest} but the registry said ${headerDigest} (Docker-Content-Digest)`,
          hint: 'the content was altered in transit or the registry is broken',
        });
      }
      return { bytes, mediaType, digest: ref.digest ?? digest };
    });
  }

  private async putManifestNow(
    ref: ImageReference,
    manifest: { bytes: Uint8Array; mediaType?: string },
  ): Promise<string> {
    const subject = subjectOf(ref);
    if (ref.tag) validateTag(ref.tag, ref.name);
    const bytes = Buffer.from(manifest.bytes);
    let mediaType: string;
    try {
      const own = manifestMediaType(bytes, manifest.mediaType);
      mediaType = own.mediaType;
    } catch (error) {
      throw new RegistryError({
        registry: ref.registry,
        subject,
        problem: `cannot be pushed: ${(error as Error).message}`,
      });
    }
    const digest = computeDigest(bytes);
    if (ref.digest && !matchesDigest(bytes, ref.digest)) {
      throw new RegistryError({
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
      if (!response.ok) throw await this.failure(ref.registry, subject, response);
      await response.body?.cancel();
      const answered = response.headers.get('docker-content-digest');
      if (answered && answered.startsWith('sha256:') && answered !== digest) {
        throw new RegistryError({
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
  async headBlob(repo: RepositoryLocation, digest: string): Promise<BlobInfo | undefined> {
    return this.limited(() => this.headBlobNow(repo, digest));
  }

  /**
   * Asks the registry to mount a blob from another repository of the same registry.
   * True when mounted (201); false when the registry refused (202: it opened an upload
   * instead) or the repositories are on different registries.
   */
  async mountBlob(target: RepositoryLocation, digest: string, from: RepositoryLocation): Promise<boolean> {
    if (!this.sameRegistry(target, from)) return false;
    return this.limited(async () => (await this.mountNow(target, digest, from)).mounted);
  }

  /**
   * Makes a blob exist in `target`: nothing when it already does, a mount when the
   * registry allows it, else a streamed copy (GET from the source, upload to the target;
   * across registries too).
   */
  async copyBlob(
    source: RepositoryLocation,
    target: RepositoryLocation,
    blob: { digest: string; size?: number },
  ): Promise<BlobCopyResult> {
    return this.limited(() => this.copyBlobNow(source, target, blob));
  }

  /** Uploads bytes as a blob (POST, then PUT with the digest, or PATCH chunks); returns the digest. Skips nothing: HEAD first if it may exist. */
  async uploadBlob(target: RepositoryLocation, bytes: Uint8Array): Promise<string> {
    const data = Buffer.from(bytes);
    const digest = computeDigest(data);
    await this.limited(() =>
      this.withRetry(async () => {
        const location = await this.startUpload(target, digest);
        await this.finishUpload(target, digest, location, () => data, data.length);
      }),
    );
    return digest;
  }

  private async headBlobNow(repo: RepositoryLocation, digest: string): Promise<BlobInfo | undefined> {
    const subject = `blob ${repo.repository}@${digest}`;
    return this.withRetry(async () => {
      const response = await this.send(repo.registry, {
        method: 'HEAD',
        path: `/v2/${repo.repository}/blobs/${digest}`,
        kind: 'blob',
        scopes: [repositoryScope(repo.repository, 'pull')],
        subject,
      });
      if (response.status === 404) return undefined;
      if (!response.ok) throw await this.failure(repo.registry, subject, response);
      return { digest, size: Number(response.headers.get('content-length') ?? 0) };
    });
  }

  private async mountNow(
    target: RepositoryLocation,
    digest: string,
    from: RepositoryLocation,
  ): Promise<{ mounted: boolean; location?: URL }> {
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
      if (response.status === 201) return { mounted: true };
      return { mounted: false, location: this.uploadLocation(target.registry, subject, response) };
    });
  }

  private async copyBlobNow(
    source: RepositoryLocation,
    target: RepositoryLocation,
    blob: { digest: string; size?: number },
  ): Promise<BlobCopyResult> {
    if (await this.headBlobNow(target, blob.digest)) return 'exists';
    let session: URL | undefined;
    if (this.sameRegistry(source, target)) {
      try {
        const mount = await this.mountNow(target, blob.digest, source);
        if (mount.mounted) return 'mounted';
        session = mount.location;
      } catch (error) {
        // A registry may refuse the mount outright (no pull on the source for this token): copy instead.
        if (!(error instanceof RegistryError) || (error.status !== 401 && error.status !== 403 && error.status !== 405))
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
      if (!response.ok || !response.body) throw await this.failure(source.registry, subject, response);
      const size = Number(response.headers.get('content-length') ?? blob.size ?? NaN);
      try {
        // The session a refused mount opened is used for the first attempt only; a retry starts from the POST.
        const location = attempt === 1 && session ? session : await this.startUpload(target, blob.digest);
        const body = response.body;
        await this.finishUpload(target, blob.digest, location, () => body, Number.isFinite(size) ? size : undefined);
      } finally {
        await response.body.cancel().catch(() => undefined);
      }
    });
    return 'copied';
  }

  private uploadLocation(registry: string, subject: string, response: Response): URL {
    const location = response.headers.get('location');
    if (!location) {
      throw new RegistryError({
        registry,
        subject,
        status: response.status,
        problem: 'was opened without a Location header',
        hint: 'the registry does not follow the distribution API',
      });
    }
    return new URL(location, response.url);
  }

  private async startUpload(target: RepositoryLocation, digest: string): Promise<URL> {
    const subject = `blob upload ${target.repository}@${digest}`;
    const response = await this.send(target.registry, {
      method: 'POST',
      path: `/v2/${target.repository}/blobs/uploads/`,
      kind: 'upload',
      scopes: [repositoryScope(target.repository, 'pull,push')],
      headers: { 'Content-Length': '0' },
      subject,
    });
    if (response.status !== 202) throw await this.failure(target.registry, subject, response);
    await response.body?.cancel();
    return this.uploadLocation(target.registry, subject, response);
  }

  /** Sends a blob's content to an open upload session: one PUT, or PATCH chunks then a closing PUT. */
  private async finishUpload(
    target: RepositoryLocation,
    digest: string,
    location: URL,
    content: () => Buffer | ReadableStream<Uint8Array>,
    size: number | undefined,
  ): Promise<void> {
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
        if (response.status !== 202) throw await this.failure(target.registry, subject, response);
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
      if (response.status !== 201) throw await this.failure(target.registry, subject, response);
      await response.body?.cancel();
      return;
    }
    current.searchParams.set('digest', digest);
    const body = content();
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
    if (Buffer.isBuffer(body)) headers['Content-Length'] = String(body.length);
    else if (size !== undefined) headers['Content-Length'] = String(size);
    const response = await this.send(target.registry, {
      method: 'PUT',
      path: current,
      kind: 'upload',
      scopes,
      headers,
      body,
      subject,
    });
    if (response.status !== 201) throw await this.failure(target.registry, subject, response);
    await response.body?.cancel();
  }

  // ---------------------------------------------------------------- images

  /**
   * Copies an image (or multi-arch index) to `target` under `tags`, byte for byte so the
   * digest is unchanged: every blob (exists / mount / streamed copy), each child
   * manifest by digest, then the top manifest under each tag (by digest when no tag).
   * Within one repository only the tag PUTs are needed, and only they are sent.
   */
  async copyImage(
    source: ImageReference,
    target: RepositoryLocation,
    tags: readonly string[] = [],
  ): Promise<CopyImageResult> {
    for (const tag of tags) validateTag(tag, `${target.registry}/${target.repository}`);
    const top = await this.limited(() => this.getManifestNow(source));
    const blobs: Record<BlobCopyResult, number> = { exists: 0, mounted: 0, copied: 0 };
    let childManifests = 0;
    const sameRepository = this.sameRegistry(source, target) && source.repository === target.repository;
    const targetRef = (reference: { tag?: string; digest?: string }): ImageReference => makeTarget(target, reference);

    const copyBlobs = async (manifest: Manifest): Promise<void> => {
      const parsed = manifestMediaType(manifest.bytes, manifest.mediaType).parsed;
      const descriptors: Descriptor[] = [];
      if (parsed.config?.digest) descriptors.push(parsed.config);
      for (const layer of parsed.layers ?? [])
        if (!isNonDistributable(layer) || !layer.urls?.length) descriptors.push(layer);
      const unique = [...new Map(descriptors.map((d) => [d.digest, d])).values()];
      await mapLimit(unique, this.concurrency, async (descriptor) => {
        const outcome = await this.limited(() => this.copyBlobNow(source, target, descriptor));
        blobs[outcome] += 1;
      });
    };

    if (!sameRepository) {
      if (isIndexMediaType(top.mediaType)) {
        const children = manifestMediaType(top.bytes, top.mediaType).parsed.manifests ?? [];
        await mapLimit(children, this.concurrency, async (child) => {
          if (await this.limited(() => this.headManifestNow(targetRef({ digest: child.digest })))) return;
          const manifest = await this.limited(() => this.getManifestNow(source.withDigest(child.digest)));
          if (isIndexMediaType(manifest.mediaType)) {
            // Nested index (rare): copy it as an image of its own, by digest.
            await this.copyImage(source.withDigest(child.digest), target);
          } else {
            await copyBlobs(manifest);
            await this.limited(() => this.putManifestNow(targetRef({ digest: child.digest }), manifest));
          }
          childManifests += 1;
        });
      } else {
        await copyBlobs(top);
      }
    }
    if (tags.length === 0) {
      await this.limited(() => this.putManifestNow(targetRef({ digest: top.digest }), top));
    } else {
      await mapLimit([...tags], this.concurrency, (tag) =>
        this.limited(() => this.putManifestNow(targetRef({ tag }), top)),
      );
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
  async listTags(registry: string, repository: string): Promise<string[]> {
    const subject = `tags of ${repository}`;
    const tags: string[] = [];
    const seen = new Set<string>();
    let next: string | URL | undefined = `/v2/${repository}/tags/list?n=${this.options.tagsPageSize ?? 1000}`;
    for (let page = 0; next && page < 10_000; page += 1) {
      const path: string | URL = next;
      const { body, link, url } = await this.limited(() =>
        this.withRetry(async () => {
          const response = await this.send(registry, {
            method: 'GET',
            path,
            kind: 'tags',
            scopes: [repositoryScope(repository, 'pull')],
            subject,
          });
          if (!response.ok) throw await this.failure(registry, subject, response);
          const text = await response.text();
          let parsed: { tags?: unknown };
          try {
            parsed = JSON.parse(text) as { tags?: unknown };
          } catch {
            throw new RegistryError({ registry, subject, status: response.status, problem: 'answer is not JSON' });
          }
          return {
            body: parsed ?? {},
            link: response.headers.get('link'),
            url: response.url,
          };
        }),
      );
      if (Array.isArray(body.tags)) for (const tag of body.tags) if (typeof tag === 'string') tags.push(tag);
      const match = link ? /<([^>]+)>\s*;\s*rel="?next"?/i.exec(link) : null;
      next = match ? new URL(match[1], url) : undefined;
      if (next && seen.has(next.href)) next = undefined; // a registry that links a page to itself
      if (next) seen.add(next.href);
    }
    return tags;
  }

  /** GET /v2/: whether the registry answers, and how it wants to be authenticated (learned for later requests). */
  async ping(registry: string): Promise<void> {
    await this.limited(() => this.pingNow(registry));
  }

  private async pingNow(registry: string): Promise<void> {
    await this.withRetry(async () => {
      const response = await this.send(registry, {
        method: 'GET',
        path: '/v2/',
        kind: 'ping',
        scopes: [],
        subject: 'API',
      });
      if (!response.ok) throw await this.failure(registry, 'API', response);
      await response.body?.cancel();
    });
  }

  // ---------------------------------------------------------------- plumbing

  private sameRegistry(a: RepositoryLocation, b: RepositoryLocation): boolean {
    return normaliseRegistry(a.registry.toLowerCase()) === normaliseRegistry(b.registry.toLowerCase());
  }

  private limited<T>(task: () => Promise<T>): Promise<T> {
    return this.semaphore.use(task);
  }

  private withRetry<T>(operation: (attempt: number) => Promise<T>): Promise<T> {
    const settings = this.options.retry ?? {};
    return retry(operation, {
      attempts: settings.attempts ?? 5,
      baseDelayMs: settings.baseDelayMs ?? 200,
      maxDelayMs: settings.maxDelayMs ?? 30_000,
      retryable: isTransient,
      retryAfterMs: (error) => (error instanceof RegistryError ? error.retryAfterMs : undefined),
      onRetry: (error, attempt, delay) => {
        this.counters.retries += 1;
        const message = error instanceof Error ? error.message : String(error);
        (this.options.onRetry ?? core.debug)(`retry ${attempt} in ${delay} ms: ${this.auth.redact(message)}`);
      },
    });
  }

  private baseUrl(registry: string): string {
    const choice = chooseScheme(registry, this.options.insecureRegistries);
    if (choice.insecure && !this.warned.has(registry)) {
      this.warned.add(registry);
      (this.options.onWarning ?? core.warning)(
        `registry ${registry} is listed as insecure: it is spoken to over plain HTTP, without TLS`,
      );
    }
    return registryBaseUrl(registry, this.options.insecureRegistries);
  }

  /** One counted HTTP exchange through the shared Agent; network failures become RegistryErrors naming the host. */
  private async rawFetch(
    url: URL,
    init: {
      method: string;
      headers: Record<string, string>;
      body?: BodyInit;
      kind: RequestKind;
      registry?: string;
      subject?: string;
    },
  ): Promise<Response> {
    this.counters.requests += 1;
    bump(this.counters.byMethod, init.method);
    bump(this.counters.byKind as Record<string, number>, init.kind);
    bump(this.counters.byMethodAndKind, `${init.method} ${init.kind}`);
    const headers = { ...init.headers };
    if (this.options.userAgent) headers['User-Agent'] ??= this.options.userAgent;
    try {
      if (init.method === 'HEAD') return await this.heads.request(url, headers);
      return await fetch(url, {
        method: init.method,
        headers,
        body: init.body,
        dispatcher: this.agent,
        redirect: 'follow',
        ...(init.body && !Buffer.isBuffer(init.body) && typeof init.body !== 'string'
          ? { duplex: 'half' as const }
          : {}),
      });
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      const code = networkErrorCode(error) ?? (cause instanceof Error ? cause.message : (error as Error).message);
      throw new RegistryError({
        registry: init.registry ?? url.host,
        subject: init.subject ?? url.host,
        problem:
          init.registry && url.host !== init.registry
            ? `could not be fetched from ${url.host} (${code})`
            : `could not be reached (${code})`,
        hint: code === 'ECONNREFUSED' ? 'is the registry running, and are the host and port right?' : undefined,
        cause: error,
      });
    }
  }

  /** Sends a request with the authorization it needs, learning the registry's challenge on a 401. */
  private async send(registry: string, options: SendOptions): Promise<Response> {
    const url = options.path instanceof URL ? options.path : new URL(`${this.baseUrl(registry)}${options.path}`);
    const replayable = options.body === undefined || Buffer.isBuffer(options.body);
    if (!replayable && !this.auth.knowsChallenge(registry)) {
      // A streamed body cannot be sent twice: learn how to authenticate first.
      await this.pingNow(registry).catch(() => undefined);
    }
    // Credentials go to the registry's own API host only: an upload Location elsewhere
    // (object storage, a pre-signed URL) gets no Authorization header.
    const ownHost = url.host === new URL(this.baseUrl(registry)).host;
    for (let round = 0; ; round += 1) {
      const authorization = ownHost ? await this.auth.authorization(registry, options.scopes) : undefined;
      const headers = { ...options.headers };
      if (authorization) headers.Authorization = authorization;
      const response = await this.rawFetch(url, {
        method: options.method,
        headers,
        body: options.body as BodyInit | undefined,
        kind: options.kind,
        registry,
        subject: options.subject,
      });
      if (response.status !== 401 || round >= 2 || !replayable || !ownHost) return response;
      const again = await this.auth.unauthorized(
        registry,
        response.headers.get('www-authenticate'),
        options.scopes,
        authorization,
      );
      if (!again) return response;
      await response.body?.cancel();
      this.counters.authChallenges += 1;
    }
  }

  /** Turns an unsuccessful response into a one-line RegistryError (body read, connection released). */
  private async failure(registry: string, subject: string, response: Response): Promise<RegistryError> {
    let text = '';
    try {
      text = await response.text();
    } catch {
      // the body may already be gone
    }
    const codes = parseErrorBody(text);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    if (response.status === 401) {
      const whom = await this.auth.describe(registry);
      const challenge = response.headers.get('www-authenticate') ?? '';
      if (/error="?insufficient_scope/i.test(challenge) && whom !== 'anonymous access') {
        const scope = /scope="([^"]*)"/i.exec(challenge)?.[1];
        return new RegistryError({
          registry,
          subject,
          status: 401,
          codes: [{ code: 'DENIED' }],
          problem: `was refused for ${whom}: not allowed${scope ? ` (needs ${scope})` : ''}`,
          hint: 'grant these credentials access to the repository, or use credentials that have it',
        });
      }
      const anonymous = whom === 'anonymous access';
      return new RegistryError({
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
    return new RegistryError({ registry, subject, status: response.status, codes, retryAfterMs });
  }
}

function makeTarget(target: RepositoryLocation, reference: { tag?: string; digest?: string }): ImageReference {
  return makeReference(target.registry, target.repository, reference);
}

/** Re-chunks a stream (or a buffer) into pieces of exactly `size` bytes (the last may be shorter). */
async function* chunks(content: Buffer | ReadableStream<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(content)) {
    for (let offset = 0; offset < content.length; offset += size) yield content.subarray(offset, offset + size);
    return;
  }
  let pending: Buffer[] = [];
  let pendingLength = 0;
  for await (const part of Readable.fromWeb(content as import('node:stream/web').ReadableStream<Uint8Array>)) {
    let piece = Buffer.from(part as Uint8Array);
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
  if (pendingLength > 0) yield Buffer.concat(pending);
}
