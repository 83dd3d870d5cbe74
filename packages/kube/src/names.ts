/** How an object is named in logs and summaries: namespace/Kind/name (Kind/name when cluster-scoped). */
export function objectLabel(object: { kind: string; metadata: { name?: string; namespace?: string } }): string {
  const ns = object.metadata.namespace ? `${object.metadata.namespace}/` : '';
  return `${ns}${object.kind}/${object.metadata.name}`;
}
