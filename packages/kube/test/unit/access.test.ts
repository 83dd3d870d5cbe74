import { ApiError, NetworkError, checkKubeconfigText, isRetryable, parseCredential } from '../../src/index.js';

test('only throttling, server errors and broken connections are retried', () => {
  for (const status of [429, 500, 502, 503, 504]) expect(isRetryable(new ApiError(status, 'x'))).toBe(true);
  for (const status of [400, 401, 403, 404, 409, 422]) expect(isRetryable(new ApiError(status, 'x'))).toBe(false);
  for (const code of ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'REQUEST_TIMEOUT'])
    expect(isRetryable(new NetworkError('GET', '/api', code))).toBe(true);
  for (const code of ['SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'ENOTFOUND', 'UNKNOWN'])
    expect(isRetryable(new NetworkError('GET', '/api', code))).toBe(false);
  expect(isRetryable(new SyntaxError('Unexpected token'))).toBe(false);
  expect(isRetryable(new Error('HTTP protocol is not allowed'))).toBe(false);
});

test('a kubeconfig YAML error is reported by line number, never with its text', () => {
  const secret = 'tok3n-abcdefghijklmnopqrstuvwxyz';
  const text = `apiVersion: v1\nusers:\n- name: ci\n  user:\n    token: *${secret}\n`;
  expect(() => checkKubeconfigText(text)).toThrow(/^Input "kubeconfig" is not valid YAML \(line 5\): /);
  try {
    checkKubeconfigText(text);
  } catch (error) {
    expect((error as Error).message).not.toContain(secret.slice(0, 8));
  }
  expect(() => checkKubeconfigText('just-a-token')).toThrow('Input "kubeconfig" is not a kubeconfig');
  expect(() => checkKubeconfigText('clusters: {a: 1}')).toThrow('Input "kubeconfig" has "clusters" that is not a list');
  expect(() => checkKubeconfigText('users: [{user: {token: x}}]')).toThrow(
    'Input "kubeconfig" has users[0] without a name',
  );
});

test('an ExecCredential needs a token or a client certificate and key', () => {
  const credential = (status: unknown) =>
    JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status });
  expect(parseCredential(credential({ token: 't' }))).toEqual({ token: 't' });
  expect(parseCredential(credential({ clientCertificateData: 'c', clientKeyData: 'k' }))).toMatchObject({
    clientCertificateData: 'c',
    clientKeyData: 'k',
  });
  expect(parseCredential(credential({ clientCertificateData: 'c' }))).toBeUndefined();
  expect(parseCredential(credential({}))).toBeUndefined();
  expect(parseCredential('{"kind":"Other","status":{"token":"t"}}')).toBeUndefined();
  expect(parseCredential('oops')).toBeUndefined();
});
