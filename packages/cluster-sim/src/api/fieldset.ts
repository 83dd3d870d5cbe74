/**
 * Field sets as server-side apply uses them: the set of fields a manager owns. Kept flat
 * (one string per member path) for fast set algebra, converted to and from the FieldsV1
 * wire form (`{"f:spec":{"f:replicas":{}}}`, `k:{"name":"web"}` for items of associative
 * lists, `v:"value"` for members of sets, `.` for a node that is itself owned).
 */
import { isAtomicMap, listTypeAt, type FieldPath, type ListType } from './schema.js';

type Json = any;
const SEP = '\u0000';

export type FieldSet = Set<string>;

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface SchemaHooks {
  /** Extra list semantics (from a CRD schema). */
  listType?: (path: FieldPath) => ListType | undefined;
  /**
   * Paths (`spec.template.metadata`) of the structs a kind's Go zero value always holds: an
   * update that fills one does not create it, so it gets no `.` member (built-in kinds only).
   */
  zeroValueStructs?: ReadonlySet<string>;
  /** Paths atomic in this kind only (see isAtomicMap). */
  atomic?: ReadonlySet<string>;
}

/**
 * How members are collected: `nodes` also records, as `<path>.`, each map, struct and list the
 * value creates (what an Update's managedFields own besides the leaves); `skipSelf` leaves out
 * the node the walk starts at (it existed before, empty).
 */
interface CollectMode {
  nodes: boolean;
  skipSelf?: boolean;
}

const LEAVES: CollectMode = { nodes: false };
const NODES: CollectMode = { nodes: true };

/** A map, struct or list that holds members of its own (not an atomic value, not empty). */
function isNode(value: Json, schemaPath: FieldPath, hooks: SchemaHooks): boolean {
  if (isObject(value)) return !isAtomicMap(schemaPath, hooks.atomic) && Object.keys(value).length > 0;
  if (Array.isArray(value)) return value.length > 0 && listTypeAt(schemaPath, hooks.listType).type !== 'atomic';
  return false;
}

/** An empty struct where the kind's zero value holds one: creating it changes nothing, so nobody owns it. */
function isZeroValue(value: Json, schemaPath: FieldPath, hooks: SchemaHooks): boolean {
  return (
    isObject(value) && Object.keys(value).length === 0 && Boolean(hooks.zeroValueStructs?.has(schemaPath.join('.')))
  );
}

/** Whether a created node is recorded: never the root or metadata itself (the server strips them), nor zero-value structs. */
function recordsNode(schemaPath: FieldPath, hooks: SchemaHooks): boolean {
  if (schemaPath.length === 0 || (schemaPath.length === 1 && schemaPath[0] === 'metadata')) return false;
  return !hooks.zeroValueStructs?.has(schemaPath.join('.'));
}

/** The string key of an associative list item: `k:{"containerPort":80,"protocol":"TCP"}` (keys sorted, defaults filled). */
export function itemKey(
  item: Record<string, Json>,
  lt: { keys: string[]; defaults?: Record<string, unknown> },
): string {
  const keyObject: Record<string, Json> = {};
  for (const key of [...lt.keys].sort()) {
    const value = item[key] ?? lt.defaults?.[key];
    if (value !== undefined) keyObject[key] = value;
  }
  return 'k:' + JSON.stringify(keyObject);
}

/** Every member of a value: leaves, atomic values, items of associative lists and of sets. */
export function fieldSetOf(
  value: Json,
  hooks: SchemaHooks = {},
  basePath: FieldPath = [],
  prefix: string[] = [],
): FieldSet {
  const out: FieldSet = new Set();
  collect(value, basePath, prefix, out, hooks, LEAVES);
  return out;
}

/**
 * The members an Update that creates `value` owns: its leaves and, as `.` members, every map,
 * struct and list it creates that the kind's zero value does not hold (what the real server's
 * comparison of the old and the new object adds).
 */
export function createdFieldSetOf(value: Json, hooks: SchemaHooks = {}): FieldSet {
  const out: FieldSet = new Set();
  collect(value, [], [], out, hooks, NODES);
  return out;
}

