#!/usr/bin/env bash
# Builds the pinned Go tools from source, through the Go module proxy, into <repo>/.tmp/bin:
#   tools/kubernetes  kube-apiserver, kube-controller-manager, kube-scheduler, kubectl (k8s.io/kubernetes)
#                     and etcd (go.etcd.io/etcd/server/v3, the release k8s.io/kubernetes pins)
#   tools/kwok        kwok (sigs.k8s.io/kwok): fake nodes, pod lifecycles through Stages
#   tools/helm        helm (helm.sh/helm/v4)
#   tools/kustomize   kustomize (sigs.k8s.io/kustomize/kustomize/v5)
#   tools/actionlint  actionlint (github.com/rhysd/actionlint)
# Each folder is a Go module whose go.mod and go.sum are the pins: the `tool` lines name the
# programs, the require lines (and go.sum) every version. Separate modules because the tools pin
# different releases of the same dependencies (kwok and helm build against k8s.io/* releases
# other than the control plane's).
#
# `go build` runs every time: nothing is skipped because a binary exists. Go's module cache
# (GOMODCACHE) and build cache (GOCACHE) make a repeat build take seconds, and a changed pin
# rebuilds what it changes. -trimpath keeps the binaries (and the build cache's keys) free of
# this machine's paths.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin="$root/.tmp/bin"
mkdir -p "$bin"

command -v go >/dev/null || { echo "tools/build.sh: go is not on PATH; install Go 1.26 or newer" >&2; exit 1; }
export GOFLAGS="-mod=readonly"
export CGO_ENABLED="${CGO_ENABLED:-0}"

started=$(date +%s)
built=()

# build MODULE_DIR LDFLAGS NAME=PACKAGE...
build() {
  local dir=$1 ldflags=$2
  shift 2
  local pkgs=() names=() spec
  for spec in "$@"; do
    names+=("${spec%%=*}")
    pkgs+=("${spec#*=}")
  done
  local t0
  t0=$(date +%s)
  if [ ${#pkgs[@]} -eq 1 ]; then
    (cd "tools/$dir" && go build -trimpath -buildvcs=false -ldflags "$ldflags" -o "$bin/${names[0]}" "${pkgs[0]}")
  else
    # One `go build` for several programs of one module: shared packages compile once, in
    # parallel. Each binary is named after its package's last element.
    (cd "tools/$dir" && go build -trimpath -buildvcs=false -ldflags "$ldflags" -o "$bin/" "${pkgs[@]}")
  fi
  echo "tools/build.sh: tools/$dir -> ${names[*]} ($(($(date +%s) - t0)) s)"
  built+=("${names[@]}")
}

version_of() { (cd "tools/$1" && go list -m -f '{{.Version}}' "$2"); }

# Kubernetes reports its version (kubectl version, /version) from these variables, which its own
# build (hack/lib/version.sh) sets from git; a module build sets them from the pin.
k8s_version=$(version_of kubernetes k8s.io/kubernetes)
k8s_minor=$(echo "$k8s_version" | cut -d. -f2)
k8s_ldflags="-s -w"
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  k8s_ldflags+=" -X $pkg.gitVersion=$k8s_version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$k8s_minor -X $pkg.gitTreeState=clean"
done
build kubernetes "$k8s_ldflags" \
  kube-apiserver=k8s.io/kubernetes/cmd/kube-apiserver \
  kube-controller-manager=k8s.io/kubernetes/cmd/kube-controller-manager \
  kube-scheduler=k8s.io/kubernetes/cmd/kube-scheduler \
  kubectl=k8s.io/kubernetes/cmd/kubectl
build kubernetes "-s -w" etcd=go.etcd.io/etcd/server/v3
build kwok "-s -w" kwok=sigs.k8s.io/kwok/cmd/kwok
# KWOK's own files the control plane needs, from the pinned kwok module: the Stage CRD (KWOK
# reads Stages from the API server with --enable-crds=Stage) and its node Stages.
kwok_dir=$(cd tools/kwok && go list -m -f '{{.Dir}}' sigs.k8s.io/kwok)
share="$root/.tmp/share/kwok"
rm -rf "$share"
mkdir -p "$share"
cp "$kwok_dir/kustomize/crd/bases/kwok.x-k8s.io_stages.yaml" "$share/stage-crd.yaml"
cp "$kwok_dir/kustomize/stage/node/fast/node-initialize.yaml" \
  "$kwok_dir/kustomize/stage/node/heartbeat-with-lease/node-heartbeat-with-lease.yaml" "$share/"
chmod -R u+w "$share"

build helm "-s -w -X helm.sh/helm/v4/internal/version.version=$(version_of helm helm.sh/helm/v4)" helm=helm.sh/helm/v4/cmd/helm
build kustomize "-s -w" kustomize=sigs.k8s.io/kustomize/kustomize/v5
build actionlint "-s -w" actionlint=github.com/rhysd/actionlint/cmd/actionlint

echo "tools/build.sh: built into .tmp/bin in $(($(date +%s) - started)) s:"
for name in "${built[@]}"; do
  printf '  %-24s %6s MB  %s\n' "$name" "$(($(stat -c %s "$bin/$name") / 1048576))" \
    "$(go version -m "$bin/$name" | awk '$1 == "mod" || $1 == "dep" { if ($2 ~ /^(k8s.io\/kubernetes|go.etcd.io\/etcd\/server\/v3|sigs.k8s.io\/kwok|helm.sh\/helm\/v4|sigs.k8s.io\/kustomize\/kustomize\/v5|github.com\/rhysd\/actionlint)$/) { print $2 "@" $3; exit } }')"
done
