export const id = 120;
export const ids = [120];
export const modules = {

/***/ 37120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderManifests: () => (/* binding */ renderManifests)
});

// UNUSED EXPORTS: DEFAULT_DOWNLOAD_BASE, checksumFor, givenValues, helmError, helmTemplateArgs, isOciChart, kustomizeError, maskSecretValues, parseHelmSet, readRenderInputs, releaseUrls, renderHelm, renderKustomize, rendersAnything, requirePathsOrRendering, resolveTool, runTool, secretValues, withoutValues

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __webpack_require__(11745);
// EXTERNAL MODULE: ./packages/manifests/src/yaml.ts + 1 modules
var yaml = __webpack_require__(82514);
;// CONCATENATED MODULE: ./packages/manifests/src/render/rendered.ts
/**
 * What helm and kustomize print, read like a manifest file: the same parser, limits and
 * one-line errors (parseManifests), each object then pointed at where it came from (its
 * template or overlay) with `source.rendered` giving its place in the render's output.
 */


/** A render's output is a whole chart or overlay: allowed to be larger than one manifest file. */
const MAX_RENDER_BYTES = 8 * yaml/* DEFAULT_MAX_FILE_BYTES */.CR;
/**
 * Parses rendered output into objects; `locate` gives each one its source (template or
 * overlay) from its line in the output. Objects keep their document's text, so the bundle
 * writes exactly what the tool printed.
 */
