#!/usr/bin/env bash
# Attrition risk scoring at scale (issue 16: all employees < 30 s): trains a tenant model on 20,000 generated people
# and scores 100,000 employees with their reasons in Chinese, in the test JVM; prints the seconds of each step.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -o test -Dtest=AttritionScoringBench -Dbench.attrition=true -Dsurefire.failIfNoSpecifiedTests=false \
	| grep -E "ATTRITION BENCH|Tests run:|FAIL"
