import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';

/**
 * Outputs renamed by the contract rule (README, "Outputs"): every list is `<name>`, newline
 * text, and `<name>-json`, JSON. The old names keep working through v1:
 *
 * - an alias (`restart-list`) is still written, with the value it always had, and
 * - an output whose form changed (`restart`, JSON before, text now) is the new form.
 *
 * An output cannot tell who reads it, so the warning comes from the workflow itself: when the
 * step has an id (GITHUB_ACTION) and the workflow file (GITHUB_WORKFLOW_REF) is in the
 * checkout, each `steps.<id>.outputs.<alias>`, and each `fromJSON(steps.<id>.outputs.<name>)`
 * of an output that became text, gets one warning saying what to read instead. Nothing is
 * said when the workflow cannot be read (a reusable workflow from another repository).
 */
export interface OutputAlias {
  /** The deprecated name, written until v2. */
  name: string;
  /** The output to read instead. */
  use: string;
  value: string;
}

export interface ChangedOutput {
  /** An output that held JSON in v1.0 and holds newline text now. */
  name: string;
  /** Where its JSON is now. */
  json: string;
}

/** The workflow file of this run, from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/ci.yml@refs/heads/main). */
function workflowText(env: NodeJS.ProcessEnv): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF ?? '';
  const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
  const workspace = env.GITHUB_WORKSPACE;
  if (!match || !workspace) return undefined;
  try {
    return readFileSync(join(workspace, match[1]), 'utf8');
  } catch {
    return undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Writes the aliases, and warns for each one the workflow reads (see the top of this file).
 * Returns the warnings given.
 */
export function writeDeprecatedOutputs(
  aliases: readonly OutputAlias[],
  changed: readonly ChangedOutput[] = [],
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  for (const alias of aliases) core.setOutput(alias.name, alias.value);
  const step = env.GITHUB_ACTION ?? '';
  // Without an id (__run, __owner_repo) no later step can read this step's outputs.
  if (!step || step.startsWith('__')) return [];
  const workflow = workflowText(env);
  if (workflow === undefined) return [];
  const outputs = `steps\\.${escape(step)}\\.outputs`;
  const reads = (name: string) =>
    new RegExp(`${outputs}(?:\\.${escape(name)}(?![\\w-])|\\[\\s*['"]${escape(name)}['"]\\s*\\])`);
  const warnings: string[] = [];
  for (const alias of aliases) {
    if (reads(alias.name).test(workflow)) {
      warnings.push(
        `Output "${alias.name}" of step "${step}" is deprecated and goes away in v2: read steps.${step}.outputs.${alias.use}, which holds the same value`,
      );
    }
  }
  for (const output of changed) {
    const fromJson = new RegExp(`fromJSON\\(\\s*${outputs}\\.${escape(output.name)}\\s*\\)`, 'i');
    if (fromJson.test(workflow)) {
      warnings.push(
        `Output "${output.name}" of step "${step}" is newline text now (one rule for every list output): read fromJSON(steps.${step}.outputs.${output.json}) for the JSON`,
      );
    }
  }
  for (const warning of warnings) core.warning(warning);
  return warnings;
}
