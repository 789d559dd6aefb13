#!/usr/bin/env bash
# Read API benchmark: wrk against GET /api/v1/data/{id}/rows of the resource
# exchange.statistics holding the rows of bench/import-statistics.sh, read by a city
# administrator (the scope of the whole city) with the session cookie of a form sign-in.
# Pages: one unit's rows (a unit early and one late in key order), a range of years, and a
# page deep in the data by a cursor (followed page by page from the start). Reports
# requests/s and p99 of each, and PostgreSQL's plan of each page's query.
#
#   KEEP=1 bench/import-statistics.sh postgres && bench/catalogue-read.sh postgres
#   KEEP=1 RUNS=1 HEAP=2g bench/import-statistics.sh h2 && DATA_DIR=/tmp/... bench/catalogue-read.sh h2
#
# Without prepared data it imports the file itself first (ROWS rows, default 1,000,000).
# Environment: PG_SCHEMA (bench_exchange), DATA_DIR (H2 folder), PORT (18083),
# CONNECTIONS (8), THREADS (2), DURATION (30s), CURSOR_PAGES (500 pages of 1,000 rows
# before the deep page), DROP=1 drops the schema (removes the H2 folder) afterwards.
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/.."
. bench/lib/session.sh
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
DB=${1:-postgres}
ROWS=${ROWS:-1000000}
PG_SCHEMA=${PG_SCHEMA:-bench_exchange}
PORT=${PORT:-18083}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
CURSOR_PAGES=${CURSOR_PAGES:-500}
DROP=${DROP:-0}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/shejian-catalogue-read.XXXXXX)
JAR_COOKIES="$WORK/cookies"
ADMIN_PASSWORD='Bench-Admin-2026!'
ADMIN_ONCE=
READER_ONCE=
READER=benchcity
READER_PASSWORD='Bench-Reader-2026!'
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -X -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1)
APP_PID=

cleanup() {
	[ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
	if [ "$DROP" = 1 ]; then
		[ "$DB" = postgres ] && "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE"
		[ "$DB" = h2 ] && rm -rf "$DATA_DIR"
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

case "$DB" in
postgres)
	export SHEJIAN_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA"
	export SHEJIAN_DB_USER=postgres SHEJIAN_DB_PASSWORD=
	export SPRING_FLYWAY_SCHEMAS="$PG_SCHEMA" SPRING_FLYWAY_CREATE_SCHEMAS=true
	;;
h2)
	DATA_DIR=${DATA_DIR:-$WORK/data}
	export SHEJIAN_DATA_DIR="$DATA_DIR"
	;;
*)
	echo "usage: $0 postgres|h2" >&2
	exit 64
	;;
esac

prepared() {
	if [ "$DB" = postgres ]; then
		[ "$("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM pg_tables WHERE schemaname = '$PG_SCHEMA'
			AND tablename = 'exch_batch'")" = 1 ] \
			&& [ "$("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM $PG_SCHEMA.exch_batch WHERE state = 'LOADED'")" -gt 0 ]
	else
		[ -f "$DATA_DIR/shejian.mv.db" ]
	fi
}

prepare() {
	echo "importing $ROWS rows first"
	python3 bench/statistics-csv.py "$ROWS" >"$WORK/statistics.csv"
	java -jar "$JAR" import-divisions --province 11 >"$WORK/prepare.log" 2>&1
	java -jar "$JAR" import-data --resource exchange.statistics --file "$WORK/statistics.csv" >>"$WORK/prepare.log" 2>&1 \
		|| { tail -20 "$WORK/prepare.log"; exit 1; }
	rm -f "$WORK/statistics.csv"
}

start_app() {
	PORT="$PORT" java -jar "$JAR" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200 ]; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
		sleep 0.5
	done
}

# One-time password of an account from reset-password, empty when there is no such account.
reset_password() {
	java -jar "$JAR" reset-password "$1" 2>/dev/null | sed -nE 's/.*One-time password: ([^ ]+) .*/\1/p' || true
}

# The system administrator creates the city administrator (unless an earlier run did),
# who signs in and changes the one-time password; both get one-time passwords from the
# reset-password command first, whatever an earlier run left.
reader_session() {
	sign_in "$JAR_COOKIES" sysadmin "$ADMIN_ONCE" "$ADMIN_PASSWORD"
	if [ -z "$READER_ONCE" ]; then
		local created
		created=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -H "X-CSRF-TOKEN: $(api_token "$JAR_COOKIES")" \
			-H 'Content-Type: application/json' -d "{\"username\": \"$READER\", \"displayName\": \"Benchmark reader\",
				\"unitCode\": \"110000000000\", \"roles\": [\"CITY_ADMIN\"]}" "$BASE/api/v1/accounts")
		READER_ONCE=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["password"])' "$created")
	fi
	sign_in "$JAR_COOKIES" "$READER" "$READER_ONCE" "$READER_PASSWORD"
	SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_COOKIES")
	[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$BASE/api/v1/csrf")" = 200 ] \
		|| { echo "the city administrator could not sign in" >&2; exit 1; }
}

