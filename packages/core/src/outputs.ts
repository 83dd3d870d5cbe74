import * as core from '@actions/core';

/**
 * Outputs are strings. Every list is given twice: newline-separated under `name`
 * and as JSON under `name-json`, so a `run:` step and the next action can both use it.
 */
export function setListOutput(name: string, lines: readonly string[], json: unknown = lines): void {
  core.setOutput(name, lines.join('\n'));
  core.setOutput(`${name}-json`, JSON.stringify(json));
}

export function setOutput(name: string, value: string | number | boolean): void {
  core.setOutput(name, String(value));
}

export function setJsonOutput(name: string, value: unknown): void {
  core.setOutput(name, JSON.stringify(value));
}
