/**
 * Where the Go-built binaries are: `<repo>/.tmp/bin`, written by tools/build.sh at the versions
 * pinned in tools/<module>/go.mod, and the KWOK files build.sh copies from the pinned kwok
 * module (the Stage CRD and KWOK's node stages) into `<repo>/.tmp/share/kwok`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const COMPONENTS = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kwok'] as const;
type Component = (typeof COMPONENTS)[number];

export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

export interface ToolPaths {
  bin: Record<Component, string>;
  kwokShare: string;
}

/** The binaries and KWOK files, or one line saying what is missing and how to build it. */
export function findTools(binDir = join(repoRoot(), '.tmp', 'bin')): ToolPaths {
  const bin = Object.fromEntries(COMPONENTS.map((name) => [name, join(binDir, name)])) as Record<Component, string>;
  const kwokShare = join(binDir, '..', 'share', 'kwok');
  const missing = COMPONENTS.filter((name) => !existsSync(bin[name]));
  if (!existsSync(join(kwokShare, 'stage-crd.yaml'))) missing.push('kwok' as Component);
  if (missing.length > 0)
    throw new Error(
      `control-plane: ${[...new Set(missing)].join(', ')} not built in ${binDir}: run \`bash tools/build.sh\` (Go 1.26 and the Go module proxy) first`,
    );
  return { bin, kwokShare };
}
