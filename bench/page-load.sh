#!/usr/bin/env bash
# Page load benchmark: wrk with 50 connections for 30 s against a public unit page
# (GET /units/110101001, a street office of Dongcheng) and against the same page's HTML
# saved as a static file served by the same application. Reports requests/s and p99
# latency of both and their ratio. Only 127.0.0.1 is targeted. wrk counts a request
# slower than its timeout as an error and leaves it out of the latency distribution, so
# the timeout is raised from 2 s to 10 s.
#
#   ./mvnw -B -o package -DskipTests && bench/page-load.sh
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
PORT=${PORT:-18082}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
STATIC_DIR=${STATIC_DIR:-/tmp/benchstatic}
# The security rules deny every path not listed, so a file at the root (/unit-….html)
# answers 403; /css/** is public and served from the static locations.
STATIC_PATH=${STATIC_PATH:-/css/unit-110101001.html}
PAGE_PATH=/units/110101001
BASE="http://127.0.0.1:$PORT"

DATA=$(mktemp -d /tmp/shejian-pageload.XXXXXX)
LOG="$DATA/app.log"
APP_PID=

stop_app() {
	[ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
	rm -rf "$DATA"
}
trap stop_app EXIT

start_app() {
	SHEJIAN_DATA_DIR="$DATA" PORT="$PORT" java -jar "$JAR" \
		--spring.web.resources.static-locations=classpath:/static/,file:"$STATIC_DIR"/ >"$LOG" 2>&1 &
	APP_PID=$!
	until grep -q "Loaded [0-9]* units of province 11" "$LOG" \
		&& [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$PAGE_PATH")" = 200 ]; do
		kill -0 "$APP_PID" 2>/dev/null || { echo "application exited; see $LOG" >&2; exit 1; }
		sleep 0.2
	done
}

save_static_copy() {
	mkdir -p "$STATIC_DIR$(dirname "$STATIC_PATH")"
	curl -s -o "$STATIC_DIR$STATIC_PATH" "$BASE$PAGE_PATH"
	local code
	code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$STATIC_PATH")
	[ "$code" = 200 ] || { echo "static copy answers $code at $STATIC_PATH" >&2; exit 1; }
	echo "page: $(stat -c %s "$STATIC_DIR$STATIC_PATH") bytes; root-level copy /unit-110101001.html answers" \
		"$(curl -s -o /dev/null -w '%{http_code}' "$BASE/unit-110101001.html")"
}

# Runs wrk on a path; prints "requests/s p99".
load() {
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s --latency "$BASE$2")
	echo "$out" >&2
	echo "$(awk '/^Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
save_static_copy
echo "warming up (10 s each)"
load 10s "$PAGE_PATH" >/dev/null 2>&1
load 10s "$STATIC_PATH" >/dev/null 2>&1
read -r page_rps page_p99 < <(load "$DURATION" "$PAGE_PATH")
read -r static_rps static_p99 < <(load "$DURATION" "$STATIC_PATH")
printf '%-32s %12s %10s\n' "target" "requests/s" "p99"
printf '%-32s %12s %10s\n' "$PAGE_PATH" "$page_rps" "$page_p99" "$STATIC_PATH" "$static_rps" "$static_p99"
echo "static / page requests/s: $(awk -v a="$static_rps" -v b="$page_rps" 'BEGIN {printf "%.1f", a / b}')"
