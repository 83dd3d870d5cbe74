import { InputError, splitList } from '@kra/core';
import type { ReleaseVersion } from './release.js';
import { tagProblem } from '../reference.js';

/**
 * How a release maps to a deployment environment (tag-release's `environments` input).
 * One rule a line, `pattern=environment`, the first match wins:
 *
 *   prerelease=staging        any pre-release (1.5.0-rc.1, or release.prerelease in the event)
 *   release=production        any final release
 *   v2.*=production-eu        a glob on the version (a leading "v" is optional on both sides)
 *   *=dev                     everything else
 *
 * The default is `prerelease=staging` then `release=production`. No match gives no
 * environment (an empty output).
 */
export interface EnvironmentRule {
  pattern: string;
  environment: string;
  line: number;
}

export const DEFAULT_ENVIRONMENT_RULES = 'prerelease=staging\nrelease=production';

export function parseEnvironmentRules(text: string, input = 'environments'): EnvironmentRule[] {
  const source = text.trim() === '' ? DEFAULT_ENVIRONMENT_RULES : text;
  return splitList(source).map((line, index) => {
    const equals = line.indexOf('=');
    const pattern = equals < 0 ? '' : line.slice(0, equals).trim();
    const environment = equals < 0 ? '' : line.slice(equals + 1).trim();
    if (!pattern || !environment) {
      throw new InputError(
        input,
        `has "${line}": write one rule a line as pattern=environment, e.g. prerelease=staging, release=production or v2.*=production-eu`,
      );
    }
    if (!/^[\w.-]+$/.test(environment) || environment.length > 255) {
      throw new InputError(
        input,
        `has "${line}": environment "${environment}" may only hold letters, digits, "_", "." and "-"`,
      );
    }
    return { pattern, environment, line: index + 1 };
  });
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function resolveEnvironment(
  version: ReleaseVersion,
  rules: readonly EnvironmentRule[],
): EnvironmentRule | undefined {
  for (const rule of rules) {
    if (rule.pattern === 'prerelease' || rule.pattern === 'pre-release') {
      if (version.prerelease) return rule;
      continue;
    }
    if (rule.pattern === 'release' || rule.pattern === 'final') {
      if (!version.prerelease) return rule;
      continue;
    }
    // A "v" in front is optional on both sides: v2.* and 2.* match v2.3.0 and 2.3.0 alike.
    const bare = globToRegExp(rule.pattern.replace(/^[vV](?=[\d*?])/, ''));
    if (
      globToRegExp(rule.pattern).test(version.raw) ||
      bare.test(version.raw.replace(/^[vV]/, '')) ||
      bare.test(version.version)
    ) {
      return rule;
    }
  }
  return undefined;
}

/**
 * The `environment-tag` input for this release: `{{environment}}` becomes the environment the
 * rules chose; with no environment the tag is left out (a warning says so). A tag that is not
 * valid is an error naming the input.
 */
export function environmentTag(
  template: string,
  environment: string,
  version: Pick<ReleaseVersion, 'raw'>,
  input = 'environment-tag',
): { tag?: string; warning?: string } {
  if (!template) return {};
  let tag = template;
  if (template.includes('{{environment}}')) {
    if (!environment)
      return { warning: `${input} "${template}" is not set: no environment rule matches ${version.raw}` };
    tag = template.replaceAll('{{environment}}', environment);
  }
  const problem = tagProblem(tag);
  if (problem) throw new InputError(input, `is "${tag}": ${problem}`);
  return { tag };
}
