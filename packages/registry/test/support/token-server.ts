/**
 * A small token server for the registry's `auth.token` mode, run in the test process.
 * It checks Basic credentials (or an OAuth2 refresh token) and issues ES256 JWTs that
 * distribution verifies through its rootcertbundle: the header carries the signing
 * certificate in `x5c`, and the certificate is the bundle (self-signed, so the chain is
 * the certificate itself). The `access` claim grants what the policy allows of the
 * requested scopes.
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createSign, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { requireBinary } from './process-tools.js';

export interface TokenAccess {
  type: string;
  name: string;
  actions: string[];
}

/** Decides what a user may do: return the granted subset of `actions`. `user` is undefined for anonymous requests. */
export type TokenPolicy = (user: string | undefined, type: string, name: string, actions: string[]) => string[];

export interface TokenServerOptions {
  users: Record<string, string>;
  /** Default: authenticated users get every requested action, anonymous users nothing. */
  policy?: TokenPolicy;
  /** Token lifetime, seconds; default 300. */
  expiresIn?: number;
  service: string;
  issuer: string;
  /** Where the key and certificate are written. */
  dir: string;
}

export interface TokenServer {
  url: string;
  realm: string;
  /** The certificate bundle file for the registry's rootcertbundle. */
  certificatePath: string;
  /** An OAuth2 refresh token (Docker's identitytoken) for the first user. */
  identityToken: string;
  /** Tokens issued so far, and the scopes asked for each time. */
  issued: Array<{ user?: string; scopes: string[] }>;
  /** Token requests refused (wrong credentials). */
  refused: number;
  stop(): Promise<void>;
}

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function makeKeyAndCertificate(dir: string): { key: KeyObject; certificateDer: Buffer; certificatePath: string } {
  requireBinary('openssl', 'openssl');
  const keyPath = join(dir, 'token-signer.key');
  const certificatePath = join(dir, 'token-signer.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certificatePath,
      '-days',
      '2',
      '-subj',
      '/CN=kra-test-token-signer',
    ],
    { stdio: 'pipe' },
  );
  const pem = readFileSync(certificatePath, 'utf8');
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return { key: createPrivateKey(readFileSync(keyPath)), certificateDer: Buffer.from(body, 'base64'), certificatePath };
}

function parseScope(scope: string): { type: string; name: string; actions: string[] } | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first === -1 || last === first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope
      .slice(last + 1)
      .split(',')
      .filter(Boolean),
  };
}

export async function startTokenServer(options: TokenServerOptions): Promise<TokenServer> {
  const { key, certificateDer, certificatePath } = makeKeyAndCertificate(options.dir);
  const policy: TokenPolicy = options.policy ?? ((user, _type, _name, actions) => (user ? actions : []));
  const identityToken = randomBytes(24).toString('hex');
  const firstUser = Object.keys(options.users)[0];
  const expiresIn = options.expiresIn ?? 300;
  const state = { issued: [] as Array<{ user?: string; scopes: string[] }>, refused: 0 };

  const sign = (user: string | undefined, scopes: string[]): string => {
    const access: TokenAccess[] = [];
    for (const scope of scopes) {
      const parsed = parseScope(scope);
      if (!parsed) continue;
      const granted = policy(user, parsed.type, parsed.name, parsed.actions);
      if (granted.length > 0) access.push({ type: parsed.type, name: parsed.name, actions: granted });
    }
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'ES256', x5c: [certificateDer.toString('base64')] };
    const claims = {
      iss: options.issuer,
      sub: user ?? '',
      aud: options.service,
      exp: now + expiresIn,
      nbf: now - 5,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
    const signature = createSign('SHA256').update(input).sign({ key, dsaEncoding: 'ieee-p1363' });
    state.issued.push({ user, scopes });
    return `${input}.${base64url(signature)}`;
  };

  const refuse = (res: import('node:http').ServerResponse) => {
    state.refused += 1;
    res.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Basic realm="kra-test-token"' });
    res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'invalid credentials' }] }));
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://token');
      if (url.pathname !== '/token') {
        res.writeHead(404).end();
        return;
      }
      let user: string | undefined;
      let scopes: string[];
      if (req.method === 'POST') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
        if (form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === identityToken) user = firstUser;
        else if (
          form.get('grant_type') === 'password' &&
          options.users[form.get('username') ?? ''] === form.get('password')
        )
          user = form.get('username')!;
        else return refuse(res);
        const token = sign(user, scopes);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            access_token: token,
            expires_in: expiresIn,
            refresh_token: identityToken,
            issued_at: new Date().toISOString(),
          }),
        );
        return;
      }
      scopes = url.searchParams.getAll('scope').flatMap((scope) => scope.split(' ').filter(Boolean));
      const authorization = req.headers.authorization;
      if (authorization) {
        const match = /^Basic\s+(.+)$/i.exec(authorization);
        const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
        const colon = decoded.indexOf(':');
        const name = decoded.slice(0, colon);
        if (colon === -1 || options.users[name] === undefined || options.users[name] !== decoded.slice(colon + 1))
          return refuse(res);
        user = name;
      }
      const token = sign(user, scopes);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ token, expires_in: expiresIn, issued_at: new Date().toISOString() }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    realm: `${url}/token`,
    certificatePath,
    identityToken,
    get issued() {
      return state.issued;
    },
    get refused() {
      return state.refused;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
