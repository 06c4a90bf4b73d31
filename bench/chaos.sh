#!/usr/bin/env bash
# Fault proof for background jobs and durable events (issue 11, ADR 0020): kill -9 the app in the middle of work,
# start it again, and show in SQL that nothing was lost and nothing doubled.
#   1. starts the packaged app (demo tenants) on a fresh data directory; its embedded PostgreSQL keeps running when
#      the app's JVM is killed, as a database server outlives an app node;
#   2. bulk import: uploads IMPORT_FILES resumes built from ../shared/data/resume-ner to an open demo requisition,
#      kill -9 once KILL_AFTER of them are done, restarts the app on the same database and waits for the job;
#      checks: every file has exactly one outcome, every CREATED file exactly one application (unique keys), no
#      application without a file, the job COMPLETED after more than one attempt, one completion audit record;
#   3. event burst: BURST_FILES more resumes (in uploads of 500) make as many ApplicationReceived events, each
#      delivered to its listeners through the event publication registry; kill -9 while they are delivered,
#      restart, wait; checks: no incomplete publication left, each application's stored match (its listener's
#      effect, one row per application by primary key) exists once;
#   4. prints a summary (also in bench/out/chaos-<time>/summary.txt).
# Settings (environment): IMPORT_FILES=200 KILL_AFTER=60 BURST_FILES=1000 STARTUP_TIMEOUT=900 WAIT_TIMEOUT=900
#   MATCH_TIMEOUT=900 (how long the match scores may lag the import)
#   JAR=target/renloop-0.1.0-SNAPSHOT.jar JAVA_OPTS=... CORPUS=../shared/data/resume-ner
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
IMPORT_FILES=${IMPORT_FILES:-200}
KILL_AFTER=${KILL_AFTER:-60}
BURST_FILES=${BURST_FILES:-1000}
STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-900}
MATCH_TIMEOUT=${MATCH_TIMEOUT:-900}
WAIT_TIMEOUT=${WAIT_TIMEOUT:-900}
JAVA_OPTS=${JAVA_OPTS:-}
CORPUS=${CORPUS:-../shared/data/resume-ner}
JAR=${JAR:-target/renloop-0.1.0-SNAPSHOT.jar}
RUN=bench/out/chaos-$(date +%Y%m%d-%H%M%S)
DATA=$RUN/data
mkdir -p "$RUN"

source bench/killable-app.sh

# upload <requisition> <files...>: prints the job id
upload() {
	local requisition=$1
	shift
	local args=()
	for file in "$@"; do args+=(-F "files[]=@$file;type=text/plain"); done
	curl -fsS -H "Authorization: Bearer $TOKEN" -F "requisitionId=$requisition" -F channel=LIEPIN -F consent=true \
		"${args[@]}" "$BASE/api/v1/candidates/import" | jq -r .jobId
}

open_requisition() {
	sql "select id from recruitment.requisition where tenant_id = 'demo' and status = 'OPEN'
	      order by created_at offset $1 limit 1"
}

FAILURES=0

if [[ ! -f "$JAR" ]] || [[ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]]; then
	log "building $JAR"
	./mvnw -q -B -ntp -o -DskipTests package
fi

log "run directory $RUN; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/ChaosResumes.java --corpus "$CORPUS" --out "$RUN/import" --count "$IMPORT_FILES" --phone-prefix 1991 >/dev/null
java bench/ChaosResumes.java --corpus "$CORPUS" --out "$RUN/burst" --count "$BURST_FILES" --phone-prefix 1992 >/dev/null

log "starting the app on a fresh data directory"
start_app "$RUN/app-1.log"
log "app pid $APP_PID on port $PORT, embedded PostgreSQL on port $PG_PORT"