function collect(
  value: Json,
  schemaPath: FieldPath,
  prefix: string[],
  out: FieldSet,
  hooks: SchemaHooks,
  mode: CollectMode,
): void {
  if (mode.nodes && !mode.skipSelf && isNode(value, schemaPath, hooks) && recordsNode(schemaPath, hooks))
    out.add([...prefix, '.'].join(SEP));
  const childMode = mode.skipSelf ? NODES : mode;
  if (mode.nodes && isZeroValue(value, schemaPath, hooks)) return;
  if (isObject(value) && !isAtomicMap(schemaPath, hooks.atomic)) {
    const keys = Object.keys(value);
    if (keys.length === 0) {
      if (prefix.length) out.add(prefix.join(SEP));
      return;
    }
    for (const key of keys) {
      if (value[key] === null || value[key] === undefined) continue;
      collect(value[key], [...schemaPath, key], [...prefix, 'f:' + key], out, hooks, childMode);
    }
    return;
  }
  if (Array.isArray(value) && value.length > 0) {
    const lt = listTypeAt(schemaPath, hooks.listType);
    if (lt.type === 'map') {
      for (const item of value) {
        if (!isObject(item)) continue;
        const itemPrefix = [...prefix, itemKey(item, lt)];
        if (lt.atomicItems) {
          out.add(itemPrefix.join(SEP));
          continue;
        }
        out.add([...itemPrefix, '.'].join(SEP));
        for (const key of Object.keys(item)) {
          if (item[key] === null || item[key] === undefined) continue;
          collect(item[key], [...schemaPath, key], [...itemPrefix, 'f:' + key], out, hooks, childMode);
        }
      }
      return;
    }
    if (lt.type === 'set') {
      for (const item of value) out.add([...prefix, 'v:' + JSON.stringify(item)].join(SEP));
      return;
    }
  }
  if (prefix.length) out.add(prefix.join(SEP));
}

/** `.spec.template.spec.containers[name="web"].image`, as the API server prints field paths. */
export function printPath(member: string): string {
  let out = '';
  for (const element of member.split(SEP)) {
    if (element === '.') continue;
    if (element.startsWith('f:')) out += '.' + element.slice(2);
    else if (element.startsWith('k:')) {
      const key = JSON.parse(element.slice(2)) as Record<string, Json>;
      out +=
        '[' +
        Object.entries(key)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(',') +
        ']';
    } else if (element.startsWith('v:')) out += `[=${element.slice(2)}]`;
    else if (element.startsWith('i:')) out += `[${element.slice(2)}]`;
  }
  return out;
}

/** FieldsV1 wire form to a flat set. */
export function fromFieldsV1(fields: Json): FieldSet {
  const out: FieldSet = new Set();
  const walk = (node: Json, prefix: string[]) => {
    if (!isObject(node)) return;
    const keys = Object.keys(node);
    if (keys.length === 0) {
      if (prefix.length) out.add(prefix.join(SEP));
      return;
    }
    for (const key of keys) {
      if (key === '.') out.add([...prefix, '.'].join(SEP));
      else walk(node[key], [...prefix, key]);
    }
  };
  walk(fields, []);
  return out;
}

/**
 * A flat set to the FieldsV1 wire form. A node owned as such with nothing owned under it is `{}`:
 * the wire form writes `.` only beside children (a manager's map whose keys went to another).
 */
export function toFieldsV1(set: FieldSet): Record<string, Json> {
  const root: Record<string, Json> = {};
  for (const member of [...set].sort()) {
    let node = root;
    for (const element of member.split(SEP)) {
      node[element] ??= {};
      node = node[element];
    }
  }
  const collapse = (node: Record<string, Json>) => {
    for (const [key, child] of Object.entries(node)) {
      if (key === '.') continue;
      const keys = Object.keys(child);
      if (keys.length === 1 && keys[0] === '.') node[key] = {};
      else collapse(child);
    }
  };
  collapse(root);
  return root;
}

const parsedKeys = new Map<string, Record<string, Json>>();

