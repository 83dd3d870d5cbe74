/**
 * Safe, fast parsing of manifest text into Kubernetes objects with their locations.
 *
 * Parser: js-yaml. Measured on 10,000 generated manifests (8.8 MB), js-yaml parses the tree
 * in about 0.5 s where the `yaml` package takes about 5.6 s; list-manifests has 1.5 s in all.
 * js-yaml gives no node positions, so we find the documents ourselves: a line that starts
 * with `---` or `...` (followed by a blank or the line's end) is a document boundary
 * wherever it appears — the YAML spec forbids those markers inside any scalar — so cutting
 * the text there and parsing each piece gives the same documents as a whole-stream parse,
 * plus each document's first line, and error lines shifted back to the file's numbering.
 *
 * Safety, all bounded in time and memory:
 *  - size: text over `maxFileBytes` (default 10 MiB) is refused before parsing; the loader
 *    checks the size with fstat before reading, so a 50 MB file is never read.
 *  - binary: NUL bytes or invalid UTF-8 are refused (see decodeManifestText).
 *  - alias bombs ("billion laughs"): js-yaml resolves an alias to the same JavaScript object,
 *    so parsing a bomb is cheap, but anything that walks the result (hashing, JSON output,
 *    validation) would visit every expansion. After parsing a document that has anchors we
 *    count its expanded size with a memoized walk over the parsed graph (linear in the unique
 *    nodes) and refuse it when aliases add more than MAX_ALIAS_EXPANSION nodes. Documents that
 *    pass are copied into plain trees, so no two places in an object share a node.
 *  - merge keys (`<<`): js-yaml caps merge work per document (maxTotalMergeKeys).
 *  - nesting: capped at MAX_DEPTH levels, the same for YAML (js-yaml maxDepth, and again after
 *    aliases are expanded: an alias may stack a deep subtree inside another) and for JSON
 *    (counted on the text before JSON.parse), so no walk of a parsed document, ours or a
 *    library's, can overflow the stack.
 *  - errors never repeat the document: the parser's messages name aliases, tags and snippets
 *    of the text (a Secret's value, `password: *Sup3r…`), so every message is rewritten to
 *    say what is wrong without them, and the parser's error is not kept as the cause.
 *
 * Scalars follow YAML 1.2's core schema (no timestamps: `2024-01-01` stays a string, as it
 * does for kubectl) with two YAML 1.1 rules kubectl's parser keeps: `<<` merge keys, and a
 * leading-zero integer such as `0644` (file modes) is octal, so `defaultMode: 0644` is 420.
 */
import { isUtf8 } from 'node:buffer';
import { isAbsolute } from 'node:path';
import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, Type, YAMLException, loadAll } from 'js-yaml';
// The modules, not the package's index: the parse worker's bundle needs no more than these.
import { UserError } from '@kra/core/errors';
import { displayPath } from '@kra/core/workspace';
import { safeJsonReason, safeYamlReason } from '@kra/core/parser-errors';
import type { KubeObject, LoadedObject } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Nodes that aliases may add to one file beyond what is written in it. */
export const MAX_ALIAS_EXPANSION = 100_000;
export const MAX_DEPTH = 512;

export interface ParseOptions {
  maxFileBytes?: number;
  /** Called for each document skipped on purpose (a kustomization), with the reason. */
  onSkip?: (message: string) => void;
  /** The workspace, to show `file` relative to it in messages (default GITHUB_WORKSPACE or cwd). */
  root?: string;
  /**
   * Keep each document's text on its object (default true), for serializeBundle. Callers that
   * only read the objects say false: the text would keep every file's content alive.
   */
  keepText?: boolean;
}

// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const types = (jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float' | 'merge', Type> }).types;

const LEGACY_OCTAL = /^[-+]?0[0-7]+$/;

/** Whether a plain scalar could be a number: most are words, and this spares them the number patterns. */
function mayBeNumber(data: string | null): boolean {
  if (data === null || data.length === 0) return false;
  const first = data.charCodeAt(0);
  return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // 0-9 + - .
}

