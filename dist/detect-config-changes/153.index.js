export const id = 153;
export const ids = [153];
export const modules = {

/***/ 4153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  detectConfigChanges: () => (/* binding */ detectConfigChanges)
});

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(1592);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __webpack_require__(1745);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/git/src/exec.ts

/** A git command that failed: carries the arguments, exit code and git's own message. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        const lines = stderr.trim().split('\n').filter(Boolean);
        const reason = lines.find((line) => /^(fatal|error):/.test(line)) ?? lines.pop() ?? `exit code ${exitCode}`;
        super(`git ${args.join(' ')} failed: ${reason}`);
        this.name = 'GitError';
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/**
 * The environment git runs with: no prompts (a job cannot answer one), no pager, no
 * localised messages (we read some of them), and no user-level hooks into output format.
 */
function gitEnvironment(base = process.env) {
    return {
        ...base,
        GIT_TERMINAL_PROMPT: '0',
        GIT_PAGER: 'cat',
        LC_ALL: 'C',
        LANGUAGE: 'C',
        GIT_OPTIONAL_LOCKS: '0',
    };
}
/**
 * Runs `git <args>` with an argument array (never a shell), collecting its output.
 * Rejects with a GitError unless the exit code is 0 or listed in `okExitCodes`.
 */
function runGit(args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', [...args], {
            cwd: options.cwd,
            env: gitEnvironment(options.env ? { ...process.env, ...options.env } : process.env),
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => {
            if (error.code === 'ENOENT')
                reject(new Error('git is not installed or not on PATH: install git (apt-get install -y git)'));
            else
                reject(error);
        });
        child.stdin.on('error', () => {
            // git may exit before reading all of its input (e.g. on a bad argument); the exit code tells.
        });
        child.on('close', (code, signal) => {
            const exitCode = code ?? (signal ? 128 : 1);
            const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), exitCode };
            if (exitCode === 0 || options.okExitCodes?.includes(exitCode))
                resolve(result);
            else
                reject(new GitError(args, exitCode, result.stderr));
        });
        child.stdin.end(options.input ?? '');
    });
}

;// CONCATENATED MODULE: ./packages/git/src/repository.ts

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function isObjectId(value) {
    return OBJECT_ID.test(value);
}
/** A commit id of zeros: what GitHub sends as `before` for a newly created branch. */
function isZeroId(value) {
    return /^0+$/.test(value);
}
/**
 * A git repository on disk, driven through the git command line with argument arrays.
 * Every method runs one git process, except `readBlobs`, which reads any number of
 * files through a single `git cat-file --batch`.
 */
class GitRepository {
    cwd;
    env;
    /** `env`: variables added to every git command's environment (see GitRunOptions.env). */
    constructor(cwd, env) {
        this.cwd = cwd;
        this.env = env;
    }
    async run(args, okExitCodes) {
        const result = await runGit(args, { cwd: this.cwd, okExitCodes, env: this.env });
        return { stdout: result.stdout.toString('utf8'), exitCode: result.exitCode };
    }
    /** The top folder of the working tree, or undefined when `cwd` is not inside a git repository. */
    async topLevel() {
        try {
            return (await this.run(['rev-parse', '--show-toplevel'])).stdout.trim();
        }
        catch (error) {
            if (error instanceof GitError)
                return undefined;
            throw error;
        }
    }
    /** The commit a ref (sha, branch, tag, `HEAD~2`) names, or undefined when there is none. */
    async resolveCommit(ref) {
        if (ref === '' || ref.startsWith('-'))
            return undefined;
        const { stdout, exitCode } = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], [1, 128]);
        return exitCode === 0 ? stdout.trim() : undefined;
    }
    /** Whether the object database holds this commit. */
    async hasCommit(sha) {
        if (!isObjectId(sha))
            return false;
        const { exitCode } = await this.run(['cat-file', '-e', `${sha}^{commit}`], [1, 128]);
        return exitCode === 0;
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    }
    async remotes() {
        return (await this.run(['remote'])).stdout.split('\n').filter(Boolean);
    }
    /** Whether `ancestor` is `descendant` or one of its ancestors. */
    async isAncestor(ancestor, descendant) {
        const { exitCode } = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], [1]);
        return exitCode === 0;
    }
    /** The best common ancestor of two commits, or undefined when they share no history. */
    async mergeBase(a, b) {
        const { stdout, exitCode } = await this.run(['merge-base', a, b], [1]);
        return exitCode === 0 ? stdout.trim() : undefined;
    }
    /** The parents of a commit (none for a root commit). */
    async parents(commit) {
        const { stdout } = await this.run(['rev-list', '--parents', '-n', '1', commit]);
        return stdout.trim().split(/\s+/).slice(1);
    }
    /** Tags whose name matches a glob (`v*`), each with the commit it points at. */
    async tags(pattern = '*') {
        const { stdout } = await this.run([
            'for-each-ref',
            '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(objecttype)%00%(*objecttype)',
            `refs/tags/${pattern}`,
        ]);
        const tags = [];
        for (const line of stdout.split('\n')) {
            if (line === '')
                continue;
            const [name, object, peeled, type, peeledType] = line.split('\0');
            const commit = peeled || object;
            const kind = peeled ? peeledType : type;
            if (kind === 'commit')
                tags.push({ name, commit });
        }
        return tags;
    }
    /** `git fetch <args>`; the caller words the failure. */
    async fetch(args) {
        await this.run(['fetch', '--no-progress', ...args]);
    }
    /** Every file of a commit's tree, recursively. */
    async listTree(commit) {
        const { stdout } = await this.run(['ls-tree', '-r', '-l', '-z', '--full-tree', commit]);
        const entries = [];
        for (const record of stdout.split('\0')) {
            if (record === '')
                continue;
            const tab = record.indexOf('\t');
            const [mode, type, object, size] = record.slice(0, tab).split(/ +/);
            entries.push({
                path: record.slice(tab + 1),
                object,
                mode,
                type: type,
                size: size === '-' ? -1 : Number(size),
            });
        }
        return entries;
    }
    /**
     * The contents of many blobs, read through one `git cat-file --batch` process.
     * Fails naming the first object git does not have.
     */
    async readBlobs(objects) {
        const unique = [...new Set(objects)];
        const contents = new Map();
        if (unique.length === 0)
            return contents;
        for (const object of unique) {
            if (!isObjectId(object))
                throw new Error(`not an object id: ${object}`);
        }
        const result = await runGit(['cat-file', '--batch', '--buffer'], {
            cwd: this.cwd,
            env: this.env,
            input: unique.join('\n') + '\n',
        });
        const out = result.stdout;
        let offset = 0;
        for (const requested of unique) {
            const newline = out.indexOf(0x0a, offset);
            if (newline < 0)
                throw new Error(`git cat-file --batch stopped before ${requested}`);
            const header = out.toString('utf8', offset, newline);
            const [object, type, size] = header.split(' ');
            if (type === 'missing' || size === undefined)
                throw new Error(`git has no object ${requested}`);
            const start = newline + 1;
            const end = start + Number(size);
            if (end > out.length)
                throw new Error(`git cat-file --batch output ended inside ${object}`);
            contents.set(requested, out.subarray(start, end));
            offset = end + 1; // the newline after the content
        }
        return contents;
    }
}

;// CONCATENATED MODULE: ./packages/git/src/history.ts

/** The fix for a checkout that lacks history or tags, as one line to paste into the workflow. */
const FETCH_DEPTH_FIX = 'check out the full history and tags: in the actions/checkout step set `with: fetch-depth: 0` (or set the "base" input to a commit the checkout has)';
async function missingCommits(repo, commits) {
    const missing = [];
    for (const commit of commits)
        if (!(await repo.hasCommit(commit)))
            missing.push(commit);
    return missing;
}
function preferredRemote(remotes) {
    return remotes.includes('origin') ? 'origin' : remotes[0];
}
/**
 * Makes sure the checkout can answer the questions asked of it: fetches what a shallow or
 * tag-less checkout (actions/checkout's default) lacks from its remote, with git, and
 * fails with the `fetch-depth: 0` fix when there is no remote to fetch from or the
 * fetch does not bring what is needed.
 */
