/**
 * Lets the first request to each registry go alone, and the others wait for it. The first
 * answer teaches the client how the registry authenticates (its 401 challenge); requests
 * that start after it carry credentials from the start instead of all racing into the
 * same 401 at once. No request is added.
 */
export class FirstContact {
  private readonly first = new Map<string, Promise<unknown>>();

  async run<T>(registry: string, operation: () => Promise<T>): Promise<T> {
    const before = this.first.get(registry);
    if (before) {
      await before;
      return operation();
    }
    const promise = operation();
    this.first.set(
      registry,
      promise.catch(() => undefined),
    );
    return promise;
  }
}
