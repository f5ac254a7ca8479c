#!/usr/bin/env bash
# Task-list reads with no cache, with the in-process cache and with Redis, measured with wrk.
#
#   ./mvnw -q -DskipTests package && bench/task-reads.sh [seconds per run, default 20]
#
# Needs: the built jar (bootstrap/target/primetrade.jar), java, curl, wrk (Debian: apt-get install
# wrk) and, for the Redis run, redis-server on the PATH. Each run starts the server on a copy of the
# same SQLite file (TASKS tasks, seeded once through the API), warms it up for 5 s, then lets wrk
# ask for one page of a filtered, sorted list with CONNECTIONS connections. Everything runs on
# loopback and is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_RUN=${1:-20}
TASKS=${TASKS:-2000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
QUERY=${QUERY:-/api/v1/tasks?status=pending&sort=-priority&limit=20}
JAR=${JAR:-bootstrap/target/primetrade.jar}
PORT=${PORT:-3900}
REDIS_PORT=${REDIS_PORT:-6390}
ADMIN_EMAIL=bench@example.com
ADMIN_PASSWORD=bench-password-1

for tool in java curl wrk; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
[[ -f $JAR ]] || { echo "Build first: ./mvnw -q -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Starts the server on $1 (a database file) with the extra environment in the remaining arguments.
start_server() {
  local db=$1
  shift
  env PORT="$PORT" HOST=127.0.0.1 DATABASE_URL="jdbc:sqlite:$db" \
    JWT_SECRET=benchmark-secret-that-is-long-enough-0123456789 \
    ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD RATE_LIMIT_ENABLED=false \
    "$@" java -jar "$JAR" >"$work/server.log" 2>&1 &
  server=$!
  pids+=("$server")
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "The server did not start; its log:" >&2
  cat "$work/server.log" >&2
  exit 1
}

stop_server() {
  kill "$server"
  wait "$server" 2>/dev/null || true
}

token() {
  curl -fs "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

echo "Seeding $TASKS tasks..."
start_server "$work/seed.db" CACHE_TTL_SECONDS=0
auth="Authorization: Bearer $(token)"
statuses=(pending in-progress completed)
priorities=(low medium high)
for i in $(seq 1 "$TASKS"); do
  printf '{"title":"Benchmark task %d","status":"%s","priority":"%s","dueDate":"2027-01-%02d"}\n' \
    "$i" "${statuses[i % 3]}" "${priorities[i % 3]}" $((i % 28 + 1))
done | while read -r body; do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/tasks" -H "$auth" \
    -H 'Content-Type: application/json' -d "$body"
done
stop_server

run() {
  local slug=$1 name=$2
  shift 2
  cp "$work/seed.db" "$work/$slug.db"
  start_server "$work/$slug.db" "$@"
  auth="Authorization: Bearer $(token)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "$auth" "http://127.0.0.1:$PORT$QUERY" >/dev/null
  echo "== $name"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "$auth" \
    "http://127.0.0.1:$PORT$QUERY" | grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors'
  echo "   X-Cache of one more read: $(curl -fs -o /dev/null -D - -H "$auth" "http://127.0.0.1:$PORT$QUERY" \
    | tr -d '\r' | sed -n 's/^[Xx]-[Cc]ache: //p')"
  stop_server
}

run none "no cache (CACHE_TTL_SECONDS=0)" CACHE_TTL_SECONDS=0
run local "in-process cache (Caffeine)"
if command -v redis-server >/dev/null; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    >"$work/redis.log" 2>&1 &
  pids+=($!)
  sleep 0.5
  run redis "Redis cache" REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
else
  echo "== Redis cache: skipped, redis-server is not on the PATH"
fi
