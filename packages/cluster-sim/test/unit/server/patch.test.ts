import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch } from '../../../src/api/patch.js';
import { StatusError } from '../../../src/api/errors.js';

const pod = () => ({
  metadata: { name: 'p', labels: { a: '1', b: '2' }, finalizers: ['x'] },
  spec: {
    containers: [
      {
        name: 'web',
        image: 'web:1',
        env: [{ name: 'A', value: '1' }],
        ports: [{ containerPort: 80 }],
        volumeMounts: [{ name: 'v', mountPath: '/data' }],
      },
      { name: 'log', image: 'log:1' },
    ],
    volumes: [{ name: 'v', emptyDir: {} }],
    tolerations: [{ key: 't1' }],
  },
});

describe('JSON patch (RFC 6902)', () => {
  test('add, remove, replace, move, copy, test; escaped pointers; input untouched', () => {
    const doc = { a: { 'x/y': 1, 'm~n': 2 }, list: [1, 2, 3] };
    const out = applyJsonPatch(doc, [
      { op: 'add', path: '/list/1', value: 9 },
      { op: 'add', path: '/list/-', value: 4 },
      { op: 'remove', path: '/a/x~1y' },
      { op: 'replace', path: '/a/m~0n', value: 3 },
      { op: 'copy', from: '/a/m~0n', path: '/b' },
      { op: 'move', from: '/b', path: '/c' },
      { op: 'test', path: '/c', value: 3 },
    ]);
    expect(out).toEqual({ a: { 'm~n': 3 }, list: [1, 9, 2, 3, 4], c: 3 });
    expect(doc).toEqual({ a: { 'x/y': 1, 'm~n': 2 }, list: [1, 2, 3] });
  });

  test('a failed test or a missing path is a 422; a malformed patch a 400', () => {
    const fail = (patch: unknown) => {
      try {
        applyJsonPatch({ a: 1 }, patch);
      } catch (error) {
        return error as StatusError;
      }
      throw new Error('no error');
    };
    expect(fail([{ op: 'test', path: '/a', value: 2 }]).code).toBe(422);
    expect(fail([{ op: 'replace', path: '/nope', value: 2 }]).code).toBe(422);
    expect(fail([{ op: 'remove', path: '/nope' }]).code).toBe(422);
    expect(fail({ op: 'add' }).code).toBe(400);
    expect(fail([{ op: 'frob', path: '/a' }]).code).toBe(422);
  });
});

describe('JSON merge patch (RFC 7386)', () => {
  test('merges maps, null deletes, lists replace', () => {
    expect(applyMergePatch({ a: { b: 1, c: 2 }, l: [1, 2], k: 1 }, { a: { b: null, d: 3 }, l: [3], k: null })).toEqual({
      a: { c: 2, d: 3 },
      l: [3],
    });
    expect(applyMergePatch({ a: 1 }, 'x')).toBe('x');
  });
});

describe('strategic merge patch', () => {
  // Merged lists in the library's order: the patch's items in its order, the server's others
  // interleaved in theirs (the differential suite compares it with the real server's).
  test('containers merge by name, env by name, ports by containerPort, volumeMounts by mountPath', () => {
    const out = applyStrategicMergePatch(pod(), {
      spec: {
        containers: [
          {
            name: 'web',
            image: 'web:2',
            env: [{ name: 'B', value: '2' }],
            ports: [{ containerPort: 80, name: 'http' }],
            volumeMounts: [{ mountPath: '/data', readOnly: true }],
          },
          { name: 'sidecar', image: 'side:1' },
        ],
      },
    });
    const [web, sidecar, log] = out.spec.containers;
    expect(web).toEqual({
      name: 'web',
      image: 'web:2',
      env: [
        { name: 'B', value: '2' },
        { name: 'A', value: '1' },
      ],
      ports: [{ containerPort: 80, name: 'http' }],
      volumeMounts: [{ name: 'v', mountPath: '/data', readOnly: true }],
    });
    expect(log.name).toBe('log');
    expect(sidecar.name).toBe('sidecar');
  });

  test('lists without a merge key are replaced; primitive finalizers merge as a set', () => {
    const out = applyStrategicMergePatch(pod(), {
      metadata: { finalizers: ['y', 'x'] },
      spec: { tolerations: [{ key: 't2' }] },
    });
    expect(out.spec.tolerations).toEqual([{ key: 't2' }]);
    expect(out.metadata.finalizers).toEqual(['y', 'x']);
  });

  test('$patch delete and replace, $deleteFromPrimitiveList, $retainKeys, $setElementOrder, null', () => {
    const out = applyStrategicMergePatch(pod(), {
      metadata: { labels: { a: null }, '$deleteFromPrimitiveList/finalizers': ['x'] },
      spec: {
        containers: [{ name: 'log', $patch: 'delete' }],
        volumes: [{ $patch: 'replace' }, { name: 'w', configMap: { name: 'cm' } }],
        '$setElementOrder/containers': [{ name: 'web' }],
      },
    });
    expect(out.metadata.labels).toEqual({ b: '2' });
    expect(out.metadata.finalizers).toEqual([]);
    expect(out.spec.containers.map((c: any) => c.name)).toEqual(['web']);
    expect(out.spec.volumes).toEqual([{ name: 'w', configMap: { name: 'cm' } }]);
    const replaced = applyStrategicMergePatch(
      { spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } } },
      { spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } },
    );
    expect(replaced.spec.strategy).toEqual({ type: 'Recreate' });
    const whole = applyStrategicMergePatch({ spec: { a: 1, b: 2 } }, { spec: { $patch: 'replace', c: 3 } });
    expect(whole.spec).toEqual({ c: 3 });
  });

  test('items of a merged list must carry the merge key', () => {
    expect(() => applyStrategicMergePatch(pod(), { spec: { containers: [{ image: 'x' }] } })).toThrow(
      /does not contain declared merge key: name/,
    );
  });
});
