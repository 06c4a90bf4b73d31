#!/usr/bin/env bash
# Fault proof for payroll runs (issue 13): kill -9 the app in the middle of a run's calculation, start it again on
# the same database, and show in SQL that every employee ends with exactly one result.
#   1. starts the packaged app (demo tenants) on a fresh data directory and adds EMPLOYEES (30000) employees to acme
#      with pay structures, attendance figures, a bonus and declarations (bench/PayrollRunBench.java --open-only);
#   2. calculates the run, kill -9 once KILL_AFTER (6000) employees are done, restarts the app and waits for the job;
#   3. checks: the job COMPLETED after more than one claim, one payslip per employee and no employee twice, the run's
#      head count and totals equal its payslips; prints a summary (also in bench/out/payroll-chaos-<time>/summary.txt).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
EMPLOYEES=${EMPLOYEES:-30000}
KILL_AFTER=${KILL_AFTER:-6000}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-900}
WAIT_TIMEOUT=${WAIT_TIMEOUT:-900}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
JAR=${JAR:-target/renloop-0.1.0-SNAPSHOT.jar}
RUN=bench/out/payroll-chaos-$(date +%Y%m%d-%H%M%S)
DATA=$RUN/data
TOKEN_LOGIN=admin@acme.example
LOG_PREFIX=payroll-chaos
mkdir -p "$RUN/lib"
[[ -f "$JAR" ]] || ./mvnw -q -B -DskipTests package

source bench/killable-app.sh

start_app "$RUN/app-1.log"
driver=$(jar tf "$JAR" | grep -m1 -E '^BOOT-INF/lib/postgresql-[0-9][^/]*\.jar$')
(cd "$RUN/lib" && jar xf "$ROOT/$JAR" "$driver")
PG_JAR=$RUN/lib/$driver
JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/postgres
log "adding $EMPLOYEES employees to acme"
java -cp "$PG_JAR" bench/GenerateEmployees.java --jdbc-url "$JDBC_URL" --user postgres --password "" --tenant acme \
	--count "$EMPLOYEES" --prefix C | tail -1 | tee -a "$RUN/summary.txt"
RUN_ID=$(java -cp "$PG_JAR" bench/PayrollRunBench.java --base-url "$BASE" --jdbc-url "$JDBC_URL" --tenant acme \
	--prefix C --period 2026-06 --open-only x | tee -a "$RUN/summary.txt" | sed -n 's/^run //p')
EXPECTED=$(sql "select count(*) from payroll.salary_structure s join payroll.pay_group g on g.id = s.pay_group_id
                 where g.tenant_id = 'acme' and g.code = 'BENCH'")
JOB=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/payroll/runs/$RUN_ID/calculate" | jq -r .jobId)
log "run $RUN_ID of $EXPECTED employees: job $JOB; kill -9 after $KILL_AFTER"
wait_for "first $KILL_AFTER employees" "select processed >= $KILL_AFTER from platform.background_job where id = '$JOB'"
log "processed $(sql "select processed from platform.background_job where id = '$JOB'") — kill -9"
kill_app
log "payslips written before the kill: $(sql "select count(*) from payroll.payslip where run_id = '$RUN_ID'")"
start_app "$RUN/app-2.log"
wait_for "the run's job" "select status in ('COMPLETED', 'FAILED') from platform.background_job where id = '$JOB'"

FAILURES=0
check "job status" "$(sql "select status from platform.background_job where id = '$JOB'")" COMPLETED
check "job resumed by another claim (attempts > 1)" "$(sql "select attempts > 1 from platform.background_job where id = '$JOB'")" t
check "payslips of the run" "$(sql "select count(*) from payroll.payslip where run_id = '$RUN_ID'")" "$EXPECTED"
check "distinct employees with a payslip" "$(sql "select count(distinct employee_id) from payroll.payslip where run_id = '$RUN_ID'")" "$EXPECTED"
check "run status" "$(sql "select status from payroll.payroll_run where id = '$RUN_ID'")" CALCULATED
check "run head count = payslips" "$(sql "select headcount from payroll.payroll_run where id = '$RUN_ID'")" "$EXPECTED"
check "run net total = sum of payslips" "$(sql "select r.net = (select sum(net) from payroll.payslip where run_id = r.id) from payroll.payroll_run r where r.id = '$RUN_ID'")" t
log "failures: $FAILURES"
exit $((FAILURES > 0))
