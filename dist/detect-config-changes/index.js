import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6733:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1745);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1460);


await (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1460:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1745);
/* harmony import */ var _kra_manifests_inputs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(100);

// Only the input parsers: git, the YAML stack and the renderers load after every input is checked.

/** Reads and checks every input, before git, the YAML stack or a renderer is loaded. */
function readInputs() {
    const paths = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)('paths');
    const namespace = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('namespace');
    const render = (0,_kra_manifests_inputs__WEBPACK_IMPORTED_MODULE_1__/* .readRenderInputs */ .iC)(namespace);
    (0,_kra_manifests_inputs__WEBPACK_IMPORTED_MODULE_1__/* .requirePathsOrRendering */ .ri)(paths, render);
    const context = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .githubContext */ .h4)();
    return {
        root: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .workspaceRoot */ .oS)(),
        paths,
        exclude: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)('exclude'),
        head: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('head'),
        base: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('base'),
        tagPattern: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('tag-pattern', { default: 'v*' }),
        namespace,
        context,
        render: (0,_kra_manifests_inputs__WEBPACK_IMPORTED_MODULE_1__/* .rendersAnything */ .CY)(render) ? render : undefined,
    };
}
async function main() {
    const inputs = readInputs();
    // Loaded only now (a chunk of its own in dist/): the two-ref comparison and the summary.
    const { detectConfigChanges } = await Promise.all(/* import() */[__nccwpck_require__.e(343), __nccwpck_require__.e(53), __nccwpck_require__.e(216), __nccwpck_require__.e(153)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4153));
    await detectConfigChanges(inputs);
}


/***/ }),

/***/ 637:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export firstImageFailure */
/**
 * An error the user can fix. Its message is one line: what is wrong, where, and what to do.
 * `run()` prints it without a stack trace (the stack only appears with ACTIONS_STEP_DEBUG).
 */
class UserError extends Error {
    /** Where the problem is, when it is a file: used for an error annotation. */
    file;
    line;
    /** The problems one by one, each at its own file and line: one error annotation each. */
    problems;
    constructor(message, where) {
        super(oneLine(message), where?.cause === undefined ? undefined : { cause: where.cause });
        this.name = 'UserError';
        this.file = where?.file;
        this.line = where?.line;
        this.problems = where?.problems ?? [];
    }
}
/** A bad action input: names the input and what it accepts. */
class InputError extends UserError {
    input;
    constructor(input, problem) {
        super(`Input "${input}" ${problem}`);
        this.name = 'InputError';
        this.input = input;
    }
}
/** Collapse whitespace and line breaks so a message stays on one line. */
function oneLine(message) {
    return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}
function errorMessage(error) {
    if (error instanceof Error)
        return oneLine(error.message || error.name);
    return oneLine(String(error));
}
/**
 * The error a step fails with when some images of a batch failed: the first failure's own
 * error when it is a bug (not the user's), else one line naming it and what the batch did.
 */
function firstImageFailure(failed, tally) {
    const first = failed[0];
    if (!(first.error instanceof UserError))
        return first.error instanceof Error ? first.error : new Error(String(first.error));
    return new UserError(`${first.name} (${first.repository}): ${errorMessage(first.error)} — ${tally}; the summary and the not-written output list them`);
}


/***/ }),

/***/ 1745:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  CF: () => (/* reexport */ SummaryBuilder),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  TF: () => (/* reexport */ annotateError),
  oI: () => (/* reexport */ apiGroup),
  Rq: () => (/* reexport */ checksumKey),
  Bg: () => (/* reexport */ github_context_commitUrl),
  XH: () => (/* reexport */ compareUrl),
  Gt: () => (/* reexport */ workspace/* displayPath */.Gt),
  NU: () => (/* reexport */ effectiveNamespace),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  h4: () => (/* reexport */ githubContext),
  KH: () => (/* reexport */ groupKind),
  US: () => (/* reexport */ identityKey),
  pF: () => (/* reexport */ linkLine),
  $l: () => (/* reexport */ secrets_maskSecret),
  P5: () => (/* reexport */ omittedAnnotations),
  TN: () => (/* reexport */ errors/* oneLine */.TN),
  Vf: () => (/* reexport */ readBoolean),
  LD: () => (/* reexport */ readList),
  E3: () => (/* reexport */ readString),
  E$: () => (/* reexport */ redact),
  z1: () => (/* reexport */ workspace/* resolveInWorkspace */.z1),
  eF: () => (/* reexport */ run),
  Vp: () => (/* reexport */ github_context_runUrl),
  mI: () => (/* reexport */ setJsonOutput),
  SP: () => (/* reexport */ setListOutput),
  uH: () => (/* reexport */ setOutput),
  oS: () => (/* reexport */ workspace/* workspaceRoot */.oS),
  fV: () => (/* reexport */ writeDeprecatedOutputs)
});

