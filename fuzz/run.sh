#!/usr/bin/env bash
# Runs fuzz targets for SECONDS each, one after the other, starting from the seed corpus in
# fuzz/corpus/<name>. New inputs go to a temporary directory (the seeds in the repository are
# not touched); a crash, leak or timeout is written there and fails the run.
#   usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]     (targets default to all five)
# BUILD_DIR is a build with -DSTANCEMAP_BUILD_FUZZERS=ON (see fuzz/README.md).
# FUZZ_SEED and FUZZ_RUNS, when set, fix libFuzzer's seed and cap its executions, so that a
# run is the same on any machine (CI); unset, each run explores new inputs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$1"
seconds="$2"
shift 2
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(utf8 tokenize dictionaries sentiment analyze)
work=$(mktemp -d)
status=0
for name in "${targets[@]}"; do
  mkdir -p "$work/$name"
  log="$work/$name.log"
  extra=()
  [ -n "${FUZZ_SEED:-}" ] && extra+=(-seed="$FUZZ_SEED")
  [ -n "${FUZZ_RUNS:-}" ] && extra+=(-runs="$FUZZ_RUNS")
  [ "$name" = dictionaries ] && extra+=(-dict="$here/json.dict")
  if ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
     "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -max_len=4096 -print_final_stats=1 -artifact_prefix="$work/$name-" "${extra[@]}" \
       "$work/$name" "$here/corpus/$name" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    echo "fuzz: $name: $runs executions in $seconds s, no crash"
  else
    echo "fuzz: $name FAILED; its log and the input that failed:" >&2
    tail -n 60 "$log" >&2
    ls "$work"/"$name"-* >&2 2>/dev/null || true
    status=1
  fi
done
[ "$status" = 0 ] && rm -rf "$work"
exit "$status"
