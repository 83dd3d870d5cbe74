/**
 * For the render tests: the pinned helm and kustomize (tools/build.sh puts them in
 * <repo>/.tmp/bin), the shared fixtures copied into a temp workspace, and the tools run
 * directly for what their output must equal.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyOrder, parseManifests, type LoadedObject } from '../../src/index.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const FIXTURES = join(REPO, '..', 'shared', 'fixtures');

function binary(name: 'helm' | 'kustomize'): string {
  const path = join(REPO, '.tmp', 'bin', name);
  if (!existsSync(path)) throw new Error(`${name} is not built at ${path}: run \`bash tools/build.sh\` first`);
  return path;
}

export const HELM = binary('helm');
export const KUSTOMIZE = binary('kustomize');

/** A temp workspace holding copies of the given fixture folders (at the same relative paths). */
export function fixtureWorkspace(...folders: string[]): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'kra-render-')));
  for (const folder of folders) {
    const from = join(FIXTURES, folder);
    if (!existsSync(from)) throw new Error(`fixture ${from} is missing`);
    mkdirSync(dirname(join(root, folder)), { recursive: true });
    cpSync(from, join(root, folder), { recursive: true });
  }
  return root;
}

/** What the tool prints for these arguments, parsed and put in apply order. */
export function toolOutput(tool: string, args: string[], cwd: string): LoadedObject[] {
  const text = execFileSync(tool, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return applyOrder(parseManifests(text, 'expected.yaml'));
}

/**
 * An object as compared: helm's test hooks get a random name suffix (randAlphaNum) in every
 * render, so it is cut off; everything else is compared whole.
 */
export function comparable(loaded: LoadedObject): unknown {
  const object = structuredClone(loaded.object);
  if (/^test/.test(object.metadata.annotations?.['helm.sh/hook'] ?? '') && object.metadata.name)
    object.metadata.name = object.metadata.name.replace(/-[a-z0-9]{5}$/, '-*****');
  return object;
}
