/**
 * Fault injection and the request log. A fault rule matches requests by verb, resource
 * and namespace and fires at a rate or on the Nth matching request: an error status
 * (429 with Retry-After, 500, 503, 504, 409), a connection reset, added latency, or a
 * watch dropped after N events.
 */

export type RequestVerb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection';

export interface FaultRule {
  verb?: string;
  /** Plural resource, optionally with subresource (`deployments`, `deployments/scale`); `*` for any. */
  resource?: string;
  namespace?: string;
  /** Probability (0..1) that a matching request is hit. */
  rate?: number;
  /** Hit only the Nth matching request (1-based). */
  nth?: number;
  status?: 429 | 500 | 503 | 504 | 409;
  retryAfterSeconds?: number;
  /** Reset the connection (socket destroyed, no response). */
  reset?: boolean;
  latencyMs?: number;
  dropWatchAfterEvents?: number;
  /** Stop after firing this many times. */
  times?: number;
}

export interface RequestLogEntry {
  verb: RequestVerb;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  dryRun: boolean;
  status: number;
  fieldManager?: string;
  patchType?: string;
  userAgent?: string;
  /** Set when a fault rule fired on this request. */
  fault?: string;
}

export interface FaultMatch {
  rule: FaultRule;
  description: string;
}

interface ActiveRule {
  rule: FaultRule;
  seen: number;
  fired: number;
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private readonly random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  add(rule: FaultRule): () => void {
    validateFaultRule(rule);
    const active: ActiveRule = { rule, seen: 0, fired: 0 };
    this.rules.push(active);
    return () => {
      this.rules = this.rules.filter((r) => r !== active);
    };
  }

  clear(): void {
    this.rules = [];
  }

  /** The first rule that fires for this request, counting it. */
  match(request: { verb: string; resource: string; subresource?: string; namespace?: string }): FaultMatch | undefined {
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.verb && rule.verb !== '*' && rule.verb !== request.verb) continue;
      if (rule.resource && rule.resource !== '*') {
        const full = request.subresource ? `${request.resource}/${request.subresource}` : request.resource;
        if (rule.resource !== full && rule.resource !== request.resource) continue;
      }
      if (rule.namespace && rule.namespace !== '*' && rule.namespace !== request.namespace) continue;
      if (rule.times !== undefined && active.fired >= rule.times) continue;
      active.seen++;
      let fire: boolean;
      if (rule.nth !== undefined) fire = active.seen === rule.nth;
      else if (rule.rate !== undefined) fire = this.random() < rule.rate;
      else fire = true;
      if (!fire) continue;
      active.fired++;
      return { rule, description: describeFault(rule) };
    }
    return undefined;
  }
}

function describeFault(rule: FaultRule): string {
  const parts: string[] = [];
  if (rule.status) parts.push(`status=${rule.status}`);
  if (rule.reset) parts.push('reset');
  if (rule.latencyMs) parts.push(`latency=${rule.latencyMs}ms`);
  if (rule.dropWatchAfterEvents !== undefined) parts.push(`dropWatchAfter=${rule.dropWatchAfterEvents}`);
  return parts.join(',');
}

export function validateFaultRule(rule: FaultRule): void {
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1))
    throw new Error(`fault rule: rate must be between 0 and 1, got ${rule.rate}`);
  if (rule.nth !== undefined && !(Number.isInteger(rule.nth) && rule.nth >= 1))
    throw new Error(`fault rule: nth must be a positive integer, got ${rule.nth}`);
  if (rule.status !== undefined && ![429, 500, 503, 504, 409].includes(rule.status))
    throw new Error(`fault rule: status must be one of 429, 500, 503, 504, 409, got ${rule.status}`);
  if (rule.status === undefined && !rule.reset && !rule.latencyMs && rule.dropWatchAfterEvents === undefined) {
    throw new Error('fault rule: say what to inject: status, reset, latencyMs or dropWatchAfterEvents');
  }
}

/** Parses `verb=patch,resource=deployments,rate=0.1,status=503` (the CLI's --fault). */
export function parseFaultRule(text: string): FaultRule {
  const rule: FaultRule = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq).trim();
    const value = eq < 0 ? 'true' : part.slice(eq + 1).trim();
    const num = (): number => {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new Error(`fault rule "${text}": ${key} must be a number, got "${value}"`);
      return n;
    };
    switch (key) {
      case 'verb':
      case 'resource':
      case 'namespace':
        rule[key] = value;
        break;
      case 'rate':
        rule.rate = num();
        break;
      case 'nth':
        rule.nth = num();
        break;
      case 'status':
        rule.status = num() as FaultRule['status'];
        break;
      case 'retryAfter':
      case 'retryAfterSeconds':
        rule.retryAfterSeconds = num();
        break;
      case 'reset':
        rule.reset = value !== 'false';
        break;
      case 'latency':
      case 'latencyMs':
        rule.latencyMs = num();
        break;
      case 'dropWatchAfter':
      case 'dropWatchAfterEvents':
        rule.dropWatchAfterEvents = num();
        break;
      case 'times':
        rule.times = num();
        break;
      default:
        throw new Error(
          `fault rule "${text}": unknown key "${key}" (use verb, resource, namespace, rate, nth, status, retryAfter, reset, latency, dropWatchAfter, times)`,
        );
    }
  }
  validateFaultRule(rule);
  return rule;
}

const MAX_LOG = 200_000;

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private readonly counts = new Map<string, number>();

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_LOG) this.entries = this.entries.slice(-MAX_LOG / 2);
    const key = countKey(entry);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  all(): RequestLogEntry[] {
    return [...this.entries];
  }

  /** Counts per `verb resource[.group][/subresource]`, e.g. `patch deployments.apps`, `get pods/log`. */
  countsByKey(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  reset(): void {
    this.entries = [];
    this.counts.clear();
  }
}

export function countKey(entry: Pick<RequestLogEntry, 'verb' | 'group' | 'resource' | 'subresource'>): string {
  return `${entry.verb} ${entry.resource}${entry.group ? '.' + entry.group : ''}${entry.subresource ? '/' + entry.subresource : ''}`;
}
