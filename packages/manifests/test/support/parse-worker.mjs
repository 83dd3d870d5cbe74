// The parse worker run from the TypeScript source, for tests: cluster-sim's module hooks map
// `.js` specifiers to `.ts` files and strip the types.
import { register } from 'node:module';

register('../../../cluster-sim/bin/ts-hooks.mjs', import.meta.url);
const { runParseWorker } = await import('../../src/parse-worker.ts');
runParseWorker();
