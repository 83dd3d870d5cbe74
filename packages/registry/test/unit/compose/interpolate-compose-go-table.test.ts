/**
 * Peer table: the test cases of compose-go's interpolation (github.com/compose-spec/compose-go,
 * template/template_test.go and interpolation/interpolation_test.go), the implementation
 * `docker compose` runs. The cases are compose-go's facts, written here as our own table, so
 * that our Compose loader keeps resolving `${…}` exactly as docker compose does.
 */
import { interpolate, InvalidTemplateError, RequiredVariableError } from '../../../src/compose/interpolate.js';

type Env = Record<string, string>;

/** template_test.go's mapping. */
const TEMPLATE_ENV: Env = { FOO: 'first', BAR: '', JSON: '{"json":2}' };
/** interpolation_test.go's mapping. */
const INTERPOLATION_ENV: Env = { USER: 'jenny', FOO: 'bar', count: '5', REQUIRED: 'true' };

function substitute(text: string, env: Env = TEMPLATE_ENV): { result: string; warnings: string[] } {
  const warnings: string[] = [];
  const result = interpolate(text, {
    lookup: (name) => (Object.hasOwn(env, name) ? env[name] : undefined),
    onMissing: (name) => warnings.push(name),
  });
  return { result, warnings };
}

function failure(text: string, env: Env = TEMPLATE_ENV): unknown {
  try {
    substitute(text, env);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('template_test.go', () => {
  test.each([
    // TestEscaped, TestSubstituteNoMatch
    ['$${foo}', '${foo}'],
    ['foo', 'foo'],
    // TestUnescaped: a $ that starts no variable is kept
    ['a $ string', 'a $ string'],
    ['^REGEX$', '^REGEX$'],
    ['$}', '$}'],
    ['$', '$'],
    // TestNonBraced
    ['$FOO-bar', 'first-bar'],
    // TestNoValueNoDefault, TestValueNoDefault
    ['This ${missing} var', 'This  var'],
    ['This ${BAR} var', 'This  var'],
    ['This $FOO var', 'This first var'],
    ['This ${FOO} var', 'This first var'],
    // TestNoValueWithDefault
    ['ok ${missing:-def}', 'ok def'],
    ['ok ${missing-def}', 'ok def'],
    // Soft and hard defaults, presence values
    ['ok ${BAR:-def}', 'ok def'],
    ['ok ${FOO:-def}', 'ok first'],
    ['ok ${BAR-def}', 'ok '],
    ['ok ${UNSET_VAR:+presence_value}', 'ok '],
    ['ok ${UNSET_VAR+presence_value}', 'ok '],
    ['ok ${FOO:+presence_value}', 'ok presence_value'],
    ['ok ${FOO+presence_value}', 'ok presence_value'],
    ['ok ${BAR+presence_value}', 'ok presence_value'],
    ['ok ${BAR:+presence_value}', 'ok '],
    // TestNonAlphanumericDefault
    ['ok ${BAR:-/non:-alphanumeric}', 'ok /non:-alphanumeric'],
    // TestInterpolationExternalInterference: text around a variable changes nothing
    ['-ok ${BAR:-defaultValue}', '-ok defaultValue'],
    ['+ok ${UNSET:-${BAR-defaultValue}}', '+ok '],
    ['-ok ${FOO:-defaultValue}', '-ok first'],
    [':-ok ${UNSET-defaultValue}', ':-ok defaultValue'],
    [':-ok ${BAR-defaultValue}', ':-ok '],
    [':?ok ${BAR-defaultValue}', ':?ok '],
    [':?ok ${BAR:-defaultValue}', ':?ok defaultValue'],
    [':+ok ${BAR:-defaultValue}', ':+ok defaultValue'],
    ['+ok ${BAR-defaultValue}', '+ok '],
    ['?ok ${BAR:-defaultValue}', '?ok defaultValue'],
    // TestDefaultsWithNestedExpansion
    ['ok ${UNSET_VAR-$FOO}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO}}', 'ok first'],
    ['ok ${UNSET_VAR-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR:-$FOO}', 'ok first'],
    ['ok ${BAR:-${FOO}}', 'ok first'],
    ['ok ${BAR:-${FOO} ${FOO}}', 'ok first first'],
    ['ok ${BAR+$FOO}', 'ok first'],
    ['ok ${BAR+$FOO ${FOO:+second}}', 'ok first second'],
    // TestDefaultsForMandatoryVariables
    ['ok ${FOO:?err}', 'ok first'],
    ['ok ${FOO?err}', 'ok first'],
    ['ok ${BAR?err}', 'ok '],
    // TestSubstituteWithReplacementFunc (its default replacement)
    ['ok ${SUBDOMAIN:-redis}.${FOO:?}', 'ok redis.first'],
    // TestPrecedence: the first operator after the name decides
    ['${UNSET_VAR-myerror?msg}', 'myerror?msg'],
    ['${FOO?bar-baz}', 'first'],
    ['${BAR:-default_value_for_empty_var}', 'default_value_for_empty_var'],
    ['${UNSET_VAR-default_value_for_unset_var}', 'default_value_for_unset_var'],
    // TestSubstitutionFunctionChoice, as results
    ['${VARNAME:-value}', 'value'],
    ['${VARNAME-va:-lu:?e}', 'va:-lu:?e'],
    ['${VARNAME-va+lu?e}', 'va+lu?e'],
    ['${VARNAME-va?lu+e}', 'va?lu+e'],
    ['${FOO:+va:?lu:-e}', 'va:?lu:-e'],
    ['${FOO+va:+lue}', 'va:+lue'],
    ['${FOO+va?lu-e}', 'va?lu-e'],
    ['${FOO+va-lu?e}', 'va-lu?e'],
    // TestNoValueWithCurlyBracesDefault, TestValueWithCurlyBracesDefault: braces in a default
    ['ok ${missing:-{"json":1}}', 'ok {"json":1}'],
    ['ok ${missing-{"json":1}}', 'ok {"json":1}'],
    ['ok ${JSON:-{"json":1}}', 'ok {"json":2}'],
    ['ok ${JSON-{"json":1}}', 'ok {"json":2}'],
  ])('%s → %j', (text, expected) => {
    expect(substitute(text).result).toBe(expected);
  });

  test.each(['${', '${}', '${ }', '${ foo}', '${foo }', '${foo!}'])(
    'TestInvalid: %s is an invalid template',
    (text) => {
      expect(failure(text)).toBeInstanceOf(InvalidTemplateError);
    },
  );

  test.each([
    // TestMandatoryVariableErrors, …WithNestedExpansion, TestPrecedence, TestSubstitutionFunctionChoice
    ['not ok ${UNSET_VAR:?Mandatory Variable Unset}', 'UNSET_VAR', 'Mandatory Variable Unset'],
    ['not ok ${BAR:?Mandatory Variable Empty}', 'BAR', 'Mandatory Variable Empty'],
    ['not ok ${UNSET_VAR:?}', 'UNSET_VAR', ''],
    ['not ok ${UNSET_VAR?Mandatory Variable Unset}', 'UNSET_VAR', 'Mandatory Variable Unset'],
    ['not ok ${UNSET_VAR?}', 'UNSET_VAR', ''],
    ['not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}', 'UNSET_VAR', 'Mandatory Variable first'],
    ['not ok ${UNSET_VAR?Mandatory Variable ${FOO}}', 'UNSET_VAR', 'Mandatory Variable first'],
    ['${UNSET_VAR?bar-baz}', 'UNSET_VAR', 'bar-baz'],
    ['${VARNAME:?val?ue}', 'VARNAME', 'val?ue'],
    ['${VARNAME?val:?ue}', 'VARNAME', 'val:?ue'],
    ['${VARNAME?va-lu+e:?e}', 'VARNAME', 'va-lu+e:?e'],
    ['${VARNAME?va+lu-e:?e}', 'VARNAME', 'va+lu-e:?e'],
  ])('%s: required variable %s is missing a value: %j', (text, variable, detail) => {
    const error = failure(text);
    expect(error).toBeInstanceOf(RequiredVariableError);
    expect((error as Error).message).toBe(
      `required variable ${variable} is missing a value${detail ? `: ${detail}` : ''}`,
    );
  });

  test('TestLazyDefaultDoesNotWarn, TestLazyDefaultWarnsWhenUsed, TestLazyRequiredMessageDoesNotWarn', () => {
    expect(substitute('${A:+${A},}B')).toEqual({ result: 'B', warnings: [] });
    expect(substitute('${A:-${B}}')).toEqual({ result: '', warnings: ['B'] });
    expect(substitute('${A?${B}}', { A: 'value' })).toEqual({ result: 'value', warnings: [] });
  });
});

describe('interpolation_test.go', () => {
  test('TestInterpolate', () => {
    expect(substitute('example:${USER}', INTERPOLATION_ENV).result).toBe('example:jenny');
    expect(substitute('$FOO:/target', INTERPOLATION_ENV).result).toBe('bar:/target');
    expect(substitute('${FOO}', INTERPOLATION_ENV).result).toBe('bar');
    expect(substitute('$USER', INTERPOLATION_ENV).result).toBe('jenny');
  });

  test('TestInvalidInterpolation', () => {
    expect(failure('${', INTERPOLATION_ENV)).toBeInstanceOf(InvalidTemplateError);
  });

  test.each([
    ['{{{ ${FOO:-foo_} }}}', '{{{ foo_ }}}'],
    ['{{{ ${FOO:-foo-bar-value} }}}', '{{{ foo-bar-value }}}'],
    ['{{{ ${FOO:-foo?bar?value} }}}', '{{{ foo?bar?value }}}'],
    ['{{{ ${FOO:-foo:?bar:?value} }}}', '{{{ foo:?bar:?value }}}'],
    ['{{{ ${FOO:-foo} ${BAR:-DEFAULT_VALUE} }}}', '{{{ foo DEFAULT_VALUE }}}'],
    ['{{{ ${BAR} }}}', '{{{  }}}'],
    ['${FOO:-baz} }}}', 'baz }}}'],
    ['${FOO-baz} }}}', 'baz }}}'],
    ['${FOO:-${BAR:-${ZOT:-qix}}}', 'qix'],
    ['${FOO:-${BAR:-x}_test_${BAR:-y}}', 'x_test_y'],
    ['${FOO:-${BAR:-x}_test}', 'x_test'],
    ['${FOO:-${BAR:-${ZOT:-x}}_test}', 'x_test'],
  ])('TestValidUnexistentInterpolation: %s → %j', (text, expected) => {
    expect(substitute(text, {}).result).toBe(expected);
  });

  test.each([
    ['{{{ ${FOO:?foo_} }}}', 'foo_'],
    ['{{{ ${FOO:?foo-bar-value} }}}', 'foo-bar-value'],
    ['{{{ ${FOO:?foo} ${BAR:-DEFAULT_VALUE} }}}', 'foo'],
    ['${FOO:?foo} ${BAR:?bar}', 'foo'],
    ['${FOO:?baz} }}}', 'baz'],
    ['${FOO?baz} }}}', 'baz'],
  ])('TestValidUnexistentInterpolation: %s fails with %j', (text, detail) => {
    expect((failure(text, {}) as Error).message).toBe(`required variable FOO is missing a value: ${detail}`);
  });

  test.each([
    ['{{{ ${FOO:-foo_} }}}', '{{{ bar }}}'],
    ['{{{ ${FOO:-foo-bar-value} }}}', '{{{ bar }}}'],
    ['{{{ ${FOO:-foo} ${BAR:-DEFAULT_VALUE} }}}', '{{{ bar DEFAULT_VALUE }}}'],
    ['{{{ ${BAR} }}}', '{{{  }}}'],
    ['${FOO:-baz} }}}', 'bar }}}'],
    ['${FOO-baz} }}}', 'bar }}}'],
    ['{{{ ${FOO:-foo} ${USER:-bar} }}}', '{{{ bar jenny }}}'],
    ['{{{ ${USER} }}}', '{{{ jenny }}}'],
  ])('TestValidExistentInterpolation: %s → %j', (text, expected) => {
    expect(substitute(text, INTERPOLATION_ENV).result).toBe(expected);
  });
});
