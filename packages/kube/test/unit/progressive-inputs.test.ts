import { InputError } from '@kra/core';
import {
  checkSecrets,
  describeStep,
  fillPlaceholders,
  holds,
  judge,
  parseAnalysis,
  parseCondition,
  parseSteps,
  resolvePlan,
  withoutSecrets,
} from '../../src/index.js';

/** The steps and analysis inputs: parsed and checked before anything changes, errors naming the input. */

const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
};

describe('steps', () => {
  test("weights, timed and untimed pauses (also in Argo Rollouts' spelling) and analysis steps", () => {
    const steps = parseSteps(
      'steps',
      '- weight: 10\n- pause: 90s\n- setWeight: 30\n- pause: { duration: 5m }\n- analysis: error-rate\n- analysis: [a, b]\n- pause: {}\n- pause: until-promoted',
    );
    expect(steps).toEqual([
      { weight: 10 },
      { pause: { durationMs: 90_000 } },
      { weight: 30 },
      { pause: { durationMs: 300_000 } },
      { analysis: ['error-rate'] },
      { analysis: ['a', 'b'] },
      { pause: 'until-promoted' },
      { pause: 'until-promoted' },
    ]);
    expect(steps.map(describeStep).slice(0, 5)).toEqual([
      'weight 10%',
      'pause 90s',
      'weight 30%',
      'pause 5m',
      'analysis error-rate',
    ]);
  });

  test('a bad step fails naming the input and the step', () => {
    expect(message(() => parseSteps('steps', '- weight: 120'))).toBe(
      'Input "steps" step 1: weight is 120: use a whole number from 0 to 100',
    );
    expect(message(() => parseSteps('steps', '- weight: 10\n- wait: 5m'))).toBe(
      'Input "steps" step 2 is "wait": use weight, pause or analysis',
    );
    expect(message(() => parseSteps('steps', '- pause: soon'))).toBe(
      'Input "steps" step 1: pause is "soon": use a duration (30s, 5m) or until-promoted',
    );
    expect(message(() => parseSteps('steps', 'weight: 10'))).toBe(
      'Input "steps" must be a YAML list of steps (- weight: 20, - pause: 5m, …)',
    );
  });

  test('the default plans, and plans checked against the strategy and the checks', () => {
    expect(resolvePlan({ strategy: 'canary', steps: [], checks: [] })).toEqual([
      { weight: 20 },
      { pause: 'until-promoted' },
    ]);
    expect(resolvePlan({ strategy: 'canary', steps: [], percentage: 35, checks: [] })).toEqual([
      { weight: 35 },
      { pause: 'until-promoted' },
    ]);
    expect(resolvePlan({ strategy: 'blue-green', steps: [], checks: [] })).toEqual([{ pause: 'until-promoted' }]);
    expect(message(() => resolvePlan({ strategy: 'blue-green', steps: [{ weight: 50 }], checks: [] }))).toBe(
      'Input "steps" step 1 sets a weight, but blue-green switches all traffic at promote: use pause and analysis steps',
    );
    expect(
      message(() =>
        resolvePlan({ strategy: 'canary', steps: [{ weight: 5 }, { analysis: ['latency'] }], checks: ['errors'] }),
      ),
    ).toBe('Input "steps" step 2 runs check "latency", which the "analysis" input does not define (it has errors)');
    expect(message(() => resolvePlan({ strategy: 'canary', steps: [{ pause: 'until-promoted' }], checks: [] }))).toBe(
      'Input "steps" has no weight step: a canary needs at least one (- weight: 20)',
    );
    expect(
      message(() => resolvePlan({ strategy: 'canary', steps: [{ weight: 5 }], percentage: 5, checks: [] })),
    ).toMatch(/^Input "percentage" and "steps" are both set/);
  });
});

describe('conditions', () => {
  test('comparisons of result joined by && and ||', () => {
    const c = parseCondition('result < 0.05 || result >= 1 && result <= 2');
    expect([0.01, 0.05, 1, 1.5, 2, 3].map((v) => holds(c, v))).toEqual([true, false, true, true, true, false]);
    expect(() => parseCondition('result < x')).toThrow('"result < x" is not a comparison');
    expect(() => parseCondition('')).toThrow('is empty');
  });

  test('a measurement judged as Argo Rollouts judges it', () => {
    const success = parseCondition('result < 0.05');
    const failure = parseCondition('result >= 0.2');
    expect([0.01, 0.1, 0.3].map((v) => judge(v, success, failure))).toEqual(['successful', 'inconclusive', 'failed']);
    expect([0.01, 0.1].map((v) => judge(v, success))).toEqual(['successful', 'failed']);
    expect([0.1, 0.3].map((v) => judge(v, undefined, failure))).toEqual(['successful', 'failed']);
  });
});

