/**
 * managedFields and server-side apply: who owns which field, conflicts between managers,
 * removal of fields a manager stops applying, and ownership transfer on updates.
 */
import { StatusError } from './errors.js';
import {
  createdFieldSetOf,
  diffMembers,
  fieldSetOf,
  fromFieldsV1,
  isNodeMember,
  itemKey,
  printPath,
  removeMember,
  toFieldsV1,
  valueAt,
  FIELD_SEPARATOR,
  type FieldSet,
  type SchemaHooks,
} from './fieldset.js';
import { deepEqual } from './patch.js';
import { isAtomicMap, listTypeAt, type FieldPath } from './schema.js';

type Json = any;

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Record<string, Json>;
  subresource?: string;
}

interface Entry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  subresource?: string;
  set: FieldSet;
}

export interface OwnershipContext {
  manager: string;
  apiVersion: string;
  /** '' for the main resource, 'status' or 'scale' for subresources. */
  subresource: string;
  /** The resource has a status subresource: status is not managed through the main resource. */
  statusSubresource: boolean;
  time: string;
  hooks?: SchemaHooks;
}

const METADATA_MANAGED = ['generateName', 'labels', 'annotations', 'finalizers', 'ownerReferences'];

/** The part of an object whose fields are managed through a given endpoint. */
function managedView(object: Json, ctx: OwnershipContext): Json {
  if (!object) return {};
  const view: Record<string, Json> = {};
  const metadata: Record<string, Json> = {};
  for (const field of METADATA_MANAGED)
    if (object.metadata?.[field] !== undefined) metadata[field] = object.metadata[field];
  if (Object.keys(metadata).length) view.metadata = metadata;
  // through the status subresource: the status, and the metadata a status strategy lets through
  if (ctx.subresource === 'status') {
    if (object.status !== undefined) view.status = object.status;
    return view;
  }
  for (const [key, value] of Object.entries(object)) {
    if (key === 'apiVersion' || key === 'kind' || key === 'metadata') continue;
    if (key === 'status' && ctx.statusSubresource) continue;
    view[key] = value;
  }
  return view;
}

const parsedSets = new WeakMap<object, FieldSet>();

/** The flat set of a managedFields entry, parsed once per entry object (stored entries are immutable). */
function entrySet(entry: ManagedFieldsEntry): FieldSet {
  let set = parsedSets.get(entry);
  if (!set) {
    set = fromFieldsV1(entry.fieldsV1 ?? {});
    parsedSets.set(entry, set);
  }
  return set;
}

function readEntries(object: Json): Entry[] {
  const raw: ManagedFieldsEntry[] = object?.metadata?.managedFields ?? [];
  return raw.map((e) => ({
    manager: e.manager,
    operation: e.operation,
    apiVersion: e.apiVersion,
    time: e.time,
    subresource: e.subresource,
    set: new Set(entrySet(e)),
  }));
}

function writeEntries(entries: Entry[]): ManagedFieldsEntry[] | undefined {
  const out: ManagedFieldsEntry[] = [];
  for (const e of entries) if (e.set.size > 0) out.push(makeEntry(e));
  return out.length ? sortEntries(out) : undefined;
}

/**
 * The order the API server stores managedFields in: Apply before Update, then by time (to the
 * second; an entry without a time first), manager and subresource.
 */
function sortEntries(entries: ManagedFieldsEntry[]): ManagedFieldsEntry[] {
  const seconds = (e: ManagedFieldsEntry) => (e.time ? Math.floor(Date.parse(e.time) / 1000) : 0);
  return entries.sort((p, q) => {
    if (p.operation !== q.operation) return p.operation < q.operation ? -1 : 1;
    const ps = seconds(p);
    const qs = seconds(q);
    if (ps !== qs) return ps - qs;
    if (p.manager !== q.manager) return p.manager < q.manager ? -1 : 1;
    const pr = p.subresource ?? '';
    const qr = q.subresource ?? '';
    return pr < qr ? -1 : pr > qr ? 1 : 0;
  });
}

