import {
  InputError,
  parseDuration,
  parseJsonOrList,
  readBoolean,
  readDuration,
  readEnum,
  readInteger,
  readJsonObject,
  readList,
  readLogin,
  readString,
} from '../../src/index.js';

function withInputs(inputs: Record<string, string>, body: () => void): void {
  const saved = { ...process.env };
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  try {
    body();
  } finally {
    process.env = saved;
  }
}

describe('input readers', () => {
  test('a required string names the input when missing', () => {
    withInputs({}, () => {
      expect(() => readString('kubeconfig', { required: true })).toThrow('Input "kubeconfig" is required');
      expect(readString('kubeconfig', { default: 'x' })).toBe('x');
    });
  });

  test('enum accepts listed values case-insensitively and lists them when wrong', () => {
    withInputs({ validate: 'Schema', strategy: 'rolling' }, () => {
      expect(readEnum('validate', ['structure', 'schema', 'none'] as const)).toBe('schema');
      expect(() => readEnum('strategy', ['basic', 'canary'] as const)).toThrow(
        'Input "strategy" is "rolling": use one of basic, canary',
      );
    });
  });

  test('booleans accept the YAML 1.2 core words and nothing else', () => {
    withInputs({ a: 'true', b: 'False', c: 'maybe' }, () => {
      expect(readBoolean('a')).toBe(true);
      expect(readBoolean('b')).toBe(false);
      expect(readBoolean('missing', true)).toBe(true);
      expect(() => readBoolean('c')).toThrow('Input "c" is "maybe": use true or false');
    });
  });

  test('integers are checked for form and range', () => {
    withInputs({ n: '4', big: '65', word: 'four', neg: '-1' }, () => {
      expect(readInteger('n', { min: 1, max: 64 })).toBe(4);
      expect(() => readInteger('big', { min: 1, max: 64 })).toThrow(
        'Input "big" is 65: use a whole number from 1 to 64',
      );
      expect(() => readInteger('word', { min: 1, max: 64 })).toThrow('is "four"');
      expect(() => readInteger('neg', { min: 0 })).toThrow(InputError);
      expect(readInteger('absent', { default: 8 })).toBe(8);
    });
  });

  test('durations', () => {
    expect(parseDuration('300')).toBe(300_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('soon')).toBeUndefined();
    withInputs({ timeout: 'later' }, () =>
      expect(() => readDuration('timeout', '5m')).toThrow('Input "timeout" is "later"'),
    );
    withInputs({}, () => expect(readDuration('timeout', '5m')).toBe(300_000));
  });

  test('lists drop blank lines and comments', () => {
    withInputs({ paths: ' k8s/\n\n# old\n  base/*.yaml  \n' }, () => {
      expect(readList('paths')).toEqual(['k8s/', 'base/*.yaml']);
    });
  });

  test('JSON or newline lists', () => {
    const parse = (value: string) =>
      parseJsonOrList(
        'images',
        value,
        (line) => ({ ref: line }),
        (item) => item as { ref: string },
      );
    expect(parse('a\nb')).toEqual([{ ref: 'a' }, { ref: 'b' }]);
    expect(parse('["a", {"ref": "b"}]')).toEqual([{ ref: 'a' }, { ref: 'b' }]);
    expect(() => parse('[oops')).toThrow('Input "images" is not valid JSON');
    expect(() => parse('{"a": 1}')).toThrow('is JSON but not an array');
  });

  test('JSON objects', () => {
    withInputs({ checksums: '{"a":"b"}', bad: '[1]', broken: '{' }, () => {
      expect(readJsonObject('checksums')).toEqual({ a: 'b' });
      expect(readJsonObject('absent')).toEqual({});
      expect(() => readJsonObject('bad')).toThrow('Input "bad" must be a JSON object');
      expect(() => readJsonObject('broken')).toThrow('Input "broken" is not valid JSON');
    });
  });

  test('a login needs both username and password, or neither', () => {
    withInputs({ username: 'ci', password: 'hunter22' }, () =>
      expect(readLogin()).toEqual({ username: 'ci', password: 'hunter22' }),
    );
    withInputs({}, () => expect(readLogin()).toEqual({ username: '', password: '' }));
    withInputs({ username: 'ci' }, () =>
      expect(() => readLogin()).toThrow('Input "password" is empty but username is set'),
    );
    withInputs({ password: 'hunter22' }, () =>
      expect(() => readLogin()).toThrow('Input "username" is empty but password is set'),
    );
  });
});
