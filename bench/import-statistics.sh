#!/usr/bin/env bash
# Data import benchmark: a synthetic file of ROWS valid rows for the resource
# exchange.statistics (bench/statistics-csv.py: Beijing's 7,901 units x years from 1949)
# imported with `import-data` into an empty database holding Beijing, then the same file
# again (every row overwritten, the previous versions kept). Each import runs in a JVM of
# its own with -Xmx$HEAP and a GC log. Reports, per run, the load time of each batch (its
# started_at to finished_at), rows per second, and the largest heap in use before and after
# a collection. A last run, not timed, samples the live heap (what survives a full
# collection) every few seconds. On PostgreSQL it first times psql's \copy of the same
# file into a plain 8-column table, and into the same table with a primary key on (unit
# code, year); after the first import it times \copy of the rows as the import stores them
# (its table's 12 columns) into a table without indexes, and the building of that table's
# two indexes.
#
#   bench/import-statistics.sh postgres   # schema $PG_SCHEMA in database test at 127.0.0.1:5432
#   bench/import-statistics.sh h2         # fresh H2 file database in a temp dir per run
#
# Environment: ROWS (1000000), RUNS (2), HEAP (256m), PG_SCHEMA (bench_exchange),
# SAMPLE (5, seconds between samples of the live heap; 0 skips the sampled run),
# KEEP=1 leaves the last run's schema (PostgreSQL) or data folder (H2, printed) in place
# for bench/catalogue-read.sh. Build the jar first: ./mvnw -B package -DskipTests
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
DB=${1:-postgres}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-2}
HEAP=${HEAP:-256m}
PG_SCHEMA=${PG_SCHEMA:-bench_exchange}
KEEP=${KEEP:-0}
SAMPLE=${SAMPLE:-5}
OUT=$(mktemp -d /tmp/shejian-import-statistics.XXXXXX)
FILE="$OUT/statistics.csv"
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1)

cleanup() {
	if [ "$KEEP" != 1 ]; then
		[ "$DB" = postgres ] && "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" 2>/dev/null
		rm -rf "$OUT"
	else
		rm -f "$FILE"
	fi
}
trap cleanup EXIT

case "$DB" in
postgres)
	export SHEJIAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA"
	export SHEJIAN_DB_USER=postgres SHEJIAN_DB_PASSWORD=
	export SPRING_FLYWAY_SCHEMAS="$PG_SCHEMA" SPRING_FLYWAY_CREATE_SCHEMAS=true
	;;
h2)
	unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$OUT"
	;;
*)
	echo "usage: $0 postgres|h2" >&2
	exit 64
	;;
esac

millis() { date +%s%3N; }

# Largest heap in use before and after a collection (MB) and the sum of the pauses (s),
# from a unified GC log.
heap_peaks() {
	sed -nE 's/.*Pause.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\) ([0-9.]+)ms$/\1 \2 \4/p' "$1" \
		| awk '$1 > b {b = $1} $2 > a {a = $2} {p += $3} END {printf "%d MB %d MB %.1f", b, a, p / 1000}'
}

# Seconds from started_at to finished_at of a batch.
batch_seconds() {
	local sql="SELECT state, rows_loaded, EXTRACT(EPOCH FROM finished_at - started_at) FROM exch_batch WHERE id = $1"
	if [ "$DB" = postgres ]; then
		"${PSQL[@]}" -At -F ' ' -c "SET search_path = $PG_SCHEMA" -c "$sql"
	else
		java -cp "$(ls "$OUT"/h2-*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$SHEJIAN_DATA_DIR/shejian" \
			-user sa -sql "$sql" | sed -n 2p | tr -s ' |' ' '
	fi
}

fresh_database() {
	if [ "$DB" = postgres ]; then
		"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" 2>/dev/null
	else
		export SHEJIAN_DATA_DIR="$OUT/data-$1"
		rm -rf "$SHEJIAN_DATA_DIR"
	fi
	java -jar "$JAR" import-divisions --province 11 >"$OUT/divisions-$1.log" 2>&1 || {
		tail -20 "$OUT/divisions-$1.log"
		exit 1
	}
}

# Imports the file once; prints "state rows seconds rows/s peak-before peak-after".
import_once() {
	local name=$1 log="$OUT/$1.log" gc="$OUT/$1.gc.log"
	if ! java -Xmx"$HEAP" -Xlog:gc*:file="$gc" -jar "$JAR" import-data --resource exchange.statistics \
		--file "$FILE" >"$log" 2>&1; then
		echo "import failed; the end of $log:" >&2
		grep -vE '^[0-9]+(,[0-9]+)* rows read' "$log" | tail -15 >&2
		echo "FAILED - - - $(heap_peaks "$gc")"
		return
	fi
	local id
	id=$(sed -nE 's/^batch ([0-9]+): .*/\1/p' "$log")
	read -r state rows seconds < <(batch_seconds "$id")
	printf '%s %s %.1f %.0f %s\n' "$state" "$rows" "$seconds" "$(awk -v r="$rows" -v s="$seconds" 'BEGIN {print r / s}')" \
		"$(heap_peaks "$gc")"
}

