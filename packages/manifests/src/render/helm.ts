/**
 * `helm template` of a chart folder or an `oci://` chart, run with an argument array.
 *
 * Each object is pointed at its template: helm writes `# Source: <chart>/templates/x.yaml`
 * before every document, which names the template file inside the chart (the first segment
 * is the chart's name, not its folder's); the line is that of the template's `kind:` line for
 * the object's kind (the n-th one for the n-th such object the template rendered), else 1.
 *
 * Errors are one line at the template and line helm names (its parse, execution and YAML
 * errors all carry them), with every value the render was given cut out of helm's text.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, UserError, displayPath, oneLine, resolveInWorkspace } from '@kra/core';
import type { LoadedObject } from '../types.js';
import { parseRendered } from './rendered.js';
import { runTool } from './run-tool.js';
import { givenValues, maskSecretValues, withoutValues } from './secrets.js';

export interface HelmRegistryLogin {
  username: string;
  password: string;
}

export interface HelmRenderOptions {
  /** The helm binary (resolveTool). */
  binary: string;
  /** A chart folder (relative to the workspace, or absolute inside it) or an `oci://` reference (`:version` allowed). */
  chart: string;
  /** Values files, merged in order. */
  values?: readonly string[];
  /** `helm-set` lines: `key=value`, `--set-string key=value`, `--set-json key=<json>`. */
  set?: readonly string[];
  releaseName: string;
  namespace?: string;
  kubeVersion?: string;
  apiVersions?: readonly string[];
  includeCrds?: boolean;
  /** The workspace: chart folders and values files must be inside it. */
  root: string;
  /** For an `oci://` chart in a registry that needs a login. */
  registryLogin?: HelmRegistryLogin;
  /** For an `oci://` chart in a registry served over plain HTTP (a local one). */
  plainHttp?: boolean;
  /** Where to write the rendered output (see parseRendered). */
  renderedFile?: string;
  /** Input names for messages. */
  inputs?: Partial<Record<'chart' | 'values' | 'set', string>>;
}

export type HelmSetFlag = '--set' | '--set-string' | '--set-json';

export interface HelmSet {
  flag: HelmSetFlag;
  key: string;
  value: string;
}

const SET_FORM = /^(?:(--set|--set-string|--set-json)(?:\s+|=))?([^=\s][^=]*?)=([\s\S]*)$/;

/** One `helm-set` line as a flag, key and value; a line in no known form is a one-line error. */
export function parseHelmSet(line: string, input = 'helm-set'): HelmSet {
  const trimmed = line.trim();
  const match = SET_FORM.exec(trimmed);
  if (!match || /^--/.test(match[2])) {
    const flag = /^(--[a-z-]+)/.exec(trimmed)?.[1];
    throw new InputError(
      input,
      flag && !['--set', '--set-string', '--set-json'].includes(flag)
        ? `has a line starting with ${flag}: only key=value, --set-string key=value and --set-json key=<json> lines are accepted`
        : `has a line that is not key=value: write one key=value a line (or --set-string key=value, --set-json key=<json>)`,
    );
  }
  return { flag: (match[1] as HelmSetFlag | undefined) ?? '--set', key: match[2].trim(), value: match[3] };
}

export function isOciChart(chart: string): boolean {
  return /^oci:\/\//i.test(chart.trim());
}

interface ChartSource {
  /** The chart folder (absolute), or the oci:// reference. */
  location: string;
  oci: boolean;
}

function checkChart(options: HelmRenderOptions): ChartSource {
  const input = options.inputs?.chart ?? 'helm-chart';
  const chart = options.chart.trim();
  if (isOciChart(chart)) return { location: chart, oci: true };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chart)) {
    throw new InputError(input, `is "${chart}": give a chart folder in the workspace or an oci:// reference`);
  }
  const folder = resolveInWorkspace(chart, input, options.root);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new InputError(
      input,
      `is "${chart}", which is not a folder in the workspace ${options.root}: give the chart's folder (the one holding Chart.yaml)`,
    );
  }
  if (!existsSync(join(folder, 'Chart.yaml'))) {
    throw new InputError(input, `is "${chart}", a folder without a Chart.yaml: give the chart's folder`);
  }
  return { location: folder, oci: false };
}

function checkValues(options: HelmRenderOptions): string[] {
  const input = options.inputs?.values ?? 'helm-values';
  return (options.values ?? []).map((given) => {
    const file = resolveInWorkspace(given.trim(), input, options.root);
    if (!existsSync(file) || !statSync(file).isFile()) {
      throw new InputError(
        input,
        `names "${given.trim()}", which is not a file in the workspace ${options.root}: check the path (relative to the repository root)`,
      );
    }
    return file;
  });
}

