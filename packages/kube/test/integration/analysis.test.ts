import { type Check, type PrometheusCheck, measureCheck, parseAnalysis, runAnalysis } from '../../src/index.js';
import { type TestExporter, type TestPrometheus, startExporter, startPrometheus } from '../support/prometheus.js';

/** Analysis checks against a real Prometheus scraping an exporter whose error rate per version the test sets. */
const TOKEN = 'exporter-token-7f3a9c';
let exporter: TestExporter;
let prometheus: TestPrometheus;
const ERROR_RATE =
  'sum(rate(http_requests_total{version="{{version}}",code=~"5.."}[5s])) / sum(rate(http_requests_total{version="{{version}}"}[5s]))';

beforeAll(async () => {
  exporter = await startExporter(TOKEN);
  exporter.setErrorRate('2.0.0', 0.01);
  exporter.setErrorRate('3.0.0', 0.4);
  prometheus = await startPrometheus([exporter.target]);
  await prometheus.waitForData(ERROR_RATE.replaceAll('{{version}}', '3.0.0'));
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  await exporter?.close();
});

function checks(): Check[] {
  return parseAnalysis(
    'analysis',
    `
- name: error-rate
  type: prometheus
  address: ${prometheus.url}
  query: '${ERROR_RATE}'
  success: result < 0.05
  failure: result >= 0.2
  interval: 300ms
  count: 3
- name: status
  type: http
  url: ${exporter.url}/status/{{version}}
  bearer-token: ${TOKEN}
  json-path: $.ready
  equals: "true"
  interval: 300ms
  count: 2
`,
  );
}

const target = (version: string) => ({ version, namespace: 'shop', name: 'web-canary' });

test('a healthy version passes: every measurement of both checks succeeds, with the measured error rate', async () => {
  const result = await runAnalysis(checks(), target('2.0.0'), { mode: { count: true }, step: 2 });
  expect(result.verdict).toBe('successful');
  expect(result.problems).toEqual([]);
  const rates = result.measurements.filter((m) => m.check === 'error-rate');
  expect(rates).toHaveLength(3);
  for (const m of rates) {
    expect(m).toMatchObject({ outcome: 'successful', step: 2 });
    expect(m.value).toBeCloseTo(0.01, 2);
  }
  expect(result.measurements.filter((m) => m.check === 'status').map((m) => m.display)).toEqual([
    '$.ready = true',
    '$.ready = true',
  ]);
});

test('a failing version fails at its first failed measurement (failure-limit 0), naming the value and the condition', async () => {
  const result = await runAnalysis(checks(), target('3.0.0'), { mode: { count: true }, step: 1 });
  expect(result.verdict).toBe('failed');
  const failed = result.measurements.filter((m) => m.check === 'error-rate');
  expect(failed).toHaveLength(1);
  expect(failed[0].value).toBeCloseTo(0.4, 2);
  expect(result.problems[0]).toMatch(
    /^check "error-rate" failed: 1 of 1 measurements failed \(failure-limit 0\): 0\.4\d* against success result < 0\.05, failure result >= 0\.2$/,
  );
});

test('a version with no data is inconclusive, not failed; a bad token fails the HTTP check without printing it', async () => {
  const [prom, http] = checks();
  const nodata = await measureCheck(prom, target('9.9.9'));
  expect(nodata).toMatchObject({ outcome: 'inconclusive', display: 'no data' });
  const denied = await measureCheck({ ...http, bearerToken: 'wrong' }, target('2.0.0'));
  expect(denied.outcome).toBe('failed');
  expect(denied.message).toBe('status 401, expected 200');
  const result = await runAnalysis([prom], target('9.9.9'), { mode: { count: true }, step: 1 });
  expect(result.verdict).toBe('inconclusive');
  expect(JSON.stringify(result)).not.toContain(TOKEN);
});

test('during a pause, checks measure as often as fit in it; an unreachable Prometheus is inconclusive', async () => {
  const [prom] = checks();
  const during = await runAnalysis([prom], target('2.0.0'), { mode: { durationMs: 1000 }, step: 3 });
  expect(during.verdict).toBe('successful');
  // One measurement every 300 ms, the first after 300 ms, none that would end after the pause.
  expect(during.measurements.length).toBeGreaterThanOrEqual(1);
  expect(during.measurements.length).toBeLessThanOrEqual(3);
  const away = await measureCheck({ ...(prom as PrometheusCheck), address: 'http://127.0.0.1:9' }, target('2.0.0'));
  expect(away.outcome).toBe('inconclusive');
  expect(away.message).toMatch(/^Prometheus at http:\/\/127\.0\.0\.1:9 did not answer/);
});