identifier() {
	curl -s "$BASE/api/v1/catalogue/resources" | python3 -c '
import json, sys
print(next(r["identifier"] for r in json.load(sys.stdin) if r["platformKey"] == "exchange.statistics"))'
}

rows() {
	curl -s -H "Cookie: JSESSIONID=$SESSION" "$BASE/api/v1/data/$ID/rows?$1"
}

# Follows next from the first page for CURSOR_PAGES pages of 1,000 rows.
deep_cursor() {
	local cursor="" page
	for _ in $(seq "$CURSOR_PAGES"); do
		page=$(rows "limit=1000${cursor:+&cursor=$cursor}")
		cursor=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["next"] or "")' <<<"$page")
	done
	echo "$cursor"
}

# Runs wrk on a query; prints "requests/s p99 rows-per-page".
load() {
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --timeout 10s --latency -H "Cookie: JSESSIONID=$SESSION" \
		"$BASE/api/v1/data/$ID/rows?$1")
	echo "$out" >&2
	grep -q 'Non-2xx' <<<"$out" && { echo "errors in $1" >&2; exit 1; }
	echo "$(awk '/^Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}

explain() {
	[ "$DB" = postgres ] || return 0
	"${PSQL[@]}" -At -c "SET search_path = $PG_SCHEMA" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $1" \
		| grep -E 'Scan|Join|Sort|Execution' | sed 's/^/    /'
}

echo "database: $DB, cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
prepared || prepare
if [ "$DB" = postgres ]; then
	# The state autovacuum reaches some minutes after an import, without the wait.
	"${PSQL[@]}" -c "VACUUM ANALYZE $PG_SCHEMA.org_unit" -c "VACUUM ANALYZE $PG_SCHEMA.$("${PSQL[@]}" -At \
		-c "SELECT 'ds_' || id FROM $PG_SCHEMA.cat_resource WHERE platform_key = 'exchange.statistics'")"
fi
ADMIN_ONCE=$(reset_password sysadmin)
READER_ONCE=$(reset_password "$READER")
start_app
reader_session
ID=$(identifier)
echo "resource $ID; first page: $(rows 'limit=1' | cut -c1-200)"
CURSOR=$(deep_cursor)
echo "cursor after $CURSOR_PAGES pages of 1,000: $CURSOR ($(base64 -d <<<"$CURSOR==" 2>/dev/null | tr -d '\0' || true))"

LATE_UNIT=$(python3 -c '
import csv
rows = list(csv.DictReader(open("src/main/resources/divisions/villages-11.csv", encoding="utf-8")))
print(max(r["code"] for r in rows))')
QUERIES=(
	"unit_code=110101001001&limit=100"
	"unit_code=$LATE_UNIT&limit=100"
	"year.from=2000&year.to=2010&limit=100"
	"limit=100&cursor=$CURSOR"
)
for query in "${QUERIES[@]}"; do
	echo "$query: $(rows "$query" | python3 -c 'import json, sys; b = json.load(sys.stdin); print(len(b["rows"]), "rows, next", "yes" if b["next"] else "no")')"
done
if [ "$DB" = postgres ]; then
	TABLE=ds_$("${PSQL[@]}" -At -c "SELECT id FROM $PG_SCHEMA.cat_resource WHERE platform_key = 'exchange.statistics'")
	# The statements the application sends for these pages (ResourceTables.read), with the
	# city administrator's scope.
	SCOPE="_unit IN (SELECT id FROM org_unit WHERE anc0 = 110000000000)"
	SELECT="SELECT _key, c_unit_code, c_year, c_resident, c_registered, c_floating, c_households, c_area, c_gdp FROM $TABLE WHERE $SCOPE"
	LAST_KEY=$(base64 -d <<<"$CURSOR==" 2>/dev/null | tr -d '\0' | cut -c3- || true)
	PLANS=(
		"$SELECT AND c_unit_code = '110101001001' AND _unit = 110101001001 ORDER BY _key FETCH FIRST 101 ROWS ONLY"
		"$SELECT AND c_unit_code = '$LATE_UNIT' AND _unit = $LATE_UNIT ORDER BY _key FETCH FIRST 101 ROWS ONLY"
		"$SELECT AND c_year >= 2000 AND c_year <= 2010 ORDER BY _key FETCH FIRST 101 ROWS ONLY"
		"$SELECT AND _key > '$LAST_KEY' ORDER BY _key FETCH FIRST 101 ROWS ONLY"
	)
fi

printf '%-60s %12s %10s\n' query requests/s p99 >"$WORK/results"
for i in "${!QUERIES[@]}"; do
	query=${QUERIES[$i]}
	load "$query" 10s >/dev/null 2>&1
	read -r rps p99 < <(load "$query" "$DURATION")
	printf '%-60s %12s %10s\n' "${query:0:60}" "$rps" "$p99" >>"$WORK/results"
	if [ "$DB" = postgres ]; then
		echo "plan of $query:"
		explain "${PLANS[$i]}"
	fi
done
cat "$WORK/results"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
