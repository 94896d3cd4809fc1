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

# The commands take turns, round after round (tshark, messages, analyze, analyze x10, then again), so that a
# minute in which this VM runs slow or fast counts against all of them alike; each one's median run is reported.
commands=(
  "tshark-sip-stat|tshark -r $big -q -z sip,stat"
  "sipdiag-messages|$here/sipdiag messages $big --summary-only"
  "sipdiag-analyze-json|$here/sipdiag analyze $big --format json"
  "sipdiag-analyze-json-x10|$here/sipdiag analyze $long --format json"
)
: > "$work/rows.txt"
for _ in $(seq "$RUNS"); do
  for c in "${commands[@]}"; do
    label=${c%%|*}
    # shellcheck disable=SC2086 # the command line is split on purpose (paths without spaces, set above)
    /usr/bin/time -f "%e %M" -o "$work/time.txt" ${c#*|} > "$work/out.txt" 2>/dev/null
    echo "$label $(cat "$work/time.txt")" >> "$work/rows.txt"
  done
done
for c in "${commands[@]}"; do
  label=${c%%|*}
  grep "^$label " "$work/rows.txt" | sort -k2 -n | sed -n "$(( (RUNS + 1) / 2 ))p"
done | tee "$work/results.txt"

awk '
  { t[$1] = $2; m[$1] = $3 }
  END {
    printf "\nmessages --summary-only vs tshark: %.1fx faster (target > 1), peak RSS %.0f MiB (target < 200)\n", t["tshark-sip-stat"] / t["sipdiag-messages"], m["sipdiag-messages"] / 1024
    printf "analyze --format json vs tshark:   %.1fx faster (target >= 5), peak RSS %.0f MiB (target <= 256)\n", t["tshark-sip-stat"] / t["sipdiag-analyze-json"], m["sipdiag-analyze-json"] / 1024
    printf "10x capture: %.1fx the time (target <= 11), %.2fx the memory (target <= 1.5)\n", t["sipdiag-analyze-json-x10"] / t["sipdiag-analyze-json"], m["sipdiag-analyze-json-x10"] / m["sipdiag-analyze-json"]
  }' "$work/results.txt"

# The same ratios per round (each sipdiag run against the tshark run just before it), median over the rounds:
# the steadiest reading on a machine whose speed changes from minute to minute.
awk '
  $1 == "tshark-sip-stat" { t = $2 }
  $1 == "sipdiag-messages" { m[++nm] = t / $2 }
  $1 == "sipdiag-analyze-json" { a[++na] = t / $2 }
  function median(v, n,   i, j, x) {
    for (i = 2; i <= n; i++) { x = v[i]; for (j = i - 1; j >= 1 && v[j] > x; j--) v[j + 1] = v[j]; v[j + 1] = x }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  END {
    printf "paired per round (median of %d): messages %.1fx, analyze %.1fx faster than tshark\n", na, median(m, nm), median(a, na)
  }' "$work/rows.txt"
