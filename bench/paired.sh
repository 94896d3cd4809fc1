#!/usr/bin/env bash
# Compares builds of the capture reader and SIP framer side by side in one JVM (bench/paired/Paired.java says
# why: on a shared machine whose speed drifts, per-round ratios are steady where single timings are not).
# Each argument is a git revision, or "." for the working tree; the first is the base the others are compared to.
#   bench/paired.sh HEAD .                 # the uncommitted change against the last commit
#   ROUNDS=60 OP=payloads bench/paired.sh HEAD~5 HEAD
# OP is sipKeys (CaptureReadBenchmark.sipKeys: pcap to SIP messages with correlation keys) or payloads (the
# capture layer alone). Needs ../shared/bench/big-20k-calls.pcap.gz beside the repo.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/scripts/find-jdk.sh"
sipdiag_find_jdk
sipdiag_need_maven
[ $# -ge 2 ] || { echo "usage: bench/paired.sh REV|. REV|. [REV|. ...]" >&2; exit 2; }
ROUNDS=${ROUNDS:-30}
OP=${OP:-sipKeys}
work=${BENCH_DIR:-/tmp/sipdiag-bench}
mkdir -p "$work"
big="$work/big.pcap"
[ -f "$big" ] || gunzip -c "$here/../shared/bench/big-20k-calls.pcap.gz" > "$big"

builds=()
i=0
for rev in "$@"; do
  i=$((i + 1))
  src="$here"
  if [ "$rev" != "." ]; then
    src="$work/rev$i"
    rm -rf "$src"
    mkdir -p "$src"
    git -C "$here" archive "$rev" | tar -x -C "$src"
  fi
  (cd "$src" && mvn -B -q -ntp -pl sipdiag-sip,sipdiag-capture -am compile > "$work/build$i.log" 2>&1) \
    || { echo "paired: the build of $rev failed; see $work/build$i.log" >&2; exit 1; }
  builds+=("$src/sipdiag-sip/target/classes:$src/sipdiag-capture/target/classes")
  echo "build $i: $rev" >&2
done
ops="$work/paired-classes"
rm -rf "$ops" && mkdir -p "$ops"
"$JAVA_HOME/bin/javac" -d "$ops" -cp "${builds[0]}" "$here/bench/paired/Operation.java" "$here/bench/paired/Paired.java"
# The collector and young generation of CaptureReadBenchmark's fork.
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx1g -Xmn64m -cp "$ops" Paired "$big" "$OP" "$ROUNDS" "$ops" "${builds[@]}"