function parseKey(element: string): Record<string, Json> {
  let key = parsedKeys.get(element);
  if (!key) {
    key = JSON.parse(element.slice(2)) as Record<string, Json>;
    if (parsedKeys.size > 50_000) parsedKeys.clear();
    parsedKeys.set(element, key);
  }
  return key;
}

/** The value a member path points at in an object; `found` false when absent. */
export function valueAt(object: Json, member: string): { found: boolean; value?: Json } {
  let node = object;
  for (const element of member.split(SEP)) {
    if (element === '.') return { found: true, value: node };
    if (element.startsWith('f:')) {
      if (!isObject(node) || !(element.slice(2) in node)) return { found: false };
      node = node[element.slice(2)];
    } else if (element.startsWith('k:')) {
      if (!Array.isArray(node)) return { found: false };
      const key = parseKey(element);
      const item = node.find((candidate) => matchesKey(candidate, key));
      if (item === undefined) return { found: false };
      node = item;
    } else if (element.startsWith('v:')) {
      if (!Array.isArray(node)) return { found: false };
      const wanted = element.slice(2);
      if (!node.some((candidate) => JSON.stringify(candidate) === wanted)) return { found: false };
      return { found: true, value: JSON.parse(wanted) };
    } else return { found: false };
  }
  return { found: true, value: node };
}

function matchesKey(candidate: Json, key: Record<string, Json>): boolean {
  if (!isObject(candidate)) return false;
  for (const [k, v] of Object.entries(key)) {
    const actual = candidate[k] ?? (k === 'protocol' ? 'TCP' : undefined);
    if (JSON.stringify(actual) !== JSON.stringify(v)) return false;
  }
  return true;
}

/** Returns a copy of `object` without the member (a leaf, an associative-list item, or a set member). Untouched branches are shared. */
export function removeMember(object: Json, member: string): Json {
  const elements = member.split(SEP);
  if (elements[elements.length - 1] === '.') elements.pop();
  return removeElements(object, elements);
}

function removeElements(node: Json, elements: string[]): Json {
  if (elements.length === 0) return undefined;
  const [head, ...rest] = elements;
  if (head.startsWith('f:') && isObject(node)) {
    const field = head.slice(2);
    if (!(field in node)) return node;
    const copy = { ...node };
    const child = rest.length === 0 ? undefined : removeElements(node[field], rest);
    // Emptied maps disappear, as Go's omitempty drops them from the stored object.
    if (child === undefined || (rest.length > 0 && isObject(child) && Object.keys(child).length === 0))
      delete copy[field];
    else copy[field] = child;
    return copy;
  }
  if (head.startsWith('k:') && Array.isArray(node)) {
    const key = parseKey(head);
    const index = node.findIndex((candidate) => matchesKey(candidate, key));
    if (index < 0) return node;
    const copy = [...node];
    if (rest.length === 0) copy.splice(index, 1);
    else copy[index] = removeElements(node[index], rest) ?? {};
    return copy;
  }
  if (head.startsWith('v:') && Array.isArray(node)) {
    const wanted = head.slice(2);
    return node.filter((candidate) => JSON.stringify(candidate) !== wanted);
  }
  return node;
}

export const FIELD_SEPARATOR = SEP;

/**
 * The members that differ between two versions of a value, in one walk: `changed` holds
 * members of `after` that are new or have a different value, `removed` members of
 * `before` that are gone. Subtrees shared by reference are skipped, which makes the
 * usual write (a copy of the old object with one part replaced) cheap.
 */
export function diffMembers(
  before: Json,
  after: Json,
  hooks: SchemaHooks = {},
): { changed: FieldSet; removed: FieldSet } {
  const changed: FieldSet = new Set();
  const removed: FieldSet = new Set();
  diff(before, after, [], [], changed, removed, hooks);
  return { changed, removed };
}

/** The `.` members of a set (nodes owned as such), which are not values: they never conflict. */
export function isNodeMember(member: string): boolean {
  return member.endsWith(SEP + '.');
}

