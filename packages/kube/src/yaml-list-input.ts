import { InputError } from '@kra/core';
import yaml from 'js-yaml';

/**
 * An input that holds a YAML list (`steps`, `analysis`): [] when empty, else its items, or one
 * line naming the input. Only the first line of a YAML error is shown: the lines after it quote
 * the text, which may hold a credential.
 */
export function readYamlList(input: string, text: string, expected: string): unknown[] {
  if (text.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    throw new InputError(input, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!Array.isArray(parsed)) throw new InputError(input, `must be a YAML list of ${expected}`);
  return parsed;
}
