#!/usr/bin/env bash
# Import benchmark: imports all 31 provinces from the shipped files (all of China to
# township level, Beijing to village level) into an empty database, one
# `import-divisions` run per province, and reports total rows, seconds and rows/s.
#
#   bench/import-all.sh h2          # fresh H2 file database in a temp dir
#   bench/import-all.sh postgres    # schema "bench" in database test at 127.0.0.1:5432
#   bench/import-all.sh h2 --servlet-context   # see below
#
# --servlet-context runs each command in a servlet application context on a random port
# (SPRING_MAIN_WEB_APPLICATION_TYPE=servlet, PORT=0). Without it the command, which
# starts Spring with no web application type, currently fails before importing: the
# security configuration needs HttpSecurity, which only a web context provides (see
# docs/benchmarks.md). The import itself, and the rows/s it reports, are the same.
#
# SHEJIAN_LOAD_ON_EMPTY=false is set because the command's own "load-on-empty=false" is a
# default property, which application.properties overrides: on an empty database the
# command would otherwise load Beijing before doing what it was asked.
#
# Each province's output is kept in $OUT/NN.log; a failing province is reported with its
# error text and the run goes on with the next one.
set -uo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
DB=${1:-h2}
SERVLET_CONTEXT=${2:-}
PG_SCHEMA=${PG_SCHEMA:-bench}
OUT=$(mktemp -d /tmp/shejian-import-"$DB".XXXXXX)

now_ms() { date +%s%3N; }

prepare_database() {
	case "$DB" in
	h2)
		export SHEJIAN_DATA_DIR="$OUT/data"
		;;
	postgres)
		psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE"
		export SHEJIAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA&reWriteBatchedInserts=true"
		export SHEJIAN_DB_USER=postgres SHEJIAN_DB_PASSWORD=
		# Commands start Spring without the command-line arguments: settings go by environment.
		export SPRING_FLYWAY_SCHEMAS="$PG_SCHEMA" SPRING_FLYWAY_CREATE_SCHEMAS=true
		;;
	*)
		echo "usage: $0 h2|postgres" >&2
		exit 64
		;;
	esac
}

provinces() {
	tail -n +2 src/main/resources/divisions/provinces.csv | cut -d, -f1
}

prepare_database
export SHEJIAN_LOAD_ON_EMPTY=false
if [ "$SERVLET_CONTEXT" = "--servlet-context" ]; then
	export SPRING_MAIN_WEB_APPLICATION_TYPE=servlet PORT=0
fi
echo "database: $DB, cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "logs: $OUT; servlet context: ${SPRING_MAIN_WEB_APPLICATION_TYPE:-no}"
total_rows=0
total_import_ms=0
failed=()
start=$(now_ms)
for province in $(provinces); do
	log="$OUT/$province.log"
	if java -jar "$JAR" import-divisions --province "$province" >"$log" 2>&1; then
		line=$(grep -o 'Imported province .*' "$log")
		rows=$(sed -E 's/.*: ([0-9]+) rows;.*/\1/' <<<"$line")
		ms=$(sed -E 's/.*; ([0-9]+) ms \(.*/\1/' <<<"$line")
		total_rows=$((total_rows + rows))
		total_import_ms=$((total_import_ms + ms))
		echo "$province: $rows rows, $ms ms ($(sed -E 's/.*\(([0-9]+ rows\/s)\).*/\1/' <<<"$line"))"
	else
		failed+=("$province")
		echo "$province: FAILED"
		grep -v '^\s*at ' "$log" | grep -A 3 -E '^Description:|^Caused by|^Import refused|^  ' | head -20 | sed 's/^/    /'
	fi
done
wall_ms=$(($(now_ms) - start))
echo "total: $total_rows rows; import time $((total_import_ms / 1000)).$(printf '%03d' $((total_import_ms % 1000))) s" \
	"($((total_rows * 1000 / (total_import_ms > 0 ? total_import_ms : 1))) rows/s);" \
	"wall time with JVM starts $((wall_ms / 1000)).$(printf '%03d' $((wall_ms % 1000))) s" \
	"($((total_rows * 1000 / wall_ms)) rows/s)"
[ ${#failed[@]} -eq 0 ] || echo "failed provinces: ${failed[*]}"
