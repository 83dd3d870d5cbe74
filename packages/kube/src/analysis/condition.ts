/**
 * The success and failure conditions of an analysis check: comparisons of `result` with a
 * number, joined by `&&` or `||` (`&&` binds tighter), for example `result < 0.05` or
 * `result >= 0.9 && result <= 1`. Parsed once, when the inputs are read, so a typo fails the
 * step before anything changes; evaluated without `eval`.
 */

type Operator = '<' | '<=' | '>' | '>=' | '==' | '!=';

interface Comparison {
  operator: Operator;
  value: number;
}

export interface CheckCondition {
  /** As written, for messages. */
  text: string;
  /** Alternatives (`||`), each a conjunction (`&&`) of comparisons. */
  any: Comparison[][];
}

const COMPARISON = /^result\s*(<=|>=|==|!=|<|>)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)$/i;

/** Parses a condition; throws an Error saying what is wrong (the caller names the input and check). */
export function parseCondition(text: string): CheckCondition {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('is empty: write a comparison such as "result < 0.05"');
  const any = trimmed.split('||').map((alternative) =>
    alternative.split('&&').map((part): Comparison => {
      const match = COMPARISON.exec(part.trim());
      if (!match)
        throw new Error(
          `"${part.trim()}" is not a comparison: write result <, <=, >, >=, == or != a number (for example "result < 0.05"), joined by && or ||`,
        );
      return { operator: match[1] as Operator, value: Number(match[2]) };
    }),
  );
  return { text: trimmed, any };
}

function compare(value: number, { operator, value: limit }: Comparison): boolean {
  switch (operator) {
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '==':
      return value === limit;
    case '!=':
      return value !== limit;
  }
}

/** Whether a value meets a condition. */
export function holds(condition: CheckCondition, value: number): boolean {
  return condition.any.some((all) => all.every((comparison) => compare(value, comparison)));
}