function parseRendered(rendered, locate) {
    if (rendered.file)
        (0,external_node_fs_.writeFileSync)(rendered.file, rendered.text, { mode: 0o600 });
    const objects = (0,yaml/* parseManifests */.Ye)(rendered.text, rendered.file ?? rendered.name, {
        root: rendered.root,
        maxFileBytes: MAX_RENDER_BYTES,
    });
    return objects.map((loaded) => {
        const renderedAt = { by: rendered.by, line: loaded.source.line };
        if (rendered.file)
            renderedAt.file = rendered.file;
        const source = { ...locate(loaded.source.line, loaded), rendered: renderedAt };
        if (loaded.source.item !== undefined)
            source.item = loaded.source.item;
        return { ...loaded, source };
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./packages/manifests/src/render/run-tool.ts
/**
 * Runs a rendering tool (helm, kustomize) with an argument array, never a shell: what the
 * user gave (chart paths, values, --set lines) can never be read as shell syntax. Output is
 * collected whole; nothing the tool prints is logged here (it may hold Secret values).
 */

/** Runs `file args…`; resolves with its output and exit code (a non-zero exit is not an error here). */
function runTool(file, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', reject);
        child.stdin.on('error', () => {
            // The tool may exit before reading its input; the exit code tells.
        });
        child.stdin.end(options.input ?? '');
        child.on('close', (code, signal) => resolve({
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            exitCode: code ?? (signal ? 128 : 1),
        }));
    });
}

// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(848);
// EXTERNAL MODULE: ./packages/manifests/src/scope.ts
var scope = __webpack_require__(15261);
;// CONCATENATED MODULE: ./packages/manifests/src/render/secrets.ts
/**
 * Rendered Secrets stay secret. A chart or an overlay turns values (a values file, a
 * `helm-set` line, a secretGenerator literal) into Secret data: every such value is masked
 * for the runner before the action logs anything about the render, and a tool's error
 * message never repeats a value the user gave (they are cut out of it before it is shown).
 */




function isSecret(object) {
    return object.kind === 'Secret' && (0,scope/* apiGroup */.oI)(object.apiVersion) === '';
}
function values(record) {
    if (record === null || typeof record !== 'object' || Array.isArray(record))
        return [];
    return Object.values(record)
        .filter((value) => value !== null && value !== undefined)
        .map(String);
}
/** Every value a Secret holds, as written and as its pods read it (base64 `data` decoded). */
function secretValues(objects) {
    const found = [];
    for (const item of objects) {
        const object = 'source' in item && 'object' in item ? item.object : item;
        if (!isSecret(object))
            continue;
        for (const value of values(object.data)) {
            found.push(value);
            const decoded = Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
            if (decoded !== '')
                found.push(decoded);
        }
        for (const value of values(object.stringData))
            found.push(value);
    }
    return found;
}
/** Masks every Secret value of the objects (maskSecret: each line and the base64 form too). */
function maskSecretValues(objects) {
    for (const value of secretValues(objects))
        (0,src/* maskSecret */.$l)(value);
}
/** The scalars of a values file (strings and numbers of 4 characters or more: shorter ones say nothing). */
function scalarsOf(value, into) {
    if (value === null || value === undefined)
        return;
    if (typeof value === 'object') {
        for (const child of Array.isArray(value) ? value : Object.values(value))
            scalarsOf(child, into);
        return;
    }
    const text = String(value);
    if (text.length >= 4)
        into.add(text);
}
/**
 * The values a render was given (values files' scalars, `--set` values), to cut out of the
 * tool's messages. A values file that cannot be parsed gives its lines instead.
 */
function givenValues(valuesFiles, setValues) {
    const found = new Set();
    for (const file of valuesFiles) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            continue;
        }
        try {
            scalarsOf((0,js_yaml/* load */.Hh)(text), found);
        }
        catch {
            for (const line of text.split(/\r?\n/))
                if (line.trim().length >= 4)
                    found.add(line.trim());
        }
    }
    for (const value of setValues) {
        if (value.length >= 4)
            found.add(value);
        // A --set value may be a list ({a,b}) or JSON: its parts too.
        for (const part of value.split(/[{},:"[\]]/))
            if (part.trim().length >= 4)
                found.add(part.trim());
    }
    // Longest first, so a value that contains another is cut whole.
    return [...found].sort((a, b) => b.length - a.length);
}
/** A tool's message without any of the given values. */
function withoutValues(message, given) {
    return (0,src/* redact */.E$)(message, given);
}

;// CONCATENATED MODULE: ./packages/manifests/src/render/helm.ts
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







const SET_FORM = /^(?:(--set|--set-string|--set-json)(?:\s+|=))?([^=\s][^=]*?)=([\s\S]*)$/;
/** One `helm-set` line as a flag, key and value; a line in no known form is a one-line error. */
function parseHelmSet(line, input = 'helm-set') {
    const trimmed = line.trim();
    const match = SET_FORM.exec(trimmed);
    if (!match || /^--/.test(match[2])) {
        const flag = /^(--[a-z-]+)/.exec(trimmed)?.[1];
        throw new src/* InputError */.dz(input, flag && !['--set', '--set-string', '--set-json'].includes(flag)
            ? `has a line starting with ${flag}: only key=value, --set-string key=value and --set-json key=<json> lines are accepted`
            : `has a line that is not key=value: write one key=value a line (or --set-string key=value, --set-json key=<json>)`);
    }
    return { flag: match[1] ?? '--set', key: match[2].trim(), value: match[3] };
}
function isOciChart(chart) {
    return /^oci:\/\//i.test(chart.trim());
}
function checkChart(options) {
    const input = options.inputs?.chart ?? 'helm-chart';
    const chart = options.chart.trim();
    if (isOciChart(chart))
        return { location: chart, oci: true };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(chart)) {
        throw new src/* InputError */.dz(input, `is "${chart}": give a chart folder in the workspace or an oci:// reference`);
    }
    const folder = (0,src/* resolveInWorkspace */.z1)(chart, input, options.root);
    if (!(0,external_node_fs_.existsSync)(folder) || !(0,external_node_fs_.statSync)(folder).isDirectory()) {
        throw new src/* InputError */.dz(input, `is "${chart}", which is not a folder in the workspace ${options.root}: give the chart's folder (the one holding Chart.yaml)`);
    }
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, 'Chart.yaml'))) {
        throw new src/* InputError */.dz(input, `is "${chart}", a folder without a Chart.yaml: give the chart's folder`);
    }
    return { location: folder, oci: false };
}
function checkValues(options) {
    const input = options.inputs?.values ?? 'helm-values';
    return (options.values ?? []).map((given) => {
        const file = (0,src/* resolveInWorkspace */.z1)(given.trim(), input, options.root);
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile()) {
            throw new src/* InputError */.dz(input, `names "${given.trim()}", which is not a file in the workspace ${options.root}: check the path (relative to the repository root)`);
        }
        return file;
    });
}
/** The arguments of `helm template` (and the values given, to keep out of messages). */
function helmTemplateArgs(options, chart, valuesFiles) {
    const sets = (options.set ?? []).map((line) => parseHelmSet(line, options.inputs?.set));
    const args = ['template', options.releaseName, chart];
    if (options.namespace)
        args.push('--namespace', options.namespace);
    if (options.kubeVersion)
        args.push('--kube-version', options.kubeVersion);
    for (const version of options.apiVersions ?? [])
        args.push('--api-versions', version);
    if (options.includeCrds)
        args.push('--include-crds');
    if (options.plainHttp)
        args.push('--plain-http');
    for (const file of valuesFiles)
        args.push('--values', file);
    for (const set of sets)
        args.push(set.flag, `${set.key}=${set.value}`);
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
function helmError(stderr, options) {
    const text = withoutValues(stderr
        .split(/\r?\n/)
        .filter((line) => !/^Use --debug flag/.test(line) && !/^(?:WARNING|walk\.go):/.test(line))
        .join('\n'), options.given);
    const message = (0,src/* oneLine */.TN)(text).replace(/^Error:\s*/, '');
    for (const pattern of TEMPLATE_AT) {
        const match = pattern.exec(message);
        if (!match)
            continue;
        const template = templateFile(match[1], options.chart);
        const shown = template.absolute ? (0,src/* displayPath */.Gt)(template.path, options.root) : template.path;
        const reason = message
            .replace(match[0], ' ')
            .replace(/^\s*(?:parse error at|execution error at)?\s*:?\s*/, '')
            .replace(/\s+/g, ' ')
            .trim();
        return new src/* UserError */.yo(`${shown}:${match[2]}: helm template failed: ${reason || 'template error'} — fix the template or the values it reads`, { file: template.absolute ? shown : undefined, line: Number(match[2]) });
    }
    const yamlError = /YAML parse error on ([^\s:]+): (.*)$/.exec(message);
    if (yamlError) {
        const template = templateFile(yamlError[1], options.chart);
        const shown = template.absolute ? (0,src/* displayPath */.Gt)(template.path, options.root) : template.path;
        return new src/* UserError */.yo(`${shown}: helm template rendered invalid YAML (${yamlError[2]}) — fix the template's indentation or quoting`, { file: template.absolute ? shown : undefined });
    }
    const todo = options.chart.oci && /credential|unauthori[sz]ed|denied|\b401\b|\b403\b/i.test(message)
        ? "give helm-registry-username and helm-registry-password for the chart's registry"
        : 'check the chart, its values and helm-set';
    return new src/* UserError */.yo(`Input "${options.input}": helm template failed: ${message || 'no message'} — ${todo}`);
}
/** A `chart/templates/x.yaml` path of helm's as the template's file (absolute for a chart folder). */
function templateFile(helmPath, chart) {
    // The first segment is the chart's name (Chart.yaml), whatever its folder is called.
    const inside = helmPath.split('/').slice(1);
    if (chart.oci)
        return { path: `${chart.location.replace(/\/+$/, '')}/${inside.join('/')}`, absolute: false };
    return { path: (0,external_node_path_.join)(chart.location, ...inside), absolute: true };
}
/** The lines of a template's `kind:` lines, per kind, to point each rendered object at one. */
class TemplateLines {
    kinds = new Map();
    seen = new Map();
    lineOf(file, kind) {
        let known = this.kinds.get(file);
        if (!this.kinds.has(file)) {
            known = readKinds(file);
            this.kinds.set(file, known);
        }
        if (!known)
            return 1;
        const key = `${file}\0${kind}`;
        const nth = this.seen.get(key) ?? 0;
        this.seen.set(key, nth + 1);
        const lines = known.byKind.get(kind);
        if (lines && lines.length > 0)
            return lines[Math.min(nth, lines.length - 1)];
        return known.all[0] ?? 1;
    }
}
function readKinds(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const all = [];
    const byKind = new Map();
    text.split('\n').forEach((line, index) => {
        const match = /^\s*kind:\s*["']?([A-Za-z][A-Za-z0-9]*)/.exec(line);
        if (!match)
            return;
        all.push(index + 1);
        const lines = byKind.get(match[1]) ?? [];
        lines.push(index + 1);
        byKind.set(match[1], lines);
    });
    return { all, byKind };
}
/** The `# Source:` path in force at each line of helm's output. */
function sourceLines(text) {
    const found = [];
    let line = 1;
    let at = 0;
    while (at <= text.length) {
        const end = text.indexOf('\n', at);
        const content = text.slice(at, end === -1 ? text.length : end);
        if (content.startsWith('# Source: '))
            found.push({ line, path: content.slice('# Source: '.length).trim() });
        if (end === -1)
            break;
        at = end + 1;
        line += 1;
    }
    return found;
}
/** Logs in to an OCI registry into a registry config of the render's own; returns its environment. */
async function registryEnvironment(binary, chart, login, plainHttp, root, input) {
    const folder = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'helm-registry-'));
    const config = (0,external_node_path_.join)(folder, 'config.json');
    (0,external_node_fs_.writeFileSync)(config, '{}', { mode: 0o600 });
    const env = { HELM_REGISTRY_CONFIG: config };
    const host = chart.replace(/^oci:\/\//i, '').split('/')[0];
    const args = ['registry', 'login', host, '--username', login.username, '--password-stdin'];
    if (plainHttp)
        args.push('--plain-http');
    const result = await runTool(binary, args, { cwd: root, env, input: login.password });
    const cleanup = () => (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    if (result.exitCode !== 0) {
        cleanup();
        const reason = (0,src/* oneLine */.TN)(withoutValues(result.stderr, [login.password, login.username])).replace(/^Error:\s*/, '');
        throw new src/* InputError */.dz(input, `is "${chart}", but logging in to ${host} failed: ${reason} — check the registry username and password`);
    }
    return { env, cleanup };
}
/** Renders the chart with `helm template`; objects point at their templates (see the file comment). */
async function renderHelm(options) {
    const input = options.inputs?.chart ?? 'helm-chart';
    const chart = checkChart(options);
    const valuesFiles = checkValues(options);
    const { args, sets } = helmTemplateArgs(options, chart.location, valuesFiles);
    const given = givenValues(valuesFiles, sets.map((set) => set.value));
    let env = {};
    let cleanup = () => undefined;
    if (chart.oci && options.registryLogin) {
        ({ env, cleanup } = await registryEnvironment(options.binary, chart.location, options.registryLogin, options.plainHttp === true, options.root, input));
    }
    let result;
    try {
        result = await runTool(options.binary, args, { cwd: options.root, env });
    }
    finally {
        cleanup();
    }
    if (result.exitCode !== 0)
        throw helmError(result.stderr, { chart, root: options.root, given, input });
    const sources = sourceLines(result.stdout);
    const lines = new TemplateLines();
    let sourceAt = 0;
    const perTemplate = new Map();
    const objects = parseRendered({
        text: result.stdout,
        name: `helm template ${chart.oci ? chart.location : (0,src/* displayPath */.Gt)(chart.location, options.root)}`,
        by: 'helm',
        file: options.renderedFile,
        root: options.root,
    }, (renderedLine, loaded) => {
        while (sourceAt + 1 < sources.length && sources[sourceAt + 1].line < renderedLine)
            sourceAt += 1;
        const helmPath = sources[sourceAt] && sources[sourceAt].line < renderedLine ? sources[sourceAt].path : undefined;
        if (!helmPath) {
            return { file: chart.location, index: 0, line: 1 };
        }
        const template = templateFile(helmPath, chart);
        const index = perTemplate.get(template.path) ?? 0;
        if (loaded.source.item === undefined)
            perTemplate.set(template.path, index + 1);
        const line = template.absolute ? lines.lineOf(template.path, loaded.object.kind) : 1;
        return { file: template.path, index, line };
    });
    maskSecretValues(objects);
    return objects;
}

// EXTERNAL MODULE: ./packages/manifests/src/load.ts + 2 modules
var load = __webpack_require__(4466);
;// CONCATENATED MODULE: ./packages/manifests/src/render/kustomize.ts
/**
 * `kustomize build` of an overlay folder, run with an argument array; `--enable-helm` (and
 * the helm binary to inflate charts with) when asked. Each object points at its overlay's
 * kustomization file: kustomize's output does not say which resource file an object came
 * from. Errors are one line naming the overlay, with a cycle of kustomizations spelled out.
 */







/** The overlay's kustomization file (absolute), or a one-line error. */
function kustomizationFile(options) {
    const input = options.input ?? 'kustomize';
    const folder = (0,src/* resolveInWorkspace */.z1)(options.overlay.trim(), input, options.root);
    if (!(0,external_node_fs_.existsSync)(folder) || !(0,external_node_fs_.statSync)(folder).isDirectory()) {
        throw new src/* InputError */.dz(input, `names "${options.overlay.trim()}", which is not a folder in the workspace ${options.root}: give overlay folders (each holding a kustomization.yaml)`);
    }
    for (const name of load/* KUSTOMIZATION_FILES */.Ct) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, name)))
            return (0,external_node_path_.join)(folder, name);
    }
    throw new src/* InputError */.dz(input, `names "${options.overlay.trim()}", a folder without a kustomization.yaml: give the overlay's folder`);
}
/** kustomize's error as one line naming the overlay; paths shown relative to the workspace. */
function kustomizeError(stderr, overlay, root) {
    const prefix = root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep;
    const message = (0,src/* oneLine */.TN)(stderr)
        .replace(/^Error:\s*/, '')
        .split(prefix)
        .join('');
    const shown = (0,src/* displayPath */.Gt)(overlay, root);
    const cycle = /cycle detected: candidate root '([^']+)' contains visited root '([^']+)'/.exec(stderr);
    if (cycle) {
        const folder = (0,external_node_path_.relative)(root, cycle[2]).split(external_node_path_.sep).join('/') || '.';
        return new src/* UserError */.yo(`${shown}: kustomize build failed: the kustomizations form a cycle (${folder} includes itself through its resources) — remove the resource that leads back to it`, { file: shown });
    }
    // kustomize nests its reasons ("accumulating resources: accumulation err='…': …"): the last is the cause.
    const reasons = message.split(/:\s+(?=[a-z'"])/);
    const cause = reasons.slice(-2).join(': ');
    const short = cause.length > 400 ? `${cause.slice(0, 400)}…` : cause;
    return new src/* UserError */.yo(`${shown}: kustomize build failed: ${short} — fix the overlay or the files it names`, {
        file: shown,
    });
}
/** Renders the overlay with `kustomize build`; every object points at the overlay's kustomization file. */
async function renderKustomize(options) {
    const file = kustomizationFile(options);
    const folder = (0,external_node_path_.join)(file, '..');
    const args = ['build', folder];
    if (options.enableHelm)
        args.push('--enable-helm', '--helm-command', options.enableHelm.helm);
    const result = await runTool(options.binary, args, { cwd: options.root });
    if (result.exitCode !== 0)
        throw kustomizeError(result.stderr, file, options.root);
    const objects = parseRendered({
        text: result.stdout,
        name: `kustomize build ${(0,src/* displayPath */.Gt)(folder, options.root)}`,
        by: 'kustomize',
        file: options.renderedFile,
        root: options.root,
    }, (_line, loaded) => ({ file, index: loaded.source.index, line: 1 }));
    maskSecretValues(objects);
    return objects;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io.js
var io = __webpack_require__(50681);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+tool-cache@4.0.0/node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(78694);
;// CONCATENATED MODULE: ./packages/manifests/src/render/tools.ts
/**
 * Finds the helm or kustomize binary a render runs: the one on PATH (a GitHub runner has
 * both), or, when a version is pinned (`helm-version`, `kustomize-version`), that release,
 * downloaded once with @actions/tool-cache, its archive checked against the checksum the
 * project publishes beside it, and kept in the runner's tool cache for later steps and jobs.
 * An archive whose checksum does not match is refused and nothing is installed.
 */






/** Where each tool publishes its releases. */
const DEFAULT_DOWNLOAD_BASE = {
    helm: 'https://get.helm.sh',
    kustomize: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
};
const EXACT_VERSION = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
function platform() {
    const os = process.platform === 'win32' ? 'windows' : process.platform;
    const arch = process.arch === 'x64' ? 'amd64' : process.arch;
    return { os, arch, extension: os === 'windows' ? 'zip' : 'tar.gz' };
}
/** The release archive's URL and the checksum file that lists it. */
function releaseUrls(name, version, base = DEFAULT_DOWNLOAD_BASE[name]) {
    const { os, arch, extension } = platform();
    const trimmed = base.replace(/\/+$/, '');
    if (name === 'helm') {
        const file = `helm-v${version}-${os}-${arch}.${extension}`;
        return { file, archive: `${trimmed}/${file}`, checksums: `${trimmed}/${file}.sha256sum` };
    }
    const file = `kustomize_v${version}_${os}_${arch}.${extension}`;
    const folder = `${trimmed}/kustomize%2Fv${version}`;
    return { file, archive: `${folder}/${file}`, checksums: `${folder}/checksums.txt` };
}
/** The sha256 a checksum file gives for `file`: `<hex>  <file>` lines, or a file holding only the hex. */
function checksumFor(text, file) {
    const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    for (const line of lines) {
        const match = /^([0-9a-f]{64})(?:\s+\*?(\S+))?$/i.exec(line);
        if (!match)
            continue;
        if (match[2] === undefined ? lines.length === 1 : match[2].split('/').pop() === file)
            return match[1].toLowerCase();
    }
    return undefined;
}
function sha256File(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
/** The binary inside an extracted archive (helm's sits in `<os>-<arch>/`). */
function findBinary(folder, name) {
    const wanted = process.platform === 'win32' ? `${name}.exe` : name;
    const visit = (dir, depth) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
            const full = (0,external_node_path_.join)(dir, entry);
            const stats = (0,external_node_fs_.statSync)(full);
            if (stats.isFile() && entry === wanted)
                return full;
            if (stats.isDirectory() && depth < 2) {
                const found = visit(full, depth + 1);
                if (found)
                    return found;
            }
        }
        return undefined;
    };
    return visit(folder, 0);
}
async function download(url, request, version, what) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        const status = error.httpStatusCode;
        throw new src/* InputError */.dz(request.inputName, `is "${version}", but ${request.name}'s ${what} could not be downloaded from ${url} (${status ? `HTTP ${status}` : error.message}): check that ${request.name} ${version} exists, or leave the input empty to use the ${request.name} on PATH`);
    }
}
/** Installs (or finds in the tool cache) an exact version; returns the binary's path. */
async function installVersion(request, version) {
    const binaryName = process.platform === 'win32' ? `${request.name}.exe` : request.name;
    const cached = tool_cache/* find */.I6(request.name, version);
    if (cached && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cached, binaryName)))
        return (0,external_node_path_.join)(cached, binaryName);
    const urls = releaseUrls(request.name, version, request.downloadBase);
    request.onInfo?.(`Installing ${request.name} ${version} from ${urls.archive}`);
    const checksumFile = await download(urls.checksums, request, version, 'checksum file');
    const expected = checksumFor((0,external_node_fs_.readFileSync)(checksumFile, 'utf8'), urls.file);
    if (!expected) {
        throw new src/* InputError */.dz(request.inputName, `is "${version}", but ${urls.checksums} lists no sha256 for ${urls.file}: nothing was installed — check the version`);
    }
    const archive = await download(urls.archive, request, version, 'release archive');
    const actual = await sha256File(archive);
    if (actual !== expected) {
        throw new src/* UserError */.yo(`Input "${request.inputName}": the ${request.name} ${version} archive from ${urls.archive} has sha256 ${actual}, but ${urls.checksums} says ${expected}: refused, nothing was installed — try again, or check the download source`);
    }
    const extracted = urls.file.endsWith('.zip')
        ? await tool_cache/* extractZip */.JE(archive)
        : await tool_cache/* extractTar */.nN(archive);
    const binary = findBinary(extracted, request.name);
    if (!binary) {
        throw new src/* InputError */.dz(request.inputName, `is "${version}", but the ${request.name} archive ${urls.file} holds no ${binaryName} binary: check the version`);
    }
    const folder = await tool_cache/* cacheFile */.NJ(binary, binaryName, request.name, version);
    return (0,external_node_path_.join)(folder, binaryName);
}
/**
 * The path of the binary to run: the pinned version (installed when missing), else the one
 * on PATH. A missing binary is a one-line error naming the input that would pin one.
 */
