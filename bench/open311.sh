#!/usr/bin/env bash
# Open311 benchmark: wrk against the packaged jar on a fresh H2 database. A city
# administrator (created by the system administrator) issues an API key in the console;
# then POST /open311/v2/requests.json (form-encoded, bench/open311-post.lua), GET of the
# default 90-day list (capped at 1,000 requests) and GET of one request. Reports
# requests/s and p99 of each, with the cores and the load average at the start.
#
#   ./mvnw -B -o package -DskipTests && bench/open311.sh
#
# Environment: PORT (18085), CONNECTIONS (8), THREADS (2), DURATION (15s).
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/.."
. bench/lib/session.sh
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
PORT=${PORT:-18085}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/shejian-open311.XXXXXX)
COOKIES="$WORK/cookies"
ADMIN_INITIAL='Bench-Initial-2026!'
ADMIN_PASSWORD='Bench-Admin-2026!'
CITY=benchopen311
CITY_PASSWORD='Bench-City-2026!'
APP_PID=

cleanup() {
	[ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
	rm -rf "$WORK"
}
trap cleanup EXIT

issue_key() {
	sign_in "$COOKIES" sysadmin "$ADMIN_INITIAL" "$ADMIN_PASSWORD"
	local created once
	created=$(curl -s -b "$COOKIES" -c "$COOKIES" -H "X-CSRF-TOKEN: $(api_token "$COOKIES")" -H 'Content-Type: application/json' \
		-d "{\"username\": \"$CITY\", \"displayName\": \"Open311 benchmark\", \"unitCode\": \"110000000000\",
			\"roles\": [\"CITY_ADMIN\"]}" "$BASE/api/v1/accounts")
	once=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["password"])' "$created")
	sign_in "$COOKIES" "$CITY" "$once" "$CITY_PASSWORD"
	curl -s -L -b "$COOKIES" -c "$COOKIES" --data-urlencode "application=wrk" \
		--data-urlencode "_csrf=$(form_token "$COOKIES" /console/open311-keys)" "$BASE/console/open311-keys" \
		| grep -oE 'o311_[A-Za-z0-9_-]{43}' | head -1
}

# Runs wrk; prints "requests/s p99".
load() {
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@")
	echo "$out" >&2
	grep -q 'Non-2xx' <<<"$out" && { echo "errors in $*" >&2; exit 1; }
	echo "$(awk '/^Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
SHEJIAN_DATA_DIR="$WORK/data" SHEJIAN_ADMIN_PASSWORD="$ADMIN_INITIAL" PORT="$PORT" java -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200 ]; do
	kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
	sleep 0.5
done
export OPEN311_KEY
OPEN311_KEY=$(issue_key)
[ -n "$OPEN311_KEY" ] || { echo "no API key was issued" >&2; exit 1; }

# Warm-up, so that the JIT compiler has seen each path once.
DURATION=5s load -s bench/open311-post.lua "$BASE/open311/v2/requests.json" >/dev/null
DURATION=5s load "$BASE/open311/v2/requests.json" >/dev/null

read -r POST_RPS POST_P99 < <(load -s bench/open311-post.lua "$BASE/open311/v2/requests.json")
STORED=$(curl -s "$BASE/open311/v2/requests.json" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
SIZE=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/open311/v2/requests.json")
read -r LIST_RPS LIST_P99 < <(load "$BASE/open311/v2/requests.json")
read -r LIST_XML_RPS LIST_XML_P99 < <(load "$BASE/open311/v2/requests.xml")
read -r ONE_RPS ONE_P99 < <(load "$BASE/open311/v2/requests/1.json")

echo
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %10s %10s\n' "query" "req/s" "p99"
printf '%-52s %10s %10s\n' "POST requests.json (form-encoded, new request each)" "$POST_RPS" "$POST_P99"
printf '%-52s %10s %10s\n' "GET requests.json (last 90 days, $STORED of max 1000, $SIZE B)" "$LIST_RPS" "$LIST_P99"
printf '%-52s %10s %10s\n' "GET requests.xml (same list)" "$LIST_XML_RPS" "$LIST_XML_P99"
printf '%-52s %10s %10s\n' "GET requests/1.json" "$ONE_RPS" "$ONE_P99"
