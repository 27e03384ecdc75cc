#!/usr/bin/env bash
# Multi-instance load figures (issue 18): the load bench (bench/AfterSalesBot.Bench) through Debian's nginx in front of
# 1, 2 and 3 AfterSalesBot hosts on one throwaway PostgreSQL cluster with a throwaway redis-server as the backplane
# (the multi-instance deployment of README "More than one instance"), and for comparison one host on PostgreSQL + Redis
# without nginx and one host on its SQLite default started by the bench itself (its normal mode). Optionally the
# take-over time after a SIGKILL of the instance that holds a conversation's lease (ADR 0028).
#
# What it starts, all on 127.0.0.1 at free ports, from one temporary folder, no system service:
#   - PostgreSQL: initdb + pg_ctl from /usr/lib/postgresql/<newest>/bin (as the postgres user when run as root), with
#     its default durability (fsync and synchronous_commit on: the SQLite host syncs every commit too). A fresh database
#     per configuration.
#   - redis-server: --save '' --appendonly no. A channel prefix per configuration.
#   - N hosts: dotnet src/Bot/bin/Release/net10.0/AfterSalesBot.Bot.dll --urls http://127.0.0.1:<port>, each with its own
#     data folder (also its HOME), sharing what README says instances must share: Storage__Provider=PostgreSql and
#     ConnectionStrings__PostgreSql, Redis__Configuration and Redis__ChannelPrefix, DirectLine__Secret,
#     DirectLine__TokenSigningKey (the data-protection key ring is in the database, ADR 0025). Also
#     Hosting__ForwardedHeaders__Enabled=true (behind nginx), ASPNETCORE_ENVIRONMENT=Production, warnings-only logging,
#     and what the bench's own server gets: quotas lifted and Bot__AllowAnonymous=true (loopback /api/messages phases).
#     Started one after the other (the first migrates the database). The lease settings are the defaults
#     (ConversationLease: Duration 10 s, PollInterval 250 ms, IdleRelease 2 s); any host setting exported in the
#     environment (e.g. ConversationLease__PollInterval=00:00:00.100) is inherited by every host.
#   - nginx (/usr/sbin/nginx -p DIR -c DIR/nginx.conf, in the foreground): the configuration of the tests' NginxFront
#     (round robin, POSTs and GETs in two identical pools so successive messages land on successive instances,
#     WebSocket upgrade headers, proxy_next_upstream error timeout), plus upstream keepalive (plain requests reuse
#     connections to the hosts instead of "Connection: close"), one worker.
#   - the bench: dotnet bench/AfterSalesBot.Bench/bin/Release/net10.0/AfterSalesBot.Bench.dll --url <nginx> --secret ...
#     --duration D --rate R --conversations C --open 0 --json FILE (phases: warm-up, closed loop, paced at R turns/s,
#     the same two on /api/messages, and the bench's bare-Kestrel ceiling; no memory phase).
# Everything it started is stopped and the temporary folder deleted on exit (trap EXIT, also on Ctrl+C); the results
# (bench tables, JSON, host logs, nginx's error log and its access log with each request's end time, duration and
# upstream duration, summary) are copied to --out first.
#
# Build first (Release): dotnet build -c Release src/Bot && dotnet build -c Release bench/AfterSalesBot.Bench
#
# Usage: tools/multi-instance-load.sh [--instances "1 2 3"] [--duration 10] [--rate 100] [--conversations 100]
#          [--no-sqlite] [--no-pg-direct] [--no-takeover] [--out DIR]
#   --instances LIST   numbers of hosts behind nginx (default "1 2 3")
#   --duration S       bench --duration: seconds per load phase (default 10)
#   --rate R           bench --rate: the fixed offered rate of the paced phases, turns/s (default 100)
#   --conversations C  bench --conversations (default 100)
#   --no-sqlite        skip the baseline: one host on SQLite started by the bench (no nginx, no Redis)
#   --no-pg-direct     skip one host on PostgreSQL + Redis reached directly (no nginx)
#   --no-takeover      skip the take-over measurement (after the largest N: a conversation's owner is SIGKILLed right
#                      after acknowledging a message; the time until that message's reply is visible through nginx)
#   --sticky           nginx routes by conversation (hash of the conversation id in the URL, consistent) instead of round
#                      robin, so a conversation's messages stay on one host; /api/messages carries its conversation in
#                      the body, so all of it lands on one host
#   --out DIR          where results go (default artifacts/multi-instance-load-<UTC time>, git-ignored)
# Needs: the .NET 10 SDK, Debian's postgresql, redis-server and nginx (tools/prerequisites.sh installs them), curl, jq.
# Takes about 1.5 minutes per configuration at --duration 10 (about 8 minutes with the defaults).
set -euo pipefail
CALLER_DIR=$(pwd)
cd "$(dirname "$0")/.."
ROOT=$(pwd)

