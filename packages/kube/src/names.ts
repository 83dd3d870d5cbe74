import { identityKey } from '@kra/core';

type Named = { apiVersion: string; kind: string; metadata: { name?: string; namespace?: string } };

/** How an object is named in logs and summaries: namespace/Kind/name (Kind/name when cluster-scoped). */
export function objectLabel(object: { kind: string; metadata: { name?: string; namespace?: string } }): string {
  const ns = object.metadata.namespace ? `${object.metadata.namespace}/` : '';
  return `${ns}${object.kind}/${object.metadata.name}`;
}

/** Where an object of the manifests is written: its file (as shown to the user) and first line. */
export interface ObjectSource {
  file: string;
  line: number;
}

/** `file:line: `, the prefix of a message about an object of the manifests (empty when unknown). */
export function at(source: ObjectSource | undefined): string {
  return source ? `${source.file}:${source.line}: ` : '';
}

/**
 * The identity of an object whose namespace assignNamespaces has settled (cluster-scoped
 * objects have none): core's identityKey, the one identity of every action. Every map of
 * objects in this package is keyed by it.
 */
export function identity(object: Named): string {
  return identityKey(object, { clusterScoped: !object.metadata.namespace });
}

/** The identity of a collection (one kind in one namespace, or cluster-wide): the key of a watch. */
export function collectionIdentity(apiVersion: string, kind: string, namespace: string | undefined): string {
  return identityKey({ apiVersion, kind, metadata: { namespace, name: '' } }, { clusterScoped: !namespace });
}
