/**
 * What a run shows while it goes: each job and step as it starts and ends, the step's log
 * lines (workflow commands rendered, secrets masked), each step's job summary rendered for
 * the terminal, approval gates, and a final table of jobs with their outcome.
 */
import { type Style, renderMarkdown } from './terminal-markdown.js';

export type Outcome = 'success' | 'failure' | 'cancelled' | 'skipped';

export interface JobReport {
  label: string;
  result: Outcome;
  durationMs: number;
  environment?: string;
  url?: string;
  /** One line: why it failed, was cancelled or skipped. */
  note?: string;
}

export interface Reporter {
  runStarted(title: string): void;
  jobStarted(label: string, detail?: string): void;
  jobFinished(report: JobReport): void;
  stepStarted(job: string, step: string): void;
  /** One line of a step's log, already masked. */
  stepLine(job: string, line: string): void;
  stepFinished(job: string, step: string, outcome: Outcome, durationMs: number, note?: string): void;
  summary(job: string, step: string, markdown: string): void;
  notice(job: string, message: string): void;
  runFinished(title: string, result: Outcome, jobs: JobReport[], durationMs: number): void;
}

const ICON: Record<Outcome, string> = { success: '✓', failure: '✗', cancelled: '⊘', skipped: '–' };

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Writes to a stream (the terminal, or a buffer in tests); colours when asked. */
export class TextReporter implements Reporter {
  private readonly style: Style & { colour(outcome: Outcome, text: string): string };

  constructor(
    private readonly write: (text: string) => void,
    options: { colour?: boolean; stepLogs?: boolean } = {},
  ) {
    const on = options.colour ?? false;
    const codes: Record<Outcome, number> = { success: 32, failure: 31, cancelled: 33, skipped: 90 };
    this.style = {
      bold: (t) => (on ? `\x1b[1m${t}\x1b[0m` : t),
      dim: (t) => (on ? `\x1b[2m${t}\x1b[0m` : t),
      colour: (o, t) => (on ? `\x1b[${codes[o]}m${t}\x1b[0m` : t),
    };
    this.stepLogs = options.stepLogs ?? true;
  }

  private readonly stepLogs: boolean;

  private line(text: string): void {
    this.write(`${text}\n`);
  }

  runStarted(title: string): void {
    this.line(this.style.bold(`▶ ${title}`));
  }

  jobStarted(label: string, detail?: string): void {
    this.line(`${this.style.bold(`● ${label}`)}${detail ? this.style.dim(`  ${detail}`) : ''}`);
  }

  jobFinished(report: JobReport): void {
    const text = `${ICON[report.result]} ${report.label} ${report.result} in ${seconds(report.durationMs)}${report.note ? `: ${report.note}` : ''}`;
    this.line(this.style.colour(report.result, text));
  }

  stepStarted(job: string, step: string): void {
    this.line(`  ${this.style.dim(`${job} ›`)} ${step}`);
  }

  stepLine(_job: string, line: string): void {
    if (this.stepLogs) this.line(this.style.dim(`    │ ${line}`));
  }

  stepFinished(job: string, step: string, outcome: Outcome, durationMs: number, note?: string): void {
    const text = `  ${ICON[outcome]} ${step} (${seconds(durationMs)})${note ? `: ${note}` : ''}`;
    this.line(this.style.colour(outcome, text));
  }

  summary(job: string, step: string, markdown: string): void {
    const rendered = renderMarkdown(markdown, this.style);
    if (!rendered) return;
    this.line(`    ${this.style.bold(`┌ job summary of ${job} › ${step}`)}`);
    for (const line of rendered.split('\n')) this.line(`    │ ${line}`);
    this.line('    └');
  }

  notice(job: string, message: string): void {
    this.line(`  ${this.style.dim(`${job} ›`)} ${message}`);
  }

  runFinished(title: string, result: Outcome, jobs: JobReport[], durationMs: number): void {
    const rows = jobs.map((j) => [
      `${ICON[j.result]} ${j.label}`,
      j.result,
      seconds(j.durationMs),
      [j.environment, j.url].filter(Boolean).join(' '),
      j.note ?? '',
    ]);
    const header = ['job', 'outcome', 'time', 'environment', 'note'];
    const widths = header.map((h, i) => Math.min(70, Math.max(h.length, ...rows.map((r) => [...r[i]].length))));
    const format = (row: string[]) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    this.line('');
    this.line(this.style.bold(`${title}: ${result} in ${seconds(durationMs)}`));
    this.line(this.style.bold(format(header)));
    jobs.forEach((job, index) => this.line(this.style.colour(job.result, format(rows[index]))));
  }
}
