import * as core from '@actions/core';
import { errorMessage, oneLine, UserError } from './errors.js';
import { annotateError } from './annotations.js';

/**
 * Runs an action's main function. An error becomes a failed step with one clear line;
 * the stack trace is printed only when step debug logging is on.
 */
export async function run(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    fail(error);
  }
}

export function fail(error: unknown): void {
  const message = errorMessage(error);
  if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
  if (error instanceof UserError && (error.file || error.problems.length > 0)) {
    // Each problem at its file and line (a pull request's diff marks the line), then the whole.
    for (const problem of error.problems)
      annotateError(oneLine(problem.message), { file: problem.file, startLine: problem.line });
    annotateError(message, error.file ? { file: error.file, startLine: error.line } : {});
    process.exitCode = core.ExitCode.Failure;
  } else {
    core.setFailed(message);
  }
}
