#!/usr/bin/env bash
# End-to-end benchmark of the employee list/search API:
#   1. builds the jar if it is missing,
#   2. starts the packaged app with RENLOOP_DEMO=true on a fresh data directory (embedded PostgreSQL)
#      and a free port, and times the start-up (health UP, then ready = demo tenants seeded),
#   3. adds COUNT generated employees to TENANT with bench/GenerateEmployees.java (COPY),
#   4. runs bench/LoadDriver.java with CLIENTS concurrent clients for DURATION seconds after WARMUP,
#   5. restarts the app on the same data and times that start-up,
#   6. stops the app.
# Everything goes to bench/out/run-<timestamp>/ (git-ignored); the last lines printed are the results.
#
# Settings (environment): COUNT=100000 CLIENTS=50 DURATION=60 WARMUP=60 TENANT=demo RESTART=true
#   STARTUP_TIMEOUT=900 JAR=target/renloop-0.1.0-SNAPSHOT.jar JAVA_OPTS=... DRIVER_OPTS="--scenarios a,b"
#   PER_SCENARIO=true: after the main run, each scenario alone (4 clients, 20 s): CPU ms per request
# With SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD set, the app and the generator use that (empty)
# PostgreSQL database instead of the embedded one, and database CPU is not measured.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
COUNT=${COUNT:-100000}
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
PER_SCENARIO=${PER_SCENARIO:-false}
TENANT=${TENANT:-demo}
RESTART=${RESTART:-true}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-900}
JAVA_OPTS=${JAVA_OPTS:-}
DRIVER_OPTS=${DRIVER_OPTS:-}
JAR=${JAR:-target/renloop-0.1.0-SNAPSHOT.jar}
RUN=bench/out/run-$(date +%Y%m%d-%H%M%S)
DATA=$RUN/data
mkdir -p "$RUN/lib"

APP_PID=
log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$RUN/summary.txt"; }
now_ms() { date +%s%3N; }

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 120); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.5
		done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
	# the embedded PostgreSQL is stopped by the app's shutdown hook; make sure ours is gone
	local pidfile=$DATA/pg/postmaster.pid
	if [[ -f "$pidfile" ]]; then
		local pg
		pg=$(head -1 "$pidfile")
		if [[ -n "$pg" ]] && kill -0 "$pg" 2>/dev/null; then
			kill -TERM "$pg" 2>/dev/null || true
			sleep 2
		fi
	fi
}
trap stop_app EXIT

# start_app <log file>: starts the app, sets APP_PID, PORT, UP_MS (health UP) and READY_MS (seeded, ready)
start_app() {
	local applog=$1
	local started
	started=$(now_ms)
	: >"$applog"
	# shellcheck disable=SC2086
	RENLOOP_DEMO=true RENLOOP_DATA_DIR="$DATA" SERVER_PORT=0 \
		java $JAVA_OPTS -jar "$JAR" >"$applog" 2>&1 &
	APP_PID=$!
	PORT=
	local deadline=$(($(date +%s) + STARTUP_TIMEOUT))
	until [[ -n "$PORT" ]]; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$applog"; echo "the app exited during start-up" >&2; exit 1; }
		(($(date +%s) < deadline)) || { echo "no 'Tomcat started' within ${STARTUP_TIMEOUT}s" >&2; exit 1; }
		PORT=$(grep -m1 -oE 'Tomcat started on port [0-9]+' "$applog" | grep -oE '[0-9]+$' || true)
		[[ -n "$PORT" ]] || sleep 0.2
	done
	until curl -fs "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		(($(date +%s) < deadline)) || { echo "health not UP within ${STARTUP_TIMEOUT}s" >&2; exit 1; }
		sleep 0.2
	done
	UP_MS=$(($(now_ms) - started))
	# health is UP before the demo seeder (an ApplicationRunner) has finished; "ready" comes after it
	until grep -q 'Renloop is ready' "$applog"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$applog"; echo "the app exited during start-up" >&2; exit 1; }
		(($(date +%s) < deadline)) || { echo "not ready within ${STARTUP_TIMEOUT}s" >&2; exit 1; }
		sleep 0.2
	done
	READY_MS=$(($(now_ms) - started))
}

if [[ ! -f "$JAR" ]]; then
	log "building $JAR"
	./mvnw -q -B -DskipTests package
