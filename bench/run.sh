#!/usr/bin/env bash
# The load benchmark: one command, from a clean clone.
#
#   bench/run.sh [seconds per scenario, default 15]
#
# Builds the server jar and the bench module (./mvnw -Pbench -DskipTests package; SKIP_BUILD=1
# skips it), measures the floors (raw SQLite through sqlite-jdbc, an empty Javalin route), seeds
# a fresh SQLite database (USERS users through the API, TASKS tasks through `admin tasks import`),
# then drives the server with wrk (bench/lua/*.lua) and prints one table: requests/s, p50, p99,
# errors and the server's peak RSS per scenario, each rate also as a share of its ceiling.
#
# Needs java, curl and wrk (Debian: apt-get install wrk); redis-server on the PATH adds a run
# with the Redis task cache. Everything listens on loopback and is stopped at the end. The
# server (and the empty-route floor) run with the JVM settings README.md recommends for a server,
# SERVER_JVM (set it to "" for the JVM's own defaults) and MALLOC_ARENA_MAX, and with
# RATE_LIMIT_ENABLED=false; each server
# is warmed up for SERVER_WARMUP seconds of mixed traffic before its first scenario, since the JIT
# needs more than one scenario's warm-up on two cores. The uncached run adds CACHE_TTL_SECONDS=0,
# the Redis run REDIS_URL. PROFILE=1 records each measured
# scenario with JFR (jcmd JFR.start, settings=profile) and keeps the recordings (KEEP=1: the
# working directory with the databases and server logs). SCENARIOS=REGEX runs only the scenarios
# whose names match (plus the ceiling); JAR=path measures another build of the server.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-${DURATION:-15}}
WARMUP=${WARMUP:-5}
SERVER_WARMUP=${SERVER_WARMUP:-60}
# The server settings README.md recommends; keep the two in step.
SERVER_JVM=${SERVER_JVM--XX:+UseSerialGC -Xmx128m -Xss512k}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
USERS=${USERS:-100}
TASKS=${TASKS:-10000}
PORT=${PORT:-3900}
FLOOR_PORT=${FLOOR_PORT:-3901}
REDIS_PORT=${REDIS_PORT:-6390}
JAR=${JAR:-bootstrap/target/primetrade.jar}
BENCH_JAR=bench/target/benchmarks.jar
ADMIN_EMAIL=bench-admin@example.com
ADMIN_PASSWORD=bench-admin-password-1
USER_PASSWORD=bench-user-password-1
export USER_PASSWORD USERS

for tool in java curl wrk; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 1; }
done
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  echo "Building (./mvnw -Pbench -DskipTests package)..."
  ./mvnw -B -ntp -q -Pbench -DskipTests package
fi
[[ -f $JAR && -f $BENCH_JAR ]] || { echo "bench: $JAR or $BENCH_JAR is missing" >&2; exit 1; }

work=$(mktemp -d)
keep=${KEEP:-}
[[ ${PROFILE:-0} != 1 ]] || keep=1
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ -n $keep ]] || rm -rf "$work"
}
trap cleanup EXIT
rows=()
notes=()

server_env() {
  local db=$1
  echo PORT="$PORT" HOST=127.0.0.1 DATABASE_URL="jdbc:sqlite:$db" \
    JWT_SECRET=benchmark-secret-that-is-long-enough-0123456789 \
    ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD RATE_LIMIT_ENABLED=false
}

wait_for() {
  local url=$1 log=$2
  for _ in $(seq 1 150); do
    curl -fs "$url" >/dev/null 2>&1 && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
  done
  echo "bench: $url did not answer; log:" >&2
  cat "$log" >&2
  exit 1
}

# start_server DB [JVM option...] [-- VAR=value...]
start_server() {
  local db=$1
  shift
  local jvm=() extra=()
  while (($#)); do
    if [[ $1 == -- ]]; then shift; extra=("$@"); break; fi
    jvm+=("$1")
    shift
  done
  # shellcheck disable=SC2046
  # shellcheck disable=SC2086
  env $(server_env "$db") "${extra[@]}" java $SERVER_JVM "${jvm[@]}" -jar "$JAR" \
    >"$work/${db##*/}.log" 2>&1 &
  server=$!
  pids+=("$server")
  wait_for "http://127.0.0.1:$PORT/health/ready" "$work/${db##*/}.log"
}

# warm_up: SERVER_WARMUP seconds of mixed traffic, unmeasured, so that the JIT has compiled the
# hot paths before the first scenario (needs TOKEN and IDS_FILE).
warm_up() {
  [[ $SERVER_WARMUP -gt 0 ]] || return 0
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SERVER_WARMUP}s" --timeout 10s -s bench/lua/mixed.lua \
    "http://127.0.0.1:$PORT" >/dev/null
}

stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}

admin() {
  # shellcheck disable=SC2046
  env $(server_env "$1") java -jar "$JAR" admin "${@:2}"
}

