import { run } from '@kra/core';
import { logout } from './logout.js';

await run(logout);
