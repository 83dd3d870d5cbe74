import { safeJsonReason, safeYamlReason } from '../../src/parser-errors.js';

describe('parser messages without the parsed text', () => {
  test.each([
    ['unidentified alias "hunter2pass"', 'an alias (*name) that no anchor (&name) before it defines'],
    ['unknown tag !<!hunter2pass>', 'an unknown tag (a value starting with "!" must be quoted)'],
    ['tag name is malformed: !<hunter2pass', 'a malformed tag (a value starting with "!" must be quoted)'],
    ['bad indentation of a mapping entry', 'bad indentation of a mapping entry'],
    ['nesting exceeded maxDepth (512)', 'nesting exceeded maxDepth (512)'],
    ["expected the node content, but found ','", "expected the node content, but found ','"],
    // a message js-yaml may add one day, quoting what it found: replaced, not repeated
    ['unexpected thing "hunter2pass" here', 'the text cannot be read as YAML'],
    ['directive hunter2pass: x', 'the text cannot be read as YAML'],
  ])('YAML: %j → %j', (reason, safe) => {
    expect(safeYamlReason(reason)).toBe(safe);
  });

  test.each([
    [`Unexpected token 'h', ..."sword": hunter2pas"... is not valid JSON`, 'Unexpected token'],
    [`Unexpected token 'h', "hunter2" is not valid JSON`, 'Unexpected token'],
    [
      "Expected ',' or '}' after property value in JSON at position 40 (line 2 column 3)",
      "Expected ',' or '}' after property value",
    ],
    ['Unexpected end of JSON input', 'Unexpected end of JSON input'],
    ['Bad escaped character in JSON at position 12', 'Bad escaped character'],
    ['Something new about "hunter2pass"', 'the text is not valid JSON'],
  ])('JSON: %j → %j', (message, safe) => {
    expect(safeJsonReason(message)).toBe(safe);
  });
});
