import {
  Authenticator,
  explicitCredentials,
  parseWwwAuthenticate,
  RegistryError,
  scopesCover,
} from '../../src/index.js';

describe('parseWwwAuthenticate', () => {
  test('a Docker Hub style Bearer challenge with a comma inside the quoted scope', () => {
    const [challenge] = parseWwwAuthenticate(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push"',
    );
    expect(challenge).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/nginx:pull,push',
      },
    });
  });

  test('several challenges, spaces, escapes, unquoted values and case-insensitive names', () => {
    const challenges = parseWwwAuthenticate(
      'Basic realm="Registry Realm", BEARER Realm="https://ghcr.io/token" , Service=ghcr.io,scope="repository:a/b:pull",error="insufficient_scope", Other token68abc==',
    );
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer', 'other']);
    expect(challenges[0].params).toEqual({ realm: 'Registry Realm' });
    expect(challenges[1].params).toEqual({
      realm: 'https://ghcr.io/token',
      service: 'ghcr.io',
      scope: 'repository:a/b:pull',
      error: 'insufficient_scope',
    });
    expect(parseWwwAuthenticate('Bearer realm="a \\"quoted\\" realm"')[0].params.realm).toBe('a "quoted" realm');
  });

  test('empty or junk headers give no challenge', () => {
    expect(parseWwwAuthenticate('')).toEqual([]);
    expect(parseWwwAuthenticate(' , ,')).toEqual([]);
  });
});

describe('scopesCover', () => {
  test('push,pull covers pull; pull does not cover push; other repositories are not covered', () => {
    expect(scopesCover(['repository:a:pull,push'], ['repository:a:pull'])).toBe(true);
    expect(scopesCover(['repository:a:pull'], ['repository:a:pull,push'])).toBe(false);
    expect(scopesCover(['repository:a:pull,push'], ['repository:b:pull'])).toBe(false);
    expect(
      scopesCover(['repository:a:pull', 'repository:b:pull,push'], ['repository:a:pull', 'repository:b:push']),
    ).toBe(true);
    expect(scopesCover(['repository:a:*'], ['repository:a:push'])).toBe(true);
    expect(scopesCover(['repository:127.0.0.1:5000/x:pull'], ['repository:127.0.0.1:5000/x:pull'])).toBe(true);
  });
});

interface Recorded {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

function fakeTokenServer(answer: (request: Recorded, count: number) => { status?: number; body: unknown }) {
  const requests: Recorded[] = [];
  const fetchToken = async (
    url: URL,
    init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
  ) => {
    const request = { url, ...init };
    requests.push(request);
    const { status = 200, body } = answer(request, requests.length);
    return { ok: status < 300, status, text: async () => JSON.stringify(body) };
  };
  return { requests, fetchToken };
}

const CHALLENGE =
  'Bearer realm="https://auth.example/token",service="registry.example",scope="repository:shop/web:pull"';

describe('Authenticator: the Bearer flow', () => {
  test('learns the challenge from a 401, asks the realm with service, scopes and Basic credentials, caches per scope', async () => {
    const server = fakeTokenServer((_, count) => ({ body: { token: `token-${count}`, expires_in: 300 } }));
    const auth = new Authenticator({
      credentials: explicitCredentials([{ username: 'ci', password: 's3cret-pass' }]),
      fetchToken: server.fetchToken,
    });
    expect(await auth.authorization('registry.example', ['repository:shop/web:pull'])).toBeUndefined();
    expect(await auth.unauthorized('registry.example', CHALLENGE, ['repository:shop/web:pull'], undefined)).toBe(true);

    expect(await auth.authorization('registry.example', ['repository:shop/web:pull'])).toBe('Bearer token-1');
    const first = server.requests[0];
    expect(first.url.origin + first.url.pathname).toBe('https://auth.example/token');
    expect(first.url.searchParams.get('service')).toBe('registry.example');
    expect(first.url.searchParams.getAll('scope')).toEqual(['repository:shop/web:pull']);
    expect(first.headers.Authorization).toBe(`Basic ${Buffer.from('ci:s3cret-pass').toString('base64')}`);

    // cached: same scope, no new request
    expect(await auth.authorization('registry.example', ['repository:shop/web:pull'])).toBe('Bearer token-1');
    // push needs a new token; a pull,push token then also serves pull for that repository
    expect(await auth.authorization('registry.example', ['repository:shop/web:pull,push'])).toBe('Bearer token-2');
    // mount: pull on the source and pull,push on the target, in one token request with two scope parameters
    expect(
      await auth.authorization('registry.example', ['repository:shop/base:pull', 'repository:shop/web:pull,push']),
    ).toBe('Bearer token-3');
    expect(server.requests[2].url.searchParams.getAll('scope')).toEqual([
      'repository:shop/base:pull',
      'repository:shop/web:pull,push',
    ]);
    expect(server.requests).toHaveLength(3);
  });

  test('access_token, the 60 s default lifetime and refresh before expiry', async () => {
    let now = 1_000_000;
    const server = fakeTokenServer((_, count) => ({ body: { access_token: `access-${count}` } }));
    const auth = new Authenticator({ fetchToken: server.fetchToken, now: () => now });
    await auth.unauthorized('r.example', CHALLENGE, [], undefined);
    const scopes = ['repository:shop/web:pull'];
    expect(await auth.authorization('r.example', scopes)).toBe('Bearer access-1');
    now += 45_000;
    expect(await auth.authorization('r.example', scopes)).toBe('Bearer access-1');
    now += 10_000; // 55 s: within 10 s of the 60 s expiry
    expect(await auth.authorization('r.example', scopes)).toBe('Bearer access-2');
  });

  test('concurrent requests for one scope share one token request', async () => {
    const server = fakeTokenServer((_, count) => ({ body: { token: `t${count}` } }));
    const auth = new Authenticator({ fetchToken: server.fetchToken });
    await auth.unauthorized('r.example', CHALLENGE, [], undefined);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => auth.authorization('r.example', ['repository:a:pull'])),
    );
    expect(new Set(results)).toEqual(new Set(['Bearer t1']));
    expect(server.requests).toHaveLength(1);
  });

