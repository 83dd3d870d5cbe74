import type { KObject } from './client.js';
import { type ManagedFieldsEntry, clientSideAppliers } from './csa-upgrade.js';

type Trie = Record<string, unknown>;

const SEP = '\u0000';

/** The members of a FieldsV1 set as paths (keys joined), without recursion. */
export function fieldPaths(trie: Trie | undefined): Set<string> {
  const paths = new Set<string>();
  const stack: Array<[string, Trie]> = [['', trie ?? {}]];
  while (stack.length > 0) {
    const [prefix, node] = stack.pop()!;
    for (const [key, value] of Object.entries(node)) {
      if (key === '.') continue;
      const path = prefix ? `${prefix}${SEP}${key}` : key;
      paths.add(path);
      stack.push([path, (value ?? {}) as Trie]);
    }
  }
  return paths;
}

function managed(object: KObject | undefined): ManagedFieldsEntry[] {
  const list = object?.metadata?.managedFields;
  return Array.isArray(list) ? (list as ManagedFieldsEntry[]) : [];
}

/** What `manager` owns through apply on the main resource. */
function applied(object: KObject | undefined, manager: string): Set<string> {
  const paths = new Set<string>();
  for (const e of managed(object))
    if (e.manager === manager && e.operation === 'Apply' && !e.subresource)
      for (const path of fieldPaths(e.fieldsV1)) paths.add(path);
  return paths;
}

/** Whether applying `preview` changes what `manager` owns (a field dropped from the manifest shows here). */
export function ownershipChanges(live: KObject, preview: KObject, manager: string): boolean {
  const before = applied(live, manager);
  const after = applied(preview, manager);
  if (before.size !== after.size) return true;
  for (const path of before) if (!after.has(path)) return true;
  return false;
}

/** `.spec.template.spec.containers[name="web"].env[name="FOO"]` for a FieldsV1 path. */
export function printFieldPath(path: string): string {
  return path
    .split(SEP)
    .map((key) => {
      const kind = key.slice(0, 2);
      const rest = key.slice(2);
      if (kind === 'f:') return `.${rest}`;
      if (kind === 'i:') return `[${rest}]`;
      if (kind === 'v:') return `[=${rest}]`;
      if (kind === 'k:') {
        try {
          const fields = Object.entries(JSON.parse(rest) as Record<string, unknown>);
          return `[${fields.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}]`;
        } catch {
          return `[${rest}]`;
        }
      }
      return `.${key}`;
    })
    .join('');
}

export interface KeptField {
  /** As printFieldPath writes it. */
  field: string;
  managers: string[];
}

/**
 * Fields the manifest no longer sets that stay on the object after the apply because another
 * field manager owns them too (server-side apply only removes what nobody else owns). Fields of
 * client-side apply are not among them: they move to us first (migrateClientSideApply).
 */
export function keptByOthers(live: KObject, preview: KObject, manager: string): KeptField[] {
  const migrating = new Set(clientSideAppliers(live));
  const before = applied(live, manager);
  for (const e of managed(live))
    if (e.operation === 'Update' && !e.subresource && migrating.has(e.manager ?? ''))
      for (const path of fieldPaths(e.fieldsV1)) before.add(path);
  const after = applied(preview, manager);
  const removed = [...before].filter((path) => !after.has(path));
  if (removed.length === 0) return [];
  const others = managed(live).filter(
    (e) => !e.subresource && e.manager !== manager && !(e.operation === 'Update' && migrating.has(e.manager ?? '')),
  );
  const owned = others.map((e) => ({ manager: e.manager ?? '?', paths: fieldPaths(e.fieldsV1) }));
  const kept: Array<{ path: string; managers: string[] }> = [];
  for (const path of removed) {
    // Kept when another manager owns it, or anything inside it (an item stays for its owned field).
    const managers = owned
      .filter((o) => o.paths.has(path) || [...o.paths].some((p) => p.startsWith(`${path}${SEP}`)))
      .map((o) => o.manager);
    // A field kept only because a parent is kept is named by its parent.
    if (managers.length > 0 && !kept.some((k) => path.startsWith(`${k.path}${SEP}`)))
      kept.push({ path, managers: [...new Set(managers)] });
  }
  return kept.map(({ path, managers }) => ({ field: printFieldPath(path), managers }));
}
