export const id = 285;
export const ids = [285];
export const modules = {

/***/ 3285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  update: () => (/* binding */ update)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/.pnpm/@actions+core@3.0.1_patch_hash=e7e929b5c4df91ba2d3f1b73e1a94d11e34dbe6c0dd646383af9f82550c209f1/node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(8550);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 12 modules
var src = __webpack_require__(1295);
// EXTERNAL MODULE: ./packages/gitops/src/images.ts
var src_images = __webpack_require__(6669);
// EXTERNAL MODULE: ./node_modules/.pnpm/yaml@2.9.1/node_modules/yaml/dist/index.js
var dist = __webpack_require__(8009);
;// CONCATENATED MODULE: ./packages/gitops/src/yaml-source.ts
/**
 * YAML files edited as text: documents are parsed for their structure and source offsets
 * (eemeli/yaml), and every change is a replacement or insertion at those offsets, so comments,
 * key order, quoting, indentation, blank lines and line endings outside the changed scalars
 * stay byte for byte.
 */


/** Parses every document of a YAML file; a syntax error fails with file:line and what to do. */
function parseYamlFile(path, text) {
    const lines = new dist/* LineCounter */.HN();
    const documents = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, prettyErrors: false });
    const list = Array.isArray(documents) ? documents : [];
    for (const document of list) {
        const error = document.errors[0];
        if (error) {
            // An error found at the end of the text (an unclosed bracket) is reported on the last line that holds something.
            const line = lines.linePos(Math.max(0, Math.min(error.pos[0], text.trimEnd().length - 1))).line;
            throw new src/* UserError */.yo(`${path}:${line}: YAML does not parse (${firstLine(error.message)}): fix the file in the config repository`, { file: path, line });
        }
    }
    return { path, text, eol: text.includes('\r\n') ? '\r\n' : '\n', documents: list, lines };
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** Applies non-overlapping edits; throws on an overlap (two rules writing one scalar differently). */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let result = '';
    let at = 0;
    for (const edit of sorted) {
        if (edit.start < at)
            throw new Error(`overlapping edits at offset ${edit.start}`);
        result += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return result + text.slice(at);
}
/** Whether `value` reads back as this very string when written plain, in YAML 1.1 (Kubernetes, Helm) and 1.2. */
function isPlainSafe(value, flow = false) {
    if (value === '' || value !== value.trim() || /[\r\n]/.test(value))
        return false;
    if (flow && /[,[\]{}]/.test(value))
        return false;
    try {
        const source = `k: ${value}\n`;
        for (const version of ['1.1', '1.2']) {
            const parsed = (0,dist/* parse */.qg)(source, { version });
            if (!parsed || typeof parsed !== 'object' || parsed.k !== value)
                return false;
        }
        return true;
    }
    catch {
        return false;
    }
}
/** A new scalar's source: plain when that reads back as the string, else double-quoted. */
function newScalarSource(value, flow = false) {
    return isPlainSafe(value, flow) ? value : JSON.stringify(value);
}
/**
 * The source for `value` in the style of an existing scalar: single and double quotes are
 * kept, a plain scalar stays plain unless the new value would read back as something else
 * (`1.10` is a number, so it becomes "1.10"). Undefined for block scalars (| and >).
 */
