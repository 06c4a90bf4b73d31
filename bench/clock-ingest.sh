#!/usr/bin/env bash
# Clock ingestion through the API vs a raw COPY of the same rows (see README-attendance.md).
# EMPLOYEES (100000) are generated in TENANT (acme, the second demo tenant, used as the scratch tenant) with
# numbers C000001..., then EVENTS (1000000) are posted in batches of BATCH (1000) by CLIENTS (4) connections.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/clock-$(date +%Y%m%d-%H%M%S)
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
start_app
generate_scratch_employees
java -cp "$PG_JAR" bench/ClockIngestBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" --email "hr@$TENANT.example" --prefix C --events "${EVENTS:-1000000}" \
	--batch "${BATCH:-1000}" --clients "${CLIENTS:-4}" | tee -a "$RUN/summary.txt"
