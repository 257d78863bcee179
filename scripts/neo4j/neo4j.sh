#!/usr/bin/env bash
# Runs a real Neo4j 5.26 Community server for Diplomap's tests, without Docker:
# jars from Maven Central (pom.xml), an embedded DBMS with Bolt (Launcher.java).
#
#   neo4j.sh install | start | stop | status | wait
#   neo4j.sh missing     the tools `start` needs and cannot find, one per line: java (17 or 21),
#                        mvn (only while the jars are not in NEO4J_LIB_DIR); prints nothing when
#                        all are there (scripts/prerequisites.sh installs or names them)
#   neo4j.sh import [--overwrite] [--no-start] <dir>
#                        bulk-load the CSV files in <dir> (written by `diplomap generate --into
#                        neo4j-bulk` / `diplomap seed --bulk`, with <dir>/import.args) into an
#                        empty database with neo4j-admin database import full: stops our server
#                        if it runs, imports, starts it again with the settings of its last start
#
# Env (all optional):
#   NEO4J_PORT           Bolt port on 127.0.0.1                 (7687)
#   NEO4J_PASSWORD       password of user neo4j, >= 8 chars     (diplomap-test)
#   NEO4J_HOME_DIR       data, logs, conf, pid file             (<repo>/.neo4j)
#   NEO4J_LIB_DIR        the jars                               (<repo>/.neo4j/lib)
#   NEO4J_HEAP           JVM max heap, -Xmx (-Xms is 64m)       (512m)
#   NEO4J_PAGECACHE      server.memory.pagecache.size           (64m)
#   NEO4J_TX_MEMORY      dbms.memory.transaction.total.max      (256m)
#   NEO4J_START_TIMEOUT  seconds to wait for start / for wait   (120)
#   NEO4J_STOP_TIMEOUT   seconds to wait for stop               (60)
#   NEO4J_JAVA           a java binary to use (17 or 21)        (auto)
#   NEO4J_JAVA_OPTS      extra JVM flags, split on spaces       ()
#   NEO4J_IMPORT_HEAP    import: the importer's JVM heap        (1g)
#   NEO4J_IMPORT_MEMORY  import: --max-off-heap-memory          (2g)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"

PORT="${NEO4J_PORT:-7687}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-diplomap-test}"
abs() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
HOME_DIR="$(abs "${NEO4J_HOME_DIR:-$REPO_DIR/.neo4j}")"
LIB_DIR="$(abs "${NEO4J_LIB_DIR:-$REPO_DIR/.neo4j/lib}")"
HEAP="${NEO4J_HEAP:-512m}"
PAGECACHE="${NEO4J_PAGECACHE:-64m}"
TX_MEMORY="${NEO4J_TX_MEMORY:-256m}"
START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
IMPORT_HEAP="${NEO4J_IMPORT_HEAP:-1g}"
IMPORT_MEMORY="${NEO4J_IMPORT_MEMORY:-2g}"
STOP_TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

POM="$SCRIPT_DIR/pom.xml"
STAMP="$LIB_DIR/.pom.sha256"
PID_FILE="$HOME_DIR/run/neo4j.pid"
LOG_FILE="$HOME_DIR/logs/launcher.log"
CONF_FILE="$HOME_DIR/conf/neo4j.conf"
SETTINGS_FILE="$HOME_DIR/run/settings.env"
IMPORT_LOG="$HOME_DIR/logs/import.log"
URL="bolt://127.0.0.1:$PORT"

die() { echo "neo4j.sh: $*" >&2; exit 1; }
say() { echo "neo4j.sh: $*"; }

case "$PORT" in '' | *[!0-9]*) die "NEO4J_PORT must be a number, got '$PORT'" ;; esac
[ "${#NEO4J_PASSWORD}" -ge 8 ] || die "NEO4J_PASSWORD must have at least 8 characters"

# --- tools -------------------------------------------------------------------

java_major() { # prints the Java feature version of binary $1, e.g. 17
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//' | head -n 1
}

java_ok() { [ -n "$1" ] && [ "$1" -ge 17 ] && [ "$1" -le 24 ]; }

find_java() { # Neo4j 5.26 runs on Java 17 and 21, not on 25 (a Temurin 25 may be installed too)
  local c major seen=""
  if [ -n "${NEO4J_JAVA:-}" ]; then
    [ -x "$NEO4J_JAVA" ] || die "NEO4J_JAVA=$NEO4J_JAVA is not an executable"
    major="$(java_major "$NEO4J_JAVA")"
    java_ok "$major" || die "NEO4J_JAVA=$NEO4J_JAVA is Java ${major:-?}; Neo4j 5.26 needs Java 17 or 21"
    JAVA="$NEO4J_JAVA"
    return 0
  fi
  for c in /usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/java-21-openjdk-amd64/bin/java \
    "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null || true)"; do
    if [ -z "$c" ] || [ ! -x "$c" ]; then continue; fi
    major="$(java_major "$c")"
    if java_ok "$major"; then
      JAVA="$c"
      return 0
    fi
    seen="$seen $c (Java ${major:-?})"
  done
  die "no usable java: Neo4j 5.26 needs Java 17 or 21 (found:${seen:- none}). Install one (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_JAVA."
}

