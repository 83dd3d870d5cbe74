/**
 * An error the user can fix. Its message is one line: what is wrong, where, and what to do.
 * `run()` prints it without a stack trace (the stack only appears with ACTIONS_STEP_DEBUG).
 */
export class UserError extends Error {
  /** Where the problem is, when it is a file: used for an error annotation. */
  readonly file?: string;
  readonly line?: number;
  /** The problems one by one, each at its own file and line: one error annotation each. */
  readonly problems: ProblemAt[];

  constructor(message: string, where?: { file?: string; line?: number; cause?: unknown; problems?: ProblemAt[] }) {
    super(oneLine(message), where?.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'UserError';
    this.file = where?.file;
    this.line = where?.line;
    this.problems = where?.problems ?? [];
  }
}

/** One problem of a UserError at its file and line (an object of a manifest). */
export interface ProblemAt {
  message: string;
  file: string;
  line?: number;
}

/** A bad action input: names the input and what it accepts. */
export class InputError extends UserError {
  readonly input: string;
  constructor(input: string, problem: string) {
    super(`Input "${input}" ${problem}`);
    this.name = 'InputError';
    this.input = input;
  }
}

/** Collapse whitespace and line breaks so a message stays on one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\r?\n\s*/g, ' ').trim();
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return oneLine(error.message || error.name);
  return oneLine(String(error));
}

/**
 * The error a step fails with when some images of a batch failed: the first failure's own
 * error when it is a bug (not the user's), else one line naming it and what the batch did.
 */
export function firstImageFailure(
  failed: readonly { name: string; repository: string; error?: unknown }[],
  tally: string,
): Error {
  const first = failed[0];
  if (!(first.error instanceof UserError))
    return first.error instanceof Error ? first.error : new Error(String(first.error));
  return new UserError(
    `${first.name} (${first.repository}): ${errorMessage(first.error)} — ${tally}; the summary and the not-written output list them`,
  );
}
