// The worker thread of a parallel manifest load (packages/manifests/src/parse-worker.ts),
// bundled beside the action as dist/list-manifests/parse-worker.js.
import { runParseWorker } from '@kra/manifests/parse-worker';

runParseWorker();
