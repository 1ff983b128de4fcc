#!/usr/bin/env bash
# Benchmark: Herald mailing one incident update to 100,000 confirmed subscribers, against Postfix's
# smtp-source sending the same number of same-size messages over the same number of kept-open connections
# — the ceiling. Both into the same smtp-sink on 127.0.0.1, one after the other, in the same run.
# Prints: the time to the last accepted message for each, the ratio smtp-source/Herald (throughput of Herald
# as a share of the ceiling; aim ≥ 0.5), Herald's time to its first message (aim < 1 s), and Herald's peak
# heap under -Xmx256m (recipients are streamed by the database, never held at once).
#
# Builds nothing. First:  ./mvnw -B -q package -DskipTests   (makes target/herald.jar)
# Then:                   src/bench/email-fan-out.sh
# Needs java (with jstat), curl, the mariadb client and a MariaDB server (BENCH_DB_HOST/PORT/USER, default
# the local server as root), and Postfix's smtp-sink and smtp-source (Debian: apt-get install postfix).
# Settings: SUBSCRIBERS (100000), CONNECTIONS (4: Herald's HERALD_SMTP_CONNECTIONS and smtp-source -s).
# WARMUP_MESSAGES (50000): sent first, to another component's subscribers, so that the JIT has compiled the mail
# path as in a Herald that has been running; 0 measures a cold start.
# BENCH_JAVA_OPTS: more JVM options for Herald (e.g. -XX:StartFlightRecording=filename=/tmp/fan-out.jfr).
set -euo pipefail

cd "$(dirname "$0")/../.."
JAR=target/herald.jar
SUBSCRIBERS=${SUBSCRIBERS:-100000}
CONNECTIONS=${CONNECTIONS:-4}
WARMUP_MESSAGES=${WARMUP_MESSAGES:-50000}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_NAME=herald_bench_$$
TOKEN=bench-token-0123456789abcdef

[[ -f $JAR ]] || { echo "No $JAR: run  ./mvnw -B -q package -DskipTests  first." >&2; exit 1; }
export PATH=$PATH:/usr/sbin
for tool in java jstat curl mariadb smtp-sink smtp-source; do
  command -v "$tool" >/dev/null || { echo "This benchmark needs $tool on the PATH." >&2; exit 1; }
done

WORK=$(mktemp -d -t herald-mail-bench.XXXXXX)
HERALD_PID=
SINK_PID=
sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -N -B "$@"; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  [[ -n $HERALD_PID ]] && kill -TERM "$HERALD_PID" 2>/dev/null && wait "$HERALD_PID" 2>/dev/null || true
  [[ -n $SINK_PID ]] && kill -TERM "$SINK_PID" 2>/dev/null && wait "$SINK_PID" 2>/dev/null || true
  sql -e "DROP DATABASE IF EXISTS $DB_NAME" || true
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT INT TERM

source src/bench/lib.sh

SINK_PORT=$(free_port)
HERALD_PORT=$(free_port)
# smtp-sink accepts everything and keeps nothing; as root it must be told whom to run as.
smtp-sink $( [[ $(id -u) -eq 0 ]] && echo "-u nobody" ) "127.0.0.1:$SINK_PORT" 256 &
SINK_PID=$!

sql -e "CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "== Herald: starting (-Xmx256m, $CONNECTIONS SMTP connections) on database $DB_NAME"
DATASOURCES_DEFAULT_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME" DATASOURCES_DEFAULT_USERNAME="$DB_USER" \
HERALD_BOOTSTRAP_TOKEN=$TOKEN HERALD_SMTP_HOST=127.0.0.1 HERALD_SMTP_PORT=$SINK_PORT \
HERALD_SMTP_CONNECTIONS=$CONNECTIONS HERALD_MAIL_FROM='Bench Status <status@bench.test>' \
HERALD_DATA_DIR=$WORK/data MICRONAUT_SERVER_PORT=$HERALD_PORT java -Xmx256m ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$WORK/herald.log" 2>&1 &
HERALD_PID=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$HERALD_PORT/health" >/dev/null 2>&1 && break
  kill -0 "$HERALD_PID" 2>/dev/null || { echo "Herald died:"; tail -30 "$WORK/herald.log"; exit 1; }
  sleep 0.2
