import type { Sequence } from '../harness/sequence.js';
import { basics } from './basics.js';

/** Every sequence the differential suite sends to both clusters. */
export const SEQUENCES: Sequence[] = [...basics];
