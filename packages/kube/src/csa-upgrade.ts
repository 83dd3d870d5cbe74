import type { KObject, KubeClient } from './client.js';
import { isConflict } from './client.js';

/** kubectl's client-side apply record of the last applied manifest. */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  time?: string;
  fieldsType?: string;
  fieldsV1?: Record<string, unknown>;
  subresource?: string;
}

type Trie = Record<string, unknown>;

function entries(object: KObject | undefined): ManagedFieldsEntry[] {
  const list = object?.metadata?.managedFields;
  return Array.isArray(list) ? (list as ManagedFieldsEntry[]) : [];
}

const isUpdate = (e: ManagedFieldsEntry, manager?: string) =>
  e.operation === 'Update' && !e.subresource && (manager === undefined || e.manager === manager);

/**
 * The managers that did client-side apply on an object: those whose Update entry owns the
 * last-applied-configuration annotation (how kubectl finds them, csaupgrade.FindFieldsOwners).
 */
export function clientSideAppliers(object: KObject | undefined): string[] {
  const owners = entries(object).filter((e) => {
    const annotations = (e.fieldsV1?.['f:metadata'] as Trie | undefined)?.['f:annotations'] as Trie | undefined;
    return isUpdate(e) && annotations !== undefined && `f:${LAST_APPLIED_ANNOTATION}` in annotations;
  });
  return [...new Set(owners.map((e) => e.manager ?? ''))];
}

/** The union of two FieldsV1 sets (tries of `f:`, `k:`, `v:`, `i:` keys and `.`), without recursion. */
export function unionFields(a: Trie | undefined, b: Trie | undefined): Trie {
  const result = structuredCloneShallowTrie(a ?? {});
  const stack: Array<[Trie, Trie]> = [[result, b ?? {}]];
  while (stack.length > 0) {
    const [into, from] = stack.pop()!;
    for (const [key, value] of Object.entries(from)) {
      const child = (value ?? {}) as Trie;
      const existing = into[key] as Trie | undefined;
      if (existing === undefined) into[key] = structuredCloneShallowTrie(child);
      else stack.push([existing, child]);
    }
  }
  return result;
}

/** A deep copy of a trie, without recursion. */
function structuredCloneShallowTrie(trie: Trie): Trie {
  const root: Trie = {};
  const stack: Array<[Trie, Trie]> = [[root, trie]];
  while (stack.length > 0) {
    const [into, from] = stack.pop()!;
    for (const [key, value] of Object.entries(from)) {
      const copy: Trie = {};
      into[key] = copy;
      stack.push([copy, (value ?? {}) as Trie]);
    }
  }
  return root;
}

/**
 * client-go's csaupgrade.UpgradeManagedFields, for one client-side-apply manager: the fields of
 * its Update entry move into `ssaManager`'s Apply entry (which the Update entry becomes when
 * there is none yet), and its Update entries go. Only an Update entry of the Apply entry's
 * apiVersion is merged, as there.
 */
function upgradeOne(list: ManagedFieldsEntry[], csaManager: string, ssaManager: string): ManagedFieldsEntry[] {
  const copy = list.map((e) => ({ ...e }));
  let target = copy.findIndex((e) => e.manager === ssaManager && e.operation === 'Apply' && !e.subresource);
  if (target < 0) {
    target = copy.findIndex((e) => isUpdate(e, csaManager));
    if (target < 0) return copy;
    copy[target] = { ...copy[target], manager: ssaManager, operation: 'Apply' };
  }
  const csa = copy.find((e) => isUpdate(e, csaManager) && e.apiVersion === copy[target].apiVersion);
  if (csa) copy[target] = { ...copy[target], fieldsV1: unionFields(copy[target].fieldsV1, csa.fieldsV1) };
  return copy.filter((e) => !isUpdate(e, csaManager));
}

/** The managedFields after moving every client-side-apply manager's fields to `ssaManager`; undefined when there is nothing to move. */
export function upgradeManagedFields(object: KObject, ssaManager: string): ManagedFieldsEntry[] | undefined {
  const appliers = clientSideAppliers(object);
  if (appliers.length === 0) return undefined;
  let list = entries(object);
  for (const manager of appliers) list = upgradeOne(list, manager, ssaManager);
  return list;
}

/**
 * Moves the fields client-side apply owned on a live object to our field manager, as kubectl
 * does on its own switch to server-side apply: one JSON patch replacing managedFields, guarded
 * by the object's resourceVersion (re-read and retried when someone wrote in between). Our next
 * apply then owns those fields alone: what the manifest no longer sets is removed, the
 * last-applied-configuration annotation with it. Returns the managers migrated.
 */
export async function migrateClientSideApply(
  client: KubeClient,
  live: KObject,
  fieldManager: string,
): Promise<string[]> {
  let current: KObject | undefined = live;
  for (let attempt = 1; current; attempt += 1) {
    const appliers = clientSideAppliers(current);
    const upgraded = upgradeManagedFields(current, fieldManager);
    if (!upgraded) return [];
    const path = await client.objectPath(
      current.apiVersion,
      current.kind,
      current.metadata.name!,
      current.metadata.namespace,
    );
    try {
      await client.request('PATCH', path, {
        contentType: 'application/json-patch+json',
        query: { fieldManager },
        body: [
          { op: 'replace', path: '/metadata/managedFields', value: upgraded },
          // "replace", not "test": a stale version fails with 409 Conflict from storage.
          { op: 'replace', path: '/metadata/resourceVersion', value: current.metadata.resourceVersion },
        ],
      });
      return appliers;
    } catch (error) {
      if (!isConflict(error) || attempt >= 5) throw error;
      current = await client.getLive(current);
    }
  }
  return [];
}
