import { isAbsolute, relative } from 'node:path';
import * as core from '@actions/core';
import {
  InputError,
  SummaryBuilder,
  UserError,
  annotateError,
  githubContext,
  omittedAnnotations,
  readList,
  readString,
  resolveInWorkspace,
  setJsonOutput,
  setOutput,
  workspaceRoot,
} from '@kra/core';
import { isZeroId, locateRepository, readFilesAtCommits, resolveBase, resolveRef } from '@kra/git';
import {
  DEFAULT_MAX_FILE_BYTES,
  compareManifests,
  formatIssue,
  parseFiles,
  selectManifestFiles,
  validateStructure,
  type AffectedWorkload,
  type ComparedObject,
  type ConfigChange,
  type LoadedObject,
} from '@kra/manifests';

function label(entry: { kind: string; name: string; namespace?: string }): string {
  return `${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name}`;
}

/** The patterns as paths relative to the workspace; a path leaving the workspace is refused. */
function workspacePatterns(patterns: string[], input: string, root: string): string[] {
  return patterns.map((pattern) => {
    const absolute = resolveInWorkspace(pattern, input, root);
    return isAbsolute(pattern) ? relative(root, absolute).split('\\').join('/') : pattern;
  });
}

/** Fails on structural problems at head, each annotated at its file and line. */
function checkStructure(objects: LoadedObject[], namespace: string): void {
  const issues = validateStructure(objects, { defaultNamespace: namespace || 'default' });
  if (issues.length === 0) return;
  for (const issue of issues)
    annotateError(formatIssue(issue), { file: issue.source.file, startLine: issue.source.line });
  const first = formatIssue(issues[0]);
  const more = omittedAnnotations() > 0 ? ` (${omittedAnnotations()} not annotated, see the log)` : '';
  throw new UserError(
    issues.length === 1
      ? `Invalid manifest at head: ${first}`
      : `${issues.length} problems in the manifests at head${more}; the first: ${first}`,
  );
}

export async function main(): Promise<void> {
  const root = workspaceRoot();
  const patterns = readList('paths');
  if (patterns.length === 0) readString('paths', { required: true });
  const paths = workspacePatterns(patterns, 'paths', root);
  const exclude = workspacePatterns(readList('exclude'), 'exclude', root);
  const context = githubContext();
  // `head` defaults to github.sha; outside a workflow (no sha, or zeros) the checkout's HEAD.
  const headInput = [readString('head'), context.sha].find((ref) => ref !== '' && !isZeroId(ref)) ?? 'HEAD';
  const baseInput = readString('base');
  const tagPattern = readString('tag-pattern', { default: 'v*' });
  const namespace = readString('namespace');

  const located = await locateRepository(root, paths);
  if (!located) {
    throw new UserError(
      `The workspace ${root} holds no git repository at "${paths[0]}": run actions/checkout (with fetch-depth: 0) before this step`,
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
  const givenAs = new Map(repoPaths.map((path, i) => [path, patterns[i]]));
  const display = (path: string) => located.toWorkspace(path);

  const head = await resolveRef(repo, headInput, 'head');
  const base = await resolveBase(repo, { base: baseInput || undefined, head, tagPattern, context });
  for (const note of base.notes) core.info(note);
  core.info(`Comparing head ${head.slice(0, 12)} with ${base.description}.`);

  const names = new Map([[head, `head ${head.slice(0, 12)}`]]);
  if (base.commit && base.commit !== head) names.set(base.commit, `base ${base.tag ?? base.commit.slice(0, 12)}`);
  const files = await readFilesAtCommits(repo, base.commit ? [head, base.commit] : [head], {
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    display,
    describe: (commit) => names.get(commit) ?? commit.slice(0, 12),
    select: (all, commit) => {
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
  checkStructure(headObjects, namespace);
  let baseObjects: ComparedObject[] | undefined;
  if (base.commit) {
    const ref = names.get(base.commit) ?? names.get(head)!;
    baseObjects = parseFiles(
      files.get(base.commit)!,
      {
        display,
        unchanged: (file) => headKeys.has(fileKey(file)),
        onError: (error) =>
          core.warning(
            `Skipped at ${ref} (it cannot be fixed there, so its objects count as absent): ${error.message}`,
          ),
      },
      cache,
    );
  } else {
    core.info('No base to compare with: every ConfigMap and Secret at head counts as added.');
  }
  files.clear(); // the objects are parsed: the file contents (one buffer from git) can go

  const diff = compareManifests(baseObjects, headObjects, { namespace: namespace || undefined });

  // Everything is worked out before the first output, so a failure leaves none behind.
  setJsonOutput('changed-configs', diff.changedConfigs);
  setOutput('changed-configs-list', diff.changedConfigs.map((c) => `${c.change} ${label(c)}`).join('\n'));
  setJsonOutput('affected-workloads', diff.affectedWorkloads);
  setOutput('affected-workloads-list', diff.affectedWorkloads.map(label).join('\n'));
  setJsonOutput('restart', diff.restart);
  setOutput('restart-list', diff.restart.map(label).join('\n'));
  setJsonOutput('checksums', diff.checksums);
  setOutput('any-changed', diff.changedConfigs.length > 0);
  setOutput('base', base.commit ?? '');
  setOutput('head', head);

  logResult(diff.changedConfigs, diff.affectedWorkloads, Object.keys(diff.checksums).length);
  await writeSummary(diff.changedConfigs, diff.affectedWorkloads, base.description, head);
}

function logResult(changed: ConfigChange[], affected: AffectedWorkload[], checksums: number): void {
  core.info(changed.length === 0 ? 'No ConfigMap or Secret changed.' : `${changed.length} config(s) changed:`);
  for (const config of changed) core.info(`  ${config.change.padEnd(8)} ${label(config)}`);
  for (const workload of affected) {
    const reads = workload.configs.map((c) => `${label(c)} (${c.via.join(', ')})`).join('; ');
    const verdict = workload.restart
      ? 'restart'
      : workload.specChanged
        ? 'rolls by itself (its pod template changed)'
        : 'not restartable (no rolling update)';
    core.info(`  ${label(workload)} at ${workload.file}:${workload.line} reads ${reads}: ${verdict}`);
  }
  core.info(
    `${affected.filter((w) => w.restart).length} workload(s) to restart; checksums for ${checksums} workload(s).`,
  );
}

async function writeSummary(
  changed: ConfigChange[],
  affected: AffectedWorkload[],
  description: string,
  head: string,
): Promise<void> {
  const restart = affected.filter((w) => w.restart);
  const summary = new SummaryBuilder()
    .heading(`Config changes: ${changed.length} config(s) changed, ${restart.length} workload(s) to restart`)
    .table(
      ['change', 'kind', 'namespace', 'name'],
      changed.map((c) => [c.change, c.kind, c.namespace ?? '', c.name]),
    );
  if (affected.length > 0) {
    summary.table(
      ['workload', 'namespace', 'reads', 'restart', 'file'],
      affected.map((w) => [
        `${w.kind} ${w.name}`,
        w.namespace ?? '',
        w.configs.map((c) => `${c.kind} ${c.name} (${c.change})`).join(', '),
        w.restart ? 'yes' : w.specChanged ? 'no: its pod template changed' : 'no: not a rolling workload',
        `${w.file}:${w.line}`,
      ]),
    );
  }
  summary.text(`Compared head \`${head.slice(0, 12)}\` with ${description}.`);
  await summary.write();
}
