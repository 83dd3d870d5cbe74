/**
 * Registry authentication: WWW-Authenticate challenges, Basic, and the Bearer token flow
 * (distribution's token spec). Tokens are cached per registry and scope, shared between
 * concurrent requests, and refreshed before they expire.
 */
import { maskSecret, redact } from '@kra/core';
import type { Credential, CredentialStore } from './credentials.js';
import { RegistryError } from './errors.js';

export interface Challenge {
  /** Lower-case scheme: "bearer", "basic". */
  scheme: string;
  /** Parameters with lower-case names: realm, service, scope, error. */
  params: Record<string, string>;
}

/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and
 * comma-separated parameters whose values are tokens or quoted strings (which may hold
 * commas and escaped quotes).
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skipSpace = () => {
    while (i < n && /[\s]/.test(header[i])) i += 1;
  };
  const readToken = (): string => {
    const start = i;
    while (i < n && /[!#$%&'*+\-.^_`|~0-9A-Za-z]/.test(header[i])) i += 1;
    return header.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < n) {
    skipSpace();
    if (header[i] === ',') {
      i += 1;
      continue;
    }
    const start = i;
    const token = readToken();
    if (token === '') {
      i += 1; // skip a stray character
      continue;
    }
    skipSpace();
    if (header[i] === '=' && current) {
      i += 1;
      skipSpace();
      let value = '';
      if (header[i] === '"') {
        i += 1;
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i += 1;
          value += header[i];
          i += 1;
        }
        i += 1; // closing quote
      } else {
        const valueStart = i;
        while (i < n && header[i] !== ',' && !/\s/.test(header[i])) i += 1;
        value = header.slice(valueStart, i);
      }
      current.params[token.toLowerCase()] = value;
      continue;
    }
    if (header[i] === '=' && !current) {
      // token68 without a scheme: ignore
      while (i < n && header[i] !== ',') i += 1;
      continue;
    }
    // A new challenge: the scheme, possibly followed by a token68.
    current = { scheme: header.slice(start, start + token.length).toLowerCase(), params: {} };
    challenges.push(current);
  }
  return challenges;
}

/** A repository scope: repository:<name>:<actions>. */
export function repositoryScope(repository: string, actions: 'pull' | 'pull,push' | 'push' | '*'): string {
  return `repository:${repository}:${actions}`;
}

interface ParsedScope {
  resource: string;
  actions: Set<string>;
}

function parseScope(scope: string): ParsedScope {
  const last = scope.lastIndexOf(':');
  return {
    resource: scope.slice(0, last),
    actions: new Set(
      scope
        .slice(last + 1)
        .split(',')
        .filter(Boolean),
    ),
  };
}

/** Whether a token granted for `granted` scopes covers every scope in `wanted`. */
export function scopesCover(granted: string[], wanted: string[]): boolean {
  const have = new Map<string, Set<string>>();
  for (const scope of granted.map(parseScope)) {
    const set = have.get(scope.resource) ?? new Set<string>();
    for (const action of scope.actions) set.add(action);
    have.set(scope.resource, set);
  }
  return wanted.map(parseScope).every(({ resource, actions }) => {
    const set = have.get(resource);
    return set !== undefined && (set.has('*') || [...actions].every((action) => set.has(action)));
  });
}

interface CachedToken {
  scopes: string[];
  token: string;
  /** ms since epoch after which the token is no longer used (refreshed a little before expiry). */
  refreshAt: number;
}

/** The part of a fetch Response the token flow reads. */
interface TokenHttpResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

/** The HTTP side the authenticator needs: a token request, counted like every other request. */
type TokenFetcher = (
  url: URL,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
) => Promise<TokenHttpResponse>;

export interface AuthenticatorOptions {
  credentials?: CredentialStore;
  fetchToken: TokenFetcher;
  /** Clock, replaceable in tests. */
  now?: () => number;
  userAgent?: string;
}

