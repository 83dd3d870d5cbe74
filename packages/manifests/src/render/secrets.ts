/**
 * Rendered Secrets stay secret. A chart or an overlay turns values (a values file, a
 * `helm-set` line, a secretGenerator literal) into Secret data: every such value is masked
 * for the runner before the action logs anything about the render, and a tool's error
 * message never repeats a value the user gave (they are cut out of it before it is shown).
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { maskSecret, redact } from '@kra/core';
import { apiGroup } from '../scope.js';
import type { KubeObject, LoadedObject } from '../types.js';

function isSecret(object: KubeObject): boolean {
  return object.kind === 'Secret' && apiGroup(object.apiVersion) === '';
}

function values(record: unknown): string[] {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return [];
  return Object.values(record)
    .filter((value) => value !== null && value !== undefined)
    .map(String);
}

/** Every value a Secret holds, as written and as its pods read it (base64 `data` decoded). */
export function secretValues(objects: Iterable<KubeObject | LoadedObject>): string[] {
  const found: string[] = [];
  for (const item of objects) {
    const object = 'source' in item && 'object' in item ? (item as LoadedObject).object : (item as KubeObject);
    if (!isSecret(object)) continue;
    for (const value of values(object.data)) {
      found.push(value);
      const decoded = Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (decoded !== '') found.push(decoded);
    }
    for (const value of values(object.stringData)) found.push(value);
  }
  return found;
}

/** Masks every Secret value of the objects (maskSecret: each line and the base64 form too). */
export function maskSecretValues(objects: Iterable<KubeObject | LoadedObject>): void {
  for (const value of secretValues(objects)) maskSecret(value);
}

/** The scalars of a values file (strings and numbers of 4 characters or more: shorter ones say nothing). */
function scalarsOf(value: unknown, into: Set<string>): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object') {
    for (const child of Array.isArray(value) ? value : Object.values(value)) scalarsOf(child, into);
    return;
  }
  const text = String(value);
  if (text.length >= 4) into.add(text);
}

/**
 * The values a render was given (values files' scalars, `--set` values), to cut out of the
 * tool's messages. A values file that cannot be parsed gives its lines instead.
 */
export function givenValues(valuesFiles: readonly string[], setValues: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of valuesFiles) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      scalarsOf(load(text), found);
    } catch {
      for (const line of text.split(/\r?\n/)) if (line.trim().length >= 4) found.add(line.trim());
    }
  }
  for (const value of setValues) {
    if (value.length >= 4) found.add(value);
    // A --set value may be a list ({a,b}) or JSON: its parts too.
    for (const part of value.split(/[{},:"[\]]/)) if (part.trim().length >= 4) found.add(part.trim());
  }
  // Longest first, so a value that contains another is cut whole.
  return [...found].sort((a, b) => b.length - a.length);
}

/** A tool's message without any of the given values. */
export function withoutValues(message: string, given: readonly string[]): string {
  return redact(message, given);
}
