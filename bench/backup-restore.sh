#!/usr/bin/env bash
# Backup and restore drill: the packaged app with demo data on PostgreSQL A; pg_dump of its database plus the key
# files of its data directory (pii.key seals personal data and the tenants' offer-signing keys, interview-link.key
# signs candidates' links); restored into a fresh PostgreSQL B (new cluster, new data directory holding only the
# keys); the app started on B without demo seeding. Checks: health UP, the audit chain verifies with at least as
# many events, personal data decrypts to the same bytes (hash compared, never printed), every signed offer PDF is
# byte-identical and its signature verifies (pdfsig), and logins still work.
#
#   bench/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/ops-lib.sh
source bench/ops-lib.sh

RUN=$PWD/bench/out/backup-restore-$(date +%Y%m%d-%H%M%S)
BACKUP=$RUN/backup
mkdir -p "$BACKUP"
chmod 700 "$BACKUP"
[[ -f "$JAR" ]] || { log "building $JAR"; ./mvnw -q -B -DskipTests package; }
PG_A=$RUN/pg-a
PG_B=$RUN/pg-b
PORT_A=$(free_port)
PORT_B=$(free_port)
cleanup() { stop_app; pg_stop "$PG_A"; pg_stop "$PG_B"; }
trap cleanup EXIT
psql_on() { psql -h localhost -p "$1" -U postgres -d postgres -Atq -c "$2"; }

# facts <app port> <db port> <file>: what must survive, one line each (hashes, never personal data itself)
facts() {
	local token emp
	token=$(token "$1" hr@demo.example)
	emp=$(curl -fs -H "Authorization: Bearer $token" "http://localhost:$1/api/v1/employees?size=1" \
		| grep -oE '"id":"[0-9a-f-]{36}"' | head -1 | cut -d'"' -f4)
	{
		echo "health $(curl -s "http://localhost:$1/actuator/health")"
		echo "audit $(curl -fs -H "Authorization: Bearer $token" "http://localhost:$1/api/v1/audit/verify")"
		echo "personal-data-sha256 $(curl -fs -H "Authorization: Bearer $token" \
			"http://localhost:$1/api/v1/employees/$emp/personal-data" | sha256sum | cut -c1-16)"
		echo "employees $(psql_on "$2" "select count(*) from employee.employee")"
		echo "signed-offers $(psql_on "$2" "select count(*) from onboarding.offer_document")"
		echo "signing-keys $(psql_on "$2" "select count(*) from onboarding.signing_key")"
	} >"$3"
	for id in $(psql_on "$2" "select offer_id from onboarding.offer_document order by offer_id"); do
		curl -fs -H "Authorization: Bearer $token" -o "$3.$id.pdf" "http://localhost:$1/api/v1/offers/$id/signed.pdf"
		echo "offer $id sha256 $(sha256sum <"$3.$id.pdf" | cut -c1-16) $(pdfsig "$3.$id.pdf" 2>&1 \
			| grep -m1 'Signature Validation' | sed 's/^ *- //')" >>"$3"
	done
}

log "PostgreSQL A on port $PORT_A; starting the app with demo data ..."
pg_init "$PG_A"
pg_start "$PG_A" "$PORT_A"
start_app "$RUN/app-a.log" "jdbc:postgresql://localhost:$PORT_A/postgres" "$RUN/data-a"
log "app A ready on port $PORT_A"
facts "$PORT" "$PORT_A" "$RUN/before.txt"

log "backup: pg_dump -Fc and the key files"
started=$(date +%s%N)
pg_dump -h localhost -p "$PORT_A" -U postgres -Fc -f "$BACKUP/renloop.dump" postgres
cp -p "$RUN"/data-a/*.key "$BACKUP/"
chmod 600 "$BACKUP"/*.key
log "backup took $((($(date +%s%N) - started) / 1000000)) ms: $(du -h "$BACKUP/renloop.dump" | cut -f1) dump, keys: $(cd "$BACKUP" && ls ./*.key | xargs -n1 basename | tr '\n' ' ')"
stop_app
pg_stop "$PG_A"

log "restore into a fresh PostgreSQL B on port $PORT_B and a new data directory holding only the keys"
started=$(date +%s%N)
pg_init "$PG_B"
pg_start "$PG_B" "$PORT_B"
pg_restore -h localhost -p "$PORT_B" -U postgres -d postgres --no-owner "$BACKUP/renloop.dump"
mkdir -p "$RUN/data-b"
cp -p "$BACKUP"/*.key "$RUN/data-b/"
log "restore took $((($(date +%s%N) - started) / 1000000)) ms"
# outside demo mode the app reads the key from RENLOOP_PII_KEY only, as production does (the file is the demo's)
RENLOOP_PII_KEY=$(cat "$RUN/data-b/pii.key") RENLOOP_DEMO=false start_app "$RUN/app-b.log" "jdbc:postgresql://localhost:$PORT_B/postgres" "$RUN/data-b"
log "app B ready on port $PORT on the restored database"
facts "$PORT" "$PORT_B" "$RUN/after.txt"

echo
echo "== before the backup (app A) =="; cat "$RUN/before.txt"
echo "== after the restore (app B) =="; cat "$RUN/after.txt"
ok=true
grep -q '"status":"UP"' "$RUN/after.txt" || { echo "FAIL: health"; ok=false; }
grep -q '^audit {"valid":true' "$RUN/after.txt" || { echo "FAIL: the audit chain"; ok=false; }
[[ $(grep personal-data "$RUN/before.txt") == $(grep personal-data "$RUN/after.txt") ]] \
	|| { echo "FAIL: personal data no longer decrypts to the same"; ok=false; }
[[ $(grep -E '^(employees|signed-offers|signing-keys|offer)' "$RUN/before.txt") == $(grep -E '^(employees|signed-offers|signing-keys|offer)' "$RUN/after.txt") ]] \
	|| { echo "FAIL: employees or signed offers differ"; ok=false; }
if grep '^offer' "$RUN/after.txt" | grep -qv 'Signature is Valid'; then echo "FAIL: a signed offer does not verify"; ok=false; fi
$ok && echo "RESULT: restore drill passed" || { echo "RESULT: restore drill FAILED"; exit 1; }
