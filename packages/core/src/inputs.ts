import * as core from '@actions/core';
import { InputError } from './errors.js';
import { maskSecret } from './secrets.js';

/**
 * Typed readers for action inputs. Each knows the input's name, so a bad value fails
 * with a message naming the input and what it accepts. Values are read the way the
 * runner passes them (INPUT_<NAME>), trimmed.
 */

function raw(name: string): string {
  return core.getInput(name, { trimWhitespace: true });
}

export function readString(name: string, options: { required?: boolean; default?: string } = {}): string {
  const value = raw(name);
  if (value === '') {
    if (options.required) throw new InputError(name, 'is required: set it in the step\'s "with:" block');
    return options.default ?? '';
  }
  return value;
}

export function readOptional(name: string): string | undefined {
  const value = raw(name);
  return value === '' ? undefined : value;
}

export function readEnum<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
  const value = raw(name);
  if (value === '') {
    if (fallback !== undefined) return fallback;
    throw new InputError(name, `is required: use one of ${allowed.join(', ')}`);
  }
  const match = allowed.find((candidate) => candidate === value.toLowerCase());
  if (!match) throw new InputError(name, `is "${value}": use one of ${allowed.join(', ')}`);
  return match;
}

const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];

export function readBoolean(name: string, fallback = false): boolean {
  const value = raw(name).toLowerCase();
  if (value === '') return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name, `is "${raw(name)}": use true or false`);
}

export function readInteger(name: string, options: { default?: number; min?: number; max?: number } = {}): number {
  const value = raw(name);
  const min = options.min ?? Number.MIN_SAFE_INTEGER;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  const range = `a whole number from ${min} to ${max}`;
  if (value === '') {
    if (options.default !== undefined) return options.default;
    throw new InputError(name, `is required: use ${range}`);
  }
  if (!/^-?\d+$/.test(value)) throw new InputError(name, `is "${value}": use ${range}`);
  const number = Number(value);
  if (number < min || number > max) throw new InputError(name, `is ${number}: use ${range}`);
  return number;
}

/** A duration such as `300`, `90s`, `5m`, `1h30m`; returns milliseconds. */
export function readDuration(name: string, fallback: string): number {
  const value = raw(name) || fallback;
  const ms = parseDuration(value);
  if (ms === undefined)
    throw new InputError(name, `is "${value}": use seconds (300) or a duration such as 90s, 5m, 1h30m`);
  return ms;
}

export function parseDuration(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const match = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
  if (!match || value === '') return undefined;
  const [, h = '0', m = '0', s = '0', ms = '0'] = match;
  return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}

/** A multiline list: one item a line; blank lines and `#` comments are ignored. */
export function readList(name: string): string[] {
  return splitList(raw(name));
}

export function splitList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function parseJsonOrList<T>(
  name: string,
  value: string,
  parseItem: (line: string, where: string) => T,
  validate?: (item: unknown, index: number) => T,
): T[] {
  const trimmed = value.trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new InputError(
        name,
        `is not valid JSON (${(error as Error).message}): pass a JSON array or one item a line`,
      );
    }
    if (!Array.isArray(parsed))
      throw new InputError(name, 'is JSON but not an array: pass a JSON array or one item a line');
    return parsed.map((item, index) => {
      if (typeof item === 'string') return parseItem(item, `item ${index}`);
      if (!validate) throw new InputError(name, `item ${index} is not a string`);
      try {
        return validate(item, index);
      } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError(name, `item ${index}: ${(error as Error).message}`);
      }
    });
  }
  return splitList(value).map((line, index) => parseItem(line, `line ${index + 1}`));
}

/** A JSON object input (for example a map of checksums). Empty gives `{}`. */
export function readJsonObject(name: string): Record<string, unknown> {
  const value = raw(name);
  if (value === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new InputError(name, `is not valid JSON (${(error as Error).message}): pass a JSON object`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(name, 'must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/**
 * The `username` and `password` inputs of a registry login: the password is masked before
 * anything else happens, and both or neither must be given (neither: use the runner's
 * existing login). Returns empty strings for neither.
 */
export function readLogin(): { username: string; password: string } {
  const password = raw('password');
  maskSecret(password);
  const username = raw('username');
  if ((username === '') !== (password === '')) {
    throw new InputError(
      username ? 'password' : 'username',
      `is empty but ${username ? 'username' : 'password'} is set: give both, or neither to use the runner's existing login`,
    );
  }
  return { username, password };
}
