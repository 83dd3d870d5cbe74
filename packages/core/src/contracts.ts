/**
 * The data that passes between actions (docs/design.md, "Contracts between actions"). Outputs are strings;
 * every list is given as newline text and as JSON, and inputs accept either form.
 */
import { InputError } from './errors.js';

/** One pushed image: `[{"name":"web","repository":"ghcr.io/acme/web","tags":["1.4.0"],"digest":"sha256:…","ref":"ghcr.io/acme/web@sha256:…"}]` */
export interface ImageListEntry {
  /** The short name: the Compose service, or the last path segment of the repository. */
  name: string;
  /** The full repository, registry host included: ghcr.io/acme/web. */
  repository: string;
  tags: string[];
  /** sha256:… of the manifest (or index) the tags point at; empty when unknown. */
  digest: string;
  /** repository@digest, or repository:tag when the digest is unknown. */
  ref: string;
}

/** `[{"apiVersion":"apps/v1","kind":"Deployment","namespace":"shop","name":"web"}]`; namespace omitted for cluster-scoped objects. */
export interface ObjectListEntry {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

/** `{"apps/v1/Deployment/shop/web":"sha256:…"}` */
export type ConfigChecksums = Record<string, string>;

/** The key of a workload in ConfigChecksums: apiVersion/kind/namespace/name (namespace empty when none was named). */
export function checksumKey(object: ObjectListEntry): string {
  return `${object.apiVersion}/${object.kind}/${object.namespace ?? ''}/${object.name}`;
}

/** The workload a ConfigChecksums key names (the inverse of checksumKey); undefined when the key is not of that form. */
export function parseChecksumKey(key: string): ObjectListEntry | undefined {
  const parts = key.split('/');
  if (parts.length !== 4 && parts.length !== 5) return undefined;
  const [name, namespace, kind] = [parts.pop()!, parts.pop()!, parts.pop()!];
  const apiVersion = parts.join('/');
  if (!apiVersion || !kind || !name) return undefined;
  return namespace ? { apiVersion, kind, namespace, name } : { apiVersion, kind, name };
}

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** Checks one image list entry read from JSON, naming the input and the item when it is malformed. */
export function parseImageListEntry(input: string, item: unknown, index: number): ImageListEntry {
  const where = `item ${index}`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new InputError(input, `${where} is not an object: pass the "images" output of push-images or tag-release`);
  }
  const entry = item as Record<string, unknown>;
  if (typeof entry.repository !== 'string' || entry.repository === '') {
    throw new InputError(input, `${where} has no "repository": pass the "images" output of push-images or tag-release`);
  }
  const tags = entry.tags === undefined ? [] : entry.tags;
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
    throw new InputError(input, `${where} (${entry.repository}): "tags" must be a list of strings`);
  }
  const digest = typeof entry.digest === 'string' ? entry.digest : '';
  if (digest !== '' && !DIGEST.test(digest)) {
    throw new InputError(input, `${where} (${entry.repository}): "digest" ${digest} is not a digest such as sha256:…`);
  }
  const repository = entry.repository;
  const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : repository.split('/').pop()!;
  const ref = digest ? `${repository}@${digest}` : tags.length > 0 ? `${repository}:${tags[0]}` : repository;
  return { name, repository, tags: tags as string[], digest, ref };
}
