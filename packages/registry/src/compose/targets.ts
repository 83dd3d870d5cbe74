import { InputError, UserError } from '@kra/core';
import {
  makeReference,
  normaliseRegistry,
  repositoryProblem,
  parseReference,
  type ImageReference,
} from '../reference.js';
import { defaultImageName, type ComposeProject } from './load.js';

/**
 * Which local images push-images pushes, and where to.
 *
 * From a Compose project: every service with `build:` (its image is `image:`, or Compose's
 * default `<project>-<service>`); services with only `image:` are third-party and skipped
 * unless `includeThirdParty`. From an `images` list: each local image name.
 *
 * The target repository:
 * - with a `registry`: an image already named for that registry keeps its name
 *   (`image: ghcr.io/acme/shop/web` with registry ghcr.io → ghcr.io/acme/shop/web; the
 *   prefix is not added). Any other image goes to `<registry>/<prefix>/<base>`, where
 *   `<base>` is the last path segment of the image name when there is one
 *   (`image: acme/web:dev` → `web`), else the service name (a built service without
 *   `image:`). The prefix is optional. Third-party images are always renamed this way.
 * - without a `registry`: the image name itself, normalised (`acme/web` →
 *   `docker.io/acme/web`); a built service without `image:` then has nowhere to go and is
 *   an error, and so is a third-party image (it would overwrite the upstream repository).
 */
export interface ImageSource {
  /** The short name for outputs: the Compose service, or the image's last path segment. */
  name: string;
  /** The local image the engine tags from, as the engine knows it: `web:dev`, `shop-web`. */
  local: string;
  kind: 'build' | 'third-party' | 'image';
  /** The image name when it was written (`image:` or the list item); undefined for Compose's default name. */
  declared?: string;
  service?: string;
  /** Where it was declared, for messages: compose.yaml:12 or input "images". */
  where: string;
}

export interface SkippedService {
  service: string;
  image?: string;
  reason: string;
}

export interface SelectOptions {
  /** Only these services (names as in the Compose file); empty for all. */
  services?: readonly string[];
  includeThirdParty?: boolean;
}

export function composeImageSources(
  project: ComposeProject,
  options: SelectOptions = {},
): { images: ImageSource[]; skipped: SkippedService[] } {
  const wanted = new Set(options.services ?? []);
  const known = new Set(project.services.map((service) => service.name));
  const unknown = [...wanted].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new InputError(
      'services',
      `names ${unknown.map((name) => `"${name}"`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not in the Compose project: use some of ${[...known].join(', ') || '(none)'}`,
    );
  }
  const images: ImageSource[] = [];
  const skipped: SkippedService[] = [];
  for (const service of project.services) {
    if (wanted.size > 0 && !wanted.has(service.name)) {
      skipped.push({ service: service.name, image: service.image, reason: 'not in the services input' });
      continue;
    }
    const where = `${service.file}${service.line ? `:${service.line}` : ''}`;
    const inactive =
      service.profiles &&
      service.profiles.length > 0 &&
      !wanted.has(service.name) &&
      !service.profiles.some((profile) => project.activeProfiles.includes(profile));
    if (inactive) {
      skipped.push({
        service: service.name,
        image: service.image,
        reason: `its profiles (${service.profiles!.join(', ')}) are not in COMPOSE_PROFILES`,
      });
      continue;
    }
    if (service.build) {
      images.push({
        name: service.name,
        local: service.image ?? defaultImageName(project.name, service.name),
        kind: 'build',
        declared: service.image,
        service: service.name,
        where,
      });
    } else if (service.image) {
      if (options.includeThirdParty) {
        images.push({
          name: service.name,
          local: service.image,
          kind: 'third-party',
          declared: service.image,
          service: service.name,
          where,
        });
      } else {
        skipped.push({
          service: service.name,
          image: service.image,
          reason: 'third-party (no build:); set include-third-party to push it',
        });
      }
    } else {
      throw new UserError(
        `${where}: service "${service.name}" has neither "image:" nor "build:": Compose needs one of them`,
        {
          file: service.file,
          line: service.line,
        },
      );
    }
  }
  return { images, skipped };
}

export function listImageSources(names: readonly string[], input = 'images'): ImageSource[] {
  return names.map((text) => {
    let reference: ImageReference;
    try {
      reference = parseReference(text);
    } catch (error) {
      throw new InputError(input, `has ${(error as Error).message}`);
    }
    if (reference.digest) throw new InputError(input, `has "${text}": name a local image by name[:tag], not by digest`);
    return {
      name: reference.repository.split('/').pop()!,
      local: text,
      kind: 'image' as const,
      declared: text,
      where: `input "${input}"`,
    };
  });
}

export interface TargetOptions {
  /** A registry host such as ghcr.io or 127.0.0.1:5000; empty to push to each image's own name. */
  registry?: string;
  /** Path segments between the registry and the image name, such as `acme/shop`. */
  prefix?: string;
}

/** The repository an image is pushed to (see the rules at the top of this file). */
export function targetRepository(source: ImageSource, options: TargetOptions): ImageReference {
  const registry = (options.registry ?? '').trim().replace(/\/+$/, '');
  const prefix = (options.prefix ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!registry) {
    if (prefix)
      throw new InputError('repository-prefix', 'needs the registry input: set registry as well, e.g. ghcr.io');
    if (!source.declared) {
      throw new UserError(
        `${source.where}: service "${source.service}" has no "image:" name to push to: set the registry input, or an image: such as ghcr.io/acme/${source.service}`,
      );
    }
    if (source.kind === 'third-party') {
      throw new InputError(
        'include-third-party',
        `needs the registry input: ${source.declared} (service "${source.service}") would be pushed over its upstream repository`,
      );
    }
    let reference: ImageReference;
    try {
      reference = parseReference(source.declared);
    } catch (error) {
      throw new UserError(`${source.where}: ${(error as Error).message}`);
    }
    return makeReference(reference.registry, reference.repository);
  }
  checkDestination(registry, prefix);
  let base = source.service ?? source.name;
  if (source.declared) {
    let declared: ImageReference;
    try {
      declared = parseReference(source.declared);
    } catch (error) {
      throw new UserError(`${source.where}: ${(error as Error).message}`);
    }
    // Already named for this registry (image: ghcr.io/acme/web with registry ghcr.io): keep the name.
    if (
      normaliseRegistry(declared.registry.toLowerCase()) === normaliseRegistry(registry.toLowerCase()) &&
      source.kind !== 'third-party'
    ) {
      return makeReference(declared.registry, declared.repository);
    }
    base = declared.repository.split('/').pop()!;
  }
  const repository = prefix ? `${prefix}/${base}` : base;
  try {
    return makeReference(registry, repository);
  } catch (error) {
    throw new UserError(
      `${source.where}: ${source.service ? `service "${source.service}": ` : ''}${(error as Error).message}`,
    );
  }
}

/** Checks the registry and prefix inputs on their own, so a bad one is named as the input. */
export function checkDestination(registry: string, prefix: string): void {
  try {
    makeReference(registry, 'probe');
  } catch (error) {
    const problem = (error as Error).message.replace(/^invalid image reference "[^"]*": /, '');
    throw new InputError('registry', `is "${registry}": ${problem}; write a host such as ghcr.io or 127.0.0.1:5000`);
  }
  if (!prefix) return;
  const problem = repositoryProblem(prefix);
  if (problem) throw new InputError('repository-prefix', `is "${prefix}": ${problem.replace(/^repository/, 'prefix')}`);
}
