// Module hooks that let Node run this package's TypeScript source directly: relative
// `.js` specifiers resolve to the `.ts` file next to them, and `.ts` files are
// transpiled with the workspace's TypeScript (types are erased, nothing is checked).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let ts;
function typescript() {
  ts ??= require('typescript');
  return ts;
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
    const source = await readFile(fileURLToPath(url), 'utf8');
    const output = typescript().transpileModule(source, {
      fileName: fileURLToPath(url),
      compilerOptions: {
        module: typescript().ModuleKind.ESNext,
        target: typescript().ScriptTarget.ES2022,
        verbatimModuleSyntax: true,
        sourceMap: false,
        inlineSourceMap: true,
      },
    });
    return { format: 'module', source: output.outputText, shortCircuit: true };
  }
  return nextLoad(url, context);
}
