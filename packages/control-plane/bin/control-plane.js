#!/usr/bin/env node
// control-plane CLI: `control-plane start --kubeconfig out.yaml [--port N] [--rbac] ...`.
// Runs the TypeScript source directly (cluster-sim's module hooks), so it works from a checkout.
import { register } from 'node:module';

register(import.meta.resolve('@kra/cluster-sim/ts-hooks'), import.meta.url);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