fi

log "run directory $RUN; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "starting the app on a fresh data directory (embedded PostgreSQL, demo tenants)"
start_app "$RUN/app.log"
log "start-up, empty data directory: health UP after ${UP_MS} ms, ready (demo seeded) after ${READY_MS} ms; port $PORT"

if [[ -n "${SPRING_DATASOURCE_URL:-}" ]]; then
	JDBC_URL=$SPRING_DATASOURCE_URL
	DB_USER=${SPRING_DATASOURCE_USERNAME:-postgres}
	DB_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
	DB_PID=0
else
	PG_PORT=$(grep -m1 -oE 'Embedded PostgreSQL running on port [0-9]+' "$RUN/app.log" | grep -oE '[0-9]+$')
	JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/postgres
	DB_USER=postgres
	DB_PASSWORD=
	DB_PID=$(head -1 "$DATA/pg/postmaster.pid")
	log "embedded PostgreSQL on port $PG_PORT (postmaster pid $DB_PID)"
fi

# the PostgreSQL JDBC driver the app itself ships with
DRIVER_ENTRY=$(jar tf "$JAR" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9][^/]*\.jar$')
(cd "$RUN/lib" && jar xf "$ROOT/$JAR" "$DRIVER_ENTRY")
PG_JAR=$RUN/lib/$DRIVER_ENTRY

log "generating $COUNT employees in tenant $TENANT"
java -cp "$PG_JAR" bench/GenerateEmployees.java --jdbc-url "$JDBC_URL" --user "$DB_USER" \
	--password "$DB_PASSWORD" --tenant "$TENANT" --count "$COUNT" | tee -a "$RUN/summary.txt"

log "load: $CLIENTS clients, warm-up ${WARMUP}s, measure ${DURATION}s"
set +e
# shellcheck disable=SC2086
java bench/LoadDriver.java --base-url "http://localhost:$PORT" --clients "$CLIENTS" --duration "$DURATION" \
	--warmup "$WARMUP" --app-pid "$APP_PID" --db-pid "$DB_PID" --json "$RUN/load.json" $DRIVER_OPTS \
	| tee "$RUN/load.txt"
DRIVER_STATUS=${PIPESTATUS[0]}
set -e

if [[ "$PER_SCENARIO" == true ]]; then
	log "cost of each scenario alone: 4 clients, 20 s each"
	for scenario in list_first_page list_pages_1_50 list_deep_page search_surname search_name_2chars \
		search_number_prefix filter_department filter_status filter_dept_status_q list_keyset_deep; do
		java bench/LoadDriver.java --base-url "http://localhost:$PORT" --clients 4 --duration 20 --warmup 3 \
			--scenarios "$scenario" --app-pid "$APP_PID" --db-pid "$DB_PID" >"$RUN/scenario-$scenario.txt" || true
		printf '%-22s %s | %s\n' "$scenario" \
			"$(grep -E '^overall' "$RUN/scenario-$scenario.txt" | awk '{printf "%s req/s, p50 %s ms, p95 %s ms", $4, $5, $6}')" \
			"$(grep -oE '[0-9.]+ ms CPU per request \(app [0-9.]+ \+ db [0-9.]+\)' "$RUN/scenario-$scenario.txt")" \
			| tee -a "$RUN/per-scenario.txt"
	done
fi

if [[ "$RESTART" == true ]]; then
	log "restarting the app on the existing data"
	stop_app
	start_app "$RUN/app-restart.log"
	log "start-up, existing data ($(grep -oE 'now has [0-9]+ employees' "$RUN/summary.txt" | tail -1 | grep -oE '[0-9]+') employees in $TENANT): health UP after ${UP_MS} ms, ready after ${READY_MS} ms"
fi
stop_app

echo
echo "==== results ($RUN) ===="
grep -E 'start-up' "$RUN/summary.txt" | sed -E 's/^\[bench [0-9:]+\] //'
sed -n '/^scenario/,$p' "$RUN/load.txt"
if [[ -f "$RUN/per-scenario.txt" ]]; then
	echo
	echo "each scenario alone (4 clients, 20 s): throughput, latency | CPU per request"
	cat "$RUN/per-scenario.txt"
fi
exit "$DRIVER_STATUS"
