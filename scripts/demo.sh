#!/usr/bin/env bash
# Sets everything up, then runs the suite's main job locally on the example app in
# examples/shop: push-images -> tag-release -> list-manifests -> detect-config-changes ->
# k8s-deploy against a real local registry and a simulated cluster, then a broken release
# that k8s-deploy diagnoses and rolls back. Each step is the committed bundle run the way
# the GitHub runner runs it; the outputs and job summaries are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
exec node --import tsx scripts/demo.ts "$@"
