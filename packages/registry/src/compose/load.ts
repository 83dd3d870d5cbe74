import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { safeYamlReason } from '@kra/core/parser-errors';
import { UserError, displayPath } from '@kra/core';
import { interpolate, InvalidTemplateError, RequiredVariableError, type Lookup } from './interpolate.js';
import { DotEnvError, parseDotEnv } from './dotenv.js';

/**
 * Loads one Compose project from one or more files, the way `docker compose -f a -f b`
 * does: each file is parsed and interpolated on its own, then merged in order (mappings
 * merged key by key, anything else replaced by the later file). Only what the registry
 * actions need is modelled: the project name and each service's `image:` and `build:`.
 */

export interface ComposeBuild {
  /** The build context as written (relative to the project directory, or a URL). */
  context: string;
  dockerfile?: string;
  target?: string;
}

export interface ComposeService {
  name: string;
  /** `image:` after interpolation, when set. */
  image?: string;
  /** `build:` normalised to a mapping, when set. */
  build?: ComposeBuild;
  /** `profiles:`: the service is only active when one of them is (COMPOSE_PROFILES). */
  profiles?: string[];
  /** The file (of those merged) that defined the service first, and the line. */
  file: string;
  line?: number;
}

export interface ComposeProject {
  /** The project name: COMPOSE_PROJECT_NAME, else top-level `name:`, else the project folder's name, normalised. */
  name: string;
  /** The folder of the first Compose file: relative paths and `.env` are read from there. */
  directory: string;
  files: string[];
  services: ComposeService[];
  /** COMPOSE_PROFILES (environment, then .env): services with `profiles:` are active only when one of theirs is listed. */
  activeProfiles: string[];
}

export interface LoadComposeOptions {
  /** The environment variables interpolation sees first (default process.env). */
  env?: Record<string, string | undefined>;
  /** How files are named in messages (default: relative to the workspace). */
  display?: (path: string) => string;
  /** Warnings: unset variables, several default files. */
  onWarning?: (message: string) => void;
}

/** The file names Compose looks for, in its order of preference, and their override files. */
export const DEFAULT_COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * Finds the default Compose file in a folder as `docker compose` does: the first of
 * compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml (with a warning when
 * several exist), followed by its override file (compose.override.yaml, …) when present.
 */
export function findDefaultComposeFiles(directory: string, onWarning?: (message: string) => void): string[] {
  const present = DEFAULT_COMPOSE_FILES.filter((name) => existsSync(resolve(directory, name)));
  if (present.length === 0) return [];
  if (present.length > 1 && onWarning) {
    onWarning(`found several Compose files (${present.join(', ')}); using ${present[0]} as docker compose does`);
  }
  const chosen = present[0];
  const override = chosen.replace(/\.(ya?ml)$/, '.override.$1');
  const files = [resolve(directory, chosen)];
  for (const candidate of [
    override,
    override.endsWith('.yaml') ? override.replace(/yaml$/, 'yml') : override.replace(/yml$/, 'yaml'),
  ]) {
    if (existsSync(resolve(directory, candidate))) {
      files.push(resolve(directory, candidate));
      break;
    }
  }
  return files;
}

const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/;

/** Compose's normalisation of a folder name into a project name: lower case, keep [a-z0-9_-], no leading - or _. */
export function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[-_]+/, '');
}

/** Compose's default image name for a service that is built and has no `image:`. */
export function defaultImageName(project: string, service: string): string {
  return `${project}-${service}`.toLowerCase();
}

export function loadComposeProject(files: readonly string[], options: LoadComposeOptions = {}): ComposeProject {
  if (files.length === 0) throw new UserError('no Compose file was given');
  const show = options.display ?? ((path: string) => displayPath(path));
  const env = options.env ?? process.env;
  const absolute = files.map((file) => resolve(file));
  const directory = dirname(absolute[0]);
  const dotEnvPath = resolve(directory, '.env');
  let dotEnv: Record<string, string> = {};
  const environment: Lookup = (name) => env[name];
  if (existsSync(dotEnvPath)) {
    try {
      dotEnv = parseDotEnv(readFileSync(dotEnvPath, 'utf8'), environment);
    } catch (error) {
      const line = error instanceof DotEnvError ? error.line : undefined;
      const where = `${show(dotEnvPath)}${line ? `:${line}` : ''}`;
      throw new UserError(`${where}: ${(error as Error).message}: fix the .env file beside the Compose file`, {
        file: show(dotEnvPath),
        line,
      });
    }
  }
  // The environment wins over .env, as in Compose.
  const lookup: Lookup = (name) => env[name] ?? (Object.hasOwn(dotEnv, name) ? dotEnv[name] : undefined);

  let merged: Record<string, unknown> = {};
  const origins = new Map<string, { file: string; line?: number; path: string }>();
  for (const file of absolute) {
    const { document, text } = readComposeFile(file, lookup, show, options.onWarning);
    const services = document.services;
    if (isMapping(services)) {
      const start = lineOf(text, /^services\s*:/) ?? 0;
      for (const name of Object.keys(services)) {
        if (!origins.has(name))
          origins.set(name, { file: show(file), line: lineOf(text, serviceKey(name), start), path: file });
      }
    }
    merged = mergeMappings(merged, document);
  }

  const explicit = lookup('COMPOSE_PROJECT_NAME') || (typeof merged.name === 'string' ? merged.name : '');
  let name: string;
  if (explicit) {
    if (!PROJECT_NAME.test(explicit)) {
      throw new UserError(
        `${show(absolute[0])}: project name "${explicit}" must be lower-case letters, digits, dashes and underscores, starting with a letter or digit`,
        { file: show(absolute[0]) },
      );
    }
    name = explicit;
  } else {
    name = normalizeProjectName(basename(directory));
    if (!name) {
      throw new UserError(
        `${show(absolute[0])}: cannot make a project name from the folder "${basename(directory)}": set "name:" in the Compose file or COMPOSE_PROJECT_NAME`,
      );
    }
  }

  const declared = (merged.services ?? {}) as Record<string, unknown>;
  const resolver = new ExtendsResolver(declared, origins, { lookup, show, onWarning: options.onWarning, directory });
  const services: ComposeService[] = [];
  for (const serviceName of Object.keys(declared)) {
    const origin = origins.get(serviceName) ?? { file: show(absolute[0]), path: absolute[0] };
    services.push(toService(serviceName, resolver.resolve(serviceName), origin));
  }
  const profiles = (lookup('COMPOSE_PROFILES') ?? '')
    .split(',')
    .map((profile) => profile.trim())
    .filter((profile) => profile !== '');
  return { name, directory, files: absolute, services, activeProfiles: profiles };
}