function scalarSourceLike(node, value, flow) {
    switch (node.type) {
        case 'QUOTE_DOUBLE':
            return JSON.stringify(value);
        case 'QUOTE_SINGLE':
            return /[\r\n]/.test(value) ? JSON.stringify(value) : `'${value.replace(/'/g, "''")}'`;
        case 'PLAIN':
            return newScalarSource(value, flow);
        default:
            return undefined;
    }
}
/** The value of a scalar as a string (numbers and booleans as written), or undefined for other nodes. */
function scalarText(node, text) {
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        return undefined;
    if (node.value === null)
        return '';
    if (typeof node.value === 'string')
        return node.value;
    // 6.14 or true: what the file says, not a reformatted number.
    return text.slice(node.range[0], node.range[1]);
}
function pairKey(pair) {
    return (0,dist/* isScalar */.jn)(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined;
}
function findPair(map, key) {
    return map.items.find((pair) => pairKey(pair) === key);
}
function isFlow(node) {
    return (isMap(node) || isSeq(node)) && node.flow === true;
}
/** Offset where the line holding `offset` starts. */
function lineStart(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
/** Offset of the line ending after `offset` (the \r of \r\n, or \n), or the text's end. */
function lineEnd(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
/** The column (0-based) of an offset. */
function column(text, offset) {
    return offset - lineStart(text, offset);
}
/** A scalar value to change in place, or a null value (`tag:`) to fill. */
function replaceScalar(file, node, value, flow) {
    const [start, end] = node.range;
    if (node.value === null && start === end)
        return { start, end, text: ` ${newScalarSource(value, flow)}` };
    const source = scalarSourceLike(node, value, flow);
    return source === undefined ? undefined : { start, end, text: source };
}
/** Inserts `key: value` as the last pair of a mapping, in its style (block: a new line at the keys' indentation). */
function insertPair(file, map, key, value) {
    const last = map.items[map.items.length - 1];
    if (!last || !(0,dist/* isScalar */.jn)(last.key) || !last.key.range)
        return undefined;
    if (map.flow) {
        const end = last.value?.range?.[1] ?? last.key.range[1];
        return { start: end, end, text: `, ${key}: ${newScalarSource(value, true)}` };
    }
    const first = map.items[0].key;
    const indent = ' '.repeat(column(file.text, first.range[0]));
    const valueNode = last.value;
    if (valueNode && !(0,dist/* isScalar */.jn)(valueNode))
        return undefined;
    const end = lineEnd(file.text, valueNode?.range?.[1] ?? last.key.range[1]);
    return { start: end, end, text: `${file.eol}${indent}${key}: ${newScalarSource(value)}` };
}
/**
 * Removes a pair from a mapping whose values are scalars: from its key to the next key (so a
 * first key after "- " hands its place to the next), or, for the last pair, from the end of
 * the previous pair's line to the end of its own.
 */
function removePair(file, map, pair) {
    const index = map.items.indexOf(pair);
    if (index === -1 || map.items.length < 2)
        return undefined;
    if (!map.items.every((item) => (0,dist/* isScalar */.jn)(item.key) && (item.value === null || (0,dist/* isScalar */.jn)(item.value))))
        return undefined;
    const key = pair.key;
    const next = map.items[index + 1];
    if (next)
        return { start: key.range[0], end: next.key.range[0], text: '' };
    const previous = map.items[index - 1];
    const previousEnd = previous.value?.range?.[1] ?? previous.key.range[1];
    const valueEnd = pair.value?.range?.[1] ?? key.range[1];
    if (map.flow)
        return { start: previousEnd, end: valueEnd, text: '' };
    return { start: lineEnd(file.text, previousEnd), end: lineEnd(file.text, valueEnd), text: '' };
}
/** Depth-first walk over maps and sequences, with the key path (numbers for sequence items). */
function walk(node, visit, path = [], parent, flow = false) {
    if (!node || typeof node !== 'object')
        return;
    const here = node;
    visit(here, path, parent, flow);
    if ((0,dist/* isMap */.jh)(node)) {
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const key = pairKey(pair);
            if (key === undefined)
                continue;
            walk(pair.value, visit, [...path, key], node, flow || node.flow === true);
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        node.items.forEach((item, index) => walk(item, visit, [...path, index], undefined, flow || node.flow === true));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/gitops/src/rules.ts
/**
 * Where images are written in a YAML file, and what is written there:
 *
 *   kustomize    a Kustomization's (or Component's) `images:` entries: newTag and/or digest
 *   helm         a mapping with `repository` (and `registry`) plus `tag`/`digest`: Helm values
 *   manifest     an `image:` field holding a reference (containers, or any with a tag or digest)
 *   flux         a field marked `# {"$imagepolicy": "ns:policy"}` (`:tag`, `:name`, `:digest`)
 *   field        a path the user names (`frontend.image.tag=frontend`)
 *
 * A scalar claimed by two rules is written by the more specific one (flux, field, kustomize,
 * helm, manifest). Every edit replaces one scalar, inserts one `key: value`, or removes one.
 */




const PRIORITY = { flux: 0, field: 1, kustomize: 2, helm: 3, manifest: 4 };
const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
function formatPath(path) {
    return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
/** Whether a document is a Kustomization or Component (by file name, or kind and apiVersion). */
function isKustomization(path, document) {
    if (KUSTOMIZATION_FILES.has((0,external_node_path_.basename)(path)))
        return true;
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root))
        return false;
    const kind = scalarText(findPair(root, 'kind')?.value, '');
    const apiVersion = scalarText(findPair(root, 'apiVersion')?.value, '') ?? '';
    return (kind === 'Kustomization' || kind === 'Component') && apiVersion.startsWith('kustomize.config.k8s.io/');
}
/** The part a field receives when the rule does not say: from its last key. */
function inferPart(key) {
    const name = String(key ?? '').toLowerCase();
    if (/tag$|version$/.test(name))
        return 'tag';
    if (/digest$/.test(name))
        return 'digest';
    if (/(repository|repo|name)$/.test(name))
        return 'name';
    return 'ref';
}
function samePath(a, b) {
    return a.length === b.length && a.every((part, index) => part === b[index]);
}
const MARKER = /#\s*(\{\s*"\$imagepolicy"\s*:\s*"([^"]+)"\s*\})/;
/** Plans the edits of one file. */
function planFile(file, options) {
    const candidates = [];
    const problems = [];
    const matched = new Set();
    file.documents.forEach((document, index) => {
        const root = document.contents;
        if (!root)
            return;
        const prefix = file.documents.length > 1 ? [`(document ${index + 1})`] : [];
        const kustomization = isKustomization(file.path, document);
        // Scalars that are map values, by the line they start on (for Flux markers).
        const slotsByLine = new Map();
        walk(root, (node, path, _parent, flow) => {
            if (!(0,dist/* isMap */.jh)(node))
                return;
            for (const pair of node.items) {
                const key = pairKey(pair);
                const value = pair.value;
                if (key === undefined || !(0,dist/* isScalar */.jn)(value) || !value.range)
                    continue;
                const line = file.lines.linePos(value.range[0]).line;
                const slot = { map: node, pair, node: value, key, path: [...prefix, ...path, key], flow: flow || !!node.flow };
                slotsByLine.set(line, [...(slotsByLine.get(line) ?? []), slot]);
                for (const field of options.fields) {
                    if (!samePath(field.path, [...path, key]))
                        continue;
                    const image = options.images.lookup(field.image);
                    if (image)
                        candidates.push(...fieldCandidates(slot, image, field.part ?? inferPart(key), options.pin));
                }
            }
            if (kustomization) {
                if (path.length === 0)
                    candidates.push(...kustomizeCandidates(node, prefix, options));
                return;
            }
            candidates.push(...helmCandidates(node, path, prefix, flow || !!node.flow, options));
            const imagePair = findPair(node, 'image');
            if (imagePair && (0,dist/* isScalar */.jn)(imagePair.value) && typeof imagePair.value.value === 'string') {
                const text = imagePair.value.value;
                const reference = (0,src_images/* tryParseReference */.WF)(text);
                const inContainers = path.length >= 2 && CONTAINER_LISTS.has(String(path[path.length - 2]));
                const image = reference && options.images.byReference(text);
                if (image && (inContainers || reference.tag || reference.digest)) {
                    candidates.push({
                        rule: 'manifest',
                        image,
                        map: node,
                        node: imagePair.value,
                        pair: imagePair,
                        key: 'image',
                        path: [...prefix, ...path, 'image'],
                        value: (0,src_images/* referenceValue */.Fp)(image, options.pin, (0,src_images/* writtenRepository */.WQ)(text)),
                        flow: flow || !!node.flow,
                    });
                }
            }
        });
        candidates.push(...fluxCandidates(file, document, slotsByLine, options));
    });
    return resolve(file, candidates, matched, problems);
}
function fieldCandidates(slot, image, part, pin) {
    const current = scalarText(slot.node, '') ?? '';
    let value;
    if (part === 'tag')
        value = (0,src_images/* tagFieldValue */.Gj)(image, pin);
    else if (part === 'digest')
        value = image.digest;
    else if (part === 'name')
        value = image.repository;
    else
        value = (0,src_images/* referenceValue */.Fp)(image, pin, current ? (0,src_images/* writtenRepository */.WQ)(current) : image.repository);
    if (value === undefined)
        return [];
    return [{ rule: 'field', image, ...slot, value }];
}
function kustomizeCandidates(root, prefix, options) {
    const images = findPair(root, 'images')?.value;
    if (!(0,dist/* isSeq */.oP)(images))
        return [];
    const candidates = [];
    images.items.forEach((entry, index) => {
        if (!(0,dist/* isMap */.jh)(entry))
            return;
        const name = scalarText(findPair(entry, 'name')?.value, '');
        const newName = scalarText(findPair(entry, 'newName')?.value, '');
        const image = options.images.byReference(newName || name || '');
        if (!image)
            return;
        const path = [...prefix, 'images', index];
        const flow = entry.flow === true || images.flow === true;
        const set = (key, value) => {
            const pair = findPair(entry, key);
            if (value === undefined && !pair)
                return;
            candidates.push({
                rule: 'kustomize',
                image,
                map: entry,
                pair,
                node: (0,dist/* isScalar */.jn)(pair?.value) ? pair.value : undefined,
                key,
                path: [...path, key],
                value,
                flow,
            });
        };
        const pin = options.pin;
        set('newTag', pin === 'digest' ? undefined : image.tag);
        set('digest', pin === 'tag' ? undefined : image.digest);
    });
    return candidates;
}
function helmCandidates(map, path, prefix, flow, options) {
    const repository = scalarText(findPair(map, 'repository')?.value, '');
    if (!repository)
        return [];
    const tagPair = findPair(map, 'tag');
    const digestPair = findPair(map, 'digest');
    if (!tagPair && !digestPair)
        return [];
    const registry = scalarText(findPair(map, 'registry')?.value, '');
    const image = options.images.byReference(registry ? `${registry}/${repository}` : repository);
    if (!image)
        return [];
    const pin = options.pin;
    const candidates = [];
    const set = (pair, key, value) => {
        if (!pair || value === undefined)
            return;
        if (pair.value !== null && !(0,dist/* isScalar */.jn)(pair.value))
            return;
        candidates.push({
            rule: 'helm',
            image,
            map,
            pair,
            node: (0,dist/* isScalar */.jn)(pair.value) ? pair.value : undefined,
            key,
            path: [...prefix, ...path, key],
            value,
            flow,
        });
    };
    if (digestPair) {
        if (pin !== 'digest')
            set(tagPair, 'tag', image.tag);
        // A stale digest would win over the new tag in charts that prefer it: empty it for pin: tag.
        set(digestPair, 'digest', pin === 'tag' ? '' : image.digest);
    }
    else {
        set(tagPair, 'tag', (0,src_images/* tagFieldValue */.Gj)(image, pin));
    }
    return candidates;
}
function fluxCandidates(file, document, slotsByLine, options) {
    const [start, , end] = document.range;
    const marked = [];
    for (const [line, slots] of slotsByLine) {
        const lineStartOffset = file.lines.lineStarts[line - 1];
        if (lineStartOffset < start || lineStartOffset > end)
            continue;
        const lineText = file.text.slice(lineStartOffset, lineEnd(file.text, lineStartOffset));
        const match = MARKER.exec(lineText);
        if (!match)
            continue;
        const slot = slots[slots.length - 1];
        const parts = match[2].split(':');
        if (parts.length < 2 || parts.length > 3)
            continue;
        const part = (parts[2] ?? 'ref');
        if (!['ref', 'tag', 'name', 'digest'].includes(part))
            continue;
        marked.push({ slot, policy: `${parts[0]}:${parts[1]}`, part });
    }
    // Which image a policy stands for: the repository its full or :name field holds, else its name.
    const policyImage = new Map();
    for (const { slot, policy, part } of marked) {
        if (part !== 'ref' && part !== 'name')
            continue;
        const image = options.images.byReference(scalarText(slot.node, file.text) ?? '');
        if (image && !policyImage.get(policy))
            policyImage.set(policy, image);
    }
    const candidates = [];
    for (const { slot, policy, part } of marked) {
        const image = policyImage.get(policy) ?? options.images.lookup(policy.split(':')[1]);
        if (!image)
            continue;
        const current = scalarText(slot.node, file.text) ?? '';
        let value;
        if (part === 'ref')
            value = (0,src_images/* referenceValue */.Fp)(image, options.pin, (0,src_images/* writtenRepository */.WQ)(current) || image.repository);
        else if (part === 'tag')
            value = image.tag;
        else if (part === 'digest')
            value = image.digest;
        else
            value = current;
        if (value === undefined)
            continue;
        candidates.push({ rule: 'flux', image, ...slot, value });
    }
    return candidates;
}
/** One edit per field, the most specific rule winning; values already current count as matched. */
function resolve(file, candidates, matched, problems) {
    const chosen = new Map();
    for (const candidate of candidates.sort((a, b) => PRIORITY[a.rule] - PRIORITY[b.rule])) {
        const id = candidate.node?.range ? `@${candidate.node.range[0]}` : `${formatPath(candidate.path)}`;
        if (!chosen.has(id))
            chosen.set(id, candidate);
    }
    const edits = [];
    const changes = [];
    for (const candidate of chosen.values()) {
        matched.add(candidate.image.key);
        const before = candidate.node ? (scalarText(candidate.node, file.text) ?? '') : '';
        const offset = candidate.node?.range?.[0] ?? candidate.map?.range?.[0] ?? 0;
        const change = {
            file: file.path,
            line: file.lines.linePos(offset).line,
            field: formatPath(candidate.path),
            rule: candidate.rule,
            image: candidate.image.key,
            before,
            after: candidate.value ?? '',
        };
        let edit;
        if (candidate.value === undefined) {
            if (!candidate.pair || !candidate.map)
                continue;
            edit = removePair(file, candidate.map, candidate.pair);
            change.after = '(removed)';
        }
        else if (candidate.node) {
            if (before === candidate.value)
                continue;
            edit = replaceScalar(file, candidate.node, candidate.value, candidate.flow);
        }
        else if (candidate.map) {
            change.before = '(added)';
            edit = insertPair(file, candidate.map, candidate.key, candidate.value);
        }
        if (!edit) {
            problems.push(`${file.path}:${change.line}: ${change.field} holds ${candidate.image.repository} but cannot be changed in place (a block scalar or an unusual layout): write it as a plain or quoted value`);
            continue;
        }
        edits.push(edit);
        changes.push(change);
    }
    changes.sort((a, b) => a.line - b.line);
    return { edits, changes, matched, problems };
}

;// CONCATENATED MODULE: ./packages/gitops/src/kustomize.ts
/**
 * Kustomize layers: which images a kustomization's resources use (after its own and its
 * bases' `images:` entries), and the entry added to a kustomization that does not set a
 * released image it uses, so the overlay pins the release as `kustomize edit set image` would,
 * without rewriting the rest of the file.
 */






const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function kustomizationFile(dir) {
    return KUSTOMIZATION_NAMES.map((name) => (0,external_node_path_.join)(dir, name)).find((file) => (0,external_node_fs_.existsSync)(file));
}
function isRemote(entry) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
        /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) ||
        /^git@/.test(entry) ||
        entry.includes('?ref='));
}
function stringList(root, key) {
    const value = findPair(root, key)?.value;
    if (!(0,dist/* isSeq */.oP)(value))
        return [];
    return value.items.flatMap((item) => ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string' ? [item.value] : []));
}
/**
 * Follows local resources, bases and components from a kustomization (remote ones and paths
 * outside the repository are not followed) and lists the images of their output.
 */
class KustomizeTree {
    root;
    load;
    cache = new Map();
    constructor(root, 
    /** Loads a repository file as YAML; undefined when it cannot be read or parsed. */
    load) {
        this.root = root;
        this.load = load;
    }
    relative(absolute) {
        return (0,external_node_path_.relative)(this.root, absolute).split(external_node_path_.sep).join('/');
    }
    inside(absolute) {
        const rel = (0,external_node_path_.relative)(this.root, absolute);
        return rel === '' || (!rel.startsWith('..') && !rel.startsWith(external_node_path_.sep));
    }
    /** The images of the kustomization in `dir`, keyed by registry/repository. */
    outputs(dir, visiting = new Set()) {
        const cached = this.cache.get(dir);
        if (cached)
            return cached;
        const uses = new Map();
        const file = kustomizationFile(dir);
        if (!file || visiting.has(dir))
            return uses;
        visiting.add(dir);
        const yaml = this.load(file);
        const root = yaml?.documents[0]?.contents;
        if (!yaml || !(0,dist/* isMap */.jh)(root))
            return uses;
        const add = (key, use) => {
            const known = uses.get(key);
            if (known)
                for (const origin of use.origins)
                    known.origins.add(origin);
            else
                uses.set(key, { written: use.written, origins: new Set(use.origins) });
        };
        for (const entry of [
            ...stringList(root, 'resources'),
            ...stringList(root, 'bases'),
            ...stringList(root, 'components'),
        ]) {
            if (isRemote(entry))
                continue;
            const target = (0,external_node_path_.resolve)(dir, entry);
            if (!this.inside(target) || !(0,external_node_fs_.existsSync)(target))
                continue;
            if ((0,external_node_fs_.statSync)(target).isDirectory()) {
                for (const [key, use] of this.outputs(target, visiting))
                    add(key, use);
            }
            else {
                for (const [key, use] of this.manifestImages(target))
                    add(key, use);
            }
        }
        // This layer's own entries rename and re-version what its resources use.
        const entries = findPair(root, 'images')?.value;
        if ((0,dist/* isSeq */.oP)(entries)) {
            for (const entry of entries.items) {
                if (!(0,dist/* isMap */.jh)(entry))
                    continue;
                const name = scalarText(findPair(entry, 'name')?.value, '') ?? '';
                const key = (0,src_images/* referenceKey */.Db)(name);
                const use = key && uses.get(key);
                if (!key || !use)
                    continue;
                const newName = scalarText(findPair(entry, 'newName')?.value, '') ?? '';
                const newKey = (newName && (0,src_images/* referenceKey */.Db)(newName)) || key;
                uses.delete(key);
                add(newKey, { written: newName || use.written, origins: new Set([...use.origins, this.relative(file)]) });
            }
        }
        this.cache.set(dir, uses);
        return uses;
    }
    manifestImages(file) {
        const uses = new Map();
        const yaml = this.load(file);
        if (!yaml)
            return uses;
        for (const document of yaml.documents) {
            walk(document.contents, (node) => {
                if (!(0,dist/* isMap */.jh)(node))
                    return;
                const image = findPair(node, 'image')?.value;
                if (!(0,dist/* isScalar */.jn)(image) || typeof image.value !== 'string')
                    return;
                const reference = (0,src_images/* tryParseReference */.WF)(image.value);
                if (!reference)
                    return;
                const known = uses.get(reference.name);
                if (known)
                    known.origins.add(this.relative(file));
                else
                    uses.set(reference.name, {
                        written: (0,src_images/* writtenRepository */.WQ)(image.value),
                        origins: new Set([this.relative(file)]),
                    });
            });
        }
        return uses;
    }
}
/** The scalar, or the last scalar inside a collection, where a node's content ends (before comments and line breaks). */
function contentEnd(node) {
    if ((0,dist/* isScalar */.jn)(node))
        return node.range?.[1];
    if ((0,dist/* isMap */.jh)(node)) {
        if (node.flow)
            return node.range?.[1];
        const last = node.items[node.items.length - 1];
        if (!last)
            return undefined;
        return contentEnd(last.value) ?? contentEnd(last.key);
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        if (node.flow)
            return node.range?.[1];
        return contentEnd(node.items[node.items.length - 1]);
    }
    return undefined;
}
/** How far this file indents a block sequence under its key (0 for `key:\n- a`, 2 for `key:\n  - a`). */
function sequenceIndent(file, root) {
    for (const pair of root.items) {
        const value = pair.value;
        if ((0,dist/* isSeq */.oP)(value) && !value.flow && value.range && (0,dist/* isScalar */.jn)(pair.key) && pair.key.range) {
            return Math.max(0, column(file.text, value.range[0]) - column(file.text, pair.key.range[0]));
        }
    }
    return 0;
}
function entryLines(image, name, pin) {
    const lines = [['name', name]];
    if (pin !== 'digest')
        lines.push(['newTag', image.tag]);
    if (pin !== 'tag')
        lines.push(['digest', image.digest]);
    return lines;
}
/**
 * Adds `images:` entries (one per image, named as the resources write it) to a kustomization,
 * as one edit: appended to its `images:` list in the list's style, or a new `images:` key
 * after the document's last line.
 */
function addImageEntries(file, root, entries, pin) {
    const entryPairs = entries.map(({ image, name }) => entryLines(image, name, pin));
    const eol = file.eol;
    const imagesPair = root.items.find((pair) => pairKey(pair) === 'images');
    const value = imagesPair?.value;
    if ((0,dist/* isSeq */.oP)(value) && value.flow) {
        const flowEntries = entryPairs.map((pairs) => `{${pairs.map(([key, text]) => `${key}: ${newScalarSource(text, true)}`).join(', ')}}`);
        const close = value.range[1] - 1;
        return {
            start: close,
            end: close,
            text: `${value.items.length > 0 ? ', ' : ''}${flowEntries.join(', ')}`,
        };
    }
    if ((0,dist/* isSeq */.oP)(value) && value.range) {
        const dash = column(file.text, value.range[0]);
        const first = value.items[0];
        const keyColumn = (0,dist/* isMap */.jh)(first) && (0,dist/* isScalar */.jn)(first.items[0]?.key) && first.items[0].key.range
            ? column(file.text, first.items[0].key.range[0])
            : dash + 2;
        const end = lineEnd(file.text, contentEnd(value) ?? value.range[1]);
        const text = entryPairs
            .flatMap((pairs) => pairs.map(([key, text], index) => index === 0
            ? `${eol}${' '.repeat(dash)}-${' '.repeat(Math.max(1, keyColumn - dash - 1))}${key}: ${newScalarSource(text)}`
            : `${eol}${' '.repeat(keyColumn)}${key}: ${newScalarSource(text)}`))
            .join('');
        return { start: end, end, text };
    }
    const keyIndent = (0,dist/* isScalar */.jn)(root.items[0]?.key) && root.items[0].key.range ? column(file.text, root.items[0].key.range[0]) : 0;
    const dash = keyIndent + sequenceIndent(file, root);
    const items = entryPairs
        .flatMap((pairs) => pairs.map(([key, text], index) => `${eol}${' '.repeat(index === 0 ? dash : dash + 2)}${index === 0 ? '- ' : ''}${key}: ${newScalarSource(text)}`))
        .join('');
    if (imagesPair) {
        // `images:` with no value.
        if (!(value === null || ((0,dist/* isScalar */.jn)(value) && value.value === null)))
            return undefined;
        const at = (0,dist/* isScalar */.jn)(value) && value.range ? value.range[0] : lineEnd(file.text, imagesPair.key.range[1]);
        return { start: at, end: at, text: items };
    }
    const end = contentEnd(root);
    if (end === undefined)
        return undefined;
    const at = lineEnd(file.text, end);
    return { start: at, end: at, text: `${eol}${' '.repeat(keyIndent)}images:${items}` };
}
/** The root mapping of a kustomization file (one document, a Kustomization or Component), else undefined. */
function kustomizationRoot(file) {
    const document = file.documents[0];
    if (!document || file.documents.length !== 1 || !isKustomization(file.path, document))
        return undefined;
    return (0,dist/* isMap */.jh)(document.contents) ? document.contents : undefined;
}

;// CONCATENATED MODULE: ./packages/gitops/src/config-files.ts
/**
 * The update of a config repository's files: find the YAML under the given paths, plan every
 * file's edits (rules.ts), add kustomize `images:` entries where a release would otherwise not
 * reach an overlay (kustomize.ts), check each edited file still parses and needs no further
 * edit, and write the files. Planning reads only; nothing is written before every file planned.
 */







const YAML_FILE = /\.ya?ml$/i;
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
function toRelative(root, absolute) {
    return (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
}
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..' + external_node_path_.sep) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
/** A Helm chart's templates are Go templates, not YAML: skipped when a folder is walked. */
function isChartTemplates(dir) {
    return dir.endsWith(`${external_node_path_.sep}templates`) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(dir), 'Chart.yaml'));
}
/** The YAML files a path names: itself, or every .yaml/.yml (and Kustomization) under it, sorted. */
function listConfigFiles(root, paths, input = 'paths') {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const files = new Set();
    for (const path of paths) {
        // A leading / means the repository's top, as in the repository's own links.
        const absolute = (0,external_node_path_.resolve)(realRoot, path.replace(/^\/+/, ''));
        if (!inside(realRoot, absolute)) {
            throw new src/* InputError */.dz(input, `names "${path}", which is outside the config repository: give a path inside it, such as deploy/overlays/staging`);
        }
        if (!(0,external_node_fs_.existsSync)(absolute)) {
            throw new src/* InputError */.dz(input, `names "${path}", which is not in the config repository: check the path and the base branch`);
        }
        const real = (0,external_node_fs_.realpathSync)(absolute);
        if (!inside(realRoot, real)) {
            throw new src/* InputError */.dz(input, `names "${path}", a symbolic link that leads outside the config repository: give a path inside it`);
        }
        if ((0,external_node_fs_.statSync)(real).isFile()) {
            files.add(absolute);
            continue;
        }
        const visit = (dir) => {
            for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                const full = (0,external_node_path_.join)(dir, entry.name);
                if (entry.isDirectory()) {
                    if (!SKIPPED_FOLDERS.has(entry.name) && !isChartTemplates(full))
                        visit(full);
                }
                else if (entry.isFile() && (YAML_FILE.test(entry.name) || entry.name === 'Kustomization')) {
                    files.add(full);
                }
            }
        };
        visit(absolute);
    }
    return [...files].sort();
}
function readYaml(root, absolute) {
    return parseYamlFile(toRelative(root, absolute), (0,external_node_fs_.readFileSync)(absolute, 'utf8'));
}
/** Plans the update: reads and parses every file, changes nothing. Throws on YAML that does not parse. */
function planConfigUpdate(options) {
    const root = (0,external_node_fs_.realpathSync)(options.root);
    const index = new src_images/* ImageIndex */.yd(options.images);
    const ruleOptions = { images: index, pin: options.pin, fields: options.fields ?? [] };
    const files = listConfigFiles(root, options.paths, options.pathsInput);
    const parsed = new Map();
    const plans = new Map();
    for (const absolute of files) {
        const file = readYaml(root, absolute);
        parsed.set(absolute, file);
        plans.set(absolute, planFile(file, ruleOptions));
    }
    // Files (under the paths) holding a field for each image: those decide its version themselves.
    const matchedIn = new Map();
    for (const [absolute, plan] of plans) {
        for (const key of plan.matched) {
            matchedIn.set(key, new Set([...(matchedIn.get(key) ?? []), toRelative(root, absolute)]));
        }
    }
    const tree = new KustomizeTree(root, (absolute) => {
        const known = parsed.get(absolute);
        if (known)
            return known;
        try {
            return (0,external_node_fs_.lstatSync)(absolute).isFile() ? readYaml(root, absolute) : undefined;
        }
        catch {
            return undefined; // outside the paths: kustomize reports its own files' errors
        }
    });
    // Overlays that use a released image no edited field controls get an `images:` entry.
    for (const absolute of files) {
        const file = parsed.get(absolute);
        const kustomization = kustomizationRoot(file);
        if (!kustomization)
            continue;
        const plan = plans.get(absolute);
        const uses = tree.outputs((0,external_node_path_.dirname)(absolute));
        // Every image the overlay lacks goes into one edit: two would each add an `images:` key.
        const missing = [];
        for (const image of options.images) {
            const use = uses.get(image.key);
            if (!use || plan.matched.has(image.key))
                continue;
            const handled = matchedIn.get(image.key);
            if (handled && [...use.origins].some((origin) => handled.has(origin)))
                continue;
            missing.push({ image, name: use.written });
        }
        if (missing.length === 0)
            continue;
        const edit = addImageEntries(file, kustomization, missing, options.pin);
        if (!edit) {
            for (const { image } of missing)
                plan.problems.push(`${file.path}: uses ${image.repository} but its images: list cannot be extended in place: add an entry for it by hand`);
            continue;
        }
        plan.edits.push(edit);
        for (const { image, name } of missing) {
            plan.matched.add(image.key);
            plan.changes.push({
                file: file.path,
                line: file.lines.linePos(edit.start).line + 1,
                field: 'images[+]',
                rule: 'kustomize',
                image: image.key,
                before: '(added)',
                after: `${name}${options.pin !== 'digest' ? `:${image.tag}` : ''}${options.pin !== 'tag' ? `@${image.digest}` : ''}`,
            });
        }
    }
    const result = { files: [], changes: [], unmatched: [], problems: [], scanned: files.length };
    const matched = new Set();
    for (const absolute of files) {
        const file = parsed.get(absolute);
        const plan = plans.get(absolute);
        for (const key of plan.matched)
            matched.add(key);
        result.problems.push(...plan.problems);
        if (plan.edits.length === 0)
            continue;
        const after = applyChecked(file, plan.edits, ruleOptions);
        result.files.push({ path: file.path, before: file.text, after, changes: plan.changes });
        result.changes.push(...plan.changes);
    }
    result.unmatched = options.images.filter((image) => !matched.has(image.key));
    return result;
}
/** Applies a file's edits, then proves them: the text parses and planning it again finds nothing left to change. */
function applyChecked(file, edits, ruleOptions) {
    const after = applyEdits(file.text, edits);
    let again;
    try {
        again = planFile(parseYamlFile(file.path, after), ruleOptions);
    }
    catch (error) {
        throw new Error(`editing ${file.path} produced YAML that does not parse (${error.message}): please report this`);
    }
    if (again.edits.length > 0) {
        throw new Error(`editing ${file.path} did not hold (${again.changes.map((c) => c.field).join(', ')} still differ): please report this`);
    }
    return after;
}
/** Writes the planned files into the working tree. */
function writeConfigUpdate(root, plan) {
    for (const file of plan.files) {
        const absolute = (0,external_node_path_.join)(root, file.path);
        if ((0,external_node_fs_.readFileSync)(absolute, 'utf8') !== file.before) {
            throw new src/* UserError */.yo(`${file.path} changed while the update was planned: run again`);
        }
        (0,external_node_fs_.writeFileSync)(absolute, file.after);
    }
}

