/**
 * Reads a manifest file after checking it with fstat: an oversized file is never read, and a
 * FIFO or device named like a manifest is refused (it is opened non-blocking, so a FIFO
 * cannot hang the step). Problems are returned, not thrown, so either thread of a parallel
 * load can report them in file order.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';

/** One file as read: its bytes, or why it was not read. */
export type ReadResult =
  | { file: string; bytes: Buffer }
  | { file: string; notRegular: true }
  | { file: string; tooLarge: number }
  | { file: string; error: { message: string; code?: string } };

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