describe('analysis', () => {
  const text = `
- name: error-rate
  type: prometheus
  address: http://prometheus.monitoring:9090
  query: sum(rate(errors{version="{{version}}", pod=~"{{ name }}-.*"}[1m]))
  success: result < 0.05
  interval: 30s
  bearer-token: prom-secret-token
- name: smoke
  type: http
  url: https://{{name}}.{{namespace}}.example.com/healthz
  headers: { Authorization: Basic c2VjcmV0, X-Probe: k8s-deploy }
  status: [200, 204]
  json-path: $.checks[0].ok
  equals: "true"
`;

  test('checks with their defaults; secrets masked and never stored', () => {
    const checks = parseAnalysis('analysis', text);
    expect(checks[0]).toMatchObject({
      type: 'prometheus',
      name: 'error-rate',
      intervalMs: 30_000,
      count: 3,
      failureLimit: 0,
      timeoutMs: 10_000,
    });
    expect(checks[1]).toMatchObject({
      type: 'http',
      method: 'GET',
      status: [200, 204],
      jsonPath: '$.checks[0].ok',
      equals: 'true',
    });
    expect(checkSecrets(checks)).toEqual(['prom-secret-token', 'Basic c2VjcmV0']);
    const stored = JSON.stringify(withoutSecrets(checks));
    expect(stored).not.toContain('prom-secret-token');
    expect(stored).not.toContain('c2VjcmV0');
    expect(stored).toContain('"tokenWithheld":true');
    expect(stored).toContain('"X-Probe":"k8s-deploy"');
    expect(
      fillPlaceholders((checks[0] as any).query, { version: '1.4.0', namespace: 'shop', name: 'web-canary' }),
    ).toBe('sum(rate(errors{version="1.4.0", pod=~"web-canary-.*"}[1m]))');
  });

  test('a bad check fails naming the input, the check and the key', () => {
    const base = '- name: e\n  type: prometheus\n  address: http://p:9090\n  query: up\n';
    expect(message(() => parseAnalysis('analysis', base))).toBe(
      'Input "analysis" check "e": needs "success" or "failure" (for example success: result < 0.05)',
    );
    expect(message(() => parseAnalysis('analysis', `${base}  success: result < 1\n  treshold: 3\n`))).toMatch(
      /^Input "analysis" check "e": unknown key "treshold" \(a prometheus check takes name, type, /,
    );
    expect(message(() => parseAnalysis('analysis', `${base}  success: below 1\n`))).toMatch(
      /check "e": "success" "below 1" is not a comparison/,
    );
    expect(
      message(() => parseAnalysis('analysis', base.replace('up', 'up{app="{{app}}"}') + '  success: result > 0\n')),
    ).toBe(
      'Input "analysis" check "e": "query" refers to {{app}}: only {{version}}, {{namespace}}, {{name}} are filled in',
    );
    expect(
      message(() =>
        parseAnalysis('analysis', base.replace('http://p:9090', 'http://user:pw@p:9090') + '  success: result > 0\n'),
      ),
    ).toBe('Input "analysis" check "e": "address" must not hold credentials: use "bearer-token" or "headers"');
    expect(
      message(() => parseAnalysis('analysis', `${base}  success: result > 0\n${base}  success: result > 0\n`)),
    ).toBe('Input "analysis" check "e" is defined twice: give each check its own name');
    expect(message(() => parseAnalysis('analysis', '- name: h\n  type: http\n  url: http://x\n  equals: ok\n'))).toBe(
      'Input "analysis" check "h": "equals" and "success" judge the value at "json-path": set json-path too',
    );
    expect(message(() => parseAnalysis('analysis', '- name: x\n  type: graphite\n'))).toBe(
      'Input "analysis" check "x": "type" is "graphite": use prometheus or http',
    );
  });
});
