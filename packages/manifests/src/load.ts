/**
 * Finds manifest files from the paths a user gives (files, folders, globs) and loads them.
 * Every path must stay inside the workspace; the order is deterministic: paths in input
 * order, and within a folder or a glob, files sorted by path.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import * as actionsCore from '@actions/core';
import {
  InputError,
  UserError,
  besideBundle,
  displayPath,
  isInside,
  resolveInWorkspace,
  workspaceRoot,
} from '@kra/core';
import {
  claimFile,
  loadFile,
  newClaims,
  stopClaims,
  type FileOutcome,
  type FileSettings,
  type ParseJob,
} from './parse-worker.js';
import type { LoadedObject } from './types.js';
import { DEFAULT_MAX_FILE_BYTES } from './yaml.js';

export interface LoadOptions {
  /** Globs (relative to the workspace) of files or folders to leave out. */
  exclude?: string[];
  /** The workspace: every path must resolve inside it. Default GITHUB_WORKSPACE, else the current folder. */
  root?: string;
  /** The input the paths came from, named in errors. Default "paths". */
  inputName?: string;
  /** The input the exclude globs came from, named in errors. Default "exclude". */
  excludeInputName?: string;
  /** Files larger than this are refused without being read. Default 10 MiB. */
  maxFileBytes?: number;
  /** Told about files and documents skipped on purpose (kustomization files). Default: a debug log line. */
  onSkip?: (message: string) => void;
  /** Load large sets on two threads, with this worker (see ParseWorker). */
  parseWorker?: ParseWorker;
  /**
   * Keep only what listing the objects needs (pruneForListing): for list-manifests, which
   * orders and lists objects and writes the bundle from their text; never for applying them.
   */
  prune?: boolean;
}

/** The extensions loaded from folders and globs. */
export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The file names kustomize reads: not objects to apply, so skipped (with a debug note). */
export const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function hasManifestExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return MANIFEST_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** How to start the worker that loads files beside the calling thread (see parse-worker.ts). */
export interface ParseWorker {
  /** The worker's script: an action's `parse-worker.js` bundle. */
  file: string | URL;
}

/** The parse worker the build puts beside an action's bundle (`parse-worker.js`), when there is one. */
export function parseWorkerBesideBundle(): ParseWorker | undefined {
  const file = besideBundle('parse-worker.js');
  return file === undefined ? undefined : { file };
}

/** From this many files on, a `parseWorker` loads files beside the calling thread. */
export const PARALLEL_MIN_FILES = 200;

/**
 * Loads every object from the given files, folders (recursive; .yaml, .yml, .json; hidden
 * files and folders skipped) and globs. A missing path, a glob that matches nothing, an empty
 * folder or a path outside the workspace is a one-line error naming the path and the input;
 * malformed or unsafe content is a one-line error at file:line (see parseManifests). With a
 * `parseWorker`, large sets are loaded on two threads, with the same result.
 */
export async function loadManifests(paths: string[], options: LoadOptions = {}): Promise<LoadedObject[]> {
  const files = await findManifestFiles(paths, options);
  const settings: FileSettings = {
    root: realRoot(options.root),
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    prune: options.prune,
  };
  const onSkip = options.onSkip ?? ((message: string) => actionsCore.debug(message));
  const claims = newClaims();
  const outcomes: FileOutcome[] = new Array(files.length);
  if (options.parseWorker && files.length >= PARALLEL_MIN_FILES) {
    await loadOnTwoThreads(files, settings, options.parseWorker, claims, outcomes);
  } else {
    loadHere(files, settings, claims, outcomes);
  }
  return inFileOrder(files, settings, outcomes, onSkip);
}

/** Loads files on this thread until none is left to claim. */
function loadHere(files: string[], settings: FileSettings, claims: Int32Array, outcomes: FileOutcome[]): void {
  for (let index = claimFile(claims, files.length); index !== undefined; index = claimFile(claims, files.length)) {
    const outcome = loadFile(files[index], index, settings);
    outcomes[index] = outcome;
    if ('error' in outcome) stopClaims(claims);
  }
}

/** Loads files on this thread and on a worker at once; resolves when both are done. */
async function loadOnTwoThreads(
  files: string[],
  settings: FileSettings,
  parseWorker: ParseWorker,
  claims: Int32Array,
  outcomes: FileOutcome[],
): Promise<void> {
  const job: ParseJob = { ...settings, files, claims: claims.buffer as SharedArrayBuffer };
  const worker = new Worker(parseWorker.file, {
    workerData: job,
    // It keeps nothing between files: a small young generation is plenty, and costs less memory.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  const exited = new Promise<void>((resolve) => {
    worker.on('message', (batch: FileOutcome[]) => {
      for (const outcome of batch) outcomes[outcome.index] = outcome;
    });
    // A worker that fails leaves its files to this thread (inFileOrder loads what is missing).
    worker.on('error', (error) => actionsCore.debug(`The parse worker stopped: ${error.message}`));
    worker.on('exit', () => resolve());
  });
  loadHere(files, settings, claims, outcomes);
  await exited;
}

/**
 * The objects in file order, with the skip notes told in that order, up to the first file
 * that failed, whose error is thrown: what loading the files one by one gives. A file claimed
 * by a worker that stopped before reporting it is loaded here.
 */
