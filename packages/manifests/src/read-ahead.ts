/**
 * Reads manifest files ahead of the parser, on a worker thread. Opening, checking and
 * reading 10,000 small files is about a quarter of a second of system calls; done on
 * another thread it overlaps with parsing, which is what the main thread is busy with.
 *
 * Every file is checked with fstat before it is read, on either path: an oversized file is
 * never read, and a FIFO or device named like a manifest is refused (it is opened
 * non-blocking, so a FIFO cannot hang the step). Results come back in file order, in
 * batches whose buffers are transferred, not copied. Small sets are read on the calling
 * thread: starting a worker costs more than it saves there.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** One file as read: its bytes, or why it was not read. */
export type ReadResult =
  | { file: string; bytes: Buffer }
  | { file: string; notRegular: true }
  | { file: string; tooLarge: number }
  | { file: string; error: { message: string; code?: string } };

/** Below this many files the files are read on the calling thread. */
export const READ_AHEAD_MIN_FILES = 200;
const BATCH = 64;

/** Reads one file after checking it with fstat (see the file comment). */
export function readChecked(file: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    return { file, error: { message, code } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { file, notRegular: true };
    if (stats.size > maxBytes) return { file, tooLarge: stats.size };
    // Read exactly the size fstat gave; a file that grows meanwhile is read up to that size,
    // one that shrinks up to what is there.
    const bytes = Buffer.allocUnsafeSlow(stats.size);
    let filled = 0;
    while (filled < stats.size) {
      const count = readSync(fd, bytes, filled, stats.size - filled, filled);
      if (count === 0) break;
      filled += count;
    }
    return { file, bytes: filled === stats.size ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    const { message, code } = error as NodeJS.ErrnoException;
    return { file, error: { message, code } };
  } finally {
    closeSync(fd);
  }
}

// The worker's program: readChecked's steps, in plain JavaScript, since a worker evaluated
// from a string needs no second file in the bundles (a test holds the two to the same results).
const WORKER_SOURCE = `
const { closeSync, constants, fstatSync, openSync, readSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { files, maxBytes, batch } = workerData;
function read(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { file, error: { message: error.message, code: error.code } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { file, notRegular: true };
    if (stats.size > maxBytes) return { file, tooLarge: stats.size };
    const bytes = Buffer.allocUnsafeSlow(stats.size);
    let filled = 0;
    while (filled < stats.size) {
      const count = readSync(fd, bytes, filled, stats.size - filled, filled);
      if (count === 0) break;
      filled += count;
    }
    return { file, bytes: filled === stats.size ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { file, error: { message: error.message, code: error.code } };
  } finally {
    closeSync(fd);
  }
}
let results = [];
let transfer = [];
for (const file of files) {
  const result = read(file);
  results.push(result);
  if (result.bytes) transfer.push(result.bytes.buffer);
  if (results.length === batch) {
    parentPort.postMessage(results, transfer);
    results = [];
    transfer = [];
  }
}
if (results.length > 0) parentPort.postMessage(results, transfer);
`;

/**
 * The files' contents in order, in batches. With `READ_AHEAD_MIN_FILES` or more files (or
 * `worker: true`) a worker thread reads ahead of the caller; the worker stops when the
 * caller stops iterating, so an error in the middle leaves nothing running.
 */
export async function* readFilesAhead(
  files: readonly string[],
  maxBytes: number,
  options: { worker?: boolean } = {},
): AsyncGenerator<ReadResult[]> {
  if (!(options.worker ?? files.length >= READ_AHEAD_MIN_FILES)) {
    for (let at = 0; at < files.length; at += BATCH)
      yield files.slice(at, at + BATCH).map((file) => readChecked(file, maxBytes));
    return;
  }
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { files, maxBytes, batch: BATCH } });
  const queue: ReadResult[][] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (results: Array<ReadResult & { bytes?: Uint8Array }>) => {
    // Transferred buffers arrive as Uint8Arrays: give them back their Buffer methods.
    queue.push(
      results.map((result) =>
        'bytes' in result && result.bytes
          ? {
              file: result.file,
              bytes: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength),
            }
          : result,
      ),
    );
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  worker.on('exit', notify);
  let received = 0;
  try {
    while (received < files.length) {
      if (queue.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        if (queue.length === 0 && !failure && worker.threadId === -1)
          throw new Error('the file reader stopped before reading every file');
        continue;
      }
      const batch = queue.shift()!;
      received += batch.length;
      yield batch;
    }
  } finally {
    await worker.terminate();
  }
}
