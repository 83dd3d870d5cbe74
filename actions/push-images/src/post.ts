import { run } from '@kra/core';
import { logout } from './main.js';

await run(logout);