async function ensureHistory(repo, needs) {
    const notes = [];
    const shallow = await repo.isShallow();
    let missing = await missingCommits(repo, needs.commits ?? []);
    const noTags = needs.tags !== undefined && (await repo.tags(needs.tags)).length === 0;
    const unshallow = shallow && (needs.history || needs.tags !== undefined);
    if (!unshallow && missing.length === 0 && !noTags)
        return { fetched: false, notes };
    const remote = preferredRemote(await repo.remotes());
    const lacking = [
        unshallow ? 'is shallow' : '',
        missing.length > 0 ? `lacks commit ${missing.map((c) => c.slice(0, 12)).join(', ')}` : '',
        noTags ? `has no tag matching ${needs.tags}` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    if (!remote) {
        if (!unshallow && missing.length === 0) {
            // A full clone without tags and nowhere to ask: there really are no such tags.
            notes.push(`The checkout has no tag matching ${needs.tags} and no remote to fetch tags from.`);
            return { fetched: false, notes };
        }
        throw new src/* UserError */.yo(`The checkout ${lacking} and has no git remote to fetch from, so ${needs.purpose} cannot be found: ${FETCH_DEPTH_FIX}`);
    }
    const args = [needs.tags !== undefined ? '--tags' : '--no-tags'];
    if (unshallow)
        args.push('--unshallow');
    args.push(remote);
    const what = [unshallow ? 'its history' : '', needs.tags !== undefined ? 'tags' : ''].filter(Boolean).join(' and ');
    notes.push(`The checkout ${lacking}; fetching ${what || 'what is missing'} from ${remote} to find ${needs.purpose}: git fetch ${args.join(' ')}`);
    try {
        await repo.fetch(args);
        missing = await missingCommits(repo, missing);
        if (missing.length > 0) {
            // Commits no branch leads to (a force-pushed `before`, a pull request's base) are fetched by id.
            const byId = [...(shallow && !unshallow ? ['--depth=1'] : []), '--no-tags', remote, ...missing];
            notes.push(`Fetching ${missing.length} commit(s) by id: git fetch ${byId.join(' ')}`);
            await repo.fetch(byId);
        }
    }
    catch (error) {
        throw new src/* UserError */.yo(`git fetch from remote "${remote}" failed (${(0,src/* errorMessage */.gJ)(error)}) while looking for ${needs.purpose}: ${FETCH_DEPTH_FIX}`, { cause: error });
    }
    missing = await missingCommits(repo, missing);
    if (missing.length > 0) {
        throw new src/* UserError */.yo(`Commit ${missing[0]} is not in the checkout and remote "${remote}" did not provide it, so ${needs.purpose} cannot be found: ${FETCH_DEPTH_FIX}`);
    }
    return { fetched: true, notes };
}

// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/compare.js
var compare = __webpack_require__(6061);
var compare_default = /*#__PURE__*/__webpack_require__.n(compare);
// EXTERNAL MODULE: ./node_modules/.pnpm/semver@7.8.6/node_modules/semver/functions/parse.js
var parse = __webpack_require__(1817);
var parse_default = /*#__PURE__*/__webpack_require__.n(parse);
;// CONCATENATED MODULE: ./packages/core/src/versions.ts


const PREFIX = /^[A-Za-z_/.-]*$/;
/** Reads a version from a tag name (see the prefix rule above); undefined when it is none. */
function parseVersionTag(tag) {
    const start = tag.search(/\d/);
    if (start < 0)
        return undefined;
    const prefix = tag.slice(0, start);
    if (!PREFIX.test(prefix))
        return undefined;
    const parsed = parse_default()(tag.slice(start));
    if (!parsed)
        return undefined;
    return {
        tag,
        prefix,
        major: parsed.major,
        minor: parsed.minor,
        patch: parsed.patch,
        prerelease: [...parsed.prerelease],
        build: [...parsed.build],
        version: parsed.version,
        final: parsed.prerelease.length === 0,
        semver: parsed,
    };
}
/** Negative when a < b, positive when a > b, 0 when they have the same precedence (semver.org §11). */
function compareVersions(a, b) {
    return compare_default()(a.semver, b.semver);
}
/** Sorts greatest first; equal precedence falls back to the tag name so the order is total. */
function byVersionDescending(a, b) {
    return compareVersions(b, a) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
}
/**
 * The highest final release among tags, optionally only those of one release line
 * (`major`: 1.x.y; `major` and `minor`: 1.4.z). Tags that are no version, and pre-releases,
 * are ignored. Undefined when there is none.
 */
function highestFinal(tags, line = {}) {
    let highest;
    for (const tag of tags) {
        const version = parseVersionTag(tag);
        if (!version || !version.final)
            continue;
        if (line.major !== undefined && version.major !== line.major)
            continue;
        if (line.minor !== undefined && version.minor !== line.minor)
            continue;
        if (!highest || byVersionDescending(version, highest) < 0)
            highest = version;
    }
    return highest;
}

;// CONCATENATED MODULE: ./packages/git/src/base.ts




/**
 * Resolves a ref the user gave (a sha, branch, tag, or `origin/<branch>`), fetching from the
 * remote when the checkout lacks it. Fails naming the input when nothing matches.
 */
async function resolveRef(repo, ref, input) {
    const local = async () => (await repo.resolveCommit(ref)) ?? (await repo.resolveCommit(`refs/remotes/origin/${ref}`));
    let commit = await local();
    if (commit)
        return commit;
    if (ref.startsWith('-') || /[\s~^:?*[\\]/.test(ref.replace(/[~^]\d*$/, ''))) {
        throw new src/* InputError */.dz(input, `is "${ref}", which is not a valid git ref: give a commit sha, branch or tag`);
    }
    const remotes = await repo.remotes();
    const remote = remotes.includes('origin') ? 'origin' : remotes[0];
    if (remote) {
        try {
            await repo.fetch(['--tags', remote]);
        }
        catch {
            // Reported below if the ref is still unknown.
        }
        commit = await local();
        if (commit)
            return commit;
        try {
            await repo.fetch(['--no-tags', remote, ref]);
            commit = await repo.resolveCommit('FETCH_HEAD');
        }
        catch {
            commit = undefined;
        }
        if (commit)
            return commit;
    }
    const shallow = await repo.isShallow();
    throw new src/* InputError */.dz(input, `is "${ref}", which names no commit, branch or tag in the repository${remote ? ` or on remote "${remote}"` : ''}: give an existing ref${shallow ? `; the checkout is shallow, so ${FETCH_DEPTH_FIX}` : ''}`);
}
/** The tag the run is for: a release's tag_name, or the pushed tag. */
function currentTag(context) {
    if (context.eventName === 'release') {
        const tag = context.payload?.release?.tag_name;
        if (typeof tag === 'string' && tag !== '')
            return tag;
    }
    if (context.refType === 'tag' || context.ref.startsWith('refs/tags/'))
        return context.refName || context.ref.replace(/^refs\/tags\//, '');
    return undefined;
}
/**
 * The greatest release tag (by semantic version) that matches `tagPattern`, is lower than
 * `current` (when given), is an ancestor of `head` and points at another commit. A stable
 * release is compared with the previous stable release (pre-releases are skipped); a
 * pre-release with anything lower. The same tags give the same answer on every run.
 */
async function previousReleaseTag(repo, head, tagPattern, current) {
    const currentVersion = current === undefined ? undefined : parseVersionTag(current);
    if (current !== undefined && !currentVersion) {
        throw new src/* UserError */.yo(`Tag "${current}" is not a semantic version (such as v1.4.0), so the previous release cannot be told from it: set the "base" input, or use semantic version tags`);
    }
    const stableOnly = currentVersion !== undefined && currentVersion.prerelease.length === 0;
    const tags = await repo.tags(tagPattern);
    const commits = new Map(tags.map((tag) => [tag.name, tag.commit]));
    const candidates = tags
        .map((tag) => parseVersionTag(tag.name))
        .filter((version) => version !== undefined)
        .filter((version) => !currentVersion || compareVersions(version, currentVersion) < 0)
        .filter((version) => !stableOnly || version.prerelease.length === 0)
        .filter((version) => commits.get(version.tag) !== head)
        .sort(byVersionDescending);
    for (const version of candidates) {
        const commit = commits.get(version.tag);
        if (await repo.isAncestor(commit, head))
            return { tag: version.tag, commit };
    }
    return undefined;
}
/**
 * Chooses the commit to compare `head` with, from the `base` input or the event:
 * - release, or a tag ref: the previous release tag (see previousReleaseTag);
 * - push: `github.event.before`; for a new branch (before is all zeros) the parent of head;
 * - pull_request / pull_request_target: the merge base of head and the base branch's commit;
 * - anything else (workflow_dispatch, schedule): the latest release tag below head.
 * None found (a first release, a root commit): no base, and everything counts as changed.
 */
async function resolveBase(repo, options) {
    const { head, tagPattern, context } = options;
    if (options.base) {
        const commit = await resolveRef(repo, options.base, 'base');
        return {
            commit,
            source: 'input',
            description: `base ${options.base} (${commit.slice(0, 12)}) from the "base" input`,
            notes: [],
        };
    }
    const event = context.eventName;
    const tag = currentTag(context);
    if (event === 'pull_request' || event === 'pull_request_target') {
        const baseSha = context.payload?.pull_request?.base?.sha;
        const baseRef = context.payload?.pull_request?.base?.ref ?? 'the base branch';
        if (typeof baseSha !== 'string' || baseSha === '') {
            throw new src/* UserError */.yo('The pull_request event has no pull_request.base.sha, so the base branch cannot be found: set the "base" input');
        }
        const { notes } = await ensureHistory(repo, {
            commits: [baseSha],
            history: true,
            purpose: `the merge base with ${baseRef}`,
        });
        const commit = await repo.mergeBase(head, baseSha);
        if (!commit)
            throw new src/* UserError */.yo(`Head ${head.slice(0, 12)} shares no history with ${baseRef} (${baseSha.slice(0, 12)}): set the "base" input`);
        return {
            commit,
            source: 'merge-base',
            description: `merge base of head and ${baseRef} (${commit.slice(0, 12)})`,
            notes,
        };
    }
    if (event === 'push' && !tag) {
        const before = context.payload?.before;
        if (typeof before === 'string' && before !== '' && !isZeroId(before)) {
            try {
                const { notes } = await ensureHistory(repo, {
                    commits: [before],
                    purpose: 'the commit before the push (github.event.before)',
                });
                return {
                    commit: before,
                    source: 'push-before',
                    description: `the commit before the push, github.event.before (${before.slice(0, 12)})`,
                    notes,
                };
            }
            catch (error) {
                // A force push can leave `before` unreachable and gone from the remote: compare with head's parent.
                const parent = await parentOf(repo, head);
                const why = error instanceof Error ? error.message : String(error);
                if (!parent)
                    throw error;
                return {
                    commit: parent,
                    source: 'parent',
                    description: `the parent of head (${parent.slice(0, 12)}), because github.event.before ${before.slice(0, 12)} is not available (${why})`,
                    notes: [],
                };
            }
        }
        const parent = await parentOf(repo, head);
        if (!parent)
            return { source: 'none', description: 'head is the first commit: every config counts as changed', notes: [] };
        return {
            commit: parent,
            source: 'parent',
            description: `a new branch (github.event.before is all zeros): the parent of head (${parent.slice(0, 12)})`,
            notes: [],
        };
    }
    const { notes } = await ensureHistory(repo, {
        history: true,
        tags: tagPattern,
        purpose: `the previous release tag matching ${tagPattern}`,
    });
    const previous = await previousReleaseTag(repo, head, tagPattern, tag);
    if (!previous) {
        return {
            source: 'none',
            description: `no release tag matching ${tagPattern} ${tag ? `lower than ${tag} ` : ''}is an ancestor of head: a first release, so every config counts as changed`,
            notes,
        };
    }
    return {
        commit: previous.commit,
        source: 'previous-tag',
        tag: previous.tag,
        description: `the previous release ${previous.tag} (${previous.commit.slice(0, 12)})${tag ? `, the greatest tag matching ${tagPattern} below ${tag}` : ''}`,
        notes,
    };
}
/** Head's first parent, fetching one more commit of history when the clone is too shallow to have it. */
async function parentOf(repo, head) {
    let parents = await repo.parents(head);
    if (parents.length === 0 && (await repo.isShallow())) {
        const remotes = await repo.remotes();
        const remote = remotes.includes('origin') ? 'origin' : remotes[0];
        if (!remote)
            throw new src/* UserError */.yo(`The checkout is shallow and has no git remote, so the parent of ${head.slice(0, 12)} cannot be read: ${FETCH_DEPTH_FIX}`);
        try {
            await repo.fetch(['--no-tags', '--deepen=1', remote]);
        }
        catch (error) {
            throw new src/* UserError */.yo(`git fetch --deepen=1 from remote "${remote}" failed (${error instanceof Error ? error.message : String(error)}): ${FETCH_DEPTH_FIX}`);
        }
        parents = await repo.parents(head);
    }
    return parents[0];
}

;// CONCATENATED MODULE: ./packages/git/src/files-at-commits.ts

function formatBytes(bytes) {
    const trim = (value) => value.toFixed(1).replace(/\.0$/, '');
    if (bytes >= 1024 * 1024)
        return `${trim(bytes / 1024 / 1024)} MiB`;
    if (bytes >= 1024)
        return `${trim(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}
/**
 * Reads the selected files of several commits: one `git ls-tree` per commit and a single
 * `git cat-file --batch` for every distinct blob of all of them (a file unchanged between
 * the commits is read once). Symlinks and submodules are not files and are left out.
 */
async function readFilesAtCommits(repo, commits, options) {
    const describe = options.describe ?? ((commit) => commit.slice(0, 12));
    const display = options.display ?? ((path) => path);
    const chosen = new Map();
    const unique = [...new Set(commits)];
    // One `git ls-tree` per commit, run at once; their lists are then taken in the given order.
    const trees = await Promise.all(unique.map((commit) => repo.listTree(commit)));
    for (const [i, commit] of unique.entries()) {
        const tree = trees[i].filter((entry) => entry.type === 'blob' && entry.mode !== '120000');
        const byPath = new Map(tree.map((entry) => [entry.path, entry]));
        const selected = options.select([...byPath.keys()], commit).map((path) => byPath.get(path));
        for (const entry of selected) {
            if (options.maxBytes !== undefined && entry.size > options.maxBytes) {
                throw new src/* UserError */.yo(`${display(entry.path)} at ${describe(commit)} is ${formatBytes(entry.size)}, over the ${formatBytes(options.maxBytes)} limit for a manifest: exclude it (input "exclude") or split it`, { file: display(entry.path) });
            }
        }
        chosen.set(commit, selected);
    }
    const blobs = await repo.readBlobs([...chosen.values()].flat().map((entry) => entry.object));
    const result = new Map();
    for (const [commit, entries] of chosen) {
        result.set(commit, entries.map((entry) => ({ path: entry.path, object: entry.object, content: blobs.get(entry.object) })));
    }
    return result;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/git/src/workspace-paths.ts



const GLOB_SEGMENT = /[*?[\]{}!]/;
function slashes(path) {
    return path.split(external_node_path_.sep).join('/');
}
/** The folders a pattern's fixed part points into, nearest existing one first. */
function workspace_paths_anchor(root, pattern) {
    const fixed = [];
    for (const segment of pattern.split('/')) {
        if (GLOB_SEGMENT.test(segment))
            break;
        fixed.push(segment);
    }
    let dir = (0,external_node_path_.resolve)(root, fixed.join('/') || '.');
    while (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        const parent = (0,external_node_path_.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return dir;
}
/**
 * Finds the repository holding the given workspace-relative paths: the one around the first
 * path's folder, else around the workspace. Undefined when there is none.
 */
async function locateRepository(root, patterns) {
    const candidates = [...new Set([...patterns.map((pattern) => workspace_paths_anchor(root, pattern)), root])];
    for (const dir of candidates) {
        const top = await new GitRepository(dir).topLevel();
        if (!top)
            continue;
        const real = (0,external_node_fs_.realpathSync)(top);
        // Paths listed by git are normal (no `.` or `..`), so when the repository is the workspace
        // or inside it, showing one is a prefix, not a path.relative per file (10,000 files a run).
        const fromRoot = (0,external_node_path_.relative)(root, real);
        const prefix = fromRoot === '' ? '' : (0,external_node_path_.isAbsolute)(fromRoot) || fromRoot.startsWith('..') ? undefined : slashes(fromRoot) + '/';
        return {
            repository: new GitRepository(real),
            top: real,
            toRepository(pattern) {
                const path = (0,external_node_path_.relative)(real, (0,external_node_path_.resolve)(root, pattern));
                if (path === '..' || path.startsWith('..' + external_node_path_.sep) || (0,external_node_path_.isAbsolute)(path))
                    return undefined;
                return slashes(path);
            },
            toWorkspace(path) {
                if (prefix !== undefined)
                    return prefix + path;
                return slashes((0,external_node_path_.relative)(root, (0,external_node_path_.join)(real, path)));
            },
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/git/src/index.ts







// EXTERNAL MODULE: ./node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var node_modules_picomatch = __webpack_require__(5496);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(node_modules_picomatch);
;// CONCATENATED MODULE: ./packages/manifests/src/scope.ts
/**
 * Identity and scope of objects: API group of an apiVersion, whether a kind is cluster-scoped
 * (built-in kinds, and CRDs found in the same set), and the object-list entry of the contracts.
 */


/** The built-in cluster-scoped kinds, by group/Kind (Kubernetes 1.34). */
const CLUSTER_SCOPED_KINDS = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'authentication.k8s.io/TokenReview',
    'authentication.k8s.io/SelfSubjectReview',
    'authorization.k8s.io/SubjectAccessReview',
    'authorization.k8s.io/SelfSubjectAccessReview',
    'authorization.k8s.io/SelfSubjectRulesReview',
    'certificates.k8s.io/CertificateSigningRequest',
    'certificates.k8s.io/ClusterTrustBundle',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    'internal.apiserver.k8s.io/StorageVersion',
    'networking.k8s.io/IngressClass',
    'networking.k8s.io/IPAddress',
    'networking.k8s.io/ServiceCIDR',
    'node.k8s.io/RuntimeClass',
    'policy/PodSecurityPolicy',
    'extensions/PodSecurityPolicy',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'resource.k8s.io/DeviceClass',
    'resource.k8s.io/ResourceSlice',
    'scheduling.k8s.io/PriorityClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/VolumeAttachment',
    'storage.k8s.io/VolumeAttributesClass',
    'storagemigration.k8s.io/StorageVersionMigration',
]);
function unwrap(item) {
    return 'source' in item && 'object' in item && item.object && typeof item.object === 'object'
        ? { object: item.object, source: item.source }
        : { object: item };
}
function isCrd(object) {
    return object.kind === 'CustomResourceDefinition' && (0,src/* apiGroup */.oI)(object.apiVersion) === 'apiextensions.k8s.io';
}
/** Indexes the CustomResourceDefinitions found among the objects by the group/Kind they define. */
function scope_crdIndex(objects) {
    const index = new Map();
    for (const item of objects) {
        const { object, source } = unwrap(item);
        if (!isCrd(object))
            continue;
        const spec = (object.spec ?? {});
        const group = typeof spec.group === 'string' ? spec.group : '';
        const kind = typeof spec.names?.kind === 'string' ? spec.names.kind : '';
        if (!group || !kind)
            continue;
        const versions = [];
        if (Array.isArray(spec.versions)) {
            for (const version of spec.versions) {
                if (version && typeof version.name === 'string') {
                    versions.push({
                        name: version.name,
                        schema: version.schema?.openAPIV3Schema ?? spec.validation?.openAPIV3Schema,
                    });
                }
            }
        }
        else if (typeof spec.version === 'string') {
            versions.push({ name: spec.version, schema: spec.validation?.openAPIV3Schema });
        }
        index.set(`${group}/${kind}`, {
            group,
            kind,
            scope: spec.scope === 'Cluster' ? 'Cluster' : 'Namespaced',
            versions,
            crd: object,
            source,
        });
    }
    return index;
}
function asIndex(crds) {
    if (crds === undefined)
        return undefined;
    return crds instanceof Map ? crds : scope_crdIndex(crds);
}
/**
 * Whether objects of this apiVersion and kind are cluster-scoped: the built-in cluster-scoped
 * kinds, and kinds whose CRD (given as an index or as the set of objects) says `scope: Cluster`.
 * Unknown kinds count as namespaced, as most custom resources are.
 */
function isClusterScoped(apiVersion, kind, crds) {
    const key = (0,src/* groupKind */.KH)(apiVersion, kind);
    if (CLUSTER_SCOPED_KINDS.has(key))
        return true;
    const crd = asIndex(crds)?.get(key);
    return crd?.scope === 'Cluster';
}
/**
 * The object-list entry of an object (docs/design.md, the contracts): the namespace is the object's own,
 * else `defaultNamespace` (else `default`), and omitted for cluster-scoped objects.
 */
function objectRef(item, defaultNamespace, crds) {
    const { object } = unwrap(item);
    const entry = {
        apiVersion: object.apiVersion,
        kind: object.kind,
        name: String(object.metadata?.name ?? ''),
    };
    if (!isClusterScoped(object.apiVersion, object.kind, crds)) {
        entry.namespace = object.metadata?.namespace || defaultNamespace || 'default';
    }
    return entry;
}
/** group/Kind/namespace/name: the identity of an object in a cluster (core's identityKey, after namespace defaulting). */
function objectKey(item, defaultNamespace, crds) {
    const { object } = unwrap(item);
    return identityKey(object, {
        defaultNamespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, crds),
    });
}


;// CONCATENATED MODULE: ./packages/manifests/src/pod.ts

/** Where each workload kind keeps its pod template, by kind (the group is checked too). */
const TEMPLATE_PATHS = {
    Pod: { groups: [''], path: [] },
    PodTemplate: { groups: [''], path: ['template'] },
    ReplicationController: { groups: [''], path: ['spec', 'template'] },
    Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    StatefulSet: { groups: ['apps'], path: ['spec', 'template'] },
    DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template'] },
    Job: { groups: ['batch'], path: ['spec', 'template'] },
    CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template'] },
};
/** The kinds that have a pod template. */
const WORKLOAD_KINDS = Object.keys(TEMPLATE_PATHS).filter((kind) => kind !== 'PodTemplate');
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** The pod template without changing the object (metadata may be absent). */
function pod_findPodTemplate(object) {
    const where = TEMPLATE_PATHS[object.kind];
    if (!where || !where.groups.includes((0,src/* apiGroup */.oI)(object.apiVersion)))
        return undefined;
    let node = object;
    for (const key of where.path) {
        if (!isMapping(node))
            return undefined;
        node = node[key];
    }
    if (!isMapping(node) || !isMapping(node.spec))
        return undefined;
    return { template: node, spec: node.spec, path: where.path.join('.') };
}
/**
 * The pod template of a Pod, Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob
 * (`spec.jobTemplate.spec.template`), ReplicationController or PodTemplate; undefined for
 * other kinds or when the manifest has no pod spec there.
 */
function podTemplateOf(item) {
    const object = unwrapObject(item).object;
    const found = pod_findPodTemplate(object);
    if (!found)
        return undefined;
    if (!isMapping(found.template.metadata))
        found.template.metadata = {};
    return {
        template: found.template,
        spec: found.spec,
        metadata: found.template.metadata,
        path: found.path,
        specPath: found.path ? `${found.path}.spec` : 'spec',
    };
}
const pod_CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Visits each container of a pod spec: init containers, containers, ephemeral containers. */
function forEachContainer(spec, visit) {
    for (const list of pod_CONTAINER_LISTS) {
        const containers = spec[list];
        if (!Array.isArray(containers))
            continue;
        containers.forEach((container, index) => {
            if (!isMapping(container))
                return;
            const label = typeof container.name === 'string' && container.name !== '' ? container.name : String(index);
            visit(container, list, index, label);
        });
    }
}
/** Every container image of an object's pod template, in init, regular, ephemeral order. */
function containerImages(item) {
    const object = unwrapObject(item).object;
    const found = pod_findPodTemplate(object);
    if (!found)
        return [];
    const specPath = found.path ? `${found.path}.spec` : 'spec';
    const images = [];
    forEachContainer(found.spec, (container, list, index, label) => {
        if (typeof container.image !== 'string' || container.image.trim() === '')
            return;
        images.push({
            container: typeof container.name === 'string' ? container.name : '',
            image: container.image.trim(),
            list,
            path: `${specPath}.${list}[${label}].image`,
            index,
        });
    });
    return images;
}
/** The distinct images of all objects, in the order they first appear. */
function uniqueImages(objects) {
    const seen = new Set();
    for (const item of objects)
        for (const { image } of containerImages(item))
            seen.add(image);
    return [...seen];
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-refs.ts


function config_refs_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
function label(item, index) {
    return config_refs_isMapping(item) && typeof item.name === 'string' && item.name !== '' ? item.name : String(index);
}
function itemKeys(items) {
    const keys = list(items)
        .map((item) => (config_refs_isMapping(item) && typeof item.key === 'string' ? item.key : undefined))
        .filter((key) => key !== undefined);
    return keys.length > 0 ? keys : undefined;
}
/** The volume plugins that name a Secret, and the field that holds its name. */
const PLUGIN_SECRETS = [
    { plugin: 'azureFile', field: '', nameField: 'secretName' },
    { plugin: 'cephfs', field: 'secretRef', nameField: 'name' },
    { plugin: 'cinder', field: 'secretRef', nameField: 'name' },
    { plugin: 'flexVolume', field: 'secretRef', nameField: 'name' },
    { plugin: 'rbd', field: 'secretRef', nameField: 'name' },
    { plugin: 'scaleIO', field: 'secretRef', nameField: 'name' },
    { plugin: 'iscsi', field: 'secretRef', nameField: 'name' },
    { plugin: 'storageos', field: 'secretRef', nameField: 'name' },
    { plugin: 'csi', field: 'nodePublishSecretRef', nameField: 'name' },
];
/** Every ConfigMap and Secret reference in an object's pod template, in the order found. */
function configReferences(item) {
    const refs = [];
    visitConfigReferences(unwrap(item).object, (ref) => refs.push(ref));
    return refs;
}
/**
 * Points every reference to a config at another name, in place (k8s-deploy's immutable
 * configs): `renames` maps `ConfigMap/<name>` and `Secret/<name>` to the new names. Returns
 * how many references were changed.
 */
function renameConfigReferences(object, renames) {
    let changed = 0;
    visitConfigReferences(object, (ref, rename) => {
        const to = renames.get(`${ref.kind}/${ref.name}`);
        if (to === undefined)
            return;
        rename(to);
        changed += 1;
    });
    return changed;
}
/**
 * The one walk over a pod template's config references (see the file comment): calls `visit`
 * with each reference and a function that renames it in the object.
 */
function visitConfigReferences(object, visit) {
    const found = pod_findPodTemplate(object);
    if (!found)
        return;
    const spec = found.spec;
    const base = found.path ? `${found.path}.spec` : 'spec';
    const add = (kind, holder, field, via, extra = {}) => {
        const name = holder[field];
        if (typeof name !== 'string' || name === '')
            return;
        const ref = { kind, name, via };
        if (extra.keys && extra.keys.length > 0)
            ref.keys = extra.keys;
        if (typeof extra.optional === 'boolean')
            ref.optional = extra.optional;
        visit(ref, (to) => (holder[field] = to));
    };
    list(spec.imagePullSecrets).forEach((secret, index) => {
        if (config_refs_isMapping(secret))
            add('Secret', secret, 'name', `${base}.imagePullSecrets[${label(secret, index)}]`);
    });
    forEachContainer(spec, (container, listName, _index, containerLabel) => {
        const at = `${base}.${listName}[${containerLabel}]`;
        list(container.envFrom).forEach((source, index) => {
            if (!config_refs_isMapping(source))
                return;
            const where = `${at}.envFrom[${index}]`;
            if (config_refs_isMapping(source.configMapRef))
                add('ConfigMap', source.configMapRef, 'name', `${where}.configMapRef`, {
                    optional: source.configMapRef.optional,
                });
            if (config_refs_isMapping(source.secretRef))
                add('Secret', source.secretRef, 'name', `${where}.secretRef`, { optional: source.secretRef.optional });
        });
        list(container.env).forEach((variable, index) => {
            if (!config_refs_isMapping(variable) || !config_refs_isMapping(variable.valueFrom))
                return;
            const where = `${at}.env[${label(variable, index)}].valueFrom`;
            const { configMapKeyRef, secretKeyRef } = variable.valueFrom;
            if (config_refs_isMapping(configMapKeyRef)) {
                add('ConfigMap', configMapKeyRef, 'name', `${where}.configMapKeyRef`, {
                    keys: typeof configMapKeyRef.key === 'string' ? [configMapKeyRef.key] : undefined,
                    optional: configMapKeyRef.optional,
                });
            }
            if (config_refs_isMapping(secretKeyRef)) {
                add('Secret', secretKeyRef, 'name', `${where}.secretKeyRef`, {
                    keys: typeof secretKeyRef.key === 'string' ? [secretKeyRef.key] : undefined,
                    optional: secretKeyRef.optional,
                });
            }
        });
    });
    list(spec.volumes).forEach((volume, index) => {
        if (!config_refs_isMapping(volume))
            return;
        const at = `${base}.volumes[${label(volume, index)}]`;
        if (config_refs_isMapping(volume.configMap))
            add('ConfigMap', volume.configMap, 'name', `${at}.configMap`, {
                keys: itemKeys(volume.configMap.items),
                optional: volume.configMap.optional,
            });
        if (config_refs_isMapping(volume.secret))
            add('Secret', volume.secret, 'secretName', `${at}.secret`, {
                keys: itemKeys(volume.secret.items),
                optional: volume.secret.optional,
            });
        if (config_refs_isMapping(volume.projected)) {
            list(volume.projected.sources).forEach((source, sourceIndex) => {
                if (!config_refs_isMapping(source))
                    return;
                const where = `${at}.projected.sources[${sourceIndex}]`;
                if (config_refs_isMapping(source.configMap))
                    add('ConfigMap', source.configMap, 'name', `${where}.configMap`, {
                        keys: itemKeys(source.configMap.items),
                        optional: source.configMap.optional,
                    });
                if (config_refs_isMapping(source.secret))
                    add('Secret', source.secret, 'name', `${where}.secret`, {
                        keys: itemKeys(source.secret.items),
                        optional: source.secret.optional,
                    });
            });
        }
        for (const { plugin, field, nameField } of PLUGIN_SECRETS) {
            const source = volume[plugin];
            if (!config_refs_isMapping(source))
                continue;
            const holder = field ? source[field] : source;
            if (config_refs_isMapping(holder))
                add('Secret', holder, nameField, `${at}.${plugin}${field ? `.${field}` : `.${nameField}`}`);
        }
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/manifests/src/hash.ts
/**
 * Canonical hashes: the same content gives the same hash whatever the key order, quoting,
 * comments or YAML style it was written in.
 *
 * contentHash (ConfigMap and Secret) hashes what the pods see, as the API server stores it:
 *  - Secret: `stringData` is merged over `data` (as the API server does, stringData winning),
 *    every value as bytes: `data` base64-decoded, `stringData` UTF-8. So `stringData: {a: hi}`
 *    and `data: {a: aGk=}` hash the same. `type` counts (default Opaque).
 *  - ConfigMap: `data` as text and `binaryData` as bytes (base64-decoded), kept apart, since
 *    only `data` can feed environment variables.
 *  - sops-encrypted objects (a top-level `sops:` key) are hashed on their encrypted values
 *    as written (with the sops MAC), never decoded: their base64 is not the content.
 * Metadata (labels, annotations, immutable) is not content and does not count.
 */



/** JSON with object keys sorted at every level; undefined values dropped, as JSON.stringify does. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object') {
        return JSON.stringify(value) ?? 'null';
    }
    if (Array.isArray(value))
        return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
    const keys = Object.keys(value).sort();
    const parts = [];
    for (const key of keys) {
        const child = value[key];
        if (child === undefined)
            continue;
        parts.push(`${JSON.stringify(key)}:${canonicalJson(child)}`);
    }
    return `{${parts.join(',')}}`;
}
function sha256(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}
/** Whether an object is sops-encrypted (a top-level `sops:` key). */
function isSopsEncrypted(item) {
    const object = unwrap(item).object;
    return object.sops !== null && typeof object.sops === 'object';
}
function entries(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}
function hash_text(value) {
    return typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
}
function base64Bytes(value) {
    return Buffer.from(hash_text(value).replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The canonical content of a ConfigMap or Secret, as `sha256:<hex>` (see the file comment).
 * Other kinds are hashed whole, like objectHash.
 */
function contentHash(item) {
    const object = unwrap(item).object;
    if (isSopsEncrypted(object)) {
        const sops = object.sops;
        return sha256(canonicalJson({
            kind: object.kind,
            type: object.type,
            data: object.data,
            stringData: object.stringData,
            binaryData: object.binaryData,
            sopsMac: sops.mac,
        }));
    }
    if (object.kind === 'Secret') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = base64Bytes(value);
        for (const [key, value] of entries(object.stringData))
            data[key] = Buffer.from(hash_text(value), 'utf8').toString('base64');
        return sha256(canonicalJson({ kind: 'Secret', type: hash_text(object.type) || 'Opaque', data }));
    }
    if (object.kind === 'ConfigMap') {
        const data = {};
        for (const [key, value] of entries(object.data))
            data[key] = hash_text(value);
        const binaryData = {};
        for (const [key, value] of entries(object.binaryData))
            binaryData[key] = base64Bytes(value);
        return sha256(canonicalJson({ kind: 'ConfigMap', data, binaryData }));
    }
    return objectHash(object);
}
/** Metadata fields that say nothing about what the object asks for. */
const METADATA_NOISE = [
    'resourceVersion',
    'uid',
    'generation',
    'creationTimestamp',
    'deletionTimestamp',
    'deletionGracePeriodSeconds',
    'managedFields',
    'selfLink',
    'ownerReferences',
];
const ANNOTATION_NOISE = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision'];
/**
 * A canonical hash of a whole object without server-set metadata and `status`: equal for two
 * manifests that ask the cluster for the same thing, however they are written.
 */
function objectHash(item) {
    const object = unwrap(item).object;
    const { status: _status, ...rest } = object;
    const metadata = { ...(object.metadata ?? {}) };
    for (const field of METADATA_NOISE)
        delete metadata[field];
    if (metadata.annotations && typeof metadata.annotations === 'object') {
        const annotations = { ...metadata.annotations };
        for (const key of ANNOTATION_NOISE)
            delete annotations[key];
        metadata.annotations = Object.keys(annotations).length > 0 ? annotations : undefined;
    }
    return sha256(canonicalJson({ ...rest, metadata }));
}
/**
 * A canonical hash of a workload's pod template (what makes its pods roll when it changes),
 * or undefined for kinds without one.
 */
function templateHash(item) {
    const found = pod_findPodTemplate(unwrap(item).object);
    return found ? sha256(canonicalJson(found.template)) : undefined;
}

;// CONCATENATED MODULE: ./packages/manifests/src/kustomize-names.ts
/**
 * ConfigMaps and Secrets named by kustomize's generators: `redis-config-bd2fcfgt6k`, the
 * suffix being kustomize's hash of the object's content (api/hasher: sha256 of a JSON
 * encoding of kind, name, data, binaryData / type, stringData, its first ten hex digits with
 * 0, 1, 3, a, e turned into g, h, k, m, t). The name in that encoding is always empty:
 * kustomize looks it up as one field called "metadata/name", which no object has. A name counts as generated only when its suffix
 * is that hash of the object it names, so an ordinary name that happens to end in ten such
 * letters is not mistaken for one. Their names change when their content does, so their
 * readers roll by themselves: detect-config-changes reports them without a restart, and
 * k8s-deploy's immutable configs leave them as they are.
 */

const SUFFIX = /^(.+)-([2456789bcdfghkmt]{10})$/;
/** JSON as Go's encoding/json writes it: map keys sorted, and <, >, &, U+2028, U+2029 escaped. */
function goJson(value) {
    if (value === null || value === undefined)
        return 'null';
    if (typeof value === 'string')
        return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    if (typeof value !== 'object')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return `[${value.map(goJson).join(',')}]`;
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${goJson(key)}:${goJson(value[key])}`).join(',')}}`;
}
function kustomize_names_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A field as kustomize's hasher reads it: a mapping as itself, a missing one as "", a scalar as its text. */
function field(value) {
    if (value === undefined || value === null)
        return '';
    if (kustomize_names_isMapping(value)) {
        const copy = {};
        for (const [key, item] of Object.entries(value))
            copy[key] = item === null || item === undefined ? null : typeof item === 'object' ? item : String(item);
        return copy;
    }
    return String(value);
}
/** kustomize's content hash of a ConfigMap or Secret (see the file comment). */
function kustomizeHash(object) {
    const name = '';
    const record = object;
    const encoded = object.kind === 'Secret'
        ? { kind: 'Secret', type: field(record.type), name, data: field(record.data) }
        : { kind: 'ConfigMap', name, data: field(record.data) };
    const extra = object.kind === 'Secret' ? 'stringData' : 'binaryData';
    if (kustomize_names_isMapping(record[extra]))
        encoded[extra] = field(record[extra]);
    const hex = (0,external_node_crypto_.createHash)('sha256').update(goJson(encoded)).digest('hex');
    return hex
        .slice(0, 10)
        .replace(/[013ae]/g, (c) => ({ '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' })[c]);
}
/**
 * The name a kustomize generator gave the object, without its hash suffix (`redis-config`),
 * or undefined when the object's name does not end in its own content hash.
 */
function kustomizeGeneratedStem(object) {
    if (object.kind !== 'ConfigMap' && object.kind !== 'Secret')
        return undefined;
    const match = SUFFIX.exec(object.metadata?.name ?? '');
    if (!match)
        return undefined;
    return kustomizeHash(object) === match[2] ? match[1] : undefined;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(637);
// EXTERNAL MODULE: ./packages/core/src/workspace.ts
var workspace = __webpack_require__(5565);
;// CONCATENATED MODULE: ./packages/manifests/src/listing.ts
/**
 * Objects pruned to what listing them needs (list-manifests, unless it validates schemas):
 * apiVersion, kind, metadata, and the names and images of the pod template's containers.
 * Kept whole: CRDs and RBAC bindings (the apply order reads their spec and roleRef) and
 * objects without their document's text (the bundle is then written from the object).
 * Ten thousand pruned objects cost a fraction of the memory and garbage collection of whole
 * ones, and cross from the parse worker to the action's thread far faster.
 */


const KEPT_WHOLE = new Set([
    'apiextensions.k8s.io/CustomResourceDefinition',
    'rbac.authorization.k8s.io/RoleBinding',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
]);
function listing_pruneForListing(loaded) {
    const { object } = loaded;
    if (loaded.text === undefined || KEPT_WHOLE.has(`${apiGroup(object.apiVersion)}/${object.kind}`))
        return loaded;
    const pruned = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    const found = findPodTemplate(object);
    if (found) {
        const spec = {};
        for (const list of CONTAINER_LISTS) {
            const containers = found.spec[list];
            if (!Array.isArray(containers))
                continue;
            spec[list] = containers.map((container) => {
                if (container === null || typeof container !== 'object')
                    return container;
                const { name, image } = container;
                return { name, image };
            });
        }
        // The same path as in the object (spec.template, spec.jobTemplate.spec.template, or none for a Pod).
        let node = pruned;
        for (const key of found.path === '' ? [] : found.path.split('.')) {
            const next = {};
            node[key] = next;
            node = next;
        }
        node.spec = spec;
    }
    return { ...loaded, object: pruned };
}

;// CONCATENATED MODULE: ./packages/manifests/src/read-file.ts
/**
 * Reads a manifest file after checking it with fstat: an oversized file is never read, and a
 * FIFO or device named like a manifest is refused (it is opened non-blocking, so a FIFO
 * cannot hang the step). Problems are returned, not thrown, so either thread of a parallel
 * load can report them in file order.
 */

/** Reads one file after checking it with fstat (see the file comment). */
function read_file_readChecked(file, maxBytes) {
    let fd;
    try {
        fd = openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile())
            return { file, notRegular: true };
        if (stats.size > maxBytes)
            return { file, tooLarge: stats.size };
        // Read exactly the size fstat gave; a file that grows meanwhile is read up to that size,
        // one that shrinks up to what is there.
        const bytes = Buffer.allocUnsafeSlow(stats.size);
        let filled = 0;
        while (filled < stats.size) {
            const count = readSync(fd, bytes, filled, stats.size - filled, filled);
            if (count === 0)
                break;
            filled += count;
        }
        return { file, bytes: filled === stats.size ? bytes : bytes.subarray(0, filled) };
    }
    catch (error) {
        const { message, code } = error;
        return { file, error: { message, code } };
    }
    finally {
        closeSync(fd);
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/.pnpm/js-yaml@4.3.2/node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(848);
;// CONCATENATED MODULE: ./packages/core/src/parser-errors.ts
/**
 * Parser messages without the parsed text. js-yaml names what it found in its messages (an
 * alias `*name`, a tag `!name`, a directive's arguments) and V8's JSON.parse quotes a snippet
 * and the offending token: in a manifest's Secret or a Compose file's environment, a
 * password. These give what is wrong, never what was written; a message they do not know is
 * replaced by a generic one. Used for manifests (@kra/manifests) and Compose files
 * (@kra/registry); imported by subpath so the parse worker's bundle stays small.
 */
/**
 * js-yaml's messages that hold no text of the document, as they are. Every other message is
 * rewritten by SAFE_YAML_REASONS, or replaced by a generic one: js-yaml puts alias names, tags,
 * directive arguments and tag prefixes in its messages, which can be a Secret's value.
 */
const SAFE_YAML_REASON = /^[a-zA-Z ;,()%!<>?.-]*(?:\(\d+\))?$/;
const SAFE_YAML_REASONS = [
    [/^unidentified alias /, 'an alias (*name) that no anchor (&name) before it defines'],
    [/^unknown tag /, 'an unknown tag (a value starting with "!" must be quoted)'],
    [/^unacceptable node kind for /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
    [/^cannot resolve a node with /, 'a tag that does not fit its value (a value starting with "!" must be quoted)'],
    [/^undeclared tag handle /, 'an undeclared tag handle (a value starting with "!" must be quoted)'],
    [/^tag name cannot contain such characters/, 'a malformed tag (a value starting with "!" must be quoted)'],
    [/^tag name is malformed/, 'a malformed tag (a value starting with "!" must be quoted)'],
    [/^there is a previously declared suffix for /, 'a %TAG directive that declares a handle twice'],
    [/^tag prefix is malformed/, 'a malformed %TAG directive'],
    [/^unknown document directive /, 'an unknown directive (a line starting with "%")'],
];
/** What js-yaml says is wrong, without anything from the document. */
function safeYamlReason(reason) {
    for (const [pattern, safe] of SAFE_YAML_REASONS)
        if (pattern.test(reason))
            return safe;
    // Quoted parts are the document's (js-yaml quotes what it found); the rest is its own text.
    if (!/["'`]/.test(reason) && SAFE_YAML_REASON.test(reason) && !/!</.test(reason))
        return reason;
    if (/^expected the node content, but found ','$/.test(reason))
        return reason;
    return 'the text cannot be read as YAML';
}
/** What JSON.parse says is wrong, without the snippet and token of the document it quotes. */
function safeJsonReason(message) {
    const reason = message
        .replace(/ in JSON at position.*$/s, '')
        .replace(/, (?:\.\.\.)?".*$/s, '')
        .replace(/ ?'([^']*)'/g, (quoted, inside) => (/^[{}[\],:]*$/.test(inside) ? quoted : ''))
        .replace(/\s+/g, ' ')
        .trim();
    return /^[A-Za-z ,'{}[\]:]+$/.test(reason) ? reason : 'the text is not valid JSON';
}

;// CONCATENATED MODULE: ./packages/manifests/src/yaml.ts
/**
 * Safe, fast parsing of manifest text into Kubernetes objects with their locations.
 *
 * Parser: js-yaml. Measured on 10,000 generated manifests (8.8 MB), js-yaml parses the tree
 * in about 0.5 s where the `yaml` package takes about 5.6 s; list-manifests has 1.5 s in all.
 * js-yaml gives no node positions, so we find the documents ourselves: a line that starts
 * with `---` or `...` (followed by a blank or the line's end) is a document boundary
 * wherever it appears — the YAML spec forbids those markers inside any scalar — so cutting
 * the text there and parsing each piece gives the same documents as a whole-stream parse,
 * plus each document's first line, and error lines shifted back to the file's numbering.
 *
 * Safety, all bounded in time and memory:
 *  - size: text over `maxFileBytes` (default 10 MiB) is refused before parsing; the loader
 *    checks the size with fstat before reading, so a 50 MB file is never read.
 *  - binary: NUL bytes or invalid UTF-8 are refused (see decodeManifestText).
 *  - alias bombs ("billion laughs"): js-yaml resolves an alias to the same JavaScript object,
 *    so parsing a bomb is cheap, but anything that walks the result (hashing, JSON output,
 *    validation) would visit every expansion. After parsing a document that has anchors we
 *    count its expanded size with a memoized walk over the parsed graph (linear in the unique
 *    nodes) and refuse it when aliases add more than MAX_ALIAS_EXPANSION nodes. Documents that
 *    pass are copied into plain trees, so no two places in an object share a node.
 *  - merge keys (`<<`): js-yaml caps merge work per document (maxTotalMergeKeys).
 *  - nesting: capped at MAX_DEPTH levels, the same for YAML (js-yaml maxDepth, and again after
 *    aliases are expanded: an alias may stack a deep subtree inside another) and for JSON
 *    (counted on the text before JSON.parse), so no walk of a parsed document, ours or a
 *    library's, can overflow the stack.
 *  - errors never repeat the document: the parser's messages name aliases, tags and snippets
 *    of the text (a Secret's value, `password: *Sup3r…`), so every message is rewritten to
 *    say what is wrong without them, and the parser's error is not kept as the cause.
 *
 * Scalars follow YAML 1.2's core schema (no timestamps: `2024-01-01` stays a string, as it
 * does for kubectl) with two YAML 1.1 rules kubectl's parser keeps: `<<` merge keys, and a
 * leading-zero integer such as `0644` (file modes) is octal, so `defaultMode: 0644` is 420.
 */




// The modules, not the package's index: the parse worker's bundle needs no more than these.



const yaml_DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Nodes that aliases may add to one file beyond what is written in it. */
const MAX_ALIAS_EXPANSION = 100_000;
const MAX_DEPTH = 512;
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const types = js_yaml/* types */.gK;
const LEGACY_OCTAL = /^[-+]?0[0-7]+$/;
/** Whether a plain scalar could be a number: most are words, and this spares them the number patterns. */
function mayBeNumber(data) {
    if (data === null || data.length === 0)
        return false;
    const first = data.charCodeAt(0);
    return (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46; // 0-9 + - .
}
const coreInt = types.int;
const kubeInt = new js_yaml/* Type */.ZU('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && (LEGACY_OCTAL.test(data) || coreInt.resolve(data)),
    construct: (data) => {
        if (!LEGACY_OCTAL.test(data))
            return coreInt.construct(data);
        const sign = data.startsWith('-') ? -1 : 1;
        return sign * parseInt(data.replace(/^[-+]/, ''), 8);
    },
    predicate: coreInt.predicate ?? undefined,
    represent: coreInt.represent ?? undefined,
    defaultStyle: coreInt.defaultStyle ?? undefined,
    styleAliases: { binary: [2, 'bin'], octal: [8, 'oct'], decimal: [10, 'dec'], hexadecimal: [16, 'hex'] },
});
const coreFloat = types.float;
const kubeFloat = new js_yaml/* Type */.ZU('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (data) => mayBeNumber(data) && coreFloat.resolve(data),
    construct: (data) => coreFloat.construct(data),
    predicate: coreFloat.predicate ?? undefined,
    represent: coreFloat.represent ?? undefined,
    defaultStyle: coreFloat.defaultStyle ?? undefined,
});
/** The schema manifests are read with (see the file comment). */
const KUBE_SCHEMA = js_yaml/* FAILSAFE_SCHEMA */.uH.extend({
    implicit: [types.null, types.bool, kubeInt, kubeFloat, types.merge],
});
const LOAD_OPTIONS = { schema: KUBE_SCHEMA, maxDepth: MAX_DEPTH, json: false };
/** `<file>` as shown to the user: relative to the workspace when absolute. */
function yaml_showFile(file, root) {
    return (0,external_node_path_.isAbsolute)(file) ? (0,workspace/* displayPath */.Gt)(file, root) : file;
}
/** A one-line error at file:line: `<file>:<line>: <what> — <what to do>`. */
function locatedError(file, line, what, todo, root, cause) {
    const shown = yaml_showFile(file, root);
    const where = line === undefined ? shown : `${shown}:${line}`;
    return new errors/* UserError */.yo(`${where}: ${what} — ${todo}`, { file: shown, line, cause });
}
/**
 * Turns file bytes into text, refusing binary content: NUL bytes or invalid UTF-8
 * (UTF-16 files land here too). A UTF-8 byte order mark is dropped.
 */