/** The arguments of `helm template` (and the values given, to keep out of messages). */
export function helmTemplateArgs(
  options: HelmRenderOptions,
  chart: string,
  valuesFiles: readonly string[],
): { args: string[]; sets: HelmSet[] } {
  const sets = (options.set ?? []).map((line) => parseHelmSet(line, options.inputs?.set));
  const args = ['template', options.releaseName, chart];
  if (options.namespace) args.push('--namespace', options.namespace);
  if (options.kubeVersion) args.push('--kube-version', options.kubeVersion);
  for (const version of options.apiVersions ?? []) args.push('--api-versions', version);
  if (options.includeCrds) args.push('--include-crds');
  if (options.plainHttp) args.push('--plain-http');
  for (const file of valuesFiles) args.push('--values', file);
  for (const set of sets) args.push(set.flag, `${set.key}=${set.value}`);
  return { args, sets };
}

const TEMPLATE_AT = [
  // parse error at (chart/templates/x.yaml:46): …   execution error at (chart/templates/x.yaml:5:11): …
  /\(([^()\s:]+\.(?:ya?ml|tpl|txt|json)):(\d+)(?::\d+)?\)/,
  // chart/templates/x.yaml:5:18 executing "…" at <…>: …
  /(?:^|\s)([^\s:()]+\/templates\/[^\s:()]+):(\d+)(?::\d+)?/,
];

/**
 * Helm's error as one line at the template it names: `<template>:<line>: helm template
 * failed: <reason>`; the values given are cut out of the reason.
 */
export function helmError(
  stderr: string,
  options: { chart: ChartSource; root: string; given: readonly string[]; input: string },
): UserError {
  const text = withoutValues(
    stderr
      .split(/\r?\n/)
      .filter((line) => !/^Use --debug flag/.test(line) && !/^(?:WARNING|walk\.go):/.test(line))
      .join('\n'),
    options.given,
  );
  const message = oneLine(text).replace(/^Error:\s*/, '');
  for (const pattern of TEMPLATE_AT) {
    const match = pattern.exec(message);
    if (!match) continue;
    const template = templateFile(match[1], options.chart);
    const shown = template.absolute ? displayPath(template.path, options.root) : template.path;
    const reason = message
      .replace(match[0], ' ')
      .replace(/^\s*(?:parse error at|execution error at)?\s*:?\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    return new UserError(
      `${shown}:${match[2]}: helm template failed: ${reason || 'template error'} — fix the template or the values it reads`,
      { file: template.absolute ? shown : undefined, line: Number(match[2]) },
    );
  }
  const yamlError = /YAML parse error on ([^\s:]+): (.*)$/.exec(message);
  if (yamlError) {
    const template = templateFile(yamlError[1], options.chart);
    const shown = template.absolute ? displayPath(template.path, options.root) : template.path;
    return new UserError(
      `${shown}: helm template rendered invalid YAML (${yamlError[2]}) — fix the template's indentation or quoting`,
      { file: template.absolute ? shown : undefined },
    );
  }
  const todo =
    options.chart.oci && /credential|unauthori[sz]ed|denied|\b401\b|\b403\b/i.test(message)
      ? "give helm-registry-username and helm-registry-password for the chart's registry"
      : 'check the chart, its values and helm-set';
  return new UserError(`Input "${options.input}": helm template failed: ${message || 'no message'} — ${todo}`);
}

/** A `chart/templates/x.yaml` path of helm's as the template's file (absolute for a chart folder). */
function templateFile(helmPath: string, chart: ChartSource): { path: string; absolute: boolean } {
  // The first segment is the chart's name (Chart.yaml), whatever its folder is called.
  const inside = helmPath.split('/').slice(1);
  if (chart.oci) return { path: `${chart.location.replace(/\/+$/, '')}/${inside.join('/')}`, absolute: false };
  return { path: join(chart.location, ...inside), absolute: true };
}

/** The lines of a template's `kind:` lines, per kind, to point each rendered object at one. */
class TemplateLines {
  private readonly kinds = new Map<string, { all: number[]; byKind: Map<string, number[]> } | undefined>();
  private readonly seen = new Map<string, number>();

  lineOf(file: string, kind: string): number {
    let known = this.kinds.get(file);
    if (!this.kinds.has(file)) {
      known = readKinds(file);
      this.kinds.set(file, known);
    }
    if (!known) return 1;
    const key = `${file}\0${kind}`;
    const nth = this.seen.get(key) ?? 0;
    this.seen.set(key, nth + 1);
    const lines = known.byKind.get(kind);
    if (lines && lines.length > 0) return lines[Math.min(nth, lines.length - 1)];
    return known.all[0] ?? 1;
  }
}

function readKinds(file: string): { all: number[]; byKind: Map<string, number[]> } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  text.split('\n').forEach((line, index) => {
    const match = /^\s*kind:\s*["']?([A-Za-z][A-Za-z0-9]*)/.exec(line);
    if (!match) return;
    all.push(index + 1);
    const lines = byKind.get(match[1]) ?? [];
    lines.push(index + 1);
    byKind.set(match[1], lines);
  });
  return { all, byKind };
}

/** The `# Source:` path in force at each line of helm's output. */
function sourceLines(text: string): Array<{ line: number; path: string }> {
  const found: Array<{ line: number; path: string }> = [];
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    const end = text.indexOf('\n', at);
    const content = text.slice(at, end === -1 ? text.length : end);
    if (content.startsWith('# Source: ')) found.push({ line, path: content.slice('# Source: '.length).trim() });
    if (end === -1) break;
    at = end + 1;
    line += 1;
  }
  return found;
}