/** What a registry asked for, learned from its first 401. */
interface RegistryAuthState {
  challenge?: Challenge;
  credential?: Promise<Credential | undefined>;
  tokens: CachedToken[];
  pending: Map<string, Promise<CachedToken>>;
}

const DEFAULT_EXPIRES_IN = 60;

function basicHeader(credential: Credential): string {
  return `Basic ${Buffer.from(`${credential.username ?? ''}:${credential.password ?? ''}`).toString('base64')}`;
}

function who(credential: Credential | undefined): string {
  if (!credential) return 'anonymous access';
  if (credential.username) return `user "${credential.username}" (credentials from ${credential.source})`;
  return `a token from ${credential.source}`;
}

export class Authenticator {
  private readonly states = new Map<string, RegistryAuthState>();
  private readonly now: () => number;
  private readonly secrets = new Set<string>();

  constructor(private readonly options: AuthenticatorOptions) {
    this.now = options.now ?? Date.now;
  }

  private state(registry: string): RegistryAuthState {
    let state = this.states.get(registry);
    if (!state) {
      state = { tokens: [], pending: new Map() };
      this.states.set(registry, state);
    }
    return state;
  }

  credential(registry: string): Promise<Credential | undefined> {
    const state = this.state(registry);
    state.credential ??= (this.options.credentials?.get(registry) ?? Promise.resolve(undefined)).then((credential) => {
      for (const secret of [credential?.password, credential?.identityToken, credential?.registryToken]) {
        if (secret) {
          maskSecret(secret);
          this.secrets.add(secret);
        }
      }
      return credential;
    });
    return state.credential;
  }

  /** Removes any credential or token from a text (for error messages). */
  redact(text: string): string {
    return redact(text, this.secrets);
  }

  /** Whether the registry has asked for authentication (so requests carry it from the start). */
  knowsChallenge(registry: string): boolean {
    return this.state(registry).challenge !== undefined;
  }

  /**
   * The Authorization header for a request needing `scopes`, or undefined when the
   * registry has not asked for authentication (yet). Fetches a token when needed.
   */
  async authorization(registry: string, scopes: string[]): Promise<string | undefined> {
    const state = this.state(registry);
    const challenge = state.challenge;
    if (!challenge) return undefined;
    const credential = await this.credential(registry);
    if (challenge.scheme === 'basic')
      return credential && credential.username !== undefined ? basicHeader(credential) : undefined;
    if (challenge.scheme !== 'bearer') return undefined;
    if (credential?.registryToken) return `Bearer ${credential.registryToken}`;
    const token = await this.token(registry, state, challenge, credential, scopes);
    return `Bearer ${token.token}`;
  }

  /**
   * Handles a 401: learns the challenge, drops cached tokens that did not work. Returns
   * true when the request is worth sending again with new authorization.
   */
  async unauthorized(
    registry: string,
    header: string | null,
    scopes: string[],
    sentAuthorization: string | undefined,
  ): Promise<boolean> {
    const state = this.state(registry);
    const challenges = header ? parseWwwAuthenticate(header) : [];
    const challenge = challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
    if (!challenge) return false;
    const known = state.challenge;
    state.challenge = challenge;
    // Sent without authorization, on first contact or racing it (several requests out before the
    // first challenge came back): worth sending again whenever we can now authorize.
    if (sentAuthorization === undefined) {
      if (challenge.scheme === 'bearer') return true;
      const credential = await this.credential(registry);
      return credential?.username !== undefined;
    }
    if (challenge.scheme === 'bearer') {
      if (challenge.params.error === 'insufficient_scope') return false;
      const before = state.tokens.length;
      state.tokens = state.tokens.filter((token) => `Bearer ${token.token}` !== sentAuthorization);
      // A stale token: retry once with a fresh one. A fresh token refused: give up.
      return (
        before !== state.tokens.length || known?.scheme !== 'bearer' || known.params.realm !== challenge.params.realm
      );
    }
    return known?.scheme !== 'basic';
  }