login() {
  curl -fs "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

task_total() {
  curl -fs "http://127.0.0.1:$PORT/api/v1/tasks?limit=1" -H "Authorization: Bearer $TOKEN" \
    | sed -E 's/.*"total":([0-9]+).*/\1/'
}

# The peak resident set of $1 since the last reset, in MB (Linux: clear_refs 5 resets VmHWM).
reset_peak() { echo 5 >"/proc/$1/clear_refs" 2>/dev/null || true; }
peak_mb() { awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# scenario NAME PID SCRIPT [VAR=value...]: warm up, measure, add a row.
scenario() {
  local name=$1 pid=$2 script=$3 port=$PORT
  shift 3
  # SCENARIOS: an extended regular expression; only the scenarios whose names match run.
  grep -Eq -- "${SCENARIOS:-.}" <<<"$name" || [[ $name == *ceiling* ]] || return 0
  [[ $script == get.lua && ${URL_PATH:-} == /floor ]] && port=$FLOOR_PORT
  env "$@" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s \
    -s "bench/lua/$script" "http://127.0.0.1:$port" >/dev/null
  [[ $script != create-task.lua ]] || before=$(task_total)
  reset_peak "$pid"
  [[ ${PROFILE:-0} != 1 ]] || jcmd "$pid" JFR.start name=bench settings=profile >/dev/null
  local out
  out=$(env "$@" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s \
    -s "bench/lua/$script" "http://127.0.0.1:$port")
  local result
  if [[ ${PROFILE:-0} == 1 ]]; then
    local slug
    slug=$(tr -c 'a-zA-Z0-9\n' - <<<"$name" | tr -s - | sed 's/^-//; s/-$//')
    jcmd "$pid" JFR.stop name=bench filename="$work/$slug.jfr" >/dev/null
  fi
  result=$(grep '^RESULT' <<<"$out") || { echo "$out" >&2; exit 1; }
  read -r _ rps p50 p99 errors requests <<<"$result"
  rows+=("$name|$rps|$p50|$p99|$errors|$(peak_mb "$pid")")
  last_requests=$requests
  last_errors=$errors
  local failed
  failed=$(awk '/^STATUS/ { printf "%s%s x %s", sep, $3, $2; sep = ", " }' <<<"$out")
  [[ -z $failed ]] || notes+=("$name: errors by status: $failed")
  printf '  %-34s %10s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$name" "$rps" "$p50" "$p99" \
    "$errors"
}

echo "Machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)," \
  "$(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM," \
  "$(java -version 2>&1 | head -1)"
echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${WARMUP}s warm-up, ${DURATION}s measured"
echo "Server JVM options: ${SERVER_JVM:-(none)}, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX;" \
  "${SERVER_WARMUP}s of mixed traffic after each start"

echo "Floors..."
read -r -a sqlite_rates <<<"$(java -cp "$BENCH_JAR" io.primetrade.bench.SqliteFloor "$work" 3 \
  | awk '{ printf "%s ", $2 }')"
sqlite_insert=${sqlite_rates[0]}
sqlite_batch=${sqlite_rates[1]}
sqlite_get=${sqlite_rates[2]}
sqlite_page=${sqlite_rates[3]}
# shellcheck disable=SC2086
java $SERVER_JVM -cp "$BENCH_JAR" io.primetrade.bench.FloorServer "$FLOOR_PORT" \
  >"$work/floor.log" 2>&1 &
floor=$!
pids+=("$floor")
server=$floor wait_for "http://127.0.0.1:$FLOOR_PORT/floor" "$work/floor.log"
[[ $SERVER_WARMUP -le 0 ]] || URL_PATH=/floor wrk -t"$THREADS" -c"$CONNECTIONS" \
  -d"${SERVER_WARMUP}s" -s bench/lua/get.lua "http://127.0.0.1:$FLOOR_PORT" >/dev/null
URL_PATH=/floor scenario "empty Javalin route (ceiling)" "$floor" get.lua URL_PATH=/floor
ceiling=${rows[-1]#*|}
ceiling=${ceiling%%|*}
kill "$floor"
wait "$floor" 2>/dev/null || true

echo "Seeding $USERS users and $TASKS tasks..."
start_server "$work/seed.db" -- CACHE_TTL_SECONDS=0
seq 1 "$USERS" | xargs -P 4 -I{} curl -fs -o /dev/null \
  "http://127.0.0.1:$PORT/api/v1/auth/register" -H 'Content-Type: application/json' \
  -d "{\"username\":\"user{}\",\"email\":\"user{}@example.com\",\"password\":\"$USER_PASSWORD\"}"
awk -v tasks="$TASKS" -v users="$USERS" 'BEGIN {
  split("pending in-progress completed", s, " "); split("low medium high", p, " ")
  for (i = 1; i <= tasks; i++) {
    printf "{\"title\":\"Seeded task %d\",\"description\":\"Part of the benchmark data set.\"," \
      "\"status\":\"%s\",\"priority\":\"%s\",\"dueDate\":\"2027-01-%02d\",\"assignedTo\":\"user%d\"}\n",
      i, s[i % 3 + 1], p[int(i / 3) % 3 + 1], i % 28 + 1, i % users + 1
  }
}' >"$work/tasks.jsonl"
admin "$work/seed.db" tasks import "$work/tasks.jsonl" --created-by "$ADMIN_EMAIL" \
  --batch-size 1000 >/dev/null
admin "$work/seed.db" tasks export --format jsonl \
  | sed -E 's/.*"id":"([^"]+)".*/\1/' >"$work/ids.txt"
export IDS_FILE=$work/ids.txt
stop_server
echo "  $(wc -l <"$IDS_FILE") tasks"

run_list() {
  URL_PATH='/api/v1/tasks?limit=20' scenario "$1" "$server" get.lua \
    URL_PATH='/api/v1/tasks?limit=20' TOKEN="$TOKEN"
}

echo "Server, default settings (in-process task cache)..."
cp "$work/seed.db" "$work/main.db"
start_server "$work/main.db" --
TOKEN=$(login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
export TOKEN
warm_up
scenario "GET /health" "$server" get.lua URL_PATH=/health
run_list "GET /api/v1/tasks (cached)"
scenario "GET /api/v1/tasks/{id}" "$server" get-task.lua
# Mixed and PUT before POST: the creates of the POST scenario (tens of thousands) would leave the
# other scenarios a board several times the seeded size.
scenario "mixed 90/10" "$server" mixed.lua
scenario "PUT /api/v1/tasks/{id}" "$server" update-task.lua
last_requests=
scenario "POST /api/v1/tasks" "$server" create-task.lua
if [[ -n $last_requests ]]; then
  after=$(task_total)
  acknowledged=$((last_requests - last_errors))
fi
scenario "POST /api/v1/auth/login" "$server" login.lua
stop_server

echo "Server, CACHE_TTL_SECONDS=0..."
cp "$work/seed.db" "$work/nocache.db"
start_server "$work/nocache.db" -- CACHE_TTL_SECONDS=0
TOKEN=$(login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
warm_up
run_list "GET /api/v1/tasks (uncached)"
scenario "GET /api/v1/tasks/{id} (uncached)" "$server" get-task.lua
stop_server

if command -v redis-server >/dev/null; then
  echo "Server, Redis task cache..."
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    >"$work/redis.log" 2>&1 &
  pids+=($!)
  sleep 0.5
  cp "$work/seed.db" "$work/redis.db"
  start_server "$work/redis.db" -- REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  TOKEN=$(login "$ADMIN_EMAIL" "$ADMIN_PASSWORD")
  warm_up
  run_list "GET /api/v1/tasks (Redis cache)"
  stop_server
else
  echo "  (no redis-server on the PATH: the Redis run is skipped)"
fi

echo
echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "SQLite floor (sqlite-jdbc, WAL, synchronous=NORMAL, one connection): insert one per" \
  "transaction $sqlite_insert/s, 100 per transaction $sqlite_batch/s, select by id" \
  "$sqlite_get/s, page of 20 $sqlite_page/s"
if [[ -n ${acknowledged:-} ]]; then
  echo "POST durability: $acknowledged creates acknowledged, task total $before -> $after" \
    "($((after - before)) new)"
  [[ $((after - before)) -ge $acknowledged ]] || echo "MISSING TASKS: fewer present than acknowledged"
fi
for note in "${notes[@]}"; do echo "$note"; done
echo
printf '| %-34s | %9s | %8s | %8s | %6s | %8s | %-28s |\n' scenario "req/s" "p50 ms" "p99 ms" \
  errors "peak RSS" "share of ceiling"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "-----------:" "---------:" \
  "---------:" "-------:" "---------:" "$(printf -- '-%.0s' {1..30})"
for row in "${rows[@]}"; do
  IFS='|' read -r name rps p50 p99 errors rss <<<"$row"
  share=$(awk -v r="$rps" -v c="$ceiling" 'BEGIN { printf "%.0f%% of empty route", 100 * r / c }')
  case $name in
    POST\ /api/v1/tasks | PUT*)
      share="$share, $(awk -v r="$rps" -v c="$sqlite_insert" \
        'BEGIN { printf "%.0f%% of SQLite", 100 * r / c }')" ;;
  esac
  printf '| %-34s | %9.0f | %8s | %8s | %6s | %5s MB | %-28s |\n' "$name" "$rps" "$p50" "$p99" \
    "$errors" "$rss" "$share"
done
[[ -z $keep ]] || echo "Kept: $work (with PROFILE=1: one JFR recording per scenario, *.jfr)"
