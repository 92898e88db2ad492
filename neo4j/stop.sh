#!/usr/bin/env bash
# Stop the Neo4j server started by neo4j/start.sh (by its pid file only).
set -euo pipefail
RUN="${NEO4J_RUN_DIR:-$(cd "$(dirname "$0")" && pwd)/run}"
[ -f "$RUN/neo4j.pid" ] || { echo "neo4j/stop.sh: not running" >&2; exit 0; }
PID="$(cat "$RUN/neo4j.pid")"
if kill -0 "$PID" 2>/dev/null; then
  kill "$PID"
  for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
fi
rm -f "$RUN/neo4j.pid"
echo "neo4j/stop.sh: stopped pid $PID" >&2