need_mvn() {
  command -v mvn >/dev/null 2>&1 || die "mvn (Apache Maven) is not on PATH; it is needed once to fetch the Neo4j jars into $LIB_DIR. Install it, e.g. apt-get install maven."
}

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

lib_is_current() { [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(pom_hash)" ]; }

ensure_lib() { # copies the jars from ~/.m2 (downloading them if needed) when the pom changed
  lib_is_current && return 0
  need_mvn
  say "resolving Neo4j jars into $LIB_DIR (first run downloads ~125 MB into ~/.m2)"
  local tmp="$LIB_DIR.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$LIB_DIR")"
  if ! mvn -B -q -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$tmp.log" 2>&1; then
    cat "$tmp.log" >&2
    rm -rf "$tmp" "$tmp.log"
    die "mvn dependency:copy-dependencies failed (is Maven Central reachable?)"
  fi
  rm -f "$tmp.log"
  pom_hash >"$tmp/.pom.sha256"
  rm -rf "$LIB_DIR"
  mv "$tmp" "$LIB_DIR"
  say "installed $(find "$LIB_DIR" -name '*.jar' | wc -l) jars ($(du -sh "$LIB_DIR" | cut -f1))"
}

cmd_missing() { # exit 0 either way: the caller decides what to do about a missing tool
  if ! (find_java) >/dev/null 2>&1; then echo java; fi
  if ! lib_is_current && ! command -v mvn >/dev/null 2>&1; then echo mvn; fi
  return 0
}

# --- process helpers ---------------------------------------------------------

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$PORT" 2>/dev/null; }

read_pid() { if [ -f "$PID_FILE" ]; then tr -dc '0-9' <"$PID_FILE"; fi; }

is_ours() { # $1 = pid: alive, and our Launcher (guards against a recycled pid)
  [ -n "$1" ] && kill -0 "$1" 2>/dev/null || return 1
  local args
  if [ -r "/proc/$1/cmdline" ]; then
    args="$(tr '\0' ' ' <"/proc/$1/cmdline")"
  else
    args="$(ps -p "$1" -o args= 2>/dev/null || true)"
  fi
  case "$args" in *Launcher.java*) return 0 ;; *) return 1 ;; esac
}

log_tail() { # the errors first (Neo4j's stack traces are long), then the last lines
  echo "----- errors in $LOG_FILE -----" >&2
  grep -E '^(Exception|Caused by)|ERROR' "$LOG_FILE" 2>/dev/null | head -n 10 | cut -c1-400 >&2 || true
  echo "----- last lines of $LOG_FILE -----" >&2
  tail -n 40 "$LOG_FILE" >&2 2>/dev/null || true
  echo "----- (more in $HOME_DIR/logs/debug.log) -----" >&2
}

write_conf() { # settings the Launcher does not force itself (it forces port, auth, TLS, HTTP)
  mkdir -p "$HOME_DIR/conf" "$HOME_DIR/logs" "$HOME_DIR/run" "$HOME_DIR/data"
  cat >"$CONF_FILE" <<EOF
# Written by scripts/neo4j/neo4j.sh on every start: edits here are lost.
# Forced by Launcher.java: server.bolt.enabled=true, server.bolt.listen_address=127.0.0.1:\$NEO4J_PORT,
# server.bolt.tls_level=DISABLED, server.http(s).enabled=false, dbms.security.auth_enabled=true.
server.directories.data=$HOME_DIR/data
server.directories.logs=$HOME_DIR/logs
server.memory.pagecache.size=$PAGECACHE
dbms.memory.transaction.total.max=$TX_MEMORY
# a test store stays small: no 256 MB preallocated transaction log per database
db.tx_log.preallocate=false
db.tx_log.rotation.retention_policy=100M size
# stop in ~1 s instead of ~6 s: Bolt's Netty waits a 5 s quiet period by default (internal setting, 5.26)
internal.dbms.bolt.netty_server_shutdown_quiet_period=0
# no phoning home from a test server
dbms.usage_report.enabled=false
# tests that try a wrong password must not lock user neo4j out (default: 3 tries, then 5 s lock)
dbms.security.auth_max_failed_attempts=0
EOF
}