done

api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' "$@"; }
COMPONENT=$(api -d '{"name":"API"}' "http://127.0.0.1:$HERALD_PORT/api/v1/components" | sed -E 's/.*"id":"?([0-9]+)"?.*/\1/' | head -1)
# Warm up the request path (a first request pays for class loading), with updates that mail nobody.
for i in 1 2 3 4 5; do
  api -d "{\"name\":\"Warm-up $i\",\"body\":\"Warming up.\",\"deliver_notifications\":false}" \
    "http://127.0.0.1:$HERALD_PORT/api/v1/incidents" >/dev/null
done

# While a fan-out runs, the comms role goes on posting: 20 updates to an incident, timed (curl's own clock), one every
# 0.2 s. Without notifications, so that the running fan-out stays the only one; the request does the same work up to
# writing the outbox rows, and the fan-out itself never runs in a request. They are made during the warm-up fan-out, so
# that the pauses they cause (delivery steps aside for a signed-in user's change) do not count in the measured one.
timed_posts() {
  : >"$WORK/post-times"
  for i in $(seq 1 20); do
    api -o /dev/null -w '%{time_total}\n' -d "{\"status\":\"identified\",\"body\":\"Update $i: we have found the cause and are fixing it.\",\"deliver_notifications\":false}" \
      "http://127.0.0.1:$HERALD_PORT/api/v1/incidents/$1/updates" >>"$WORK/post-times"
    sleep 0.2
  done
  # Whether the fan-out was still running at the last post, so that the figure is what it claims to be.
  sql "$DB_NAME" -e "SELECT EXISTS (SELECT 1 FROM delivery WHERE channel = 'EMAIL' AND state IN ('QUEUED', 'SENDING'))" >"$WORK/posts-during"
}

# The measured subscribers come first in id order, as the oldest subscribers of a real page do; they are confirmed
# only after the warm-up, so that they get none of it.
sql "$DB_NAME" -e "INSERT INTO subscriber (email, token, all_components, created_at, confirmed_at)
  SELECT CONCAT('s', seq, '@bench.test'), LPAD(seq, 43, 't'), TRUE, NOW(3), NULL FROM seq_1_to_$SUBSCRIBERS"
# A running Herald has long compiled its mail path; a fresh JVM spends as much CPU compiling as sending during its
# first tens of thousands of messages (the per-batch code runs once per hundred). So first a warm-up fan-out to
# subscribers of another component (WARMUP_MESSAGES).
if (( WARMUP_MESSAGES > 0 )); then
  WARM=$(api -d '{"name":"Warm-up"}' "http://127.0.0.1:$HERALD_PORT/api/v1/components" | sed -E 's/.*"id":"?([0-9]+)"?.*/\1/' | head -1)
  sql "$DB_NAME" -e "INSERT INTO subscriber (email, token, all_components, created_at, confirmed_at)
    SELECT CONCAT('w', seq, '@warm.test'), LPAD(seq, 43, 'w'), FALSE, NOW(3), NOW(3) FROM seq_1_to_$WARMUP_MESSAGES;
    INSERT INTO subscriber_component (subscriber_id, component_id) SELECT id, $WARM FROM subscriber WHERE email LIKE '%@warm.test'"
  api -d "{\"name\":\"Warm-up\",\"body\":\"Warming up the mail path.\",\"components\":{\"$WARM\":\"degraded_performance\"}}" \
    "http://127.0.0.1:$HERALD_PORT/api/v1/incidents" >/dev/null
  sleep 1
  timed_posts "$(sql "$DB_NAME" -e "SELECT MAX(id) FROM incident")"
  until [[ $(sql "$DB_NAME" -e "SELECT COUNT(*) FROM delivery WHERE state = 'SENT'") -ge $WARMUP_MESSAGES ]]; do sleep 0.5; done
  echo "   warmed up with $WARMUP_MESSAGES messages"
