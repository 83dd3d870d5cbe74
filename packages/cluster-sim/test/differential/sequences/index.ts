import type { Sequence } from '../harness/sequence.js';
import { basics, deletes } from './basics.js';
import { crds } from './crd.js';
import { discovery } from './discovery.js';
import { gc } from './gc.js';
import { kinds } from './kinds.js';
import { patches } from './patches.js';
import { rbac } from './rbac.js';
import { rollouts } from './rollout.js';
import { ssa } from './ssa.js';
import { watches } from './watch.js';

/** Every sequence the differential suite sends to both clusters. */
export const SEQUENCES: Sequence[] = [
  ...basics,
  ...deletes,
  ...kinds,
  ...ssa,
  ...patches,
  ...watches,
  ...discovery,
  ...crds,
  ...gc,
  ...rbac,
  ...rollouts,
];
