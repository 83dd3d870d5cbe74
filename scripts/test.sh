#!/usr/bin/env bash
# Sets everything up and runs the whole check, as CI does: lint, type check, the
# committed bundles match the sources (check-dist), then every test on Node 24. The k8s-deploy
# integration scenarios run against both clusters, cluster-sim and the real control plane built by
# tools/build.sh (KRA_CLUSTERS=sim,real; `pnpm test:quick` runs them on cluster-sim only).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
export KRA_CLUSTERS="${KRA_CLUSTERS:-sim,real}"
echo "==> lint";        pnpm -s lint
echo "==> type check";  pnpm -s typecheck
echo "==> check-dist";  pnpm -s check-dist
echo "==> tests (node $(node --version))"
pnpm -s test --ci "$@"
