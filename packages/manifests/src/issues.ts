import { UserError, annotateError, omittedAnnotations } from '@kra/core';
import type { ManifestIssue } from './types.js';
import { formatIssue } from './validate.js';
import { showFile } from './yaml.js';

/**
 * Fails on manifest issues: each one an error annotation at its file and line, then one
 * line naming the first (`Invalid manifest at head: k8s/web.yaml:3: …`). Does nothing when
 * there are none. `where` says which manifests (`at head`), for a comparison of two refs.
 */
export function failOnIssues(issues: readonly ManifestIssue[], options: { root?: string; where?: string } = {}): void {
  if (issues.length === 0) return;
  const { root } = options;
  const where = options.where ? ` ${options.where}` : '';
  for (const issue of issues) {
    annotateError(formatIssue(issue, root), { file: showFile(issue.source.file, root), startLine: issue.source.line });
  }
  const first = formatIssue(issues[0], root);
  const more = omittedAnnotations() > 0 ? ` (${omittedAnnotations()} not annotated, see the log)` : '';
  throw new UserError(
    issues.length === 1
      ? `Invalid manifest${where}: ${first}`
      : `${issues.length} problems in the manifests${where}${more}; the first: ${first}`,
  );
}
