#!/usr/bin/env node
// Builds one self-contained ESM bundle per action: actions/<name>/src/index.ts -> dist/<name>/index.js
// (and post.js, parse-worker.js when the action has src/post.ts, src/parse-worker.ts).
// Usage: node scripts/build-dist.mjs [action...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const wanted = process.argv.slice(2);
const actions = readdirSync(join(root, 'actions')).filter(
  (name) => existsSync(join(root, 'actions', name, 'action.yml')) && (wanted.length === 0 || wanted.includes(name)),
);

function bundle(action, entry, outName) {
  const source = join(root, 'actions', action, 'src', `${entry}.ts`);
  if (!existsSync(source)) return false;
  const out = join(root, 'dist', action);
  const tmp = join(root, 'dist', `.${action}-${entry}`);
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', source, '-o', tmp, '--target', 'es2022', '--license', 'licenses.txt', '-q'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  mkdirSync(out, { recursive: true });
  // Lazy chunks, loaded on first use only: what an action needs once its inputs are checked (the
  // cluster client, the YAML stack, the registry client), or only in some modes (the OpenAPI
  // validators behind validate: schema). ncc names them <id>.index.js whatever the entry; index.js,
  // post.js and parse-worker.js share the folder, so the chunks of post.js are renamed <id>.post.js
  // (and its loader with them), and so on.
  const suffix = `.${entry}.js`;
  let text = readFileSync(join(tmp, 'index.js'), 'utf8');
  if (entry !== 'index') {
    const loader = 'return "" + chunkId + ".index.js";';
    if (text.split(loader).length > 2) throw new Error(`${source}: ncc's chunk loader appears more than once`);
    text = text.replace(loader, `return "" + chunkId + "${suffix}";`);
  }
  writeFileSync(join(out, outName), text);
  if (entry === 'index') renameSync(join(tmp, 'licenses.txt'), join(out, 'licenses.txt'));
  for (const file of readdirSync(tmp).filter((name) => /^\d+\.index\.js$/.test(name))) {
    if (!text.includes('return "" + chunkId + "')) throw new Error(`${source}: chunk ${file} but no chunk loader`);
    renameSync(join(tmp, file), join(out, file.replace(/\.index\.js$/, suffix)));
  }
  rmSync(tmp, { recursive: true, force: true });
  return true;
}

for (const action of actions) {
  rmSync(join(root, 'dist', action), { recursive: true, force: true });
  bundle(action, 'index', 'index.js');
  bundle(action, 'post', 'post.js');
  bundle(action, 'parse-worker', 'parse-worker.js');
  // The bundles are ES modules; say so next to them so they load even outside this repository.
  writeFileSync(join(root, 'dist', action, 'package.json'), '{ "type": "module" }\n');
  console.log(`built dist/${action}`);
}
