#!/usr/bin/env node
// kube-release CLI: `kube-release run WORKFLOW [--event NAME] [--payload FILE] [--approve ENV,...|all] ...`.
// Runs the TypeScript source directly through tsx, so it works from a checkout.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
