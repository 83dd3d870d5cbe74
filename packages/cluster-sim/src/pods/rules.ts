/** Failure rules a test sets on images: `image=*:broken,fail=ImagePullBackOff`. */

type PodFailure = 'ErrImagePull' | 'ImagePullBackOff' | 'CrashLoopBackOff' | 'NeverReady' | 'Exit0' | 'Exit1';

export interface PodRule {
  /** Glob on the full image reference as written in the pod spec; `*` matches any run of characters. */
  image: string;
  fail?: PodFailure;
  /** Ready this long (simulated ms) after the container starts. */
  readyAfterMs?: number;
  /** Log lines the container prints (`\n` separated); for CrashLoopBackOff, the crash output. */
  log?: string;
  /** For Exit0 / Exit1 / CrashLoopBackOff: how long the container runs before it exits (simulated ms). */
  exitAfterMs?: number;
}

const FAILURES: PodFailure[] = ['ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff', 'NeverReady', 'Exit0', 'Exit1'];

function nonNegativeInt(name: string, value: string, text: string): number {
  if (!/^\d+$/.test(value))
    throw new Error(`pod rule "${text}": ${name} must be a whole number of milliseconds, got "${value}"`);
  return Number(value);
}

/** Parses `image=<glob>,fail=<failure>,readyAfterMs=<n>,exitAfterMs=<n>,log=<text>` (log last: it may hold commas). */
export function parsePodRule(text: string): PodRule {
  const rule: Partial<PodRule> = {};
  let rest = text.trim();
  while (rest.length > 0) {
    const eq = rest.indexOf('=');
    if (eq <= 0)
      throw new Error(
        `pod rule "${text}": expected key=value pairs separated by commas (image=..., fail=..., readyAfterMs=..., log=...)`,
      );
    const name = rest.slice(0, eq).trim();
    let value: string;
    if (name === 'log') {
      value = rest.slice(eq + 1);
      rest = '';
    } else {
      const comma = rest.indexOf(',', eq);
      value = (comma < 0 ? rest.slice(eq + 1) : rest.slice(eq + 1, comma)).trim();
      rest = comma < 0 ? '' : rest.slice(comma + 1).trim();
    }
    switch (name) {
      case 'image':
        rule.image = value;
        break;
      case 'fail':
        if (!FAILURES.includes(value as PodFailure))
          throw new Error(`pod rule "${text}": fail must be one of ${FAILURES.join(', ')}, got "${value}"`);
        rule.fail = value as PodFailure;
        break;
      case 'readyAfterMs':
        rule.readyAfterMs = nonNegativeInt(name, value, text);
        break;
      case 'exitAfterMs':
        rule.exitAfterMs = nonNegativeInt(name, value, text);
        break;
      case 'log':
        rule.log = value.replace(/\\n/g, '\n');
        break;
      default:
        throw new Error(
          `pod rule "${text}": unknown key "${name}" (known: image, fail, readyAfterMs, exitAfterMs, log)`,
        );
    }
  }
  if (!rule.image) throw new Error(`pod rule "${text}": image=<glob> is required`);
  return rule as PodRule;
}

export function validatePodRule(rule: PodRule): PodRule {
  if (!rule || typeof rule.image !== 'string' || rule.image === '')
    throw new Error('pod rule: image (a glob on the image reference) is required');
  if (rule.fail !== undefined && !FAILURES.includes(rule.fail))
    throw new Error(`pod rule for "${rule.image}": fail must be one of ${FAILURES.join(', ')}`);
  for (const f of ['readyAfterMs', 'exitAfterMs'] as const) {
    const v = rule[f];
    if (v !== undefined && (!Number.isFinite(v) || v < 0))
      throw new Error(`pod rule for "${rule.image}": ${f} must be a non-negative number`);
  }
  return rule;
}

/** The anchored regular expression (the same in JavaScript and RE2) of a glob where `*` matches any run of characters. */
export function globPattern(glob: string): string {
  const pattern = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return `^${pattern}$`;
}

function globMatches(glob: string, value: string): boolean {
  return new RegExp(globPattern(glob)).test(value);
}

/** The last matching rule wins, so a test can override an earlier, broader one. */
export function ruleFor(rules: PodRule[], image: string): PodRule | undefined {
  for (let i = rules.length - 1; i >= 0; i--) if (globMatches(rules[i].image, image)) return rules[i];
  return undefined;
}
