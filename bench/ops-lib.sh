#!/usr/bin/env bash
# Helpers shared by the operations drills (pg-restart.sh, backup-restore.sh): a PostgreSQL of the system's
# binaries in a directory of its own (run as the unprivileged user "postgres" when we are root, since PostgreSQL
# refuses to run as root), and the packaged app started against it. Source this file; it defines functions only.

JAR=${JAR:-target/renloop-0.1.0-SNAPSHOT.jar}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-600}
PG_BIN=${PG_BIN:-$(dirname "$(command -v pg_ctl)")}

log() { echo "[$(date +%H:%M:%S)] $*"; }

as_pg_owner() {
	if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# free_port: a TCP port nobody listens on
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# pg_init <dir>: a fresh cluster (trust on loopback) owned by the PostgreSQL user
pg_init() {
	mkdir -p "$1"
	[[ $(id -u) == 0 ]] && chown postgres "$1" "$(dirname "$1")"
	as_pg_owner "$PG_BIN/initdb" -D "$1" -U postgres -A trust -E UTF8 --no-locale >"$1.initdb.log" 2>&1 \
		|| { cat "$1.initdb.log"; return 1; }
}

# pg_start <dir> <port>, pg_stop <dir>
pg_start() {
	as_pg_owner "$PG_BIN/pg_ctl" -D "$1" -l "$1.log" -w -o "-p $2 -k /tmp -c max_connections=100" start >/dev/null
}

pg_stop() {
	as_pg_owner "$PG_BIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}

# start_app <log> <jdbc url> <data dir>: sets APP_PID and PORT once the app is ready (demo data seeded)
start_app() {
	local applog=$1
	: >"$applog"
	# shellcheck disable=SC2086
	RENLOOP_DEMO=${RENLOOP_DEMO:-true} RENLOOP_DATA_DIR="$3" SERVER_PORT=0 SPRING_DATASOURCE_URL="$2" \
		SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
		java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" >"$applog" 2>&1 &
	APP_PID=$!
	PORT=
	local deadline=$(($(date +%s) + STARTUP_TIMEOUT))
	until grep -q 'Renloop is ready' "$applog"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$applog"; echo "the app exited during start-up" >&2; return 1; }
		(($(date +%s) < deadline)) || { echo "not ready within ${STARTUP_TIMEOUT}s" >&2; return 1; }
		sleep 1
	done
	PORT=$(grep -m1 -oE 'Tomcat started on port [0-9]+' "$applog" | grep -oE '[0-9]+$')
}

stop_app() {
	if [[ -n "${APP_PID:-}" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
		kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null
	fi
	APP_PID=
}

# token <port> <login>: a bearer token of a demo login
token() {
	curl -fs -u "$2:${PASSWORD:-Renloop#2026}" -H 'Content-Type: application/json' -d '{"name":"drill"}' \
		"http://localhost:$1/api/v1/auth/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
