import { InputError, parseDuration } from '@kra/core';
import { readYamlList } from '../yaml-list-input.js';
import { type CheckCondition, parseCondition } from './condition.js';

/**
 * The `analysis` input: checks that measure the new version while it runs beside the stable
 * one. Every check is parsed and validated when the inputs are read; each is JSON, so the
 * release record can keep them (without their secrets) for a later promote.
 */

interface CheckBase {
  name: string;
  /** Time between two measurements (ms). */
  intervalMs: number;
  /** Measurements an `analysis` step takes. */
  count: number;
  /** Failed measurements tolerated; one more fails the check. */
  failureLimit: number;
  /** Inconclusive measurements tolerated; one more makes the check inconclusive. */
  inconclusiveLimit: number;
  /** How long one measurement may take (ms). */
  timeoutMs: number;
  /** A bearer token sent as `Authorization: Bearer …`; never stored in the release record. */
  bearerToken?: string;
  /** Set in the release record when a token was given but not stored. */
  tokenWithheld?: boolean;
}

export interface PrometheusCheck extends CheckBase {
  type: 'prometheus';
  /** Prometheus' base URL (http://prometheus.monitoring:9090). */
  address: string;
  /** PromQL, with {{version}}, {{namespace}} and {{name}} filled in. */
  query: string;
  success?: CheckCondition;
  failure?: CheckCondition;
}

export interface HttpCheck extends CheckBase {
  type: 'http';
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Statuses that pass (default 200). */
  status: number[];
  /** A path into a JSON response (`$.status`, `checks[0].ok`): its value is the measurement. */
  jsonPath?: string;
  /** With jsonPath: the value must equal this (compared as text). */
  equals?: string;
  /** With jsonPath: a condition over its numeric value. */
  success?: CheckCondition;
  /** A regular expression the body must match. */
  bodyMatch?: string;
}

export type Check = PrometheusCheck | HttpCheck;

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** What a query or URL may refer to. */
export const PLACEHOLDERS = ['version', 'namespace', 'name'] as const;
const PLACEHOLDER = /\{\{\s*([^}\s]*)\s*\}\}/g;

/** The values a check's query and URL are filled with: the new version and where it runs. */
export type CheckTarget = Record<(typeof PLACEHOLDERS)[number], string>;

/** Fills {{version}}, {{namespace}} and {{name}} in. */
export function fillPlaceholders(text: string, target: CheckTarget): string {
  return text.replace(PLACEHOLDER, (_, name: string) => target[name as keyof CheckTarget] ?? '');
}

const COMMON_KEYS = [
  'name',
  'type',
  'interval',
  'count',
  'failure-limit',
  'inconclusive-limit',
  'timeout',
  'bearer-token',
];
const PROMETHEUS_KEYS = [...COMMON_KEYS, 'address', 'query', 'success', 'failure'];
const HTTP_KEYS = [
  ...COMMON_KEYS,
  'url',
  'method',
  'headers',
  'body',
  'status',
  'json-path',
  'equals',
  'success',
  'body-match',
];
/** Header names whose values are credentials: masked, and never stored. */
const SECRET_HEADER = /authorization|cookie|token|secret|password|api-?key/i;

class CheckReader {
  constructor(
    private readonly input: string,
    private readonly raw: Record<string, unknown>,
    private readonly label: string,
  ) {}

  fail(problem: string): never {
    throw new InputError(this.input, `check ${this.label}: ${problem}`);
  }

