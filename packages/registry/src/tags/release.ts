import { InputError, type GitHubContext } from '@kra/core';
import { compareVersions, highestFinal, parseVersionTag, type Version } from '@kra/core/versions';
import { tagProblem } from '../reference.js';
import { versionAsTag } from './templates.js';

/**
 * Release versions and the tags a release adds (tag-release):
 *
 *   {{version}}            1.4.0 (the version without "v"; build metadata "+x" becomes "-x")
 *   {{major}}.{{minor}}    1.4
 *   {{major}}              1       (not for 0.x: 0 would span breaking changes)
 *   latest                 only when this is the highest final release in the repository
 *
 * A pre-release (1.4.0-rc.1) only gets the templates holding {{version}}.
 */
export interface ReleaseVersion {
  /** As given: v1.4.0. */
  raw: string;
  /** Without "v", as a tag: 1.4.0, 1.5.0-rc.1. */
  version: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: boolean;
  /** The parsed version (precedence, release line). */
  parsed: Version;
}

export const DEFAULT_RELEASE_TAGS = ['{{version}}', '{{major}}.{{minor}}', '{{major}}', 'latest'];

/**
 * Parses a release version strictly: MAJOR.MINOR.PATCH with optional -pre-release and +build,
 * after an optional prefix (v1.4.0, release-1.4.0, web/v1.4.0: the rule of @kra/core/versions).
 */
export function parseReleaseVersion(
  text: string,
  input = 'version',
  options: { prerelease?: boolean } = {},
): ReleaseVersion {
  const raw = text.trim();
  const parsed = parseVersionTag(raw);
  if (!parsed) {
    throw new InputError(
      input,
      `is "${raw}", which is not a semantic version: use MAJOR.MINOR.PATCH such as v1.4.0 or 1.5.0-rc.1 (a "v" in front is fine)`,
    );
  }
  const version = versionAsTag(parsed);
  const problem = tagProblem(version);
  if (problem) throw new InputError(input, `is "${raw}": ${problem}`);
  return {
    raw,
    version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: !parsed.final || options.prerelease === true,
    parsed,
  };
}

/**
 * The version of this run when the `version` input is empty: a release event's
 * `release.tag_name`, else the tag of GITHUB_REF (refs/tags/v1.4.0).
 */
export function versionFromEvent(context: Pick<GitHubContext, 'ref' | 'payload'>): string | undefined {
  const tagName = context.payload?.release?.tag_name;
  if (typeof tagName === 'string' && tagName.trim()) return tagName.trim();
  if (context.ref.startsWith('refs/tags/')) return context.ref.slice('refs/tags/'.length);
  return undefined;
}

/** Whether the event marks the release as a pre-release (release.prerelease in a release event). */
export function prereleaseFromEvent(context: Pick<GitHubContext, 'payload'>): boolean {
  return context.payload?.release?.prerelease === true;
}

export interface ReleaseTagPlan {
  /** Concrete tags for this release, in template order, without `latest`. */
  tags: string[];
  /**
   * The moving tags among them: `major` for a tag naming only the major version (1),
   * `minor` for major.minor (1.4). Such a tag only moves to this release when no higher
   * final release of the same line is in the repository (see decideMoving).
   */
  moving: Record<string, 'major' | 'minor'>;
  /**
   * The immutable tags among them: those naming the whole version ({{version}}, or
   * {{major}}.{{minor}}.{{patch}}). They are written before every moving tag (1, 1.4, a
   * literal such as stable, latest, the environment tag).
   */
  immutable: string[];
  /** Whether `latest` was asked for and applies to this kind of release (still subject to decideLatest). */
  latest: boolean;
  /** Templates left out, and why. */
  skipped: Array<{ template: string; reason: string }>;
}

const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;
const KNOWN = ['version', 'major', 'minor', 'patch'];

/** Expands the tag templates for a version (see the rules at the top of this file). */
export function releaseTags(version: ReleaseVersion, templates: readonly string[], input = 'tags'): ReleaseTagPlan {
  if (templates.length === 0) throw new InputError(input, 'gives no tag: write one template a line, e.g. {{version}}');
  const plan: ReleaseTagPlan = { tags: [], moving: {}, immutable: [], latest: false, skipped: [] };
  for (const template of templates) {
    const used = [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
    const unknown = used.find((name) => !KNOWN.includes(name));
    if (unknown) {
      throw new InputError(
        input,
        `has "${template}" with an unknown placeholder {{${unknown}}}: use {{version}}, {{major}}, {{minor}}, {{patch}} or latest`,
      );
    }
    if (template === 'latest') {
      if (version.prerelease) plan.skipped.push({ template, reason: 'pre-release' });
      else plan.latest = true;
      continue;
    }
    if (version.prerelease && !used.includes('version')) {
      plan.skipped.push({ template, reason: 'pre-releases only get {{version}}' });
      continue;
    }
    if (version.major === 0 && used.includes('major') && !used.includes('minor') && !used.includes('version')) {
      plan.skipped.push({ template, reason: 'major version zero: 0 would span breaking changes' });
      continue;
    }
    const tag = template.replace(PLACEHOLDER, (_, name: string) =>
      name === 'version' ? version.version : String(version[name as 'major' | 'minor' | 'patch']),
    );
    const problem = tagProblem(tag);
    if (problem)
      throw new InputError(input, `has "${template}"${tag !== template ? ` (gives "${tag}")` : ''}: ${problem}`);
    if (plan.tags.includes(tag)) continue;
    plan.tags.push(tag);
    if (used.includes('version') || used.includes('patch')) plan.immutable.push(tag);
    else {
      if (used.includes('minor')) plan.moving[tag] = 'minor';
      else if (used.includes('major')) plan.moving[tag] = 'major';
    }
  }
  return plan;
}

/**
 * Whether a moving tag goes to this release: `major` (1) only when no final release
 * 1.x.y higher than this one is in the repository, `minor` (1.4) only when no higher
 * final 1.4.z is, so a 1.3.9 hotfix after 1.4.0 moves 1.3 but leaves 1 on 1.4.0.
 */
export function decideMoving(
  version: ReleaseVersion,
  kind: 'major' | 'minor',
  existingTags: readonly string[],
): { move: boolean; higher?: string } {
  const highest = highestFinal(existingTags, releaseLine(version, kind));
  if (highest && compareVersions(highest, version.parsed) > 0) return { move: false, higher: highest.tag };
  return { move: true };
}

/**
 * Whether `latest` goes to this release: only for a final release that no final release
 * among the repository's existing tags outranks (so a v1.3.9 hotfix published after
 * v1.4.0 does not take `latest`). Tags that are not versions are ignored.
 */
export function decideLatest(
  version: ReleaseVersion,
  existingTags: readonly string[],
): { latest: boolean; higher?: string } {
  if (version.prerelease) return { latest: false };
  const highest = highestFinal(existingTags);
  if (highest && compareVersions(highest, version.parsed) > 0) return { latest: false, higher: highest.tag };
  return { latest: true };
}

/** The release line a moving tag follows: every release for `latest`, 1.x.y for `major`, 1.4.z for `minor`. */
export function releaseLine(
  version: Pick<ReleaseVersion, 'major' | 'minor'>,
  kind: 'latest' | 'major' | 'minor',
): { major?: number; minor?: number } {
  if (kind === 'latest') return {};
  return kind === 'major' ? { major: version.major } : { major: version.major, minor: version.minor };
}
