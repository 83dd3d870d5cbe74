// In-process half of bench/list-manifests-render.mjs (run with `node --import tsx`): in one
// Node process, alternately, the tool alone (spawned as list-manifests spawns it, output
// read whole) and list-manifests' work on the same input (render, parse, point at sources,
// mask Secrets, validate, apply order, write the bundle). Prints one JSON line of times (ms).
//   node --import tsx bench/lib/render-overhead.ts <workspace> <case JSON> <runs>
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyOrder, serializeBundle, validateManifests } from '../../packages/manifests/src/index.js';
import { renderManifests, runTool, type RenderRequest } from '../../packages/manifests/src/render/index.js';

const [root, caseJson, runsText] = process.argv.slice(2);
const { tool, args, request } = JSON.parse(caseJson) as { tool: string; args: string[]; request: RenderRequest };
const runs = Number(runsText) || 7;
const out = mkdtempSync(join(tmpdir(), 'bench-render-'));

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function toolAlone(): Promise<{ ms: number; cpu: number }> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = await runTool(tool, args, { cwd: root });
  if (result.exitCode !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${result.stderr}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, cpu: cpuMs(cpu) };
}

async function listManifests(): Promise<{ ms: number; cpu: number; count: number }> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const loaded = await renderManifests(request, { root, outputFolder: out });
  const issues = await validateManifests(loaded, 'structure', { root });
  if (issues.length > 0) throw new Error(`validation: ${issues[0].message}`);
  const ordered = applyOrder(loaded);
  writeFileSync(join(out, 'manifests.yaml'), serializeBundle(ordered), { mode: 0o600 });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, cpu: cpuMs(cpu), count: ordered.length };
}

const alone: number[] = [];
const ours: number[] = [];
// This process's own CPU time in each: what list-manifests' work costs beyond spawning the tool.
const aloneCpu: number[] = [];
const oursCpu: number[] = [];
let count = 0;
// One warm-up of each (disk cache, JIT), then alternate so machine noise hits both alike.
await toolAlone();
await listManifests();
for (let i = 0; i < runs; i += 1) {
  const tool = await toolAlone();
  alone.push(tool.ms);
  aloneCpu.push(tool.cpu);
  const run = await listManifests();
  ours.push(run.ms);
  oursCpu.push(run.cpu);
  count = run.count;
}
rmSync(out, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ alone, ours, aloneCpu, oursCpu, count })}\n`);
