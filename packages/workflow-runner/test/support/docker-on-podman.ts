/**
 * A `docker` for a machine that has podman only (rehearsals and tests): `docker compose build`
 * builds the Compose services through compose-build.ts, everything else goes to podman.
 * Returns the folder to put first on PATH.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@kra/local-runner';

export function dockerOnPodman(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  const script = join(repoRoot(), 'packages/workflow-runner/test/support/compose-build.ts');
  const tsx = import.meta.resolve('tsx');
  writeFileSync(
    join(bin, 'docker'),
    `#!/usr/bin/env bash\n# docker on podman (rehearsal only)\nif [ "\${1:-}" = compose ] && [ "\${2:-}" = build ]; then shift 2; exec node --import "${tsx}" "${script}" "$@"; fi\nexec podman "$@"\n`,
  );
  chmodSync(join(bin, 'docker'), 0o755);
  return bin;
}
