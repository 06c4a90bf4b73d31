#!/usr/bin/env bash
# Monthly close of EMPLOYEES (100000) in TENANT (acme) with two clock events per workday of MONTH (2026-06,
# 22 workdays: ~4.4 M events), through the API; prints the close's wall time (see README-attendance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/close-$(date +%Y%m%d-%H%M%S)
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
start_app
generate_scratch_employees
java -cp "$PG_JAR" bench/AttendanceCloseBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" --prefix C --month "${MONTH:-2026-06}" | tee -a "$RUN/summary.txt"
