/**
 * Secrets and variables from local files, scoped as GitHub scopes them: repository-wide,
 * and per environment, so only a job that declares `environment: production` sees
 * production's values. The file (YAML or JSON):
 *
 *   repository:
 *     REGISTRY: 127.0.0.1:5000/acme
 *   environments:
 *     staging:
 *       KUBECONFIG: |
 *         apiVersion: v1 ...
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export interface ScopedValues {
  repository: Record<string, string>;
  environments: Record<string, Record<string, string>>;
}

export const NO_VALUES: ScopedValues = { repository: {}, environments: {} };

function table(value: unknown, where: string, file: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${file}: ${where} must be a mapping of NAME: value`);
  const result: Record<string, string> = {};
  for (const [name, item] of Object.entries(value)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      throw new Error(
        `${file}: ${where}.${name} is not a valid name (letters, digits and _, not starting with a digit)`,
      );
    if (item !== null && typeof item === 'object')
      throw new Error(`${file}: ${where}.${name} must be text, a number or a boolean`);
    result[name] = item === null || item === undefined ? '' : String(item);
  }
  return result;
}

/** Reads a secrets or vars file; `kind` only names it in errors. */
export function loadScopedValues(file: string, kind: 'secrets' | 'vars'): ScopedValues {
  let document: unknown;
  try {
    document = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    // Never echo the file's text: it may hold secrets.
    const reason = (error as { reason?: string; mark?: { line: number } }).reason;
    const line = (error as { mark?: { line: number } }).mark?.line;
    throw new Error(
      `--${kind} ${file}: ${reason ? `not valid YAML (${reason}${line !== undefined ? ` at line ${line + 1}` : ''})` : (error as Error).message}`,
    );
  }
  if (document === undefined || document === null) return { repository: {}, environments: {} };
  if (typeof document !== 'object' || Array.isArray(document))
    throw new Error(`--${kind} ${file}: expected a mapping with repository: and environments:`);
  const unknown = Object.keys(document).filter((key) => key !== 'repository' && key !== 'environments');
  if (unknown.length > 0)
    throw new Error(
      `--${kind} ${file}: unknown key ${unknown[0]}: put values under repository: or environments: <name>:`,
    );
  const { repository, environments } = document as { repository?: unknown; environments?: unknown };
  const scoped: ScopedValues = { repository: table(repository, 'repository', file), environments: {} };
  if (environments !== undefined && environments !== null) {
    if (typeof environments !== 'object' || Array.isArray(environments))
      throw new Error(`--${kind} ${file}: environments must map environment names to their values`);
    for (const [name, values] of Object.entries(environments))
      scoped.environments[name] = table(values, `environments.${name}`, file);
  }
  return scoped;
}

/** The values a job sees: the repository's, overridden by its environment's (GitHub's precedence). */
export function valuesFor(values: ScopedValues, environment: string | undefined): Record<string, string> {
  return { ...values.repository, ...(environment ? (values.environments[environment] ?? {}) : {}) };
}