fi
sql "$DB_NAME" -e "UPDATE subscriber SET confirmed_at = NOW(3) WHERE email LIKE '%@bench.test'"
echo "   seeded $SUBSCRIBERS confirmed subscribers"

# Heap in use (young + old), sampled every 200 ms while the fan-out runs.
( peak=0; while kill -0 "$HERALD_PID" 2>/dev/null; do
    used=$(jstat -gc "$HERALD_PID" 2>/dev/null | awk 'NR==2 {printf "%d", $3+$4+$6+$8}')
    [[ -n $used && $used -gt $peak ]] && { peak=$used; echo "$peak" >"$WORK/peak-heap-kb"; }
    sleep 0.2; done ) &

# CPU seconds of a process (user + system), to see where the work goes even on a busy machine.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
DB_PID=$(pgrep -x mariadbd | head -1 || true)
HERALD_CPU0=$(cpu_s "$HERALD_PID"); DB_CPU0=$( [[ -n $DB_PID ]] && cpu_s "$DB_PID" || echo 0 )
SINK_CPU0=$(sink_cpu_s)
thread_cpu "$HERALD_PID" >"$WORK/threads-before"

START=$(now_ms)
# curl's own clock, from the start of the request to the last byte of the answer (not curl's start-up).
POST_S=$(api -o /dev/null -w '%{time_total}' -d "{\"name\":\"Elevated API errors\",\"impact\":\"major\",\"body\":\"We are investigating elevated error rates on the API. Requests may fail or time out; we will post an update within 30 minutes.\",\"components\":{\"$COMPONENT\":\"partial_outage\"}}" \
  "http://127.0.0.1:$HERALD_PORT/api/v1/incidents")