function sameOwner(
  e: { manager: string; operation: string; subresource?: string },
  manager: string,
  operation: 'Apply' | 'Update',
  subresource: string,
): boolean {
  return e.manager === manager && e.operation === operation && (e.subresource ?? '') === subresource;
}

/** How the server names a manager in conflict messages. */
function printManager(e: Entry): string {
  return e.operation === 'Update' ? `"${e.manager}" using ${e.apiVersion}` : `"${e.manager}"`;
}

/**
 * Ownership after a non-apply write (create, update, patch): the writer takes the fields it
 * changed, and nobody keeps fields that are gone. Returns the new managedFields.
 */
export function recordUpdate(
  oldObject: Json | undefined,
  newObject: Json,
  ctx: OwnershipContext,
): ManagedFieldsEntry[] | undefined {
  const raw: ManagedFieldsEntry[] = oldObject ? (newObject?.metadata?.managedFields ?? []) : [];
  // On create every member is new (what diffing against the kind's zero value finds, without the walk).
  const { changed, removed } = oldObject
    ? diffMembers(managedView(oldObject, ctx), managedView(newObject, ctx), ctx.hooks)
    : { changed: createdFieldSetOf(managedView(newObject, ctx), ctx.hooks), removed: new Set<string>() };
  if (changed.size === 0 && removed.size === 0) return raw.length ? raw : undefined;
  const out: ManagedFieldsEntry[] = [];
  let ownFound = false;
  for (const entry of raw) {
    const set = entrySet(entry);
    if (sameOwner(entry, ctx.manager, 'Update', ctx.subresource)) {
      ownFound = true;
      let same = true;
      for (const m of changed) if (!set.has(m)) same = false;
      for (const m of removed) if (set.has(m)) same = false;
      if (same) {
        // the writer changed only fields it owns already: the same set, a new time
        out.push(makeEntry({ ...entry, apiVersion: ctx.apiVersion, time: ctx.time, set }));
        continue;
      }
      const next = new Set(set);
      for (const m of changed) next.add(m);
      for (const m of removed) next.delete(m);
      if (next.size) out.push(makeEntry({ ...entry, apiVersion: ctx.apiVersion, time: ctx.time, set: next }));
      continue;
    }
    let touched = false;
    for (const m of changed) if (set.has(m)) touched = true;
    for (const m of removed) if (set.has(m)) touched = true;
    if (!touched) {
      out.push(entry);
      continue;
    }
    const next = new Set(set);
    for (const m of changed) next.delete(m);
    for (const m of removed) next.delete(m);
    if (next.size) out.push(makeEntry({ ...entry, set: next }));
  }
  if (!ownFound) {
    const set = new Set(changed);
    for (const m of removed) set.delete(m);
    if (set.size)
      out.push(
        makeEntry({
          manager: ctx.manager,
          operation: 'Update',
          apiVersion: ctx.apiVersion,
          time: ctx.time,
          subresource: ctx.subresource || undefined,
          set,
        }),
      );
  }
  return out.length ? sortEntries(out) : undefined;
}

/** The wire form of sets written before (neither is changed afterwards): an entry rewritten with the same set reuses it. */
const wireForms = new WeakMap<FieldSet, Record<string, Json>>();
/** Wire forms by their members in set order: objects of one shape (every Event, the pods of one template) share one. */
const wireFormsByMembers = new Map<string, Record<string, Json>>();

/** toFieldsV1, shared: the result is part of stored (immutable) objects and never changed. */
function wireForm(set: FieldSet): Record<string, Json> {
  let fieldsV1 = wireForms.get(set);
  if (fieldsV1) return fieldsV1;
  let members = ''; // length-prefixed: two different sets never give the same text
  for (const member of set) members += member.length + ':' + member;
  fieldsV1 = wireFormsByMembers.get(members);
  if (!fieldsV1) {
    fieldsV1 = toFieldsV1(set);
    if (wireFormsByMembers.size >= 2000) wireFormsByMembers.clear();
    wireFormsByMembers.set(members, fieldsV1);
  }
  wireForms.set(set, fieldsV1);
  return fieldsV1;
}