const coreInt = types.int;
const kubeInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => mayBeNumber(data) && (LEGACY_OCTAL.test(data) || coreInt.resolve(data)),
  construct: (data: string) => {
    if (!LEGACY_OCTAL.test(data)) return coreInt.construct(data);
    const sign = data.startsWith('-') ? -1 : 1;
    return sign * parseInt(data.replace(/^[-+]/, ''), 8);
  },
  predicate: coreInt.predicate ?? undefined,
  represent: coreInt.represent ?? undefined,
  defaultStyle: coreInt.defaultStyle ?? undefined,
  styleAliases: { binary: [2, 'bin'], octal: [8, 'oct'], decimal: [10, 'dec'], hexadecimal: [16, 'hex'] },
});
const coreFloat = types.float;
const kubeFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => mayBeNumber(data) && coreFloat.resolve(data),
  construct: (data: string) => coreFloat.construct(data),
  predicate: coreFloat.predicate ?? undefined,
  represent: coreFloat.represent ?? undefined,
  defaultStyle: coreFloat.defaultStyle ?? undefined,
});

/** The schema manifests are read with (see the file comment). */
export const KUBE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, kubeInt, kubeFloat, types.merge],
});

const LOAD_OPTIONS = { schema: KUBE_SCHEMA, maxDepth: MAX_DEPTH, json: false } as const;

/** `<file>` as shown to the user: relative to the workspace when absolute. */
export function showFile(file: string, root?: string): string {
  return isAbsolute(file) ? displayPath(file, root) : file;
}

/** A one-line error at file:line: `<file>:<line>: <what> — <what to do>`. */
export function locatedError(
  file: string,
  line: number | undefined,
  what: string,
  todo: string,
  root?: string,
  cause?: unknown,
): UserError {
  const shown = showFile(file, root);
  const where = line === undefined ? shown : `${shown}:${line}`;
  return new UserError(`${where}: ${what} — ${todo}`, { file: shown, line, cause });
}

/**
 * Turns file bytes into text, refusing binary content: NUL bytes or invalid UTF-8
 * (UTF-16 files land here too). A UTF-8 byte order mark is dropped.
 */
export function decodeManifestText(bytes: Uint8Array, file: string, root?: string): string {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nul = buffer.indexOf(0);
  if (nul !== -1 || !isUtf8(buffer)) {
    const line = nul === -1 ? undefined : lineAt(buffer.subarray(0, nul));
    return thrown(
      locatedError(
        file,
        line,
        'is a binary file, not YAML or JSON text (it has NUL bytes or is not UTF-8)',
        'save manifests as UTF-8 text, or exclude this file with "exclude"',
        root,
      ),
    );
  }
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function lineAt(bytes: Buffer): number {
  let line = 1;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1)) line += 1;
  return line;
}

function thrown(error: Error): never {
  throw error;
}

/** Whether the file name says JSON (parsed with JSON.parse: faster, and exact JSON semantics). */
function isJsonFile(file: string): boolean {
  return /\.json$/i.test(file);
}

/**
 * Parses manifest text (a file's content, or a git blob's) into objects, in document order.
 * Multi-document YAML; `kind: List` (and other `…List` kinds with `items`) flattened, the
 * items keeping the List document's location; empty documents skipped; `.json` files as JSON.
 * Throws a one-line UserError at file:line for malformed YAML, a document that is not a
 * Kubernetes object, a file too large, binary content or an alias bomb.
 */
export function parseManifests(text: string | Uint8Array, file: string, options: ParseOptions = {}): LoadedObject[] {
  const root = options.root;
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const size = typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;
  if (size > maxBytes) throw tooLarge(file, size, maxBytes, root);
  let source: string;
  if (typeof text === 'string') {
    if (text.includes('\0')) {
      throw locatedError(
        file,
        undefined,
        'is a binary file, not YAML or JSON text (it has NUL bytes)',
        'save manifests as UTF-8 text, or exclude this file with "exclude"',
        root,
      );
    }
    source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } else {
    source = decodeManifestText(text, file, root);
  }
  const documents = isJsonFile(file) ? parseJsonText(source, file, root) : parseYamlText(source, file, root);
  const result: LoadedObject[] = [];
  for (const document of documents) collectObjects(document, file, result, options);
  return result;
}

