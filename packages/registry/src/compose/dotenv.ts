import { interpolate, type Lookup } from './interpolate.js';

/**
 * Reads a Compose `.env` file (the one beside the first Compose file). The format is the
 * one Compose accepts:
 *
 *   # a comment
 *   KEY=value                 unquoted: trimmed, ` #…` starts a comment, ${VAR} interpolated
 *   export KEY=value          `export ` is ignored
 *   KEY="a\nb ${OTHER}"       double quotes: \n \t \\ \" escapes, ${VAR} interpolated, may span lines
 *   KEY='literal $X'          single quotes: taken as written, may span lines
 *   KEY                       no `=`: takes KEY from the environment when it is set
 *
 * Interpolation sees the environment first, then the keys defined above in the file.
 */
export class DotEnvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'DotEnvError';
  }
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function parseDotEnv(
  text: string,
  environment: Lookup,
  onMissing?: (name: string) => void,
): Record<string, string> {
  const values: Record<string, string> = {};
  const lookup: Lookup = (name) => environment(name) ?? (Object.hasOwn(values, name) ? values[name] : undefined);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    let line = lines[index].trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('export ')) line = line.slice('export '.length).trimStart();
    const equals = line.indexOf('=');
    if (equals < 0) {
      // The line is not repeated: it may be a value written without its KEY=.
      if (!KEY.test(line))
        throw new DotEnvError(`line ${lineNumber} is not KEY=VALUE (a name, "=", then the value)`, lineNumber);
      const inherited = environment(line);
      if (inherited !== undefined) values[line] = inherited;
      continue;
    }
    const key = line.slice(0, equals).trim();
    if (!KEY.test(key)) throw new DotEnvError(`"${key}" is not a variable name`, lineNumber);
    let rest = line.slice(equals + 1).trimStart();
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      // A quoted value may continue over the next lines until its closing quote.
      let body = rest.slice(1);
      let end = closingQuote(body, quote);
      while (end < 0 && index + 1 < lines.length) {
        index += 1;
        body += '\n' + lines[index];
        end = closingQuote(body, quote);
      }
      if (end < 0) throw new DotEnvError(`the value of ${key} has no closing ${quote}`, lineNumber);
      rest = body.slice(0, end);
      values[key] = quote === "'" ? rest : interpolate(unescape(rest), { lookup, onMissing });
      continue;
    }
    const comment = rest.search(/\s#/);
    if (comment >= 0) rest = rest.slice(0, comment);
    values[key] = interpolate(rest.trim(), { lookup, onMissing });
  }
  return values;
}

function closingQuote(body: string, quote: string): number {
  for (let i = 0; i < body.length; i += 1) {
    if (quote === '"' && body[i] === '\\') {
      i += 1;
      continue;
    }
    if (body[i] === quote) return i;
  }
  return -1;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_, char: string) => {
    switch (char) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case '$':
        return '$$';
      default:
        return char;
    }
  });
}
