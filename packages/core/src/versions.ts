/**
 * Semantic versions read from tag names, the one rule of the suite: tag-release's `version`
 * input and the image tags it ranks (`latest`, `1`, `1.4`), detect-config-changes' release
 * tags, and the tag k8s-deploy pins. Parsing and precedence are the `semver` package's
 * (strict semver.org 2.0.0); this module only adds the prefix rule and a total order.
 *
 *   prefix   whatever comes before the first digit, made of letters, "_", "/", "." and "-":
 *            v1.4.0, V1.4.0, release-2.0.0, web/v1.2.3; nothing else (x1y.2.3 is no version)
 *   version  MAJOR.MINOR.PATCH, optional -pre.release and +build (no leading zeros)
 *
 * Build metadata has no precedence; ties are broken by tag name so that sorting gives the same
 * answer on every run. Imported from `@kra/core/versions` (not the package index), so only the
 * bundles that rank versions carry `semver`.
 */
import type { SemVer } from 'semver';
import compare from 'semver/functions/compare.js';
import parse from 'semver/functions/parse.js';

export interface Version {
  /** The tag as written: v1.4.0, release-2.0.0-rc.1. */
  tag: string;
  /** What came before the version: v, release-, web/v, or ''. */
  prefix: string;
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers, numbers as numbers: rc.1 → ['rc', 1]; [] for a final release. */
  prerelease: Array<string | number>;
  /** Build metadata identifiers: +build.5 → ['build', '5']. */
  build: string[];
  /** MAJOR.MINOR.PATCH[-pre] without the prefix and the build metadata. */
  version: string;
  /** True for a final release (no pre-release part). */
  final: boolean;
  semver: SemVer;
}

const PREFIX = /^[A-Za-z_/.-]*$/;

/** Reads a version from a tag name (see the prefix rule above); undefined when it is none. */
export function parseVersionTag(tag: string): Version | undefined {
  const start = tag.search(/\d/);
  if (start < 0) return undefined;
  const prefix = tag.slice(0, start);
  if (!PREFIX.test(prefix)) return undefined;
  const parsed = parse(tag.slice(start));
  if (!parsed) return undefined;
  return {
    tag,
    prefix,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: [...parsed.prerelease],
    build: [...parsed.build],
    version: parsed.version,
    final: parsed.prerelease.length === 0,
    semver: parsed,
  };
}

/** Negative when a < b, positive when a > b, 0 when they have the same precedence (semver.org §11). */
export function compareVersions(a: Version, b: Version): number {
  return compare(a.semver, b.semver);
}

/** Sorts greatest first; equal precedence falls back to the tag name so the order is total. */
export function byVersionDescending(a: Version, b: Version): number {
  return compareVersions(b, a) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}

/**
 * The highest final release among tags, optionally only those of one release line
 * (`major`: 1.x.y; `major` and `minor`: 1.4.z). Tags that are no version, and pre-releases,
 * are ignored. Undefined when there is none.
 */
export function highestFinal(
  tags: Iterable<string>,
  line: { major?: number; minor?: number } = {},
): Version | undefined {
  let highest: Version | undefined;
  for (const tag of tags) {
    const version = parseVersionTag(tag);
    if (!version || !version.final) continue;
    if (line.major !== undefined && version.major !== line.major) continue;
    if (line.minor !== undefined && version.minor !== line.minor) continue;
    if (!highest || byVersionDescending(version, highest) < 0) highest = version;
  }
  return highest;
}
