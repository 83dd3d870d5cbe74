/**
 * Semantic versions read from tag names (`v1.4.0`, `release-2.0.0-rc.1`, `1.2.3+build.5`):
 * whatever comes before the first digit is a prefix and ignored. Precedence follows
 * semver.org §11; build metadata does not count, so ties are broken by tag name to keep
 * the answer the same on every run.
 */
export interface Version {
  tag: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: Array<string | number>;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export function parseVersionTag(tag: string): Version | undefined {
  const start = tag.search(/\d/);
  if (start < 0) return undefined;
  const prefix = tag.slice(0, start);
  // A prefix is a word such as v, release-, app/v; not something that ends in a digit-like part.
  if (!/^[A-Za-z_/.-]*$/.test(prefix)) return undefined;
  const match = SEMVER.exec(tag.slice(start));
  if (!match) return undefined;
  const prerelease = match[4] ? match[4].split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
  return { tag, major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease };
}

/** Negative when a < b, positive when a > b, 0 when they have the same precedence. */
export function compareVersions(a: Version, b: Version): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] - b[key];
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i += 1) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Sorts greatest first; equal precedence falls back to the tag name so the order is total. */
export function byVersionDescending(a: Version, b: Version): number {
  return compareVersions(b, a) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
