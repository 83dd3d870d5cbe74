import { applyMasks, parseWorkflowCommands } from '@kra/local-runner';

/**
 * The values a job must never print: its secrets (whole, line by line, and base64, as the
 * runner masks them) and whatever a step registers with ::add-mask::.
 */
export class Masker {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (!value) return;
    for (const part of [value, ...value.split(/\r?\n/), Buffer.from(value).toString('base64')]) {
      const trimmed = part.trim();
      if (trimmed.length >= 4) this.values.add(trimmed);
    }
  }

  apply(text: string): string {
    return applyMasks(text, [...this.values]);
  }

  /**
   * Turns a step's output into log lines as they arrive: workflow commands rendered or
   * consumed (add-mask), masks applied, partial lines kept until their end arrives.
   */
  lineSplitter(emit: (line: string) => void): { write(chunk: string): void; end(): void } {
    let pending = '';
    const line = (raw: string) => {
      const parsed = parseWorkflowCommands(raw);
      for (const mask of parsed.masks) this.add(mask);
      if (parsed.masks.length > 0 && parsed.log.trim() === '') return;
      emit(this.apply(parsed.log));
    };
    return {
      write: (chunk) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        for (const item of lines) line(item);
      },
      end: () => {
        if (pending) line(pending);
        pending = '';
      },
    };
  }
}
