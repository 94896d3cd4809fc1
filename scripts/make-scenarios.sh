#!/bin/bash
# Rebuilds the golden SIP captures in sipdiag-analysis/src/test/resources/scenarios/<name>/capture.pcap
# with SIPp, tcpdump and Kamailio on 127.0.0.1 only. Tests never run this: they read the committed pcaps.
#
# Usage: scripts/make-scenarios.sh [--list] [NAME...]     (no NAME: every scenario, in priority order)
# Needs: sipp (Debian sip-tester), tcpdump, tshark, kamailio, python3; root or CAP_NET_RAW for tcpdump.
#
# Every scenario has its own ports, so the capture filter keeps out any other SIP traffic on lo. Every process
# is bounded (sipp -m, coreutils timeout) and stopped by its PID. After each run the SIP message
# counts of `tshark -z sip,stat` are compared with "messages" in the scenario's expected.json; a mismatch
# (usually a retransmission the scenario did not intend, caused by a loaded machine) is reported and the
# script exits non-zero, so the capture can be made again: scripts/make-scenarios.sh NAME.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SCEN=$ROOT/sipdiag-analysis/src/test/resources/scenarios
IP=127.0.0.1
# Upper bound in seconds for any one SIPp or Kamailio process; scenarios that wait for Timer B (32 s) need it.
BOUND=60
# The one password the callee, registrar and Kamailio (auth-407-403/kamailio.cfg) accept for user alice, and
# the mistyped one the auth-failure scenarios send.
PASSWORD=s3cret
WRONG_PASSWORD=s3cert

# Order of the default run: the priorities of the task, then the TCP variants and the diagnosis extras.
ALL=(answered busy-486 cancel-487 auth-401-200 no-response unavailable-503 decline-603 proxy-404-unregistered
     auth-407-403 codec-488 reinvite bye-481 redirect-302 register-401-200 register-403
     answered-tcp busy-486-tcp cancel-487-tcp auth-401-200-tcp
     ack-missing-200 no-answer-480 server-error-500 incomplete-484
     proxy-answered register-auth-failed options-ping cancel-200-race proxy-408-unreachable
     nat-private-contact timer-422-retry register-423-retry scanner-options-sweep busy-600 not-exist-604
     redirect-302-unfollowed in-progress-ringing early-media-prack)

WORK=""; TPID=""; PIDS=()

log() { printf '%s\n' "$*" >&2; }

# Stops whatever this script started and is still running, by PID. Each PID is a coreutils timeout, which
# passes SIGTERM on to its SIPp or Kamailio (a signal it does not handle, like SIGUSR1, would orphan them).
cleanup() {
  local p
  for p in "${PIDS[@]}"; do
    kill -TERM "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  PIDS=()
  if [ -n "$TPID" ]; then
    kill -INT "$TPID" 2>/dev/null || true
    wait "$TPID" 2>/dev/null || true
    TPID=""
  fi
}
trap cleanup EXIT

# capture_start OUT.pcap PORT...   tcpdump on lo for the given ports (UDP and TCP), waits until it listens.
capture_start() {
  local out=$1; shift
  local filter="" p
  for p in "$@"; do filter="${filter:+$filter or }port $p"; done
  rm -f "$out"
  timeout $((BOUND * 2)) tcpdump -i lo -n -U --immediate-mode -w "$out" "(udp or tcp) and ($filter)" \
    2> "$WORK/tcpdump.log" &
  TPID=$!
  local _
  for _ in $(seq 1 300); do
    grep -qs 'listening on' "$WORK/tcpdump.log" && return 0
    sleep 0.1
  done
  log "tcpdump did not start: $(cat "$WORK/tcpdump.log")"
  return 1
}

# capture_stop   SIGINT, so tcpdump flushes the tail of the capture. Without --immediate-mode tcpdump sees the
# packets of the last second or so only when a ring-buffer block times out, and SIGINT then loses them.
capture_stop() {
  sleep 1
  kill -INT "$TPID" 2>/dev/null || true
  wait "$TPID" 2>/dev/null || true
  TPID=""
  tail -2 "$WORK/tcpdump.log" >&2
}

