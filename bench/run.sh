#!/usr/bin/env bash
# sipdiag against tshark on the 20,000-call benchmark capture, side by side in one run, with /usr/bin/time:
# wall seconds and peak RSS, median of RUNS runs, and the ratios the issues set as targets.
#   bench/run.sh                 # RUNS=3
#   RUNS=5 bench/run.sh
# Needs tshark (apt-get install tshark) and ../shared/bench/big-20k-calls.pcap.gz beside the repo.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
RUNS=${RUNS:-3}
work=${BENCH_DIR:-/tmp/sipdiag-bench}
mkdir -p "$work"
big="$work/big.pcap"
long="$work/big-x10.pcap"
[ -f "$big" ] || gunzip -c "$here/../shared/bench/big-20k-calls.pcap.gz" > "$big"
[ -f "$long" ] || python3 "$here/bench/make-long-capture.py" "$big" "$long" 10
"$here/sipdiag" --version >/dev/null   # build once, outside the measurement
"$here/sipdiag" codes >/dev/null       # and let the launcher make its start-up archive (AOT cache or CDS)

measure() { # label, command...: prints "label wall_s rss_kb" for the median-wall run
  local label=$1; shift
  local rows=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>/dev/null
    rows+=("$(cat "$work/time.txt")")
  done
  printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | awk -v l="$label" '{print l, $1, $2}'
}

{
  measure tshark-sip-stat tshark -r "$big" -q -z sip,stat
  measure sipdiag-messages "$here/sipdiag" messages "$big" --summary-only
  measure sipdiag-analyze-json "$here/sipdiag" analyze "$big" --format json
  measure sipdiag-analyze-json-x10 "$here/sipdiag" analyze "$long" --format json
} | tee "$work/results.txt"

awk '
  { t[$1] = $2; m[$1] = $3 }
  END {
    printf "\nmessages --summary-only vs tshark: %.1fx faster (target > 1), peak RSS %.0f MiB (target < 200)\n", t["tshark-sip-stat"] / t["sipdiag-messages"], m["sipdiag-messages"] / 1024
    printf "analyze --format json vs tshark:   %.1fx faster (target >= 5), peak RSS %.0f MiB (target <= 256)\n", t["tshark-sip-stat"] / t["sipdiag-analyze-json"], m["sipdiag-analyze-json"] / 1024
    printf "10x capture: %.1fx the time (target <= 11), %.2fx the memory (target <= 1.5)\n", t["sipdiag-analyze-json-x10"] / t["sipdiag-analyze-json"], m["sipdiag-analyze-json-x10"] / m["sipdiag-analyze-json"]
  }' "$work/results.txt"
