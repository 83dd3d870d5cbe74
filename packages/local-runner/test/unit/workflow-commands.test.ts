import {
  applyMasks,
  evaluateDefault,
  inputVariable,
  parseFileCommands,
  parseWorkflowCommands,
} from '../../src/index.js';

describe('file commands', () => {
  test('name=value and heredocs', () => {
    expect(parseFileCommands('a=1\nb<<EOF\nline 1\nline 2\nEOF\nc=x=y\n')).toEqual({
      a: '1',
      b: 'line 1\nline 2',
      c: 'x=y',
    });
  });
  test('an unclosed heredoc is an error, as on the runner', () => {
    expect(() => parseFileCommands('b<<EOF\nvalue\n')).toThrow('no closing delimiter');
  });
});

describe('workflow commands', () => {
  test('annotations with escaped properties and data', () => {
    const parsed = parseWorkflowCommands('::error file=a%2Cb.yaml,line=3,title=Bad%3A yaml::first%0Asecond\nplain');
    expect(parsed.annotations).toEqual([
      { level: 'error', message: 'first\nsecond', file: 'a,b.yaml', line: 3, title: 'Bad: yaml' },
    ]);
    expect(parsed.log).toBe('Error: first\nsecond\nplain');
  });
  test('masks apply to the log, longest first', () => {
    const parsed = parseWorkflowCommands('::add-mask::abc\n::add-mask::abcdef\nvalue abcdef abc');
    expect(parsed.masks).toEqual(['abc', 'abcdef']);
    expect(parsed.log).toBe('value *** ***');
    expect(applyMasks('x', [''])).toBe('x');
  });
});

describe('inputs', () => {
  test('variable names follow the runner: upper case, spaces to underscores, hyphens kept', () => {
    expect(inputVariable('tag pattern')).toBe('INPUT_TAG_PATTERN');
    expect(inputVariable('force-conflicts')).toBe('INPUT_FORCE-CONFLICTS');
  });
  test('defaults evaluate github, runner and env expressions', () => {
    const context = { github: { sha: 'abc' }, runner: { temp: '/t' }, env: { X: '1' } };
    expect(evaluateDefault('${{ github.sha }}-${{runner.temp}}-${{ env.X }}', context)).toBe('abc-/t-1');
    expect(() => evaluateDefault('${{ secrets.TOKEN }}', context)).toThrow('unsupported expression');
  });
});
