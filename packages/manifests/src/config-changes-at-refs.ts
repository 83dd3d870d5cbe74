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
import { isAbsolute, relative } from 'node:path';
import { InputError, UserError, resolveInWorkspace, type GitHubContext } from '@kra/core';
import { isZeroId, locateRepository, readFilesAtCommits, resolveBase, resolveRef, type BaseResolution } from '@kra/git';
import {
  compareManifests,
  parseFiles,
  selectManifestFiles,
  summariseObject,
  type ComparedObject,
  type ConfigDiff,
} from './config-changes.js';
import { renderAtCommit, renderAnchors } from './render/at-commit.js';
import type { RenderRequest } from './render/index.js';
import { failOnIssues } from './issues.js';
import { validateStructure } from './validate.js';
import { DEFAULT_MAX_FILE_BYTES } from './yaml.js';

export interface RefComparisonInputs {
  /** The workspace. */
  root: string;
  /** The `paths` input: files, folders and globs, relative to the workspace (or absolute inside it). */
  paths: readonly string[];
  /** The `exclude` input. */
  exclude: readonly string[];
  /** The `head` input; empty or zeros: github.sha, else the checkout's HEAD. */
  head: string;
  /** The `base` input; empty: chosen from the event (see resolveBase). */
  base: string;
  /** Glob of release tags, for the previous release. */
  tagPattern: string;
  /** The namespace of objects that name none (the `namespace` input), or ''. */
  namespace: string;
  context: Pick<GitHubContext, 'sha' | 'eventName' | 'ref' | 'refName' | 'refType' | 'payload'>;
  /** A chart and overlays to render at both commits (the rendering inputs); paths may then be empty. */
  render?: RenderRequest;
  onInfo?: (message: string) => void;
  onWarning?: (message: string) => void;
}

export interface RefComparison {
  head: string;
  base: BaseResolution;
  diff: ConfigDiff;
}

/** The patterns as paths relative to the workspace; a path leaving the workspace is refused. */
function workspacePatterns(patterns: readonly string[], input: string, root: string): string[] {
  return patterns.map((pattern) => {
    const absolute = resolveInWorkspace(pattern, input, root);
    return isAbsolute(pattern) ? relative(root, absolute).split('\\').join('/') : pattern;
  });
}

export async function compareConfigsAtRefs(inputs: RefComparisonInputs): Promise<RefComparison> {
  const { root, namespace } = inputs;
  const paths = workspacePatterns(inputs.paths, 'paths', root);
  const exclude = workspacePatterns(inputs.exclude, 'exclude', root);
  const headInput = [inputs.head, inputs.context.sha].find((ref) => ref !== '' && !isZeroId(ref)) ?? 'HEAD';

  const anchors = [...paths, ...renderAnchors(inputs.render)];
  const located = await locateRepository(root, anchors);
  if (!located) {
    throw new UserError(
      `The workspace ${root} holds no git repository at "${anchors[0] ?? '.'}": run actions/checkout (with fetch-depth: 0) before this step`,
    );
  }
  const repo = located.repository;
  // Paths and globs relative to the repository top, as git lists files; shown relative to the workspace.
  const inRepository = (patterns: string[], input: string) =>
    patterns.map((pattern) => {
      const path = located.toRepository(pattern);
      if (path === undefined) {
        throw new InputError(
          input,
          `path "${pattern}" is not inside the git repository at ${located.top}: give paths in the checkout`,
        );
      }
      return path;
    });
  const repoPaths = inRepository(paths, 'paths');
  const repoExclude = inRepository(exclude, 'exclude');
  const givenAs = new Map(repoPaths.map((path, i) => [path, inputs.paths[i]]));
  const display = (path: string) => located.toWorkspace(path);

  const head = await resolveRef(repo, headInput, 'head');
  const base = await resolveBase(repo, {
    base: inputs.base || undefined,
    head,
    tagPattern: inputs.tagPattern,
    context: inputs.context,
  });
  for (const note of base.notes) inputs.onInfo?.(note);
  inputs.onInfo?.(`Comparing head ${head.slice(0, 12)} with ${base.description}.`);

  const names = new Map([[head, `head ${head.slice(0, 12)}`]]);
  if (base.commit && base.commit !== head) names.set(base.commit, `base ${base.tag ?? base.commit.slice(0, 12)}`);
  const commits = base.commit ? [head, base.commit] : [head];
  const files = await readFilesAtCommits(repo, commits, {
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    display,
    describe: (commit) => names.get(commit) ?? commit.slice(0, 12),
    select: (all, commit) => {
      if (repoPaths.length === 0) return [];
      const selection = selectManifestFiles(all, repoPaths, repoExclude);
      if (commit === head && selection.unmatched.length > 0) {
        throw new UserError(
          `Input "paths": "${givenAs.get(selection.unmatched[0]) ?? selection.unmatched[0]}" matches no manifest file at head ${head.slice(0, 12)}: fix the path or commit the files`,
        );
      }
      if (commit === head && selection.files.length === 0) {
        throw new UserError(
          `Input "paths" selects no manifest file at head ${head.slice(0, 12)}: give files, folders or globs of .yaml, .yml or .json files`,
        );
      }
      return selection.files;
    },
  });

  // A file that is the same blob at the same path at both refs is parsed once, for both.
  const fileKey = (file: { path: string; object: string }) => `${file.object} ${file.path}`;
  const keysAt = (commit: string | undefined) => new Set((commit ? files.get(commit)! : []).map(fileKey));
  const headKeys = keysAt(head);
  const baseKeys = keysAt(base.commit);
  const cache = new Map<string, ComparedObject[]>();
  const headObjects = parseFiles(
    files.get(head)!,
    { display, unchanged: (file) => baseKeys.has(fileKey(file)) },
    cache,
  );
  const render = inputs.render;
  if (render) {
    const rendered = await renderAtCommit(located, head, render, names.get(head)!);
    for (const loaded of rendered) headObjects.push(summariseObject(loaded, true));
  }
  failOnIssues(validateStructure(headObjects, { defaultNamespace: namespace || 'default' }), { where: 'at head' });
  let baseObjects: ComparedObject[] | undefined;
  if (base.commit) {
    const ref = names.get(base.commit) ?? names.get(head)!;
    baseObjects = parseFiles(
      files.get(base.commit)!,
      {
        display,
        unchanged: (file) => headKeys.has(fileKey(file)),
        onError: (error) =>
          inputs.onWarning?.(
            `Skipped at ${ref} (it cannot be fixed there, so its objects count as absent): ${error.message}`,
          ),
      },
      cache,
    );
    if (render) {
      try {
        const rendered = await renderAtCommit(located, base.commit, render, ref);
        for (const loaded of rendered) baseObjects.push(summariseObject(loaded, true));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        inputs.onWarning?.(
          `Not rendered at ${ref} (it cannot be fixed there, so its objects count as absent): ${error.message}`,
        );
      }
    }
  } else {
    inputs.onInfo?.('No base to compare with: every ConfigMap and Secret at head counts as added.');
  }
  files.clear(); // the objects are parsed: the file contents (one buffer from git) can go

  return { head, base, diff: compareManifests(baseObjects, headObjects, { namespace: namespace || undefined }) };
}
