import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';

export interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

export interface ActionDefinition {
  dir: string;
  name: string;
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; pre?: string; post?: string; 'post-if'?: string };
}

export function loadActionDefinition(actionDir: string): ActionDefinition {
  const file = join(actionDir, 'action.yml');
  const parsed = yaml.load(readFileSync(file, 'utf8')) as Partial<ActionDefinition> | undefined;
  if (!parsed || typeof parsed !== 'object' || !parsed.runs)
    throw new Error(`${file}: not an action definition (no runs:)`);
  if (!/^node\d+$/.test(parsed.runs.using))
    throw new Error(`${file}: runs.using is ${parsed.runs.using}; local-runner runs JavaScript actions`);
  return {
    dir: actionDir,
    name: parsed.name ?? dirname(file),
    inputs: parsed.inputs ?? {},
    outputs: parsed.outputs ?? {},
    runs: parsed.runs,
  };
}

export function entryPoint(definition: ActionDefinition, which: 'main' | 'pre' | 'post'): string | undefined {
  const relative = definition.runs[which];
  return relative ? resolve(definition.dir, relative) : undefined;
}

/** The runner's name for an input variable: INPUT_ + upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
