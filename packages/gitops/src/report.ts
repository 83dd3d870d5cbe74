/**
 * What an update says about itself: the pull request's description (images, the values
 * written, the diff folded per file) and the rows of the job summary's table. Only the written
 * values and the lines holding them appear: no context lines of the config files.
 */
import { markdownTable, details, code } from '@kra/core';
import type { FileUpdate, UpdatePlan } from './config-files.js';
import { fileDiff } from './diff.js';
import type { Pin, ReleasedImage } from './images.js';
import type { FieldChange } from './rules.js';
import { BODY_LIMIT } from './pull-request.js';

const SECTION_BREAK = '\n\n---\n\n';

/** Rows of the changes table: file:line, field, image, before → after. */
export function changeRows(changes: readonly FieldChange[]): string[][] {
  return changes.map((change) => [
    `${change.file}:${change.line}`,
    code(change.field),
    change.rule,
    change.before === '(added)' ? '(added)' : code(change.before || '""'),
    change.after === '(removed)' ? '(removed)' : code(change.after),
  ]);
}

export const CHANGE_HEADERS = ['file', 'field', 'kind', 'before', 'after'];

function imageRows(images: readonly ReleasedImage[], pin: Pin): string[][] {
  return images.map((image) => [
    image.name,
    code(image.repository),
    code(image.tag ?? ''),
    code(image.digest ?? ''),
    pin,
  ]);
}

/** The diff of every changed file, each folded in its own <details>. */
export function foldedDiffs(files: readonly FileUpdate[]): string {
  return files
    .map((file) =>
      details(
        `${file.path} (${file.changes.length} value${file.changes.length === 1 ? '' : 's'})`,
        fileDiff(file),
        'diff',
      ),
    )
    .join('\n');
}

/** One update's section of a pull request description. */
export function pullRequestSection(
  plan: UpdatePlan,
  context: { images: readonly ReleasedImage[]; pin: Pin; runUrl?: string; commit?: string },
): string {
  const parts = [
    `### Images${context.runUrl ? ` released by [this workflow run](${context.runUrl})` : ''}`,
    markdownTable(['image', 'repository', 'tag', 'digest', 'pin'], imageRows(context.images, context.pin)),
  ];
  if (plan.changes.length > 0) {
    parts.push(`### Values written${context.commit ? ` in ${context.commit.slice(0, 12)}` : ''}`);
    parts.push(markdownTable(CHANGE_HEADERS, changeRows(plan.changes)));
    parts.push(foldedDiffs(plan.files));
  }
  return parts.join('\n');
}

const EARLIER = '_Earlier updates of this branch: see its commits._';

/** An open pull request's description with a new section added; the oldest sections go when it grows too long. */
export function appendSection(existing: string, section: string): string {
  if (existing.includes(section)) return existing;
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
