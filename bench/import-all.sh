#!/usr/bin/env bash
# Import benchmark: imports all 31 provinces from the shipped files (all of China to
# township level, Beijing to village level) into an empty database in one run of
# `import-divisions --province all`, and reports rows per second.
#
#   bench/import-all.sh h2          # fresh H2 file database in a temp dir
#   bench/import-all.sh postgres    # schema "bench" in database test at 127.0.0.1:5432
#
# Build the jar first: ./mvnw -B package -DskipTests
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
DB=${1:-h2}
PG_SCHEMA=${PG_SCHEMA:-bench}
OUT=$(mktemp -d /tmp/shejian-import-"$DB".XXXXXX)

case "$DB" in
h2)
	export SHEJIAN_DATA_DIR="$OUT/data"
	;;
postgres)
	psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" 2>/dev/null
	export SHEJIAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA&reWriteBatchedInserts=true"
	export SHEJIAN_DB_USER=postgres SHEJIAN_DB_PASSWORD=
	export SPRING_FLYWAY_SCHEMAS="$PG_SCHEMA" SPRING_FLYWAY_CREATE_SCHEMAS=true
	;;
*)
	echo "usage: $0 h2|postgres" >&2
	exit 64
	;;
esac

echo "database: $DB, cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%3N)
java -jar "$JAR" import-divisions --province all --edition 2023-06-30 >"$OUT/import.log" 2>&1 || {
	tail -30 "$OUT/import.log"
	exit 1
}
wall=$(($(date +%s%3N) - start))
grep -E '^Imported province (11|44|65)|^All ' "$OUT/import.log"
echo "wall time including the JVM start: $((wall / 1000)).$(printf '%03d' $((wall % 1000))) s; log: $OUT/import.log"
[ "$DB" = postgres ] && psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" 2>/dev/null
exit 0
