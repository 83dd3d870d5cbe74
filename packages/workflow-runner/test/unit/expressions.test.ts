import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { evaluateCondition, evaluateExpression } from '../../src/index.js';
import { evaluateToken } from '../../src/expressions.js';

const contexts = {
  github: { ref: 'refs/tags/v1.4.0', event: { release: { tag_name: 'v1.4.0', prerelease: false } } },
  needs: { plan: { result: 'success', outputs: { version: '1.4.0', environments: 'staging production' } } },
  vars: { REGISTRY: '' },
  inputs: { 'staging-environment': 'staging' },
};

describe('expressions', () => {
  test('contexts, operators and functions, case-insensitively, as the runner evaluates them', () => {
    expect(evaluateExpression("needs.plan.outputs.version == '1.4.0'", contexts)).toBe(true);
    expect(evaluateExpression("vars.REGISTRY || format('ghcr.io/{0}', 'acme')", contexts)).toBe('ghcr.io/acme');
    expect(evaluateExpression('GITHUB.EVENT.RELEASE.TAG_NAME', contexts)).toBe('v1.4.0');
    expect(evaluateExpression("contains(needs.plan.outputs.environments, 'production')", contexts)).toBe(true);
    expect(evaluateExpression('fromJSON(\'{"a":[1,2]}\').a[1]', contexts)).toBe(2);
    expect(evaluateExpression('inputs.staging-environment', contexts)).toBe('staging');
  });

  test('status functions decide if:', () => {
    const failed = { success: false, failure: true, cancelled: false };
    expect(evaluateCondition('success()', contexts, failed)).toBe(false);
    expect(evaluateCondition('failure()', contexts, failed)).toBe(true);
    expect(evaluateCondition('always()', contexts, { success: true, failure: false, cancelled: true })).toBe(true);
    expect(
      evaluateCondition("success() && (needs.plan.outputs.version != '')", contexts, {
        success: true,
        failure: false,
        cancelled: false,
      }),
    ).toBe(true);
    expect(() => evaluateExpression('success()', contexts)).toThrow('success() is only allowed in if:');
  });

  test('an unknown context is an error, not an empty string', () => {
    expect(() => evaluateExpression('secret.TOKEN', contexts)).toThrow('does not parse');
  });

  test('a block scalar holding expressions keeps its YAML meaning (no indentation, chomping as written)', () => {
    const content =
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n          echo one\n          echo ${{ github.ref }} two\n';
    const parsed = parseWorkflow({ name: 'w.yml', content }, new NoOperationTraceWriter());
    const step = (parsed.value as any).find('jobs').find('a').find('steps').get(0);
    expect(evaluateToken(step.find('run'), contexts)).toBe('echo one\necho refs/tags/v1.4.0 two\n');
  });
});
