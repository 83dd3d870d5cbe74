/**
 * The three classic patch types: JSON patch (RFC 6902), JSON merge patch (RFC 7386) and
 * Kubernetes strategic merge patch (merge keys, $patch, $retainKeys,
 * $deleteFromPrimitiveList, $setElementOrder). Inputs are never mutated.
 */
import { cloneJson } from '../json-clone.js';
import { StatusError, badRequest } from './errors.js';
import { patchMergeKeyAt, type FieldPath } from './schema.js';

type Json = any;

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return cloneJson(value);
}

/** How the API server answers a JSON patch that does not apply: 422 without saying why. */
function patchInvalid(_why: string): StatusError {
  return new StatusError(422, 'Invalid', 'the server rejected our request due to an error in our request', {});
}

/** Go's fmt `%v` of a decoded JSON value (`map[image:web:1 name:a]`), as the API server's patch errors print them. */
function goValue(value: Json): string {
  if (value === null || value === undefined) return '<nil>';
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (isObject(value))
    return `map[${Object.keys(value)
      .sort()
      .map((k) => `${k}:${goValue(value[k])}`)
      .join(' ')}]`;
  return String(value);
}

/** An error the strategic merge patch library returns: 500 with no reason, as the server passes it on. */
function smpError(message: string): StatusError {
  return new StatusError(500, '', message);
}

