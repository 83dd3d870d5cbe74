/**
 * Loading many manifest files on two threads. Parsing YAML is most of list-manifests' time
 * (10,000 files: about 0.7 s of js-yaml), so the calling thread and one worker thread both
 * load files: each claims the next file from a shared counter, reads and parses it, and the
 * worker posts its results back (structured clone keeps every value exactly). The results
 * are then taken in file order, so objects, skip notes and the first error are the ones a
 * one-thread load gives. The worker is only a helper: if it cannot start, the calling thread
 * loads every file itself.
 *
 * The worker runs from a file of its own, next to the action's bundle (an action gives it as
 * `parseWorker`); see actions/list-manifests/src/parse-worker.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
// The modules, not the package's index: the parse worker's bundle needs no more than these.
import { UserError } from '@kra/core/errors';
import { displayPath } from '@kra/core/workspace';
import { pruneForListing } from './listing.js';
import { readChecked, type ReadResult } from './read-file.js';
import type { LoadedObject } from './types.js';
import { decodeManifestText, parseManifests, tooLarge } from './yaml.js';

/** How to load one file. */
export interface FileSettings {
  root: string;
  maxFileBytes: number;
  /** Keep only what listing the objects needs (pruneForListing). */
  prune?: boolean;
}

/** One file, loaded: its objects and skip notes, or the one-line error it gave. */
export type FileOutcome =
  | { index: number; objects: LoadedObject[]; skipped: string[] }
  | { index: number; error: { message: string; file?: string; line?: number } };

/** What the worker is given. */
export interface ParseJob extends FileSettings {
  files: string[];
  /** Int32 [next file to claim, stop flag], shared by both threads. */
  claims: SharedArrayBuffer;
}

const NEXT = 0;
const STOP = 1;
const BATCH = 32;

/** A file's bytes, or the one-line error for why it could not be read. */
export function readOrThrow(result: ReadResult, settings: FileSettings): Buffer {
  if ('bytes' in result) return result.bytes;
  const shown = displayPath(result.file, settings.root);
  if ('tooLarge' in result) throw tooLarge(result.file, result.tooLarge, settings.maxFileBytes, settings.root);
  if ('notRegular' in result)
    throw new UserError(`${shown}: is not a regular file — exclude it with "exclude"`, { file: shown });
  throw new UserError(`${shown}: cannot be read (${result.error.code ?? result.error.message}) — check the file`, {
    file: shown,
  });
}

/** Reads and parses one file; a UserError becomes the outcome, anything else is thrown. */
export function loadFile(file: string, index: number, settings: FileSettings): FileOutcome {
  const skipped: string[] = [];
  try {
    const bytes = readOrThrow(readChecked(file, settings.maxFileBytes), settings);
    const text = decodeManifestText(bytes, file, settings.root);
    const objects = parseManifests(text, file, {
      maxFileBytes: settings.maxFileBytes,
      root: settings.root,
      onSkip: (note) => skipped.push(note),
    });
    return { index, objects: settings.prune ? objects.map(pruneForListing) : objects, skipped };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { index, error: { message: error.message, file: error.file, line: error.line } };
  }
}

/** The next file to load, or undefined when all are claimed or a file has failed. */
export function claimFile(claims: Int32Array, total: number): number | undefined {
  if (Atomics.load(claims, STOP) !== 0) return undefined;
  const index = Atomics.add(claims, NEXT, 1);
  return index < total ? index : undefined;
}

/** Tells both threads to claim no more files (one has failed: later files cannot matter). */
export function stopClaims(claims: Int32Array): void {
  Atomics.store(claims, STOP, 1);
}

export function newClaims(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** The worker's program: loads files until none is left, posting outcomes in batches. */
export function runParseWorker(): void {
  if (parentPort === null) throw new Error('parse-worker.js runs as a worker thread of the action, not on its own');
  const job = workerData as ParseJob;
  const claims = new Int32Array(job.claims);
  let batch: FileOutcome[] = [];
  for (let index = claimFile(claims, job.files.length); index !== undefined;) {
    const outcome = loadFile(job.files[index], index, job);
    batch.push(outcome);
    if ('error' in outcome) stopClaims(claims);
    if (batch.length === BATCH) {
      parentPort.postMessage(batch);
      batch = [];
    }
    index = claimFile(claims, job.files.length);
  }
  if (batch.length > 0) parentPort.postMessage(batch);
}
