#!/usr/bin/env bash
# PostgreSQL restarted under load: the packaged app on a PostgreSQL of its own (system binaries, loopback),
# CLIENTS curl loops on the API (bearer token) and on pages (page session), PostgreSQL stopped for DOWN seconds
# in the middle, then started again. Prints the status code histogram per kind: the goal is only 200 and 503
# (problem details with Retry-After), never a 500, and 200 again after the restart without restarting the app.
#
#   bench/pg-restart.sh                      # 8 clients, 15 s load, 8 s down, 20 s after
#   CLIENTS=16 DOWN=20 bench/pg-restart.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/ops-lib.sh
source bench/ops-lib.sh

CLIENTS=${CLIENTS:-8}
BEFORE=${BEFORE:-15}
DOWN=${DOWN:-8}
AFTER=${AFTER:-20}
RUN=$PWD/bench/out/pg-restart-$(date +%Y%m%d-%H%M%S)
PG_DIR=$RUN/pg
PG_PORT=$(free_port)
mkdir -p "$RUN"
[[ -f "$JAR" ]] || { log "building $JAR"; ./mvnw -q -B -DskipTests package; }

cleanup() { stop_app; pg_stop "$PG_DIR"; }
trap cleanup EXIT

log "PostgreSQL $("$PG_BIN/postgres" --version | head -1) on port $PG_PORT in $PG_DIR"
pg_init "$PG_DIR"
pg_start "$PG_DIR" "$PG_PORT"
log "starting the app (demo data) ..."
start_app "$RUN/app.log" "jdbc:postgresql://localhost:$PG_PORT/postgres" "$RUN/data"
log "app ready on port $PORT (pid $APP_PID)"
TOKEN=$(token "$PORT" hr@demo.example)
COOKIES=$RUN/cookies
csrf=$(curl -s -c "$COOKIES" "http://localhost:$PORT/login" | grep -oE 'name="_csrf"[^>]*value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/')
curl -s -b "$COOKIES" -c "$COOKIES" -o /dev/null --data-urlencode "username=hr@demo.example" \
	--data-urlencode "password=Renloop#2026" --data-urlencode "_csrf=$csrf" "http://localhost:$PORT/login"

STOP_AT=$(($(date +%s) + BEFORE + DOWN + AFTER))
client() {
	local kind=$1 out=$RUN/codes-$2
	while (($(date +%s) < STOP_AT)); do
		if [[ $kind == api ]]; then
			code=$(curl -s -o "$RUN/last-$2" -w '%{http_code}' --max-time 30 -H "Authorization: Bearer $TOKEN" \
				-H 'Accept-Language: en' "http://localhost:$PORT/api/v1/employees?size=20") || code=000
		else
			code=$(curl -s -o "$RUN/last-$2" -w '%{http_code}' --max-time 30 -b "$COOKIES" -H 'Accept: text/html' \
				"http://localhost:$PORT/employees") || code=000
		fi
		echo "$(date +%s) $kind $code" >>"$out"
		[[ $code == 503 && ! -f $RUN/sample-503-$kind ]] && { cp "$RUN/last-$2" "$RUN/sample-503-$kind"; \
			curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/employees?size=1" \
			| grep -i 'retry-after' >"$RUN/sample-503-headers" || true; }
		[[ $code == 500 && ! -f $RUN/sample-500-$kind ]] && cp "$RUN/last-$2" "$RUN/sample-500-$kind"
	done
}
CLIENT_PIDS=()
for i in $(seq 1 "$CLIENTS"); do
	if ((i % 4 == 0)); then client page "$i" & else client api "$i" & fi
	CLIENT_PIDS+=($!)
done
sleep "$BEFORE"
log "stopping PostgreSQL for ${DOWN}s (pg_ctl stop -m fast) under load"
DOWN_AT=$(date +%s)
pg_stop "$PG_DIR"
sleep "$DOWN"
pg_start "$PG_DIR" "$PG_PORT"
UP_AT=$(date +%s)
log "PostgreSQL is back; the app keeps running (pid $APP_PID)"
# the clients only: the app is a background job too
wait "${CLIENT_PIDS[@]}"
cat "$RUN"/codes-* >"$RUN/codes"
echo
echo "== status codes, all requests (kind code count) =="
awk '{print $2, $3}' "$RUN/codes" | sort | uniq -c | awk '{printf "%-5s %s %6d\n", $2, $3, $1}'
echo "== before the stop / while down / after the start =="
awk -v d="$DOWN_AT" -v u="$UP_AT" '{p = $1 < d ? "1-before" : ($1 < u ? "2-down" : "3-after"); print p, $2, $3}' \
	"$RUN/codes" | sort | uniq -c | awk '{printf "%-9s %-5s %s %6d\n", $2, $3, $4, $1}'
first_ok=$(awk -v u="$UP_AT" '$1 >= u && $3 == 200 {print $1; exit}' <(sort -n "$RUN/codes"))
echo "first 200 after PostgreSQL was back: $(( ${first_ok:-$UP_AT} - UP_AT )) s after its start"
[[ -f $RUN/sample-503-api ]] && { echo "== a 503 of the API =="; cat "$RUN/sample-503-api"; echo; cat "$RUN/sample-503-headers" 2>/dev/null; }
[[ -f $RUN/sample-503-page ]] && echo "== a 503 page: $(grep -oE '<title>[^<]*</title>' "$RUN/sample-503-page" | head -1)"
echo "health now: $(curl -s "http://localhost:$PORT/actuator/health")"
echo "app log: $(grep -c ' ERROR ' "$RUN/app.log" || true) ERROR lines, $(grep -c 'answered 503' "$RUN/app.log" || true) 'answered 503' warnings"
others=$(awk '$3 != 200 && $3 != 503' "$RUN/codes" | wc -l)
echo "requests with a status other than 200 or 503: $others"
[[ $others == 0 ]]
