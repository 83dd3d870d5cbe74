import { InputError, type GitHubContext } from '@kra/core';
import { parseVersionTag, type Version } from '@kra/core/versions';
import { parseReference, tagProblem, tryParseReference, type ImageReference } from '../reference.js';

/**
 * Tag templates for push-images: `{{branch}}`, `{{sha}}` (the short commit SHA, as in
 * docker/metadata-action; `{{short-sha}}` is the same), `{{long-sha}}` (all 40 characters),
 * `{{version}}`, `{{run-number}}`, mixed with literal text (`{{branch}}-{{sha}}`, `sha-{{sha}}`,
 * `edge`). A line may also be an image reference, as docker/metadata-action's `tags` output
 * writes them (`ghcr.io/acme/web:sha-860c190`): it gives its tag. Every rendered tag is
 * validated before anything is pushed.
 */
export interface TagContext {
  /** The branch as a tag: sanitised like docker/metadata-action; `pr-<n>` for pull requests. */
  branch: string;
  /** The whole commit SHA. */
  sha: string;
  /** The short commit SHA: 7 characters, or DOCKER_METADATA_SHORT_SHA_LENGTH. */
  shortSha: string;
  /** The version of a tag push or release (semver without `v` when it is semver), or ''. */
  version: string;
  runNumber: string;
}

export const DEFAULT_PUSH_TAGS = ['{{branch}}-{{sha}}', 'sha-{{sha}}'];

/**
 * docker/metadata-action's tag sanitisation: every run of characters outside
 * `[a-zA-Z0-9._-]` becomes one `-`. Case is kept (tags may hold upper case).
 */
export function sanitizeTag(value: string): string {
  return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

/** The short commit id docker/metadata-action uses: the first 7 characters (or `length`). */
export function shortSha(sha: string, length = 7): string {
  return sha.slice(0, length);
}

/** metadata-action's DOCKER_METADATA_SHORT_SHA_LENGTH, read the same way; 7 when unset. */
export function shortShaLength(env: Record<string, string | undefined>): number {
  const value = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
  if (!value) return 7;
  const length = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(length >= 1 && length <= 40)) {
    throw new InputError(
      'tags',
      `cannot be rendered: DOCKER_METADATA_SHORT_SHA_LENGTH is "${value}": use a whole number from 1 to 40`,
    );
  }
  return length;
}

/**
 * `{{branch}}` for this run: the branch of a push (`feature/Login` → `feature-Login`),
 * `pr-<n>` for a pull request (as metadata-action's `type=ref,event=pr`), and the tag name
 * for a tag push (as `type=ref,event=tag`); '' when the ref is none of these.
 */
export function branchFromContext(context: Pick<GitHubContext, 'ref' | 'payload'>): string {
  const ref = context.ref;
  if (ref.startsWith('refs/heads/')) return sanitizeTag(ref.slice('refs/heads/'.length));
  if (ref.startsWith('refs/pull/')) {
    const number = ref.slice('refs/pull/'.length).replace(/\/(merge|head)$/, '');
    return `pr-${sanitizeTag(number)}`;
  }
  const pr = context.payload?.pull_request?.number;
  if (typeof pr === 'number') return `pr-${pr}`;
  if (ref.startsWith('refs/tags/')) return sanitizeTag(ref.slice('refs/tags/'.length));
  return '';
}

/**
 * A version as a tag: without its prefix, build metadata kept after "-" (tags hold no "+"):
 * v1.2.3 → 1.2.3, web/v1.2.3 → 1.2.3, 1.2.3+build.7 → 1.2.3-build.7.
 */
export function versionAsTag(version: Version): string {
  return sanitizeTag(version.version + (version.build.length > 0 ? `+${version.build.join('.')}` : ''));
}

/** `{{version}}` for push-images: a tag push's or release's version as a tag (`v1.2.3` → `1.2.3`), else the tag sanitised, or ''. */
export function versionFromContext(context: Pick<GitHubContext, 'ref' | 'payload'>): string {
  const release = context.payload?.release?.tag_name;
  const tag =
    typeof release === 'string' && release
      ? release
      : context.ref.startsWith('refs/tags/')
        ? context.ref.slice('refs/tags/'.length)
        : '';
  if (!tag) return '';
  const version = parseVersionTag(tag);
  return version ? versionAsTag(version) : sanitizeTag(tag);
}

