#!/usr/bin/env bash
# Appraisal ballots: 1,000 voters verify a number each, then cast ballots all at once
# (five sites each, one rating changed, one ballot replayed twice) through the services
# the pages and the API use, on a fresh H2 file database or the PostgreSQL schema
# bench_appraisal (dropped first). Prints verifications/s and ballots/s, and checks that
# the count is exact: one ballot per voter and site, the final ratings' sum.
#
#   bench/appraisal-ballots.sh [h2|postgres] [voters] [threads]    (KEEP=1 keeps the PostgreSQL schema)
set -euo pipefail

cd "$(dirname "$0")/.."
DB=${1:-h2}
VOTERS=${2:-1000}
THREADS=${3:-64}

./mvnw -B -o -q -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

if [ "$DB" = postgres ]; then
	PGOPTIONS="-c client_min_messages=warning" psql -X -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 \
		-c "DROP SCHEMA IF EXISTS bench_appraisal CASCADE"
fi
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
	org.shejian.benchmarks.AppraisalBallotsBenchmark "$DB" "$VOTERS" "$THREADS"
if [ "$DB" = postgres ] && [ "${KEEP:-0}" != 1 ]; then
	PGOPTIONS="-c client_min_messages=warning" psql -X -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS bench_appraisal CASCADE"
fi
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
