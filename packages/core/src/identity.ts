/**
 * The one identity of a Kubernetes object, the same in every action: API group, kind,
 * namespace and name. The version is not part of it (one object is served at several
 * versions). The namespace is the one the object lives in after defaulting: its own, else the
 * namespace the run deploys to, else `default`, as kubectl does; empty for cluster-scoped kinds.
 *
 * Every comparison of objects across inputs, outputs, files and the cluster goes through
 * `identityKey`, so an object that names no namespace and the same object written with its
 * namespace are one object.
 */

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (the core group). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

/** `group/Kind` (`/Service` for the core group): how a kind is known regardless of version. */
export function groupKind(apiVersion: string, kind: string): string {
  return `${apiGroup(apiVersion)}/${kind}`;
}

/** An object reference as the contracts carry it (`ObjectListEntry`), or an object itself. */
export type IdentifiedObject =
  | { apiVersion: string; kind: string; name?: string; namespace?: string; metadata?: undefined }
  | { apiVersion: string; kind: string; metadata?: { name?: unknown; namespace?: unknown } | null };

export interface ObjectIdentity {
  group: string;
  kind: string;
  /** After defaulting; empty for cluster-scoped objects. */
  namespace: string;
  name: string;
}

export interface IdentityOptions {
  /** The namespace objects that name none are deployed to (an input); `default` when empty. */
  defaultNamespace?: string;
  /** Whether the object's kind is cluster-scoped: then its namespace is empty, whatever it says. */
  clusterScoped?: boolean;
}

function nameAndNamespace(object: IdentifiedObject): { name: string; namespace: string } {
  if (object.metadata) {
    const { name, namespace } = object.metadata;
    return { name: typeof name === 'string' ? name : '', namespace: typeof namespace === 'string' ? namespace : '' };
  }
  const ref = object as { name?: string; namespace?: string };
  return { name: ref.name ?? '', namespace: ref.namespace ?? '' };
}

/** The namespace an object lives in: its own, else the default namespace, else `default`; empty when cluster-scoped. */
export function effectiveNamespace(namespace: string | undefined, options: IdentityOptions = {}): string {
  if (options.clusterScoped) return '';
  return namespace || options.defaultNamespace || 'default';
}

export function identityOf(object: IdentifiedObject, options: IdentityOptions = {}): ObjectIdentity {
  const { name, namespace } = nameAndNamespace(object);
  return {
    group: apiGroup(object.apiVersion),
    kind: object.kind,
    namespace: effectiveNamespace(namespace, options),
    name,
  };
}

/** `group/Kind/namespace/name` (`/ConfigMap/shop/web` for the core group, `/Namespace//shop` when cluster-scoped). */
export function identityKey(object: IdentifiedObject, options: IdentityOptions = {}): string {
  const id = identityOf(object, options);
  return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}

/** How an object is named in messages: `Deployment shop/web`, or `Namespace shop` when cluster-scoped. */
export function describeIdentity(id: ObjectIdentity): string {
  return id.namespace ? `${id.kind} ${id.namespace}/${id.name}` : `${id.kind} ${id.name}`;
}