// UNUSED EXPORTS: MAX_ERROR_ANNOTATIONS, SUMMARY_LIMIT_BYTES, Semaphore, backoffDelay, besideBundle, cell, code, commitAndRunLinks, deployMessage, describeIdentity, details, escapeHtml, fail, firstImageFailure, identityOf, isInside, link, mapLimit, markdownTable, parseChecksumKey, parseDuration, parseImageListEntry, parseJsonOrList, parseRetryAfter, postWebhook, readDuration, readEnum, readInteger, readJsonObject, readLogin, readOptional, resetAnnotationsForTest, retry, secretForms, shortDigests, sleep, splitList

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(637);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(1592);
;// CONCATENATED MODULE: ./packages/core/src/secrets.ts

/**
 * The forms in which a secret can show up in a log: the whole value, each of its lines (the
 * runner masks line by line, so a multi-line secret such as a PEM key is masked line by line
 * too) and its base64 form (how it appears inside Kubernetes objects and configs). Parts
 * shorter than 4 characters are left out: masking them would blank ordinary text.
 */
function secretForms(value) {
    if (!value)
        return [];
    const forms = new Set();
    const add = (part) => {
        const trimmed = part.trim();
        if (trimmed.length >= 4)
            forms.add(trimmed);
    };
    add(value);
    for (const line of value.split(/\r?\n/))
        add(line);
    add(Buffer.from(value).toString('base64'));
    return [...forms];
}
/** Masks a secret, in every form secretForms gives, in every later log line. */
function secrets_maskSecret(value) {
    for (const form of secretForms(value))
        core/* setSecret */.Pq(form);
}
/** Replaces every occurrence of the given secrets in a text (for messages built before masking applies). */
function redact(text, secrets) {
    let result = text;
    // Longest first, so a secret containing another is replaced whole.
    const sorted = [...secrets].filter((s) => !!s && s.length >= 4).sort((a, b) => b.length - a.length);
    for (const secret of sorted)
        result = result.split(secret).join('***');
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts



/**
 * Typed readers for action inputs. Each knows the input's name, so a bad value fails
 * with a message naming the input and what it accepts. Values are read the way the
 * runner passes them (INPUT_<NAME>), trimmed.
 */
function raw(name) {
    return core/* getInput */.V4(name, { trimWhitespace: true });
}
function readString(name, options = {}) {
    const value = raw(name);
    if (value === '') {
        if (options.required)
            throw new errors/* InputError */.dz(name, 'is required: set it in the step\'s "with:" block');
        return options.default ?? '';
    }
    return value;
}
function readOptional(name) {
    const value = raw(name);
    return value === '' ? undefined : value;
}
function readEnum(name, allowed, fallback) {
    const value = raw(name);
    if (value === '') {
        if (fallback !== undefined)
            return fallback;
        throw new InputError(name, `is required: use one of ${allowed.join(', ')}`);
    }
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (!match)
        throw new InputError(name, `is "${value}": use one of ${allowed.join(', ')}`);
    return match;
}
const TRUE = ['true', 'yes', 'on', '1'];
const FALSE = ['false', 'no', 'off', '0'];
function readBoolean(name, fallback = false) {
    const value = raw(name).toLowerCase();
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* InputError */.dz(name, `is "${raw(name)}": use true or false`);
}
function readInteger(name, options = {}) {
    const value = raw(name);
    const min = options.min ?? Number.MIN_SAFE_INTEGER;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    const range = `a whole number from ${min} to ${max}`;
    if (value === '') {
        if (options.default !== undefined)
            return options.default;
        throw new InputError(name, `is required: use ${range}`);
    }
    if (!/^-?\d+$/.test(value))
        throw new InputError(name, `is "${value}": use ${range}`);
    const number = Number(value);
    if (number < min || number > max)
        throw new InputError(name, `is ${number}: use ${range}`);
    return number;
}
/** A duration such as `300`, `90s`, `5m`, `1h30m`; returns milliseconds. */
function readDuration(name, fallback) {
    const value = raw(name) || fallback;
    const ms = parseDuration(value);
    if (ms === undefined)
        throw new InputError(name, `is "${value}": use seconds (300) or a duration such as 90s, 5m, 1h30m`);
    return ms;
}
function parseDuration(value) {
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const match = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(value);
    if (!match || value === '')
        return undefined;
    const [, h = '0', m = '0', s = '0', ms = '0'] = match;
    return ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(ms);
}
/** A multiline list: one item a line; blank lines and `#` comments are ignored. */
function readList(name) {
    return splitList(raw(name));
}
function splitList(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function parseJsonOrList(name, value, parseItem, validate) {
    const trimmed = value.trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        let parsed;
        try {
            parsed = JSON.parse(trimmed);
        }
        catch (error) {
            throw new InputError(name, `is not valid JSON (${error.message}): pass a JSON array or one item a line`);
        }
        if (!Array.isArray(parsed))
            throw new InputError(name, 'is JSON but not an array: pass a JSON array or one item a line');
        return parsed.map((item, index) => {
            if (typeof item === 'string')
                return parseItem(item, `item ${index}`);
            if (!validate)
                throw new InputError(name, `item ${index} is not a string`);
            try {
                return validate(item, index);
            }
            catch (error) {
                if (error instanceof InputError)
                    throw error;
                throw new InputError(name, `item ${index}: ${error.message}`);
            }
        });
    }
    return splitList(value).map((line, index) => parseItem(line, `line ${index + 1}`));
}
/** A JSON object input (for example a map of checksums). Empty gives `{}`. */
function readJsonObject(name) {
    const value = raw(name);
    if (value === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch (error) {
        throw new InputError(name, `is not valid JSON (${error.message}): pass a JSON object`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new InputError(name, 'must be a JSON object');
    }
    return parsed;
}
/**
 * The `username` and `password` inputs of a registry login: the password is masked before
 * anything else happens, and both or neither must be given (neither: use the runner's
 * existing login). Returns empty strings for neither.
 */
function readLogin() {
    const password = raw('password');
    maskSecret(password);
    const username = raw('username');
    if ((username === '') !== (password === '')) {
        throw new InputError(username ? 'password' : 'username', `is empty but ${username ? 'username' : 'password'} is set: give both, or neither to use the runner's existing login`);
    }
    return { username, password };
}

;// CONCATENATED MODULE: ./packages/core/src/annotations.ts

/** GitHub shows at most 10 error annotations per step; we stop there and say how many were left out. */
const MAX_ERROR_ANNOTATIONS = 10;
let errorCount = 0;
let omitted = 0;
function annotateError(message, properties = {}) {
    if (errorCount >= MAX_ERROR_ANNOTATIONS) {
        omitted += 1;
        core/* info */.pq(`error: ${message}${properties.file ? ` (${properties.file}:${properties.startLine ?? 1})` : ''}`);
        return;
    }
    errorCount += 1;
    core/* error */.z3(message, properties);
}
function omittedAnnotations() {
    return omitted;
}
function resetAnnotationsForTest() {
    errorCount = 0;
    omitted = 0;
}

;// CONCATENATED MODULE: ./packages/core/src/run.ts



/**
 * Runs an action's main function. An error becomes a failed step with one clear line;
 * the stack trace is printed only when step debug logging is on.
 */
async function run(main) {
    try {
        await main();
    }
    catch (error) {
        fail(error);
    }
}
function fail(error) {
    const message = (0,errors/* errorMessage */.gJ)(error);
    if (core/* isDebug */._o() && error instanceof Error && error.stack)
        core/* debug */.Yz(error.stack);
    if (error instanceof errors/* UserError */.yo && (error.file || error.problems.length > 0)) {
        // Each problem at its file and line (a pull request's diff marks the line), then the whole.
        for (const problem of error.problems)
            annotateError((0,errors/* oneLine */.TN)(problem.message), { file: problem.file, startLine: problem.line });
        annotateError(message, error.file ? { file: error.file, startLine: error.line } : {});
        process.exitCode = core/* ExitCode */.yU.Failure;
    }
    else {
        core/* setFailed */.C1(message);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/outputs.ts

/**
 * Outputs are strings. Every list is given twice: newline-separated under `name`
 * and as JSON under `name-json`, so a `run:` step and the next action can both use it.
 */
function setListOutput(name, lines, json = lines) {
    core/* setOutput */.uH(name, lines.join('\n'));
    core/* setOutput */.uH(`${name}-json`, JSON.stringify(json));
}
function setOutput(name, value) {
    core/* setOutput */.uH(name, String(value));
}
function setJsonOutput(name, value) {
    core/* setOutput */.uH(name, JSON.stringify(value));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/github-context.ts

function githubContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const ref = env.GITHUB_REF ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        sha: env.GITHUB_SHA ?? '',
        ref,
        refName: env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, ''),
        refType: env.GITHUB_REF_TYPE ?? (ref.startsWith('refs/tags/') ? 'tag' : ref.startsWith('refs/heads/') ? 'branch' : ''),
        headRef: env.GITHUB_HEAD_REF ?? '',
        baseRef: env.GITHUB_BASE_REF ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        runId: env.GITHUB_RUN_ID ?? '',
        runNumber: env.GITHUB_RUN_NUMBER ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
        actor: env.GITHUB_ACTOR ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        runnerTemp: env.RUNNER_TEMP ?? '',
        payload,
    };
}
/** The URL of the workflow run, for annotations and release records. */
function github_context_runUrl(context) {
    if (!context.repository || !context.runId)
        return '';
    return `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`;
}
/** The URL of a commit of the repository (the run's own by default). */
function github_context_commitUrl(context, sha = context.sha) {
    if (!context.repository || !sha)
        return '';
    return `${context.serverUrl}/${context.repository}/commit/${sha}`;
}
/** The URL of GitHub's compare view between two commits or refs: `base...head`. */
function compareUrl(context, base, head) {
    if (!context.repository || !base || !head)
        return '';
    return `${context.serverUrl}/${context.repository}/compare/${base}...${head}`;
}

;// CONCATENATED MODULE: ./packages/core/src/summary.ts


/** GitHub refuses a step summary over 1 MiB; we keep ours well under it. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;
/** Escapes text for a Markdown table cell. */
function cell(value) {
    if (value === undefined || value === '')
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function code(value) {
    return value === '' ? '' : `\`${value.replace(/`/g, "'")}\``;
}
/** A Markdown link, or the text alone when there is no URL (a run outside GitHub). */
function summary_link(text, url) {
    return url ? `[${text.replace(/[[\]]/g, '\\$&')}](${url})` : text;
}
/** Links to the commit and the run (and whatever else is given) on one line: `commit [abc123](…) · [run](…)`. */
function linkLine(links) {
    return links
        .filter(([, url]) => url !== '')
        .map(([label, url]) => summary_link(label, url))
        .join(' · ');
}
/** The links of a summary about the run's own commit: that commit and the run. */
function commitAndRunLinks(context) {
    return [
        [`commit ${context.sha.slice(0, 12)}`, commitUrl(context)],
        ['run', runUrl(context)],
    ];
}
/** `sha256:` and 64 hex characters, anywhere in a text. */
const DIGEST = /\b(sha256:[0-9a-f]{12})[0-9a-f]{52}\b/g;
/**
 * Every sha256 digest in `text` cut to its first 12 hex characters (`sha256:0123456789ab`), for a
 * table a person reads; the whole references go in a details block beside it.
 */
function shortDigests(text) {
    return text.replace(DIGEST, '$1');
}
/** A Markdown table; rows past `maxRows` are replaced by a line saying how many were left out. */
function markdownTable(headers, rows, maxRows = 500) {
    const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    for (const row of rows.slice(0, maxRows))
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    let text = lines.join('\n') + '\n';
    if (rows.length > maxRows)
        text += `\n_…and ${rows.length - maxRows} more rows (see the step log)._\n`;
    return text;
}
/** A folded section (`<details>`) with preformatted text inside. */
function details(summaryLine, body, language = '') {
    const fence = body.includes('```') ? '~~~~' : '```';
    return `<details><summary>${escapeHtml(summaryLine)}</summary>\n\n${fence}${language}\n${body}\n${fence}\n\n</details>\n`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Builds a job summary from sections (the table first, by convention) and writes it,
 * cutting it at the size GitHub accepts.
 */
class SummaryBuilder {
    redact;
    parts = [];
    /**
     * `redact` is applied to the whole text: a summary is not masked line by line, so one that
     * can repeat what a cluster said (a container log, an event) takes the Secret values out.
     */
    constructor(redact = (text) => text) {
        this.redact = redact;
    }
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    table(headers, rows, maxRows) {
        this.parts.push(markdownTable(headers, rows, maxRows));
        return this;
    }
    /** A paragraph; nothing when it is empty. */
    text(markdown) {
        if (markdown === '')
            return this;
        this.parts.push(markdown.endsWith('\n') ? markdown : markdown + '\n');
        return this;
    }
    /** A folded section; nothing when the body is empty. */
    details(summaryLine, body, language = '') {
        if (body === '')
            return this;
        this.parts.push(details(summaryLine, body, language));
        return this;
    }
    toString() {
        const text = this.redact(this.parts.join('\n'));
        if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES)
            return text;
        const cut = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8');
        return cut + '\n\n_The summary was cut at 1 MiB; the step log has everything._\n';
    }
    async write() {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await core/* summary */.z.addRaw(this.toString()).write();
    }
}

// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __nccwpck_require__(5565);
;// CONCATENATED MODULE: ./packages/core/src/contracts.ts
/**
 * The data that passes between actions (docs/design.md, "Contracts between actions"). Outputs are strings;
 * every list is given as newline text and as JSON, and inputs accept either form.
 */

/** The key of a workload in ConfigChecksums: apiVersion/kind/namespace/name (namespace empty when none was named). */
function checksumKey(object) {
    return `${object.apiVersion}/${object.kind}/${object.namespace ?? ''}/${object.name}`;
}
/** The workload a ConfigChecksums key names (the inverse of checksumKey); undefined when the key is not of that form. */
function parseChecksumKey(key) {
    const parts = key.split('/');
    if (parts.length !== 4 && parts.length !== 5)
        return undefined;
    const [name, namespace, kind] = [parts.pop(), parts.pop(), parts.pop()];
    const apiVersion = parts.join('/');
    if (!apiVersion || !kind || !name)
        return undefined;
    return namespace ? { apiVersion, kind, namespace, name } : { apiVersion, kind, name };
}
const contracts_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
/** Checks one image list entry read from JSON, naming the input and the item when it is malformed. */
function parseImageListEntry(input, item, index) {
    const where = `item ${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        throw new InputError(input, `${where} is not an object: pass the "images" output of push-images or tag-release`);
    }
    const entry = item;
    if (typeof entry.repository !== 'string' || entry.repository === '') {
        throw new InputError(input, `${where} has no "repository": pass the "images" output of push-images or tag-release`);
    }
    const tags = entry.tags === undefined ? [] : entry.tags;
    if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== 'string')) {
        throw new InputError(input, `${where} (${entry.repository}): "tags" must be a list of strings`);
    }
    const digest = typeof entry.digest === 'string' ? entry.digest : '';
    if (digest !== '' && !contracts_DIGEST.test(digest)) {
        throw new InputError(input, `${where} (${entry.repository}): "digest" ${digest} is not a digest such as sha256:…`);
    }
    const repository = entry.repository;
    const name = typeof entry.name === 'string' && entry.name !== '' ? entry.name : repository.split('/').pop();
    const ref = digest ? `${repository}@${digest}` : tags.length > 0 ? `${repository}:${tags[0]}` : repository;
    return { name, repository, tags: tags, digest, ref };
}

;// CONCATENATED MODULE: ./packages/core/src/identity.ts
/**
 * The one identity of a Kubernetes object, the same in every action: API group, kind,
 * namespace and name. The version is not part of it (one object is served at several
 * versions). The namespace is the one the object lives in after defaulting: its own, else the
 * namespace the run deploys to, else `default`, as kubectl does; empty for cluster-scoped kinds.
 *
 * Every comparison of objects across inputs, outputs, files and the cluster goes through
 * `identityKey`, so an object that names no namespace and the same object written with its
 * namespace are one object.
 */
/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (the core group). */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash === -1 ? '' : apiVersion.slice(0, slash);
}
/** `group/Kind` (`/Service` for the core group): how a kind is known regardless of version. */
function groupKind(apiVersion, kind) {
    return `${apiGroup(apiVersion)}/${kind}`;
}
function nameAndNamespace(object) {
    if (object.metadata) {
        const { name, namespace } = object.metadata;
        return { name: typeof name === 'string' ? name : '', namespace: typeof namespace === 'string' ? namespace : '' };
    }
    const ref = object;
    return { name: ref.name ?? '', namespace: ref.namespace ?? '' };
}
/** The namespace an object lives in: its own, else the default namespace, else `default`; empty when cluster-scoped. */
function effectiveNamespace(namespace, options = {}) {
    if (options.clusterScoped)
        return '';
    return namespace || options.defaultNamespace || 'default';
}
function identityOf(object, options = {}) {
    const { name, namespace } = nameAndNamespace(object);
    return {
        group: apiGroup(object.apiVersion),
        kind: object.kind,
        namespace: effectiveNamespace(namespace, options),
        name,
    };
}
/** `group/Kind/namespace/name` (`/ConfigMap/shop/web` for the core group, `/Namespace//shop` when cluster-scoped). */
function identityKey(object, options = {}) {
    const id = identityOf(object, options);
    return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}
/** How an object is named in messages: `Deployment shop/web`, or `Namespace shop` when cluster-scoped. */
function describeIdentity(id) {
    return id.namespace ? `${id.kind} ${id.namespace}/${id.name}` : `${id.kind} ${id.name}`;
}

;// CONCATENATED MODULE: ./packages/core/src/notify.ts
const ICONS = {
    deployed: '✅',
    'rolled-back': '↩️',
    failed: '❌',
    cancelled: '⏹️',
    'dry-run': '🔍',
    progressing: '⏸',
    rejected: '↩️',
};
/** The message, as Slack's incoming webhooks take it: text for notifications, blocks for the channel. */
function deployMessage(notice) {
    const where = notice.environment ? ` to ${notice.environment}` : '';
    const text = `${ICONS[notice.status] ?? 'ℹ️'} ${notice.release} ${notice.version}${where}: ${notice.status} (committer ${notice.committer})`;
    const links = [
        notice.runUrl ? `<${notice.runUrl}|run>` : '',
        notice.commitUrl ? `<${notice.commitUrl}|commit ${notice.sha.slice(0, 7)}>` : '',
        notice.url ? `<${notice.url}|${notice.environment || 'environment'}>` : '',
    ].filter(Boolean);
    return {
        text,
        blocks: [
            {
                type: 'section',
                text: { type: 'mrkdwn', text: `*${notice.release} ${notice.version}*${where}: *${notice.status}*` },
            },
            {
                type: 'context',
                elements: [{ type: 'mrkdwn', text: [`committer ${notice.committer}`, ...links].join(' · ') }],
            },
        ],
    };
}
/** Posts the message; resolves with a one-line problem (no URL in it), or undefined when it was accepted. */
async function postWebhook(url, message, timeoutMs = 10_000) {
    let host = 'the webhook';
    try {
        host = new URL(url).host;
    }
    catch {
        return 'notify-webhook is not a URL: give the incoming webhook URL of the channel';
    }
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(message),
            signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok)
            return `the notification to ${host} was refused: HTTP ${response.status}`;
        return undefined;
    }
    catch (error) {
        return `the notification to ${host} could not be sent: ${error.name === 'TimeoutError' ? 'no answer' : error.message}`;
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/deprecations.ts



/** The workflow file of this run, from GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/ci.yml@refs/heads/main). */
function workflowText(env) {
    const ref = env.GITHUB_WORKFLOW_REF ?? '';
    const match = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
    const workspace = env.GITHUB_WORKSPACE;
    if (!match || !workspace)
        return undefined;
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(workspace, match[1]), 'utf8');
    }
    catch {
        return undefined;
    }
}
function deprecations_escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Writes the aliases, and warns for each one the workflow reads (see the top of this file).
 * Returns the warnings given.
 */
function writeDeprecatedOutputs(aliases, changed = [], env = process.env) {
    for (const alias of aliases)
        core/* setOutput */.uH(alias.name, alias.value);
    const step = env.GITHUB_ACTION ?? '';
    // Without an id (__run, __owner_repo) no later step can read this step's outputs.
    if (!step || step.startsWith('__'))
        return [];
    const workflow = workflowText(env);
    if (workflow === undefined)
        return [];
    const outputs = `steps\\.${deprecations_escape(step)}\\.outputs`;
    const reads = (name) => new RegExp(`${outputs}(?:\\.${deprecations_escape(name)}(?![\\w-])|\\[\\s*['"]${deprecations_escape(name)}['"]\\s*\\])`);
    const warnings = [];
    for (const alias of aliases) {
        if (reads(alias.name).test(workflow)) {
            warnings.push(`Output "${alias.name}" of step "${step}" is deprecated and goes away in v2: read steps.${step}.outputs.${alias.use}, which holds the same value`);
        }
    }
    for (const output of changed) {
        const fromJson = new RegExp(`fromJSON\\(\\s*${outputs}\\.${deprecations_escape(output.name)}\\s*\\)`, 'i');
        if (fromJson.test(workflow)) {
            warnings.push(`Output "${output.name}" of step "${step}" is newline text now (one rule for every list output): read fromJSON(steps.${step}.outputs.${output.json}) for the JSON`);
        }
    }
    for (const warning of warnings)
        core/* warning */.$e(warning);
    return warnings;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts

















/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   z1: () => (/* binding */ resolveInWorkspace)
/* harmony export */ });
/* unused harmony exports isInside, besideBundle */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(637);



