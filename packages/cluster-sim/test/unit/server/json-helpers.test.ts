import { cloneJson, cloneSharing } from '../../../src/json-clone.js';
import { canonical, semanticEqual, templateHash, withoutHashLabel } from '../../../src/controllers/util.js';

describe('cloneSharing', () => {
  const base = {
    metadata: { name: 'a', labels: { app: 'a' } },
    spec: { containers: [{ name: 'app', image: 'x:1' }], replicas: 1 },
    status: { phase: 'Running' },
  };

  it('copies like cloneJson and shares the parts equal to the base', () => {
    const input = cloneJson(base) as any;
    input.status = { phase: 'Succeeded' };
    input.extra = undefined;
    const out = cloneSharing(input, base) as any;
    expect(out).toEqual(cloneJson(input));
    expect(out).not.toBe(base);
    expect(out.metadata).toBe(base.metadata);
    expect(out.spec).toBe(base.spec);
    expect(out.status).not.toBe(input.status);
    expect('extra' in out).toBe(false);
  });

  it('returns the base when nothing differs (keys holding undefined count as absent)', () => {
    const input = { ...cloneJson(base), more: undefined };
    expect(cloneSharing(input, base)).toBe(base);
  });

  it('never returns parts of its input', () => {
    const input = cloneJson(base) as any;
    input.spec.containers.push({ name: 'side', image: 'y' });
    input.metadata.labels = { app: 'b' };
    const out = cloneSharing(input, base) as any;
    expect(out).toEqual(input);
    expect(out.spec.containers).not.toBe(input.spec.containers);
    expect(out.spec.containers[0]).toBe(base.spec.containers[0]);
    expect(out.spec.containers[1]).not.toBe(input.spec.containers[1]);
    expect(out.metadata.labels).not.toBe(input.metadata.labels);
    expect(cloneSharing(input, undefined)).not.toBe(input);
  });

  it('does not share between an array and an object', () => {
    const out = cloneSharing({ a: [1] }, { a: { 0: 1 } }) as any;
    expect(Array.isArray(out.a)).toBe(true);
  });
});

describe('semanticEqual', () => {
  const viaCanonical = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
  const cases: Array<[unknown, unknown]> = [
    [{ a: 1 }, { a: 1 }],
    [{ a: 1, b: null }, { a: 1 }],
    [
      { a: 1, b: {} },
      { a: 1, b: [] },
    ],
    [{ a: [null, 1] }, { a: [1] }],
    [{ a: [1, 2] }, { a: [2, 1] }],
    [{ a: { b: { c: null } } }, {}],
    [{ a: 0 }, {}],
    [{ a: false }, { a: false }],
    [{ a: '' }, { a: undefined }],
    [{ a: '1' }, { a: 1 }],
    [{ a: [1] }, { a: { 0: 1 } }],
    [[], undefined],
    [null, {}],
    [{ constructor: 'x' }, {}],
    [{}, { constructor: 'x' }],
    [{ toString: 'x' }, { toString: 'x' }],
    [
      { conditions: [{ type: 'Ready', status: 'True', lastProbeTime: null }] },
      { conditions: [{ status: 'True', type: 'Ready' }] },
    ],
    [{ x: [{}, { a: 1 }] }, { x: [{ a: 1 }] }],
    [{ x: [{ a: 1 }, { a: 2 }] }, { x: [{ a: 1 }] }],
    [1, 1],
    ['a', 'b'],
  ];
  it.each(cases)('agrees with comparing canonical JSON: %j vs %j', (a, b) => {
    expect(semanticEqual(a, b)).toBe(viaCanonical(a, b));
    expect(semanticEqual(b, a)).toBe(viaCanonical(b, a));
  });
});

describe('withoutHashLabel', () => {
  it('drops pod-template-hash without changing the template', () => {
    const template = { metadata: { labels: { app: 'a', 'pod-template-hash': 'h' } }, spec: { x: 1 } };
    const out = withoutHashLabel(template) as any;
    expect(out).toEqual({ metadata: { labels: { app: 'a' } }, spec: { x: 1 } });
    expect(template.metadata.labels['pod-template-hash']).toBe('h');
    expect(withoutHashLabel(undefined)).toEqual({});
  });

  it('keeps the hash of a template the same with or without the label', () => {
    const template = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'i' }] } };
    const labelled = { ...template, metadata: { labels: { app: 'a', 'pod-template-hash': 'zzz' } } };
    expect(templateHash(labelled)).toBe(templateHash(template));
  });
});
