import { UserError } from '@kra/core';
import { MAX_DEPTH } from '@kra/manifests';
import type { KObject } from './client.js';

export { MAX_DEPTH };

/**
 * Whether a value nests deeper than `limit` levels, found without recursion (a document can
 * be 100,000 levels deep; structuredClone, JSON.stringify and YAML dumping all recurse).
 */
export function deeperThan(value: unknown, limit = MAX_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** Refuses objects too deep for anything here to handle, before any of them is copied or applied. */
export function checkDepth(objects: KObject[], where: (o: KObject) => string = () => ''): void {
  const deep = objects.filter((o) => deeperThan(o));
  if (deep.length === 0) return;
  const named = deep.slice(0, 5).map((o) => `${where(o)}${o.kind}/${o.metadata?.name}`);
  throw new UserError(
    `${named.join('; ')}${deep.length > 5 ? ` and ${deep.length - 5} more` : ''} ${deep.length === 1 ? 'is' : 'are'} nested deeper than ${MAX_DEPTH} levels: flatten ${deep.length === 1 ? 'it' : 'them'} (Kubernetes objects are never that deep). Nothing was applied.`,
  );
}
