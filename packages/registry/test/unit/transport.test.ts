import {
  chooseScheme,
  isLoopbackHost,
  normaliseInsecureEntry,
  registryBaseUrl,
  splitHostPort,
} from '../../src/index.js';

describe('transport choice', () => {
  test.each([
    ['localhost', 'http'],
    ['localhost:5000', 'http'],
    ['127.0.0.1:5000', 'http'],
    ['127.12.0.9', 'http'],
    ['[::1]:5000', 'http'],
    ['ghcr.io', 'https'],
    ['128.0.0.1:5000', 'https'],
    ['127.example.com', 'https'],
    ['docker.io', 'https'],
  ])('%s → %s', (registry, scheme) => {
    expect(chooseScheme(registry).scheme).toBe(scheme);
  });

  test('hosts listed as insecure use HTTP and are marked insecure (the client warns)', () => {
    expect(chooseScheme('registry.lan:5000', ['registry.lan:5000'])).toEqual({ scheme: 'http', insecure: true });
    expect(chooseScheme('registry.lan:5000', ['http://registry.lan'])).toEqual({ scheme: 'http', insecure: true });
    expect(chooseScheme('registry.lan:5000', ['other.lan'])).toEqual({ scheme: 'https', insecure: false });
    expect(chooseScheme('127.0.0.1:5000', ['127.0.0.1:5000'])).toEqual({ scheme: 'http', insecure: false });
  });

  test('base URLs, with Docker Hub at registry-1.docker.io', () => {
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
  });

  test('helpers', () => {
    expect(splitHostPort('[fc00::1]:5000')).toEqual({ host: 'fc00::1', port: '5000' });
    expect(splitHostPort('ghcr.io')).toEqual({ host: 'ghcr.io' });
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
    expect(normaliseInsecureEntry(' HTTP://Reg.lan:5000/v2/ ')).toBe('reg.lan:5000');
  });
});
