#!/usr/bin/env bash
# A bounded schemathesis run against the service on a free loopback port (make fuzz).
# Checks: no 5xx, every status and content type documented, every body in its documented schema.
# EXAMPLES (default 5) bounds the cases per operation and phase; the run ends with the server.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv/bin}
PORT=$("$VENV/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$VENV/kg" serve --host 127.0.0.1 --port "$PORT" > "${TMPDIR:-/tmp}/kg-fuzz-server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
"$VENV/schemathesis" run "http://127.0.0.1:$PORT/openapi.json" \
  --wait-for-schema 120 \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples "${EXAMPLES:-5}" \
  --request-timeout 60 \
  --generation-deterministic \
  --no-color
