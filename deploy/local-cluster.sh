#!/usr/bin/env bash
# The docker-compose.yml topology without Docker, on loopback: one redis-server, three API
# processes of the built jar on three ports sharing one SQLite file, and nginx with the
# repository's configuration (nginx/primetrade/*.conf) rendered for those ports.
#
#   deploy/local-cluster.sh start                 start everything (the APIs all at once)
#   deploy/local-cluster.sh stop                  stop everything this script started
#   deploy/local-cluster.sh status                what is running
#   deploy/local-cluster.sh start-instance N      (re)start API instance N (1, 2 or 3)
#   deploy/local-cluster.sh stop-instance N [--kill]   SIGTERM (or SIGKILL) API instance N
#   deploy/local-cluster.sh check                 PRAGMA integrity_check on the shared file
#   deploy/local-cluster.sh nginx-config          render nginx's configuration and test it (nginx -t)
#
# Settings (environment):
#   CLUSTER_DIR      state, logs and the database (default: target/local-cluster in the repository)
#   PRIMETRADE_JAR   the jar (default: bootstrap/target/primetrade.jar; build it with
#                    ./mvnw -q -DskipTests package)
#   NGINX_PORT       nginx's port (8080); API_PORTS the three API ports ("3001 3002 3003");
#   REDIS_PORT       Redis's port (6390); MANAGEMENT_PORTS optional, one per API instance
#   NGINX_BIN, REDIS_SERVER_BIN, JAVA_BIN   the programs (default: found on PATH and in /usr/sbin)
#   JAVA_OPTS        JVM flags of the API processes (default: a small heap, serial GC)
#   STARTUP_TIMEOUT  seconds to wait for a process to become ready (90)
# Any other variable the API reads (JWT_SECRET, ADMIN_EMAIL, ADMIN_PASSWORD, RATE_LIMIT_*,
# CACHE_TTL_SECONDS, TRUSTED_PROXIES, ...) is passed on to the API processes as it is at `start`
# and kept for later `start-instance`. The script sets DATABASE_URL, REDIS_URL, HOST, PORT and
# INSTANCE_ID (api-1, api-2, api-3) itself; TRUSTED_PROXIES defaults to 127.0.0.1 (this nginx), and
# JWT_SECRET to a random one kept in CLUSTER_DIR, so that the instances accept each other's tokens.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CLUSTER_DIR=${CLUSTER_DIR:-$REPO/target/local-cluster}
STATE=$CLUSTER_DIR/cluster.env
INSTANCES=3

die() {
  echo "local-cluster: $*" >&2
  exit 1
}

log() {
  echo "local-cluster: $*"
}

find_program() { # name, then extra directories to look in
  local name=$1 dir
  shift
  if command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
    return 0
  fi
  for dir in "$@"; do
    if [[ -x $dir/$name ]]; then
      echo "$dir/$name"
      return 0
    fi
  done
  return 1
}

# The status code of GET http://127.0.0.1:$1$2, or nothing when nobody answers. Bash only.
http_status() {
  local port=$1 path=$2
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 0
    printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$path" >&3
    local line=""
    read -r -t 5 line <&3 || true
    echo "${line}" | awk '{ print $2 }'
  ) 2>/dev/null || true
}

redis_answers() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'PING\r\n' >&3
    local line=""
    read -r -t 2 line <&3 || true
    [[ $line == +PONG* ]]
  ) 2>/dev/null
}

# Whether the pid in a pid file is alive and is still the program we started.
running_pid() { # pid file, expected text in the command line
  local file=$1 expected=$2 pid
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$expected" || return 1
  echo "$pid"
}