function yaml_decodeManifestText(bytes, file, root) {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nul = buffer.indexOf(0);
    if (nul !== -1 || !(0,external_node_buffer_.isUtf8)(buffer)) {
        const line = nul === -1 ? undefined : lineAt(buffer.subarray(0, nul));
        return thrown(locatedError(file, line, 'is a binary file, not YAML or JSON text (it has NUL bytes or is not UTF-8)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root));
    }
    const text = buffer.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function lineAt(bytes) {
    let line = 1;
    for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1))
        line += 1;
    return line;
}
function thrown(error) {
    throw error;
}
/** Whether the file name says JSON (parsed with JSON.parse: faster, and exact JSON semantics). */
function isJsonFile(file) {
    return /\.json$/i.test(file);
}
/**
 * Parses manifest text (a file's content, or a git blob's) into objects, in document order.
 * Multi-document YAML; `kind: List` (and other `…List` kinds with `items`) flattened, the
 * items keeping the List document's location; empty documents skipped; `.json` files as JSON.
 * Throws a one-line UserError at file:line for malformed YAML, a document that is not a
 * Kubernetes object, a file too large, binary content or an alias bomb.
 */
function yaml_parseManifests(text, file, options = {}) {
    const root = options.root;
    const maxBytes = options.maxFileBytes ?? yaml_DEFAULT_MAX_FILE_BYTES;
    const size = typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;
    if (size > maxBytes)
        throw yaml_tooLarge(file, size, maxBytes, root);
    let source;
    if (typeof text === 'string') {
        if (text.includes('\0')) {
            throw locatedError(file, undefined, 'is a binary file, not YAML or JSON text (it has NUL bytes)', 'save manifests as UTF-8 text, or exclude this file with "exclude"', root);
        }
        source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    else {
        source = yaml_decodeManifestText(text, file, root);
    }
    const documents = isJsonFile(file) ? parseJsonText(source, file, root) : parseYamlText(source, file, root);
    const result = [];
    for (const document of documents)
        collectObjects(document, file, result, options);
    return result;
}
function yaml_tooLarge(file, size, maxBytes, root) {
    return locatedError(file, undefined, `is ${yaml_formatBytes(size)}, over the ${yaml_formatBytes(maxBytes)} limit for one manifest file`, 'split it into smaller files, or exclude it with "exclude" if it is not a manifest', root);
}
function yaml_formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
    if (bytes >= 1024)
        return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
    return `${bytes} bytes`;
}
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/**
 * Cuts YAML text into single-document pieces at `---` / `...` lines. A `---` line starts its
 * piece; a `...` line ends the piece before it. Pieces holding only directives (`%YAML`) are
 * joined to the next piece, which they belong to.
 */
function splitDocuments(text) {
    const pieces = [];
    let start = 0;
    let startLine = 1;
    let lineCounter = { at: 0, line: 1 };
    const lineOf = (offset) => {
        let { at, line } = lineCounter;
        for (let next = text.indexOf('\n', at); next !== -1 && next < offset; next = text.indexOf('\n', next + 1)) {
            line += 1;
            at = next + 1;
        }
        lineCounter = { at, line };
        return line;
    };
    let pendingDirectives;
    const push = (end) => {
        const piece = { text: text.slice(start, end), startLine };
        if (pendingDirectives) {
            piece.text = pendingDirectives.text + piece.text;
            piece.startLine = pendingDirectives.startLine;
            pendingDirectives = undefined;
        }
        if (onlyDirectives(piece.text))
            pendingDirectives = piece;
        else
            pieces.push(piece);
    };
    MARKER.lastIndex = 0;
    for (let match = MARKER.exec(text); match !== null; match = MARKER.exec(text)) {
        const at = match.index;
        if (match[0] === '---') {
            if (at > start)
                push(at);
            start = at;
            startLine = lineOf(at);
        }
        else {
            const lineEnd = text.indexOf('\n', at);
            const end = lineEnd === -1 ? text.length : lineEnd + 1;
            const markerLine = lineOf(at);
            push(end);
            start = end;
            startLine = markerLine + 1;
        }
    }
    if (start < text.length || pieces.length === 0)
        push(text.length);
    if (pendingDirectives)
        pieces.push(pendingDirectives);
    return pieces;
}
const DIRECTIVES_ONLY = /^(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n)*(?:[ \t]*(?:#.*)?|%.*)$/;
function onlyDirectives(text) {
    return text.includes('%') && /^%/m.test(text) && DIRECTIVES_ONLY.test(text);
}
const BLANK_OR_COMMENT = /[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const MARKER_ONLY = /(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/y;
const DIRECTIVE_LINE = /%[^\n]*(?:\n|$)/y;
/** The line of a piece's first content, past blank lines, comments, directives and a bare `---`; undefined when it has none. */
function contentLine(piece, startLine) {
    let at = 0;
    let line = startLine;
    while (at < piece.length) {
        let match = null;
        for (const pattern of [BLANK_OR_COMMENT, MARKER_ONLY, DIRECTIVE_LINE]) {
            pattern.lastIndex = at;
            match = pattern.exec(piece);
            if (match && match[0].length > 0)
                break;
            match = null;
        }
        if (!match)
            break;
        at += match[0].length;
        if (match[0].endsWith('\n'))
            line += 1;
    }
    return at >= piece.length ? undefined : line;
}
function parseYamlText(text, file, root) {
    const documents = [];
    let aliasBudget = MAX_ALIAS_EXPANSION;
    for (const piece of splitDocuments(text)) {
        const line = contentLine(piece.text, piece.startLine);
        if (line === undefined) {
            // Only comments and blank lines: an empty document when it has its own `---`, else nothing.
            if (piece.text.startsWith('---'))
                documents.push({ value: null, index: documents.length, line: piece.startLine, text: '' });
            continue;
        }
        let values;
        try {
            values = (0,js_yaml/* loadAll */.gh)(piece.text, undefined, LOAD_OPTIONS);
        }
        catch (error) {
            throw yamlError(error, file, piece.text, piece.startLine, root);
        }
        for (const value of values) {
            let tree = value;
            if (piece.text.includes('&') && value !== null && typeof value === 'object') {
                const { expanded, unique, depth } = measure(value);
                if (depth > MAX_DEPTH) {
                    throw locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels once its aliases are expanded`, NESTING_TODO, root);
                }
                const extra = expanded - unique;
                if (extra > aliasBudget) {
                    throw locatedError(file, line, `YAML aliases expand this document past ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} extra nodes (an alias bomb, "billion laughs")`, 'write the values out instead of nesting aliases', root);
                }
                if (extra > 0) {
                    aliasBudget -= extra;
                    tree = expand(value);
                }
            }
            documents.push({
                value: tree,
                index: documents.length,
                line,
                text: values.length === 1 ? documentText(piece.text) : '',
            });
        }
    }
    return documents;
}
const BARE_START = /^---[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/;
/** A document's text for re-emitting: without its bare `---` line; none when it carries directives. */
function documentText(piece) {
    if (/^%/m.test(piece))
        return '';
    return piece.replace(BARE_START, '');
}
/**
 * The size of a parsed value counted as a tree (every alias expanded) and as the graph it
 * is (each node once), and its depth as a tree (collections on the deepest path), memoized
 * per node so a bomb costs no more than its text (the expanded count of a bomb is a large
 * float, never an endless walk). Iterative: the graph may be deeper than the stack.
 */
function measure(value) {
    const known = new Map();
    const open = new Set();
    let unique = 0;
    const frame = (node) => {
        unique += 1;
        open.add(node);
        return { node, children: Array.isArray(node) ? node : Object.values(node), next: 0, size: 1, depth: 1 };
    };
    const stack = [frame(value)];
    let result = { size: 1, depth: 1 };
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.children.length) {
            const child = top.children[top.next++];
            if (child === null || typeof child !== 'object') {
                top.size += 1;
                continue;
            }
            const done = known.get(child);
            if (done) {
                top.size += done.size;
                top.depth = Math.max(top.depth, done.depth + 1);
            }
            else if (!open.has(child)) {
                stack.push(frame(child)); // cycles cannot come out of YAML aliases, but never loop
            }
            continue;
        }
        stack.pop();
        open.delete(top.node);
        result = { size: top.size, depth: top.depth };
        known.set(top.node, result);
        const parent = stack[stack.length - 1];
        if (parent) {
            parent.size += top.size;
            parent.depth = Math.max(parent.depth, top.depth + 1);
        }
    }
    return { expanded: result.size, unique, depth: result.depth };
}
/** A copy of a parsed value with every alias expanded into its own nodes. */
function expand(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(expand);
    const copy = {};
    for (const [key, child] of Object.entries(value))
        copy[key] = expand(child);
    return copy;
}
const NESTING_TODO = `flatten the document (YAML and JSON manifests may nest ${MAX_DEPTH} levels)`;
function yamlError(error, file, piece, startLine, root) {
    if (error instanceof js_yaml/* YAMLException */.tB) {
        // An error at the very end (an unclosed bracket or quote) is put on the piece's last line, not past it.
        const lastLine = startLine + (piece.match(/\n/g)?.length ?? 0) - (piece.endsWith('\n') ? 1 : 0);
        const line = error.mark ? Math.min(startLine + error.mark.line, lastLine) : startLine;
        const reason = safeYamlReason((error.reason || 'invalid YAML').replace(/\s+/g, ' ').trim());
        if (/^nesting exceeded maxDepth/.test(reason)) {
            return locatedError(file, line, `YAML nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
        }
        // The parser's error is not kept as the cause: its message and snippet quote the document.
        return locatedError(file, line, `invalid YAML: ${reason}`, 'fix the YAML syntax (indentation, quoting, a missing colon)', root);
    }
    if (error instanceof RangeError) {
        return locatedError(file, startLine, 'YAML nesting is too deep to read', NESTING_TODO, root);
    }
    throw error;
}
/**
 * The line where JSON text nests deeper than MAX_DEPTH, or undefined: one pass over the
 * text, brackets inside strings not counted (JSON.parse itself would take any depth, and a
 * walk of what it returns would not).
 */
function jsonTooDeepAt(text) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i += 1) {
        const char = text.charCodeAt(i);
        if (inString) {
            if (char === 92)
                i += 1; // backslash: skip the escaped character
            else if (char === 34)
                inString = false;
        }
        else if (char === 34)
            inString = true;
        else if (char === 123 || char === 91) {
            depth += 1;
            if (depth > MAX_DEPTH)
                return lineAt(Buffer.from(text.slice(0, i)));
        }
        else if (char === 125 || char === 93)
            depth -= 1;
    }
    return undefined;
}
function parseJsonText(text, file, root) {
    if (text.trim() === '')
        return [];
    const deep = jsonTooDeepAt(text);
    if (deep !== undefined) {
        throw locatedError(file, deep, `JSON nesting is deeper than ${MAX_DEPTH} levels`, NESTING_TODO, root);
    }
    try {
        const value = JSON.parse(text);
        return [{ value, index: 0, line: contentLine(text, 1) ?? 1, text }];
    }
    catch (error) {
        const message = error.message;
        const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
        const position = /at position (\d+)/.exec(message);
        let line;
        if (lineColumn)
            line = Number(lineColumn[1]);
        else if (position)
            line = text.slice(0, Number(position[1])).split('\n').length;
        else
            line = text.split('\n').length;
        // The parser's error is not kept as the cause: its message quotes the document.
        return thrown(locatedError(file, line, `invalid JSON: ${safeJsonReason(message)}`, 'fix the JSON syntax', root));
    }
}
/** What a value is, never what it says (it may be a Secret's value). */
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'a mapping';
    return `a ${typeof value}`;
}
function yaml_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const KUSTOMIZE_GROUP = /^kustomize\.config\.k8s\.io\//;
function collectObjects(document, file, into, options) {
    const { value, index, line } = document;
    if (value === null || value === undefined)
        return;
    const source = { file, index, line };
    const root = options.root;
    if (yaml_isMapping(value) && typeof value.apiVersion === 'string' && KUSTOMIZE_GROUP.test(value.apiVersion)) {
        options.onSkip?.(`${yaml_showFile(file, root)}:${line}: skipped ${String(value.kind)} (${value.apiVersion}): a kustomize file, not an object to apply`);
        return;
    }
    checkObject(value, file, line, '', root);
    const object = value;
    const items = value.items;
    if (object.kind.endsWith('List') && Array.isArray(items)) {
        items.forEach((item, itemIndex) => {
            if (item === null || item === undefined)
                return;
            checkObject(item, file, line, ` (${object.kind} item ${itemIndex})`, root);
            into.push({ object: item, source: { ...source, item: itemIndex } });
        });
        return;
    }
    into.push(document.text && options.keepText !== false ? { object, source, text: document.text } : { object, source });
}
function checkObject(value, file, line, where, root) {
    const todo = 'each document must be a Kubernetes object with apiVersion, kind and metadata (or a kind: List)';
    if (!yaml_isMapping(value)) {
        throw locatedError(file, line, `document${where} is ${describe(value)}, not a Kubernetes object`, todo, root);
    }
    for (const field of ['apiVersion', 'kind']) {
        const fieldValue = value[field];
        if (fieldValue === undefined || fieldValue === null || fieldValue === '') {
            throw locatedError(file, line, `document${where} has no ${field}, so it is not a Kubernetes object`, todo, root);
        }
        if (typeof fieldValue !== 'string') {
            throw locatedError(file, line, `document${where} has a ${field} that is ${describe(fieldValue)}, not a string`, todo, root);
        }
    }
    const items = value.items;
    const isList = value.kind.endsWith('List') && Array.isArray(items);
    if (!isList && !yaml_isMapping(value.metadata)) {
        throw locatedError(file, line, `${value.kind} document${where} has ${value.metadata === undefined ? 'no metadata' : 'a metadata that is not a mapping'}`, 'add metadata with at least a name', root);
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/parse-worker.ts
/**
 * Loading many manifest files on two threads. Parsing YAML is most of list-manifests' time
 * (10,000 files: about 0.7 s of js-yaml), so the calling thread and one worker thread both
 * load files: each claims the next file from a shared counter, reads and parses it, and the
 * worker posts its results back (structured clone keeps every value exactly). The results
 * are then taken in file order, so objects, skip notes and the first error are the ones a
 * one-thread load gives. The worker is only a helper: if it cannot start, the calling thread
 * loads every file itself.
 *
 * The worker runs from a file of its own, next to the action's bundle (an action gives it as
 * `parseWorker`); see actions/list-manifests/src/parse-worker.ts.
 */

// The modules, not the package's index: the parse worker's bundle needs no more than these.





const NEXT = 0;
const STOP = 1;
const BATCH = 32;
/** A file's bytes, or the one-line error for why it could not be read. */
function readOrThrow(result, settings) {
    if ('bytes' in result)
        return result.bytes;
    const shown = displayPath(result.file, settings.root);
    if ('tooLarge' in result)
        throw tooLarge(result.file, result.tooLarge, settings.maxFileBytes, settings.root);
    if ('notRegular' in result)
        throw new UserError(`${shown}: is not a regular file — exclude it with "exclude"`, { file: shown });
    throw new UserError(`${shown}: cannot be read (${result.error.code ?? result.error.message}) — check the file`, {
        file: shown,
    });
}
/** Reads and parses one file; a UserError becomes the outcome, anything else is thrown. */
function parse_worker_loadFile(file, index, settings) {
    const skipped = [];
    try {
        const bytes = readOrThrow(readChecked(file, settings.maxFileBytes), settings);
        const text = decodeManifestText(bytes, file, settings.root);
        const objects = parseManifests(text, file, {
            maxFileBytes: settings.maxFileBytes,
            root: settings.root,
            onSkip: (note) => skipped.push(note),
        });
        return { index, objects: settings.prune ? objects.map(pruneForListing) : objects, skipped };
    }
    catch (error) {
        if (!(error instanceof UserError))
            throw error;
        return { index, error: { message: error.message, file: error.file, line: error.line } };
    }
}
/** The next file to load, or undefined when all are claimed or a file has failed. */
function parse_worker_claimFile(claims, total) {
    if (Atomics.load(claims, STOP) !== 0)
        return undefined;
    const index = Atomics.add(claims, NEXT, 1);
    return index < total ? index : undefined;
}
/** Tells both threads to claim no more files (one has failed: later files cannot matter). */
function parse_worker_stopClaims(claims) {
    Atomics.store(claims, STOP, 1);
}
function parse_worker_newClaims() {
    return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}
/** The worker's program: loads files until none is left, posting outcomes in batches. */
function runParseWorker() {
    if (parentPort === null)
        throw new Error('parse-worker.js runs as a worker thread of the action, not on its own');
    const job = workerData;
    const claims = new Int32Array(job.claims);
    let batch = [];
    for (let index = parse_worker_claimFile(claims, job.files.length); index !== undefined;) {
        const outcome = parse_worker_loadFile(job.files[index], index, job);
        batch.push(outcome);
        if ('error' in outcome)
            parse_worker_stopClaims(claims);
        if (batch.length === BATCH) {
            parentPort.postMessage(batch);
            batch = [];
        }
        index = parse_worker_claimFile(claims, job.files.length);
    }
    if (batch.length > 0)
        parentPort.postMessage(batch);
}

;// CONCATENATED MODULE: ./packages/manifests/src/load.ts
/**
 * Finds manifest files from the paths a user gives (files, folders, globs) and loads them.
 * Every path must stay inside the workspace; the order is deterministic: paths in input
 * order, and within a folder or a glob, files sorted by path.
 */









/** The extensions loaded from folders and globs. */
const MANIFEST_EXTENSIONS = (/* unused pure expression or super */ null && (['.yaml', '.yml', '.json']));
/** The file names kustomize reads: not objects to apply, so skipped (with a debug note). */
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
function hasManifestExtension(name) {
    const lower = name.toLowerCase();
    return MANIFEST_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
/** The parse worker the build puts beside an action's bundle (`parse-worker.js`), when there is one. */
function parseWorkerBesideBundle() {
    const file = besideBundle('parse-worker.js');
    return file === undefined ? undefined : { file };
}
/** From this many files on, a `parseWorker` loads files beside the calling thread. */
const PARALLEL_MIN_FILES = 200;
/**
 * Loads every object from the given files, folders (recursive; .yaml, .yml, .json; hidden
 * files and folders skipped) and globs. A missing path, a glob that matches nothing, an empty
 * folder or a path outside the workspace is a one-line error naming the path and the input;
 * malformed or unsafe content is a one-line error at file:line (see parseManifests). With a
 * `parseWorker`, large sets are loaded on two threads, with the same result.
 */
async function loadManifests(paths, options = {}) {
    const files = await findManifestFiles(paths, options);
    const settings = {
        root: realRoot(options.root),
        maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
        prune: options.prune,
    };
    const onSkip = options.onSkip ?? ((message) => actionsCore.debug(message));
    const claims = newClaims();
    const outcomes = new Array(files.length);
    if (options.parseWorker && files.length >= PARALLEL_MIN_FILES) {
        await loadOnTwoThreads(files, settings, options.parseWorker, claims, outcomes);
    }
    else {
        loadHere(files, settings, claims, outcomes);
    }
    return inFileOrder(files, settings, outcomes, onSkip);
}
/** Loads files on this thread until none is left to claim. */
function loadHere(files, settings, claims, outcomes) {
    for (let index = claimFile(claims, files.length); index !== undefined; index = claimFile(claims, files.length)) {
        const outcome = loadFile(files[index], index, settings);
        outcomes[index] = outcome;
        if ('error' in outcome)
            stopClaims(claims);
    }
}
/** Loads files on this thread and on a worker at once; resolves when both are done. */
async function loadOnTwoThreads(files, settings, parseWorker, claims, outcomes) {
    const job = { ...settings, files, claims: claims.buffer };
    const worker = new Worker(parseWorker.file, {
        workerData: job,
        // It keeps nothing between files: a small young generation is plenty, and costs less memory.
        resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const exited = new Promise((resolve) => {
        worker.on('message', (batch) => {
            for (const outcome of batch)
                outcomes[outcome.index] = outcome;
        });
        // A worker that fails leaves its files to this thread (inFileOrder loads what is missing).
        worker.on('error', (error) => actionsCore.debug(`The parse worker stopped: ${error.message}`));
        worker.on('exit', () => resolve());
    });
    loadHere(files, settings, claims, outcomes);
    await exited;
}
/**
 * The objects in file order, with the skip notes told in that order, up to the first file
 * that failed, whose error is thrown: what loading the files one by one gives. A file claimed
 * by a worker that stopped before reporting it is loaded here.
 */
function inFileOrder(files, settings, outcomes, onSkip) {
    const objects = [];
    for (const [index, file] of files.entries()) {
        const outcome = outcomes[index] ?? loadFile(file, index, settings);
        if ('error' in outcome)
            throw new UserError(outcome.error.message, outcome.error);
        for (const note of outcome.skipped)
            onSkip(note);
        for (const object of outcome.objects)
            objects.push(object);
    }
    return objects;
}
/** The workspace folder through symlinks (as workspaceRoot gives it), so paths inside it compare equal. */
function realRoot(root) {
    if (root === undefined)
        return workspaceRoot();
    try {
        return realpathSync(root);
    }
    catch {
        return root;
    }
}
/**
 * The manifest files the paths name, absolute, in load order, each once (the first time it
 * is named). Kustomization files are left out, with a note to `onSkip`.
 */
async function findManifestFiles(paths, options = {}) {
    const root = realRoot(options.root);
    const input = options.inputName ?? 'paths';
    const onSkip = options.onSkip ?? ((message) => actionsCore.debug(message));
    const excluded = excludeMatcher(options.exclude ?? [], options.excludeInputName ?? 'exclude');
    const prefix = root.endsWith(sep) ? root : root + sep;
    const relativeOf = (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : relative(root, file)).split(sep).join('/');
    const hasExcludes = (options.exclude ?? []).some((pattern) => pattern.trim() !== '');
    const seen = new Set();
    const result = [];
    if (paths.length === 0)
        throw new InputError(input, 'is empty: give at least one file, folder or glob of manifests');
    for (const given of paths) {
        const candidates = await expandPath(given, root, input);
        let kept = 0;
        let skipped = 0;
        for (const file of candidates) {
            if (hasExcludes && excluded(relativeOf(file))) {
                skipped += 1;
                continue;
            }
            if (KUSTOMIZATION_FILES.has(basename(file))) {
                skipped += 1;
                onSkip(`${displayPath(file, root)}: skipped, a kustomization file is not an object to apply (list the files it names instead)`);
                continue;
            }
            kept += 1;
            if (seen.has(file))
                continue;
            seen.add(file);
            result.push(file);
        }
        if (kept === 0 && skipped > 0) {
            throw new InputError(input, `path "${given}" matches only excluded or kustomization files: nothing to load — check "paths" and "exclude"`);
        }
    }
    return result;
}
function excludeMatcher(patterns, input) {
    const cleaned = patterns.map((pattern) => pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
    if (cleaned.length === 0)
        return () => false;
    for (const pattern of cleaned) {
        if (pattern.startsWith('/') || pattern.split('/').includes('..')) {
            throw new InputError(input, `pattern "${pattern}" must be relative to the workspace, without ".."`);
        }
    }
    // A pattern that names a folder excludes what is under it too.
    return picomatch([...cleaned, ...cleaned.map((pattern) => `${pattern}/**`)], { dot: true });
}
/** One input path as the files it stands for, sorted within a folder or a glob. */
async function expandPath(given, root, input) {
    const path = given.trim();
    const absolute = resolveInWorkspace(path, input, root);
    let stats;
    try {
        stats = statSync(absolute);
    }
    catch {
        stats = undefined;
    }
    if (stats?.isFile())
        return [absolute];
    if (stats?.isDirectory()) {
        const files = walkFolder(absolute, root);
        if (files.length === 0) {
            throw new InputError(input, `folder "${path}" has no .yaml, .yml or .json files — add manifests to it or fix the path`);
        }
        return files;
    }
    if (stats)
        throw new InputError(input, `path "${path}" is neither a file nor a folder — give manifest files, folders or globs`);
    if (isDynamicPattern(path))
        return expandGlob(path, root, input);
    throw new InputError(input, `path "${path}" does not exist in the workspace ${root} — check the path (it is relative to the repository root)`);
}
/** Files under a folder with a manifest extension, hidden entries skipped, sorted by path. */
function walkFolder(folder, root) {
    const files = [];
    const visit = (dir) => {
        const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const full = dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name; // dir is absolute and normalized
            let isDirectory = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                // Follow a link only when it stays inside the workspace.
                let target;
                try {
                    target = realpathSync(full);
                }
                catch {
                    continue;
                }
                if (!isInside(target, root))
                    continue;
                const stats = statSync(target);
                isDirectory = stats.isDirectory();
                isFile = stats.isFile();
                if (isDirectory && isInside(folder, target))
                    continue; // a link to an enclosing folder
            }
            if (isDirectory)
                visit(full);
            else if (isFile && hasManifestExtension(entry.name))
                files.push(full);
        }
    };
    visit(folder);
    return files;
}
async function expandGlob(pattern, root, input) {
    const cleaned = pattern.replace(/^\.\//, '');
    if (cleaned.startsWith('/') || cleaned.split('/').includes('..')) {
        // An absolute glob is fine when its fixed part is inside the workspace.
        const base = picomatch.scan(cleaned).base;
        resolveInWorkspace(base || '.', input, root);
    }
    const matches = await glob(cleaned, {
        cwd: root,
        absolute: true,
        onlyFiles: true,
        dot: false,
        followSymbolicLinks: false,
        expandDirectories: false,
    });
    const files = matches
        .map((file) => file.split('/').join(sep))
        .filter((file) => hasManifestExtension(file))
        .filter((file) => {
        try {
            return isInside(realpathSync(file), root) && isInside(file, root);
        }
        catch {
            return false;
        }
    })
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (files.length === 0) {
        throw new InputError(input, `glob "${pattern}" matches no .yaml, .yml or .json file in the workspace ${root} — check the pattern (it is relative to the repository root)`);
    }
    return files;
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes.ts
/**
 * What changed between two sets of manifests (two git refs), for detect-config-changes:
 * the ConfigMaps and Secrets whose content changed, the workloads that read them, and
 * which of those will not roll out by themselves and must be restarted.
 *
 * Objects are compared, not text: identity is group/kind/namespace/name and content is a
 * canonical hash, so reformatting, comments, key order and moving an object to another
 * file are not changes. Secret values never leave this module: only names and hashes.
 */









/** Kinds whose pods are replaced when the pod template changes, i.e. the ones a restart applies to. */
const ROLLABLE = new Set(['apps/Deployment', 'apps/StatefulSet', 'apps/DaemonSet', 'argoproj.io/Rollout']);
/** Pull secrets are read by the kubelet when pulling, not by running containers: changing one needs no restart. */
function readByContainers(via) {
    return !/imagePullSecrets/.test(via);
}
function identityOptions(object, options) {
    return {
        defaultNamespace: options.namespace,
        clusterScoped: isClusterScoped(object.apiVersion, object.kind, options.crds),
    };
}
/**
 * The namespace an output entry states: the object's own, else the `namespace` input, else none.
 * Never `default` by guessing: k8s-deploy defaults an entry without one to the namespace it
 * deploys to, which is where such an object lives.
 */
function statedNamespace(object, options) {
    if (isClusterScoped(object.apiVersion, object.kind, options.crds))
        return '';
    return object.metadata.namespace || options.namespace || '';
}
function entryOf(object, namespace) {
    const entry = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name ?? '' };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
function where(loaded) {
    return `${loaded.source.file}:${loaded.source.line}`;
}
/** Objects by identity; a second object with the same identity is an error at head, and ignored at base. */
function indexObjects(objects, options, strict) {
    const index = new Map();
    for (const loaded of objects) {
        const { object } = loaded;
        if (!object?.metadata?.name)
            continue;
        const scope = identityOptions(object, options);
        const namespace = (0,src/* effectiveNamespace */.NU)(object.metadata.namespace, scope);
        const key = (0,src/* identityKey */.US)(object, scope);
        const seen = index.get(key);
        if (seen) {
            if (!strict)
                continue;
            throw new src/* UserError */.yo(`${object.kind} ${namespace ? `${namespace}/` : ''}${object.metadata.name} is defined twice, at ${where(seen.loaded)} and at ${where(loaded)}: keep one`, { file: loaded.source.file, line: loaded.source.line });
        }
        index.set(key, { loaded, namespace, stated: statedNamespace(object, options) });
    }
    return index;
}
function isConfig(object) {
    return (0,src/* apiGroup */.oI)(object.apiVersion) === '' && (object.kind === 'ConfigMap' || object.kind === 'Secret');
}
function isWorkload(item) {
    return (item.workload !== undefined ||
        (WORKLOAD_KINDS.includes(item.object.kind) && pod_findPodTemplate(item.object) !== undefined));
}
/**
 * The object as the comparison keeps it: ConfigMaps, Secrets and CRDs whole (their content
 * is compared, and CRDs give custom kinds their scope); a workload as its config references
 * and, with `hashTemplate`, its pod template's hash; anything else as apiVersion, kind and
 * metadata. Structure checks (validateStructure) read no more than that.
 */
function summariseObject(loaded, hashTemplate) {
    const { object, source } = loaded;
    if (isConfig(object) || isCrd(object))
        return { object, source };
    const skeleton = { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata };
    if (!WORKLOAD_KINDS.includes(object.kind) || pod_findPodTemplate(object) === undefined)
        return { object: skeleton, source };
    const workload = { references: configReferences(object) };
    if (hashTemplate)
        workload.template = templateHash(object);
    return { object: skeleton, source, workload };
}
/** Base64 in one spelling (line breaks and missing padding do not change the bytes). */
function normalBase64(text) {
    return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('base64');
}
/**
 * The bytes one key of a config holds, in one form whether written under `data`,
 * `stringData` or `binaryData`, so moving a value between them is not a change.
 * sops-encrypted values are taken as written (never decoded or decrypted).
 */
function keyValue(object, key) {
    const record = object;
    const stringData = record.stringData?.[key];
    if (typeof stringData === 'string')
        return 'b64:' + Buffer.from(stringData).toString('base64');
    const data = record.data?.[key];
    if (data !== undefined && data !== null) {
        const text = String(data);
        if (object.kind === 'Secret' && !text.startsWith('ENC['))
            return 'b64:' + normalBase64(text);
        return object.kind === 'Secret' ? 'raw:' + text : 'b64:' + Buffer.from(text).toString('base64');
    }
    const binary = record.binaryData?.[key];
    if (binary !== undefined && binary !== null)
        return 'b64:' + normalBase64(String(binary));
    return 'absent';
}
/**
 * Hashes memoised per parsed object. A file that is the same blob at both refs is parsed once
 * (parseFiles), so its objects are the same JavaScript objects on both sides: most comparisons
 * are an identity check, and each config is hashed once however many workloads read it.
 */
class Hashes {
    content = new WeakMap();
    keyed = new WeakMap();
    templates = new WeakMap();
    contentOf(config) {
        let hash = this.content.get(config);
        if (hash === undefined)
            this.content.set(config, (hash = contentHash(config)));
        return hash;
    }
    /** What a workload reads from a config: the whole content, or only the keys it names. */
    read(config, keys) {
        if (!config)
            return 'absent';
        if (keys === undefined)
            return this.contentOf(config);
        const names = [...new Set(keys)].sort();
        const cacheKey = names.join('\0');
        let byKeys = this.keyed.get(config);
        if (!byKeys)
            this.keyed.set(config, (byKeys = new Map()));
        let hash = byKeys.get(cacheKey);
        if (hash === undefined) {
            const parts = names.map((key) => `${JSON.stringify(key)}=${keyValue(config, key)}`);
            const type = config.kind === 'Secret' ? String(config.type ?? 'Opaque') : '';
            byKeys.set(cacheKey, (hash = sha256(`${type}\n${parts.join('\n')}`)));
        }
        return hash;
    }
    templateOf(workload) {
        if (workload.workload)
            return workload.workload.template;
        if (this.templates.has(workload))
            return this.templates.get(workload);
        const hash = templateHash(workload.object);
        this.templates.set(workload, hash);
        return hash;
    }
    sameContent(a, b) {
        return a === b || this.contentOf(a) === this.contentOf(b);
    }
    sameTemplate(a, b) {
        if (a === b || a.object === b.object)
            return true;
        const before = this.templateOf(a);
        const after = this.templateOf(b);
        // A summary without a hash comes from a file that is the same at both refs, whose objects
        // are the same on both sides; two different ones only meet when the base defines the
        // workload twice. Not knowing, count the template as unchanged: a restart is the safe side.
        if ((a.workload && before === undefined) || (b.workload && after === undefined))
            return true;
        return before === after;
    }
}
/** What a workload reads, one entry per config, merging its references (any whole-config use wins over keys). */
function configsRead(item, namespace) {
    const reads = new Map();
    for (const ref of item.workload?.references ?? configReferences(item.object)) {
        if (!readByContainers(ref.via))
            continue;
        const key = (0,src/* identityKey */.US)({ apiVersion: 'v1', kind: ref.kind, namespace, name: ref.name });
        const read = reads.get(key) ?? { kind: ref.kind, name: ref.name, namespace, key, keys: [], via: [] };
        if (read.keys !== undefined)
            read.keys = ref.keys === undefined ? undefined : [...read.keys, ...ref.keys];
        if (!read.via.includes(ref.via))
            read.via.push(ref.via);
        reads.set(key, read);
    }
    return [...reads.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
function isRollable(object) {
    return ROLLABLE.has(`${(0,src/* apiGroup */.oI)(object.apiVersion)}/${object.kind}`);
}
function configEntry(object, namespace) {
    const entry = { kind: object.kind, name: object.metadata.name };
    if (namespace !== '')
        entry.namespace = namespace;
    return entry;
}
/**
 * Compares the objects at base with those at head. With no base (a first release)
 * every config at head counts as added.
 */
function compareManifests(base, head, options = {}) {
    const headIndex = indexObjects(head, { ...options, crds: scope_crdIndex(head) }, true);
    const baseIndex = base === undefined ? new Map() : indexObjects(base, { ...options, crds: scope_crdIndex(base) }, false);
    const hashes = new Hashes();
    const changedConfigs = [];
    const changeOf = new Map();
    const renamed = generatedRenames(baseIndex, headIndex);
    for (const [key, { loaded, stated }] of headIndex) {
        if (!isConfig(loaded.object))
            continue;
        const before = baseIndex.get(key) ?? renamed.get(key);
        const change = !before
            ? 'added'
            : hashes.sameContent(before.loaded.object, loaded.object)
                ? undefined
                : 'modified';
        if (change) {
            changedConfigs.push({ ...configEntry(loaded.object, stated), change });
            changeOf.set(key, change);
        }
    }
    const replaced = new Set(renamed.values());
    for (const [key, indexed] of baseIndex) {
        const { loaded, stated } = indexed;
        if (!isConfig(loaded.object) || headIndex.has(key) || replaced.has(indexed))
            continue;
        changedConfigs.push({ ...configEntry(loaded.object, stated), change: 'deleted' });
        changeOf.set(key, 'deleted');
    }
    changedConfigs.sort((a, b) => compareText(`${a.kind}/${a.namespace ?? ''}/${a.name}`, `${b.kind}/${b.namespace ?? ''}/${b.name}`));
    const affectedWorkloads = [];
    const checksums = {};
    for (const [key, { loaded, namespace, stated }] of headIndex) {
        const { object } = loaded;
        if (!isWorkload(loaded))
            continue;
        const reads = configsRead(loaded, namespace);
        const entry = entryOf(object, stated);
        if (isRollable(object) && reads.length > 0) {
            const lines = reads.map((read) => `${read.kind}/${read.namespace}/${read.name}=${hashes.read(headIndex.get(read.key)?.loaded.object, read.keys)}`);
            checksums[(0,src/* checksumKey */.Rq)(entry)] = sha256(lines.join('\n'));
        }
        const configs = [];
        for (const read of reads) {
            const change = changeOf.get(read.key);
            if (!change)
                continue;
            // A config that changed in keys this workload does not read does not affect it.
            if (change === 'modified' && read.keys !== undefined) {
                const was = hashes.read(baseIndex.get(read.key)?.loaded.object, read.keys);
                const now = hashes.read(headIndex.get(read.key)?.loaded.object, read.keys);
                if (was === now)
                    continue;
            }
            const config = { kind: read.kind, name: read.name, change, via: read.via };
            // A config is read from the workload's own namespace.
            if (stated !== '')
                config.namespace = stated;
            configs.push(config);
        }
        if (configs.length === 0)
            continue;
        const before = baseIndex.get(key);
        // Without a base nothing is known to have rolled: every reader of a config counts as needing a restart.
        const specChanged = base !== undefined && (!before || !hashes.sameTemplate(before.loaded, loaded));
        affectedWorkloads.push({
            ...entry,
            file: loaded.source.file,
            line: loaded.source.line,
            configs,
            specChanged,
            restart: isRollable(object) && !specChanged,
        });
    }
    const restart = affectedWorkloads
        .filter((workload) => workload.restart)
        .map(({ apiVersion, kind, name, namespace }) => namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name });
    return { changedConfigs, affectedWorkloads, restart, checksums };
}
/**
 * kustomize-generated configs whose name changed with their content (`redis-config-bd2fcfgt6k`
 * at base, `redis-config-7k2m…` at head): head key → the base version it replaces, when the
 * stem, kind and namespace match and each side has one such version. The change is then
 * reported as `modified` under the head name, not as one added and one deleted config; its
 * readers' pod templates name the new version, so they roll without a restart.
 */
function generatedRenames(base, head) {
    const stems = (index, other) => {
        const found = new Map();
        for (const [key, indexed] of index) {
            if (!isConfig(indexed.loaded.object) || other.has(key))
                continue;
            const stem = kustomizeGeneratedStem(indexed.loaded.object);
            if (stem === undefined)
                continue;
            const id = `${indexed.loaded.object.kind}/${indexed.namespace}/${stem}`;
            found.set(id, [...(found.get(id) ?? []), [key, indexed]]);
        }
        return found;
    };
    const before = stems(base, head);
    const renames = new Map();
    for (const [id, versions] of stems(head, base)) {
        const old = before.get(id);
        if (versions.length === 1 && old?.length === 1)
            renames.set(versions[0][0], old[0][1]);
    }
    return renames;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const MANIFEST_FILE = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}!]/;
function normalise(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '')
        .replace(/\/{2,}/g, '/');
}
/**
 * Picks manifest files out of a commit's file list the way list-manifests picks them
 * from disk: a file by name, a folder's .yaml/.yml/.json files (recursively), or a glob;
 * minus the `exclude` globs or folders. Patterns are relative to `prefix` (the workspace
 * folder inside the repository, '' when the workspace is the repository root).
 */
function selectManifestFiles(paths, patterns, exclude = [], prefix = '') {
    const inPrefix = (pattern) => normalise(prefix === '' || pattern === '' ? pattern : `${normalise(prefix)}/${normalise(pattern)}`);
    const excluded = exclude.map((pattern) => {
        const full = inPrefix(pattern);
        const glob = picomatch_default()(full, { dot: true });
        return (path) => glob(path) || path.startsWith(full + '/');
    });
    const chosen = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const full = inPrefix(pattern);
        let matches;
        if (GLOB_CHARS.test(pattern)) {
            const glob = picomatch_default()(full, { dot: false });
            matches = paths.filter((path) => glob(path) && MANIFEST_FILE.test(path));
        }
        else if (full === '' || full === '.') {
            matches = paths.filter((path) => MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path));
        }
        else if (paths.includes(full)) {
            matches = [full];
        }
        else {
            // A folder: its manifest files, recursively, hidden files and folders skipped (as on disk).
            matches = paths.filter((path) => path.startsWith(full + '/') && MANIFEST_FILE.test(path) && !/(^|\/)\./.test(path.slice(full.length + 1)));
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const path of matches) {
            // Kustomization files are not objects to apply; list-manifests skips them too.
            if (excluded.some((test) => test(path)) || KUSTOMIZATION_FILES.has(path.slice(path.lastIndexOf('/') + 1)))
                continue;
            chosen.add(path);
        }
    }
    return { files: [...chosen], unmatched };
}
/**
 * Parses files read from git into objects, summarised for compareManifests (summariseObject).
 * Files with the same blob id are parsed once (most files are the same at both refs).
 * Binary, oversized and malformed files are refused with parseManifests' one-line errors at
 * file:line.
 */
function parseFiles(files, options, cache = new Map()) {
    const display = options.display ?? ((path) => path);
    const objects = [];
    for (const file of files) {
        const shown = display(file.path);
        const cacheKey = `${file.object}\0${shown}`;
        let parsed = cache.get(cacheKey);
        if (!parsed) {
            const hashTemplates = !options.unchanged?.(file);
            try {
                parsed = yaml_parseManifests(file.content, shown, { keepText: false }).map((loaded) => summariseObject(loaded, hashTemplates));
            }
            catch (error) {
                if (!(error instanceof src/* UserError */.yo) || !options.onError)
                    throw error;
                options.onError(error, shown);
                parsed = [];
            }
            cache.set(cacheKey, parsed);
        }
        for (const object of parsed)
            objects.push(object);
    }
    return objects;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/manifests/src/render/rendered.ts
/**
 * What helm and kustomize print, read like a manifest file: the same parser, limits and
 * one-line errors (parseManifests), each object then pointed at where it came from (its
 * template or overlay) with `source.rendered` giving its place in the render's output.
 */


/** A render's output is a whole chart or overlay: allowed to be larger than one manifest file. */
const MAX_RENDER_BYTES = 8 * yaml_DEFAULT_MAX_FILE_BYTES;
/**
 * Parses rendered output into objects; `locate` gives each one its source (template or
 * overlay) from its line in the output. Objects keep their document's text, so the bundle
 * writes exactly what the tool printed.
 */
function parseRendered(rendered, locate) {
    if (rendered.file)
        (0,external_node_fs_.writeFileSync)(rendered.file, rendered.text, { mode: 0o600 });
    const objects = yaml_parseManifests(rendered.text, rendered.file ?? rendered.name, {
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

;// CONCATENATED MODULE: ./packages/manifests/src/render/secrets.ts
/**
 * Rendered Secrets stay secret. A chart or an overlay turns values (a values file, a
 * `helm-set` line, a secretGenerator literal) into Secret data: every such value is masked
 * for the runner before the action logs anything about the render, and a tool's error
 * message never repeats a value the user gave (they are cut out of it before it is shown).
 */




function isSecret(object) {
    return object.kind === 'Secret' && (0,src/* apiGroup */.oI)(object.apiVersion) === '';
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
    for (const name of KUSTOMIZATION_FILES) {
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

// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io.js
var io = __webpack_require__(681);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+tool-cache@4.0.0/node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(8694);
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
var inputs = __webpack_require__(9257);
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

;// CONCATENATED MODULE: ./packages/manifests/src/render/at-commit.ts
/**
 * Rendering a chart and overlays as they were at a commit, for detect-config-changes: the
 * commit's files are written to a temp folder (one `git ls-tree` and one `git cat-file
 * --batch`, packages/git) and rendered there with the same inputs, so the chart, its values
 * files and the overlays (with the bases they reach) are that commit's. An oci:// chart comes
 * from its registry at both commits, with each commit's values files.
 */







/** The workspace paths a render reads, to find the repository by (the chart folder, the overlays). */
function renderAnchors(request) {
    if (!request)
        return [];
    const chart = request.helm && !isOciChart(request.helm.chart) ? [request.helm.chart] : [];
    return [...chart, ...request.kustomize];
}
/** The request with its workspace paths made repository paths (a path outside the repository is refused). */
function inRepository(request, located) {
    const map = (path, input) => {
        const mapped = located.toRepository(path.trim());
        if (mapped === undefined) {
            throw new src/* InputError */.dz(input, `names "${path.trim()}", which is not inside the git repository at ${located.top}`);
        }
        return mapped === '' ? '.' : mapped;
    };
    const helm = request.helm;
    return {
        ...request,
        helm: helm && {
            ...helm,
            chart: isOciChart(helm.chart) ? helm.chart : map(helm.chart, 'helm-chart'),
            values: helm.values.map((file) => map(file, 'helm-values')),
        },
        kustomize: request.kustomize.map((overlay) => map(overlay, 'kustomize')),
    };
}
/**
 * The rendered objects at `commit`; their files are shown relative to the workspace. A
 * render that fails is a one-line error naming the commit (`at base v1.3.0: …`).
 */
async function renderAtCommit(located, commit, request, commitName) {
    const mapped = inRepository(request, located);
    const tree = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'detect-config-changes-'));
    try {
        const files = await readFilesAtCommits(located.repository, [commit], { select: (paths) => paths });
        for (const file of files.get(commit) ?? []) {
            const target = (0,external_node_path_.join)(tree, ...file.path.split('/'));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            (0,external_node_fs_.writeFileSync)(target, file.content, { mode: 0o600 });
        }
        files.clear();
        let objects;
        try {
            objects = await renderManifests(mapped, { root: tree });
        }
        catch (error) {
            if (!(error instanceof src/* UserError */.yo))
                throw error;
            const message = error.message
                .split(tree + external_node_path_.sep)
                .join('')
                .split(tree)
                .join('.');
            throw new src/* UserError */.yo(`At ${commitName}: ${message}`);
        }
        const shown = (file) => (0,external_node_path_.isAbsolute)(file) ? located.toWorkspace((0,external_node_path_.relative)(tree, file).split(external_node_path_.sep).join('/')) : file;
        return objects.map((loaded) => ({ ...loaded, source: { ...loaded.source, file: shown(loaded.source.file) } }));
    }
    finally {
        (0,external_node_fs_.rmSync)(tree, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema-models.ts
/** Loaders of the validating model of each built-in kind, by apiVersion/kind. */
const schema_models_SCHEMA_MODELS = {
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5315))).MutatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1334))).MutatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6576))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1161))).ValidatingAdmissionPolicy,
    'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3393))).ValidatingAdmissionPolicyBinding,
    'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3840))).ValidatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8708))).MutatingWebhookConfiguration,
    'admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9066))).ValidatingWebhookConfiguration,
    'apiextensions.k8s.io/v1/CustomResourceDefinition': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7518))).CustomResourceDefinition,
    'apiextensions.k8s.io/v1beta1/CustomResourceDefinition': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1271))).CustomResourceDefinition,
    'apiregistration.k8s.io/v1/APIService': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6758)))
        .APIService,
    'apiregistration.k8s.io/v1beta1/APIService': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7120)))
        .APIService,
    'apps/v1/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7552)))
        .ControllerRevision,
    'apps/v1/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3417)))
        .DaemonSet,
    'apps/v1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2878)))
        .Deployment,
    'apps/v1/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4500)))
        .ReplicaSet,
    'apps/v1/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6745)))
        .StatefulSet,
    'apps/v1beta1/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1051)))
        .ControllerRevision,
    'apps/v1beta1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9612)))
        .Deployment,
    'apps/v1beta1/DeploymentRollback': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6610)))
        .DeploymentRollback,
    'apps/v1beta1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4302)))
        .Scale,
    'apps/v1beta1/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8892)))
        .StatefulSet,
    'apps/v1beta2/ControllerRevision': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6020)))
        .ControllerRevision,
    'apps/v1beta2/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9585)))
        .DaemonSet,
    'apps/v1beta2/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1787)))
        .Deployment,
    'apps/v1beta2/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4461)))
        .ReplicaSet,
    'apps/v1beta2/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 243)))
        .Scale,
    'apps/v1beta2/StatefulSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1526)))
        .StatefulSet,
    'authentication.k8s.io/v1/SelfSubjectReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8346)))
        .SelfSubjectReview,
    'authentication.k8s.io/v1/TokenRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9634)))
        .TokenRequest,
    'authentication.k8s.io/v1/TokenReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1676)))
        .TokenReview,
    'authentication.k8s.io/v1beta1/TokenReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8029)))
        .TokenReview,
    'authorization.k8s.io/v1/LocalSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7556))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8584))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1/SelfSubjectRulesReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2642))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1/SubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1639))).SubjectAccessReview,
    'authorization.k8s.io/v1beta1/LocalSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3181))).LocalSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5894))).SelfSubjectAccessReview,
    'authorization.k8s.io/v1beta1/SelfSubjectRulesReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4683))).SelfSubjectRulesReview,
    'authorization.k8s.io/v1beta1/SubjectAccessReview': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6674))).SubjectAccessReview,
    'autoscaling/v1/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 755)))
        .HorizontalPodAutoscaler,
    'autoscaling/v1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5594)))
        .Scale,
    'autoscaling/v2/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2286)))
        .HorizontalPodAutoscaler,
    'autoscaling/v2beta1/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6363))).HorizontalPodAutoscaler,
    'autoscaling/v2beta2/HorizontalPodAutoscaler': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7601))).HorizontalPodAutoscaler,
    'batch/v1/CronJob': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8890)))
        .CronJob,
    'batch/v1/Job': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 906)))
        .Job,
    'batch/v1beta1/CronJob': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5206)))
        .CronJob,
    'certificates.k8s.io/v1/CertificateSigningRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7285))).CertificateSigningRequest,
    'certificates.k8s.io/v1beta1/CertificateSigningRequest': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1684))).CertificateSigningRequest,
    'coordination.k8s.io/v1/Lease': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1385)))
        .Lease,
    'coordination.k8s.io/v1beta1/Lease': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7056)))
        .Lease,
    'discovery.k8s.io/v1/EndpointSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5492)))
        .EndpointSlice,
    'discovery.k8s.io/v1beta1/EndpointSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7673)))
        .EndpointSlice,
    'events.k8s.io/v1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8214)))
        .Event,
    'events.k8s.io/v1beta1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9978)))
        .Event,
    'extensions/v1beta1/DaemonSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6935)))
        .DaemonSet,
    'extensions/v1beta1/Deployment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7049)))
        .Deployment,
    'extensions/v1beta1/DeploymentRollback': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9660)))
        .DeploymentRollback,
    'extensions/v1beta1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3915)))
        .Ingress,
    'extensions/v1beta1/NetworkPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2078)))
        .NetworkPolicy,
    'extensions/v1beta1/PodSecurityPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9555)))
        .PodSecurityPolicy,
    'extensions/v1beta1/ReplicaSet': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7638)))
        .ReplicaSet,
    'extensions/v1beta1/Scale': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7293)))
        .Scale,
    'flowcontrol.apiserver.k8s.io/v1/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 934)))
        .FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4694))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta1/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2745))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta1/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9939))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta2/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1559))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta2/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4953))).PriorityLevelConfiguration,
    'flowcontrol.apiserver.k8s.io/v1beta3/FlowSchema': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5002))).FlowSchema,
    'flowcontrol.apiserver.k8s.io/v1beta3/PriorityLevelConfiguration': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2447))).PriorityLevelConfiguration,
    'networking.k8s.io/v1/IPAddress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2607)))
        .IPAddress,
    'networking.k8s.io/v1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2615)))
        .Ingress,
    'networking.k8s.io/v1/IngressClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9153)))
        .IngressClass,
    'networking.k8s.io/v1/NetworkPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 158)))
        .NetworkPolicy,
    'networking.k8s.io/v1/ServiceCIDR': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5974)))
        .ServiceCIDR,
    'networking.k8s.io/v1beta1/Ingress': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4814)))
        .Ingress,
    'networking.k8s.io/v1beta1/IngressClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1828)))
        .IngressClass,
    'node.k8s.io/v1/RuntimeClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7467)))
        .RuntimeClass,
    'node.k8s.io/v1beta1/RuntimeClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9931)))
        .RuntimeClass,
    'policy/v1/Eviction': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4754)))
        .Eviction,
    'policy/v1/PodDisruptionBudget': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8433)))
        .PodDisruptionBudget,
    'policy/v1beta1/Eviction': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8124)))
        .Eviction,
    'policy/v1beta1/PodDisruptionBudget': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2374)))
        .PodDisruptionBudget,
    'policy/v1beta1/PodSecurityPolicy': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2721)))
        .PodSecurityPolicy,
    'rbac.authorization.k8s.io/v1/ClusterRole': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9465)))
        .ClusterRole,
    'rbac.authorization.k8s.io/v1/ClusterRoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2551))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1/Role': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1806)))
        .Role,
    'rbac.authorization.k8s.io/v1/RoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5476)))
        .RoleBinding,
    'rbac.authorization.k8s.io/v1beta1/ClusterRole': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7281))).ClusterRole,
    'rbac.authorization.k8s.io/v1beta1/ClusterRoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1959))).ClusterRoleBinding,
    'rbac.authorization.k8s.io/v1beta1/Role': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2922)))
        .Role,
    'rbac.authorization.k8s.io/v1beta1/RoleBinding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9310))).RoleBinding,
    'resource.k8s.io/v1/DeviceClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9062)))
        .DeviceClass,
    'resource.k8s.io/v1/ResourceClaim': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4994)))
        .ResourceClaim,
    'resource.k8s.io/v1/ResourceClaimTemplate': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7513)))
        .ResourceClaimTemplate,
    'resource.k8s.io/v1/ResourceSlice': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4397)))
        .ResourceSlice,
    'scheduling.k8s.io/v1/PriorityClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5758)))
        .PriorityClass,
    'scheduling.k8s.io/v1beta1/PriorityClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7901)))
        .PriorityClass,
    'storage.k8s.io/v1/CSIDriver': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4499)))
        .CSIDriver,
    'storage.k8s.io/v1/CSINode': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1025)))
        .CSINode,
    'storage.k8s.io/v1/CSIStorageCapacity': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3128)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1/StorageClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9380)))
        .StorageClass,
    'storage.k8s.io/v1/VolumeAttachment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 381)))
        .VolumeAttachment,
    'storage.k8s.io/v1/VolumeAttributesClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7438)))
        .VolumeAttributesClass,
    'storage.k8s.io/v1beta1/CSIDriver': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9780)))
        .CSIDriver,
    'storage.k8s.io/v1beta1/CSINode': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2847)))
        .CSINode,
    'storage.k8s.io/v1beta1/CSIStorageCapacity': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1980)))
        .CSIStorageCapacity,
    'storage.k8s.io/v1beta1/StorageClass': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 7334)))
        .StorageClass,
    'storage.k8s.io/v1beta1/VolumeAttachment': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2155)))
        .VolumeAttachment,
    'v1/Binding': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5506)))
        .Binding,
    'v1/ComponentStatus': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4639)))
        .ComponentStatus,
    'v1/ConfigMap': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 5249)))
        .ConfigMap,
    'v1/Endpoints': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4452)))
        .Endpoints,
    'v1/Event': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 2472))).Event,
    'v1/LimitRange': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 692)))
        .LimitRange,
    'v1/Namespace': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8989)))
        .Namespace,
    'v1/Node': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6957))).Node,
    'v1/PersistentVolume': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 9584)))
        .PersistentVolume,
    'v1/PersistentVolumeClaim': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 1851)))
        .PersistentVolumeClaim,
    'v1/Pod': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4785))).Pod,
    'v1/PodTemplate': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 8667)))
        .PodTemplate,
    'v1/ReplicationController': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 4899)))
        .ReplicationController,
    'v1/ResourceQuota': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 6057)))
        .ResourceQuota,
    'v1/Secret': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 891)))
        .Secret,
    'v1/Service': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3678)))
        .Service,
    'v1/ServiceAccount': async () => (await __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.bind(__webpack_require__, 3317)))
        .ServiceAccount,
};

