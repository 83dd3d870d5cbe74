#!/usr/bin/env bash
# Sets up a fresh Debian machine for this repository: the system tools the tests and the
# demo drive for real (git, podman, the CNCF Distribution registry, skopeo, kubectl), pnpm
# through corepack, and the workspace, whose dev dependencies include Node 24 (the `node`
# package from the npm registry), the runtime of the actions and of the tests.
# Idempotent: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

missing=()
command -v git >/dev/null || missing+=(git)
command -v podman >/dev/null || missing+=(podman uidmap)
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v skopeo >/dev/null || missing+=(skopeo)
command -v openssl >/dev/null || missing+=(openssl)
[ -x /usr/bin/time ] || missing+=(time)
# kubectl: the machines here ship a current kubectl; Debian's kubernetes-client is the fallback.
command -v kubectl >/dev/null || missing+=(kubernetes-client)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# corepack older than 0.31 cannot verify the signatures of current pnpm releases.
corepack_version=$(corepack --version 2>/dev/null || echo 0.0.0)
if [ "$(printf '%s\n0.31.0\n' "$corepack_version" | sort -V | head -n1)" != "0.31.0" ]; then
  log "upgrading corepack $corepack_version (too old to verify pnpm's signatures)"
  npm install -g --silent corepack@0.36.0 >/dev/null 2>&1
fi
corepack enable
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0

log "installing the workspace with pnpm $(pnpm --version) (Node 24 comes with it)"
if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile --reporter=append-only >/tmp/pnpm-install.log 2>&1 || { cat /tmp/pnpm-install.log; exit 1; }
else
  pnpm install --reporter=append-only >/tmp/pnpm-install.log 2>&1 || { cat /tmp/pnpm-install.log; exit 1; }
fi
log "node $(node_modules/.bin/node --version) for actions and tests; kubectl $(kubectl version --client 2>/dev/null | head -n1 | sed 's/Client Version: //'); $(podman --version); $(docker-registry --version 2>/dev/null | awk '{print $1, $3}')"