/** Logs in to an OCI registry into a registry config of the render's own; returns its environment. */
async function registryEnvironment(
  binary: string,
  chart: string,
  login: HelmRegistryLogin,
  plainHttp: boolean,
  root: string,
  input: string,
): Promise<{ env: Record<string, string>; cleanup: () => void }> {
  const folder = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'helm-registry-'));
  const config = join(folder, 'config.json');
  writeFileSync(config, '{}', { mode: 0o600 });
  const env = { HELM_REGISTRY_CONFIG: config };
  const host = chart.replace(/^oci:\/\//i, '').split('/')[0];
  const args = ['registry', 'login', host, '--username', login.username, '--password-stdin'];
  if (plainHttp) args.push('--plain-http');
  const result = await runTool(binary, args, { cwd: root, env, input: login.password });
  const cleanup = () => rmSync(folder, { recursive: true, force: true });
  if (result.exitCode !== 0) {
    cleanup();
    const reason = oneLine(withoutValues(result.stderr, [login.password, login.username])).replace(/^Error:\s*/, '');
    throw new InputError(
      input,
      `is "${chart}", but logging in to ${host} failed: ${reason} — check the registry username and password`,
    );
  }
  return { env, cleanup };
}

/** Renders the chart with `helm template`; objects point at their templates (see the file comment). */
export async function renderHelm(options: HelmRenderOptions): Promise<LoadedObject[]> {
  const input = options.inputs?.chart ?? 'helm-chart';
  const chart = checkChart(options);
  const valuesFiles = checkValues(options);
  const { args, sets } = helmTemplateArgs(options, chart.location, valuesFiles);
  const given = givenValues(
    valuesFiles,
    sets.map((set) => set.value),
  );
  let env: Record<string, string> = {};
  let cleanup = () => undefined as void;
  if (chart.oci && options.registryLogin) {
    ({ env, cleanup } = await registryEnvironment(
      options.binary,
      chart.location,
      options.registryLogin,
      options.plainHttp === true,
      options.root,
      input,
    ));
  }
  let result;
  try {
    result = await runTool(options.binary, args, { cwd: options.root, env });
  } finally {
    cleanup();
  }
  if (result.exitCode !== 0) throw helmError(result.stderr, { chart, root: options.root, given, input });

  const sources = sourceLines(result.stdout);
  const lines = new TemplateLines();
  let sourceAt = 0;
  const perTemplate = new Map<string, number>();
  const objects = parseRendered(
    {
      text: result.stdout,
      name: `helm template ${chart.oci ? chart.location : displayPath(chart.location, options.root)}`,
      by: 'helm',
      file: options.renderedFile,
      root: options.root,
    },
    (renderedLine, loaded) => {
      while (sourceAt + 1 < sources.length && sources[sourceAt + 1].line < renderedLine) sourceAt += 1;
      const helmPath = sources[sourceAt] && sources[sourceAt].line < renderedLine ? sources[sourceAt].path : undefined;
      if (!helmPath) {
        return { file: chart.location, index: 0, line: 1 };
      }
      const template = templateFile(helmPath, chart);
      const index = perTemplate.get(template.path) ?? 0;
      if (loaded.source.item === undefined) perTemplate.set(template.path, index + 1);
      const line = template.absolute ? lines.lineOf(template.path, loaded.object.kind) : 1;
      return { file: template.path, index, line };
    },
  );
  maskSecretValues(objects);
  return objects;
}