  string(key: string, required = false): string | undefined {
    const value = this.raw[key];
    if (value === undefined || value === null || value === '') {
      if (required) this.fail(`needs "${key}"`);
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') this.fail(`"${key}" must be text`);
    return String(value);
  }

  duration(key: string, fallback: string): number {
    const text = this.string(key) ?? fallback;
    const ms = parseDuration(text);
    if (ms === undefined || ms <= 0) this.fail(`"${key}" is "${text}": use a duration such as 30s, 1m or 500ms`);
    return ms;
  }

  integer(key: string, fallback: number, min: number): number {
    const value = this.raw[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
      this.fail(`"${key}" is ${JSON.stringify(value)}: use a whole number from ${min}`);
    return value;
  }

  condition(key: string): CheckCondition | undefined {
    const text = this.string(key);
    if (text === undefined) return undefined;
    try {
      return parseCondition(text);
    } catch (error) {
      this.fail(`"${key}" ${(error as Error).message}`);
    }
  }

  url(key: string): string {
    const text = this.string(key, true)!;
    let url: URL;
    try {
      url = new URL(fillPlaceholders(text, { version: 'v1', namespace: 'ns', name: 'name' }));
    } catch {
      this.fail(`"${key}" is not a URL: write it in full, such as http://prometheus.monitoring:9090`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') this.fail(`"${key}" must be an http or https URL`);
    if (url.username || url.password) this.fail(`"${key}" must not hold credentials: use "bearer-token" or "headers"`);
    return text;
  }

  placeholders(key: string): void {
    for (const match of String(this.raw[key] ?? '').matchAll(PLACEHOLDER))
      if (!(PLACEHOLDERS as readonly string[]).includes(match[1]))
        this.fail(
          `"${key}" refers to {{${match[1]}}}: only ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')} are filled in`,
        );
  }

  checkKeys(allowed: string[]): void {
    for (const key of Object.keys(this.raw))
      if (!allowed.includes(key))
        this.fail(`unknown key "${key}" (a ${this.raw.type} check takes ${allowed.join(', ')})`);
  }
}

function readCheck(input: string, raw: unknown, index: number): Check {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new InputError(input, `item ${index + 1} is not a mapping: give each check a name, a type and its settings`);
  const item = raw as Record<string, unknown>;
  const label = typeof item.name === 'string' && item.name ? `"${item.name}"` : `${index + 1}`;
  const r = new CheckReader(input, item, label);
  const name = r.string('name', true)!;
  if (!NAME.test(name)) r.fail('"name" must be lowercase letters, digits and "-"');
  const base = {
    name,
    intervalMs: r.duration('interval', '30s'),
    count: r.integer('count', 3, 1),
    failureLimit: r.integer('failure-limit', 0, 0),
    inconclusiveLimit: r.integer('inconclusive-limit', 0, 0),
    timeoutMs: r.duration('timeout', '10s'),
    ...(r.string('bearer-token') ? { bearerToken: r.string('bearer-token') } : {}),
  };
  if (item.type === 'prometheus') {
    r.checkKeys(PROMETHEUS_KEYS);
    r.placeholders('query');
    const check: PrometheusCheck = {
      type: 'prometheus',
      ...base,
      address: r.url('address'),
      query: r.string('query', true)!,
      success: r.condition('success'),
      failure: r.condition('failure'),
    };
    if (!check.success && !check.failure) r.fail('needs "success" or "failure" (for example success: result < 0.05)');
    return check;
  }
  if (item.type === 'http') {
    r.checkKeys(HTTP_KEYS);
    r.placeholders('url');
    const headers = item.headers ?? {};
    if (typeof headers !== 'object' || Array.isArray(headers)) r.fail('"headers" must be a mapping of name: value');
    const statusRaw = item.status ?? 200;
    const status = (Array.isArray(statusRaw) ? statusRaw : [statusRaw]).map((s) => Number(s));
    if (status.some((s) => !Number.isInteger(s) || s < 100 || s > 599))
      r.fail('"status" must be an HTTP status or a list of them');
    const bodyMatch = r.string('body-match');
    if (bodyMatch !== undefined) {
      try {
        new RegExp(bodyMatch);
      } catch (error) {
        r.fail(`"body-match" is not a regular expression: ${(error as Error).message}`);
      }
    }
    const check: HttpCheck = {
      type: 'http',
      ...base,
      url: r.url('url'),
      method: (r.string('method') ?? 'GET').toUpperCase(),
      headers: Object.fromEntries(Object.entries(headers as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
      body: r.string('body'),
      status,
      jsonPath: r.string('json-path'),
      equals: r.string('equals'),
      success: r.condition('success'),
      bodyMatch,
    };
    if ((check.equals !== undefined || check.success) && !check.jsonPath)
      r.fail('"equals" and "success" judge the value at "json-path": set json-path too');
    return check;
  }
  return r.fail(`"type" is ${JSON.stringify(item.type ?? null)}: use prometheus or http`);
}

/** The `analysis` input: a YAML list of checks (empty: none). */
export function parseAnalysis(input: string, text: string): Check[] {
  const checks = readYamlList(input, text, 'checks (- name: …, type: prometheus|http)').map((raw, index) =>
    readCheck(input, raw, index),
  );
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.name))
      throw new InputError(input, `check "${check.name}" is defined twice: give each check its own name`);
    seen.add(check.name);
  }
  return checks;
}

/** Every credential in the checks: masked before anything is logged. */
export function checkSecrets(checks: Check[]): string[] {
  const secrets: string[] = [];
  for (const check of checks) {
    if (check.bearerToken) secrets.push(check.bearerToken);
    if (check.type === 'http')
      for (const [name, value] of Object.entries(check.headers)) if (SECRET_HEADER.test(name)) secrets.push(value);
  }
  return secrets;
}

/** The checks as the release record keeps them: bearer tokens and credential headers left out. */
export function withoutSecrets(checks: Check[]): Check[] {
  return checks.map((check) => {
    const { bearerToken, ...rest } = check;
    const copy = { ...rest, ...(bearerToken ? { tokenWithheld: true } : {}) } as Check;
    if (copy.type === 'http')
      copy.headers = Object.fromEntries(
        Object.entries(copy.headers).map(([k, v]) => [k, SECRET_HEADER.test(k) ? '(withheld)' : v]),
      );
    return copy;
  });
}

/** How a check reads in the log and the summary. */
export function describeCheck(check: Check): string {
  const every = `every ${check.intervalMs / 1000}s`;
  if (check.type === 'prometheus') {
    const conditions = [
      check.success ? `success ${check.success.text}` : '',
      check.failure ? `failure ${check.failure.text}` : '',
    ].filter(Boolean);
    return `Prometheus ${check.address}: ${conditions.join(', ')}, ${every}`;
  }
  return `${check.method} ${check.url} → ${check.status.join('|')}${check.jsonPath ? `, ${check.jsonPath}` : ''}${check.equals !== undefined ? ` = ${check.equals}` : ''}${check.success ? ` ${check.success.text}` : ''}, ${every}`;
}
