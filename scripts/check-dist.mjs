#!/usr/bin/env node
// Fails when the committed dist/ differs from a fresh build (run after scripts/build-dist.mjs).
import { execFileSync } from 'node:child_process';

const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (status.trim() !== '') {
  console.error('check-dist: dist/ does not match the sources. Run `pnpm build` and commit dist/:');
  console.error(status);
  execFileSync('git', ['--no-pager', 'diff', '--stat', '--', 'dist'], { stdio: 'inherit' });
  process.exit(1);
}
console.log('check-dist: dist/ matches the sources');