// EXTERNAL MODULE: ./node_modules/.pnpm/diff@9.0.0/node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(6940);
;// CONCATENATED MODULE: ./packages/gitops/src/diff.ts
/**
 * The diff of an update for logs, summaries and pull requests: changed lines only (no context),
 * so nothing beside the written values (an env value, a comment) is repeated anywhere.
 */

/** A unified diff of one file with zero lines of context. */
function fileDiff(file) {
    const patch = (0,create/* structuredPatch */.YB)(`a/${file.path}`, `b/${file.path}`, file.before, file.after, '', '', { context: 0 });
    const lines = [`--- a/${file.path}`, `+++ b/${file.path}`];
    for (const hunk of patch.hunks) {
        lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
        for (const line of hunk.lines)
            if (!line.startsWith('\\'))
                lines.push(line.replace(/\r$/, ''));
    }
    return lines.join('\n');
}
/** Lines added and removed, as `git diff --stat` counts them. */
function diffStat(file) {
    const patch = structuredPatch('', '', file.before, file.after, '', '', { context: 0 });
    let added = 0;
    let removed = 0;
    for (const hunk of patch.hunks) {
        for (const line of hunk.lines) {
            if (line.startsWith('+'))
                added += 1;
            else if (line.startsWith('-'))
                removed += 1;
        }
    }
    return { added, removed };
}

