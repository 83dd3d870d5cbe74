import { errorMessage } from '@kra/core';
import { type CheckTarget, type PrometheusCheck, fillPlaceholders } from './config.js';
import { type Reading, formatValue, judge } from './measurement.js';

interface QueryResponse {
  status?: string;
  error?: string;
  errorType?: string;
  data?: { resultType?: string; result?: unknown };
}

/** The numbers of an instant query's answer: one per series (a scalar is one). */
export function queryValues(data: QueryResponse['data']): number[] {
  if (!data) return [];
  if (data.resultType === 'scalar' && Array.isArray(data.result)) return [Number(data.result[1])];
  if (data.resultType === 'vector' && Array.isArray(data.result))
    return data.result.map((series: { value?: [number, string] }) => Number(series.value?.[1]));
  throw new Error(
    `the query returned a ${data.resultType ?? 'result of no type'}: write one that returns a scalar or an instant vector`,
  );
}

/**
 * One measurement: an instant query (`/api/v1/query`) with the placeholders filled in. Every
 * series must pass; the largest value is charted. No series, or NaN (a rate over no
 * requests), is inconclusive: no data is not a verdict. An unreachable Prometheus, or one that
 * refuses the query, is inconclusive too, with its answer in the message.
 */
export async function measurePrometheus(check: PrometheusCheck, target: CheckTarget): Promise<Reading> {
  const query = fillPlaceholders(check.query, target);
  const url = new URL('api/v1/query', check.address.endsWith('/') ? check.address : `${check.address}/`);
  url.searchParams.set('query', query);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (check.bearerToken) headers.Authorization = `Bearer ${check.bearerToken}`;
  let status: number;
  let body: QueryResponse;
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(check.timeoutMs) });
    status = response.status;
    const text = await response.text();
    try {
      body = JSON.parse(text) as QueryResponse;
    } catch {
      body = { error: text.slice(0, 200) };
    }
  } catch (error) {
    return {
      display: 'no answer',
      outcome: 'inconclusive',
      message: `Prometheus at ${check.address} did not answer: ${errorMessage(error)}`,
    };
  }
  if (status !== 200 || body.status !== 'success') {
    const hint =
      (status === 401 || status === 403) && check.tokenWithheld
        ? ' (its bearer token is never stored: give this step the same "analysis" input as the deploy)'
        : '';
    return {
      display: `HTTP ${status}`,
      outcome: 'inconclusive',
      message: `Prometheus answered ${status}${body.error ? `: ${body.errorType ? `${body.errorType}: ` : ''}${body.error}` : ''}${hint}`,
    };
  }
  let values: number[];
  try {
    values = queryValues(body.data);
  } catch (error) {
    return { display: 'unusable', outcome: 'inconclusive', message: errorMessage(error) };
  }
  const numbers = values.filter((v) => !Number.isNaN(v));
  if (numbers.length === 0)
    return {
      display: values.length ? 'NaN' : 'no data',
      outcome: 'inconclusive',
      message: values.length ? 'the query returned NaN (no requests in its range?)' : 'the query returned no series',
    };
  const outcomes = numbers.map((v) => judge(v, check.success, check.failure));
  const outcome = outcomes.includes('failed')
    ? 'failed'
    : outcomes.includes('inconclusive')
      ? 'inconclusive'
      : 'successful';
  const value = Math.max(...numbers);
  const display = numbers.length === 1 ? formatValue(value) : `${numbers.map(formatValue).join(', ')}`;
  const conditions = [
    check.success && `success ${check.success.text}`,
    check.failure && `failure ${check.failure.text}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    value,
    display,
    outcome,
    ...(outcome === 'successful' ? {} : { message: `${display} against ${conditions}` }),
  };
}