INSTANCES="1 2 3"
DURATION=10
RATE=100
CONVERSATIONS=100
SQLITE=1
PG_DIRECT=1
TAKEOVER=1
STICKY=0
OUT="$ROOT/artifacts/multi-instance-load-$(date -u +%Y%m%dT%H%M%SZ)"
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) INSTANCES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --conversations) CONVERSATIONS="$2"; shift 2 ;;
    --no-sqlite) SQLITE=0; shift ;;
    --no-pg-direct) PG_DIRECT=0; shift ;;
    --no-takeover) TAKEOVER=0; shift ;;
    --sticky) STICKY=1; shift ;;
    --out) OUT=$(cd "$CALLER_DIR" && mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

BOT_DLL="$ROOT/src/Bot/bin/Release/net10.0/AfterSalesBot.Bot.dll"
BENCH_DLL="$ROOT/bench/AfterSalesBot.Bench/bin/Release/net10.0/AfterSalesBot.Bench.dll"
NGINX=/usr/sbin/nginx
REDIS=/usr/bin/redis-server
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n | tail -1 || true)
for f in "$BOT_DLL" "$BENCH_DLL"; do
  [ -f "$f" ] || { echo "missing $f: dotnet build -c Release src/Bot && dotnet build -c Release bench/AfterSalesBot.Bench" >&2; exit 1; }
done
[ -x "$NGINX" ] && [ -x "$REDIS" ] && [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] \
  || { echo "needs Debian's nginx, redis-server and postgresql: bash tools/prerequisites.sh (as root)" >&2; exit 1; }
for t in curl jq python3; do command -v "$t" >/dev/null || { echo "needs $t" >&2; exit 1; }; done

WORK=$(mktemp -d /tmp/asb-multi-load-XXXXXX)
chmod 755 "$WORK"
mkdir -p "$OUT"
PIDS=()          # every long-running process this script started (hosts, nginx, redis); postgres is stopped by pg_ctl
PG_STARTED=0
AS_PG=()
[ "$(id -u)" = "0" ] && AS_PG=(runuser -u postgres --)

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