;// CONCATENATED MODULE: ./packages/manifests/src/crd-schema.ts
const compiled = new WeakMap();
let ajvInstance;
/** ajv, loaded on first use (with the OpenAPI validators, in their lazy chunk when bundled). */
function ajv() {
    ajvInstance ??= __webpack_require__.e(/* import() | k8s-schemas */ 426).then(__webpack_require__.t.bind(__webpack_require__, 6223, 23))
        .catch((error) => {
        throw new Error(`the JSON schema validator (ajv) could not be loaded (${error.message}): the action's bundle is incomplete`, {
            cause: error,
        });
    })
        .then((module) => {
        // ajv is CommonJS: Node gives its exports as named exports, a bundler may give them under `default`.
        const loaded = module;
        const candidates = [loaded.Ajv, loaded.default?.Ajv, loaded.default];
        const Ajv = candidates.find((candidate) => typeof candidate === 'function');
        if (!Ajv)
            throw new Error("the JSON schema validator (ajv) could not be loaded: the action's bundle is incomplete");
        return new Ajv({
            strict: false,
            allErrors: true,
            validateFormats: false,
            allowUnionTypes: true,
            validateSchema: false,
        });
    });
    return ajvInstance;
}
function crd_schema_isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
const IMPLICIT_OBJECT_FIELDS = {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
};
/** The CRD schema as the API server applies it (see the file comment), as plain JSON Schema for ajv. */
function structuralSchema(schema, root = true) {
    if (Array.isArray(schema))
        return schema.map((item) => structuralSchema(item, false));
    if (!crd_schema_isMapping(schema))
        return schema;
    const result = {};
    for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties' && crd_schema_isMapping(value)) {
            result.properties = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, structuralSchema(child, false)]));
        }
        else if (crd_schema_isMapping(value) || Array.isArray(value)) {
            result[key] = structuralSchema(value, false);
        }
        else {
            result[key] = value;
        }
    }
    if (root || schema['x-kubernetes-embedded-resource'] === true) {
        // The API server adds these; metadata is checked by the structural validation.
        result.properties = { ...(result.properties ?? {}), ...IMPLICIT_OBJECT_FIELDS };
    }
    // x-kubernetes-int-or-string allows both, whatever `type` says.
    if (schema['x-kubernetes-int-or-string'] === true)
        delete result.type;
    const closed = crd_schema_isMapping(result.properties) &&
        result.additionalProperties === undefined &&
        schema['x-kubernetes-preserve-unknown-fields'] !== true;
    if (closed)
        result.additionalProperties = false;
    return result;
}
async function validatorFor(schema) {
    const known = compiled.get(schema);
    if (known)
        return known;
    const compiler = await ajv();
    let validate;
    try {
        validate = compiler.compile(structuralSchema(schema));
    }
    catch (error) {
        validate = error;
    }
    compiled.set(schema, validate);
    return validate;
}
/** Checks one custom resource against its CRD; undefined when the CRD has no schema for it. */
async function crd_schema_validateCustomResource(object, version, crd) {
    const entry = crd.versions.find((candidate) => candidate.name === version);
    if (!entry)
        return { unknownVersion: crd.versions.map((candidate) => candidate.name), errors: [] };
    if (!crd_schema_isMapping(entry.schema))
        return undefined;
    const validate = await validatorFor(entry.schema);
    if (validate instanceof Error)
        return { schemaError: validate.message, errors: [] };
    return validate(object) ? { errors: [] } : { errors: validate.errors ?? [] };
}

