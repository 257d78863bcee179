#!/usr/bin/env bash
# Fails when committed generated files are stale: schema/schema.graphql (emitted from the
# type-graphql classes) and the graphql-codegen output (test/generated, src/client/generated,
# src/explorer/generated).
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent build
node dist/src/cli/main.js schema schema/schema.graphql 2>/dev/null
npx graphql-codegen --config codegen.yml --silent

stale=$(git status --porcelain -- schema test/generated src/client/generated src/explorer/generated)
if [ -n "$stale" ]; then
  echo "Generated files are stale; run 'npm run schema && npm run codegen' and commit:" >&2
  echo "$stale" >&2
  git --no-pager diff --stat -- schema test/generated src/client/generated src/explorer/generated >&2
  exit 1
fi
echo "schema/schema.graphql and generated code are fresh."