function makeEntry(e: Entry): ManagedFieldsEntry {
  const entry: Partial<ManagedFieldsEntry> = { manager: e.manager, operation: e.operation, apiVersion: e.apiVersion };
  if (e.time) entry.time = e.time;
  entry.fieldsType = 'FieldsV1';
  entry.fieldsV1 = wireForm(e.set);
  if (e.subresource) entry.subresource = e.subresource;
  parsedSets.set(entry, e.set);
  return entry as ManagedFieldsEntry;
}

/** Merges an applied configuration into the live object the way structured merge does. */
function mergeApplied(live: Json, applied: Json, path: FieldPath, hooks: SchemaHooks = {}): Json {
  if (applied === null || applied === undefined) return live;
  if (Array.isArray(applied)) {
    const lt = listTypeAt(path, hooks.listType);
    if (lt.type === 'map' && Array.isArray(live)) {
      const result = [...live];
      for (const item of applied) {
        if (typeof item !== 'object' || item === null) continue;
        const key = itemKey(item, lt);
        const index = result.findIndex(
          (candidate) => typeof candidate === 'object' && candidate !== null && itemKey(candidate, lt) === key,
        );
        if (index >= 0)
          result[index] = lt.atomicItems ? stripNulls(item) : mergeApplied(result[index], item, path, hooks);
        else result.push(stripNulls(item));
      }
      return result;
    }
    if (lt.type === 'set' && Array.isArray(live)) {
      const result = [...live];
      for (const item of applied) if (!result.some((candidate) => deepEqual(candidate, item))) result.push(item);
      return result;
    }
    return stripNulls(applied);
  }
  if (typeof applied === 'object') {
    if (isAtomicMap(path, hooks.atomic) || typeof live !== 'object' || live === null || Array.isArray(live))
      return stripNulls(applied);
    const result: Record<string, Json> = { ...live };
    for (const [key, value] of Object.entries(applied)) {
      if (value === null) continue;
      result[key] = mergeApplied(live[key], value, [...path, key], hooks);
    }
    return result;
  }
  return applied;
}

function stripNulls(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = stripNulls(v);
  return out;
}

/**
 * Server-side apply of `applied` onto `live` (undefined when creating). Throws 409 with
 * the real message and causes when another manager owns a field the apply changes,
 * unless `force`. The returned object still needs defaulting and validation.
 */
export function serverSideApply(
  live: Json | undefined,
  applied: Json,
  ctx: OwnershipContext & { force: boolean },
): Json {
  const entries = live ? readEntries(live) : [];
  const appliedView = managedView(applied, ctx);
  const appliedSet = fieldSetOf(appliedView, ctx.hooks);
  const liveView = managedView(live, ctx);

  // The merged object: apply the configuration over the live state.
  let merged: Json;
  if (ctx.subresource === 'status') {
    merged = { ...live, status: mergeApplied(live?.status, applied.status, ['status'], ctx.hooks) };
  } else {
    const { metadata: appliedMeta, status: _status, ...appliedRest } = applied;
    const base = live
      ? { ...live }
      : { apiVersion: applied.apiVersion, kind: applied.kind, metadata: { ...appliedMeta } };
    const meta: Record<string, Json> = { ...(base.metadata ?? {}) };
    for (const field of METADATA_MANAGED) {
      if (appliedMeta?.[field] !== undefined)
        meta[field] = mergeApplied(meta[field], appliedMeta[field], ['metadata', field], ctx.hooks);
    }
    merged = { ...base, metadata: meta };
    for (const [key, value] of Object.entries(appliedRest)) {
      if (key === 'apiVersion' || key === 'kind') continue;
      if (value === null) continue;
      merged[key] = mergeApplied(merged[key], value, [key], ctx.hooks);
    }
    if (!ctx.statusSubresource && applied.status !== undefined)
      merged.status = mergeApplied(live?.status, applied.status, ['status'], ctx.hooks);
    merged.apiVersion = applied.apiVersion;
  }
  const own = entries.find((e) => sameOwner(e, ctx.manager, 'Apply', ctx.subresource));
  const others = entries.filter((e) => e !== own);
  if (own) merged = prune(merged, own.set, [appliedSet, ...others.map((e) => e.set)]);

  // Conflicts: fields this apply changes that another manager owns.
  const { changed, removed } = diffMembers(liveView, managedView(merged, ctx), ctx.hooks);
  const conflicts: Array<{ entry: Entry; member: string }> = [];
  for (const e of others)
    for (const member of changed) if (e.set.has(member) && !isNodeMember(member)) conflicts.push({ entry: e, member });
  if (conflicts.length && !ctx.force) throw applyConflict(conflicts);
  for (const { entry, member } of conflicts) entry.set.delete(member);
  // What the apply removed nobody owns any more.
  for (const e of others) for (const member of removed) e.set.delete(member);

  // Record ownership: the manager owns what it applied; its time moves only when the object changed.
  const ownEntry: Entry = {
    manager: ctx.manager,
    operation: 'Apply',
    apiVersion: ctx.apiVersion,
    time: changed.size || removed.size || !live ? ctx.time : own?.time,
    subresource: ctx.subresource || undefined,
    set: appliedSet,
  };
  merged.metadata = { ...merged.metadata };
  const managed = writeEntries([ownEntry, ...others]);
  if (managed) merged.metadata.managedFields = managed;
  else delete merged.metadata.managedFields;
  return merged;
}

