/**
 * Parsing of what an action writes for the runner: the file commands (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE: `name=value` or `name<<DELIMITER` heredocs) and the
 * workflow commands on stdout (`::error file=a,line=3::message`).
 */

export function parseFileCommands(content: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i].replace(/\r$/, '');
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i += 1;
      while (i < lines.length && lines[i].replace(/\r$/, '') !== delimiter) {
        value.push(lines[i].replace(/\r$/, ''));
        i += 1;
      }
      if (i >= lines.length) throw new Error(`file command "${name}" has no closing delimiter ${delimiter}`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`invalid file command line: ${line}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  title?: string;
}

export interface WorkflowCommands {
  annotations: Annotation[];
  masks: string[];
  /** The log as the runner would show it: commands removed, masked values replaced by ***. */
  log: string;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function parseWorkflowCommands(stdout: string): WorkflowCommands {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  const logLines: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) {
      logLines.push(line);
      continue;
    }
    const [, command, rawProperties = '', data] = match;
    const properties: Record<string, string> = {};
    for (const pair of rawProperties.split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    const message = unescapeData(data);
    if (command === 'add-mask') masks.push(message);
    else if (command === 'error' || command === 'warning' || command === 'notice') {
      annotations.push({
        level: command,
        message,
        file: properties.file,
        line: properties.line ? Number(properties.line) : undefined,
        title: properties.title,
      });
      logLines.push(`${command === 'error' ? 'Error' : command === 'warning' ? 'Warning' : 'Notice'}: ${message}`);
    } else if (command === 'debug') logLines.push(`##[debug]${message}`);
    else if (command === 'group') logLines.push(`▶ ${message}`);
    else if (command === 'endgroup') continue;
    else logLines.push(line);
  }
  return { annotations, masks, log: applyMasks(logLines.join('\n'), masks) };
}

/** Replaces masked values the way the runner does before a line reaches the log. */
export function applyMasks(text: string, masks: readonly string[]): string {
  let result = text;
  for (const mask of [...masks].sort((a, b) => b.length - a.length)) {
    if (mask) result = result.split(mask).join('***');
  }
  return result;
}