/** The workspace folder (GITHUB_WORKSPACE, else the current folder), resolved through symlinks. */
function workspaceRoot(env = process.env) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return root;
    }
}
/**
 * Resolves a path given in an input against the workspace and refuses one that leaves it
 * (`../..`, an absolute path elsewhere, or a symlink pointing out), naming the input.
 */
function resolveInWorkspace(path, input, root = workspaceRoot()) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path) : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, path);
    let real = absolute;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    }
    catch {
        // A path that does not exist yet is checked as written; the caller reports it missing.
    }
    if (!isInside(real, root) || !isInside(absolute, root)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, `path "${path}" is outside the workspace ${root}: use a path inside the repository checkout`);
    }
    return absolute;
}
function isInside(path, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (!rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep) && rel !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/** A path relative to the workspace, with forward slashes, for messages and outputs. */
function displayPath(path, root = workspaceRoot()) {
    // The common case, a path under the root, without path.relative's normalisation work.
    if (path.length > root.length && path.startsWith(root) && path[root.length] === node_path__WEBPACK_IMPORTED_MODULE_1__.sep && !path.includes(`${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}.`)) {
        const rel = path.slice(root.length + 1);
        return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? rel : rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return (rel === '' ? '.' : rel).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * A file the build put next to the running action's bundle (the runner runs
 * `node dist/<action>/index.js`), such as a worker's script; undefined when the action does
 * not run from its bundle (tests run the TypeScript source) or the file is not there.
 */
function besideBundle(name) {
    const entry = process.argv[1];
    if (!entry)
        return undefined;
    const file = join(dirname(entry), name);
    return existsSync(file) ? file : undefined;
}


/***/ }),

