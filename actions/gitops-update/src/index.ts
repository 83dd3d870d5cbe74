import { run } from '@kra/core';
import { main } from './main.js';

await run(main);