MSG=$(sql "$DB_NAME" -e "SELECT MAX(id) FROM notification_message WHERE channel = 'EMAIL' AND audience = 'PUBLIC'")
INCIDENT=$(sql "$DB_NAME" -e "SELECT MAX(id) FROM incident")
(( WARMUP_MESSAGES > 0 )) || timed_posts "$INCIDENT"
# Done when the message is fully expanded and no e-mail delivery is left to send. Asked with an existence check on
# the claim index: counting the sent rows ten times a second made MariaDB read millions of rows, on the same two cores.
while true; do
  left=$(sql "$DB_NAME" -e "SELECT (SELECT expanded_at IS NULL FROM notification_message WHERE id = $MSG)
    + EXISTS (SELECT 1 FROM delivery WHERE channel = 'EMAIL' AND state IN ('QUEUED', 'SENDING', 'RETRYING'))")
  [[ $left -eq 0 ]] && break
  kill -0 "$HERALD_PID" 2>/dev/null || { echo "Herald died:"; tail -30 "$WORK/herald.log"; exit 1; }
  sleep 0.1
done
END=$(now_ms)
HERALD_CPU=$(awk -v a="$HERALD_CPU0" -v b="$(cpu_s "$HERALD_PID")" 'BEGIN { printf "%.1f", b - a }')
thread_cpu "$HERALD_PID" >"$WORK/threads-after"
SINK_CPU=$(awk -v a="$SINK_CPU0" -v b="$(sink_cpu_s)" 'BEGIN { printf "%.1f", b - a }')
DB_CPU=$( [[ -n $DB_PID ]] && awk -v a="$DB_CPU0" -v b="$(cpu_s "$DB_PID")" 'BEGIN { printf "%.1f", b - a }' || echo "?" )
FIRST_MS=$(sql "$DB_NAME" -e "SELECT TIMESTAMPDIFF(MICROSECOND, m.created_at, MIN(d.sent_at)) DIV 1000
  FROM delivery d JOIN notification_message m ON m.id = d.message_id WHERE m.id = $MSG")
FIRST_QUEUED_MS=$(sql "$DB_NAME" -e "SELECT TIMESTAMPDIFF(MICROSECOND, m.created_at, MIN(d.created_at)) DIV 1000
  FROM delivery d JOIN notification_message m ON m.id = d.message_id WHERE m.id = $MSG")
SIZE=$(sql "$DB_NAME" -e "SELECT LENGTH(text_body) + LENGTH(html_body) FROM notification_message WHERE id = $MSG")
FAILED=$(sql "$DB_NAME" -e "SELECT COUNT(*) FROM delivery WHERE message_id = $MSG AND state <> 'SENT'")
PEAK_KB=$(cat "$WORK/peak-heap-kb" 2>/dev/null || echo 0)
HERALD_MS=$(( END - START ))
POSTS_DURING=$(sort -n "$WORK/post-times" | awk '{ t[NR] = $1 * 1000 } END { printf "median %.0f ms, 90th percentile %.0f ms, slowest %.0f ms", t[int((NR + 1) / 2)], t[int(NR * 0.9)], t[NR] }')

echo "== smtp-source: $SUBSCRIBERS messages of $SIZE bytes over $CONNECTIONS kept-open connections"
S_START=$(now_ms); SINK_CPU0=$(sink_cpu_s); SOURCE_CPU0=$(children_cpu_s)
smtp-source -d -N -s "$CONNECTIONS" -m "$SUBSCRIBERS" -l "$SIZE" -f status@bench.test -t s@bench.test "127.0.0.1:$SINK_PORT"
S_MS=$(( $(now_ms) - S_START ))
S_SINK_CPU=$(awk -v a="$SINK_CPU0" -v b="$(sink_cpu_s)" 'BEGIN { printf "%.1f", b - a }')
S_SOURCE_CPU=$(awk -v a="$SOURCE_CPU0" -v b="$(children_cpu_s)" 'BEGIN { printf "%.1f", b - a }')

awk -v h="$HERALD_MS" -v s="$S_MS" -v n="$SUBSCRIBERS" -v f="$FIRST_MS" -v q="$FIRST_QUEUED_MS" -v heap="$PEAK_KB" -v bad="$FAILED" -v hc="$HERALD_CPU" -v dc="$DB_CPU" -v post="$POST_S" -v during="$POSTS_DURING" -v still="$( [[ $(cat "$WORK/posts-during") == 1 ]] || echo " (it ended before the last)" )" -v sc="$SINK_CPU" -v ssc="$S_SINK_CPU" -v soc="$S_SOURCE_CPU" 'BEGIN {
  printf "\n%-34s %10s %12s\n", "", "time (s)", "messages/s"
  printf "%-34s %10.1f %12.0f\n", "Herald (post → last accepted)", h/1000, n/(h/1000)
  printf "%-34s %10.1f %12.0f\n", "smtp-source (the ceiling)", s/1000, n/(s/1000)
  printf "\nratio Herald/smtp-source: %.2f   (aim ≥ 0.5)\n", s/h
  printf "posting the update:       %.0f ms to the answer (aim well under 100); 20 more during a fan-out%s: %s\n", post * 1000, still, during
  printf "time to first message:    %d ms  (aim < 1000; the first deliveries were queued after %d ms)\n", f, q
  printf "peak heap in use:         %.0f MB of -Xmx256m\n", heap/1024
  printf "deliveries not sent:      %d\n", bad
  printf "CPU during the fan-out:   Herald %s s, MariaDB %s s (local server only), smtp-sink %s s\n", hc, dc, sc
  printf "CPU during smtp-source:   smtp-source %s s, smtp-sink %s s\n", soc, ssc
}'
echo "Herald's threads by CPU seconds during the fan-out:"
join -a 1 -e 0 -o 0,1.2,2.2 <(sort "$WORK/threads-after") <(sort "$WORK/threads-before") \
  | awk '{ d = $2 - $3; if (d >= 0.1) printf "  %-26s %6.1f\n", $1, d }' | sort -k2 -nr | head -12