# Sends a signal and waits (bounded) for the process to go; SIGKILL when it does not.
stop_pid_file() { # pid file, expected text, signal, seconds
  local file=$1 expected=$2 signal=$3 seconds=$4 pid i
  if pid=$(running_pid "$file" "$expected"); then
    kill "-$signal" "$pid" 2>/dev/null || true
    for ((i = 0; i < seconds * 10; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid did not stop within ${seconds}s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$file"
}

load_state() {
  [[ -f $STATE ]] || die "no cluster in $CLUSTER_DIR (run: $0 start)"
  # shellcheck source=/dev/null
  source "$STATE"
}

api_port() {
  local ports=($API_PORTS)
  echo "${ports[$(($1 - 1))]}"
}

start_instance() {
  local n=$1 port management pid_file log_file
  port=$(api_port "$n")
  pid_file=$CLUSTER_DIR/pids/api-$n.pid
  log_file=$CLUSTER_DIR/logs/api-$n.log
  if running_pid "$pid_file" "$PRIMETRADE_JAR" >/dev/null; then
    die "api-$n is already running"
  fi
  local extra=()
  if [[ -n ${MANAGEMENT_PORTS:-} ]]; then
    local managements=($MANAGEMENT_PORTS)
    extra+=("MANAGEMENT_PORT=${managements[$((n - 1))]}")
  fi
  # Only the API's settings kept at `start`, then the topology's own: nothing else from the
  # caller's environment (a MANAGEMENT_PORT there would make the three instances clash).
  (
    local API_ENV=()
    # shellcheck source=/dev/null
    source "$CLUSTER_DIR/api.env"
    # shellcheck disable=SC2086
    exec env -i PATH="$PATH" HOME="${HOME:-$CLUSTER_DIR}" "${API_ENV[@]}" "${extra[@]}" \
      HOST=127.0.0.1 PORT="$port" INSTANCE_ID="api-$n" \
      DATABASE_URL="jdbc:sqlite:$CLUSTER_DIR/data/primetrade.db" \
      REDIS_URL="redis://127.0.0.1:$REDIS_PORT" \
      "$JAVA_BIN" $JAVA_OPTS -jar "$PRIMETRADE_JAR"
  ) >>"$log_file" 2>&1 </dev/null &
  echo $! >"$pid_file"
}

await_instance() {
  local n=$1 port pid_file deadline=$((SECONDS + STARTUP_TIMEOUT))
  port=$(api_port "$n")
  pid_file=$CLUSTER_DIR/pids/api-$n.pid
  while ((SECONDS < deadline)); do
    if ! running_pid "$pid_file" "$PRIMETRADE_JAR" >/dev/null; then
      tail -n 40 "$CLUSTER_DIR/logs/api-$n.log" >&2 || true
      return 1
    fi
    [[ $(http_status "$port" /health/ready) == 200 ]] && return 0
    sleep 0.25
  done
  tail -n 40 "$CLUSTER_DIR/logs/api-$n.log" >&2 || true
  return 1
}

render_nginx() {
  local user=""
  if ((EUID == 0)); then
    # As root, nginx's workers would run as a user that may not exist here; they only proxy on
    # loopback, so they run as the user who started the cluster.
    user="user $(id -un) $(id -gn);"
  fi
  mkdir -p "$CLUSTER_DIR/nginx/tmp"
  local template=$REPO/nginx/local-cluster.conf.template
  awk -v user="$user" -v run="$CLUSTER_DIR/nginx" -v conf="$REPO/nginx" \
    -v port="$NGINX_PORT" -v api_ports="$API_PORTS" '
      /@API_PORT@/ {
        n = split(api_ports, ports, " ")
        for (i = 1; i <= n; i++) { line = $0; gsub(/@API_PORT@/, ports[i], line); print line }
        next
      }
      { gsub(/@USER@/, user); gsub(/@RUN@/, run); gsub(/@CONF@/, conf); gsub(/@PORT@/, port); print }
    ' "$template" >"$CLUSTER_DIR/nginx/nginx.conf"
}

nginx_settings() {
  NGINX_BIN=${NGINX_BIN:-$(find_program nginx /usr/sbin /usr/local/sbin /usr/local/nginx/sbin)} ||
    die "nginx is not installed (Debian: apt-get install nginx-light)"
  NGINX_PORT=${NGINX_PORT:-8080}
  API_PORTS=${API_PORTS:-3001 3002 3003}
  local ports=($API_PORTS)
  ((${#ports[@]} == INSTANCES)) || die "API_PORTS must list $INSTANCES ports, was '$API_PORTS'"
}

nginx_args() {
  echo -p "$CLUSTER_DIR/nginx/" -e "$CLUSTER_DIR/nginx/error.log" -c "$CLUSTER_DIR/nginx/nginx.conf"
}

cmd_start() {
  local pid file
  for file in "$CLUSTER_DIR"/pids/*.pid; do
    if pid=$(running_pid "$file" ""); then
      die "a cluster is already running in $CLUSTER_DIR (pid $pid); stop it first"
    fi
  done
  PRIMETRADE_JAR=${PRIMETRADE_JAR:-$REPO/bootstrap/target/primetrade.jar}
  [[ -f $PRIMETRADE_JAR ]] || die "no jar at $PRIMETRADE_JAR (build it: ./mvnw -q -DskipTests package)"
  PRIMETRADE_JAR=$(cd "$(dirname "$PRIMETRADE_JAR")" && pwd)/$(basename "$PRIMETRADE_JAR")
  nginx_settings
  REDIS_SERVER_BIN=${REDIS_SERVER_BIN:-$(find_program redis-server /usr/bin /usr/local/bin)} ||
    die "redis-server is not installed (Debian: apt-get install redis-server)"
  JAVA_BIN=${JAVA_BIN:-$(find_program java)} || die "java is not installed"
  REDIS_PORT=${REDIS_PORT:-6390}
  MANAGEMENT_PORTS=${MANAGEMENT_PORTS:-}
  JAVA_OPTS=${JAVA_OPTS:--Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}
  STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-90}

  mkdir -p "$CLUSTER_DIR"/{pids,logs,data,redis}
  CLUSTER_DIR=$(cd "$CLUSTER_DIR" && pwd)
  STATE=$CLUSTER_DIR/cluster.env
  if [[ -z ${JWT_SECRET:-} ]]; then
    if [[ ! -s $CLUSTER_DIR/jwt-secret ]]; then
      (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n' >"$CLUSTER_DIR/jwt-secret")
    fi
    JWT_SECRET=$(<"$CLUSTER_DIR/jwt-secret")
  fi
  TRUSTED_PROXIES=${TRUSTED_PROXIES:-127.0.0.1}
  export JWT_SECRET TRUSTED_PROXIES

  # The API's own settings from this environment, kept for later start-instance.
  local name
  : >"$CLUSTER_DIR/api.env"
  chmod 600 "$CLUSTER_DIR/api.env"
  while IFS= read -r name; do
    printf 'API_ENV+=(%q)\n' "$name=${!name}"
  done >"$CLUSTER_DIR/api.env" < <(compgen -e | grep -E '^(JWT_|ADMIN_|ALLOW_ADMIN_SIGNUP$|RATE_LIMIT_|CACHE_TTL_SECONDS$|REDIS_TIMEOUT$|TRUSTED_PROXIES$|BCRYPT_COST$|DATABASE_POOL_SIZE$|LOG_FORMAT$|LOG_DIR$|SHUTDOWN_TIMEOUT$|CORS_ORIGINS$|REFRESH_TOKEN_EXPIRES_IN$)' || true)
  {
    printf 'CLUSTER_DIR=%q\n' "$CLUSTER_DIR"
    local var
    for var in PRIMETRADE_JAR NGINX_BIN REDIS_SERVER_BIN JAVA_BIN NGINX_PORT API_PORTS REDIS_PORT \
      MANAGEMENT_PORTS JAVA_OPTS STARTUP_TIMEOUT; do
      printf '%s=%q\n' "$var" "${!var}"
    done
  } >"$STATE"
  chmod 600 "$STATE"
  # shellcheck source=/dev/null
  source "$STATE"

  # Anything that fails from here on stops what was started.
  trap 'log "start failed; stopping what was started"; cmd_stop >/dev/null 2>&1 || true' ERR

  render_nginx
  "$NGINX_BIN" -t -q $(nginx_args) || die "nginx refused the rendered configuration"

  "$REDIS_SERVER_BIN" --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$CLUSTER_DIR/redis" --daemonize no \
    >>"$CLUSTER_DIR/logs/redis.log" 2>&1 </dev/null &
  echo $! >"$CLUSTER_DIR/pids/redis.pid"
  local deadline=$((SECONDS + STARTUP_TIMEOUT))
  while ((SECONDS < deadline)); do
    redis_answers "$REDIS_PORT" && break
    running_pid "$CLUSTER_DIR/pids/redis.pid" redis-server >/dev/null || break
    sleep 0.1
  done
  redis_answers "$REDIS_PORT" || {
    tail -n 20 "$CLUSTER_DIR/logs/redis.log" >&2
    false
  }

  # All instances at the same moment: on a new file they must not race on the migrations.
  local n
  for ((n = 1; n <= INSTANCES; n++)); do
    start_instance "$n"
  done
  for ((n = 1; n <= INSTANCES; n++)); do
    await_instance "$n" || {
      log "api-$n did not become ready"
      false
    }
  done

  "$NGINX_BIN" -g 'daemon off;' $(nginx_args) \
    >>"$CLUSTER_DIR/logs/nginx.log" 2>&1 </dev/null &
  echo $! >"$CLUSTER_DIR/pids/nginx.pid"
  deadline=$((SECONDS + STARTUP_TIMEOUT))
  while ((SECONDS < deadline)); do
    [[ $(http_status "$NGINX_PORT" /health/ready) == 200 ]] && break
    running_pid "$CLUSTER_DIR/pids/nginx.pid" nginx >/dev/null || break
    sleep 0.1
  done
  [[ $(http_status "$NGINX_PORT" /health/ready) == 200 ]] || {
    cat "$CLUSTER_DIR/nginx/error.log" >&2 || true
    log "nginx did not become ready"
    false
  }
  trap - ERR
  log "nginx on http://127.0.0.1:$NGINX_PORT -> api-1..3 on ports $API_PORTS;" \
    "redis on $REDIS_PORT; data in $CLUSTER_DIR/data"
}

cmd_stop() {
  [[ -f $STATE ]] || {
    log "nothing to stop in $CLUSTER_DIR"
    return 0
  }
  load_state
  stop_pid_file "$CLUSTER_DIR/pids/nginx.pid" nginx QUIT 10
  local n stoppers=()
  for ((n = 1; n <= INSTANCES; n++)); do
    stop_pid_file "$CLUSTER_DIR/pids/api-$n.pid" "$PRIMETRADE_JAR" TERM 40 &
    stoppers+=($!)
  done
  # Only these: after a failed start, this shell's other children are the servers themselves.
  wait "${stoppers[@]}"
  stop_pid_file "$CLUSTER_DIR/pids/redis.pid" redis-server TERM 10
  log "stopped"
}

cmd_status() {
  load_state
  local pid name expected
  for name in redis api-1 api-2 api-3 nginx; do
    case $name in
      redis) expected=redis-server ;;
      nginx) expected=nginx ;;
      *) expected=$PRIMETRADE_JAR ;;
    esac
    if pid=$(running_pid "$CLUSTER_DIR/pids/$name.pid" "$expected"); then
      echo "$name running (pid $pid)"
    else
      echo "$name stopped"
    fi
  done
}

instance_number() {
  [[ ${1:-} =~ ^[1-3]$ ]] || die "name an instance: 1, 2 or 3"
  echo "$1"
}

case ${1:-} in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  start-instance)
    n=$(instance_number "${2:-}")
    load_state
    start_instance "$n"
    await_instance "$n" || die "api-$n did not become ready"
    log "api-$n ready on port $(api_port "$n")"
    ;;
  stop-instance)
    n=$(instance_number "${2:-}")
    load_state
    if [[ ${3:-} == --kill ]]; then
      stop_pid_file "$CLUSTER_DIR/pids/api-$n.pid" "$PRIMETRADE_JAR" KILL 10
    else
      stop_pid_file "$CLUSTER_DIR/pids/api-$n.pid" "$PRIMETRADE_JAR" TERM 40
    fi
    log "api-$n stopped"
    ;;
  nginx-config)
    nginx_settings
    mkdir -p "$CLUSTER_DIR"
    CLUSTER_DIR=$(cd "$CLUSTER_DIR" && pwd)
    render_nginx
    "$NGINX_BIN" -t $(nginx_args)
    echo "$CLUSTER_DIR/nginx/nginx.conf"
    ;;
  check)
    load_state
    command -v sqlite3 >/dev/null 2>&1 || die "sqlite3 is not installed (Debian: apt-get install sqlite3)"
    result=$(sqlite3 "$CLUSTER_DIR/data/primetrade.db" 'PRAGMA integrity_check;')
    echo "$result"
    [[ $result == ok ]]
    ;;
  *)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    exit 2
    ;;
esac