// EXTERNAL MODULE: ./packages/gitops/src/templates.ts
var templates = __webpack_require__(9724);
// EXTERNAL MODULE: ./packages/gitops/src/git-access.ts
var git_access = __webpack_require__(7546);
// EXTERNAL MODULE: ./packages/git/src/index.ts + 7 modules
var git_src = __webpack_require__(5736);
;// CONCATENATED MODULE: ./packages/gitops/src/publish.ts
/**
 * Commits an update to the config repository and pushes it, racing other releases safely:
 * a shallow fetch of the branch the commit goes on, the edits applied, one commit as the
 * workflow's actor, a push that never overwrites someone else's work. When the push is refused
 * because the branch moved, the new head is fetched and the edits applied again on it, up to
 * `attempts` times, so two releases updating one repository both land.
 *
 *   mode push           commits on `base` and pushes it (fast-forward only).
 *   mode pull-request   commits on `branch`: on top of it when it exists and its pull
 *                       request is open or not made yet (earlier and concurrent updates are
 *                       kept), else on `base`, replacing a branch whose pull request was
 *                       merged or closed with --force-with-lease on the head that was seen.
 */





const LOCAL_BRANCH = 'gitops-update';
/** A clone in `dir` with `origin` pointing at the repository (no credentials in its config). */
class ConfigClone {
    dir;
    access;
    git;
    env;
    constructor(dir, access) {
        this.dir = dir;
        this.access = access;
        this.env = (0,git_access/* gitAccessEnvironment */.IG)(access);
        this.git = new git_src/* GitRepository */.xr(dir, this.env);
    }
    /**
     * Clones `base` (the remote's default branch when empty) at depth 1 into `dir`: one process,
     * one round trip for the refs and one for the objects. Returns the branch and its commit.
     */
    async clone(base) {
        const parent = (0,external_node_path_.dirname)(this.dir);
        (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
        // No hook samples from the template folder: a dozen files less to write on a runner's disk.
        const args = ['clone', '-q', '--depth=1', '--no-tags', '--single-branch', '--template='];
        if (base)
            args.push('--branch', base);
        await this.network('read', base || 'HEAD', () => new git_src/* GitRepository */.xr(parent, this.env).run([...args, '--', this.access.url, this.dir]));
        let heads;
        try {
            // The commit, then (--abbrev-ref applies to what follows it) the branch name.
            heads = (await this.git.run(['rev-parse', 'HEAD', '--abbrev-ref', 'HEAD'])).stdout.trim().split('\n');
        }
        catch {
            throw new src/* UserError */.yo(`${this.access.repository} has no commits on ${base || 'its default branch'}: push a first commit to it, or set the base input`);
        }
        return { commit: heads[0], branch: heads[1] };
    }
    /** Runs a network command, retrying transient failures, wording the rest. */
    async network(operation, ref, run) {
        try {
            return await (0,src/* retry */.L5)(run, { attempts: 3, baseDelayMs: 500, retryable: git_access/* isTransientGitError */.pd });
        }
        catch (error) {
            throw (0,git_access/* describeGitError */.e5)(error, this.access, operation, ref);
        }
    }
    /** The heads of these branches on the remote (absent ones left out). */
    async remoteHeads(branches) {
        const { stdout } = await this.network('read', branches.join(', '), () => this.git.run(['ls-remote', '--heads', 'origin', ...branches.map((branch) => `refs/heads/${branch}`)]));
        const heads = new Map();
        for (const line of stdout.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (sha && ref?.startsWith('refs/heads/'))
                heads.set(ref.slice('refs/heads/'.length), sha);
        }
        return heads;
    }
    /** Fetches one branch's head (depth 1) and checks it out, discarding local changes; returns its commit. */
    async checkout(branch) {
        await this.network('read', branch, () => this.git.fetch(['--depth=1', '--no-tags', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]));
        await this.git.run(['checkout', '-q', '--force', '-B', LOCAL_BRANCH, `refs/remotes/origin/${branch}`]);
        return (await this.git.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    async commit(files, message, identity) {
        await this.git.run(['add', '--', ...files]);
        await (0,git_src/* runGit */.EO)(['-c', 'commit.gpgsign=false', 'commit', '-q', '--no-verify', '-F', '-'], {
            cwd: this.dir,
            input: message.endsWith('\n') ? message : `${message}\n`,
            env: {
                ...this.env,
                GIT_AUTHOR_NAME: identity.name,
                GIT_AUTHOR_EMAIL: identity.email,
                GIT_COMMITTER_NAME: identity.name,
                GIT_COMMITTER_EMAIL: identity.email,
            },
        });
        return (await this.git.run(['rev-parse', 'HEAD'])).stdout.trim();
    }
    /**
     * Pushes HEAD to `branch`. `lease`: replace the branch only if it is at this commit ('' for
     * "must not exist"); without it, fast-forward only. Returns false when the remote refused
     * because the branch moved (the caller fetches and tries again).
     */
    async push(branch, lease) {
        const args = ['push', '--porcelain', '--no-verify', 'origin'];
        if (lease !== undefined)
            args.push(`--force-with-lease=refs/heads/${branch}:${lease}`);
        args.push(`HEAD:refs/heads/${branch}`);
        let result;
        try {
            // Exit code 1: the remote answered, refusing the ref; its reason is on stdout (porcelain).
            result = await (0,src/* retry */.L5)(() => (0,git_src/* runGit */.EO)(args, { cwd: this.dir, env: this.env, okExitCodes: [1] }), {
                attempts: 3,
                baseDelayMs: 500,
                retryable: git_access/* isTransientGitError */.pd,
            });
        }
        catch (error) {
            throw (0,git_access/* describeGitError */.e5)(error, this.access, 'push', branch);
        }
        if (result.exitCode === 0)
            return true;
        const status = result.stdout.toString('utf8');
        // Refused because the branch moved: ahead of what was fetched, or updated by another push
        // while this one was being received (the server then fails to lock or update the ref).
        if (/\[rejected\]\s*\((fetch first|non-fast-forward|stale info|already exists)\)/.test(status) ||
            /\[remote rejected\]\s*\((failed to update ref|failed to lock|cannot lock ref|incorrect old value)/.test(status))
            return false;
        // [remote rejected] (protected branch hook declined) and the like.
        const reason = /\[remote rejected\]\s*\(([^)]*)\)|\[rejected\]\s*\(([^)]*)\)/.exec(status);
        throw (0,git_access/* describeGitError */.e5)(new git_src/* GitError */.XS(args, 1, `${reason ? `error: ${reason[1] ?? reason[2]}\n` : ''}${result.stderr}`), this.access, 'push', branch);
    }
}
async function publish(options) {
    const attempts = options.attempts ?? 5;
    const clone = new ConfigClone(options.dir, options.access);
    const cloned = await clone.clone(options.base);
    const base = cloned.branch;
    const info = options.onInfo ?? (() => { });
    const wait = options.sleep ?? src/* sleep */.yy;
    for (let attempt = 1;; attempt += 1) {
        let target = base;
        let startedFrom = 'base';
        let lease;
        if (options.mode === 'pull-request') {
            target = options.branch;
            const heads = await clone.remoteHeads([options.branch]);
            const existing = heads.get(options.branch);
            if (existing && (await (options.continueBranch?.(base) ?? Promise.resolve(true))))
                startedFrom = 'branch';
            else
                lease = existing ?? '';
        }
        // The first attempt works on the fresh clone; later ones fetch the branch that moved.
        const baseCommit = attempt === 1 ? cloned.commit : await clone.checkout(base);
        const start = startedFrom === 'branch' ? await clone.checkout(options.branch) : attempt === 1 ? cloned.commit : baseCommit;
        if (startedFrom === 'base' && attempt === 1)
            await clone.git.run(['checkout', '-q', '-B', LOCAL_BRANCH]);
        const files = await options.apply(options.dir, attempt);
        if (files.length === 0) {
            const branch = startedFrom === 'branch' ? options.branch : base;
            info(`${options.access.repository} ${branch} at ${start.slice(0, 12)} already has every value: nothing to commit`);
            return { changed: false, commit: start, branch, base, startedFrom, baseCommit, attempts: attempt, files };
        }
        const commit = await clone.commit(files, options.message, options.identity);
        if (await clone.push(target, lease)) {
            info(`pushed ${commit.slice(0, 12)} to ${options.access.repository} ${target}${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
            return { changed: true, commit, branch: target, base, startedFrom, baseCommit, attempts: attempt, files };
        }
        if (attempt >= attempts) {
            throw new src/* UserError */.yo(`${options.access.repository} ${target} kept moving: ${attempts} pushes were refused because other commits landed first; run the job again (or raise push-attempts)`);
        }
        const delay = (0,src/* backoffDelay */.EY)(attempt, 250, 4000);
        info(`${options.access.repository} ${target} moved while this update was made: fetching it and applying the update again in ${delay} ms`);
        await wait(delay);
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/pull-request.ts

/** GitHub's limit on a pull request body. */
const BODY_LIMIT = 65_536;
function pull_request_status(error) {
    return typeof error?.status === 'number' ? error.status : undefined;
}
/** GitHub's own words for a failure (its message and first detail), without the documentation link. */
function githubMessage(error) {
    const failure = error;
    const data = failure?.response?.data;
    const detail = data?.errors?.find((item) => item?.message)?.message;
    const message = data?.message ?? failure?.message ?? String(error);
    return `${message.replace(/\s*-\s*https:\/\/docs\.github\.com\S*/, '')}${detail ? ` (${detail})` : ''}`;
}
/** A GitHub API failure worded for the user, keeping the HTTP status for callers that tolerate some. */
class GitHubApiError extends src/* UserError */.yo {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
function isTransient(error) {
    const code = pull_request_status(error);
    return code === undefined ? !(error instanceof src/* UserError */.yo) : code >= 500 || code === 429;
}
function cut(body) {
    if (body.length <= BODY_LIMIT)
        return body;
    return `${body.slice(0, BODY_LIMIT - 200)}\n\n_…cut at GitHub's size limit; the workflow run's summary has the rest._\n`;
}
class PullRequests {
    token;
    apiUrl;
    repository;
    octokit;
    owner;
    repo;
    constructor(token, apiUrl, repository) {
        this.token = token;
        this.apiUrl = apiUrl;
        this.repository = repository;
        [this.owner, this.repo] = repository.split('/');
    }
    /** The client, made on the first request. */
    client() {
        this.octokit ??= Promise.all(/* import() */[__webpack_require__.e(521), __webpack_require__.e(918)]).then(__webpack_require__.bind(__webpack_require__, 1918)).then(({ getOctokit }) => getOctokit(this.token, { baseUrl: this.apiUrl.replace(/\/+$/, '') }));
        return this.octokit;
    }
    /** Calls the API, retrying 5xx, 429 and network failures, wording the rest with what the token needs. */
    async call(what, permission, request) {
        const octokit = await this.client();
        try {
            return await (0,src/* retry */.L5)(() => request(octokit), { attempts: 3, baseDelayMs: 500, retryable: isTransient });
        }
        catch (error) {
            const code = pull_request_status(error);
            if (code === 401) {
                throw new GitHubApiError(`GitHub refused the token while trying to ${what} on ${this.repository}: give a valid token (it may have expired)`, code);
            }
            if (code === 403) {
                throw new GitHubApiError(`the token cannot ${what} on ${this.repository} (GitHub: ${githubMessage(error)}): it needs the "${permission}" permission on ${this.repository}; a GITHUB_TOKEN also needs "Allow GitHub Actions to create and approve pull requests" in that repository's settings`, code);
            }
            if (code === 404) {
                throw new GitHubApiError(`${this.repository} was not found, or the token cannot see it, while trying to ${what}: check the repository input and the token's access`, code);
            }
            if (error instanceof src/* UserError */.yo)
                throw error;
            throw new GitHubApiError(`GitHub could not ${what} on ${this.repository}: ${githubMessage(error)}`, code);
        }
    }
    /** The open pull request from `branch` into `base`, if there is one. */
    async findOpen(target) {
        const { data } = await this.call('list pull requests', 'pull-requests: read', (octokit) => octokit.rest.pulls.list({
            owner: this.owner,
            repo: this.repo,
            state: 'open',
            head: `${this.owner}:${target.branch}`,
            base: target.base,
            per_page: 10,
        }));
        const found = data.find((pull) => pull.head.ref === target.branch);
        return found && { number: found.number, url: found.html_url, title: found.title, body: found.body ?? '' };
    }
    /**
     * The pull requests of a branch: the open one, and whether only closed or merged ones exist
     * (a branch left from an earlier release) rather than none (a branch just pushed).
     */
    async ofBranch(target) {
        const { data } = await this.call('list pull requests', 'pull-requests: read', (octokit) => octokit.rest.pulls.list({
            owner: this.owner,
            repo: this.repo,
            state: 'all',
            head: `${this.owner}:${target.branch}`,
            base: target.base,
            sort: 'created',
            direction: 'desc',
            per_page: 20,
        }));
        const mine = data.filter((pull) => pull.head.ref === target.branch);
        const open = mine.find((pull) => pull.state === 'open');
        return {
            open: open && { number: open.number, url: open.html_url, title: open.title, body: open.body ?? '' },
            onlyClosed: !open && mine.length > 0,
        };
    }
    /**
     * Creates the pull request, or updates the open one (`update(existing)` gives its new title
     * and body), then adds labels and reviewers.
     */
    async ensure(target, content, options = {}) {
        let existing = await this.findOpen(target);
        let created = false;
        let pull;
        if (!existing) {
            try {
                const { data } = await this.call('open a pull request', 'pull-requests: write', (octokit) => octokit.rest.pulls.create({
                    owner: this.owner,
                    repo: this.repo,
                    base: target.base,
                    head: target.branch,
                    title: content.title,
                    body: cut(content.body),
                    maintainer_can_modify: true,
                }));
                pull = { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
                created = true;
            }
            catch (error) {
                // Another run opened it in between: update that one.
                const duplicate = error instanceof GitHubApiError && error.status === 422 && /already exists/i.test(error.message);
                existing = duplicate ? await this.findOpen(target) : undefined;
                if (!existing)
                    throw error;
            }
        }
        if (existing) {
            const next = options.update ? options.update(existing) : { title: content.title, body: content.body };
            pull = existing;
            if (next.title !== existing.title || next.body !== existing.body) {
                const { data } = await this.call('update a pull request', 'pull-requests: write', (octokit) => octokit.rest.pulls.update({
                    owner: this.owner,
                    repo: this.repo,
                    pull_number: existing.number,
                    title: next.title,
                    body: cut(next.body),
                }));
                pull = { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
            }
        }
        const labels = [...new Set(content.labels ?? [])];
        if (labels.length > 0) {
            await this.call('add labels to a pull request', 'pull-requests: write', (octokit) => octokit.rest.issues.addLabels({ owner: this.owner, repo: this.repo, issue_number: pull.number, labels }));
        }
        const reviewers = (content.reviewers ?? []).map((reviewer) => reviewer.replace(/^@/, ''));
        const users = reviewers.filter((reviewer) => !reviewer.includes('/'));
        const teams = reviewers.filter((reviewer) => reviewer.includes('/')).map((team) => team.split('/').pop());
        if (users.length > 0 || teams.length > 0) {
            try {
                await this.call('request reviewers', 'pull-requests: write', (octokit) => octokit.rest.pulls.requestReviewers({
                    owner: this.owner,
                    repo: this.repo,
                    pull_number: pull.number,
                    reviewers: users,
                    team_reviewers: teams,
                }));
            }
            catch (error) {
                // 422: a reviewer who is not a collaborator, or the pull request's author.
                if (!(error instanceof GitHubApiError) || error.status !== 422)
                    throw error;
                options.onWarning?.(`${error.message}: the pull request is open without those reviewers`);
            }
        }
        return { ...pull, created };
    }
}

;// CONCATENATED MODULE: ./packages/gitops/src/report.ts
/**
 * What an update says about itself: the pull request's description (images, the values
 * written, the diff folded per file) and the rows of the job summary's table. Only the written
 * values and the lines holding them appear: no context lines of the config files.
 */



const SECTION_BREAK = '\n\n---\n\n';
/** Rows of the changes table: file:line, field, image, before → after. */
function changeRows(changes) {
    return changes.map((change) => [
        `${change.file}:${change.line}`,
        (0,src/* code */.aY)(change.field),
        change.rule,
        change.before === '(added)' ? '(added)' : (0,src/* code */.aY)(change.before || '""'),
        change.after === '(removed)' ? '(removed)' : (0,src/* code */.aY)(change.after),
    ]);
}
const CHANGE_HEADERS = ['file', 'field', 'kind', 'before', 'after'];
function imageRows(images, pin) {
    return images.map((image) => [
        image.name,
        (0,src/* code */.aY)(image.repository),
        (0,src/* code */.aY)(image.tag ?? ''),
        (0,src/* code */.aY)(image.digest ?? ''),
        pin,
    ]);
}
/** The diff of every changed file, each folded in its own <details>. */
function foldedDiffs(files) {
    return files
        .map((file) => (0,src/* details */.zH)(`${file.path} (${file.changes.length} value${file.changes.length === 1 ? '' : 's'})`, fileDiff(file), 'diff'))
        .join('\n');
}
/** One update's section of a pull request description. */
function pullRequestSection(plan, context) {
    const parts = [
        `### Images${context.runUrl ? ` released by [this workflow run](${context.runUrl})` : ''}`,
        (0,src/* markdownTable */.Qj)(['image', 'repository', 'tag', 'digest', 'pin'], imageRows(context.images, context.pin)),
    ];
    if (plan.changes.length > 0) {
        parts.push(`### Values written${context.commit ? ` in ${context.commit.slice(0, 12)}` : ''}`);
        parts.push((0,src/* markdownTable */.Qj)(CHANGE_HEADERS, changeRows(plan.changes)));
        parts.push(foldedDiffs(plan.files));
    }
    return parts.join('\n');
}
const EARLIER = '_Earlier updates of this branch: see its commits._';
/** An open pull request's description with a new section added; the oldest sections go when it grows too long. */
function appendSection(existing, section) {
    if (existing.includes(section))
        return existing;
    const sections = existing.trim() === '' ? [] : existing.split(SECTION_BREAK).filter((part) => part !== EARLIER);
    let dropped = existing.includes(EARLIER);
    sections.push(section);
    const text = () => [...(dropped ? [EARLIER] : []), ...sections].join(SECTION_BREAK);
    while (sections.length > 1 && text().length > BODY_LIMIT - 200) {
        sections.shift();
        dropped = true;
    }
    return text();
}

;// CONCATENATED MODULE: ./packages/gitops/src/gitops-update.ts
/**
 * The whole update: clone the config repository shallowly, write the released images into
 * the files under `paths` (only the values change), commit as the workflow's actor, push with
 * re-application when another release raced it, and create or update the one pull request of
 * the branch. Every file is parsed and planned before the first commit: a bad path or a file
 * that does not parse changes nothing.
 */



async function gitopsUpdate(options) {
    if (options.mode === 'pull-request' && !options.pullRequests)
        throw new Error('pull-request mode needs a PullRequests client');
    let plan;
    let openPull;
    const published = await publish({
        dir: options.workdir,
        access: options.access,
        base: options.base,
        mode: options.mode,
        branch: options.branch,
        message: options.message,
        identity: options.identity,
        attempts: options.attempts,
        onInfo: options.onInfo,
        sleep: options.sleep,
        continueBranch: async (base) => {
            const pulls = await options.pullRequests.ofBranch({
                repository: options.access.repository,
                base,
                branch: options.branch,
            });
            openPull = pulls.open;
            return !pulls.onlyClosed;
        },
        apply: (dir) => {
            plan = planConfigUpdate({
                root: dir,
                paths: options.paths,
                images: options.images,
                pin: options.pin,
                fields: options.fields,
            });
            writeConfigUpdate(dir, plan);
            return plan.files.map((file) => file.path);
        },
    });
    const finalPlan = plan;
    const result = {
        changed: published.changed,
        commit: published.commit,
        base: published.base,
        branch: published.branch,
        files: finalPlan.files,
        changes: finalPlan.changes,
        unmatched: finalPlan.unmatched,
        problems: finalPlan.problems,
        attempts: published.attempts,
        scanned: finalPlan.scanned,
    };
    if (options.mode !== 'pull-request')
        return result;
    if (!published.changed) {
        if (published.startedFrom !== 'branch')
            return result;
        // The branch already holds the update: its open pull request is the answer, or, when an
        // earlier run stopped between its push and the pull request, the one opened now.
        if (openPull) {
            result.pullRequest = openPull;
            return result;
        }
    }
    const section = pullRequestSection(finalPlan, {
        images: options.images,
        pin: options.pin,
        runUrl: options.runUrl,
        commit: published.commit,
    });
    const target = { repository: options.access.repository, base: published.base, branch: published.branch };
    result.pullRequest = await options.pullRequests.ensure(target, { title: options.title, body: section, labels: options.labels, reviewers: options.reviewers }, {
        // An open pull request holds earlier (or racing) updates of the branch too: its
        // description gains this update's section.
        update: (existing) => ({ title: options.title, body: appendSection(existing.body, section) }),
        onWarning: options.onWarning,
    });
    return result;
}

// EXTERNAL MODULE: ./packages/gitops/src/release.ts + 2 modules
var release = __webpack_require__(9571);
;// CONCATENATED MODULE: ./packages/gitops/src/index.ts















;// CONCATENATED MODULE: ./actions/gitops-update/src/update.ts
// gitops-update's work once every input is checked (main.ts): clone, write the images, commit,
// push, open or update the pull request, the outputs and the summary. A chunk of its own in
// dist/, loaded after the inputs are read.




async function update(inputs, workdir) {
    const { token, context, repository, pin, mode, images, paths, fields, branch, base } = inputs;
    const { message, title, labels, reviewers, attempts } = inputs;
    const serverUrl = context.serverUrl.replace(/\/+$/, '');
    const apiUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    let result;
    try {
        result = await gitopsUpdate({
            access: { repository, url: `${serverUrl}/${repository}.git`, serverUrl, token },
            base,
            mode,
            branch,
            paths,
            images,
            pin,
            fields,
            message,
            title,
            labels,
            reviewers,
            identity: (0,release/* actorIdentity */.GW)(context),
            workdir,
            attempts,
            runUrl: (0,src/* runUrl */.Vp)(context),
            pullRequests: mode === 'pull-request' ? new PullRequests(token, apiUrl, repository) : undefined,
            onInfo: (line) => core/* info */.pq(line),
            onWarning: (line) => core/* warning */.$e(line),
        });
    }
    finally {
        // The runner empties RUNNER_TEMP at the end of the job (the clone holds no credential):
        // only a clone outside it is removed here.
        if (!context.runnerTemp)
            (0,external_node_fs_.rmSync)(workdir, { recursive: true, force: true });
    }
    for (const image of result.unmatched) {
        core/* warning */.$e(`${image.repository} matches nothing under ${paths.join(', ')} in ${repository}: no kustomize images entry, Helm repository, container image or Flux marker names it (check the paths, or name the field with the fields input)`);
    }
    for (const problem of result.problems)
        core/* warning */.$e(problem);
    core/* info */.pq(`${result.scanned} YAML file(s) read, ${result.changes.length} value(s) written in ${result.files.length} file(s)`);
    for (const file of result.files) {
        core/* startGroup */.Oh(`${file.path}: ${file.changes.length} value(s)`);
        core/* info */.pq(fileDiff(file));
        core/* endGroup */.N4();
    }
    const pull = result.pullRequest;
    (0,src/* setOutput */.uH)('changed', result.changed);
    (0,src/* setOutput */.uH)('commit', result.commit);
    (0,src/* setOutput */.uH)('branch', result.branch);
    (0,src/* setOutput */.uH)('pull-request-number', pull ? String(pull.number) : '');
    (0,src/* setOutput */.uH)('pull-request-url', pull?.url ?? '');
    (0,src/* setListOutput */.SP)('changed-files', result.files.map((file) => file.path));
    const commitUrl = `${serverUrl}/${repository}/commit/${result.commit}`;
    const summary = new src/* SummaryBuilder */.CF().heading(`gitops-update: ${repository}`);
    if (result.changes.length > 0)
        summary.table(CHANGE_HEADERS, changeRows(result.changes));
    summary.text([
        result.changed
            ? `Committed [${result.commit.slice(0, 12)}](${commitUrl}) to ${(0,src/* code */.aY)(result.branch)}${result.attempts > 1 ? ` after ${result.attempts} attempts (other releases landed first; the update was applied again on them)` : ''}.`
            : `Nothing to change: ${(0,src/* code */.aY)(result.branch)} at [${result.commit.slice(0, 12)}](${commitUrl}) already has every value.`,
        pull
            ? `Pull request: [#${pull.number}](${pull.url})${'created' in pull && pull.created ? ' (opened)' : ''}.`
            : '',
        result.unmatched.length > 0
            ? `Not found under the paths: ${result.unmatched.map((image) => (0,src/* code */.aY)(image.repository)).join(', ')}.`
            : '',
    ]
        .filter(Boolean)
        .join('\n\n'));
    if (result.files.length > 0)
        summary.text(foldedDiffs(result.files));
    await summary.write();
}


/***/ })

};
