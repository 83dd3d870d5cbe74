import type { ImageListEntry } from '@kra/core';
import type { PushResult } from '@kra/registry';
import { writeImageListOutputs } from '@kra/registry/inputs';

/** Every output of push-images; on a failure, exactly what was written. */
export function writeOutputs(results: readonly PushResult[]): void {
  const entries: ImageListEntry[] = results
    .filter((result) => result.digest !== '')
    .map(({ name, repository, tags, digest, ref }) => ({ name, repository, tags, digest, ref }));
  const notWritten = results.flatMap((result) =>
    result.notWritten.map(({ tag, reason }) => ({ repository: result.repository, tag, reason })),
  );
  writeImageListOutputs(entries, notWritten);
}
