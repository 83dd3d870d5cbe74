/**
 * YAML files edited as text: documents are parsed for their structure and source offsets
 * (eemeli/yaml), and every change is a replacement or insertion at those offsets, so comments,
 * key order, quoting, indentation, blank lines and line endings outside the changed scalars
 * stay byte for byte.
 */
import { UserError } from '@kra/core';
import {
  LineCounter,
  parse,
  parseAllDocuments,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';

export interface YamlFile {
  /** Path shown to the user (repository-relative). */
  path: string;
  text: string;
  /** The file's line ending: new lines are written with it. */
  eol: '\n' | '\r\n';
  documents: Document.Parsed[];
  lines: LineCounter;
}

/** A change to a file's text: replace [start, end) with `text` (an insertion when start === end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Parses every document of a YAML file; a syntax error fails with file:line and what to do. */
export function parseYamlFile(path: string, text: string): YamlFile {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false }) as
    Document.Parsed[] | { errors?: unknown };
  const list = Array.isArray(documents) ? documents : [];
  for (const document of list) {
    const error = document.errors[0];
    if (error) {
      // An error found at the end of the text (an unclosed bracket) is reported on the last line that holds something.
      const line = lines.linePos(Math.max(0, Math.min(error.pos[0], text.trimEnd().length - 1))).line;
      throw new UserError(
        `${path}:${line}: YAML does not parse (${firstLine(error.message)}): fix the file in the config repository`,
        { file: path, line },
      );
    }
  }
  return { path, text, eol: text.includes('\r\n') ? '\r\n' : '\n', documents: list, lines };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** Applies non-overlapping edits; throws on an overlap (two rules writing one scalar differently). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** Whether `value` reads back as this very string when written plain, in YAML 1.1 (Kubernetes, Helm) and 1.2. */
export function isPlainSafe(value: string, flow = false): boolean {
  if (value === '' || value !== value.trim() || /[\r\n]/.test(value)) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  try {
    const source = `k: ${value}\n`;
    for (const version of ['1.1', '1.2'] as const) {
      const parsed = parse(source, { version }) as unknown;
      if (!parsed || typeof parsed !== 'object' || (parsed as Record<string, unknown>).k !== value) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** A new scalar's source: plain when that reads back as the string, else double-quoted. */
export function newScalarSource(value: string, flow = false): string {
  return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}

/**
 * The source for `value` in the style of an existing scalar: single and double quotes are
 * kept, a plain scalar stays plain unless the new value would read back as something else
 * (`1.10` is a number, so it becomes "1.10"). Undefined for block scalars (| and >).
 */
export function scalarSourceLike(node: Scalar, value: string, flow: boolean): string | undefined {
  switch (node.type) {
    case 'QUOTE_DOUBLE':
      return JSON.stringify(value);
    case 'QUOTE_SINGLE':
      return /[\r\n]/.test(value) ? JSON.stringify(value) : `'${value.replace(/'/g, "''")}'`;
    case 'PLAIN':
      return newScalarSource(value, flow);
    default:
      return undefined;
  }
}

/** The value of a scalar as a string (numbers and booleans as written), or undefined for other nodes. */
export function scalarText(node: unknown, text: string): string | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  if (node.value === null) return '';
  if (typeof node.value === 'string') return node.value;
  // 6.14 or true: what the file says, not a reformatted number.
  return text.slice(node.range[0], node.range[1]);
}

export function pairKey(pair: Pair): string | undefined {
  return isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => pairKey(pair) === key);
}

export function isFlow(node: Node): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the line ending after `offset` (the \r of \r\n, or \n), or the text's end. */
export function lineEnd(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  if (newline === -1) return text.length;
  return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}

/** The column (0-based) of an offset. */
export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** A scalar value to change in place, or a null value (`tag:`) to fill. */
export function replaceScalar(file: YamlFile, node: Scalar, value: string, flow: boolean): TextEdit | undefined {
  const [start, end] = node.range!;
  if (node.value === null && start === end) return { start, end, text: ` ${newScalarSource(value, flow)}` };
  const source = scalarSourceLike(node, value, flow);
  return source === undefined ? undefined : { start, end, text: source };
}

/** Inserts `key: value` as the last pair of a mapping, in its style (block: a new line at the keys' indentation). */
export function insertPair(file: YamlFile, map: YAMLMap, key: string, value: string): TextEdit | undefined {
  const last = map.items[map.items.length - 1];
  if (!last || !isScalar(last.key) || !last.key.range) return undefined;
  if (map.flow) {
    const end = (last.value as Node | null)?.range?.[1] ?? last.key.range[1];
    return { start: end, end, text: `, ${key}: ${newScalarSource(value, true)}` };
  }
  const first = map.items[0].key as Node;
  const indent = ' '.repeat(column(file.text, first.range![0]));
  const valueNode = last.value as Node | null;
  if (valueNode && !isScalar(valueNode)) return undefined;
  const end = lineEnd(file.text, valueNode?.range?.[1] ?? last.key.range[1]);
  return { start: end, end, text: `${file.eol}${indent}${key}: ${newScalarSource(value)}` };
}

/**
 * Removes a pair from a mapping whose values are scalars: from its key to the next key (so a
 * first key after "- " hands its place to the next), or, for the last pair, from the end of
 * the previous pair's line to the end of its own.
 */
export function removePair(file: YamlFile, map: YAMLMap, pair: Pair): TextEdit | undefined {
  const index = map.items.indexOf(pair);
  if (index === -1 || map.items.length < 2) return undefined;
  if (!map.items.every((item) => isScalar(item.key) && (item.value === null || isScalar(item.value)))) return undefined;
  const key = pair.key as Scalar;
  const next = map.items[index + 1];
  if (next) return { start: key.range![0], end: (next.key as Scalar).range![0], text: '' };
  const previous = map.items[index - 1];
  const previousEnd = (previous.value as Scalar | null)?.range?.[1] ?? (previous.key as Scalar).range![1];
  const valueEnd = (pair.value as Scalar | null)?.range?.[1] ?? key.range![1];
  if (map.flow) return { start: previousEnd, end: valueEnd, text: '' };
  return { start: lineEnd(file.text, previousEnd), end: lineEnd(file.text, valueEnd), text: '' };
}

/** Depth-first walk over maps and sequences, with the key path (numbers for sequence items). */
export function walk(
  node: unknown,
  visit: (node: Node, path: readonly (string | number)[], parent: YAMLMap | undefined, flow: boolean) => void,
  path: (string | number)[] = [],
  parent?: YAMLMap,
  flow = false,
): void {
  if (!node || typeof node !== 'object') return;
  const here = node as Node;
  visit(here, path, parent, flow);
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pairKey(pair);
      if (key === undefined) continue;
      walk(pair.value, visit, [...path, key], node, flow || node.flow === true);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, visit, [...path, index], undefined, flow || node.flow === true));
  }
}