export function tooLarge(file: string, size: number, maxBytes: number, root?: string): UserError {
  return locatedError(
    file,
    undefined,
    `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one manifest file`,
    'split it into smaller files, or exclude it with "exclude" if it is not a manifest',
    root,
  );
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}

/** One parsed document: its value, index in the file, first line, and text. */
interface RawDocument {
  value: unknown;
  index: number;
  line: number;
  text: string;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/**
 * Cuts YAML text into single-document pieces at `---` / `...` lines. A `---` line starts its
 * piece; a `...` line ends the piece before it. Pieces holding only directives (`%YAML`) are
 * joined to the next piece, which they belong to.
 */
function splitDocuments(text: string): Array<{ text: string; startLine: number }> {
  const pieces: Array<{ text: string; startLine: number }> = [];
  let start = 0;
  let startLine = 1;
  let lineCounter = { at: 0, line: 1 };
  const lineOf = (offset: number): number => {
    let { at, line } = lineCounter;
    for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
      line += 1;
      at = next + 1;
    }
    lineCounter = { at, line };
    return line;
  };
  let pendingDirectives: { text: string; startLine: number } | undefined;
  const push = (end: number) => {
    const piece = { text: text.slice(start, end), startLine };
    if (pendingDirectives) {
      piece.text = pendingDirectives.text + piece.text;
      piece.startLine = pendingDirectives.startLine;
      pendingDirectives = undefined;
    }
    if (onlyDirectives(piece.text)) pendingDirectives = piece;
    else pieces.push(piece);
  };
  MARKER.lastIndex = 0;
  for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
    const at = match.index;
    if (match[0] === '---') {
      if (at > start) push(at);
      start = at;
      startLine = lineOf(at);
    } else {
      const lineEnd = text.indexOf('\n', at);
      const end = lineEnd === -1 ? text.length : lineEnd + 1;
      const markerLine = lineOf(at);
      push(end);
      start = end;
      startLine = markerLine + 1;
    }
  }
  if (start < text.length || pieces.length === 0) push(text.length);
  if (pendingDirectives) pieces.push(pendingDirectives);
  return pieces;
}

