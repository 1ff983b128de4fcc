#!/usr/bin/env bash
# Benchmark: Herald serving its public status page against nginx serving the very same bytes as a
# static file — the ceiling. Both on 127.0.0.1, both driven by `wrk -t1 -c32`, one after the other.
# Compare the ratio, never the absolute numbers (they depend on the machine).
#
# Builds nothing. First:  ./mvnw -B -q package -DskipTests   (makes target/herald.jar)
# Then:                   src/bench/status-page.sh
# Needs java, curl, nginx (nginx-light) and wrk; run as root (nginx's master).
# Settings: BENCH_SECONDS (10), WARMUP_SECONDS (3), CONNECTIONS (32).
set -euo pipefail

cd "$(dirname "$0")/../.."
JAR=target/herald.jar
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
WARMUP=${WARMUP_SECONDS:-3}
CONNECTIONS=${CONNECTIONS:-32}

if [[ ! -f $JAR ]]; then
  echo "No $JAR: run  ./mvnw -B -q package -DskipTests  first." >&2
  exit 1
fi
for tool in java curl nginx wrk; do
  command -v "$tool" >/dev/null || { echo "This benchmark needs $tool on the PATH." >&2; exit 1; }
done
if [[ $(id -u) -ne 0 ]]; then
  echo "Run as root (nginx's master process)." >&2
  exit 1
fi

WORK=$(mktemp -d -t herald-bench.XXXXXX)
chmod 755 "$WORK"   # nginx's worker runs as nobody and reads the page from here
HERALD_PID=
NGINX_PID=

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $NGINX_PID ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  if [[ -n $HERALD_PID ]] && kill -0 "$HERALD_PID" 2>/dev/null; then
    kill -TERM "$HERALD_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$HERALD_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$HERALD_PID" 2>/dev/null || true
    wait "$HERALD_PID" 2>/dev/null || true
  fi
  # The embedded MariaDB is Herald's child and stops with it; should one outlive it, end it by its
  # id (found by this run's own data folder, which no other process names).
  local leftover
  for leftover in $(pgrep -f -- "$(basename "$WORK")/" 2>/dev/null || true); do
    kill -TERM "$leftover" 2>/dev/null || true
  done
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT INT TERM

source src/bench/lib.sh

HERALD_PORT=$(free_port)
NGINX_PORT=$(free_port)
while [[ $NGINX_PORT == "$HERALD_PORT" ]]; do NGINX_PORT=$(free_port); done
HERALD=http://127.0.0.1:$HERALD_PORT
NGINX=http://127.0.0.1:$NGINX_PORT
TOKEN=bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')

echo "Starting Herald on $HERALD (data in $WORK/data)..."
MICRONAUT_SERVER_HOST=127.0.0.1 MICRONAUT_SERVER_PORT=$HERALD_PORT \
  HERALD_DATA_DIR=$WORK/data HERALD_BOOTSTRAP_TOKEN=$TOKEN HERALD_PAGE_NAME="Acme Status" \
  HERALD_PAGE_URL="https://status.acme.example" \
  java -jar "$JAR" >"$WORK/herald.log" 2>&1 &
HERALD_PID=$!

for i in $(seq 1 240); do
  if curl -fsS -o /dev/null "$HERALD/health" 2>/dev/null; then break; fi
  if ! kill -0 "$HERALD_PID" 2>/dev/null; then
    echo "Herald exited while starting:" >&2; tail -40 "$WORK/herald.log" >&2; exit 1
  fi
  if [[ $i -eq 240 ]]; then echo "Herald did not answer /health within 120 s" >&2; tail -40 "$WORK/herald.log" >&2; exit 1; fi
  sleep 0.5
done

api() { # method path json -> response body
  curl -fsS -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data "$3" "$HERALD$2"
}
id_of() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }

