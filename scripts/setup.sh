#!/usr/bin/env bash
# Sets up a fresh Debian machine (Go with the Go module proxy, Node.js with npm and the npm
# registry, Debian's packages) for this repository, and says what it did:
#   - Debian packages the tests and the demo drive for real: git, podman, the CNCF Distribution
#     registry, skopeo, openssl, shellcheck, prometheus;
#   - pnpm, at the exact version package.json's packageManager names, installed by npm into
#     .tmp/tools/pnpm (npm checks the package against the registry's integrity hash; corepack is
#     not used: the corepack a machine ships may hold no key that verifies the registry's pnpm);
#   - the workspace, whose dev dependencies include Node 24 (the `node` package), the runtime of
#     the actions and of the tests;
#   - the Go-built tools (tools/build.sh): kubectl and the control plane, helm, kustomize,
#     actionlint, from source at pinned versions into .tmp/bin. The build runs every time; Go's
#     module and build caches make a repeat build take seconds.
# Idempotent. Then source scripts/env.sh for those tools on PATH; in a GitHub Actions job
# (GITHUB_PATH set) setup.sh adds them to the PATH of the job's later steps itself, as a
# setup-node step would.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
step_started=$(date +%s)
elapsed() { echo "$(($(date +%s) - step_started)) s"; }

# --- Debian packages -----------------------------------------------------------------------
missing=()
command -v git >/dev/null || missing+=(git)
command -v podman >/dev/null || missing+=(podman uidmap)
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v skopeo >/dev/null || missing+=(skopeo)
command -v openssl >/dev/null || missing+=(openssl)
command -v shellcheck >/dev/null || missing+=(shellcheck)
command -v prometheus >/dev/null || missing+=(prometheus)
command -v curl >/dev/null || missing+=(curl)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  log "Debian packages installed ($(elapsed))"
else
  log "Debian packages: all present"
fi

# --- pnpm, through npm ---------------------------------------------------------------------
source scripts/env.sh
pnpm_version=$(node -p "require('./package.json').packageManager.replace(/^pnpm@/, '')")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ] || [ "$(command -v pnpm)" != "$root/.tmp/tools/pnpm/bin/pnpm" ]; then
  step_started=$(date +%s)
  log "installing pnpm $pnpm_version with npm into .tmp/tools/pnpm (integrity checked against the npm registry)"
  rm -rf .tmp/tools/pnpm
  npm install --global --prefix "$root/.tmp/tools/pnpm" --no-fund --no-audit --no-update-notifier \
    --loglevel=error "pnpm@$pnpm_version" >/dev/null
  [ "$(pnpm --version)" = "$pnpm_version" ] || { echo "setup: pnpm $pnpm_version did not install into .tmp/tools/pnpm" >&2; exit 1; }
  log "pnpm $pnpm_version installed ($(elapsed))"
fi

# --- the workspace -------------------------------------------------------------------------
step_started=$(date +%s)
log "installing the workspace with pnpm $pnpm_version (Node 24 comes with it)"
install_log=$(mktemp)
frozen=()
[ -n "${CI:-}" ] && frozen=(--frozen-lockfile)
# node_modules is derived: when it was installed from another store (a HOME that changed, a
# clone .ci/run installed under its temporary HOME), pnpm rebuilds it instead of asking on a TTY.
pnpm install "${frozen[@]}" --config.confirmModulesPurge=false --reporter=append-only >"$install_log" 2>&1 || { cat "$install_log"; exit 1; }
rm -f "$install_log"
log "workspace installed ($(elapsed))"

# --- tools built from source with Go -------------------------------------------------------
if [ -f tools/build.sh ]; then
  step_started=$(date +%s)
  log "building the pinned tools from source with $(go version | awk '{print $3}') into .tmp/bin"
  bash tools/build.sh
  log "tools built ($(elapsed))"
fi

log "node $(node_modules/.bin/node --version) for actions and tests; pnpm $(pnpm --version); kubectl $(kubectl version --client 2>/dev/null | head -n1 | sed 's/Client Version: //'); $(podman --version); $(docker-registry --version 2>/dev/null | awk '{print $1, $3}')"

if [ -n "${GITHUB_PATH:-}" ]; then
  # The runner puts the last line first: the same order as scripts/env.sh.
  printf '%s\n' "$root/node_modules/.bin" "$root/.tmp/tools/pnpm/bin" "$root/.tmp/bin" >> "$GITHUB_PATH"
  log "Node 24, pnpm and the tools are on PATH for the job's later steps"
fi
