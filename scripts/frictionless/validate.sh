#!/usr/bin/env bash
# Validates a Data Package with the frictionless validator from PyPI (versions pinned in
# requirements.txt beside this script), installed on first use into a virtualenv under .cache/
# (FRICTIONLESS_VENV to put it elsewhere). Needs python3 with venv; .ci/run installs them.
# Usage: scripts/frictionless/validate.sh path/to/datapackage.json   (prints the JSON report)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${FRICTIONLESS_VENV:-$root/.cache/frictionless-venv}"
if [ ! -x "$venv/bin/frictionless" ] || ! cmp -s "$here/requirements.txt" "$venv/requirements.txt"; then
  echo "Installing frictionless into $venv (PyPI)…" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt" >&2
  cp "$here/requirements.txt" "$venv/requirements.txt"
fi
exec "$venv/bin/frictionless" validate --json "$1"
