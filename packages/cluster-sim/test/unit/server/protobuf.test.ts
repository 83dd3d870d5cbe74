import { decodeProtobufObject } from '../../../src/server/protobuf.js';
import { StatusError } from '../../../src/api/errors.js';

// Minimal protobuf writer for the test: (field, wire type) tags, varints, length-delimited fields.
function varint(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return out;
}
const str = (field: number, text: string) => bytes(field, Buffer.from(text));
const bytes = (field: number, data: Buffer | number[]) => [
  ...varint((field << 3) | 2),
  ...varint(data.length),
  ...data,
];
const int = (field: number, n: number) => [...varint(field << 3), ...varint(n)];
const envelope = (apiVersion: string, kind: string, raw: number[]) =>
  Buffer.from([
    ...Buffer.from('k8s\u0000', 'latin1'),
    ...bytes(1, [...str(1, apiVersion), ...str(2, kind)]),
    ...bytes(2, raw),
  ]);

function statusOf(fn: () => unknown): StatusError {
  try {
    fn();
  } catch (error) {
    return error as StatusError;
  }
  throw new Error('expected an error');
}

describe('protobuf request bodies', () => {
  test('a ConfigMap decodes; Go zero values are left out', () => {
    const raw = [
      ...bytes(1, [...str(1, 'cfg'), ...str(3, ''), ...bytes(8, [])]),
      ...bytes(2, [...str(1, 'k'), ...str(2, 'v')]),
      ...int(4, 0),
    ];
    expect(decodeProtobufObject(envelope('v1', 'ConfigMap', raw))).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg' },
      data: { k: 'v' },
    });
  });

  test('a field the decoder does not model is refused when it holds a value, never dropped', () => {
    const raw = [...bytes(1, str(1, 'web')), ...bytes(2, [...int(1, 2), ...int(99, 1)])];
    const error = statusOf(() => decodeProtobufObject(envelope('apps/v1', 'Deployment', raw)));
    expect(error.code).toBe(415);
    expect(error.message).toContain('.spec field 99 is not modelled');
    const zero = [...bytes(1, str(1, 'web')), ...bytes(2, [...int(1, 0), ...int(99, 0)])];
    expect(decodeProtobufObject(envelope('apps/v1', 'Deployment', zero)).spec).toEqual({ replicas: 0 });
  });

  test('kinds without a decoder get a 415 naming the JSON alternative; bad magic a 400', () => {
    expect(statusOf(() => decodeProtobufObject(envelope('apps/v1', 'StatefulSet', []))).message).toMatch(
      /send StatefulSet as application\/json/,
    );
    expect(statusOf(() => decodeProtobufObject(Buffer.from('{"kind":"x"}'))).code).toBe(400);
  });
});