function readComposeFile(
  file: string,
  lookup: Lookup,
  show: (path: string) => string,
  onWarning?: (message: string) => void,
): { document: Record<string, unknown>; text: string } {
  const shown = show(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `Compose file ${shown} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`}: check the compose-file input`,
    );
  }
  let document: unknown;
  try {
    document = yaml.load(text, { filename: shown });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = mark?.line !== undefined ? mark.line + 1 : undefined;
    // js-yaml's message quotes what it found (an alias, a tag): in a Compose file, maybe a password.
    const reason = safeYamlReason(((error as { reason?: string }).reason ?? '').replace(/\s+/g, ' ').trim());
    throw new UserError(`${shown}${line ? `:${line}` : ''}: YAML syntax error: ${reason}`, { file: shown, line });
  }
  if (document === undefined || document === null) return { document: {}, text };
  if (typeof document !== 'object' || Array.isArray(document)) {
    throw new UserError(`${shown}: a Compose file must be a mapping with a "services:" key`, { file: shown, line: 1 });
  }
  const services = (document as Record<string, unknown>).services;
  if (services !== undefined && services !== null && (typeof services !== 'object' || Array.isArray(services))) {
    const line = lineOf(text, /^services\s*:/m);
    throw new UserError(`${shown}${line ? `:${line}` : ''}: "services" must be a mapping of service names`, {
      file: shown,
      line,
    });
  }

  const missing = new Set<string>();
  try {
    const interpolated = interpolateTree(document, { lookup, onMissing: (name) => missing.add(name) }) as Record<
      string,
      unknown
    >;
    return { document: interpolated, text };
  } catch (error) {
    if (error instanceof RequiredVariableError) {
      const line = lineOf(text, new RegExp(`\\$\\{${error.variable}:?\\?`));
      throw new UserError(
        `${shown}${line ? `:${line}` : ''}: ${error.message}: set ${error.variable} in the step's env or in .env`,
        {
          file: shown,
          line,
        },
      );
    }
    if (error instanceof InvalidTemplateError) {
      const line = lineOf(text, error.template.split('\n')[0]);
      throw new UserError(`${shown}${line ? `:${line}` : ''}: ${error.message}`, { file: shown, line });
    }
    throw error;
  } finally {
    for (const name of missing) {
      onWarning?.(`${shown}: the "${name}" variable is not set; using an empty string`);
    }
  }
}

/** Interpolates every string value (keys are left as written, as in Compose). */
function interpolateTree(node: unknown, options: Parameters<typeof interpolate>[1]): unknown {
  if (typeof node === 'string') return interpolate(node, options);
  if (Array.isArray(node)) return node.map((item) => interpolateTree(item, options));
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = interpolateTree(value, options);
    return out;
  }
  return node;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `build: ./dir` is short for `build: {context: ./dir}`; normalised before merging, as Compose does. */
function normalizeForMerge(document: Record<string, unknown>): Record<string, unknown> {
  if (!isMapping(document.services)) return document;
  const services: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(document.services)) {
    services[name] =
      isMapping(service) && typeof service.build === 'string'
        ? { ...service, build: { context: service.build } }
        : service;
  }
  return { ...document, services };
}

export function mergeMappings(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const left = normalizeForMerge(base);
  const right = normalizeForMerge(override);
  return deepMerge(left, right);
}

function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isMapping(current) && isMapping(value) ? deepMerge(current, value) : value;
  }
  return out;
}

