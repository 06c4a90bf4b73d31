#!/usr/bin/env bash
# Certificate compliance of a 100,000-employee tenant (acme) with about 300,000 certificates: the compliance API and
# page of the largest department and of the whole tenant, and the daily expiry scan; heap limited to 2 GiB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=bench/out/training-$(date +%Y%m%d-%H%M%S)
export JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
source bench/app-lifecycle.sh
TENANT=${TENANT:-acme}
# the generator terminates some of the people it adds: generate enough for 100,000 not left
EMPLOYEES=${EMPLOYEES:-106000}
start_app
generate_scratch_employees
java -cp "$PG_JAR" bench/TrainingComplianceBench.java --base-url "http://localhost:$PORT" --jdbc-url "$JDBC_URL" \
	--tenant "$TENANT" | tee -a "$RUN/summary.txt"
