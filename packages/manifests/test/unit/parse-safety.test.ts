/**
 * What a hostile or broken document cannot do: make an error message repeat its text (a
 * Secret's value), or nest deep enough to overflow a stack, in YAML, in JSON, or through
 * YAML aliases.
 */
import { UserError } from '@kra/core';
import { MAX_DEPTH, parseManifests } from '../../src/index.js';
import { errorOf } from './helpers.js';

const SECRET = 'Sup3rS3cretValue';

/** Every text an error carries: message, stack, cause, own properties. */
function everything(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth += 1) {
    if (current instanceof Error) {
      parts.push(current.message, current.stack ?? '', JSON.stringify({ ...current }));
      current = (current as Error & { cause?: unknown }).cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join('\n');
}

/** Whether any 6-character piece of the secret shows in the text. */
function leaks(text: string): boolean {
  for (let start = 0; start + 6 <= SECRET.length; start += 1)
    if (text.includes(SECRET.slice(start, start + 6))) return true;
  return false;
}

const secretWith = (line: string) => `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
type: Opaque
${line}
`;

describe('YAML and JSON errors never repeat the document', () => {
  test.each([
    ['an alias with no anchor, in a flow mapping', secretWith(`stringData: {password: *${SECRET}}`), 7],
    ['an alias with no anchor, in a block mapping', secretWith(`stringData:\n  password: *${SECRET}`), 8],
    ['an unknown tag', secretWith(`stringData:\n  password: !${SECRET} x`), 8],
    ['an unknown verbatim tag', secretWith(`stringData:\n  password: !<tag:${SECRET}> x`), 8],
    ['an undeclared tag handle', secretWith(`stringData:\n  password: !${SECRET}!x y`), 8],
    ['a malformed tag', secretWith(`stringData:\n  password: !<${SECRET} x`), 8],
    // js-yaml reports a directive's problem at the line after it
    ['a TAG directive', `%TAG !s! tag:${SECRET}:\n%TAG !s! tag:${SECRET}:\n---\n${secretWith('')}`, 3],
    ['an unknown directive and a bad one', `%${SECRET} x\n%YAML ${SECRET}\n---\n${secretWith('')}`, 3],
  ])('%s', (_name, text, line) => {
    const error = errorOf(() => parseManifests(text, 'k8s/secret.yaml'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(new RegExp(`^k8s/secret\\.yaml:${line}: invalid YAML: `));
    expect(error.message).not.toContain('\n');
    expect(leaks(everything(error))).toBe(false);
  });

  test.each([
    [
      'a bare word',
      `{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"},\n "stringData": {"password": ${SECRET}}}`,
    ],
    [
      'a missing comma',
      `{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"},\n "stringData": {"password": "${SECRET}" "user": "x"}}`,
    ],
    [
      'a broken escape',
      `{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"},\n "stringData": {"password": "${SECRET}\\q"}}`,
    ],
    ['text after the end', `{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"}}\n${SECRET}`],
  ])('JSON: %s', (_name, text) => {
    const error = errorOf(() => parseManifests(text, 'k8s/secret.json'));
    expect(error.message).toMatch(/^k8s\/secret\.json:2: invalid JSON: /);
    expect(leaks(everything(error))).toBe(false);
  });

  test('a document that is a bare value is named by its type, never by its value', () => {
    const error = errorOf(() => parseManifests(`--- ${SECRET}\n`, 'k8s/x.yaml'));
    expect(error.message).toBe(
      'k8s/x.yaml:1: document is a string, not a Kubernetes object — each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)',
    );
    const kind = errorOf(() =>
      parseManifests(`apiVersion: v1\nkind: [${SECRET}]\nmetadata: {name: x}\n`, 'k8s/y.yaml'),
    );
    expect(leaks(everything(kind))).toBe(false);
  });
});

describe('nesting is capped at the same depth for YAML and JSON, and nothing recurses past it', () => {
  const configMap = (data: string) =>
    `{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "deep"},\n"data": ${data}}`;

  test('a 100,000-deep JSON ConfigMap is refused at its file and line, not parsed', () => {
    const text = configMap(`{"a":\n${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const error = errorOf(() => parseManifests(text, 'k8s/deep.json'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `k8s/deep.json:3: JSON nesting is deeper than ${MAX_DEPTH} levels — flatten the document (YAML and JSON manifests may nest ${MAX_DEPTH} levels)`,
    );
  });

  test('JSON at the cap is read; brackets inside strings do not count', () => {
    const depth = MAX_DEPTH - 3; // the ConfigMap and its data add levels
    const text = configMap(`{"a": ${'['.repeat(depth)}"[[[{{{"${']'.repeat(depth)}}`);
    expect(parseManifests(text, 'k8s/ok.json')).toHaveLength(1);
  });

  test('YAML aliases cannot stack nesting past the cap (one alias, 400 extra nodes: no alias bomb)', () => {
    const deep = (inner: string) => `${'['.repeat(400)}${inner}${']'.repeat(400)}`;
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: stacked}\nlow: &low ${deep('1')}\nhigh: ${deep('*low')}\n`;
    const error = errorOf(() => parseManifests(text, 'k8s/stacked.yaml'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      `k8s/stacked.yaml:1: YAML nesting is deeper than ${MAX_DEPTH} levels once its aliases are expanded — flatten the document (YAML and JSON manifests may nest ${MAX_DEPTH} levels)`,
    );
  });
});
