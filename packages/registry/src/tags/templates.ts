import { InputError, type GitHubContext } from '@kra/core';
import { parseVersionTag, type Version } from '@kra/core/versions';
import { tagProblem } from '../reference.js';

/**
 * Tag templates for push-images: `{{branch}}`, `{{short-sha}}`, `{{sha}}`, `{{version}}`,
 * `{{run-number}}`, mixed with literal text (`{{branch}}-{{short-sha}}`, `sha-{{short-sha}}`,
 * `edge`). Every rendered tag is validated before anything is pushed.
 */
export interface TagContext {
  /** The branch as a tag: sanitised like docker/metadata-action; `pr-<n>` for pull requests. */
  branch: string;
  sha: string;
  shortSha: string;
  /** The version of a tag push or release (semver without `v` when it is semver), or ''. */
  version: string;
  runNumber: string;
}

export const DEFAULT_PUSH_TAGS = ['{{branch}}-{{short-sha}}', 'sha-{{short-sha}}'];

/**
 * docker/metadata-action's tag sanitisation: every run of characters outside
 * `[a-zA-Z0-9._-]` becomes one `-`. Case is kept (tags may hold upper case).
 */
export function sanitizeTag(value: string): string {
  return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

/** The short commit id docker/metadata-action uses: the first 7 characters. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
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

export function tagContextFromGitHub(context: GitHubContext): TagContext {
  return {
    branch: branchFromContext(context),
    sha: context.sha,
    shortSha: shortSha(context.sha),
    version: versionFromContext(context),
    runNumber: context.runNumber,
  };
}

const PLACEHOLDER = /\{\{\s*([a-z-]+)\s*\}\}/g;

const EXPLAIN: Record<string, string> = {
  branch: 'the run is not for a branch, pull request or tag',
  sha: 'GITHUB_SHA is not set',
  'short-sha': 'GITHUB_SHA is not set',
  version: 'the run is not for a tag push or a release',
  'run-number': 'GITHUB_RUN_NUMBER is not set',
};

/** Renders one template; an unknown or empty placeholder is an error naming the input and the template. */
export function renderTagTemplate(template: string, context: TagContext, input = 'tags'): string {
  const values: Record<string, string> = {
    branch: context.branch,
    sha: context.sha,
    'short-sha': context.shortSha,
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

/**
 * Renders every template, removes duplicates (first occurrence kept) and validates each tag.
 * Nothing is pushed until all are valid; a bad one fails naming the input, template and tag.
 */
export function renderTags(templates: readonly string[], context: TagContext, input = 'tags'): string[] {
  if (templates.length === 0)
    throw new InputError(input, 'gives no tag: write one template a line, e.g. sha-{{short-sha}}');
  const tags: string[] = [];
  for (const template of templates) {
    const tag = renderTagTemplate(template, context, input);
    const problem = tagProblem(tag);
    if (problem) {
      const shown =
        template === tag
          ? `"${template}"`
          : `"${template}" (gives "${tag.length > 40 ? `${tag.slice(0, 40)}…` : tag}")`;
      throw new InputError(input, `has ${shown}: ${problem}`);
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