echo "Creating 3 groups and 12 components..."
declare -A GROUP_COMPONENTS=(
  ["Core platform"]="Public API|REST and GraphQL endpoints;Dashboard|The web app at app.acme.example;Authentication|Sign-in, SSO and SCIM;Webhooks|Outgoing event delivery"
  ["Data"]="Primary database|Customer data, EU region;Search|Full-text search and filters;Reporting|Scheduled and on-demand reports;Backups|Nightly snapshots and point-in-time recovery"
  ["Third-party services"]="Payments|Card and bank payments via our processor;E-mail delivery|Transactional e-mail;SMS notifications|Text-message alerts;CDN|Static files and images"
)
position=0
declare -a COMPONENT_IDS=()
for group in "Core platform" "Data" "Third-party services"; do
  group_id=$(api POST /api/v1/component-groups "{\"name\":\"$group\",\"position\":$position}" | id_of)
  position=$((position + 1))
  IFS=';' read -ra members <<<"${GROUP_COMPONENTS[$group]}"
  member_position=0
  for member in "${members[@]}"; do
    name=${member%%|*}
    description=${member#*|}
    id=$(api POST /api/v1/components "{\"name\":\"$name\",\"description\":\"$description\",\"group_id\":\"$group_id\",\"position\":$member_position}" | id_of)
    COMPONENT_IDS+=("$id")
    member_position=$((member_position + 1))
  done
done
# A realistic bad day: one degraded, one partial outage.
api PATCH "/api/v1/components/${COMPONENT_IDS[5]}" '{"status":"degraded_performance"}' >/dev/null
api PATCH "/api/v1/components/${COMPONENT_IDS[8]}" '{"status":"partial_outage"}' >/dev/null

for i in $(seq 1 100); do
  if curl -fsS "$HERALD/api/v2/status.json" | grep -q '"indicator":"major"'; then break; fi
  if [[ $i -eq 100 ]]; then echo "The page never showed the last change" >&2; exit 1; fi
  sleep 0.1
done

mkdir -p "$WORK/www" "$WORK/nginx/logs"
curl -fsS -o "$WORK/www/index.html" "$HERALD/"
chmod 755 "$WORK/www"; chmod 644 "$WORK/www/index.html"
PAGE_BYTES=$(stat -c %s "$WORK/www/index.html")
grep -q 'Partial System Outage' "$WORK/www/index.html" || { echo "Unexpected page saved" >&2; exit 1; }

cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type "text/html; charset=utf-8";
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    index index.html;
  }
}
EOF
echo "Starting nginx on $NGINX..."
nginx -p "$WORK/nginx" -e "$WORK/nginx/logs/error.log" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
for i in $(seq 1 50); do
  if curl -fsS -o /dev/null "$NGINX/" 2>/dev/null; then break; fi
  if [[ $i -eq 50 ]]; then echo "nginx did not start" >&2; cat "$WORK/nginx/logs/error.log" >&2; exit 1; fi
  sleep 0.1
done

# Both must send the same document.
if ! cmp -s <(curl -fsS "$HERALD/") <(curl -fsS "$NGINX/"); then
  echo "Herald and nginx do not serve the same bytes" >&2; exit 1
fi

# wrk's latency figures in milliseconds ("850.00us", "1.23ms", "1.02s").
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.3f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.3f", v }
    else if (v ~ /m$/) { sub(/m$/, "", v); printf "%.3f", v * 60000 }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.3f", v * 1000 }
    else { printf "%s", v } }'
}

# run NAME URL -> sets RPS_<NAME>, P50_<NAME>, P99_<NAME>, ERR_<NAME>
run() {
  local name=$1 url=$2 out
  echo "  $name: warm-up ${WARMUP}s..."
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" "$url" >/dev/null
  echo "  $name: measuring ${SECONDS_PER_RUN}s..."
  out=$(wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$url")
  echo "$out" >"$WORK/wrk-$name.txt"
  printf -v "RPS_$name" '%s' "$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  printf -v "P50_$name" '%s' "$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")"
  printf -v "P99_$name" '%s' "$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")"
  printf -v "ERR_$name" '%s' "$( (grep -E 'Non-2xx|Socket errors' <<<"$out" || true) | tr -s ' ' | paste -sd';' -)"
}

echo "Page: $PAGE_BYTES bytes. wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s --latency, after ${WARMUP}s of warm-up each:"
run herald "$HERALD/"
run nginx "$NGINX/"

echo
printf '%-8s %14s %10s %10s\n' target requests/s "p50 ms" "p99 ms"
printf '%-8s %14s %10s %10s\n' herald "$RPS_herald" "$P50_herald" "$P99_herald"
printf '%-8s %14s %10s %10s\n' nginx "$RPS_nginx" "$P50_nginx" "$P99_nginx"
awk -v h="$RPS_herald" -v n="$RPS_nginx" -v hp="$P99_herald" -v np="$P99_nginx" 'BEGIN {
  printf "ratio herald/nginx: %.2f of the requests/s; p99 %.1fx nginx'"'"'s\n", h / n, (np > 0 ? hp / np : 0) }'
for name in herald nginx; do
  errors_var="ERR_$name"
  if [[ -n ${!errors_var} ]]; then echo "WARNING $name: ${!errors_var}"; fi
done
