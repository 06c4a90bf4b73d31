#!/usr/bin/env bash
# A performance cycle of 100,000 employees in TENANT (acme) through the API — reviews created, metric data imported,
# every review scored, approved and published — and the calibration page of the tenant's largest department, with
# the heap limited to 2 GiB; prints the seconds of each step and the page's median and p95.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/performance-$(date +%Y%m%d-%H%M%S)
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
# the generator spreads hire dates up to today and terminates some: generate enough for 100,000 in the period
EMPLOYEES=${EMPLOYEES:-120000}
start_app
generate_scratch_employees
java -cp "$PG_JAR" bench/PerformanceCycleBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" --period "${PERIOD:-2026-Q2}" | tee -a "$RUN/summary.txt"