function inFileOrder(
  files: string[],
  settings: FileSettings,
  outcomes: FileOutcome[],
  onSkip: (message: string) => void,
): LoadedObject[] {
  const objects: LoadedObject[] = [];
  for (const [index, file] of files.entries()) {
    const outcome = outcomes[index] ?? loadFile(file, index, settings);
    if ('error' in outcome) throw new UserError(outcome.error.message, outcome.error);
    for (const note of outcome.skipped) onSkip(note);
    for (const object of outcome.objects) objects.push(object);
  }
  return objects;
}

/** The workspace folder through symlinks (as workspaceRoot gives it), so paths inside it compare equal. */
function realRoot(root: string | undefined): string {
  if (root === undefined) return workspaceRoot();
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * The manifest files the paths name, absolute, in load order, each once (the first time it
 * is named). Kustomization files are left out, with a note to `onSkip`.
 */
export async function findManifestFiles(paths: string[], options: LoadOptions = {}): Promise<string[]> {
  const root = realRoot(options.root);
  const input = options.inputName ?? 'paths';
  const onSkip = options.onSkip ?? ((message: string) => actionsCore.debug(message));
  const excluded = excludeMatcher(options.exclude ?? [], options.excludeInputName ?? 'exclude');
  const prefix = root.endsWith(sep) ? root : root + sep;
  const relativeOf = (file: string) =>
    (file.startsWith(prefix) ? file.slice(prefix.length) : relative(root, file)).split(sep).join('/');
  const hasExcludes = (options.exclude ?? []).some((pattern) => pattern.trim() !== '');
  const seen = new Set<string>();
  const result: string[] = [];
  if (paths.length === 0) throw new InputError(input, 'is empty: give at least one file, folder or glob of manifests');

  for (const given of paths) {
    const candidates = await expandPath(given, root, input);
    let kept = 0;
    let skipped = 0;
    for (const file of candidates) {
      if (hasExcludes && excluded(relativeOf(file))) {
        skipped += 1;
        continue;
      }
      if (KUSTOMIZATION_FILES.has(basename(file))) {
        skipped += 1;
        onSkip(
          `${displayPath(file, root)}: skipped, a kustomization file is not an object to apply (list the files it names instead)`,
        );
        continue;
      }
      kept += 1;
      if (seen.has(file)) continue;
      seen.add(file);
      result.push(file);
    }
    if (kept === 0 && skipped > 0) {
      throw new InputError(
        input,
        `path "${given}" matches only excluded or kustomization files: nothing to load — check "paths" and "exclude"`,
      );
    }
  }
  return result;
}

function excludeMatcher(patterns: string[], input: string): (path: string) => boolean {
  const cleaned = patterns.map((pattern) => pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
  if (cleaned.length === 0) return () => false;
  for (const pattern of cleaned) {
    if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
      throw new InputError(input, `pattern "${pattern}" must be relative to the workspace, without ".."`);
    }
  }
  // A pattern that names a folder excludes what is under it too.
  return picomatch([...cleaned, ...cleaned.map((pattern) => `${pattern}/**`)], { dot: true });
}

/** One input path as the files it stands for, sorted within a folder or a glob. */
async function expandPath(given: string, root: string, input: string): Promise<string[]> {
  const path = given.trim();
  const absolute = resolveInWorkspace(path, input, root);
  let stats: ReturnType<typeof statSync> | undefined;
  try {
    stats = statSync(absolute);
  } catch {
    stats = undefined;
  }
  if (stats?.isFile()) return [absolute];
  if (stats?.isDirectory()) {
    const files = walkFolder(absolute, root);
    if (files.length === 0) {
      throw new InputError(
        input,
        `folder "${path}" has no .yaml, .yml or .json files — add manifests to it or fix the path`,
      );
    }
    return files;
  }
  if (stats)
    throw new InputError(
      input,
      `path "${path}" is neither a file nor a folder — give manifest files, folders or globs`,
    );
  if (isDynamicPattern(path)) return expandGlob(path, root, input);
  throw new InputError(
    input,
    `path "${path}" does not exist in the workspace ${root} — check the path (it is relative to the repository root)`,
  );
}

/** Files under a folder with a manifest extension, hidden entries skipped, sorted by path. */
function walkFolder(folder: string, root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name; // dir is absolute and normalized
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Follow a link only when it stays inside the workspace.
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          continue;
        }
        if (!isInside(target, root)) continue;
        const stats = statSync(target);
        isDirectory = stats.isDirectory();
        isFile = stats.isFile();
        if (isDirectory && isInside(folder, target)) continue; // a link to an enclosing folder
      }
      if (isDirectory) visit(full);
      else if (isFile && hasManifestExtension(entry.name)) files.push(full);
    }
  };
  visit(folder);
  return files;
}

async function expandGlob(pattern: string, root: string, input: string): Promise<string[]> {
  const cleaned = pattern.replace(/^\.\//, '');
  if (cleaned.startsWith('/') || cleaned.split('/').includes('..')) {
    // An absolute glob is fine when its fixed part is inside the workspace.
    const base = picomatch.scan(cleaned).base;
    resolveInWorkspace(base || '.', input, root);
  }
  const matches = await glob(cleaned, {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  const files = matches
    .map((file) => file.split('/').join(sep))
    .filter((file) => hasManifestExtension(file))
    .filter((file) => {
      try {
        return isInside(realpathSync(file), root) && isInside(file, root);
      } catch {
        return false;
      }
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    throw new InputError(
      input,
      `glob "${pattern}" matches no .yaml, .yml or .json file in the workspace ${root} — check the pattern (it is relative to the repository root)`,
    );
  }
  return files;
}
