#!/usr/bin/env node
// Runs every benchmark under bench/ in turn (or the ones named: `pnpm bench tag-release`).
// Each prints its own table of figures, ratios against the tools users would otherwise use,
// and MISSED next to a target it did not meet. Not part of the tests.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && file !== 'run.mjs')
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.mjs$/, '')));

let failed = 0;
for (const file of benches) {
  console.log(`\n=== bench/${file} ===`);
  const result = spawnSync(process.execPath, [join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed += 1;
    console.log(`bench/${file} failed with exit code ${result.status}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
