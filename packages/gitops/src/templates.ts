/**
 * Templates in the action's inputs: `{{version}}`, `{{environment}}`, `{{images}}`,
 * `{{repository}}`, `{{sha}}`, `{{short-sha}}`, `{{run-url}}`. An unknown placeholder, or one
 * with no value, fails naming the input.
 */
import { InputError } from '@kra/core';

export const PLACEHOLDERS = ['version', 'environment', 'images', 'repository', 'sha', 'short-sha', 'run-url'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type TemplateValues = Partial<Record<Placeholder, string>>;

const HINTS: Record<string, string> = {
  version: "set version (tag-release's version output) or run on a release",
  environment: "set environment (tag-release's environment output)",
};

/** Renders `template`; `allowed` limits the placeholders this input takes (paths: version and environment). */
export function renderTemplate(
  template: string,
  values: TemplateValues,
  input: string,
  allowed: readonly Placeholder[] = PLACEHOLDERS,
): string {
  return template.replace(/\{\{\s*([a-z-]+)\s*\}\}/g, (_whole, name: string) => {
    if (!(allowed as readonly string[]).includes(name)) {
      throw new InputError(
        input,
        `has {{${name}}}, which is not a placeholder here: use ${allowed.map((known) => `{{${known}}}`).join(', ')}`,
      );
    }
    const value = values[name as Placeholder];
    if (!value) {
      throw new InputError(
        input,
        `uses {{${name}}}, which is empty in this run: ${HINTS[name] ?? `give a value for ${name}`}`,
      );
    }
    return value;
  });
}
