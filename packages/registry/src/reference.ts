/**
 * Image references, parsed the way Docker does (the distribution/reference grammar):
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [domain "/"] path-component ["/" path-component]*
 *   domain     := host [":" port]            host = domain-name | IPv4 | "[" IPv6 "]"
 *   path-comp  := [a-z0-9]+ ( ( [._] | "__" | "-"+ ) [a-z0-9]+ )*
 *   tag        := [\w][\w.-]{0,127}
 *   digest     := algorithm ":" hex          sha256 = 64 lower-case hex
 *
 * Normalisation follows ParseNormalizedNamed: a first component is a registry when it holds
 * a "." or ":", is "localhost", or has upper-case letters; otherwise the registry is
 * docker.io, and a single-segment Docker Hub name gets "library/". index.docker.io is
 * written docker.io; the API host for both is registry-1.docker.io (see apiHost()).
 *
 * The one image-reference parser of the suite: k8s-deploy (through `@kra/registry/reference`,
 * which brings no registry client) and cluster-sim read references with it too.
 */
// The module, not @kra/core's index: k8s-deploy's bundle takes this parser through @kra/registry/reference.
import { UserError } from '@kra/core/errors';
import { validateDigest } from './digest.js';

export const DOCKER_HUB = 'docker.io';
export const DOCKER_HUB_LEGACY = 'index.docker.io';
export const DOCKER_HUB_API = 'registry-1.docker.io';
/** The limit on the repository path, without the registry (distribution/reference since v0.6.0). */
export const REPOSITORY_NAME_LENGTH_MAX = 255;
export const TAG_LENGTH_MAX = 128;

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const TAG = /^[\w][\w.-]{0,127}$/;
const IDENTIFIER = /^[a-f0-9]{64}$/;

/** A registry and a repository in it: what blob and tag operations need. */
export interface RepositoryLocation {
  /** The registry as written in references: docker.io, ghcr.io, 127.0.0.1:5000. */
  readonly registry: string;
  /** The repository path inside the registry: library/nginx, acme/web. */
  readonly repository: string;
}

export interface ImageReference extends RepositoryLocation {
  readonly tag?: string;
  readonly digest?: string;
  /** registry/repository, normalised: docker.io/library/nginx. */
  readonly name: string;
  /** name[:tag][@digest]. */
  toString(): string;
  /** The same repository with this tag (and no digest). */
  withTag(tag: string): ImageReference;
  /** The same repository with this digest (and no tag). */
  withDigest(digest: string): ImageReference;
}

/** A reference, tag or repository that does not follow the grammar; one line naming it. */
export class InvalidReferenceError extends UserError {
  readonly reference: string;
  constructor(reference: string, problem: string) {
    super(`invalid image reference "${reference}": ${problem}`);
    this.name = 'InvalidReferenceError';
    this.reference = reference;
  }
}

class Reference implements ImageReference {
  readonly name: string;
  constructor(
    readonly registry: string,
    readonly repository: string,
    readonly tag?: string,
    readonly digest?: string,
  ) {
    this.name = `${registry}/${repository}`;
  }
  toString(): string {
    return `${this.name}${this.tag ? `:${this.tag}` : ''}${this.digest ? `@${this.digest}` : ''}`;
  }
  withTag(tag: string): ImageReference {
    validateTag(tag, this.name);
    return new Reference(this.registry, this.repository, tag);
  }
  withDigest(digest: string): ImageReference {
    checkDigest(digest, this.name);
    return new Reference(this.registry, this.repository, undefined, digest);
  }
  toJSON(): string {
    return this.toString();
  }
}

/** Why a tag is not valid, or undefined when it is. */
export function tagProblem(tag: string): string | undefined {
  if (tag === '') return 'the tag is empty';
  if (tag.length > TAG_LENGTH_MAX)
    return `tag "${tag.slice(0, 20)}…" is ${tag.length} characters, at most ${TAG_LENGTH_MAX} are allowed`;
  if (!TAG.test(tag)) {
    return `tag "${tag}" may only hold letters, digits, "_", "." and "-", and must not start with "." or "-"`;
  }
  return undefined;
}

/** Throws InvalidReferenceError unless `tag` is a valid tag ([\w][\w.-]{0,127}). */
export function validateTag(tag: string, where?: string): void {
  const problem = tagProblem(tag);
  if (problem) throw new InvalidReferenceError(where ? `${where}:${tag}` : tag, problem);
}

function checkDigest(digest: string, where: string): void {
  const problem = validateDigest(digest);
  if (problem) throw new InvalidReferenceError(`${where}@${digest}`, problem);
}

/** Splits the first path component off as a registry the way Docker does. */
function splitDomain(name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/');
  if (slash === -1) return { registry: DOCKER_HUB, repository: `library/${name}` };
  const first = name.slice(0, slash);
  const rest = name.slice(slash + 1);
  let registry: string;
  let repository: string;
  if (first === 'localhost' || /[.:]/.test(first) || first.toLowerCase() !== first) {
    registry = first === DOCKER_HUB_LEGACY ? DOCKER_HUB : first;
    repository = rest;
  } else {
    registry = DOCKER_HUB;
    repository = name;
  }
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  return { registry, repository };
}