  test('a refused token request names the registry and user, never the password', async () => {
    const server = fakeTokenServer(() => ({ status: 401, body: { errors: [{ code: 'UNAUTHORIZED' }] } }));
    const auth = new Authenticator({
      credentials: explicitCredentials([{ registry: 'r.example', username: 'ci', password: 'hunter2-very-secret' }]),
      fetchToken: server.fetchToken,
    });
    await auth.unauthorized('r.example', CHALLENGE, [], undefined);
    const error = await auth.authorization('r.example', ['repository:a:pull']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegistryError);
    const message = (error as Error).message;
    expect(message).toMatch(/^registry r\.example: token request to auth\.example was refused for user "ci"/);
    expect(message).not.toContain('hunter2');
    expect(message).not.toMatch(/\n/);
  });

  test('an identity token is exchanged by POST (OAuth2 refresh_token grant)', async () => {
    const server = fakeTokenServer(() => ({ body: { access_token: 'from-refresh', expires_in: 120 } }));
    const auth = new Authenticator({
      credentials: { get: async () => ({ identityToken: 'refresh-abc', source: 'test' }) },
      fetchToken: server.fetchToken,
    });
    await auth.unauthorized('r.example', CHALLENGE, [], undefined);
    expect(await auth.authorization('r.example', ['repository:a:pull'])).toBe('Bearer from-refresh');
    const form = new URLSearchParams(server.requests[0].body);
    expect(server.requests[0].method).toBe('POST');
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(form.get('refresh_token')).toBe('refresh-abc');
    expect(form.get('service')).toBe('registry.example');
    expect(form.get('scope')).toBe('repository:a:pull');
  });

  test('a stale token is dropped and fetched again once; a fresh token refused is final', async () => {
    const server = fakeTokenServer((_, count) => ({ body: { token: `t${count}` } }));
    const auth = new Authenticator({ fetchToken: server.fetchToken });
    await auth.unauthorized('r.example', CHALLENGE, [], undefined);
    const scopes = ['repository:a:pull'];
    const sent = await auth.authorization('r.example', scopes);
    expect(await auth.unauthorized('r.example', CHALLENGE, scopes, sent)).toBe(true);
    const again = await auth.authorization('r.example', scopes);
    expect(again).toBe('Bearer t2');
    expect(await auth.unauthorized('r.example', CHALLENGE, scopes, 'Bearer something-else')).toBe(false);
    expect(await auth.unauthorized('r.example', `${CHALLENGE},error="insufficient_scope"`, scopes, again)).toBe(false);
  });
});

describe('Authenticator: Basic', () => {
  test('sends Basic credentials once the registry asks for Basic', async () => {
    const auth = new Authenticator({
      credentials: explicitCredentials([{ username: 'u', password: 'p4ssword' }]),
      fetchToken: async () => {
        throw new Error('no token flow for Basic');
      },
    });
    expect(await auth.unauthorized('r.example', 'Basic realm="x"', [], undefined)).toBe(true);
    expect(await auth.authorization('r.example', [])).toBe(`Basic ${Buffer.from('u:p4ssword').toString('base64')}`);
    expect(await auth.unauthorized('r.example', 'Basic realm="x"', [], 'Basic whatever')).toBe(false);
  });

  test('requests sent before the first challenge came back are all worth sending again', async () => {
    const auth = new Authenticator({
      credentials: explicitCredentials([{ username: 'u', password: 'p4ssword' }]),
      fetchToken: async () => {
        throw new Error('no token flow for Basic');
      },
    });
    // Two requests went out unauthenticated at once; both come back 401.
    expect(await auth.unauthorized('r.example', 'Basic realm="x"', [], undefined)).toBe(true);
    expect(await auth.unauthorized('r.example', 'Basic realm="x"', [], undefined)).toBe(true);
  });

  test('without credentials a Basic challenge is final', async () => {
    const auth = new Authenticator({
      credentials: explicitCredentials([]),
      fetchToken: async () => {
        throw new Error('no token flow for Basic');
      },
    });
    expect(await auth.unauthorized('r.example', 'Basic realm="x"', [], undefined)).toBe(false);
  });
});