function present(value: Json): boolean {
  return value !== undefined && value !== null;
}

function diff(
  before: Json,
  after: Json,
  schemaPath: FieldPath,
  prefix: string[],
  changed: FieldSet,
  removed: FieldSet,
  hooks: SchemaHooks,
): void {
  if (before === after) return;
  if (!present(after)) {
    if (present(before)) collect(before, schemaPath, prefix, removed, hooks, NODES);
    return;
  }
  if (!present(before)) {
    collect(after, schemaPath, prefix, changed, hooks, NODES);
    return;
  }
  if (
    isObject(after) &&
    isObject(before) &&
    !isAtomicMap(schemaPath, hooks.atomic) &&
    Object.keys(after).length > 0 &&
    Object.keys(before).length > 0
  ) {
    for (const key of Object.keys(after))
      diff(before[key], after[key], [...schemaPath, key], [...prefix, 'f:' + key], changed, removed, hooks);
    for (const key of Object.keys(before))
      if (!present(after[key]) && present(before[key]))
        collect(before[key], [...schemaPath, key], [...prefix, 'f:' + key], removed, hooks, NODES);
    return;
  }
  if (Array.isArray(after) && Array.isArray(before) && after.length > 0 && before.length > 0) {
    const lt = listTypeAt(schemaPath, hooks.listType);
    if (lt.type === 'map') {
      const beforeItems = new Map<string, Json>();
      for (const item of before) if (isObject(item)) beforeItems.set(itemKey(item, lt), item);
      const seen = new Set<string>();
      for (const item of after) {
        if (!isObject(item)) continue;
        const key = itemKey(item, lt);
        seen.add(key);
        const old = beforeItems.get(key);
        const itemPrefix = [...prefix, key];
        if (lt.atomicItems) {
          if (old === undefined || JSON.stringify(old) !== JSON.stringify(item)) changed.add(itemPrefix.join(SEP));
          continue;
        }
        if (old === undefined) {
          changed.add([...itemPrefix, '.'].join(SEP));
          for (const field of Object.keys(item))
            if (present(item[field]))
              collect(item[field], [...schemaPath, field], [...itemPrefix, 'f:' + field], changed, hooks, NODES);
          continue;
        }
        if (old === item) continue;
        for (const field of Object.keys(item))
          diff(old[field], item[field], [...schemaPath, field], [...itemPrefix, 'f:' + field], changed, removed, hooks);
        for (const field of Object.keys(old))
          if (!present(item[field]) && present(old[field]))
            collect(old[field], [...schemaPath, field], [...itemPrefix, 'f:' + field], removed, hooks, NODES);
      }
      for (const [key, old] of beforeItems) {
        if (seen.has(key)) continue;
        const itemPrefix = [...prefix, key];
        if (lt.atomicItems) {
          removed.add(itemPrefix.join(SEP));
          continue;
        }
        removed.add([...itemPrefix, '.'].join(SEP));
        for (const field of Object.keys(old))
          if (present(old[field]))
            collect(old[field], [...schemaPath, field], [...itemPrefix, 'f:' + field], removed, hooks, NODES);
      }
      return;
    }
    if (lt.type === 'set') {
      const a = new Set(after.map((v) => JSON.stringify(v)));
      const b = new Set(before.map((v) => JSON.stringify(v)));
      for (const v of a) if (!b.has(v)) changed.add([...prefix, 'v:' + v].join(SEP));
      for (const v of b) if (!a.has(v)) removed.add([...prefix, 'v:' + v].join(SEP));
      return;
    }
  }
  // Leaves, atomic values, empty containers filled or emptied, changes of shape: compare whole values.
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const beforeMembers: FieldSet = new Set();
  collect(before, schemaPath, prefix, beforeMembers, hooks, { nodes: true, skipSelf: true });
  const afterMembers: FieldSet = new Set();
  collect(after, schemaPath, prefix, afterMembers, hooks, { nodes: true, skipSelf: true });
  for (const m of afterMembers) changed.add(m);
  for (const m of beforeMembers) if (!afterMembers.has(m)) removed.add(m);
}
