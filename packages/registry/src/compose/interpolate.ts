/**
 * Compose variable interpolation, following the Compose specification
 * (https://github.com/compose-spec/compose-spec/blob/main/12-interpolation.md):
 *
 *   $$            a literal $
 *   $VAR ${VAR}   the value, or empty (with a warning) when unset
 *   ${VAR:-def}   def when VAR is unset or empty      ${VAR-def}  def when VAR is unset
 *   ${VAR:?err}   error when VAR is unset or empty    ${VAR?err}  error when VAR is unset
 *   ${VAR:+alt}   alt when VAR is set and not empty   ${VAR+alt}  alt when VAR is set
 *
 * Defaults, alternatives and error texts are interpolated themselves, so they nest:
 * `${A:-${B:-b}}`. Names are `[A-Za-z_][A-Za-z0-9_]*`; a `$` followed by anything else
 * (`$1`, `$ `) is kept as written, as Compose does.
 */

export type Lookup = (name: string) => string | undefined;

/** A `${VAR:?message}` or `${VAR?message}` whose variable has no value. */
export class RequiredVariableError extends Error {
  constructor(
    readonly variable: string,
    readonly detail: string,
  ) {
    super(`required variable ${variable} is missing a value${detail ? `: ${detail}` : ''}`);
    this.name = 'RequiredVariableError';
  }
}

/**
 * `${` without its `}`, or a braced expression that is not a name with an operator. The
 * message does not repeat the template (a value may be a password); `template` locates it.
 */
export class InvalidTemplateError extends Error {
  constructor(readonly template: string) {
    super(
      'invalid interpolation format (a "${" without its "}", or a name that is not a variable): use ${VAR}, ${VAR:-default} or $$ for a literal $',
    );
    this.name = 'InvalidTemplateError';
  }
}

export interface InterpolateOptions {
  lookup: Lookup;
  /** Called for each plain `$VAR`/`${VAR}` whose variable is unset (it becomes empty). */
  onMissing?: (name: string) => void;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/;

export function interpolate(text: string, options: InterpolateOptions): string {
  if (!text.includes('$')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char !== '$') {
      out += char;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) throw new InvalidTemplateError(text);
      out += substitute(text.slice(i + 2, end), text, options);
      i = end + 1;
    } else if (next !== undefined && NAME_START.test(next)) {
      let j = i + 2;
      while (j < text.length && NAME_CHAR.test(text[j])) j += 1;
      out += value(text.slice(i + 1, j), options);
      i = j;
    } else {
      out += '$';
      i += 1;
    }
  }
  return out;
}

/**
 * The index of the `}` closing a `${` whose body starts at `start`. Every `{` in the body
 * opens a level, as compose-go counts them (a default may hold braces: `${JSON:-{"a":1}}`);
 * `$$` is an escaped `$`, never the start of anything.
 */
function closingBrace(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === '$' && text[i + 1] === '$') {
      i += 1;
    } else if (text[i] === '{') {
      depth += 1;
    } else if (text[i] === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function value(name: string, options: InterpolateOptions): string {
  const found = options.lookup(name);
  if (found === undefined) {
    options.onMissing?.(name);
    return '';
  }
  return found;
}

function substitute(body: string, whole: string, options: InterpolateOptions): string {
  const match = BRACED.exec(body);
  if (!match) throw new InvalidTemplateError(whole);
  const [, name, operator, argument = ''] = match;
  if (!operator) return value(name, options);
  const current = options.lookup(name);
  const set = current !== undefined;
  const nonEmpty = set && current !== '';
  const nested = () => interpolate(argument, options);
  switch (operator) {
    case ':-':
      return nonEmpty ? current : nested();
    case '-':
      return set ? current : nested();
    case ':?':
      if (!nonEmpty) throw new RequiredVariableError(name, nested());
      return current;
    case '?':
      if (!set) throw new RequiredVariableError(name, nested());
      return current;
    case ':+':
      return nonEmpty ? nested() : '';
    case '+':
      return set ? nested() : '';
    default:
      throw new InvalidTemplateError(whole);
  }
}
