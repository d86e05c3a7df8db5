#!/usr/bin/env bash
# The Dockerfile's runtime stage without Docker (CI machines have no engine): production
# dependencies only (`npm ci --omit=dev`) beside the built dist/, schema/ and drizzle/, started in
# production mode on PostgreSQL as the image starts it. Fails when the server imports a
# devDependency at run time, misses a file the image copies, or does not become ready, answer a
# query, serve the live map and exit 0 on SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_ADMIN_URL=${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
PORT=${SMOKE_PORT:-4599}
DB="parkway_prod_smoke_$$"
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
  psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

npm run --silent build >/dev/null
cp package.json package-lock.json "$WORK"/
(cd "$WORK" && npm ci --omit=dev --no-audit --no-fund --ignore-scripts >/dev/null)
cp -r dist schema drizzle "$WORK"/
psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $DB"

(cd "$WORK" && exec env -i PATH="$PATH" NODE_ENV=production PORT="$PORT" HOST=127.0.0.1 \
  DATABASE_URL="${PG_ADMIN_URL%/*}/$DB" JWT_SECRET="production-smoke-secret-0123456789abcdef" LOG_LEVEL=warn \
  node --import ./dist/observability/register-tracing.js dist/server/main.js) &
SERVER_PID=$!

for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server exited before it was ready" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "not ready after 60 s" >&2; exit 1; }
answer=$(curl -sf "http://127.0.0.1:$PORT/graphql" -H 'content-type: application/json' \
  -d '{"query":"{ lots(first: 1) { edges { node { id name } } } }"}')
echo "$answer" | grep -q '"lots"' || { echo "unexpected answer: $answer" >&2; exit 1; }
curl -sf "http://127.0.0.1:$PORT/" | grep -qi '<html' || { echo "the live map is not served" >&2; exit 1; }

kill -TERM "$SERVER_PID"
status=0
wait "$SERVER_PID" || status=$?
SERVER_PID=""
[ "$status" -eq 0 ] || { echo "exit code $status after SIGTERM" >&2; exit 1; }
echo "production install: ready, answered, served /, exited 0 on SIGTERM"
