// Module hooks that let Node run this package's TypeScript source directly: relative
// `.js` specifiers resolve to the `.ts` file next to them, and `.ts` files have their
// types removed, by Node's own stripTypeScriptTypes where it exists (Node 22.13+, fast)
// or else by the workspace's TypeScript. Nothing is type-checked here.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as nodeModule from 'node:module';

const require = nodeModule.createRequire(import.meta.url);
let ts;

function strip(source, fileName) {
  if (typeof nodeModule.stripTypeScriptTypes === 'function') {
    const previous = process.emitWarning;
    process.emitWarning = () => undefined; // "stripTypeScriptTypes is an experimental feature"
    try {
      return nodeModule.stripTypeScriptTypes(source, { mode: 'transform', sourceMap: false });
    } finally {
      process.emitWarning = previous;
    }
  }
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  }).outputText;
}

export async function resolve(specifier, context, nextResolve) {
  if (
    (specifier.startsWith('./') || specifier.startsWith('../')) &&
    specifier.endsWith('.js') &&
    context.parentURL?.endsWith('.ts')
  ) {
    const candidate = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
    if (existsSync(fileURLToPath(candidate))) return { url: candidate.href, shortCircuit: true, format: 'module' };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.endsWith('.ts') && url.startsWith('file:')) {
    const file = fileURLToPath(url);
    const source = await readFile(file, 'utf8');
    return { format: 'module', source: strip(source, file), shortCircuit: true };
  }
  return nextLoad(url, context);
}