// ---------------------------------------------------------------- JSON patch (RFC 6902)

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw badRequest(`invalid JSON pointer "${pointer}": must start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function getAt(doc: Json, tokens: string[]): { found: boolean; value?: Json } {
  let node = doc;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      const index = Number(token);
      if (!/^\d+$/.test(token) || index >= node.length) return { found: false };
      node = node[index];
    } else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return { found: false };
  }
  return { found: true, value: node };
}

function parentOf(doc: Json, tokens: string[], pointer: string): { parent: Json; last: string } {
  const parent = getAt(doc, tokens.slice(0, -1));
  if (!parent.found || typeof parent.value !== 'object' || parent.value === null) {
    throw patchInvalid(`doc is missing path: "${pointer}": missing value`);
  }
  return { parent: parent.value, last: tokens[tokens.length - 1] };
}

function addAt(doc: Json, pointer: string, value: Json): Json {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  const { parent, last } = parentOf(doc, tokens, pointer);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!/^\d+$/.test(last) && last !== '-') throw patchInvalid(`invalid array index "${last}" in "${pointer}"`);
    if (index > parent.length) throw patchInvalid(`Unable to access invalid index: ${index}`);
    parent.splice(index, 0, value);
  } else parent[last] = value;
  return doc;
}

function removeAt(doc: Json, pointer: string): { doc: Json; removed: Json } {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return { doc: undefined, removed: doc };
  const { parent, last } = parentOf(doc, tokens, pointer);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!/^\d+$/.test(last) || index >= parent.length)
      throw patchInvalid(`Unable to remove nonexistent key: ${last}: missing value`);
    const [removed] = parent.splice(index, 1);
    return { doc, removed };
  }
  if (!Object.prototype.hasOwnProperty.call(parent, last))
    throw patchInvalid(`Unable to remove nonexistent key: ${last}: missing value`);
  const removed = parent[last];
  delete parent[last];
  return { doc, removed };
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]))
  );
}
export { deepEqual };

const GO_JSON_TYPE: Record<string, string> = { string: 'string', number: 'number', boolean: 'bool' };

function goJsonType(value: Json): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : isObject(value)
        ? 'object'
        : GO_JSON_TYPE[typeof value];
}

export function applyJsonPatch(document: Json, patch: Json): Json {
  if (!Array.isArray(patch))
    throw badRequest(
      `error decoding patch: json: cannot unmarshal ${goJsonType(patch)} into Go value of type []handlers.jsonPatchOp`,
    );
  let doc = clone(document);
  for (const op of patch) {
    if (!isObject(op) || typeof op.op !== 'string' || typeof op.path !== 'string') {
      throw badRequest('the JSON patch operation is malformed: every operation needs "op" and "path"');
    }
    switch (op.op) {
      case 'add':
        if (!('value' in op)) throw badRequest(`missing value for add operation at "${op.path}"`);
        doc = addAt(doc, op.path, clone(op.value));
        break;
      case 'remove':
        doc = removeAt(doc, op.path).doc;
        break;
      case 'replace': {
        const tokens = parsePointer(op.path);
        if (!getAt(doc, tokens).found)
          throw patchInvalid(`replace operation does not apply: doc is missing key: ${op.path}: missing value`);
        if (tokens.length === 0) doc = clone(op.value);
        else {
          const { parent, last } = parentOf(doc, tokens, op.path);
          if (Array.isArray(parent)) parent[Number(last)] = clone(op.value);
          else parent[last] = clone(op.value);
        }
        break;
      }
      case 'move': {
        if (typeof op.from !== 'string') throw badRequest('move operation needs "from"');
        const { doc: after, removed } = removeAt(doc, op.from);
        doc = addAt(after, op.path, removed);
        break;
      }
      case 'copy': {
        if (typeof op.from !== 'string') throw badRequest('copy operation needs "from"');
        const source = getAt(doc, parsePointer(op.from));
        if (!source.found)
          throw patchInvalid(`copy operation does not apply: doc is missing from path: ${op.from}: missing value`);
        doc = addAt(doc, op.path, clone(source.value));
        break;
      }
      case 'test': {
        const current = getAt(doc, parsePointer(op.path));
        if (!current.found || !deepEqual(current.value, op.value)) {
          throw patchInvalid(`testing value ${op.path} failed: test failed`);
        }
        break;
      }
      default:
        throw patchInvalid(`Unexpected kind: ${op.op}`);
    }
  }
  return doc;
}

// ---------------------------------------------------------------- JSON merge patch (RFC 7386)

export function applyMergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const result: Record<string, Json> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}

// ---------------------------------------------------------------- strategic merge patch

export function applyStrategicMergePatch(original: Json, patch: Json): Json {
  if (!isObject(patch))
    throw badRequest(
      `error decoding patch: json: cannot unmarshal ${goJsonType(patch)} into Go value of type map[string]interface {}`,
    );
  return smpObject(original, patch, []);
}

function stripDirectives(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out[k] = stripDirectives(v);
  return out;
}

function smpObject(original: Json, patch: Record<string, Json>, path: FieldPath): Json {
  const directive = patch.$patch;
  if (directive === 'replace') return stripDirectives(patch);
  if (directive === 'delete') return undefined;
  if (directive !== undefined && directive !== 'merge')
    throw smpError(`unknown patch type: ${String(directive)} in map: ${goValue(patch)}`);
  const result: Record<string, Json> = isObject(original) ? { ...original } : {};
  // the directives need a field name after the slash
  if (patch.$deleteFromPrimitiveList !== undefined) throw badRequest('invalid patch format of primitive list');
  if (patch.$setElementOrder !== undefined)
    throw smpError(
      `expected a []interface {}, but received a ${isObject(patch.$setElementOrder) ? 'map[string]interface {}' : goJsonType(patch.$setElementOrder)}`,
    );
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(result[field]) && Array.isArray(value))
        result[field] = result[field].filter((v: Json) => !value.some((d) => deepEqual(d, v)));
      continue;
    }
    if (key.startsWith('$')) continue;
    const childPath = [...path, key];
    if (value === null) delete result[key];
    else if (Array.isArray(value))
      result[key] = smpList(result[key], value, childPath, patch[`$setElementOrder/${key}`]);
    else if (isObject(value)) {
      const merged = smpObject(result[key], value, childPath);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else result[key] = value;
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set<string>(patch.$retainKeys);
    for (const key of Object.keys(result)) if (!keep.has(key) && !(key in patch)) delete result[key];
  }
  return result;
}

function smpList(original: Json, patch: Json[], path: FieldPath, elementOrder?: Json): Json {
  const mk = patchMergeKeyAt(path);
  if (!mk) return stripDirectives(patch);
  const order = Array.isArray(elementOrder) ? elementOrder : undefined;
  if ('primitiveMerge' in mk) {
    const base = Array.isArray(original) ? [...original] : [];
    const merged = [...base];
    for (const item of patch) if (!merged.some((b) => deepEqual(b, item))) merged.push(item);
    return normalizeElementOrder(merged, order ?? patch, base, (item) => item);
  }
  const key = mk.key;
  if (patch.some((item) => isObject(item) && item.$patch === 'replace')) {
    return stripDirectives(patch.filter((item) => !(isObject(item) && item.$patch === 'replace')));
  }
  let result: Json[] = Array.isArray(original) ? [...original] : [];
  const keyOf = (item: Json) => (isObject(item) ? item[key] : undefined);
  const merges: Json[] = [];
  for (const item of patch) {
    if (!isObject(item))
      throw badRequest(
        `strategic merge patch: the list at ${path.join('.')} is merged by "${key}", its items must be objects`,
      );
    if (!(key in item)) throw smpError(`map: ${goValue(item)} does not contain declared merge key: ${key}`);
    if (item.$patch === 'delete') result = result.filter((existing) => !deepEqual(keyOf(existing), item[key]));
    else merges.push(item);
  }
  const serverOrder = [...result];
  for (const item of merges) {
    const index = result.findIndex((existing) => deepEqual(keyOf(existing), item[key]));
    if (index >= 0) result[index] = smpObject(result[index], item, path);
    else result.push(stripDirectives(item));
  }
  return normalizeElementOrder(result, order ?? merges, serverOrder, keyOf);
}

/**
 * The order the strategic merge patch library gives a merged list: the items the patch (or its
 * `$setElementOrder`) names in that order, interleaved with the server's other items in theirs
 * (sigs.k8s.io/structured-merge-diff's normalizeElementOrder and mergeSortedSlice).
 */
function normalizeElementOrder(
  merged: Json[],
  patchOrder: Json[],
  serverOrder: Json[],
  keyOf: (item: Json) => Json,
): Json[] {
  const indexIn = (list: Json[], item: Json) => list.findIndex((candidate) => deepEqual(keyOf(candidate), keyOf(item)));
  const byOrder = (order: Json[]) => (a: Json, b: Json) => {
    const ia = indexIn(order, a);
    const ib = indexIn(order, b);
    return ia >= 0 && ib >= 0 ? ia - ib : 0;
  };
  const fromPatch = merged.filter((item) => indexIn(patchOrder, item) >= 0).sort(byOrder(patchOrder));
  const serverOnly = merged.filter((item) => indexIn(patchOrder, item) < 0).sort(byOrder(serverOrder));
  const out: Json[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < fromPatch.length) {
    if (i >= serverOnly.length) out.push(fromPatch[j++]);
    else if (j >= fromPatch.length) out.push(serverOnly[i++]);
    else {
      const li = indexIn(serverOrder, serverOnly[i]);
      const ri = indexIn(serverOrder, fromPatch[j]);
      if (li >= 0 && ri >= 0 && li < ri) out.push(serverOnly[i++]);
      else out.push(fromPatch[j++]);
    }
  }
  return out;
}
