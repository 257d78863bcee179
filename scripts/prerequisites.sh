#!/usr/bin/env bash
# What the README's commands need besides node_modules, checked in the first seconds so a run
# never fails ten minutes in. `npm test` runs it first (pretest), `.ci/run` before `npm ci`,
# `npm start` (prestart) checks Node only.
#
#   prerequisites.sh [all|node]        (default: all)
#
#   node      Node as package.json's engines asks (`>=X.Y.Z`)
#   java      17 or 21, for the test Neo4j 5.26 (scripts/neo4j/neo4j.sh finds it)
#   mvn       Maven, to fetch Neo4j's jars once (not needed once they are in NEO4J_LIB_DIR)
#   chromium  for the browser tests (test/browser/chromium.ts; CHROMIUM_PATH or /usr/bin/chromium)
#   python    Python 3 with venv, for the release test's frictionless validator
#             (scripts/frictionless/validate.sh installs it from PyPI into .cache/)
#
# As root it installs what is missing with apt-get, as CI does; otherwise it stops at once and
# prints the command that installs it. Node is never installed here (apt's may be too old).
#
# Env: CHROMIUM_PATH, NEO4J_JAVA, NEO4J_LIB_DIR (see neo4j.sh); PREREQUISITES_UID replaces the
# user id (the tests use it to act as a user without root).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
USER_ID="${PREREQUISITES_UID:-$(id -u)}"

say() { echo "prerequisites: $*"; }
die() {
  echo "prerequisites: $*" >&2
  exit 1
}

version_at_least() { # $1 >= $2, both X.Y.Z
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}

check_node() {
  local wanted found
  wanted="$(sed -n 's/^ *"node": *">=\([0-9][0-9.]*\)".*/\1/p' package.json | head -n 1)"
  [ -n "$wanted" ] || die "package.json's engines.node must read \">=X.Y.Z\" for this check"
  command -v node >/dev/null 2>&1 ||
    die "node is not on PATH: install Node $wanted or later (https://nodejs.org/, or nvm install 22)"
  found="$(node --version)"
  found="${found#v}"
  version_at_least "$found" "$wanted" ||
    die "Node $found is too old: Diplomap needs Node $wanted or later (package.json engines). Install Node 22 LTS or 20.$(echo "$wanted" | cut -d. -f2)+ (https://nodejs.org/, or nvm install 22)."
}

missing_tools() { # one name per line
  bash scripts/neo4j/neo4j.sh missing
  if [ ! -x "$CHROMIUM" ]; then echo chromium; fi
  if ! python3 -m venv --help >/dev/null 2>&1; then echo python; fi
}

java_package() { # the JDK Debian/Ubuntu offer: 17 where there is one (bookworm, jammy), else 21
  if command -v apt-cache >/dev/null 2>&1 && ! apt-cache show openjdk-17-jdk-headless >/dev/null 2>&1 &&
    apt-cache show openjdk-21-jdk-headless >/dev/null 2>&1; then
    echo openjdk-21-jdk-headless
  else
    echo openjdk-17-jdk-headless
  fi
}

describe() { # human names of the tools in $@
  local out=() tool
  for tool in "$@"; do
    case "$tool" in
      java) out+=("Java 17 or 21 (the test Neo4j 5.26)") ;;
      mvn) out+=("Maven (fetches Neo4j's jars once)") ;;
      chromium) out+=("Chromium at $CHROMIUM (the browser tests)") ;;
      python) out+=("Python 3 with venv (the release test's validator)") ;;
    esac
  done
  local IFS=';'
  echo "${out[*]}" | sed 's/;/, /g'
}

packages() { # apt packages for the tools in $@
  local out=() tool
  for tool in "$@"; do
    case "$tool" in
      java) out+=("$(java_package)") ;;
      mvn) out+=(maven) ;;
      chromium) out+=(chromium) ;;
      python) out+=(python3 python3-venv) ;;
    esac
  done
  echo "${out[*]}"
}

check_tools() {
  local -a missing
  mapfile -t missing < <(missing_tools)
  [ "${#missing[@]}" -eq 0 ] && return 0
  local pkgs
  pkgs="$(packages "${missing[@]}")"
  if [ "$USER_ID" != 0 ]; then
    die "missing: $(describe "${missing[@]}").
Install with:
  sudo apt-get update && sudo apt-get install -y $pkgs
(Debian/Ubuntu; elsewhere the same tools from your package manager. A Java or Chromium elsewhere:
NEO4J_JAVA=/path/to/java, CHROMIUM_PATH=/path/to/chromium.)"
  fi
  command -v apt-get >/dev/null 2>&1 ||
    die "missing: $(describe "${missing[@]}"), and there is no apt-get to install $pkgs with"
  say "installing $pkgs (apt-get)…"
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >/dev/null ||
    die "apt-get install -y $pkgs failed"
  mapfile -t missing < <(missing_tools)
  [ "${#missing[@]}" -eq 0 ] || die "still missing after apt-get install: $(describe "${missing[@]}")"
}

case "${1:-all}" in
  node) check_node ;;
  all)
    check_node
    check_tools
    say "Node $(node --version), Java 17/21, Maven or Neo4j's jars, Chromium, Python 3: present"
    ;;
  *) die "usage: $0 [all|node]" ;;
esac
