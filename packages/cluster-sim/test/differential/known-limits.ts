/**
 * Differences between cluster-sim and the real API server that are known and kept, each with
 * why (cluster-sim's README lists the same under "What it does not model"). A difference the
 * suite finds is either fixed in cluster-sim or listed here; a limit nothing matches any more
 * fails the suite, so this list stays true.
 */
import type { KnownLimit } from './harness/transcripts.js';

export const KNOWN_LIMITS: KnownLimit[] = [];
