import { decodeKubeconfigInput } from '../../src/kubeconfig-input.js';

const TOKEN = 'zq8Xv3Lw9Rt2Nc7Ym4Kp6Hs1';
const kubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: ci
  cluster:
    server: https://127.0.0.1:6443
users:
- name: deployer
  user:
    token: ${TOKEN}
contexts:
- name: ci
  context: { cluster: ci, user: deployer }
current-context: ci
`;
const base64 = (text: string) => Buffer.from(text).toString('base64');

/** The message of what `fn` throws, checked to hold no run of 8 characters of `secret`. */
function refusal(fn: () => unknown, secret: string): string {
  try {
    fn();
  } catch (error) {
    const message = (error as Error).message;
    for (let i = 0; i + 8 <= secret.length; i += 1) expect(message).not.toContain(secret.slice(i, i + 8));
    return message;
  }
  throw new Error('expected a refusal');
}

describe('the kubeconfig input', () => {
  test('plain YAML is taken as it is', () => {
    expect(decodeKubeconfigInput(kubeconfig)).toEqual({ content: kubeconfig, encoding: 'plain' });
    // Key order does not matter, nor a comment or document marker first; JSON is YAML too.
    const reordered = `# ci cluster\n---\ncurrent-context: ci\nclusters: []\n`;
    expect(decodeKubeconfigInput(reordered).encoding).toBe('plain');
    const json = JSON.stringify({ kind: 'Config', apiVersion: 'v1', clusters: [] });
    expect(decodeKubeconfigInput(json)).toEqual({ content: json, encoding: 'plain' });
    expect(decodeKubeconfigInput(JSON.stringify({ kind: 'Config', apiVersion: 'v1' }, null, 2)).encoding).toBe('plain');
  });

  test('base64, in one line or wrapped at 76 columns, padded or not, standard or URL-safe', () => {
    const encoded = base64(kubeconfig);
    expect(decodeKubeconfigInput(encoded)).toEqual({ content: kubeconfig, encoding: 'base64' });
    expect(decodeKubeconfigInput(`${encoded}\n`).content).toBe(kubeconfig);
    const wrapped = encoded.match(/.{1,76}/g)!.join('\n');
    expect(decodeKubeconfigInput(wrapped).content).toBe(kubeconfig);
    // A length that needs padding, without it.
    const padded = base64(`${kubeconfig}#`);
    expect(padded.endsWith('=')).toBe(true);
    expect(decodeKubeconfigInput(padded.replace(/=+$/, '')).content).toBe(`${kubeconfig}#`);
    const urlSafe = Buffer.from(`${kubeconfig}# ~~~???>>>`).toString('base64url');
    expect(urlSafe).toMatch(/[-_]/);
    expect(decodeKubeconfigInput(urlSafe).content).toBe(`${kubeconfig}# ~~~???>>>`);
  });

  test('neither a kubeconfig nor one in base64: one line naming the input, no content', () => {
    const token = refusal(() => decodeKubeconfigInput(TOKEN), TOKEN);
    expect(token).toBe(
      'Input "kubeconfig" is neither a kubeconfig (YAML with apiVersion and clusters) nor one in base64: put the output of kubectl config view --raw --minify in the secret, as it is or in base64',
    );
    expect(refusal(() => decodeKubeconfigInput(`user:\n  token: ${TOKEN}\n`), TOKEN)).toBe(token);
    // Base64 of something else: of a token, and of bytes that are not text.
    const other = refusal(() => decodeKubeconfigInput(base64(`token: ${TOKEN}`)), TOKEN);
    expect(other).toMatch(
      /^Input "kubeconfig" is base64 that does not decode to a kubeconfig \(YAML with apiVersion and clusters\): /,
    );
    expect(other).not.toContain('\n');
    expect(
      refusal(
        () =>
          decodeKubeconfigInput(
            Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88]).toString('base64'),
          ),
        TOKEN,
      ),
    ).toBe(token);
    // The base64 of a kubeconfig, cut short: no longer text that reads as one.
    expect(refusal(() => decodeKubeconfigInput(base64(kubeconfig).slice(0, 8)), TOKEN)).toBe(token);
  });
});