stop_pid() { # graceful (SIGTERM, up to 10 s), then SIGKILL
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

forget_pid() { # a stopped process is not signalled again (its pid could be reused)
  local keep=() p
  for p in "${PIDS[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done
  PIDS=("${keep[@]}")
}

cleanup() {
  local rc=$?
  set +e
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  if [ "$PG_STARTED" = 1 ]; then "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1; fi
  # Keep the logs with the results, then delete everything else.
  for f in "$WORK"/*/host*.log "$WORK"/*/nginx/error.log "$WORK"/*/nginx/access.log "$WORK/pg/server.log" "$WORK/redis.log"; do
    [ -f "$f" ] && cp "$f" "$OUT/$(echo "${f#"$WORK"/}" | tr / _)" 2>/dev/null
  done
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_http() { # URL, seconds
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null --max-time 2 "$1"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.3
  done
}

SECRET=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
SIGNING_KEY=$(head -c 32 /dev/urandom | base64 -w0)

# --- PostgreSQL and Redis, shared by every configuration ---------------------------------------------------------------
start_postgres() {
  PG_PORT=$(free_port)
  mkdir -p "$WORK/pg"
  [ ${#AS_PG[@]} -gt 0 ] && chown postgres:postgres "$WORK/pg"
  log "PostgreSQL ($PGBIN) on 127.0.0.1:$PG_PORT"
  "${AS_PG[@]}" "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 -N >/dev/null
  PG_STARTED=1
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$WORK/pg -c max_connections=400" start >/dev/null
}

psql_do() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${2:-postgres}" -tAq -c "$1"; }

start_redis() {
  REDIS_PORT=$(free_port)
  mkdir -p "$WORK/redis"
  log "redis-server on 127.0.0.1:$REDIS_PORT"
  "$REDIS" --port "$REDIS_PORT" --bind 127.0.0.1 --dir "$WORK/redis" --save '' --appendonly no --daemonize no \
    --loglevel warning >"$WORK/redis.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    [ "$( (exec 3<>/dev/tcp/127.0.0.1/"$REDIS_PORT" && printf 'PING\r\n' >&3 && head -c 5 <&3) 2>/dev/null)" = "+PONG" ] && return 0
    sleep 0.1
  done
  echo "redis-server did not answer" >&2; return 1
}

# --- hosts and nginx for one configuration -------------------------------------------------------------------------------
# start_hosts NAME N: fresh database asb_NAME, N hosts; sets HOST_PIDS and HOST_PORTS.
start_hosts() {
  local name=$1 n=$2 i port dir
  psql_do "CREATE DATABASE asb_$name"
  HOST_PIDS=(); HOST_PORTS=()
  for i in $(seq 1 "$n"); do
    port=$(free_port)
    dir="$WORK/$name/host$i"
    mkdir -p "$dir"
    (
      cd "$dir"
      exec env HOME="$dir" Storage__DataDirectory="$dir" \
        Storage__Provider=PostgreSql \
        ConnectionStrings__PostgreSql="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=asb_$name" \
        Redis__Configuration="127.0.0.1:$REDIS_PORT" Redis__ChannelPrefix="asb-load-$name" \
        DirectLine__Secret="$SECRET" DirectLine__TokenSigningKey="$SIGNING_KEY" \
        Hosting__ForwardedHeaders__Enabled=true \
        ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
        Quotas__MessagesPerMinute=100000 Quotas__BytesPerDay=1099511627776 Bot__AllowAnonymous=true \
        dotnet "$BOT_DLL" --urls "http://127.0.0.1:$port"
    ) >"$WORK/$name/host$i.log" 2>&1 &
    PIDS+=($!); HOST_PIDS+=($!); HOST_PORTS+=("$port")
    log "$name: host $i (pid $!) on 127.0.0.1:$port"
    # One after the other: the first migrates the database.
    wait_http "http://127.0.0.1:$port/health" 120 || { echo "host $i never became healthy:"; tail -30 "$WORK/$name/host$i.log"; return 1; } >&2
  done
}

# start_nginx NAME: round robin over HOST_PORTS; sets NGINX_PORT and NGINX_PID.
start_nginx() {
  local name=$1 dir="$WORK/$1/nginx" servers="" port user="" balance=""
  mkdir -p "$dir"
  [ "$STICKY" = 1 ] && balance="        hash \$conversation consistent;"$'\n'
  NGINX_PORT=$(free_port)
  for port in "${HOST_PORTS[@]}"; do servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
  # As root the workers would switch to "nobody", who cannot write the temporary folder.
  [ "$(id -u)" = "0" ] && user="user root root;"
  cat >"$dir/nginx.conf" <<EOF
$user
daemon off;
master_process on;
worker_processes 1;
worker_rlimit_nofile 16384;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 8192; }
http {
    log_format upstream '\$request_method \$request_uri \$status \$upstream_addr \$msec \$request_time \$upstream_response_time';
    access_log $dir/access.log upstream buffer=64k flush=1s;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    # An upgrade is passed on; a plain request sends no Connection header, so the upstream connection is kept alive.
    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    map \$request_method \$pool { POST writes; default reads; }
    map \$request_uri \$conversation { ~^/v3/directline/conversations/(?<id>[^/?]+) \$id; default \$request_uri; }
    upstream writes {
$servers$balance        keepalive 64;
    }
    upstream reads {
$servers$balance        keepalive 64;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        client_max_body_size 20m;
        location / {
            proxy_pass http://\$pool;
            proxy_http_version 1.1;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_connect_timeout 1s;
            proxy_read_timeout 120s;
            proxy_next_upstream error timeout;
            proxy_buffering off;
        }
    }
}
EOF
  "$NGINX" -p "$dir" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
  NGINX_PID=$!
  PIDS+=("$NGINX_PID")
  wait_http "http://127.0.0.1:$NGINX_PORT/health" 20 || { echo "nginx did not come up:"; cat "$dir/stdout.log" "$dir/error.log"; return 1; } >&2
  log "$name: nginx (pid $NGINX_PID) on 127.0.0.1:$NGINX_PORT over ${HOST_PORTS[*]}"
}

stop_configuration() {
  local pid
  for pid in "${HOST_PIDS[@]}" ${NGINX_PID:+"$NGINX_PID"}; do stop_pid "$pid"; forget_pid "$pid"; done
  HOST_PIDS=(); HOST_PORTS=(); NGINX_PID=""
}

# --- the bench ---------------------------------------------------------------------------------------------------------
ROWS=()
# run_bench NAME LABEL [bench flags...]: one bench run, its table to OUT/NAME.txt, its numbers to OUT/NAME.json.
run_bench() {
  local name=$1 label=$2; shift 2
  local load rc=0
  load=$(uptime | sed 's/.*load average: //')
  log "$name: load average before: $load; bench ${*//$SECRET/<secret>}"
  echo "$name: $(date -u +%FT%TZ) load average $load" >>"$OUT/load.txt"
  dotnet "$BENCH_DLL" --duration "$DURATION" --rate "$RATE" --conversations "$CONVERSATIONS" --open 0 \
    --json "$OUT/$name.json" "$@" >"$OUT/$name.txt" 2>"$OUT/$name.progress.txt" || rc=$?
  [ $rc = 0 ] || log "$name: bench exit code $rc (1: more than 1 % of turns failed or the run failed; see $OUT/$name.progress.txt)"
  local row=""
  if [ -f "$OUT/$name.json" ]; then
    row=$(jq -r --arg lbl "$label" --arg load "$load" --arg rc "$rc" '
      def ph(n): [.phases[] | select(.name == n)][0];
      def paced: [.phases[] | select(.name | startswith("latency (paced"))][0];
      def f0: if . == null then "-" else (. | round | tostring) end;
      def f1: if . == null then "-" else ((. * 10 | round) / 10 | tostring) end;
      (ph("throughput (closed)")) as $c | paced as $p | (ph("api/messages throughput (closed)")) as $a
      | (ph("ceiling: throughput (closed)")) as $k
      | [$lbl, $load,
         ($c.turnsPerSecond | f0), ($c.failed | tostring), ($c.latency.p99Ms | f1),
         ($p.turnsPerSecond | f0), ($p.latency.p50Ms | f1), ($p.latency.p95Ms | f1), ($p.latency.p99Ms | f1), ($p.failed | tostring),
         ($a.turnsPerSecond | f0), ($k.turnsPerSecond | f0), $rc] | join(" | ")' "$OUT/$name.json") || row=""
  fi
  ROWS+=("${row:-$label | $load | bench failed (exit $rc), see $name.progress.txt}")
}

# Share of the bench's Direct Line posts each host got from nginx.
post_shares() {
  local log="$WORK/$1/nginx/access.log"
  sleep 1.2 # the access log's buffer is flushed every second
  [ -f "$log" ] && awk '$1 == "POST" && $2 ~ /\/activities$/ { n[$4]++ } END { for (u in n) printf "%s=%d ", u, n[u]; print "" }' "$log" || true
}

# --- take-over after SIGKILL ---------------------------------------------------------------------------------------------
dl() { # METHOD URL TOKEN [BODY]
  if [ $# -ge 4 ]; then curl -sf --max-time 10 -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' -d "$4" "$2"
  else curl -sf --max-time 10 -X "$1" -H "Authorization: Bearer $3" "$2"; fi
}
message() { jq -cn --arg text "$1" '{type: "message", from: {id: "dl_takeover-user", role: "user"}, text: $text, locale: "en-US"}'; }

# Waits (polling every 50 ms through nginx) until an activity replying to $3 is visible; prints nothing, fails after $4 s.
wait_reply() {
  local base=$1 conv=$2 id=$3 deadline=$((SECONDS + $4))
  while [ $SECONDS -lt $deadline ]; do
    if dl GET "$base/v3/directline/conversations/$conv/activities" "$TOKEN" 2>/dev/null \
      | jq -e --arg id "$id" '[.activities[] | select(.replyToId == $id)] | length > 0' >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  return 1
}

# One try on a fresh conversation: a turn through nginx, its owner read from ConversationLeases, a message posted
# straight to the owner and the owner SIGKILLed as soon as it acknowledged it. Sets TRY (the result line) and returns 0
# when the turn had not committed at the kill (a real take-over), 1 when it had (or nothing could be measured).
takeover_try() {
  local name=$1 base="http://127.0.0.1:$NGINX_PORT" start conv id owner pid port="" idx="" i t0 t1 committed seq
  TOKEN=$(dl POST "$base/v3/directline/tokens/generate" "$SECRET" '{"user":{"id":"dl_takeover-user"}}' | jq -r .token)
  start=$(dl POST "$base/v3/directline/conversations" "$TOKEN")
  conv=$(jq -r .conversationId <<<"$start")
  TOKEN=$(jq -r --arg t "$TOKEN" '.token // $t' <<<"$start")
  for _ in 1 2 3 4 5; do
    id=$(dl POST "$base/v3/directline/conversations/$conv/activities" "$TOKEN" "$(message "My kettle stopped working")" | jq -r .id)
    wait_reply "$base" "$conv" "$id" 60 || { TRY="no reply to the first message"; return 1; }
    owner=$(psql_do "SELECT \"Owner\" FROM \"ConversationLeases\" WHERE \"ConversationId\" = '$conv'" "asb_$name")
    pid=${owner%%-*}
    for i in "${!HOST_PIDS[@]}"; do [ "${HOST_PIDS[$i]}" = "$pid" ] && { port=${HOST_PORTS[$i]}; idx=$i; }; done
    [ -n "$port" ] && break
    # The owner gave the lease back (idle) before we looked: another turn, and look again at once.
  done
  [ -n "$port" ] || { TRY="could not find the lease owner"; return 1; }
  curl -sf --max-time 10 -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "$(message "It was bought in March and the light does not come on")" -o "$WORK/takeover-post.json" \
    "http://127.0.0.1:$port/v3/directline/conversations/$conv/activities" && kill -KILL "$pid"
  t0=$(date +%s.%N)
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  forget_pid "$pid"
  unset 'HOST_PIDS[idx]' 'HOST_PORTS[idx]'
  HOST_PIDS=("${HOST_PIDS[@]}"); HOST_PORTS=("${HOST_PORTS[@]}")
  id=$(jq -r '.id // empty' "$WORK/takeover-post.json" 2>/dev/null || true)
  [ -n "$id" ] || { TRY="the post to the owner (pid $pid) was not acknowledged"; return 1; }
  seq=${id##*|}
  committed=$(psql_do "SELECT count(*) FROM \"Conversations\" WHERE \"Id\" = '$conv' AND \"LastProcessedSequence\" >= $seq" "asb_$name")
  if wait_reply "$base" "$conv" "$id" 90; then
    t1=$(date +%s.%N)
    TRY="$(python3 -c "print(f'{$t1 - $t0:.1f}')") s after the SIGKILL of the owner (pid $pid), turn $([ "$committed" = 1 ] && echo "already committed" || echo "not committed") at the kill, load $(uptime | sed 's/.*load average: //')"
  else
    TRY="no reply within 90 s after the SIGKILL of the owner (pid $pid)"; return 1
  fi
  [ "$committed" = 0 ]
}

# Take-over tries until one kills an owner before its turn committed, while at least two hosts are left.
measure_takeover() {
  local name=$1 tries=0
  TAKEOVER_RESULT=""
  while [ ${#HOST_PIDS[@]} -ge 2 ] && [ $((tries += 1)) -le 3 ]; do
    log "$name: take-over try with ${#HOST_PIDS[@]} hosts"
    if takeover_try "$name"; then TAKEOVER_RESULT+="$TRY"; log "$name: take-over: $TRY"; return 0; fi
    TAKEOVER_RESULT+="$TRY; "
    log "$name: take-over: $TRY"
  done
  TAKEOVER_RESULT+="(no try killed an owner before its turn committed)"
}

# --- the run -----------------------------------------------------------------------------------------------------------
log "results in $OUT; nginx $([ "$STICKY" = 1 ] && echo "sticky by conversation" || echo "round robin"); bench: --duration $DURATION --rate $RATE --conversations $CONVERSATIONS --open 0"
{ echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, $(date -u +%FT%TZ)"
  echo "bench: --duration $DURATION --rate $RATE --conversations $CONVERSATIONS --open 0"; } >"$OUT/load.txt"

if [ "$SQLITE" = 1 ]; then
  run_bench sqlite-direct "1 host, SQLite, direct (bench starts it)" --server "$BOT_DLL"
fi

start_postgres
start_redis
SHARES=()
TAKEOVER_RESULT="not measured"
if [ "$PG_DIRECT" = 1 ]; then
  if start_hosts pgdirect 1; then
    run_bench pgdirect "1 host, PostgreSQL + Redis, direct" --url "http://127.0.0.1:${HOST_PORTS[0]}" --secret "$SECRET" --pid "${HOST_PIDS[0]}"
  else
    ROWS+=("1 host, PostgreSQL + Redis, direct | - | the host did not start (see pgdirect_host1.log)")
  fi
  stop_configuration
fi
LAST=$(echo "$INSTANCES" | tr ' ' '\n' | grep . | tail -1)
for n in $INSTANCES; do
  if start_hosts "nginx$n" "$n" && start_nginx "nginx$n"; then
    run_bench "nginx$n" "$n host(s), PostgreSQL + Redis, nginx$([ "$STICKY" = 1 ] && echo " (sticky)")" --url "http://127.0.0.1:$NGINX_PORT" --secret "$SECRET"
    SHARES+=("$n: $(post_shares "nginx$n")")
    if [ "$TAKEOVER" = 1 ] && [ "$n" = "$LAST" ] && [ "$n" -ge 2 ]; then measure_takeover "nginx$n" || true; fi
  else
    ROWS+=("$n host(s), PostgreSQL + Redis, nginx | - | did not start (see the nginx${n}_host*.log files)")
  fi
  stop_configuration
  psql_do "DROP DATABASE IF EXISTS asb_nginx$n WITH (FORCE)" || true
done

{
  echo
  echo "configuration | load average before | DL closed turns/s | closed failed | closed p99 ms | paced $RATE/s achieved | p50 ms | p95 ms | p99 ms | paced failed | api/messages closed turns/s | ceiling turns/s | bench exit"
  echo "---|---|---|---|---|---|---|---|---|---|---|---|---"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Direct Line posts per host (nginx access log, all phases):"
  printf '  %s\n' "${SHARES[@]}"
  echo "Take-over after SIGKILL: $TAKEOVER_RESULT"
} | tee "$OUT/summary.md"
