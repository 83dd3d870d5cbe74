/**
 * The update of a config repository's files: find the YAML under the given paths, plan every
 * file's edits (rules.ts), add kustomize `images:` entries where a release would otherwise not
 * reach an overlay (kustomize.ts), check each edited file still parses and needs no further
 * edit, and write the files. Planning reads only; nothing is written before every file planned.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError, UserError } from '@kra/core';
import { ImageIndex, type Pin, type ReleasedImage } from './images.js';
import { addImageEntries, type ImageEntry, KustomizeTree, kustomizationRoot } from './kustomize.js';
import type { FieldRule } from './field-rules.js';
import { planFile, type FieldChange, type FilePlan } from './rules.js';
import { applyEdits, parseYamlFile, type TextEdit, type YamlFile } from './yaml-source.js';

export interface UpdateOptions {
  /** The config repository's working tree (absolute). */
  root: string;
  /** Files or folders, repository-relative (`{{environment}}` already rendered). */
  paths: readonly string[];
  images: readonly ReleasedImage[];
  pin: Pin;
  fields?: readonly FieldRule[];
  /** The input the paths came from, for messages. */
  pathsInput?: string;
}

export interface FileUpdate {
  /** Repository-relative, forward slashes. */
  path: string;
  before: string;
  after: string;
  changes: FieldChange[];
}

export interface UpdatePlan {
  /** Files whose text changes. */
  files: FileUpdate[];
  /** Every value written (changes only). */
  changes: FieldChange[];
  /** Released images that no field under the paths names. */
  unmatched: ReleasedImage[];
  /** Fields found but not editable in place: one line each. */
  problems: string[];
  /** YAML files read under the paths. */
  scanned: number;
}

const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

function toRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** A Helm chart's templates are Go templates, not YAML: skipped when a folder is walked. */
function isChartTemplates(dir: string): boolean {
  return dir.endsWith(`${sep}templates`) && existsSync(join(dirname(dir), 'Chart.yaml'));
}

/** The YAML files a path names: itself, or every .yaml/.yml (and Kustomization) under it, sorted. */
export function listConfigFiles(root: string, paths: readonly string[], input = 'paths'): string[] {
  const realRoot = realpathSync(root);
  const files = new Set<string>();
  for (const path of paths) {
    // A leading / means the repository's top, as in the repository's own links.
    const absolute = resolve(realRoot, path.replace(/^\/+/, ''));
    if (!inside(realRoot, absolute)) {
      throw new InputError(
        input,
        `names "${path}", which is outside the config repository: give a path inside it, such as deploy/overlays/staging`,
      );
    }
    if (!existsSync(absolute)) {
      throw new InputError(
        input,
        `names "${path}", which is not in the config repository: check the path and the base branch`,
      );
    }
    const real = realpathSync(absolute);
    if (!inside(realRoot, real)) {
      throw new InputError(
        input,
        `names "${path}", a symbolic link that leads outside the config repository: give a path inside it`,
      );
    }
    if (statSync(real).isFile()) {
      files.add(absolute);
      continue;
    }
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !isChartTemplates(full)) visit(full);
        } else if (entry.isFile() && (YAML_FILE.test(entry.name) || entry.name === 'Kustomization')) {
          files.add(full);
        }
      }
    };
    visit(absolute);
  }
  return [...files].sort();
}

function readYaml(root: string, absolute: string): YamlFile {
  return parseYamlFile(toRelative(root, absolute), readFileSync(absolute, 'utf8'));
}

