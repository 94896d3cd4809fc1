#!/usr/bin/env bash
# Size and time of the HTML report for the 20,000-call benchmark capture (issue 7): generates it with
# /usr/bin/time and prints bytes, wall seconds and peak memory, then times headless Chromium opening it.
# Not a unit test: it takes seconds to minutes and depends on the machine.
#
#   scripts/bench-report.sh [CAPTURE] [OUTPUT.html]
#
# CAPTURE defaults to ../shared/bench/big-20k-calls.pcap.gz beside the clone. Set SIPDIAG_REPORT_LANG=nl for
# the Dutch report. Exits non-zero when the report was not written.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
capture="${1:-$here/../shared/bench/big-20k-calls.pcap.gz}"
out="${2:-$(mktemp --suffix=.html)}"
lang="${SIPDIAG_REPORT_LANG:-en}"
[ -f "$capture" ] || { echo "bench-report: no capture at $capture" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-report: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
# build once outside the measurement
"$here/sipdiag" --version >/dev/null
stats="$(mktemp)"
/usr/bin/time -f '%e %M' -o "$stats" "$here/sipdiag" analyze "$capture" --format html --lang "$lang" --output "$out"
read -r secs kib < "$stats"
rm -f "$stats"
bytes="$(stat -c %s "$out")"
ladders="$(grep -o '<article class="call"' "$out" | wc -l)"
printf 'capture   %s\nreport    %s\nsize      %s bytes (%.1f MiB)\nseconds   %s\npeak RSS  %s KiB\nladders   %s\n' \
  "$capture" "$out" "$bytes" "$(echo "$bytes / 1048576" | bc -l)" "$secs" "$kib" "$ladders"

# Opening it: headless Chromium loads the page, runs its script (parse the data, draw the first table page)
# and prints the DOM; the time includes the browser's own start-up (a blank page is timed for comparison).
if [ -x /usr/bin/chromium ]; then
  profile="$(mktemp -d)"
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --user-data-dir="$profile")
  blank="$(mktemp --suffix=.html)"
  echo '<!DOCTYPE html><title>blank</title>' > "$blank"
  t0=$(date +%s.%N); /usr/bin/chromium "${flags[@]}" --dump-dom "file://$blank" >/dev/null 2>&1; t1=$(date +%s.%N)
  dom="$(/usr/bin/chromium "${flags[@]}" --dump-dom "file://$out" 2>/dev/null)"; t2=$(date +%s.%N)
  rows="$(grep -o '<tr>' <<<"$dom" | wc -l)"
  printf 'browser   %.2f s to open and draw the table (%d rows drawn), blank page %.2f s\n' \
    "$(echo "$t2 - $t1" | bc -l)" "$rows" "$(echo "$t1 - $t0" | bc -l)"
  rm -rf "$profile" "$blank"
else
  echo "browser   skipped: /usr/bin/chromium is not installed (apt-get install chromium)"
fi
