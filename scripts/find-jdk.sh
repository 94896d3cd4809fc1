# Sourced by ./sipdiag, ./test and .ci/run: sets JAVA_HOME to a JDK >= 21.
# Order: $JAVA_HOME if it is new enough, then the newest JDK under /usr/lib/jvm.
sipdiag_java_major() {
  # prints the feature version of the JDK at $1 (e.g. 21, 25), or nothing
  local rel="$1/release"
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
  fi
}

sipdiag_find_jdk() {
  local min=21 best="" bestv=0 d v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(sipdiag_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge "$min" ]; then sipdiag_maven_opts; return 0; fi
  fi
  for d in /usr/lib/jvm/*; do
    [ -d "$d" ] || continue
    v=$(sipdiag_java_major "$d")
    if [ -n "$v" ] && [ "$v" -ge "$min" ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "sipdiag needs a JDK 21 or newer and found none (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21/25, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  sipdiag_maven_opts
}

# Maven's own libraries call sun.misc.Unsafe; JDK 24+ warns about it on every build. Quiet that, and only that.
sipdiag_maven_opts() {
  local v
  v=$(sipdiag_java_major "$JAVA_HOME")
  if [ -n "$v" ] && [ "$v" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}

sipdiag_need_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  echo "sipdiag is built with Apache Maven, which is not installed; installing it (apt-get install maven)." >&2
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven) >&2 || return 1
  else
    echo "Install Apache Maven 3.8 or newer ('sudo apt-get install maven') and run this again." >&2
    return 1
  fi
}