const DIRECTIVES_ONLY = /^(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n)*(?:[ \t]*(?:#.*)?|%.*)$/;

function onlyDirectives(text: string): boolean {
  return text.includes('%') && /^%/m.test(text) && DIRECTIVES_ONLY.test(text);
}

const BLANK_OR_COMMENT = /[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const MARKER_ONLY = /(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const DIRECTIVE_LINE = /%[^\n]*(?:\n|$)/y;

/** The line of a piece's first content, past blank lines, comments, directives and a bare `---`; undefined when it has none. */
function contentLine(piece: string, startLine: number): number | undefined {
  let at = 0;
  let line = startLine;
  while (at < piece.length) {
    let match: RegExpExecArray | null = null;
    for (const pattern of [BLANK_OR_COMMENT, MARKER_ONLY, DIRECTIVE_LINE]) {
      pattern.lastIndex = at;
      match = pattern.exec(piece);
      if (match && match[0].length > 0) break;
      match = null;
    }
    if (!match) break;
    at += match[0].length;
    if (match[0].endsWith('\n')) line += 1;
  }
  return at >= piece.length ? undefined : line;
}

function parseYamlText(text: string, file: string, root?: string): RawDocument[] {
  const documents: RawDocument[] = [];
  let aliasBudget = MAX_ALIAS_EXPANSION;
  for (const piece of splitDocuments(text)) {
    const line = contentLine(piece.text, piece.startLine);
    if (line === undefined) {
      // Only comments and blank lines: an empty document when it has its own `---`, else nothing.
      if (piece.text.startsWith('---'))
        documents.push({ value: null, index: documents.length, line: piece.startLine, text: '' });
      continue;
    }
    let values: unknown[];
    try {
      values = loadAll(piece.text, undefined, LOAD_OPTIONS as never) as unknown[];
    } catch (error) {
      throw yamlError(error, file, piece.text, piece.startLine, root);
    }
    for (const value of values) {
      let tree = value;
      if (piece.text.includes('&') && value !== null && typeof value === 'object') {
        const { expanded, unique, depth } = measure(value);
        if (depth > MAX_DEPTH) {
          throw locatedError(
            file,
            line,
            `YAML nesting is deeper than ${MAX_DEPTH} levels once its aliases are expanded`,
            NESTING_TODO,
            root,
          );
        }
        const extra = expanded - unique;
        if (extra > aliasBudget) {
          throw locatedError(
            file,
            line,
            `YAML aliases expand this document past ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an alias bomb, "billion laughs")`,
            'write the values out instead of nesting aliases',
            root,
          );
        }
        if (extra > 0) {
          aliasBudget -= extra;
          tree = expand(value);
        }
      }
      documents.push({
        value: tree,
        index: documents.length,
        line,
        text: values.length === 1 ? documentText(piece.text) : '',
      });
    }
  }
  return documents;
}

const BARE_START = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;

/** A document's text for re-emitting: without its bare `---` line; none when it carries directives. */
function documentText(piece: string): string {
  if (/^%/m.test(piece)) return '';
  return piece.replace(BARE_START, '');
}

/**
 * The size of a parsed value counted as a tree (every alias expanded) and as the graph it
 * is (each node once), and its depth as a tree (collections on the deepest path), memoized
 * per node so a bomb costs no more than its text (the expanded count of a bomb is a large
 * float, never an endless walk). Iterative: the graph may be deeper than the stack.
 */
function measure(value: object): { expanded: number; unique: number; depth: number } {
  const known = new Map<object, { size: number; depth: number }>();
  const open = new Set<object>();
  let unique = 0;
  interface Frame {
    node: object;
    children: unknown[];
    next: number;
    size: number;
    depth: number;
  }
  const frame = (node: object): Frame => {
    unique += 1;
    open.add(node);
    return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, size: 1, depth: 1 };
  };
  const stack: Frame[] = [frame(value)];
  let result = { size: 1, depth: 1 };
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      const child = top.children[top.next++];
      if (child === null || typeof child !== 'object') {
        top.size += 1;
        continue;
      }
      const done = known.get(child);
      if (done) {
        top.size += done.size;
        top.depth = Math.max(top.depth, done.depth + 1);
      } else if (!open.has(child)) {
        stack.push(frame(child)); // cycles cannot come out of YAML aliases, but never loop
      }
      continue;
    }
    stack.pop();
    open.delete(top.node);
    result = { size: top.size, depth: top.depth };
    known.set(top.node, result);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.size += top.size;
      parent.depth = Math.max(parent.depth, top.depth + 1);
    }
  }
  return { expanded: result.size, unique, depth: result.depth };
}

/** A copy of a parsed value with every alias expanded into its own nodes. */
function expand(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(expand);
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) copy[key] = expand(child);
  return copy;
}

const NESTING_TODO = `flatten the document (YAML and JSON manifests may nest ${MAX_DEPTH} levels)`;

function yamlError(error: unknown, file: string, piece: string, startLine: number, root?: string): UserError {
  if (error instanceof YAMLException) {
    // An error at the very end (an unclosed bracket or quote) is put on the piece's last line, not past it.
    const lastLine = startLine + (piece.match(/\n/g)?.length ?? 0) - (piece.endsWith('\n') ? 1 : 0);
    const line = error.mark ? Math.min(startLine + error.mark.line, lastLine) : startLine;
    const reason = safeYamlReason((error.reason || 'invalid YAML').replace(/\s+/g, ' ').trim());
    if (/^nesting exceeded maxDepth/.test(reason)) {
      return locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
    }
    // The parser's error is not kept as the cause: its message and snippet quote the document.
    return locatedError(
      file,
      line,
      `invalid YAML: ${reason}`,
      'fix the YAML syntax (indentation, quoting, a missing colon)',
      root,
    );
  }
  if (error instanceof RangeError) {
    return locatedError(file, startLine, 'YAML nesting is too deep to read', NESTING_TODO, root);
  }
  throw error;
}

