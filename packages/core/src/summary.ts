import * as core from '@actions/core';
import { type GitHubContext, commitUrl, runUrl } from './github-context.js';

/** GitHub refuses a step summary over 1 MiB; we keep ours well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024;

export type Cell = string | number | boolean | undefined;

/** Escapes text for a Markdown table cell. */
export function cell(value: Cell): string {
  if (value === undefined || value === '') return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function code(value: string): string {
  return value === '' ? '' : `\`${value.replace(/`/g, "'")}\``;
}

/** A Markdown link, or the text alone when there is no URL (a run outside GitHub). */
export function link(text: string, url: string): string {
  return url ? `[${text.replace(/[[\]]/g, '\\$&')}](${url})` : text;
}

/** Links to the commit and the run (and whatever else is given) on one line: `commit [abc123](…) · [run](…)`. */
export function linkLine(links: ReadonlyArray<readonly [label: string, url: string]>): string {
  return links
    .filter(([, url]) => url !== '')
    .map(([label, url]) => link(label, url))
    .join(' · ');
}

/** The links of a summary about the run's own commit: that commit and the run. */
export function commitAndRunLinks(context: GitHubContext): Array<[label: string, url: string]> {
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
export function shortDigests(text: string): string {
  return text.replace(DIGEST, '$1');
}

/** A Markdown table; rows past `maxRows` are replaced by a line saying how many were left out. */
export function markdownTable(headers: readonly string[], rows: readonly Cell[][], maxRows = 500): string {
  const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const row of rows.slice(0, maxRows)) lines.push(`| ${row.map(cell).join(' | ')} |`);
  let text = lines.join('\n') + '\n';
  if (rows.length > maxRows) text += `\n_…and ${rows.length - maxRows} more rows (see the step log)._\n`;
  return text;
}

/** A folded section (`<details>`) with preformatted text inside. */
export function details(summaryLine: string, body: string, language = ''): string {
  const fence = body.includes('```') ? '~~~~' : '```';
  return `<details><summary>${escapeHtml(summaryLine)}</summary>\n\n${fence}${language}\n${body}\n${fence}\n\n</details>\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Builds a job summary from sections (the table first, by convention) and writes it,
 * cutting it at the size GitHub accepts.
 */
export class SummaryBuilder {
  private readonly parts: string[] = [];

  /**
   * `redact` is applied to the whole text: a summary is not masked line by line, so one that
   * can repeat what a cluster said (a container log, an event) takes the Secret values out.
   */
  constructor(private readonly redact: (text: string) => string = (text) => text) {}

  heading(text: string, level = 2): this {
    this.parts.push(`${'#'.repeat(level)} ${text}\n`);
    return this;
  }

  table(headers: readonly string[], rows: readonly Cell[][], maxRows?: number): this {
    this.parts.push(markdownTable(headers, rows, maxRows));
    return this;
  }

  /** A paragraph; nothing when it is empty. */
  text(markdown: string): this {
    if (markdown === '') return this;
    this.parts.push(markdown.endsWith('\n') ? markdown : markdown + '\n');
    return this;
  }

  /** A folded section; nothing when the body is empty. */
  details(summaryLine: string, body: string, language = ''): this {
    if (body === '') return this;
    this.parts.push(details(summaryLine, body, language));
    return this;
  }

  toString(): string {
    const text = this.redact(this.parts.join('\n'));
    if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES) return text;
    const cut = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES).toString('utf8');
    return cut + '\n\n_The summary was cut at 1 MiB; the step log has everything._\n';
  }

  async write(): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(this.toString()).write();
  }
}
