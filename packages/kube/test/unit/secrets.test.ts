import { manifestSecretValues, redactor } from '../../src/secrets.js';

test('every value of the Secrets in the manifests, data both as written and decoded; nothing of other kinds', () => {
  const values = manifestSecretValues([
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      stringData: { password: 'plain-password' },
      data: { token: Buffer.from('decoded-token').toString('base64') },
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { mode: 'not-a-secret' } },
    { apiVersion: 'example.com/v1', kind: 'Secret', metadata: { name: 'x' }, data: { a: 'custom-kind' } },
  ]);
  expect(values).toEqual(['plain-password', Buffer.from('decoded-token').toString('base64'), 'decoded-token']);
});

test('the redactor removes a value, its lines and its base64 form, longest first', () => {
  const redact = redactor(['line-one-secret\nline-two-secret', 'abcd']);
  expect(redact('saw line-two-secret and abcdXYZ')).toBe('saw *** and ***XYZ');
  expect(redact(`b64 ${Buffer.from('line-one-secret\nline-two-secret').toString('base64')}`)).toBe('b64 ***');
  expect(redactor([])('unchanged')).toBe('unchanged');
});
