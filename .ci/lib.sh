# Shared by the gates in .ci/gates/: sourced, never run on its own.
# Each gate: `. .ci/lib.sh; need_shared PATH...` then check/ceiling lines,
# then `exit $fail`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
shared=../shared/bench
bin=.ci/bin/lede
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# need_shared PATH...: skip the gate (exit 0 with a message) when a benchmark
# file is absent, so a checkout without ../shared still passes CI.
need_shared() {
  for p in "$@"; do
    if [ ! -e "$p" ]; then echo "skip: $p not found"; exit 0; fi
  done
  [ -x "$bin" ] || { mkdir -p .ci/bin; go build -o "$bin" ./cmd/lede; }
}

# check NAME VALUE FLOOR: fail when VALUE is missing or below FLOOR.
check() {
  if [ -z "$2" ] || awk -v v="$2" -v f="$3" 'BEGIN{exit !(v+0 < f+0)}'; then
    echo "FAIL $1 = ${2:-missing} < floor $3"; fail=1
  else
    echo "ok   $1 = $2 (floor $3)"
  fi
}

# ceiling NAME VALUE CEILING: fail when VALUE is missing or above CEILING.
ceiling() {
  if [ -z "$2" ] || awk -v v="$2" -v f="$3" 'BEGIN{exit !(v+0 > f+0)}'; then
    echo "FAIL $1 = ${2:-missing} > ceiling $3"; fail=1
  else
    echo "ok   $1 = $2 (ceiling $3)"
  fi
}