/***/ 100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* reexport safe */ _render_inputs_js__WEBPACK_IMPORTED_MODULE_0__.CY),
/* harmony export */   iC: () => (/* reexport safe */ _render_inputs_js__WEBPACK_IMPORTED_MODULE_0__.iC),
/* harmony export */   ri: () => (/* reexport safe */ _render_inputs_js__WEBPACK_IMPORTED_MODULE_0__.ri)
/* harmony export */ });
/* unused harmony export VALIDATION_MODES */
/* harmony import */ var _render_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9257);
// The parsers of list-manifests' inputs, on a subpath of their own (`@kra/manifests/inputs`): the
// action reads and checks every input with these before it loads the YAML stack, the validators
// and the renderers, so a wrong input fails at once. Nothing imported from here may reach
// js-yaml, load.ts or render/tools.ts (test/bundles.test.ts checks the bundle).

const VALIDATION_MODES = (/* unused pure expression or super */ null && (['structure', 'schema', 'none']));


/***/ }),

/***/ 9257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ rendersAnything),
/* harmony export */   iC: () => (/* binding */ readRenderInputs),
/* harmony export */   ri: () => (/* binding */ requirePathsOrRendering)
/* harmony export */ });
/* harmony import */ var _kra_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1745);
/**
 * The rendering inputs list-manifests and detect-config-changes share (readRenderInputs) and what
 * they ask to render: read and checked before anything heavy loads (the YAML stack, the tool
 * downloader), so this module imports @kra/core alone. `@kra/manifests/inputs` exports it.
 */

