import {
  canonicalJson,
  contentHash,
  isSopsEncrypted,
  objectHash,
  parseManifests,
  templateHash,
} from '../../src/index.js';
import { obj } from './helpers.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('canonicalJson', () => {
  test('sorts keys at every level, keeps array order, drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('contentHash', () => {
  test('is sha256:<hex> and independent of key order and YAML formatting', () => {
    const [a] = parseManifests(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  x: "1"\n  y: |\n    line\n',
      'a.yaml',
    );
    const [b] = parseManifests(
      '# a comment\nkind: ConfigMap\napiVersion: v1\nmetadata:\n  name: a\n  labels: {changed: label}\ndata: {y: "line\\n", x: \'1\'}\n',
      'b.yaml',
    );
    expect(contentHash(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentHash(a)).toBe(contentHash(b));
  });

  test('changes when a value, a key or the kind changes', () => {
    const base = obj('ConfigMap', 'a', { data: { x: '1' } });
    expect(contentHash(base)).not.toBe(contentHash(obj('ConfigMap', 'a', { data: { x: '2' } })));
    expect(contentHash(base)).not.toBe(contentHash(obj('ConfigMap', 'a', { data: { y: '1' } })));
    expect(contentHash(base)).not.toBe(
      contentHash(obj('ConfigMap', 'a', { data: { x: '1' }, binaryData: { z: b64('z') } })),
    );
    expect(contentHash(obj('Secret', 's', { data: { x: b64('1') } }))).not.toBe(
      contentHash(obj('Secret', 's', { data: { x: b64('2') } })),
    );
  });

  test('a Secret hashes its bytes: stringData and base64 data of the same value are the same', () => {
    const fromData = obj('Secret', 's', { type: 'Opaque', data: { password: b64('hunter2') } });
    const fromString = obj('Secret', 's', { stringData: { password: 'hunter2' } });
    const wrapped = obj('Secret', 's', {
      data: { password: `${b64('hunter2').slice(0, 4)}\n${b64('hunter2').slice(4)}` },
    });
    expect(contentHash(fromData)).toBe(contentHash(fromString));
    expect(contentHash(fromData)).toBe(contentHash(wrapped));
  });

  test('stringData wins over data for the same key, as the API server merges them', () => {
    const both = obj('Secret', 's', { data: { a: b64('old'), b: b64('keep') }, stringData: { a: 'new' } });
    expect(contentHash(both)).toBe(contentHash(obj('Secret', 's', { stringData: { a: 'new', b: 'keep' } })));
  });

  test('the Secret type counts; Opaque is the default', () => {
    const opaque = obj('Secret', 's', { stringData: { a: 'x' } });
    expect(contentHash(opaque)).toBe(contentHash(obj('Secret', 's', { type: 'Opaque', stringData: { a: 'x' } })));
    expect(contentHash(opaque)).not.toBe(
      contentHash(obj('Secret', 's', { type: 'kubernetes.io/basic-auth', stringData: { a: 'x' } })),
    );
  });

  test('a ConfigMap keeps data (text) and binaryData apart', () => {
    expect(contentHash(obj('ConfigMap', 'c', { data: { a: 'x' } }))).not.toBe(
      contentHash(obj('ConfigMap', 'c', { binaryData: { a: b64('x') } })),
    );
  });

  test('metadata does not count', () => {
    expect(contentHash(obj('ConfigMap', 'c', { data: { a: 'x' } }))).toBe(
      contentHash(
        obj('ConfigMap', 'c', { metadata: { annotations: { note: 'n' } }, immutable: false, data: { a: 'x' } }),
      ),
    );
  });

  test('a sops-encrypted Secret is hashed on its encrypted values, never decoded', () => {
    const encrypted = (value: string, mac: string) =>
      obj('Secret', 's', {
        data: { password: `ENC[AES256_GCM,data:${value},iv:abc,tag:def,type:str]` },
        sops: { mac, version: '3.9.0' },
      });
    const a = encrypted('Zm9v', 'ENC[mac1]');
    expect(isSopsEncrypted(a)).toBe(true);
    expect(isSopsEncrypted(obj('Secret', 'plain'))).toBe(false);
    expect(contentHash(a)).toBe(contentHash(encrypted('Zm9v', 'ENC[mac1]')));
    expect(contentHash(a)).not.toBe(contentHash(encrypted('YmFy', 'ENC[mac2]')));
    expect(contentHash(a)).not.toBe(contentHash(encrypted('Zm9v', 'ENC[mac2]')));
  });
});

describe('objectHash and templateHash', () => {
  const deployment = (image: string, extra: Record<string, unknown> = {}) =>
    obj('Deployment', 'web', {
      metadata: { namespace: 'shop', ...extra },
      spec: { replicas: 2, template: { spec: { containers: [{ name: 'web', image }] } } },
    });

  test('objectHash ignores server-set metadata and status, not the spec', () => {
    const plain = deployment('web:1');
    const noisy = {
      ...deployment('web:1', {
        resourceVersion: '42',
        uid: 'u',
        creationTimestamp: 't',
        generation: 3,
        managedFields: [],
      }),
      status: { replicas: 2 },
    };
    expect(objectHash(plain)).toBe(objectHash(noisy));
    expect(objectHash(plain)).toBe(
      objectHash(deployment('web:1', { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' } })),
    );
    expect(objectHash(plain)).not.toBe(objectHash(deployment('web:2')));
    expect(objectHash(plain)).not.toBe(objectHash(deployment('web:1', { labels: { a: 'b' } })));
  });

  test('templateHash changes only with the pod template', () => {
    const a = deployment('web:1');
    const scaled = deployment('web:1');
    (scaled.spec as any).replicas = 5;
    expect(templateHash(a)).toBe(templateHash(scaled));
    expect(templateHash(a)).not.toBe(templateHash(deployment('web:2')));
    expect(templateHash(obj('Service', 's'))).toBeUndefined();
  });
});
