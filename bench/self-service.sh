#!/usr/bin/env bash
# Open-loop self-service load (see README-attendance.md): EMPLOYEES (100000) generated in TENANT (acme), USERS (600)
# of them with an employee login and token, then RATE (200) requests/s of the self-service mix for DURATION (60) s
# after WARMUP (300: until the JIT has compiled the hot paths) s (MIX, e.g. own-month:100, runs other mixes;
# PER_KIND_RATE=30 then runs each kind alone at that rate for 20 s); prints latency percentiles per request kind and CPU ms per request of the app and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/self-service-$(date +%Y%m%d-%H%M%S)
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
start_app
generate_scratch_employees
DB_PID=$(head -1 "$DATA/pg/postmaster.pid")
java -cp "$PG_JAR" bench/SelfServiceBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" --prefix C --users "${USERS:-600}" --rate "${RATE:-200}" --warmup "${WARMUP:-300}" \
	--duration "${DURATION:-60}" --app-pid "$APP_PID" --db-pid "$DB_PID" ${MIX:+--mix "$MIX"} --per-kind-rate "${PER_KIND_RATE:-0}" | tee -a "$RUN/summary.txt"
