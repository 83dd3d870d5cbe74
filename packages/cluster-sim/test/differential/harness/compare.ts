/**
 * The comparer: every place where two normalized answers differ, as a path and both values.
 * Objects are compared key by key; lists of named things (containers, conditions, resources,
 * groups, managedFields entries by manager, operation and subresource) by name, with one difference for their order when it differs; other lists item by
 * item (a list of another length is one difference at the list and one per extra item).
 */

export interface Difference {
  path: string;
  sim: unknown;
  real: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

const NAME_KEYS: Array<(item: Record<string, unknown>) => unknown> = [
  (i) => i.name,
  (i) => i.resource,
  (i) => (i.metadata as Record<string, unknown> | undefined)?.name,
  (i) => i.type,
  (i) => i.version,
  // managedFields entries: a server orders them by operation, time and manager, so by timing
  (i) =>
    typeof i.manager === 'string' && typeof i.operation === 'string'
      ? `${i.manager}/${i.operation}${i.subresource ? `/${i.subresource}` : ''}`
      : undefined,
];

/** How the items of both lists are named, when one key names every item of both uniquely. */
function namesOf(
  sim: unknown[],
  real: unknown[],
): { key: (item: any) => string; sim: string[]; real: string[] } | undefined {
  if (sim.length === 0 || real.length === 0) return undefined;
  if (![...sim, ...real].every(isObject)) return undefined;
  for (const key of NAME_KEYS) {
    const s = sim.map((i) => key(i as Record<string, unknown>));
    const r = real.map((i) => key(i as Record<string, unknown>));
    const named = (names: unknown[]) =>
      names.every((n) => typeof n === 'string') && new Set(names).size === names.length;
    if (named(s) && named(r)) return { key: (i) => key(i) as string, sim: s as string[], real: r as string[] };
  }
  return undefined;
}

export function compare(sim: unknown, real: unknown, path = ''): Difference[] {
  if (sim === real) return [];
  if (Array.isArray(sim) && Array.isArray(real)) {
    const names = namesOf(sim, real);
    if (names) {
      const out: Difference[] = [];
      const common = names.real.filter((n) => names.sim.includes(n));
      const simOrder = names.sim.filter((n) => common.includes(n));
      if (simOrder.join('\u0000') !== common.join('\u0000'))
        out.push({ path: `${path}.order`, sim: names.sim, real: names.real });
      const bySim = new Map(sim.map((i) => [names.key(i), i]));
      const byReal = new Map(real.map((i) => [names.key(i), i]));
      for (const name of new Set([...names.real, ...names.sim]))
        out.push(...compare(bySim.get(name), byReal.get(name), `${path}[${JSON.stringify(name)}]`));
      return out;
    }
    const out: Difference[] = [];
    if (sim.length !== real.length) out.push({ path: `${path}.length`, sim: sim.length, real: real.length });
    const n = Math.max(sim.length, real.length);
    for (let i = 0; i < n; i++) out.push(...compare(sim[i], real[i], join(path, i)));
    return out;
  }
  if (isObject(sim) && isObject(real)) {
    const out: Difference[] = [];
    const keys = [...new Set([...Object.keys(real), ...Object.keys(sim)])];
    for (const key of keys) out.push(...compare(sim[key], real[key], join(path, key)));
    return out;
  }
  return [{ path, sim, real }];
}

function brief(value: unknown): string {
  const text = value === undefined ? '(absent)' : JSON.stringify(value);
  return text.length > 160 ? text.slice(0, 157) + '...' : text;
}

export function describeDifference(d: Difference): string {
  return `${d.path || '(root)'}: sim ${brief(d.sim)}, real ${brief(d.real)}`;
}
