// The one rule for list outputs (README, "Outputs"), checked on every action.yml: each list
// is `<name>` (one item a line) and `<name>-json` (JSON); the names v1.0 used otherwise are
// still declared, as deprecated aliases, until v2. The aliases' values and warnings are
// checked in the actions' own tests (detect-config-changes, tag-release) and in core's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const root = join(import.meta.dirname, '..');
const actions = readdirSync(join(root, 'actions')).sort();

function outputs(action: string): Record<string, { description: string }> {
  const definition = yaml.load(readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8')) as {
    outputs?: Record<string, { description: string }>;
  };
  return definition.outputs ?? {};
}

/** Outputs that are one value or a map, not a list. */
const SINGLE = new Set([
  'version',
  'prerelease',
  'environment',
  'bundle',
  'count',
  'checksums',
  'any-changed',
  'base',
  'head',
  'revision',
  'previous-revision',
  'rolled-back',
  'status',
  'changed',
  'url',
  'phase',
  'weight',
  'commit',
  'branch',
  'pull-request-number',
  'pull-request-url',
]);

/** The v1.0 names kept until v2, each with the name to read instead. */
const ALIASES: Record<string, Record<string, string>> = {
  'detect-config-changes': {
    'changed-configs-list': 'changed-configs',
    'affected-workloads-list': 'affected-workloads',
    'restart-list': 'restart',
  },
};

describe.each(actions)('%s outputs', (action) => {
  const declared = outputs(action);
  const names = Object.keys(declared);
  const aliases = ALIASES[action] ?? {};

  test('every list is <name> and <name>-json', () => {
    const lists = names.filter((name) => !SINGLE.has(name) && !(name in aliases));
    expect(lists.length).toBeGreaterThan(0);
    for (const name of lists) {
      const pair = name.endsWith('-json') ? name.slice(0, -'-json'.length) : `${name}-json`;
      expect({ name, pair: names.includes(pair) }).toEqual({ name, pair: true });
    }
  });

  test('every deprecated name is still declared, says so, and names what to read instead', () => {
    for (const [alias, use] of Object.entries(aliases)) {
      expect(declared[alias]?.description).toMatch(/^Deprecated \(removed in v2\)/);
      expect(declared[alias].description).toContain(use);
      expect(names).toContain(use);
    }
  });

  test('every output is documented in the README', () => {
    const readme = readFileSync(join(root, 'actions', action, 'README.md'), 'utf8');
    for (const name of names)
      expect({ name, documented: readme.includes(`\`${name}\``) }).toEqual({ name, documented: true });
  });
});

test("k8s-deploy's inputs point at outputs that exist", () => {
  const definition = readFileSync(join(root, 'actions', 'k8s-deploy', 'action.yml'), 'utf8');
  const mentioned = [...definition.matchAll(/detect-config-changes `([a-z-]+)`/g)].map((match) => match[1]);
  expect(mentioned.length).toBeGreaterThan(0);
  for (const name of mentioned) expect(Object.keys(outputs('detect-config-changes'))).toContain(name);
});
