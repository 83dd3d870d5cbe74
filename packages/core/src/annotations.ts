import * as core from '@actions/core';

/** GitHub shows at most 10 error annotations per step; we stop there and say how many were left out. */
export const MAX_ERROR_ANNOTATIONS = 10;

let errorCount = 0;
let omitted = 0;

export function annotateError(message: string, properties: core.AnnotationProperties = {}): void {
  if (errorCount >= MAX_ERROR_ANNOTATIONS) {
    omitted += 1;
    core.info(`error: ${message}${properties.file ? ` (${properties.file}:${properties.startLine ?? 1})` : ''}`);
    return;
  }
  errorCount += 1;
  core.error(message, properties);
}

export function omittedAnnotations(): number {
  return omitted;
}

export function resetAnnotationsForTest(): void {
  errorCount = 0;
  omitted = 0;
}