export function tagContextFromGitHub(
  context: GitHubContext,
  env: Record<string, string | undefined> = process.env,
): TagContext {
  return {
    branch: branchFromContext(context),
    sha: context.sha,
    shortSha: shortSha(context.sha, shortShaLength(env)),
    version: versionFromContext(context),
    runNumber: context.runNumber,
  };
}

const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;

const EXPLAIN: Record<string, string> = {
  branch: 'the run is not for a branch, pull request or tag',
  sha: 'GITHUB_SHA is not set',
  'short-sha': 'GITHUB_SHA is not set',
  'long-sha': 'GITHUB_SHA is not set',
  version: 'the run is not for a tag push or a release',
  'run-number': 'GITHUB_RUN_NUMBER is not set',
};

/** Renders one template; an unknown or empty placeholder is an error naming the input and the template. */
export function renderTagTemplate(template: string, context: TagContext, input = 'tags'): string {
  const values: Record<string, string> = {
    branch: context.branch,
    sha: context.shortSha,
    'short-sha': context.shortSha,
    'long-sha': context.sha,
    version: context.version,
    'run-number': context.runNumber,
  };
  return template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.hasOwn(values, name)) {
      throw new InputError(
        input,
        `has "${template}" with an unknown placeholder {{${name}}}: use ${Object.keys(values)
          .map((key) => `{{${key}}}`)
          .join(', ')}`,
      );
    }
    const value = values[name];
    if (!value)
      throw new InputError(
        input,
        `has "${template}", but {{${name}}} is empty because ${EXPLAIN[name]}: remove that line or run on such an event`,
      );
    return value;
  });
}

export interface RenderedTags {
  /** The tags, in the order given, each once. */
  tags: string[];
  /**
   * The immutable ones: a tag naming the commit (its short or long SHA) or a whole version
   * (1.4.0, v1.4.0). Written before the moving ones (edge, main, 1.4, latest), so a failure
   * never leaves a moving tag on an image whose immutable tag is missing.
   */
  immutable: Set<string>;
  /** The repositories named by reference lines (metadata-action's `tags` output), each once. */
  named: ImageReference[];
}

/** A line that names an image (metadata-action's `tags` output) rather than a tag: it has a "/" or ":" outside a placeholder. */
function isReferenceLine(line: string): boolean {
  return /[/:]/.test(line.replace(PLACEHOLDER, ''));
}

/**
 * Renders every line, removes duplicates (first occurrence kept) and validates each tag.
 * Nothing is pushed until all are valid; a bad one fails naming the input, line and tag.
 */
export function renderTags(templates: readonly string[], context: TagContext, input = 'tags'): RenderedTags {
  if (templates.length === 0) throw new InputError(input, 'gives no tag: write one template a line, e.g. sha-{{sha}}');
  const rendered: RenderedTags = { tags: [], immutable: new Set(), named: [] };
  for (const template of templates) {
    const reference = isReferenceLine(template) ? tryParseReference(template) : undefined;
    let tag: string;
    if (reference) {
      if (!reference.tag) {
        throw new InputError(
          input,
          `has "${template}", an image reference without a tag: write a tag, or pass metadata-action's tags output`,
        );
      }
      tag = reference.tag;
      if (!rendered.named.some((named) => named.name === reference.name))
        rendered.named.push(parseReference(reference.name));
    } else {
      // Not a reference: a template, whose tag is checked below (a "/" or ":" in it is refused there).
      tag = renderTagTemplate(template, context, input);
    }
    const problem = tagProblem(tag);
    if (problem) {
      const shown =
        template === tag
          ? `"${template}"`
          : `"${template}" (gives "${tag.length > 40 ? `${tag.slice(0, 40)}…` : tag}")`;
      throw new InputError(input, `has ${shown}: ${problem}`);
    }
    if (rendered.tags.includes(tag)) continue;
    rendered.tags.push(tag);
    if (isImmutableTag(tag, context)) rendered.immutable.add(tag);
  }
  return rendered;
}

/** Whether a tag names one build for good: it holds the commit's SHA (short or long), or is a whole version. */
export function isImmutableTag(tag: string, context: Pick<TagContext, 'sha' | 'shortSha'>): boolean {
  if (context.shortSha && tag.includes(context.shortSha)) return true;
  if (context.sha && tag.includes(context.sha)) return true;
  return parseVersionTag(tag) !== undefined;
}