/**
 * `extends:` (Compose's service inheritance): `extends: base`, `extends: {service: base}` or
 * `extends: {service: base, file: common.yaml}` (a path relative to the extending file).
 * The base is resolved first (it may extend another), then the service's own keys are
 * merged over it. A cycle or a missing base is an error naming the file and service.
 */
class ExtendsResolver {
  private readonly done = new Map<string, unknown>();
  private readonly files = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly services: Record<string, unknown>,
    private readonly origins: Map<string, { file: string; line?: number; path: string }>,
    private readonly context: {
      lookup: Lookup;
      show: (path: string) => string;
      onWarning?: (message: string) => void;
      directory: string;
    },
  ) {}

  resolve(name: string): unknown {
    return this.resolveIn(
      this.services,
      name,
      // Not path.resolve(directory, literal): ncc would rewrite that into a path of the build machine.
      this.origins.get(name)?.path ?? `${this.context.directory}${sep}${DEFAULT_COMPOSE_FILES[0]}`,
      [],
    );
  }

  private resolveIn(services: Record<string, unknown>, name: string, file: string, stack: string[]): unknown {
    const key = `${file}#${name}`;
    if (this.done.has(key)) return this.done.get(key);
    const definition = services[name];
    const where = `${this.context.show(file)}: service "${name}"`;
    if (stack.includes(key))
      throw new UserError(
        `${where} extends itself through ${stack.map((k) => k.split('#')[1]).join(' → ')}: remove the cycle`,
      );
    if (!isMapping(definition) || definition.extends === undefined || definition.extends === null) {
      this.done.set(key, definition);
      return definition;
    }
    const spec = definition.extends;
    const baseName =
      typeof spec === 'string' ? spec : isMapping(spec) && typeof spec.service === 'string' ? spec.service : undefined;
    if (!baseName)
      throw new UserError(`${where} has an "extends:" without a service name: write extends: {service: base}`);
    let baseServices = services;
    let baseFile = file;
    if (isMapping(spec) && typeof spec.file === 'string') {
      baseFile = resolve(dirname(file), spec.file);
      baseServices = this.servicesOf(baseFile);
    }
    if (!Object.hasOwn(baseServices, baseName)) {
      throw new UserError(`${where} extends "${baseName}", which ${this.context.show(baseFile)} does not define`);
    }
    const base = this.resolveIn(baseServices, baseName, baseFile, [...stack, key]);
    const own = { ...definition };
    delete own.extends;
    const merged = isMapping(base)
      ? mergeMappings({ services: { s: base } }, { services: { s: own } })
      : { services: { s: own } };
    const result = (merged.services as Record<string, unknown>).s;
    this.done.set(key, result);
    return result;
  }

  private servicesOf(file: string): Record<string, unknown> {
    let services = this.files.get(file);
    if (!services) {
      const { document } = readComposeFile(file, this.context.lookup, this.context.show, this.context.onWarning);
      services = isMapping(document.services) ? document.services : {};
      this.files.set(file, services);
    }
    return services;
  }
}

function toService(name: string, definition: unknown, origin: { file: string; line?: number }): ComposeService {
  const where = `${origin.file}${origin.line ? `:${origin.line}` : ''}`;
  const fail = (problem: string): never => {
    throw new UserError(`${where}: service "${name}" ${problem}`, { file: origin.file, line: origin.line });
  };
  if (!SERVICE_NAME.test(name)) fail('has a name Compose refuses: use letters, digits, ".", "_" and "-"');
  if (!isMapping(definition)) fail('must be a mapping (image:, build:, …)');
  const service = definition as Record<string, unknown>;
  const result: ComposeService = { name, file: origin.file, line: origin.line };
  if (Array.isArray(service.profiles)) result.profiles = service.profiles.map(String);
  if (service.image !== undefined && service.image !== null) {
    if (typeof service.image !== 'string' && typeof service.image !== 'number')
      fail('has an "image:" that is not a string');
    const image = String(service.image).trim();
    if (image) result.image = image;
  }
  if (service.build !== undefined && service.build !== null) {
    const build = service.build;
    if (typeof build === 'string') {
      result.build = { context: build };
    } else if (isMapping(build)) {
      result.build = {
        context: typeof build.context === 'string' && build.context !== '' ? build.context : '.',
        dockerfile: typeof build.dockerfile === 'string' ? build.dockerfile : undefined,
        target: typeof build.target === 'string' ? build.target : undefined,
      };
    } else {
      fail('has a "build:" that is neither a path nor a mapping');
    }
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function serviceKey(name: string): RegExp {
  return new RegExp(`^\\s+["']?${escapeRegExp(name)}["']?\\s*:`, 'm');
}

/** The 1-based line of the first match in a text (skipping comment lines), or undefined. */
export function lineOf(text: string, pattern: RegExp | string, after = 0): number | undefined {
  const regex =
    typeof pattern === 'string'
      ? new RegExp(escapeRegExp(pattern))
      : new RegExp(pattern.source, pattern.flags.replace('m', ''));
  const lines = text.split(/\r?\n/);
  for (let i = after; i < lines.length; i += 1) {
    if (lines[i].trimStart().startsWith('#')) continue;
    if (regex.test(lines[i])) return i + 1;
  }
  return undefined;
}
