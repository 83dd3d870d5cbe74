/**
 * `${{ }}` evaluation with the runner's own expression library (@actions/expressions): the
 * workflow parser has already turned every `${{ }}` into an expression token (a string with
 * several becomes one format() call), so a value is a tree of template tokens to evaluate
 * against the contexts (github, env, vars, secrets, inputs, needs, steps, job, matrix, ...).
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import yaml from 'js-yaml';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from '@actions/workflow-parser';

/** Plain JSON contexts, by name (github, env, steps, ...). */
export type Contexts = Record<string, unknown>;

/** What the status functions answer for the step or job being decided. */
export interface StatusFunctions {
  /** Every earlier step (or every needed job) succeeded. */
  success: boolean;
  /** An earlier step (or a needed job, or one of its ancestors) failed. */
  failure: boolean;
  cancelled: boolean;
}

export class ExpressionError extends Error {}

const STATUS_NAMES = ['success', 'failure', 'always', 'cancelled'] as const;

function statusFunctions(status: StatusFunctions | undefined): Map<string, FunctionDefinition> {
  const functions = new Map<string, FunctionDefinition>();
  const define = (name: string, value: () => boolean) =>
    functions.set(name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) });
  define('success', () => {
    if (!status) throw new ExpressionError('success() is only allowed in if:');
    return status.success && !status.cancelled;
  });
  define('failure', () => {
    if (!status) throw new ExpressionError('failure() is only allowed in if:');
    return status.failure && !status.cancelled;
  });
  define('always', () => true);
  define('cancelled', () => Boolean(status?.cancelled));
  return functions;
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/** Evaluates one expression (the text inside `${{ }}`) to a JSON value. */
export function evaluateExpression(expression: string, contexts: Contexts, status?: StatusFunctions): unknown {
  const functions = statusFunctions(status);
  let tree;
  try {
    const { tokens } = new Lexer(expression).lex();
    tree = new Parser(
      tokens,
      Object.keys(contexts),
      STATUS_NAMES.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    ).parse();
  } catch (error) {
    throw new ExpressionError(`the expression "${expression}" does not parse: ${(error as Error).message}`);
  }
  const dictionary = new data.Dictionary(
    ...Object.entries(contexts).map(([key, value]) => ({ key, value: toData(value) })),
  );
  try {
    return fromData(new Evaluator(tree, dictionary, functions).evaluate());
  } catch (error) {
    if (error instanceof ExpressionError) throw error;
    throw new ExpressionError(`the expression "${expression}" failed: ${(error as Error).message}`);
  }
}

/** Truthiness as the runner decides it: false, 0, -0, "", null and NaN are false. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '' || value === 0) return false;
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return true;
}

/** A value as text, the way the runner turns a result into an input, env var or output. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value, null, 2);
}

/**
 * A block scalar (| or >) holding `${{ }}`: the parser's format() keeps the lines' indentation
 * (@actions/workflow-parser 0.3.61), so the text is read again as YAML reads it, then each
 * expression in it is evaluated, as the runner does.
 */
function evaluateBlockScalar(header: string, source: string, contexts: Contexts): string {
  const text = String((yaml.load(`value: ${header}\n${source}`) as { value: unknown }).value ?? '');
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_whole, expression: string) =>
    asText(evaluateExpression(expression.trim(), contexts)),
  );
}

/** Evaluates a template token (a scalar, an expression, or a mapping or sequence of them) to a JSON value. */
export function evaluateToken(token: TemplateToken | undefined, contexts: Contexts): unknown {
  if (!token) return undefined;
  if (isBasicExpression(token)) {
    if (token.blockScalarHeader && token.source !== undefined)
      return evaluateBlockScalar(token.blockScalarHeader, token.source, contexts);
    return evaluateExpression(token.expression, contexts);
  }
  if (isString(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isSequence(token)) {
    const items: unknown[] = [];
    for (const item of token) items.push(evaluateToken(item, contexts));
    return items;
  }
  if (isMapping(token)) {
    const result: Record<string, unknown> = {};
    for (const pair of token) result[asText(evaluateToken(pair.key, contexts))] = evaluateToken(pair.value, contexts);
    return result;
  }
  if (token.isExpression) throw new ExpressionError(`line ${token.line}: ${token.typeName()} is not supported`);
  return null;
}

/** A mapping token (env:, with:, outputs:) evaluated to text values. */
export function evaluateMapping(token: TemplateToken | undefined, contexts: Contexts): Record<string, string> {
  const value = evaluateToken(token, contexts);
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ExpressionError(`line ${token?.line}: expected a mapping, got ${asText(value)}`);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asText(item)]));
}

/** An `if:` condition (the parser has put a status function in every one). */
export function evaluateCondition(expression: string, contexts: Contexts, status: StatusFunctions): boolean {
  return truthy(evaluateExpression(expression, contexts, status));
}
