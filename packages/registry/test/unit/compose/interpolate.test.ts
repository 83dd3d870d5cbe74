import { interpolate, InvalidTemplateError, RequiredVariableError } from '../../../src/compose/interpolate.js';
import { parseDotEnv } from '../../../src/compose/dotenv.js';

const env: Record<string, string> = { SET: 'value', EMPTY: '', TAG: '1.2', REGISTRY: 'ghcr.io/acme' };
const lookup = (name: string) => (Object.hasOwn(env, name) ? env[name] : undefined);

function run(text: string) {
  const missing: string[] = [];
  const result = interpolate(text, { lookup, onMissing: (name) => missing.push(name) });
  return { result, missing };
}

describe('Compose interpolation', () => {
  test.each([
    ['${SET}', 'value'],
    ['$SET', 'value'],
    ['$SET/x', 'value/x'],
    ['${REGISTRY}/web:${TAG}', 'ghcr.io/acme/web:1.2'],
    ['${UNSET:-fallback}', 'fallback'],
    ['${EMPTY:-fallback}', 'fallback'],
    ['${SET:-fallback}', 'value'],
    ['${UNSET-fallback}', 'fallback'],
    ['${EMPTY-fallback}', ''],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET+alt}', ''],
    ['${UNSET:-${SET}}', 'value'],
    ['${UNSET:-${ALSO_UNSET:-deep}}', 'deep'],
    ['${UNSET:-a-${TAG}-b}', 'a-1.2-b'],
    ['$$SET', '$SET'],
    ['$${SET}', '${SET}'],
    ['--password="$$(cat /run/secrets/db)"', '--password="$(cat /run/secrets/db)"'],
    ['cost $5', 'cost $5'],
    ['trailing $', 'trailing $'],
    ['${SET?never}', 'value'],
    ['${EMPTY?fine when empty}', ''],
    ['${UNSET:-}', ''],
  ])('%s → %s', (text, expected) => {
    const { result, missing } = run(text);
    expect(result).toBe(expected);
    expect(missing).toEqual([]);
  });

  test('an unset variable becomes empty and is reported', () => {
    expect(run('${NOPE}-$ALSO')).toEqual({ result: '-', missing: ['NOPE', 'ALSO'] });
  });

  test('a default that names an unset variable reports it', () => {
    expect(run('${A:-${B}}')).toEqual({ result: '', missing: ['B'] });
  });

  test.each([
    ['${UNSET:?is required}', 'UNSET', 'required variable UNSET is missing a value: is required'],
    ['${EMPTY:?}', 'EMPTY', 'required variable EMPTY is missing a value'],
    ['${UNSET?set it}', 'UNSET', 'required variable UNSET is missing a value: set it'],
    ['${UNSET:?need ${TAG}}', 'UNSET', 'required variable UNSET is missing a value: need 1.2'],
  ])('%s fails naming %s', (text, variable, message) => {
    let error: unknown;
    try {
      run(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RequiredVariableError);
    expect((error as RequiredVariableError).variable).toBe(variable);
    expect((error as Error).message).toBe(message);
  });

  test.each(['${', '${SET', '${1BAD}', '${SET:x}', '${}', '${SE T}'])('%s is an invalid template', (text) => {
    expect(() => run(text)).toThrow(InvalidTemplateError);
  });

  test('an invalid template is named by where it is, not by its text (a value may be a password)', () => {
    let error: unknown;
    try {
      run('pa55${word');
    } catch (caught) {
      error = caught;
    }
    expect((error as InvalidTemplateError).template).toBe('pa55${word');
    expect((error as Error).message).toBe(
      'invalid interpolation format (a "${" without its "}", or a name that is not a variable): use ${VAR}, ${VAR:-default} or $$ for a literal $',
    );
  });
});

describe('.env files', () => {
  const environment = (name: string) => ({ FROM_ENV: 'env', OVERRIDE: 'from-env' })[name];

  test('reads the formats Compose accepts', () => {
    const text = [
      '# comment',
      '',
      'PLAIN=hello',
      'export EXPORTED=yes',
      'SPACED = padded value  ',
      'COMMENTED=abc # not part of it',
      'HASH=abc#def',
      'DOUBLE="a\\nb ${PLAIN}"',
      "SINGLE='literal ${PLAIN} $$'",
      'MULTI="line1',
      'line2"',
      'REF=${PLAIN}-${FROM_ENV}',
      'DEFAULTED=${NOPE:-dflt}',
      'EMPTY=',
      'FROM_ENV',
      'ESCAPED="\\$PLAIN"',
    ].join('\n');
    expect(parseDotEnv(text, environment)).toEqual({
      PLAIN: 'hello',
      EXPORTED: 'yes',
      SPACED: 'padded value',
      COMMENTED: 'abc',
      HASH: 'abc#def',
      DOUBLE: 'a\nb hello',
      SINGLE: 'literal ${PLAIN} $$',
      MULTI: 'line1\nline2',
      REF: 'hello-env',
      DEFAULTED: 'dflt',
      EMPTY: '',
      FROM_ENV: 'env',
      ESCAPED: '$PLAIN',
    });
  });

  test('names the line of a malformed entry', () => {
    expect(() => parseDotEnv('OK=1\nnot a pair\n', environment)).toThrow(expect.objectContaining({ line: 2 }));
    expect(() => parseDotEnv('A="open\n', environment)).toThrow(/no closing "/);
  });

  test('an error never repeats the line: it may be a password written without its KEY=', () => {
    expect(() => parseDotEnv('DB_USER=app\nhunter2 password\n', environment)).toThrow(
      'line 2 is not KEY=VALUE (a name, "=", then the value)',
    );
  });
});
