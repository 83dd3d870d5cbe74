/** A RegistryClient for tests: the registry's first user as credentials (for every host), quick retries, silent warnings. */
import { explicitCredentials, RegistryClient, type RegistryClientOptions } from '../../src/index.js';

export function testClient(
  registry: { username?: string; password?: string },
  options: RegistryClientOptions = {},
): RegistryClient {
  const credentials =
    registry.username !== undefined && registry.password !== undefined
      ? explicitCredentials([{ username: registry.username, password: registry.password }])
      : undefined;
  return new RegistryClient({
    credentials,
    retry: { attempts: 6, baseDelayMs: 20, maxDelayMs: 2_000 },
    onWarning: () => undefined,
    onRetry: () => undefined,
    ...options,
  });
}
