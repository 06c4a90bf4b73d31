#!/usr/bin/env bash
# The people dashboards with 100,000 employees in TENANT (acme): a full rebuild of the read models from the modules'
# APIs, two years of facts added as the listeners would have written them, then every dashboard endpoint (median and
# p95) with the heap limited to 2 GiB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/analytics-$(date +%Y%m%d-%H%M%S)
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
EMPLOYEES=${EMPLOYEES:-100000}
start_app
generate_scratch_employees
java -cp "$PG_JAR" bench/AnalyticsDashboardsBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" | tee -a "$RUN/summary.txt"
