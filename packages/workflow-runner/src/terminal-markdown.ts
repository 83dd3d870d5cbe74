/**
 * A job summary (GitHub-flavoured Markdown with a little HTML) rendered for a terminal:
 * headings in bold, tables as aligned columns, <details> opened with its summary as a
 * heading, code spans and HTML entities unwrapped.
 */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
}

const plainStyle: Style = { bold: (t) => t, dim: (t) => t };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

function inline(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?(?:code|b|strong|em|i|sub|sup|span|a)(?:\s[^>]*)?>/gi, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity]);
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => inline(cell.trim().replace(/\\\|/g, '|')));
}

function table(rows: string[], style: Style): string[] {
  const parsed = rows.filter((row) => !/^\s*\|?\s*:?-{2,}/.test(row)).map(cells);
  const widths: number[] = [];
  for (const row of parsed)
    row.forEach((cell, i) => (widths[i] = Math.min(60, Math.max(widths[i] ?? 0, [...cell].length))));
  return parsed.map((row, index) => {
    const line = row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
    return index === 0 ? style.bold(line) : line;
  });
}

export function renderMarkdown(markdown: string, style: Style = plainStyle): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`  ${line}`);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      const rows: string[] = [];
      while (i < lines.length && /^\s*\|/.test(lines[i])) rows.push(lines[i++]);
      i -= 1;
      out.push(...table(rows, style));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(style.bold(inline(heading[2])));
      continue;
    }
    const summary = /<summary>(.*?)<\/summary>/i.exec(line);
    if (summary) {
      out.push(style.bold(`▸ ${inline(summary[1])}`));
      continue;
    }
    const stripped = line.replace(/<\/?(?:details|summary|pre|p|div)(?:\s[^>]*)?>/gi, '');
    if (stripped.trim() === '' && line.trim() !== '') continue;
    out.push(inline(stripped));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
