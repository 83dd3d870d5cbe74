/**
 * Which scheme a registry is spoken to with. HTTPS always, except loopback registries
 * (localhost, 127.0.0.0/8, ::1), which Docker and podman reach over plain HTTP by
 * default, and hosts the user lists as insecure (with a warning, once per host).
 */
import { isIPv4 } from 'node:net';
import { apiHost } from './reference.js';

/** Splits "host:port", "[::1]:5000", "host" into host and port. */
export function splitHostPort(registry: string): { host: string; port?: string } {
  const ipv6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(registry);
  if (ipv6) return { host: ipv6[1], port: ipv6[2] };
  const colon = registry.lastIndexOf(':');
  if (colon !== -1 && /^\d+$/.test(registry.slice(colon + 1)))
    return { host: registry.slice(0, colon), port: registry.slice(colon + 1) };
  return { host: registry };
}

export function isLoopbackHost(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost' || lower.endsWith('.localhost')) return true;
  if (lower === '::1' || lower === '0:0:0:0:0:0:0:1') return true;
  return isIPv4(lower) && lower.startsWith('127.');
}

/** Normalises an insecure-registries entry: "http://host:5000/" → "host:5000". */
export function normaliseInsecureEntry(entry: string): string {
  return entry
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

export type Scheme = 'http' | 'https';

export interface SchemeChoice {
  scheme: Scheme;
  /** True when plain HTTP was chosen because the user listed the host as insecure. */
  insecure: boolean;
}

/** The scheme for a registry (as written in references) given the insecure list. */
export function chooseScheme(registry: string, insecureRegistries: readonly string[] = []): SchemeChoice {
  const { host } = splitHostPort(registry);
  if (isLoopbackHost(host)) return { scheme: 'http', insecure: false };
  const listed = new Set(insecureRegistries.map(normaliseInsecureEntry));
  if (listed.has(registry.toLowerCase()) || listed.has(host.toLowerCase())) return { scheme: 'http', insecure: true };
  return { scheme: 'https', insecure: false };
}

/** The base URL of a registry's API: https://ghcr.io, http://127.0.0.1:5000, https://registry-1.docker.io. */
export function registryBaseUrl(registry: string, insecureRegistries: readonly string[] = []): string {
  return `${chooseScheme(registry, insecureRegistries).scheme}://${apiHost(registry)}`;
}