;// CONCATENATED MODULE: ./packages/manifests/src/schema.ts



const BUILT_IN_GROUPS = new Set(Object.keys(schema_models_SCHEMA_MODELS).map((key) => (0,src/* apiGroup */.oI)(key.slice(0, key.lastIndexOf('/')))));
const loaded = new Map();
/**
 * The validating model of a kind, loaded once. One of the validator package's dependencies
 * loads Node's deprecated `punycode`; its deprecation warning says nothing to our users, so it
 * is silenced while the validators load.
 */
function loadModel(key) {
    const loader = SCHEMA_MODELS[key];
    if (!loader)
        return undefined;
    let model = loaded.get(key);
    if (!model) {
        model = (async () => {
            const quiet = process.noDeprecation;
            process.noDeprecation = true;
            try {
                return await loader();
            }
            catch (error) {
                throw new Error(`the OpenAPI validators could not be loaded (${error.message}): the action's bundle is incomplete`, { cause: error });
            }
            finally {
                process.noDeprecation = quiet;
            }
        })();
        loaded.set(key, model);
    }
    return model;
}
/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
function fieldPath(instancePath) {
    return instancePath
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
function describeError(error) {
    const path = fieldPath(error.instancePath ?? '');
    const params = error.params ?? {};
    if (error.keyword === 'required' && typeof params.missingProperty === 'string') {
        const missing = path ? `${path}.${params.missingProperty}` : params.missingProperty;
        return { path: missing, text: `${missing} is required` };
    }
    if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
        const unknown = path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
        return { path: unknown, text: `${unknown} is not a field the schema knows (unknown field)` };
    }
    if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
        return {
            path,
            text: `${path || 'the object'} must be one of ${params.allowedValues.map((value) => JSON.stringify(value)).join(', ')}`,
        };
    }
    return { path, text: `${path || 'the object'} ${error.message ?? 'is invalid'}` };
}
function versionsOf(group, kind) {
    return Object.keys(SCHEMA_MODELS)
        .filter((key) => key.endsWith(`/${kind}`))
        .map((key) => key.slice(0, key.length - kind.length - 1))
        .filter((apiVersion) => apiGroup(apiVersion) === group);
}
/**
 * Checks each built-in object against its kind's OpenAPI schema (types, required fields,
 * enums, formats such as quantities). Returns one issue per violation.
 */
