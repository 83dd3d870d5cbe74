/**
 * The comparer: every place where two normalized answers differ, as a path and both values.
 * Objects are compared key by key, lists item by item (a list of another length is one
 * difference at the list and one per extra item).
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

export function compare(sim: unknown, real: unknown, path = ''): Difference[] {
  if (sim === real) return [];
  if (Array.isArray(sim) && Array.isArray(real)) {
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
