#!/usr/bin/env bash
# Sets everything up and runs the whole check, as CI does: lint, type check, the
# committed bundles match the sources (check-dist), then every test on Node 24. The k8s-deploy
# integration scenarios run against both clusters, cluster-sim and the real control plane built by
# tools/build.sh (KRA_CLUSTERS=sim,real; `pnpm test:quick` runs them on cluster-sim only).
# Arguments go to jest. TEST_SELECTION, when set, is a jest path pattern that narrows the
# tests (lint, type check and check-dist still run in full): the workflow runner's tests set
# it to run ci.yml's and publish.yml's test job through one small test file, since the whole
# suite holds those very tests. CI leaves it unset.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
export KRA_CLUSTERS="${KRA_CLUSTERS:-sim,real}"
echo "==> lint";        pnpm -s lint
echo "==> type check";  pnpm -s typecheck
echo "==> check-dist";  pnpm -s check-dist
selection=()
if [ -n "${TEST_SELECTION:-}" ]; then selection=("$TEST_SELECTION"); fi
echo "==> tests (node $(node --version))${TEST_SELECTION:+: only those matching TEST_SELECTION=$TEST_SELECTION}"
pnpm -s test --ci "${selection[@]}" "$@"
