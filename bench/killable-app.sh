# Shared by the fault proofs (chaos.sh, payroll-chaos.sh): an app node that can be killed with -9 and started
# again on the same database. Set RUN, DATA, JAR, JAVA_OPTS, STARTUP_TIMEOUT, WAIT_TIMEOUT and TOKEN_LOGIN (whose API
# token start_app fetches into TOKEN) before sourcing; the prefix of log lines is LOG_PREFIX.
# shellcheck shell=bash

APP_PID=
PG_PORT=
log() { printf '[%s %s] %s\n' "${LOG_PREFIX:-chaos}" "$(date +%H:%M:%S)" "$*" | tee -a "$RUN/summary.txt"; }
fail() { log "FAILED: $*"; exit 1; }
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d postgres -qtAX -c "$1"; }

cleanup() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -KILL "$APP_PID" 2>/dev/null || true
	fi
	# the database outlives killed app JVMs on purpose; stop it at the very end
	local pidfile=$DATA/pg/postmaster.pid
	if [[ -f "$pidfile" ]]; then
		local pg
		pg=$(head -1 "$pidfile")
		[[ -n "$pg" ]] && kill -TERM "$pg" 2>/dev/null || true
	fi
}
trap cleanup EXIT

# start_app <log>: the first start runs the embedded PostgreSQL; later starts connect to it as an external server
start_app() {
	local applog=$1
	: >"$applog"
	if [[ -z "$PG_PORT" ]]; then
		# shellcheck disable=SC2086
		RENLOOP_DEMO=true RENLOOP_DATA_DIR="$DATA" SERVER_PORT=0 java $JAVA_OPTS -jar "$JAR" >"$applog" 2>&1 &
	else
		# shellcheck disable=SC2086
		RENLOOP_DEMO=true RENLOOP_DATA_DIR="$DATA" SERVER_PORT=0 \
			SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
			java $JAVA_OPTS -jar "$JAR" >"$applog" 2>&1 &
	fi
	APP_PID=$!
	local deadline=$(($(date +%s) + STARTUP_TIMEOUT))
	until grep -q 'Renloop is ready' "$applog"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$applog"; fail "the app exited during start-up"; }
		(($(date +%s) < deadline)) || fail "not ready within ${STARTUP_TIMEOUT}s"
		sleep 0.5
	done
	PORT=$(grep -m1 -oE 'Tomcat started on port [0-9]+' "$applog" | grep -oE '[0-9]+$')
	if [[ -z "$PG_PORT" ]]; then
		PG_PORT=$(grep -m1 -oE 'Embedded PostgreSQL running on port [0-9]+' "$applog" | grep -oE '[0-9]+$')
	fi
	BASE=http://localhost:$PORT
	TOKEN=$(curl -fsS -u "${TOKEN_LOGIN:-recruiter@demo.example}:Renloop#2026" -H 'Content-Type: application/json' \
		-d '{"name":"chaos"}' "$BASE/api/v1/auth/tokens" | jq -r .token)
}

kill_app() {
	kill -KILL "$APP_PID"
	wait "$APP_PID" 2>/dev/null || true
	APP_PID=
}

# wait_for <description> <sql that is 't' when done>
wait_for() {
	local deadline=$(($(date +%s) + WAIT_TIMEOUT))
	until [[ "$(sql "$2")" == t ]]; do
		(($(date +%s) < deadline)) || fail "$1: not within ${WAIT_TIMEOUT}s"
		sleep 1
	done
}

# settle <seconds> <sql that is 't' when done>: waits at most that long, never fails (the checks tell)
settle() {
	local deadline=$(($(date +%s) + $1))
	until [[ "$(sql "$2")" == t ]] || (($(date +%s) >= deadline)); do sleep 1; done
}

check() {
	local name=$1 actual=$2 expected=$3
	if [[ "$actual" == "$expected" ]]; then
		log "  ok   $name: $actual"
	else
		log "  FAIL $name: $actual (expected $expected)"
		FAILURES=$((FAILURES + 1))
	fi
}