/**
 * The line where JSON text nests deeper than MAX_DEPTH, or undefined: one pass over the
 * text, brackets inside strings not counted (JSON.parse itself would take any depth, and a
 * walk of what it returns would not).
 */
function jsonTooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92)
        i += 1; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) {
      depth += 1;
      if (depth > MAX_DEPTH) return lineAt(Buffer.from(text.slice(0, i)));
    } else if (char === 125 || char === 93) depth -= 1;
  }
  return undefined;
}

function parseJsonText(text: string, file: string, root?: string): RawDocument[] {
  if (text.trim() === '') return [];
  const deep = jsonTooDeepAt(text);
  if (deep !== undefined) {
    throw locatedError(file, deep, `JSON nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
  }
  try {
    const value: unknown = JSON.parse(text);
    return [{ value, index: 0, line: contentLine(text, 1) ?? 1, text }];
  } catch (error) {
    const message = (error as Error).message;
    const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
    const position = /at position (\d+)/.exec(message);
    let line: number | undefined;
    if (lineColumn) line = Number(lineColumn[1]);
    else if (position) line = text.slice(0, Number(position[1])).split('\n').length;
    else line = text.split('\n').length;
    // The parser's error is not kept as the cause: its message quotes the document.
    return thrown(locatedError(file, line, `invalid JSON: ${safeJsonReason(message)}`, 'fix the JSON syntax', root));
  }
}

/** What a value is, never what it says (it may be a Secret's value). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value}`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const KUSTOMIZE_GROUP = /^kustomize\.config\.k8s\.io\//;

function collectObjects(document: RawDocument, file: string, into: LoadedObject[], options: ParseOptions): void {
  const { value, index, line } = document;
  if (value === null || value === undefined) return;
  const source = { file, index, line };
  const root = options.root;
  if (isMapping(value) && typeof value.apiVersion === 'string' && KUSTOMIZE_GROUP.test(value.apiVersion)) {
    options.onSkip?.(
      `${showFile(file, root)}:${line}: skipped ${String(value.kind)} (${value.apiVersion}): a kustomize file, not an object to apply`,
    );
    return;
  }
  checkObject(value, file, line, '', root);
  const object = value as KubeObject;
  const items = (value as Record<string, unknown>).items;
  if (object.kind.endsWith('List') && Array.isArray(items)) {
    items.forEach((item, itemIndex) => {
      if (item === null || item === undefined) return;
      checkObject(item, file, line, ` (${object.kind} item ${itemIndex})`, root);
      into.push({ object: item as KubeObject, source: { ...source, item: itemIndex } });
    });
    return;
  }
  into.push(document.text && options.keepText !== false ? { object, source, text: document.text } : { object, source });
}

function checkObject(value: unknown, file: string, line: number, where: string, root?: string): void {
  const todo = 'each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)';
  if (!isMapping(value)) {
    throw locatedError(file, line, `document${where} is ${describe(value)}, not a Kubernetes object`, todo, root);
  }
  for (const field of ['apiVersion', 'kind'] as const) {
    const fieldValue = value[field];
    if (fieldValue === undefined || fieldValue === null || fieldValue === '') {
      throw locatedError(file, line, `document${where} has no ${field}, so it is not a Kubernetes object`, todo, root);
    }
    if (typeof fieldValue !== 'string') {
      throw locatedError(
        file,
        line,
        `document${where} has a ${field} that is ${describe(fieldValue)}, not a string`,
        todo,
        root,
      );
    }
  }
  const items = value.items;
  const isList = (value.kind as string).endsWith('List') && Array.isArray(items);
  if (!isList && !isMapping(value.metadata)) {
    throw locatedError(
      file,
      line,
      `${value.kind} document${where} has ${value.metadata === undefined ? 'no metadata' : 'a metadata that is not a mapping'}`,
      'add metadata with at least a name',
      root,
    );
  }
}
