import { errorMessage } from '@kra/core';
import { type CheckTarget, type HttpCheck, fillPlaceholders } from './config.js';
import { type Reading, formatValue, judge } from './measurement.js';

/** The value at a simple JSON path: `$.a.b`, `a.b[0].c`, `$['a-b']`. Undefined when absent. */
export function valueAt(document: unknown, path: string): unknown {
  const steps: Array<string | number> = [];
  const text = path.trim().replace(/^\$\.?/, '');
  const token = /([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/g;
  for (const match of text.matchAll(token)) {
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(match[3] ?? match[4]);
  }
  let current: unknown = document;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/**
 * One request. Fails on a status not listed, a body that does not match, a JSON value that is
 * not the one expected, or no answer in time (a smoke test that cannot reach the new version
 * has found a problem). Charts the JSON value when it is a number, else the response time.
 * Messages name the status and the value, never the headers or the body.
 */
export async function measureHttp(check: HttpCheck, target: CheckTarget): Promise<Reading> {
  const url = fillPlaceholders(check.url, target);
  const headers: Record<string, string> = { ...check.headers };
  if (check.bearerToken) headers.Authorization = `Bearer ${check.bearerToken}`;
  const started = performance.now();
  let status: number;
  let body: string;
  try {
    const response = await fetch(url, {
      method: check.method,
      headers,
      body: check.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(check.timeoutMs),
    });
    status = response.status;
    body = await response.text();
  } catch (error) {
    return {
      display: 'no answer',
      outcome: 'failed',
      message: `${check.method} ${url}: no answer: ${errorMessage(error)}`,
    };
  }
  const ms = Math.round(performance.now() - started);
  const answered = `${status} in ${ms} ms`;
  if (!check.status.includes(status))
    return {
      value: ms,
      display: answered,
      outcome: 'failed',
      message: `status ${status}, expected ${check.status.join(' or ')}`,
    };
  if (check.bodyMatch !== undefined && !new RegExp(check.bodyMatch).test(body))
    return { value: ms, display: answered, outcome: 'failed', message: `the body does not match /${check.bodyMatch}/` };
  if (check.jsonPath === undefined) return { value: ms, display: answered, outcome: 'successful' };
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    return {
      value: ms,
      display: answered,
      outcome: 'failed',
      message: `the body is not JSON, so ${check.jsonPath} cannot be read`,
    };
  }
  const found = valueAt(document, check.jsonPath);
  if (found === undefined)
    return { value: ms, display: answered, outcome: 'failed', message: `${check.jsonPath} is not in the response` };
  const number =
    typeof found === 'number' ? found : typeof found === 'string' && found.trim() !== '' ? Number(found) : NaN;
  const shown = typeof found === 'object' ? JSON.stringify(found).slice(0, 60) : String(found).slice(0, 60);
  const value = Number.isFinite(number) ? number : ms;
  const display = `${check.jsonPath} = ${Number.isFinite(number) ? formatValue(number) : shown}`;
  if (check.equals !== undefined && String(found) !== check.equals)
    return { value, display, outcome: 'failed', message: `${check.jsonPath} is ${shown}, expected ${check.equals}` };
  if (check.success) {
    if (!Number.isFinite(number))
      return {
        value,
        display,
        outcome: 'failed',
        message: `${check.jsonPath} is ${shown}, not a number for ${check.success.text}`,
      };
    const outcome = judge(number, check.success);
    return {
      value,
      display,
      outcome,
      ...(outcome === 'successful' ? {} : { message: `${display} against success ${check.success.text}` }),
    };
  }
  return { value, display, outcome: 'successful' };
}