  /** Describes who was refused, for a one-line 401 message. */
  async describe(registry: string): Promise<string> {
    return who(await this.credential(registry));
  }

  private async token(
    registry: string,
    state: RegistryAuthState,
    challenge: Challenge,
    credential: Credential | undefined,
    scopes: string[],
  ): Promise<CachedToken> {
    const now = this.now();
    state.tokens = state.tokens.filter((token) => token.refreshAt > now);
    const cached = state.tokens.find((token) => scopesCover(token.scopes, scopes));
    if (cached) return cached;
    const key = [...scopes].sort().join(' ');
    const pending = state.pending.get(key);
    if (pending) return pending;
    const request = this.requestToken(registry, challenge, credential, scopes).finally(() => state.pending.delete(key));
    state.pending.set(key, request);
    const token = await request;
    state.tokens.push(token);
    return token;
  }

  private async requestToken(
    registry: string,
    challenge: Challenge,
    credential: Credential | undefined,
    scopes: string[],
  ): Promise<CachedToken> {
    const realm = challenge.params.realm;
    if (!realm) {
      throw new RegistryError({
        registry,
        subject: 'token challenge',
        status: 401,
        problem: 'has no realm in its WWW-Authenticate header',
        hint: 'the registry is misconfigured',
      });
    }
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new RegistryError({
        registry,
        subject: 'token realm',
        status: 401,
        problem: `"${realm}" is not a URL`,
        hint: 'the registry is misconfigured',
      });
    }
    const service = challenge.params.service;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.options.userAgent) headers['User-Agent'] = this.options.userAgent;
    let response: TokenHttpResponse;
    if (credential?.identityToken) {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: credential.identityToken,
        client_id: 'kra-registry',
      });
      if (service) form.set('service', service);
      if (scopes.length > 0) form.set('scope', scopes.join(' '));
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      response = await this.options.fetchToken(url, { method: 'POST', headers, body: form.toString() });
    } else {
      if (service) url.searchParams.set('service', service);
      for (const scope of scopes) url.searchParams.append('scope', scope);
      if (credential?.username !== undefined && credential.password !== undefined) {
        headers.Authorization = basicHeader(credential);
        url.searchParams.set('account', credential.username);
      }
      response = await this.options.fetchToken(url, { method: 'GET', headers });
    }
    const text = await response.text();
    if (!response.ok) {
      const status = response.status;
      const refusal = status === 401 || status === 403;
      throw new RegistryError({
        registry,
        subject: `token request to ${url.host}`,
        status,
        problem: refusal ? `was refused for ${await this.describe(registry)}` : undefined,
        hint: refusal ? 'check the username and password (or token) for this registry' : undefined,
      });
    }
    let body: { token?: unknown; access_token?: unknown; expires_in?: unknown; issued_at?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new RegistryError({
        registry,
        subject: `token response from ${url.host}`,
        status: response.status,
        problem: 'is not JSON',
      });
    }
    const token =
      typeof body.token === 'string' && body.token
        ? body.token
        : typeof body.access_token === 'string'
          ? body.access_token
          : '';
    if (!token)
      throw new RegistryError({
        registry,
        subject: `token response from ${url.host}`,
        status: response.status,
        problem: 'holds no token',
      });
    maskSecret(token);
    this.secrets.add(token);
    const expiresIn = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_EXPIRES_IN;
    const issuedAt =
      typeof body.issued_at === 'string' && !Number.isNaN(Date.parse(body.issued_at))
        ? Math.min(Date.parse(body.issued_at), this.now())
        : this.now();
    // Refresh ahead of expiry: 10 s early, or at half-life for very short tokens.
    const margin = Math.min(10_000, (expiresIn * 1000) / 2);
    return { scopes, token, refreshAt: issuedAt + expiresIn * 1000 - margin };
  }
}