copy_baseline() {
	"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" -c "CREATE SCHEMA $PG_SCHEMA" 2>/dev/null
	local columns="unit_code VARCHAR(12), year BIGINT, resident BIGINT, registered BIGINT, floating BIGINT,
		households BIGINT, area NUMERIC(12, 4), gdp NUMERIC(16, 2)"
	for table in plain keyed; do
		for run in $(seq "$RUNS"); do
			"${PSQL[@]}" -c "DROP TABLE IF EXISTS $PG_SCHEMA.copy_$table" \
				-c "CREATE TABLE $PG_SCHEMA.copy_$table ($columns$([ $table = keyed ] && echo ', PRIMARY KEY (unit_code, year)'))"
			local start
			start=$(millis)
			"${PSQL[@]}" -c "\\copy $PG_SCHEMA.copy_$table FROM '$FILE' WITH (FORMAT csv, HEADER true)"
			local took=$(($(millis) - start))
			printf 'COPY into a %s table, run %d: %.1f s, %.0f rows/s\n' "$table" "$run" "$(bc -l <<<"$took / 1000")" \
				"$(bc -l <<<"$ROWS * 1000 / $took")"
		done
	done
}

# \copy of the rows as the import stored them into a table like its own without indexes,
# then the building of its primary key and unit index, as the first load does.
stored_shape_baseline() {
	local table run
	table=$("${PSQL[@]}" -At -c "SELECT 'ds_' || resource_id FROM $PG_SCHEMA.exch_batch ORDER BY id DESC LIMIT 1")
	"${PSQL[@]}" -c "\\copy $PG_SCHEMA.$table TO '$OUT/stored.csv' (FORMAT csv)"
	for run in $(seq "$RUNS"); do
		"${PSQL[@]}" -c "DROP TABLE IF EXISTS $PG_SCHEMA.copy_stored" \
			-c "CREATE TABLE $PG_SCHEMA.copy_stored (LIKE $PG_SCHEMA.$table)"
		local start copied indexed
		start=$(millis)
		"${PSQL[@]}" -c "\\copy $PG_SCHEMA.copy_stored FROM '$OUT/stored.csv' (FORMAT csv)"
		copied=$(($(millis) - start))
		"${PSQL[@]}" -c "ALTER TABLE $PG_SCHEMA.copy_stored ADD PRIMARY KEY (_key)" \
			-c "CREATE INDEX ON $PG_SCHEMA.copy_stored (_unit)"
		indexed=$(($(millis) - start))
		printf 'COPY of the stored rows (12 columns), run %d: %.1f s, %.0f rows/s; with its two indexes built: %.1f s, %.0f rows/s\n' \
			"$run" "$(bc -l <<<"$copied / 1000")" "$(bc -l <<<"$ROWS * 1000 / $copied")" \
			"$(bc -l <<<"$indexed / 1000")" "$(bc -l <<<"$ROWS * 1000 / $indexed")"
	done
	"${PSQL[@]}" -c "DROP TABLE $PG_SCHEMA.copy_stored"
	rm -f "$OUT/stored.csv"
}

# A first load of the file while the live heap is sampled every $SAMPLE seconds (each
# sample forces a full collection, so this run is not timed); prints the largest sample.
sampled_run() {
	fresh_database sampled
	java -Xmx"$HEAP" -jar "$JAR" import-data --resource exchange.statistics --file "$FILE" >"$OUT/sampled.log" 2>&1 &
	local java=$! largest=0 samples=0 live
	while kill -0 "$java" 2>/dev/null; do
		sleep "$SAMPLE"
		# The import may end between the test above and the attach; that sample is skipped.
		live=$(jmap -histo:live "$java" 2>/dev/null | awk '/^Total/ {print int($3 / 1048576)}' || true)
		if [ -n "$live" ]; then
			samples=$((samples + 1))
			[ "$live" -gt "$largest" ] && largest=$live
		fi
	done
	wait "$java" || echo "the sampled import failed: see $OUT/sampled.log" >&2
	echo "live heap while loading (largest of $samples samples, every $SAMPLE s): $largest MB"
}

echo "database: $DB, rows: $ROWS, heap: $HEAP, cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB," \
	"load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 bench/statistics-csv.py "$ROWS" >"$FILE"
echo "file: $(stat -c %s "$FILE") bytes, $(($(wc -l <"$FILE") - 1)) rows"
[ "$DB" = postgres ] && copy_baseline

printf '%-4s %-8s %-8s %9s %9s %10s %16s %15s %11s\n' run import state rows seconds rows/s "peak before GC" \
	"peak after GC" "GC pauses"
for run in $(seq "$RUNS"); do
	fresh_database "$run"
	for pass in first again; do
		read -r state rows seconds rate before _ after _ pauses < <(import_once "run$run-$pass")
		printf '%-4s %-8s %-8s %9s %9s %10s %13s MB %12s MB %9s s\n' "$run" "$pass" "$state" "$rows" "$seconds" \
			"$rate" "$before" "$after" "$pauses"
		[ "$state" = LOADED ] || break
		[ "$DB" = postgres ] && [ "$run" = 1 ] && [ "$pass" = first ] && stored_shape_baseline
	done
	echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
[ "$SAMPLE" != 0 ] && sampled_run
[ "$KEEP" = 1 ] && echo "kept: $([ "$DB" = postgres ] && echo "schema $PG_SCHEMA" || echo "$SHEJIAN_DATA_DIR"), logs in $OUT"
exit 0