async function schema_validateSchema(objects) {
    const issues = [];
    const crds = crdIndex(objects);
    for (const { object, source } of objects) {
        if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string')
            continue;
        const group = apiGroup(object.apiVersion);
        const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
        const crd = crds.get(`${group}/${object.kind}`);
        if (crd) {
            const version = object.apiVersion.slice(object.apiVersion.indexOf('/') + 1);
            const result = await validateCustomResource(object, version, crd);
            if (result?.unknownVersion) {
                issues.push({
                    message: `${object.kind} ${name}: its CustomResourceDefinition ${crd.crd.metadata?.name ?? ''} has no version ${version} — use apiVersion ${result.unknownVersion.map((v) => `${group}/${v}`).join(' or ')}`,
                    source,
                    object,
                    path: 'apiVersion',
                });
            }
            else if (result?.schemaError) {
                issues.push({
                    message: `${object.kind} ${name}: the schema of its CustomResourceDefinition cannot be used (${result.schemaError}) — fix the CRD`,
                    source,
                    object,
                });
            }
            else if (result) {
                for (const item of result.errors) {
                    const { path, text } = describeError(item);
                    issues.push({
                        message: `${object.kind} ${name}: ${text} (CRD schema) — fix the field`,
                        source,
                        object,
                        path,
                    });
                }
            }
            continue;
        }
        if (!BUILT_IN_GROUPS.has(group))
            continue;
        const model = loadModel(`${object.apiVersion}/${object.kind}`);
        if (!model) {
            const versions = versionsOf(group, object.kind);
            const hint = versions.length > 0
                ? `use apiVersion ${versions.join(' or ')}`
                : `check the kind (the ${group || 'core'} API group has no kind ${object.kind})`;
            issues.push({
                message: `${object.kind} ${name}: Kubernetes has no ${object.kind} in ${object.apiVersion} — ${hint}`,
                source,
                object,
                path: 'apiVersion',
            });
            continue;
        }
        const Model = await model;
        try {
            new Model(object).validate();
        }
        catch (error) {
            const errors = error.errors;
            if (!Array.isArray(errors))
                throw error;
            for (const item of errors) {
                const { path, text } = describeError(item);
                issues.push({
                    message: `${object.kind} ${name}: ${text} (OpenAPI schema) — fix the field`,
                    source,
                    object,
                    path,
                });
            }
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./packages/manifests/src/names.ts
/**
 * Kubernetes' name rules (k8s.io/apimachinery/pkg/util/validation): light enough for an
 * action to check an input before it loads the YAML stack (subpath `@kra/manifests/names`).
 */
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Why a name is invalid under a rule, or undefined when it is valid. */
function nameProblem(name, rule, maxLength) {
    switch (rule) {
        case 'dns1123-label':
            if (name.length > (maxLength ?? 63))
                return `must be no more than ${maxLength ?? 63} characters`;
            return DNS1123_LABEL.test(name)
                ? undefined
                : 'must be a DNS-1123 label: lower-case letters, digits and "-", starting and ending with a letter or digit';
        case 'dns1035-label':
            if (name.length > (maxLength ?? 63))
                return `must be no more than ${maxLength ?? 63} characters`;
            return DNS1035_LABEL.test(name)
                ? undefined
                : 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter and ending with a letter or digit';
        case 'path-segment':
            if (name === '.' || name === '..')
                return 'may not be "." or ".."';
            return /[/%]/.test(name) ? 'may not contain "/" or "%"' : undefined;
        default:
            if (name.length > (maxLength ?? 253))
                return `must be no more than ${maxLength ?? 253} characters`;
            return DNS1123_SUBDOMAIN.test(name)
                ? undefined
                : 'must be a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending with a letter or digit';
    }
}

// EXTERNAL MODULE: ./packages/manifests/src/inputs.ts
var src_inputs = __webpack_require__(100);
;// CONCATENATED MODULE: ./packages/manifests/src/validate.ts
/**
 * Validation before anything is applied: structure (what every object needs, names the API
 * server would refuse, the same object twice) and, when asked, the Kubernetes OpenAPI schemas.
 */







/** `<group>/<version>` or a core `<version>`: the group a DNS subdomain, the version a DNS-1035 label (v1, v2beta1). */
const API_VERSION = /^(?:[a-z0-9]([-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[a-z]([-a-z0-9]*[a-z0-9])?$/;
/**
 * The rule the API server checks an object's name with (pkg/apis/*\/validation): Namespace a
 * DNS-1123 label, Service a DNS-1035 label, RBAC objects any path segment (so `system:foo` is
 * fine), CronJob a subdomain of at most 52 characters (its Jobs add 11), the rest — custom
 * resources included — a DNS-1123 subdomain.
 */
function nameRule(apiVersion, kind) {
    const key = (0,src/* groupKind */.KH)(apiVersion, kind);
    switch (key) {
        case '/Namespace':
            return { rule: 'dns1123-label' };
        case '/Service':
            return { rule: 'dns1035-label' };
        case 'rbac.authorization.k8s.io/Role':
        case 'rbac.authorization.k8s.io/ClusterRole':
        case 'rbac.authorization.k8s.io/RoleBinding':
        case 'rbac.authorization.k8s.io/ClusterRoleBinding':
            return { rule: 'path-segment' };
        case 'batch/CronJob':
            return { rule: 'dns1123-subdomain', maxLength: 52 };
        default:
            return { rule: 'dns1123-subdomain' };
    }
}
function validate_describe(object) {
    const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '(no name)';
    const namespace = typeof object.metadata?.namespace === 'string' ? `${object.metadata.namespace}/` : '';
    return `${object.kind ?? 'object'} ${namespace}${name}`;
}
/** `file:line` (with the List item when there is one), for messages. */
function formatLocation(source, root) {
    return `${yaml_showFile(source.file, root)}:${source.line}${source.item !== undefined ? ` (item ${source.item})` : ''}`;
}
/** An issue as one line: `<file>:<line>: <message>`. */
function formatIssue(issue, root) {
    return `${formatLocation(issue.source, root)}: ${issue.message}`;
}
/**
 * Structural checks on every object: apiVersion, kind and metadata.name present; names and
 * namespaces the API server accepts; a CRD named `<plural>.<group>`; no object defined twice
 * (same API group, kind, namespace and name — both places are named).
 */
function validateStructure(objects, options = {}) {
    const issues = [];
    const crds = scope_crdIndex(objects);
    const seen = new Map();
    for (const loaded of objects) {
        const { object, source } = loaded;
        const push = (message, path) => issues.push(path ? { message, source, object, path } : { message, source, object });
        if (typeof object.apiVersion !== 'string' || object.apiVersion === '') {
            push(`${validate_describe(object)} has no apiVersion — add one, such as apps/v1`, 'apiVersion');
            continue;
        }
        if (typeof object.kind !== 'string' || object.kind === '') {
            push(`object has no kind — add one, such as Deployment`, 'kind');
            continue;
        }
        if (object.apiVersion.length > 317 || !API_VERSION.test(object.apiVersion)) {
            push(`${object.kind} has apiVersion "${object.apiVersion}", which is not <group>/<version> or v1 — fix the apiVersion`, 'apiVersion');
        }
        const metadata = object.metadata;
        if (metadata === null || typeof metadata !== 'object') {
            push(`${object.kind} has no metadata — add metadata with a name`, 'metadata');
            continue;
        }
        const name = metadata.name;
        if (name === undefined || name === null || name === '') {
            push(`${object.kind} has no metadata.name — name it${metadata.generateName ? ' (generateName cannot be applied: apply needs a fixed name)' : ''}`, 'metadata.name');
            continue;
        }
        if (typeof name !== 'string') {
            push(`${object.kind} has a metadata.name that is not a string (${JSON.stringify(name)}) — quote it`, 'metadata.name');
            continue;
        }
        const { rule, maxLength } = nameRule(object.apiVersion, object.kind);
        const problem = nameProblem(name, rule, maxLength);
        if (problem)
            push(`${object.kind} name "${name}" is invalid: it ${problem} — rename it`, 'metadata.name');
        if (object.kind === 'CustomResourceDefinition' && (0,src/* apiGroup */.oI)(object.apiVersion) === 'apiextensions.k8s.io') {
            const spec = (object.spec ?? {});
            const expected = `${spec.names?.plural}.${spec.group}`;
            if (typeof spec.names?.plural === 'string' && typeof spec.group === 'string' && name !== expected) {
                push(`CustomResourceDefinition "${name}" must be named "${expected}" (<plural>.<group>) — rename it`, 'metadata.name');
            }
        }
        const clusterScoped = isClusterScoped(object.apiVersion, object.kind, crds);
        const namespace = metadata.namespace;
        if (namespace !== undefined && namespace !== null && namespace !== '') {
            if (typeof namespace !== 'string') {
                push(`${validate_describe(object)} has a metadata.namespace that is not a string — quote it`, 'metadata.namespace');
            }
            else {
                const namespaceProblem = nameProblem(namespace, 'dns1123-label');
                if (namespaceProblem)
                    push(`${object.kind} ${name} has namespace "${namespace}", which is invalid: it ${namespaceProblem} — fix the namespace`, 'metadata.namespace');
            }
        }
        // After namespace defaulting: `dup` without a namespace and `dup` in `default` are one object.
        const key = (0,src/* identityKey */.US)(object, { defaultNamespace: options.defaultNamespace, clusterScoped });
        const first = seen.get(key);
        if (first) {
            push(`${validate_describe(object)} is defined twice: here and at ${formatLocation(first.source, options.root)} — keep one of them`);
        }
        else {
            seen.set(key, loaded);
        }
    }
    return issues;
}
/** The issues of a validation mode: none, structure, or structure and then the schemas. */
async function validateManifests(objects, mode, options = {}) {
    if (mode === 'none')
        return [];
    const issues = validateStructure(objects, options);
    if (mode === 'schema')
        issues.push(...(await validateSchema(objects)));
    return issues;
}
/**
 * Validates and throws a UserError when anything is wrong: one line naming the first issue at
 * file:line and how many more there are (callers report each issue on its own, from
 * validateManifests, for annotations). Returns quietly when all is well.
 */
async function assertValid(objects, mode, options = {}) {
    const issues = await validateManifests(objects, mode, options);
    if (issues.length === 0)
        return;
    throw issuesError(issues, options.root);
}
/** The one-line error for a list of issues (the first, and how many more). */
function issuesError(issues, root) {
    const first = issues[0];
    const more = issues.length - 1;
    const suffix = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return new UserError(`${formatIssue(first, root)}${suffix}`, {
        file: showFile(first.source.file, root),
        line: first.source.line,
    });
}

;// CONCATENATED MODULE: ./packages/manifests/src/issues.ts



/**
 * Fails on manifest issues: each one an error annotation at its file and line, then one
 * line naming the first (`Invalid manifest at head: k8s/web.yaml:3: …`). Does nothing when
 * there are none. `where` says which manifests (`at head`), for a comparison of two refs.
 */
function failOnIssues(issues, options = {}) {
    if (issues.length === 0)
        return;
    const { root } = options;
    const where = options.where ? ` ${options.where}` : '';
    for (const issue of issues) {
        (0,src/* annotateError */.TF)(formatIssue(issue, root), { file: yaml_showFile(issue.source.file, root), startLine: issue.source.line });
    }
    const first = formatIssue(issues[0], root);
    const more = (0,src/* omittedAnnotations */.P5)() > 0 ? ` (${(0,src/* omittedAnnotations */.P5)()} not annotated, see the log)` : '';
    throw new src/* UserError */.yo(issues.length === 1
        ? `Invalid manifest${where}: ${first}`
        : `${issues.length} problems in the manifests${where}${more}; the first: ${first}`);
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes-at-refs.ts
/**
 * detect-config-changes' work, from its inputs to the diff: find the git repository holding
 * the manifests, resolve head and base (the previous release, the push's before, the merge
 * base…), read the selected manifest files at both commits with one `git cat-file`, parse
 * each blob once (a file unchanged between the refs is shared), check the head's structure,
 * and compare (compareManifests).
 *
 * A Helm chart and kustomize overlays (`render`) are rendered at both commits with the same
 * inputs, each from that commit's tree (its chart, its values files, its overlays), and their
 * objects compared like the files' (renderAtCommit).
 *
 * Head must be valid: a structural problem there fails with an annotation per issue. A file
 * that cannot be parsed (or a chart that cannot be rendered) at base is skipped with a
 * warning (it cannot be fixed there).
 */








/** The patterns as paths relative to the workspace; a path leaving the workspace is refused. */
function workspacePatterns(patterns, input, root) {
    return patterns.map((pattern) => {
        const absolute = (0,src/* resolveInWorkspace */.z1)(pattern, input, root);
        return (0,external_node_path_.isAbsolute)(pattern) ? (0,external_node_path_.relative)(root, absolute).split('\\').join('/') : pattern;
    });
}
async function compareConfigsAtRefs(inputs) {
    const { root, namespace } = inputs;
    const paths = workspacePatterns(inputs.paths, 'paths', root);
    const exclude = workspacePatterns(inputs.exclude, 'exclude', root);
    const headInput = [inputs.head, inputs.context.sha].find((ref) => ref !== '' && !isZeroId(ref)) ?? 'HEAD';
    const anchors = [...paths, ...renderAnchors(inputs.render)];
    const located = await locateRepository(root, anchors);
    if (!located) {
        throw new src/* UserError */.yo(`The workspace ${root} holds no git repository at "${anchors[0] ?? '.'}": run actions/checkout (with fetch-depth: 0) before this step`);
    }
    const repo = located.repository;
    // Paths and globs relative to the repository top, as git lists files; shown relative to the workspace.
    const inRepository = (patterns, input) => patterns.map((pattern) => {
        const path = located.toRepository(pattern);
        if (path === undefined) {
            throw new src/* InputError */.dz(input, `path "${pattern}" is not inside the git repository at ${located.top}: give paths in the checkout`);
        }
        return path;
    });
    const repoPaths = inRepository(paths, 'paths');
    const repoExclude = inRepository(exclude, 'exclude');
    const givenAs = new Map(repoPaths.map((path, i) => [path, inputs.paths[i]]));
    const display = (path) => located.toWorkspace(path);
    const head = await resolveRef(repo, headInput, 'head');
    const base = await resolveBase(repo, {
        base: inputs.base || undefined,
        head,
        tagPattern: inputs.tagPattern,
        context: inputs.context,
    });
    for (const note of base.notes)
        inputs.onInfo?.(note);
    inputs.onInfo?.(`Comparing head ${head.slice(0, 12)} with ${base.description}.`);
    const names = new Map([[head, `head ${head.slice(0, 12)}`]]);
    if (base.commit && base.commit !== head)
        names.set(base.commit, `base ${base.tag ?? base.commit.slice(0, 12)}`);
    const commits = base.commit ? [head, base.commit] : [head];
    const files = await readFilesAtCommits(repo, commits, {
        maxBytes: yaml_DEFAULT_MAX_FILE_BYTES,
        display,
        describe: (commit) => names.get(commit) ?? commit.slice(0, 12),
        select: (all, commit) => {
            if (repoPaths.length === 0)
                return [];
            const selection = selectManifestFiles(all, repoPaths, repoExclude);
            if (commit === head && selection.unmatched.length > 0) {
                throw new src/* UserError */.yo(`Input "paths": "${givenAs.get(selection.unmatched[0]) ?? selection.unmatched[0]}" matches no manifest file at head ${head.slice(0, 12)}: fix the path or commit the files`);
            }
            if (commit === head && selection.files.length === 0) {
                throw new src/* UserError */.yo(`Input "paths" selects no manifest file at head ${head.slice(0, 12)}: give files, folders or globs of .yaml, .yml or .json files`);
            }
            return selection.files;
        },
    });
    // A file that is the same blob at the same path at both refs is parsed once, for both.
    const fileKey = (file) => `${file.object} ${file.path}`;
    const keysAt = (commit) => new Set((commit ? files.get(commit) : []).map(fileKey));
    const headKeys = keysAt(head);
    const baseKeys = keysAt(base.commit);
    const cache = new Map();
    const headObjects = parseFiles(files.get(head), { display, unchanged: (file) => baseKeys.has(fileKey(file)) }, cache);
    const render = inputs.render;
    if (render) {
        const rendered = await renderAtCommit(located, head, render, names.get(head));
        for (const loaded of rendered)
            headObjects.push(summariseObject(loaded, true));
    }
    failOnIssues(validateStructure(headObjects, { defaultNamespace: namespace || 'default' }), { where: 'at head' });
    let baseObjects;
    if (base.commit) {
        const ref = names.get(base.commit) ?? names.get(head);
        baseObjects = parseFiles(files.get(base.commit), {
            display,
            unchanged: (file) => headKeys.has(fileKey(file)),
            onError: (error) => inputs.onWarning?.(`Skipped at ${ref} (it cannot be fixed there, so its objects count as absent): ${error.message}`),
        }, cache);
        if (render) {
            try {
                const rendered = await renderAtCommit(located, base.commit, render, ref);
                for (const loaded of rendered)
                    baseObjects.push(summariseObject(loaded, true));
            }
            catch (error) {
                if (!(error instanceof src/* UserError */.yo))
                    throw error;
                inputs.onWarning?.(`Not rendered at ${ref} (it cannot be fixed there, so its objects count as absent): ${error.message}`);
            }
        }
    }
    else {
        inputs.onInfo?.('No base to compare with: every ConfigMap and Secret at head counts as added.');
    }
    files.clear(); // the objects are parsed: the file contents (one buffer from git) can go
    return { head, base, diff: compareManifests(baseObjects, headObjects, { namespace: namespace || undefined }) };
}

;// CONCATENATED MODULE: ./packages/manifests/src/config-changes-summary.ts

/**
 * detect-config-changes' job summary: the changed configs, then the workloads that read them,
 * then what was compared with links to the head commit, the compare view base...head and the run.
 * Names and change kinds only: never a config's content.
 */
function configChangesSummary(comparison, context) {
    const { head, base, diff } = comparison;
    const changed = diff.changedConfigs;
    const affected = diff.affectedWorkloads;
    const restart = affected.filter((w) => w.restart);
    const summary = new src/* SummaryBuilder */.CF()
        .heading(`Config changes: ${changed.length} config(s) changed, ${restart.length} workload(s) to restart`)
        .table(['change', 'kind', 'namespace', 'name'], changed.map((c) => [c.change, c.kind, c.namespace ?? '', c.name]));
    if (affected.length > 0) {
        summary.table(['workload', 'namespace', 'reads', 'restart', 'file'], affected.map((w) => [
            `${w.kind} ${w.name}`,
            w.namespace ?? '',
            w.configs.map((c) => `${c.kind} ${c.name} (${c.change})`).join(', '),
            w.restart ? 'yes' : w.specChanged ? 'no: its pod template changed' : 'no: not a rolling workload',
            `${w.file}:${w.line}`,
        ]));
    }
    summary.text(`Compared head \`${head.slice(0, 12)}\` with ${base.description}.`);
    const links = [[`commit ${head.slice(0, 12)}`, (0,src/* commitUrl */.Bg)(context, head)]];
    if (base.commit)
        links.push([`compare ${base.commit.slice(0, 12)}...${head.slice(0, 12)}`, (0,src/* compareUrl */.XH)(context, base.commit, head)]);
    links.push(['run', (0,src/* runUrl */.Vp)(context)]);
    if ((0,src/* linkLine */.pF)(links))
        summary.text((0,src/* linkLine */.pF)(links));
    return summary;
}

;// CONCATENATED MODULE: ./actions/detect-config-changes/src/detect.ts




function detect_label(entry) {
    return `${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name}`;
}
/** Compares the configs at the two refs, then writes the outputs, the log and the summary. */
async function detectConfigChanges(inputs) {
    const { context } = inputs;
    const comparison = await compareConfigsAtRefs({
        ...inputs,
        onInfo: (message) => core/* info */.pq(message),
        onWarning: (message) => core/* warning */.$e(message),
    });
    const { head, base, diff } = comparison;
    // Everything is worked out before the first output, so a failure leaves none behind.
    // Every list: <name> one a line, <name>-json as JSON (README, "Outputs").
    const changedLines = diff.changedConfigs.map((c) => `${c.change} ${detect_label(c)}`);
    const affectedLines = diff.affectedWorkloads.map(detect_label);
    const restartLines = diff.restart.map(detect_label);
    (0,src/* setListOutput */.SP)('changed-configs', changedLines, diff.changedConfigs);
    (0,src/* setListOutput */.SP)('affected-workloads', affectedLines, diff.affectedWorkloads);
    (0,src/* setListOutput */.SP)('restart', restartLines, diff.restart);
    (0,src/* setJsonOutput */.mI)('checksums', diff.checksums);
    (0,src/* setOutput */.uH)('any-changed', diff.changedConfigs.length > 0);
    (0,src/* setOutput */.uH)('base', base.commit ?? '');
    (0,src/* setOutput */.uH)('head', head);
    (0,src/* writeDeprecatedOutputs */.fV)([
        { name: 'changed-configs-list', use: 'changed-configs', value: changedLines.join('\n') },
        { name: 'affected-workloads-list', use: 'affected-workloads', value: affectedLines.join('\n') },
        { name: 'restart-list', use: 'restart', value: restartLines.join('\n') },
    ], [
        { name: 'changed-configs', json: 'changed-configs-json' },
        { name: 'affected-workloads', json: 'affected-workloads-json' },
        { name: 'restart', json: 'restart-json' },
    ]);
    logResult(diff.changedConfigs, diff.affectedWorkloads, Object.keys(diff.checksums).length);
    await configChangesSummary(comparison, context).write();
}
function logResult(changed, affected, checksums) {
    core/* info */.pq(changed.length === 0 ? 'No ConfigMap or Secret changed.' : `${changed.length} config(s) changed:`);
    for (const config of changed)
        core/* info */.pq(`  ${config.change.padEnd(8)} ${detect_label(config)}`);
    for (const workload of affected) {
        const reads = workload.configs.map((c) => `${detect_label(c)} (${c.via.join(', ')})`).join('; ');
        const verdict = workload.restart
            ? 'restart'
            : workload.specChanged
                ? 'rolls by itself (its pod template changed)'
                : 'not restartable (no rolling update)';
        core/* info */.pq(`  ${detect_label(workload)} at ${workload.file}:${workload.line} reads ${reads}: ${verdict}`);
    }
    core/* info */.pq(`${affected.filter((w) => w.restart).length} workload(s) to restart; checksums for ${checksums} workload(s).`);
}


/***/ })

};
