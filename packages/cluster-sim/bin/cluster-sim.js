#!/usr/bin/env node
// cluster-sim CLI: `cluster-sim start --port 0 --kubeconfig out.yaml [--tls] [--rbac] ...`.
// Runs the TypeScript source directly (see ts-hooks.mjs), so it works from a checkout.
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
