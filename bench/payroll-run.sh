#!/usr/bin/env bash
# A payroll run of RUN_EMPLOYEES (100000) in TENANT (acme) for PERIOD (2026-06) with social insurance, housing fund,
# income tax, attendance figures, an annual bonus and special additional deductions, persisted with payslip lines,
# through the API with the heap limited to 2 GiB; prints employees/s and the ratio to a raw COPY of the same rows.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/payroll-$(date +%Y%m%d-%H%M%S)
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
# the generator spreads hire dates up to today and terminates some: generate enough for RUN_EMPLOYEES to be employed
EMPLOYEES=${EMPLOYEES:-130000}
start_app
generate_scratch_employees
java -cp "$PG_JAR" bench/PayrollRunBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" --prefix C --period "${PERIOD:-2026-06}" \
	--employees "${RUN_EMPLOYEES:-100000}" | tee -a "$RUN/summary.txt"