# sipp_bg NAME ARGS...   a SIPp instance in the background (a UAS), bounded by BOUND seconds.
# (SIGTERM makes SIPp print its statistics and quit; its own -timeout does not end a call that still waits.)
sipp_bg() {
  local name=$1; shift
  timeout -k 5 "$BOUND" sipp "$@" -nostdin -default_behaviors none -trace_err \
    -error_file "$WORK/$name.errors" > "$WORK/$name.out" 2>&1 &
  PIDS+=($!)
  sleep 0.5
}

# sipp_fg NAME ARGS...   a SIPp instance in the foreground (a UAC); its exit code is logged, not fatal.
#   FG_BOUND: seconds after which it is stopped (default BOUND).
sipp_fg() {
  local name=$1; shift
  local rc=0
  timeout -k 5 "${FG_BOUND:-$BOUND}" sipp "$@" -nostdin -default_behaviors none -trace_err \
    -error_file "$WORK/$name.errors" > "$WORK/$name.out" 2>&1 || rc=$?
  log "$name: sipp exit $rc ($(summary "$WORK/$name.out"))"
}

# summary SIPP.out   "N successful, M failed" from SIPp's last statistics screen.
summary() {
  local ok ko
  ok=$(grep -E 'Successful call' "$1" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  ko=$(grep -E 'Failed call' "$1" | tail -1 | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  echo "${ok:-?} successful, ${ko:-?} failed"
}

# wait_all SECONDS   waits for the background SIPp instances to finish by themselves (-m), then stops the rest.
wait_all() {
  local deadline=$((SECONDS + $1)) p alive
  while :; do
    alive=0
    for p in "${PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] || [ "$SECONDS" -ge "$deadline" ] && break
    sleep 0.2
  done
  for p in "${PIDS[@]}"; do
    kill -TERM "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  local f
  for f in "$WORK"/*.out; do
    case " ${UACS:-} " in *" $(basename "$f" .out) "*) ;; *) log "$(basename "$f" .out): $(summary "$f")" ;; esac
  done
  PIDS=()
}

# check DIR   tshark's SIP message counts against expected.json "messages".
check() {
  local dir=$1
  STAT=$(tshark -r "$dir/capture.pcap" -q -z sip,stat 2>/dev/null) \
    python3 - "$dir/expected.json" "$dir/capture.pcap" <<'EOF'
import json, os, re, sys
want = json.load(open(sys.argv[1]))["messages"]
got = {"requests": {}, "responses": {}}
for line in os.environ["STAT"].splitlines():
    m = re.match(r"\s*SIP (\d{3})\b.*:\s*(\d+) Packets", line)
    if m:
        got["responses"][m.group(1)] = int(m.group(2))
        continue
    m = re.match(r"\s*([A-Z]+)\s*:\s*(\d+) Packets", line)
    if m:
        got["requests"][m.group(1)] = int(m.group(2))
size = os.path.getsize(sys.argv[2])
ok = got == want
print(("ok  " if ok else "MISMATCH ") + os.path.basename(os.path.dirname(sys.argv[1]))
      + f"  ({size} bytes)  tshark: {json.dumps(got, sort_keys=True)}", file=sys.stderr)
if not ok:
    print("        expected: " + json.dumps(want, sort_keys=True), file=sys.stderr)
    sys.exit(1)
EOF
}

# ---------------------------------------------------------------------------------------------------------
# Building blocks shared by most scenarios.

# uas_uac NAME TRANSPORT UAS_PORT UAC_PORT CALLS [UAC_ARGS...]
#   One SIPp UAS (uas.xml) and one SIPp UAC (uac.xml) of the scenario folder, calls one after the other (-l 1).
#   The UAS is user bob (its Contact); UAS_EXTRA: more arguments for the UAS (words).
uas_uac() {
  local name=$1 t=$2 uas_port=$3 uac_port=$4 calls=$5; shift 5
  local dir=$SCEN/$name
  capture_start "$dir/capture.pcap" "$uas_port" "$uac_port"
  sipp_bg uas -sf "$dir/uas.xml" -i $IP -p "$uas_port" -t "$t" -m "$calls" -s bob ${UAS_EXTRA:-}
  sipp_fg uac -sf "$dir/uac.xml" $IP:"$uas_port" -i $IP -p "$uac_port" -t "$t" -m "$calls" -l 1 -r 10 "$@"
  UACS=uac wait_all 10
  capture_stop
}

# ---------------------------------------------------------------------------------------------------------
# The scenarios. Each function makes $SCEN/<name>/capture.pcap from the XML files beside it.

# Calls between one caller (uac.xml) and one callee (uas.xml).
scenario_answered()              { uas_uac answered u1 5110 5111 3 -s bob; }
scenario_answered-tcp()          { uas_uac answered-tcp t1 5112 5113 3 -s bob; }
scenario_busy-486()              { uas_uac busy-486 u1 5114 5115 3 -s bob; }
scenario_busy-486-tcp()          { uas_uac busy-486-tcp t1 5116 5117 3 -s bob; }
scenario_busy-600()              { uas_uac busy-600 u1 5178 5179 2 -s bob; }
scenario_cancel-487()            { uas_uac cancel-487 u1 5118 5119 3 -s bob; }
scenario_cancel-487-tcp()        { uas_uac cancel-487-tcp t1 5120 5121 3 -s bob; }
scenario_cancel-200-race()       { uas_uac cancel-200-race u1 5166 5167 3 -s bob; }
scenario_decline-603()           { uas_uac decline-603 u1 5134 5135 3 -s bob; }
scenario_no-answer-480()         { uas_uac no-answer-480 u1 5152 5153 2 -s bob; }
scenario_unavailable-503()       { uas_uac unavailable-503 u1 5132 5133 3 -s bob; }
scenario_server-error-500()      { uas_uac server-error-500 u1 5154 5155 3 -s bob; }
scenario_codec-488()             { uas_uac codec-488 u1 5130 5131 3 -s bob; }
# 020123: a Dutch area code with 4 digits missing
scenario_incomplete-484()        { uas_uac incomplete-484 u1 5156 5157 3 -s 020123; }
scenario_not-exist-604()         { uas_uac not-exist-604 u1 5180 5181 2 -s +31201234599; }
scenario_redirect-302-unfollowed() { uas_uac redirect-302-unfollowed u1 5182 5183 2 -s bob; }
scenario_early-media-prack()     { uas_uac early-media-prack u1 5186 5187 2 -s bob; }
scenario_reinvite()              { uas_uac reinvite u1 5138 5139 3 -s bob; }
scenario_bye-481()               { uas_uac bye-481 u1 5140 5141 3 -s bob; }
scenario_timer-422-retry()       { uas_uac timer-422-retry u1 5173 5174 3 -s bob; }

# The callee checks the digest against -set password; the caller answers the challenge with -au/-ap.
scenario_auth-401-200() {
  UAS_EXTRA="-set password $PASSWORD" uas_uac auth-401-200 u1 5122 5123 3 -s bob \
    -au alice -ap $PASSWORD -auth_uri bob@$IP:5122
}
scenario_auth-401-200-tcp() {
  UAS_EXTRA="-set password $PASSWORD" uas_uac auth-401-200-tcp t1 5124 5125 3 -s bob \
    -au alice -ap $PASSWORD -auth_uri bob@$IP:5124
}

# Registrations and other exchanges outside calls.
scenario_register-401-200() {
  UAS_EXTRA="-set password $PASSWORD" uas_uac register-401-200 u1 5146 5147 2 -s alice -au alice -ap $PASSWORD
}
scenario_register-auth-failed() {
  UAS_EXTRA="-set password $PASSWORD" uas_uac register-auth-failed u1 5158 5159 2 -s alice \
    -au alice -ap $WRONG_PASSWORD
}
scenario_register-403()          { uas_uac register-403 u1 5148 5149 2 -s mallory; }
scenario_register-423-retry()    { uas_uac register-423-retry u1 5175 5176 2 -s alice; }
scenario_options-ping()          { uas_uac options-ping u1 5164 5165 3 -s trunk; }

# The caller never ACKs the 200: the callee retransmits it for 32 s, then sends BYE. Two calls 1 s apart, in
# parallel, so the run takes about 33 s and not 66.
scenario_ack-missing-200() {
  local dir=$SCEN/ack-missing-200
  capture_start "$dir/capture.pcap" 5150 5151
  sipp_bg uas -sf "$dir/uas.xml" -i $IP -p 5150 -t u1 -m 2 -s bob
  sipp_fg uac -sf "$dir/uac.xml" $IP:5150 -i $IP -p 5151 -t u1 -m 2 -l 2 -r 1 -s bob
  UACS=uac wait_all 10
  capture_stop
}
# The caller writes 192.168.1.20:5060 into its messages but sends from 5172; the callee is told that source.
scenario_nat-private-contact() {
  UAS_EXTRA="-set nat_ip $IP -set nat_port 5172" uas_uac nat-private-contact u1 5171 5172 2 -s bob
}

# The capture stops about 2.5 s into two calls whose callee rings for 10 s; then caller and callee are stopped.
scenario_in-progress-ringing() {
  local dir=$SCEN/in-progress-ringing
  capture_start "$dir/capture.pcap" 5184 5185
  sipp_bg uas -sf "$dir/uas.xml" -i $IP -p 5184 -t u1 -m 2 -s bob
  sipp_bg uac -sf "$dir/uac.xml" $IP:5184 -i $IP -p 5185 -t u1 -m 2 -l 2 -r 2 -s bob
  sleep 1.5
  capture_stop
  wait_all 0
}

# Phone A on 5142 redirects to phone B on 5143; the caller on 5144 follows the 302.
scenario_redirect-302() {
  local dir=$SCEN/redirect-302
  capture_start "$dir/capture.pcap" 5142 5143 5144
  sipp_bg phone-a -sf "$dir/uas-a.xml" -i $IP -p 5142 -t u1 -m 3 -s bob -set b_port 5143
  sipp_bg phone-b -sf "$dir/uas-b.xml" -i $IP -p 5143 -t u1 -m 3 -s bob
  sipp_fg uac -sf "$dir/uac.xml" $IP:5142 -i $IP -p 5144 -t u1 -m 3 -l 1 -r 10 -s bob
  UACS=uac wait_all 10
  capture_stop
}

# Kamailio (kamailio.cfg: registrar + stateful proxy on 127.0.0.1:5080, no database) in the foreground, bounded.
KAMAILIO_PORT=5080
kamailio_start() {
  if ss -Hlun "sport = :$KAMAILIO_PORT" | grep -q . || ss -Hltn "sport = :$KAMAILIO_PORT" | grep -q .; then
    log "port $KAMAILIO_PORT is in use: is another Kamailio running?"
    return 1
  fi
  mkdir -p "$WORK/kamailio-run"
  timeout -k 5 "$BOUND" kamailio -f "$1" -DD -E -m 64 -M 8 -Y "$WORK/kamailio-run" \
    > "$WORK/kamailio.log" 2>&1 &
  PIDS+=($!)
  local _
  for _ in $(seq 1 100); do
    ss -Hlun "sport = :$KAMAILIO_PORT" | grep -q . && { sleep 0.5; return 0; }
    sleep 0.1
  done
  log "kamailio did not start: $(tail -5 "$WORK/kamailio.log")"
  return 1
}

# alice registers at Kamailio (contact 127.0.0.1:5127, where no phone runs: no call goes there), then the
# caller on 5129 calls bob twice, who never registered: Kamailio answers 404 itself.
scenario_proxy-404-unregistered() {
  local dir=$SCEN/proxy-404-unregistered
  capture_start "$dir/capture.pcap" $KAMAILIO_PORT 5128 5129
  kamailio_start "$dir/kamailio.cfg"
  sipp_fg register -sf "$dir/register.xml" $IP:$KAMAILIO_PORT -i $IP -p 5128 -t u1 -m 1 -s alice \
    -set contact_port 5127
  sipp_fg uac -sf "$dir/uac.xml" $IP:$KAMAILIO_PORT -i $IP -p 5129 -t u1 -m 2 -l 1 -r 10 -s bob
  UACS="register uac" wait_all 0
  capture_stop
}

# Kamailio with digest authentication (its own kamailio.cfg) challenges the caller on 5126, who answers the
# challenge with a mistyped password: 403, no second challenge.
scenario_auth-407-403() {
  local dir=$SCEN/auth-407-403
  capture_start "$dir/capture.pcap" $KAMAILIO_PORT 5126
  kamailio_start "$dir/kamailio.cfg"
  sipp_fg uac -sf "$dir/uac.xml" $IP:$KAMAILIO_PORT -i $IP -p 5126 -t u1 -m 3 -l 1 -r 10 -s bob \
    -au alice -ap $WRONG_PASSWORD -auth_uri bob@$IP:$KAMAILIO_PORT
  UACS=uac wait_all 0
  capture_stop
}

# alice's phone (uas.xml on 5160) registers at Kamailio from 5162, then the caller on 5161 calls alice twice
# through the proxy: two legs per call.
scenario_proxy-answered() {
  local dir=$SCEN/proxy-answered
  capture_start "$dir/capture.pcap" $KAMAILIO_PORT 5160 5161 5162
  kamailio_start "$dir/kamailio.cfg"
  sipp_bg uas -sf "$dir/uas.xml" -i $IP -p 5160 -t u1 -m 2 -s alice
  sipp_fg register -sf "$dir/register.xml" $IP:$KAMAILIO_PORT -i $IP -p 5162 -t u1 -m 1 -s alice \
    -set contact_port 5160
  sipp_fg uac -sf "$dir/uac.xml" $IP:$KAMAILIO_PORT -i $IP -p 5161 -t u1 -m 2 -l 1 -r 10 -s alice
  UACS="register uac" wait_all 10
  capture_stop
}

# alice registers from 5170 a contact where nothing listens (5168); the caller on 5169 calls alice twice, 1 s
# apart: Kamailio retransmits the INVITE to the dead contact until its fr_timer (30 s), then answers 408.
scenario_proxy-408-unreachable() {
  local dir=$SCEN/proxy-408-unreachable
  capture_start "$dir/capture.pcap" $KAMAILIO_PORT 5168 5169 5170
  kamailio_start "$dir/kamailio.cfg"
  sipp_fg register -sf "$dir/register.xml" $IP:$KAMAILIO_PORT -i $IP -p 5170 -t u1 -m 1 -s alice \
    -set contact_port 5168
  FG_BOUND=45 sipp_fg uac -sf "$dir/uac.xml" $IP:$KAMAILIO_PORT -i $IP -p 5169 -t u1 -m 2 -l 2 -r 1 -s alice
  UACS="register uac" wait_all 0
  capture_stop
}

# A scanner on 5177 sweeps extensions 101..109 with OPTIONS; Kamailio knows none of them.
scenario_scanner-options-sweep() {
  local dir=$SCEN/scanner-options-sweep
  capture_start "$dir/capture.pcap" $KAMAILIO_PORT 5177
  kamailio_start "$dir/kamailio.cfg"
  sipp_fg uac -sf "$dir/uac.xml" $IP:$KAMAILIO_PORT -i $IP -p 5177 -t u1 -m 9 -r 20 -cid_str %p9d0f%u
  UACS=uac wait_all 0
  capture_stop
}

# Nobody listens on 5136: only the caller's INVITE retransmissions until Timer B. Two calls 1 s apart, in
# parallel, so the run takes one Timer B (about 32 s) and not two.
scenario_no-response() {
  local dir=$SCEN/no-response
  capture_start "$dir/capture.pcap" 5136 5137
  # SIPp would give up at the next retransmission time (63.5 s): stop it after the last INVITE (32.5 s).
  FG_BOUND=35 sipp_fg uac -sf "$dir/uac.xml" $IP:5136 -i $IP -p 5137 -t u1 -m 2 -l 2 -r 1 -s bob \
    -max_invite_retrans 6
  capture_stop
}

# ---------------------------------------------------------------------------------------------------------

run() {
  local name=$1
  declare -F "scenario_$name" > /dev/null || { log "unknown scenario: $name (try --list)"; return 2; }
  [ -f "$SCEN/$name/expected.json" ] || { log "$name: no expected.json"; return 2; }
  WORK=$(mktemp -d "/tmp/make-scenarios.$name.XXXXXX")
  log "== $name   (logs: $WORK)"
  cd "$WORK"
  "scenario_$name"
  cd "$ROOT"
  check "$SCEN/$name"
}

main() {
  for tool in sipp tcpdump tshark kamailio python3 ss; do
    command -v "$tool" > /dev/null \
      || { log "missing $tool: apt-get install sip-tester tcpdump tshark kamailio"; exit 2; }
  done
  if [ "${1:-}" = "--list" ]; then printf '%s\n' "${ALL[@]}"; exit 0; fi
  local names=("$@") failed=()
  [ ${#names[@]} -gt 0 ] || names=("${ALL[@]}")
  for n in "${names[@]}"; do
    run "$n" || failed+=("$n")
  done
  if [ ${#failed[@]} -gt 0 ]; then
    log "not as expected: ${failed[*]}   (rerun: $0 ${failed[*]})"
    exit 1
  fi
}

main "$@"