jvm_flags() { # $1 = max heap; sets the array `flags` (declared by the caller)
  # Without the --add-opens, Neo4j logs that its page cache runs in a slower "fallback mode"
  # and that it cannot preallocate or advise on its log files (seen in debug.log on Java 17).
  flags=(-Xms64m -Xmx"$1" -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
    -XX:+ExitOnOutOfMemoryError
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
    -Dio.netty.tryReflectionSetAccessible=true -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8)
}

save_settings() { # what `import` restarts the server with
  {
    printf 'HEAP=%q\n' "$HEAP"
    printf 'PAGECACHE=%q\n' "$PAGECACHE"
    printf 'TX_MEMORY=%q\n' "$TX_MEMORY"
    printf 'JAVA_OPTS=%q\n' "${NEO4J_JAVA_OPTS:-}"
  } >"$SETTINGS_FILE"
}

load_settings() { # the settings of the last start, for those not given in the environment
  [ -f "$SETTINGS_FILE" ] || return 0
  local HEAP_S="" PAGECACHE_S="" TX_MEMORY_S="" JAVA_OPTS_S=""
  # shellcheck disable=SC1090
  eval "$(sed -n 's/^\(HEAP\|PAGECACHE\|TX_MEMORY\|JAVA_OPTS\)=/\1_S=/p' "$SETTINGS_FILE")"
  if [ -z "${NEO4J_HEAP:-}" ] && [ -n "$HEAP_S" ]; then HEAP="$HEAP_S"; fi
  if [ -z "${NEO4J_PAGECACHE:-}" ] && [ -n "$PAGECACHE_S" ]; then PAGECACHE="$PAGECACHE_S"; fi
  if [ -z "${NEO4J_TX_MEMORY:-}" ] && [ -n "$TX_MEMORY_S" ]; then TX_MEMORY="$TX_MEMORY_S"; fi
  if [ -z "${NEO4J_JAVA_OPTS:-}" ] && [ -n "$JAVA_OPTS_S" ]; then export NEO4J_JAVA_OPTS="$JAVA_OPTS_S"; fi
}

# --- commands ----------------------------------------------------------------

cmd_install() {
  find_java
  need_mvn
  ensure_lib
  say "ready: $JAVA (Java $(java_major "$JAVA")), $(find "$LIB_DIR" -name '*.jar' | wc -l) jars in $LIB_DIR"
}

wait_ready() { # $1 = pid; waits for the Launcher's ready line
  local pid="$1" t0=$SECONDS
  while :; do
    if grep -q '^NEO4J_READY' "$LOG_FILE" 2>/dev/null && port_open; then
      say "running (pid $pid) on $URL, ready after $((SECONDS - t0)) s"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PID_FILE"
      log_tail
      die "Neo4j (pid $pid) exited before it was ready"
    fi
    if [ $((SECONDS - t0)) -ge "$START_TIMEOUT" ]; then
      log_tail
      cmd_stop >&2 || true
      die "Neo4j was not ready after ${START_TIMEOUT}s (NEO4J_START_TIMEOUT); stopped it"
    fi
    sleep 0.5
  done
}

cmd_start() {
  local pid
  mkdir -p "$HOME_DIR/run"
  if command -v flock >/dev/null 2>&1; then # two starts at once: the second waits, then finds it running
    exec 9>"$HOME_DIR/run/start.lock"
    flock 9
  fi
  pid="$(read_pid)"
  if is_ours "$pid"; then
    if port_open; then
      say "already running (pid $pid) on $URL"
      return 0
    fi
    say "pid $pid is starting; waiting for it"
    wait_ready "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  if port_open; then
    die "port $PORT on 127.0.0.1 is already in use by something that is not our Neo4j ($(ss -ltnpH "sport = :$PORT" 2>/dev/null | head -n 1 || true)). Stop it or set NEO4J_PORT."
  fi
  find_java
  ensure_lib
  write_conf
  : >"$LOG_FILE"
  local -a flags
  jvm_flags "$HEAP"
  # shellcheck disable=SC2206 # NEO4J_JAVA_OPTS is split on purpose
  if [ -n "${NEO4J_JAVA_OPTS:-}" ]; then flags+=(${NEO4J_JAVA_OPTS}); fi
  save_settings
  (
    cd "$HOME_DIR"
    export NEO4J_PORT="$PORT"
    nohup "$JAVA" "${flags[@]}" -cp "$LIB_DIR/*" "$SCRIPT_DIR/Launcher.java" "$HOME_DIR" \
      >>"$LOG_FILE" 2>&1 </dev/null 9>&- &
    echo $! >"$PID_FILE"
  )
  pid="$(read_pid)"
  say "starting Neo4j (pid $pid, $("$JAVA" -version 2>&1 | head -n 1), heap $HEAP), log: $LOG_FILE"
  wait_ready "$pid"
}