# ---- 1. bulk import, kill -9 mid-way
REQ_A=$(open_requisition 0)
[[ -n "$REQ_A" ]] || fail "no OPEN requisition in the demo tenant"
BEFORE_A=$(sql "select count(*) from recruitment.application where requisition_id = '$REQ_A'")
JOB_A=$(upload "$REQ_A" "$RUN"/import/*.txt)
log "bulk import job $JOB_A: $IMPORT_FILES resumes to requisition $REQ_A (it had $BEFORE_A applications)"
wait_for "import progress" "select processed >= $KILL_AFTER from platform.background_job where id = '$JOB_A'"
log "kill -9 the app at $(sql "select processed from platform.background_job where id = '$JOB_A'") of $IMPORT_FILES files, lease held by $(sql "select lease_owner from platform.background_job where id = '$JOB_A'")"
kill_app
AT_KILL=$(sql "select count(*) from recruitment.import_file where job_id = '$JOB_A' and outcome is not null")
log "after the kill: $AT_KILL files have an outcome; status $(sql "select status from platform.background_job where id = '$JOB_A'")"

log "restarting the app on the same database"
start_app "$RUN/app-2.log"
log "app pid $APP_PID on port $PORT"
wait_for "the import job to finish" "select status in ('COMPLETED', 'FAILED') from platform.background_job where id = '$JOB_A'"
log "bulk import job: $(sql "select status || ' after ' || attempts || ' attempts, ' || processed || ' of ' || total || ' processed' from platform.background_job where id = '$JOB_A'")"
log "checks of the bulk import:"
check "job status" "$(sql "select status from platform.background_job where id = '$JOB_A'")" COMPLETED
check "job resumed by another claim (attempts > 1)" "$(sql "select attempts > 1 from platform.background_job where id = '$JOB_A'")" t
check "files with an outcome" "$(sql "select count(*) from recruitment.import_file where job_id = '$JOB_A' and outcome is not null")" "$IMPORT_FILES"
CREATED_A=$(sql "select count(*) from recruitment.import_file where job_id = '$JOB_A' and outcome = 'CREATED'")
FAILED_A=$(sql "select count(*) from recruitment.import_file where job_id = '$JOB_A' and outcome = 'FAILED'")
log "  files CREATED $CREATED_A, FAILED $FAILED_A"
check "distinct applications of CREATED files" "$(sql "select count(distinct application_id) from recruitment.import_file where job_id = '$JOB_A' and outcome = 'CREATED'")" "$CREATED_A"
check "CREATED files whose application exists" "$(sql "select count(*) from recruitment.import_file f join recruitment.application a on a.id = f.application_id where f.job_id = '$JOB_A'")" "$CREATED_A"
check "new applications in the requisition (no doubles, none lost)" "$(($(sql "select count(*) from recruitment.application where requisition_id = '$REQ_A'") - BEFORE_A))" "$CREATED_A"
check "candidates applying twice to the requisition" "$(sql "select count(*) from (select candidate_id from recruitment.application where requisition_id = '$REQ_A' group by candidate_id having count(*) > 1) twice")" 0
check "job's processed = files" "$(sql "select processed from platform.background_job where id = '$JOB_A'")" "$IMPORT_FILES"
check "completion audit records" "$(sql "select count(*) from platform.audit_event where entity_type = 'CandidateImport' and entity_id = '$JOB_A' and action = 'COMPLETE'")" 1
check "file contents left in the database" "$(sql "select count(*) from recruitment.import_file where job_id = '$JOB_A' and content is not null")" 0

# ---- 2. a burst of events, kill -9 while they are delivered
REQ_B=$(open_requisition 1)
[[ -n "$REQ_B" ]] || fail "no second OPEN requisition in the demo tenant"
BEFORE_B=$(sql "select count(*) from recruitment.application where requisition_id = '$REQ_B'")
BURST_START=$(sql "select now()")
mapfile -t BURST < <(ls "$RUN"/burst/*.txt)
JOBS_B=()
for ((i = 0; i < ${#BURST[@]}; i += 500)); do
	JOBS_B+=("$(upload "$REQ_B" "${BURST[@]:i:500}")")
done
log "event burst: ${#BURST[@]} resumes to requisition $REQ_B in jobs ${JOBS_B[*]}; each application publishes ApplicationReceived"
HALF=$((BURST_FILES / 3))
wait_for "event publications" "select count(*) >= $HALF from event_publication where publication_date >= '$BURST_START' and event_type like '%ApplicationReceived'"
log "kill -9 the app with $(sql "select count(*) from event_publication where publication_date >= '$BURST_START'") publications since the burst began, $(sql "select count(*) from event_publication where publication_date >= '$BURST_START' and completion_date is null") of them incomplete"
kill_app
log "restarting the app on the same database"
start_app "$RUN/app-3.log"
IDS=$(printf "'%s'," "${JOBS_B[@]}")
IDS=${IDS%,}
wait_for "the burst jobs to finish" "select bool_and(status in ('COMPLETED', 'FAILED')) from platform.background_job where id in ($IDS)"
settle 300 "select count(*) = 0 from event_publication where completion_date is null"
MATCHES_B="select count(*) from recruitment.application_match m join recruitment.import_file f on f.application_id = m.application_id where f.job_id in ($IDS)"
# scoring runs on a background pool after each commit and embeds every resume: on a busy machine it lags the import
settle "$MATCH_TIMEOUT" "select ($MATCHES_B) >= (select count(*) from recruitment.import_file where job_id in ($IDS) and outcome = 'CREATED')"
PUBS=$(sql "select count(*) from event_publication where publication_date >= '$BURST_START' and event_type like '%ApplicationReceived'")
log "checks of the event burst ($PUBS ApplicationReceived publications, one per listener):"
check "burst jobs COMPLETED" "$(sql "select count(*) from platform.background_job where id in ($IDS) and status = 'COMPLETED'")" "${#JOBS_B[@]}"
CREATED_B=$(sql "select count(*) from recruitment.import_file where job_id in ($IDS) and outcome = 'CREATED'")
check "burst files with an outcome" "$(sql "select count(*) from recruitment.import_file where job_id in ($IDS) and outcome is not null")" "$BURST_FILES"
check "new applications in the burst's requisition (one per CREATED file)" "$(($(sql "select count(*) from recruitment.application where requisition_id = '$REQ_B'") - BEFORE_B))" "$CREATED_B"
check "incomplete event publications" "$(sql "select count(*) from event_publication where completion_date is null")" 0
check "ApplicationReceived publications per listener = applications" "$(sql "select count(distinct listener_id) * $CREATED_B = count(*) from event_publication where publication_date >= '$BURST_START' and event_type like '%ApplicationReceived'")" t
check "stored matches of the burst's applications (primary key: once each)" "$(sql "$MATCHES_B")" "$CREATED_B"

echo
echo "==== chaos summary ($RUN) ===="
grep -E 'kill -9|job:|ok |FAIL' "$RUN/summary.txt" | sed -E 's/^\[chaos [0-9:]+\] //'
if ((FAILURES > 0)); then
	echo "$FAILURES check(s) failed"
	exit 1
fi
echo "all checks passed"
