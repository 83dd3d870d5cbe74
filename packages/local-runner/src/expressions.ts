/**
 * The few expressions an input default may hold (`${{ github.sha }}`, `${{ runner.temp }}`,
 * `${{ env.NAME }}`), evaluated as the runner would from the step's context.
 */
export interface ExpressionContext {
  github: Record<string, string>;
  runner: Record<string, string>;
  env: Record<string, string>;
}

export function evaluateDefault(value: string, context: ExpressionContext): string {
  return value.replace(/\$\{\{\s*([a-z]+)\.([A-Za-z0-9_-]+)\s*\}\}/g, (whole, scope: string, key: string) => {
    const table = (context as unknown as Record<string, Record<string, string>>)[scope];
    if (!table) throw new Error(`local-runner: unsupported expression ${whole} in an input default`);
    return table[key] ?? '';
  });
}