/** The node a member names: an item or map for `.` members, else the member itself. */
function nodeOf(member: string): string {
  return isNodeMember(member) ? member.slice(0, -2) : member;
}

/** The members of a set with every field above them (structured merge's EnsureNamedFieldsAreMembers). */
function withNamedParents(set: FieldSet): Set<string> {
  const out = new Set<string>();
  for (const member of set) {
    const node = nodeOf(member);
    out.add(node);
    const elements = node.split(FIELD_SEPARATOR);
    for (let i = elements.length - 1; i > 0; i--)
      if (elements[i - 1].startsWith('f:')) out.add(elements.slice(0, i).join(FIELD_SEPARATOR));
  }
  return out;
}

/**
 * What a manager applied last time and no longer applies goes, unless a manager (itself now
 * included) owns it, as structured merge's prune does: a list item goes whole, with the fields
 * the server defaulted in it, when nobody owns the item itself, even if someone owns a field of it.
 */
function prune(merged: Json, previous: FieldSet, owned: FieldSet[]): Json {
  const last = withNamedParents(previous);
  // metadata itself is the applier's (an applied configuration names the object)
  const kept = new Set<string>(['f:metadata']);
  for (const set of owned) for (const node of withNamedParents(set)) kept.add(node);
  const doomed = [...last].filter((node) => !kept.has(node)).sort((a, b) => a.length - b.length);
  const removedNodes: string[] = [];
  let result = merged;
  for (const node of doomed) {
    if (removedNodes.some((parent) => node.startsWith(parent + FIELD_SEPARATOR))) continue;
    if (!valueAt(result, node).found) continue;
    result = removeMember(result, node);
    removedNodes.push(node);
  }
  return result;
}

function applyConflict(conflicts: Array<{ entry: Entry; member: string }>): StatusError {
  conflicts.sort((a, b) => (printPath(a.member) < printPath(b.member) ? -1 : 1));
  const causes = conflicts.map(({ entry, member }) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${printManager(entry)}`,
    field: printPath(member),
  }));
  let message: string;
  if (conflicts.length === 1) {
    message = `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0].entry)}: ${printPath(conflicts[0].member)}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const { entry, member } of conflicts) {
      const key = printManager(entry);
      byManager.set(key, [...(byManager.get(key) ?? []), printPath(member)]);
    }
    const lines: string[] = [];
    for (const manager of [...byManager.keys()].sort()) {
      lines.push(`conflicts with ${manager}:`);
      for (const p of byManager.get(manager) ?? []) lines.push(`- ${p}`);
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new StatusError(409, 'Conflict', message, { causes });
}