/** Checks a repository path (without registry); returns the problem or undefined. */
export function repositoryProblem(repository: string): string | undefined {
  if (repository === '') return 'the repository name is empty';
  if (repository.length > REPOSITORY_NAME_LENGTH_MAX) {
    return `repository "${repository.slice(0, 20)}…" is ${repository.length} characters, at most ${REPOSITORY_NAME_LENGTH_MAX} are allowed (the registry not counted)`;
  }
  if (repository.toLowerCase() !== repository && REPOSITORY.test(repository.toLowerCase())) {
    return `repository "${repository}" must be lower-case: write "${repository.toLowerCase()}"`;
  }
  if (!REPOSITORY.test(repository)) {
    return `repository "${repository}" must be lower-case letters, digits and separators (".", "_", "__", "-") in "/"-separated components that start and end with a letter or digit`;
  }
  return undefined;
}

/**
 * Parses an image reference: `nginx`, `nginx:1.27`, `ghcr.io/acme/web:sha-abc1234`,
 * `127.0.0.1:5000/shop/web@sha256:…`, `localhost/app:dev`. Throws InvalidReferenceError
 * (one line naming the reference and what is wrong).
 */
export function parseReference(text: string): ImageReference {
  const input = text.trim();
  if (input === '') throw new InvalidReferenceError(text, 'the reference is empty');
  if (/\s/.test(input)) throw new InvalidReferenceError(input, 'a reference cannot hold white space');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    throw new InvalidReferenceError(input, 'write the reference without a URL scheme, e.g. ghcr.io/acme/web:1.0');
  }
  if (IDENTIFIER.test(input)) {
    throw new InvalidReferenceError(input, 'a 64-character hexadecimal string is an image ID, not a repository name');
  }
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    checkDigest(digest, rest);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon !== -1) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    const problem = tagProblem(tag);
    if (problem) throw new InvalidReferenceError(input, problem);
  }
  if (rest === '') throw new InvalidReferenceError(input, 'the repository name is missing');
  const { registry, repository } = splitDomain(rest);
  if (!DOMAIN.test(registry)) {
    throw new InvalidReferenceError(
      input,
      `registry "${registry}" is not a host name, IP address or [IPv6] with an optional :port`,
    );
  }
  const problem = repositoryProblem(repository);
  if (problem) throw new InvalidReferenceError(input, problem);
  return new Reference(registry, repository, tag, digest);
}

/** A reference from its parts, validated: registry as written, repository path, optional tag or digest. */
export function makeReference(
  registry: string,
  repository: string,
  options: { tag?: string; digest?: string } = {},
): ImageReference {
  const text = `${registry}/${repository}`;
  if (!DOMAIN.test(registry)) {
    throw new InvalidReferenceError(
      text,
      `registry "${registry}" is not a host name, IP address or [IPv6] with an optional :port`,
    );
  }
  const problem = repositoryProblem(repository);
  if (problem) throw new InvalidReferenceError(text, problem);
  if (options.tag !== undefined) validateTag(options.tag, text);
  if (options.digest !== undefined) checkDigest(options.digest, text);
  return new Reference(normaliseRegistry(registry), repository, options.tag, options.digest);
}

/** docker.io and index.docker.io are one registry, written docker.io. */
export function normaliseRegistry(registry: string): string {
  const lower = registry.toLowerCase();
  if (lower === DOCKER_HUB_LEGACY || lower === DOCKER_HUB_API) return DOCKER_HUB;
  return registry;
}

/** The host the distribution API is spoken to: registry-1.docker.io for Docker Hub, the registry otherwise. */
export function apiHost(registry: string): string {
  return normaliseRegistry(registry) === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

/** The familiar form Docker prints: nginx:1.27 for docker.io/library/nginx:1.27. */
export function familiarString(ref: ImageReference): string {
  let name = ref.name;
  if (ref.registry === DOCKER_HUB) {
    name =
      ref.repository.startsWith('library/') && !ref.repository.slice(8).includes('/')
        ? ref.repository.slice(8)
        : ref.repository;
  }
  return `${name}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * How a repository is known when two references are compared: the registry as a host
 * (case-insensitive, docker.io for index.docker.io) and the repository path.
 */
export function repositoryKey(ref: RepositoryLocation): string {
  return `${normaliseRegistry(ref.registry.toLowerCase())}/${ref.repository}`;
}

/** Whether two references name the same repository (their tags and digests aside). */
export function sameRepository(a: RepositoryLocation, b: RepositoryLocation): boolean {
  return repositoryKey(a) === repositoryKey(b);
}

/** The reference, or undefined when the text is not one (a placeholder left in a manifest, say). */
export function tryParseReference(text: string): ImageReference | undefined {
  try {
    return parseReference(text);
  } catch (error) {
    if (error instanceof InvalidReferenceError) return undefined;
    throw error;
  }
}

/** The repository part of a reference as it was written, tag and digest cut off: `nginx:1.27@sha256:…` → `nginx`. */
export function writtenRepository(text: string, ref: Pick<ImageReference, 'tag' | 'digest'>): string {
  let rest = text.trim();
  if (ref.digest) rest = rest.slice(0, rest.lastIndexOf('@'));
  if (ref.tag) rest = rest.slice(0, rest.length - ref.tag.length - 1);
  return rest;
}