/** Whether the request renders anything. */
function rendersAnything(request) {
    return request !== undefined && (request.helm !== undefined || request.kustomize.length > 0);
}
/** The `paths` input may be empty only when a chart or overlays are rendered instead. */
function requirePathsOrRendering(paths, render) {
    if (paths.length === 0 && !rendersAnything(render))
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('paths', 'is empty: give manifest files, folders or globs, a helm-chart, or kustomize overlays');
}
/**
 * The rendering inputs: helm-chart, helm-values, helm-set, helm-release-name,
 * helm-namespace (default: `namespace`), kube-version, api-versions, include-crds,
 * helm-registry-username/-password (masked at once), helm-plain-http, helm-version;
 * kustomize, kustomize-enable-helm, kustomize-version.
 */
function readRenderInputs(defaultNamespace = '') {
    const password = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('helm-registry-password');
    (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(password);
    const username = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('helm-registry-username');
    if ((username === '') !== (password === '')) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(username ? 'helm-registry-password' : 'helm-registry-username', 'is empty but the other is set: give both, or neither for a registry without a login');
    }
    const chart = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('helm-chart');
    // helm-release-name is left out: the action gives it a default.
    const helmOnly = [
        'helm-values',
        'helm-set',
        'helm-namespace',
        'kube-version',
        'api-versions',
        'helm-registry-username',
    ];
    if (chart === '') {
        const stray = helmOnly.find((name) => (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name) !== '');
        if (stray)
            throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(stray, 'is set but helm-chart is empty: give the chart to render');
    }
    const helm = chart === ''
        ? undefined
        : {
            chart,
            values: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)('helm-values'),
            set: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)('helm-set'),
            releaseName: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('helm-release-name', { default: 'release' }),
            namespace: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('helm-namespace') || defaultNamespace || undefined,
            kubeVersion: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('kube-version') || undefined,
            apiVersions: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)('api-versions'),
            includeCrds: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)('include-crds', false),
            registryLogin: username ? { username, password } : undefined,
            plainHttp: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)('helm-plain-http', false),
        };
    const kustomize = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)('kustomize');
    const kustomizeEnableHelm = (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)('kustomize-enable-helm', false);
    if (kustomizeEnableHelm && kustomize.length === 0) {
        throw new _kra_core__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('kustomize-enable-helm', 'is true but kustomize names no overlay: give the overlay folders');
    }
    return {
        helm,
        kustomize,
        kustomizeEnableHelm,
        helmVersion: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('helm-version') || undefined,
        kustomizeVersion: (0,_kra_core__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)('kustomize-version') || undefined,
    };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 4876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yU: () => (/* binding */ ExitCode),
  Yz: () => (/* binding */ core_debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ core_setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/oidc-utils.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

class oidc_utils_OidcClient {
    // @actions/http-client (and undici under it) is loaded when a token is asked for, not when an
    // action starts: it is most of @actions/core's start-up time (see the patch's README).
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        return __awaiter(this, void 0, void 0, function* () {
        const { HttpClient } = yield __nccwpck_require__.e(/* import() */ 343).then(__nccwpck_require__.bind(__nccwpck_require__, 343));
        const { BearerCredentialHandler } = yield __nccwpck_require__.e(/* import() */ 525).then(__nccwpck_require__.bind(__nccwpck_require__, 5525));
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
        });
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = yield oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return __awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

// Loaded when used: @actions/exec is not needed to start an action (see the patch's README).
const loadExec = () => __nccwpck_require__.e(/* import() */ 53).then(__nccwpck_require__.bind(__nccwpck_require__, 9053));
const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const exec = yield loadExec();
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const exec = yield loadExec();
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const exec = yield loadExec();
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6733);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
