# Shared by the attendance benchmarks: start the packaged app on a fresh embedded PostgreSQL with the demo
# tenants, find its ports and the JDBC driver, stop it on exit. Source it after setting RUN (the run directory).
# Sets PORT, APP_PID, JDBC_URL, PG_JAR.

JAR=${JAR:-target/renloop-0.1.0-SNAPSHOT.jar}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-900}
DATA=$RUN/data
mkdir -p "$RUN/lib"
APP_PID=

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$RUN/summary.txt"; }

stop_app() {
	if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill -TERM "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 120); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.5
		done
	fi
	APP_PID=
}
trap stop_app EXIT

start_app() {
	if [[ ! -f "$JAR" ]]; then
		log "building $JAR"
		./mvnw -q -B -DskipTests package
	fi
	RENLOOP_DEMO=true RENLOOP_DATA_DIR="$DATA" SERVER_PORT=0 java ${JAVA_OPTS:-} -jar "$JAR" >"$RUN/app.log" 2>&1 &
	APP_PID=$!
	local deadline=$(($(date +%s) + STARTUP_TIMEOUT))
	until grep -q 'Renloop is ready' "$RUN/app.log"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$RUN/app.log"; echo "the app exited during start-up" >&2; exit 1; }
		(($(date +%s) < deadline)) || { echo "not ready within ${STARTUP_TIMEOUT}s" >&2; exit 1; }
		sleep 0.5
	done
	PORT=$(grep -m1 -oE 'Tomcat started on port [0-9]+' "$RUN/app.log" | grep -oE '[0-9]+$')
	local pg_port
	pg_port=$(grep -m1 -oE 'Embedded PostgreSQL running on port [0-9]+' "$RUN/app.log" | grep -oE '[0-9]+$')
	JDBC_URL=jdbc:postgresql://localhost:$pg_port/postgres
	local driver
	driver=$(jar tf "$JAR" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9][^/]*\.jar$')
	(cd "$RUN/lib" && jar xf "$ROOT/$JAR" "$driver")
	PG_JAR=$RUN/lib/$driver
	log "app ready on port $PORT, PostgreSQL at $JDBC_URL"
}

# Adds EMPLOYEES (100000) employees numbered C000001... to TENANT with PostgreSQL COPY (after start_app).
generate_scratch_employees() {
	log "generating ${EMPLOYEES:-100000} employees in tenant $TENANT"
	java -cp "$PG_JAR" bench/GenerateEmployees.java --jdbc-url "$JDBC_URL" --user postgres --password "" \
		--tenant "$TENANT" --count "${EMPLOYEES:-100000}" --prefix C | tail -3 | tee -a "$RUN/summary.txt"
}