/** Plans the update: reads and parses every file, changes nothing. Throws on YAML that does not parse. */
export function planConfigUpdate(options: UpdateOptions): UpdatePlan {
  const root = realpathSync(options.root);
  const index = new ImageIndex(options.images);
  const ruleOptions = { images: index, pin: options.pin, fields: options.fields ?? [] };
  const files = listConfigFiles(root, options.paths, options.pathsInput);
  const parsed = new Map<string, YamlFile>();
  const plans = new Map<string, FilePlan>();
  for (const absolute of files) {
    const file = readYaml(root, absolute);
    parsed.set(absolute, file);
    plans.set(absolute, planFile(file, ruleOptions));
  }
  // Files (under the paths) holding a field for each image: those decide its version themselves.
  const matchedIn = new Map<string, Set<string>>();
  for (const [absolute, plan] of plans) {
    for (const key of plan.matched) {
      matchedIn.set(key, new Set([...(matchedIn.get(key) ?? []), toRelative(root, absolute)]));
    }
  }
  const tree = new KustomizeTree(root, (absolute) => {
    const known = parsed.get(absolute);
    if (known) return known;
    try {
      return lstatSync(absolute).isFile() ? readYaml(root, absolute) : undefined;
    } catch {
      return undefined; // outside the paths: kustomize reports its own files' errors
    }
  });
  // Overlays that use a released image no edited field controls get an `images:` entry.
  for (const absolute of files) {
    const file = parsed.get(absolute)!;
    const kustomization = kustomizationRoot(file);
    if (!kustomization) continue;
    const plan = plans.get(absolute)!;
    const uses = tree.outputs(dirname(absolute));
    // Every image the overlay lacks goes into one edit: two would each add an `images:` key.
    const missing: ImageEntry[] = [];
    for (const image of options.images) {
      const use = uses.get(image.key);
      if (!use || plan.matched.has(image.key)) continue;
      const handled = matchedIn.get(image.key);
      if (handled && [...use.origins].some((origin) => handled.has(origin))) continue;
      missing.push({ image, name: use.written });
    }
    if (missing.length === 0) continue;
    const edit = addImageEntries(file, kustomization, missing, options.pin);
    if (!edit) {
      for (const { image } of missing)
        plan.problems.push(
          `${file.path}: uses ${image.repository} but its images: list cannot be extended in place: add an entry for it by hand`,
        );
      continue;
    }
    plan.edits.push(edit);
    for (const { image, name } of missing) {
      plan.matched.add(image.key);
      plan.changes.push({
        file: file.path,
        line: file.lines.linePos(edit.start).line + 1,
        field: 'images[+]',
        rule: 'kustomize',
        image: image.key,
        before: '(added)',
        after: `${name}${options.pin !== 'digest' ? `:${image.tag}` : ''}${options.pin !== 'tag' ? `@${image.digest}` : ''}`,
      });
    }
  }
  const result: UpdatePlan = { files: [], changes: [], unmatched: [], problems: [], scanned: files.length };
  const matched = new Set<string>();
  for (const absolute of files) {
    const file = parsed.get(absolute)!;
    const plan = plans.get(absolute)!;
    for (const key of plan.matched) matched.add(key);
    result.problems.push(...plan.problems);
    if (plan.edits.length === 0) continue;
    const after = applyChecked(file, plan.edits, ruleOptions);
    result.files.push({ path: file.path, before: file.text, after, changes: plan.changes });
    result.changes.push(...plan.changes);
  }
  result.unmatched = options.images.filter((image) => !matched.has(image.key));
  return result;
}

/** Applies a file's edits, then proves them: the text parses and planning it again finds nothing left to change. */
function applyChecked(file: YamlFile, edits: readonly TextEdit[], ruleOptions: Parameters<typeof planFile>[1]): string {
  const after = applyEdits(file.text, edits);
  let again: FilePlan;
  try {
    again = planFile(parseYamlFile(file.path, after), ruleOptions);
  } catch (error) {
    throw new Error(
      `editing ${file.path} produced YAML that does not parse (${(error as Error).message}): please report this`,
    );
  }
  if (again.edits.length > 0) {
    throw new Error(
      `editing ${file.path} did not hold (${again.changes.map((c) => c.field).join(', ')} still differ): please report this`,
    );
  }
  return after;
}

/** Writes the planned files into the working tree. */
export function writeConfigUpdate(root: string, plan: UpdatePlan): void {
  for (const file of plan.files) {
    const absolute = join(root, file.path);
    if (readFileSync(absolute, 'utf8') !== file.before) {
      throw new UserError(`${file.path} changed while the update was planned: run again`);
    }
    writeFileSync(absolute, file.after);
  }
}