async function resolveTool(request) {
    const given = (request.version ?? '').trim();
    if (given !== '') {
        const match = EXACT_VERSION.exec(given);
        if (!match)
            throw new src/* InputError */.dz(request.inputName, `is "${given}": give an exact release such as 3.18.4 (no ranges)`);
        return installVersion(request, match[1]);
    }
    const onPath = await io/* which */.K7(request.name, false);
    if (!onPath) {
        throw new src/* InputError */.dz(request.inputName, `is empty and no ${request.name} is on PATH: set ${request.inputName} (for example ${request.name === 'helm' ? '3.18.4' : '5.7.1'}) to install one, or install ${request.name} in an earlier step`);
    }
    return onPath;
}

// EXTERNAL MODULE: ./packages/manifests/src/render/inputs.ts
var inputs = __webpack_require__(69257);
;// CONCATENATED MODULE: ./packages/manifests/src/render/index.ts
/**
 * Rendering a Helm chart and kustomize overlays into objects, for list-manifests and
 * detect-config-changes: the inputs both actions share (readRenderInputs, in inputs.ts), the binaries
 * (resolveTool: PATH or a pinned, checksum-verified release), and the renders themselves.
 */










/** A file name for a render's output: the chart or overlay path, made safe. */
function outputName(prefix, path, index) {
    const slug = path
        .replace(/^oci:\/\//i, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(-80);
    return `${String(index + 1).padStart(2, '0')}-${prefix}-${slug || 'root'}.yaml`;
}
/**
 * Renders the chart, then each overlay, in that order; the objects of all of them, each
 * pointing at its template or overlay. Secret values are masked as each render is read.
 */
async function renderManifests(request, options) {
    const { root } = options;
    const objects = [];
    const needsHelm = request.helm !== undefined || (request.kustomize.length > 0 && request.kustomizeEnableHelm);
    const helm = needsHelm
        ? await resolveTool({
            name: 'helm',
            version: request.helmVersion,
            inputName: 'helm-version',
            downloadBase: options.downloadBase?.helm,
            onInfo: options.onInfo,
        })
        : undefined;
    let rendered = 0;
    const outputFile = (prefix, path) => options.outputFolder ? (0,external_node_path_.join)(options.outputFolder, outputName(prefix, path, rendered++)) : undefined;
    if (request.helm) {
        const chart = request.helm;
        options.onInfo?.(`Rendering the Helm chart ${chart.chart} (release ${chart.releaseName})`);
        objects.push(...(await renderHelm({
            ...chart,
            binary: helm,
            root,
            renderedFile: outputFile('helm', chart.chart),
        })));
    }
    if (request.kustomize.length > 0) {
        const kustomize = await resolveTool({
            name: 'kustomize',
            version: request.kustomizeVersion,
            inputName: 'kustomize-version',
            downloadBase: options.downloadBase?.kustomize,
            onInfo: options.onInfo,
        });
        for (const overlay of request.kustomize) {
            options.onInfo?.(`Rendering the kustomize overlay ${overlay}`);
            objects.push(...(await renderKustomize({
                binary: kustomize,
                overlay,
                enableHelm: request.kustomizeEnableHelm ? { helm: helm } : undefined,
                root,
                renderedFile: outputFile('kustomize', overlay),
            })));
        }
    }
    return objects;
}


/***/ })

};