cmd_stop() {
  local pid t0=$SECONDS
  pid="$(read_pid)"
  if ! is_ours "$pid"; then
    rm -f "$PID_FILE"
    say "not running"
    return 0
  fi
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ $((SECONDS - t0)) -ge "$STOP_TIMEOUT" ]; then
      die "pid $pid still alive after ${STOP_TIMEOUT}s; not killing it hard (that risks the store). Look at $LOG_FILE."
    fi
    sleep 0.5
  done
  rm -f "$PID_FILE"
  say "stopped (pid $pid) after $((SECONDS - t0)) s"
}

cmd_status() {
  local pid
  pid="$(read_pid)"
  if is_ours "$pid" && port_open; then
    say "running (pid $pid) on $URL"
    return 0
  fi
  if is_ours "$pid"; then
    say "not running: pid $pid is alive but $URL does not answer (starting, or stuck)"
  else
    say "not running"
  fi
  return 1
}

cmd_wait() {
  local t0=$SECONDS
  until port_open; do
    [ $((SECONDS - t0)) -lt "$START_TIMEOUT" ] || die "$URL did not accept connections within ${START_TIMEOUT}s"
    sleep 0.5
  done
  say "$URL accepts connections"
}

cmd_import() { # [--overwrite] [--no-start] <dir>
  local overwrite=false start=true dir="" arg pid database t0 ms rc=0
  for arg in "$@"; do
    case "$arg" in
      --overwrite) overwrite=true ;;
      --no-start) start=false ;;
      -*) die "import: unknown option $arg" ;;
      *) [ -z "$dir" ] || die "import: one folder expected"; dir="$(abs "$arg")" ;;
    esac
  done
  [ -n "$dir" ] || die "usage: neo4j.sh import [--overwrite] [--no-start] <dir>   (<dir>/import.args from diplomap generate --into neo4j-bulk or diplomap seed --bulk)"
  [ -f "$dir/import.args" ] || die "import: $dir/import.args not found; write the CSV files with diplomap generate --into neo4j-bulk or diplomap seed --bulk"
  database="$(tail -n 1 "$dir/import.args")"
  case "$database" in '' | -* | */* | *' '*) die "import: the last line of $dir/import.args must be the database name, got '$database'" ;; esac
  load_settings
  find_java
  ensure_lib
  pid="$(read_pid)"
  if is_ours "$pid"; then
    say "stopping Neo4j (pid $pid) for the import"
    cmd_stop
  fi
  if [ -e "$HOME_DIR/data/databases/$database" ] && [ "$overwrite" != true ]; then
    if [ "$start" = true ]; then cmd_start >&2 || true; fi
    die "import: $HOME_DIR/data/databases/$database exists; --overwrite replaces it (everything in it is lost). The import only loads an empty database; top up with diplomap seed."
  fi
  write_conf
  local -a flags
  jvm_flags "$IMPORT_HEAP"
  say "importing $dir into database $database ($IMPORT_HEAP heap, $IMPORT_MEMORY off-heap), log: $IMPORT_LOG"
  t0="$(date +%s%N)"
  # neo4j-admin from the same jars: its import command is in neo4j-import-tool (a dependency of
  # org.neo4j:neo4j). @file: picocli reads the arguments from import.args, one per line.
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" "$JAVA" "${flags[@]}" -cp "$LIB_DIR/*" \
    org.neo4j.cli.AdminTool database import full \
    --overwrite-destination="$overwrite" --max-off-heap-memory="$IMPORT_MEMORY" \
    --report-file="$HOME_DIR/logs/import.report" "@$dir/import.args" </dev/null 2>&1 |
    tee "$IMPORT_LOG" || rc=$? # pipefail: the importer's exit status
  ms="$(( ($(date +%s%N) - t0) / 1000000 ))"
  if [ "$rc" -ne 0 ] || ! grep -q '^IMPORT DONE' "$IMPORT_LOG"; then
    die "import failed (exit $rc) after $((ms / 1000)) s; see $IMPORT_LOG and $HOME_DIR/logs/import.report. The database files of '$database' may be unusable: import again with --overwrite. Neo4j is left stopped."
  fi
  echo "NEO4J_IMPORT_MS=$ms"
  say "imported in $((ms / 1000)).$(( (ms % 1000) / 100 )) s"
  if [ "$start" = true ]; then cmd_start; fi
}

case "${1:-}" in
  install) cmd_install ;;
  missing) cmd_missing ;;
  import)
    shift
    cmd_import "$@"
    ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wait) cmd_wait ;;
  *)
    echo "usage: $0 {install|missing|start|stop|status|wait|import [--overwrite] [--no-start] <dir>}   (env: see the top of this file)" >&2
    exit 2
    ;;
esac
