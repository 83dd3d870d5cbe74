import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { FieldChange, FileUpdate } from '../../src/index.js';

/** ../shared/fixtures beside the repository (as in CI). */
export const FIXTURES = realpathSync(resolve(process.cwd(), '..', 'shared', 'fixtures'));

/** A temp copy of fixture folders, as a config repository's working tree: { 'podinfo': 'podinfo' } copies FIXTURES/podinfo to <tmp>/podinfo. */
export function fixtureTree(folders: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kra-gitops-')));
  for (const [from, to] of Object.entries(folders)) cpSync(join(FIXTURES, from), join(root, to), { recursive: true });
  return root;
}

function sources(value: string): string[] {
  return [value, JSON.stringify(value), `'${value.replace(/'/g, "''")}'`];
}

/**
 * Asserts that `after` is `before` with only the changes' values replaced: every line that
 * differs holds a changed value, and with that value taken out it equals the line it replaced
 * (same key, comment, quoting of the rest, indentation and line ending). Added lines must be
 * listed as additions. Returns the lines that differ.
 */
export function expectOnlyValuesChanged(file: FileUpdate): string[] {
  const before = file.before.split('\n');
  const after = file.after.split('\n');
  const added = file.changes.filter((change) => change.before === '(added)' || change.after === '(removed)');
  if (added.length === 0) expect(after.length).toBe(before.length);
  const differing: string[] = [];
  let a = 0;
  for (let b = 0; b < before.length; b += 1, a += 1) {
    if (before[b] === after[a]) continue;
    const change = file.changes.find((c: FieldChange) => c.line === a + 1 && c.before !== '(added)');
    if (!change) {
      // An added entry: skip the inserted lines, then the rest must line up again.
      const inserted = file.changes.find((c) => c.before === '(added)' && c.line <= a + 1);
      expect({ line: a + 1, text: after[a], inserted: !!inserted }).toEqual({
        line: a + 1,
        text: after[a],
        inserted: true,
      });
      while (a < after.length && after[a] !== before[b]) a += 1;
      continue;
    }
    const strip = (line: string, value: string) => {
      for (const source of sources(value)) if (line.includes(source)) return line.replace(source, '\u0000');
      return line;
    };
    expect(strip(after[a], change.after)).toBe(strip(before[b], change.before));
    expect(strip(after[a], change.after)).toContain('\u0000');
    differing.push(after[a]);
  }
  return differing;
}

/** Every document of a YAML text, read by a second, independent parser (js-yaml). */
export function loadAll(text: string): unknown[] {
  return yaml.loadAll(text);
}

/** A deep copy with every string equal to `from` replaced by `to`. */
export function replaceStrings(value: unknown, replacements: Record<string, string>): unknown {
  if (typeof value === 'string') return replacements[value] ?? value;
  if (Array.isArray(value)) return value.map((item) => replaceStrings(item, replacements));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceStrings(item, replacements)]));
  }
  return value;
}
