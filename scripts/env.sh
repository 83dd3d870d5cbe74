# Sourced by the scripts: puts the repository's own tools first on PATH. pnpm installed by
# setup.sh (.tmp/tools/pnpm), the Go-built tools (.tmp/bin: kubectl, kube-apiserver, helm,
# kustomize, actionlint, ...) and the workspace's binaries (node_modules/.bin, Node 24 among them).
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$repo_root/.tmp/bin:$repo_root/.tmp/tools/pnpm/bin:$repo_root/node_modules/.bin:$PATH"
export COREPACK_ENABLE_STRICT=0
unset repo_root
