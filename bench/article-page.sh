#!/usr/bin/env bash
# Article page benchmark: wrk against a public article page of a community site
# (GET /s/110101001001/articles/{id}) and against the same page's HTML saved as a static
# file served by the same application, as bench/page-load.sh measures the unit page. The
# site and its article are made through the staff API on an empty H2 database: the
# system administrator creates a district administrator (who creates the site, makes it
# live, uploads an image and writes and submits the article) and a street administrator
# (who approves it). Reports requests/s and p99 of both and their ratio; only 127.0.0.1
# is targeted.
#
#   ./mvnw -B -o package -DskipTests && bench/article-page.sh
#
# Environment: PORT (18084), CONNECTIONS (50), THREADS (2), DURATION (20s).
set -euo pipefail
shopt -s inherit_errexit

cd "$(dirname "$0")/.."
. bench/lib/session.sh
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
PORT=${PORT:-18084}
CONNECTIONS=${CONNECTIONS:-50}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/shejian-article-page.XXXXXX)
STATIC_DIR="$WORK/static"
STATIC_PATH=/css/article-bench.html
ADMIN_PASSWORD='Bench-Admin-2026!'
APP_PID=

cleanup() {
	[ -z "$APP_PID" ] || { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }
	rm -rf "$WORK"
}
trap cleanup EXIT

start_app() {
	SHEJIAN_DATA_DIR="$WORK/data" SHEJIAN_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORT="$PORT" java -jar "$JAR" \
		--spring.web.resources.static-locations=classpath:/static/,file:"$STATIC_DIR"/ >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	until grep -q "Loaded [0-9]* units of province 11" "$WORK/app.log" \
		&& [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200 ]; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log" >&2; exit 1; }
		sleep 0.5
	done
}

# The cookie jar of an account.
jar() {
	echo "$WORK/cookies-$1"
}

# Calls the API as an account: api USER METHOD PATH [curl arguments...]; prints the body.
api() {
	local user=$1 method=$2 path=$3 cookies token
	shift 3
	cookies=$(jar "$user")
	token=$(curl -s -b "$cookies" -c "$cookies" "$BASE/api/v1/csrf" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
	curl -sf -b "$cookies" -c "$cookies" -X "$method" -H "X-CSRF-TOKEN: $token" "$@" "$BASE$path"
}

json() {
	api "$@" -H 'Content-Type: application/json' -d "$(cat)"
}

field() {
	python3 -c 'import json, sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

# The system administrator creates an account; prints its one-time password.
account() {
	json sysadmin POST /api/v1/accounts <<<"{\"username\": \"$1\", \"displayName\": \"$1\",
		\"unitCode\": \"$2\", \"roles\": [\"$3\"]}" | field password
}

article_body() {
	python3 - "$@" <<'PY'
import json, sys
image = sys.argv[1]
paragraphs = ["<p>各位居民：为保障辖区供水管网安全运行，自来水公司将于本周六上午八时至下午六时对东华门街道"
              "多福巷社区一带的供水管道进行检修，届时停水，请提前储水，关好水龙头。</p>"] * 6
body = ("<h2>停水通知</h2>" + "".join(paragraphs)
        + f'<figure><img src="{image}" alt="检修范围示意图" width="40" height="30"><figcaption>检修范围</figcaption></figure>'
        + "<table><caption>检修安排</caption><thead><tr><th scope=\"col\">时间</th><th scope=\"col\">范围</th></tr></thead>"
        + "<tbody>" + "<tr><td>08:00–18:00</td><td>多福巷 1–40 号</td></tr>" * 5 + "</tbody></table>"
        + "<ul>" + "<li>请提前储水，停水期间关好水龙头。</li>" * 4 + "</ul>")
print(json.dumps({"columnId": int(sys.argv[2]), "title": "关于本周六停水检修的通知",
                  "body": body}))
PY
}

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
sign_in "$(jar sysadmin)" sysadmin "$ADMIN_PASSWORD" "$ADMIN_PASSWORD-1"
DISTRICT_ONCE=$(account benchdistrict 110101 DISTRICT_ADMIN)
STREET_ONCE=$(account benchstreet 110101001 STREET_ADMIN)
sign_in "$(jar benchdistrict)" benchdistrict "$DISTRICT_ONCE" 'Bench-District-2026!'
sign_in "$(jar benchstreet)" benchstreet "$STREET_ONCE" 'Bench-Street-2026!'

SITE=$(json benchdistrict POST /api/v1/sites <<<'{"ownerKind": "UNIT", "owner": "110101001001"}' | field id)
json benchdistrict POST "/api/v1/sites/$SITE/state" <<<'{"state": "LIVE", "version": 0}' >/dev/null
COLUMN=$(api benchdistrict GET "/api/v1/sites/$SITE/columns" \
	| python3 -c 'import json, sys; print(next(c["id"] for c in json.load(sys.stdin) if c["kind"] == "NOTICES"))')
python3 -c 'import sys, zlib, struct
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
raw = b"".join(b"\0" + b"\x1f\x6f\xb4" * 40 for _ in range(30))
sys.stdout.buffer.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 30, 8, 2, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))' >"$WORK/map.png"
IMAGE=$(api benchdistrict POST "/api/v1/sites/$SITE/files" -F "file=@$WORK/map.png;filename=检修范围.png" | field id)
ARTICLE_JSON=$(article_body "/s/110101001001/files/$IMAGE" "$COLUMN" | json benchdistrict POST /api/v1/site-articles)
ARTICLE=$(field id <<<"$ARTICLE_JSON")
VERSION=$(json benchdistrict POST "/api/v1/site-articles/$ARTICLE/submit" <<<"{\"version\": $(field version <<<"$ARTICLE_JSON")}" | field version)
json benchstreet POST "/api/v1/site-articles/$ARTICLE/approve" <<<"{\"version\": $VERSION}" >/dev/null
PAGE_PATH="/s/110101001001/articles/$ARTICLE"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$PAGE_PATH")" = 200 ] || { echo "$PAGE_PATH is not public" >&2; exit 1; }
echo "image: $(curl -s -D - -o /dev/null "$BASE/s/110101001001/files/$IMAGE" | grep -iE '^(content-type|content-disposition):' | tr -d '\r' | paste -sd ' ')"

mkdir -p "$STATIC_DIR/css"
curl -s -o "$STATIC_DIR$STATIC_PATH" "$BASE$PAGE_PATH"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$STATIC_PATH")" = 200 ] || { echo "no static copy" >&2; exit 1; }
echo "page $PAGE_PATH: $(stat -c %s "$STATIC_DIR$STATIC_PATH") bytes"

# Runs wrk on a path; prints "requests/s p99".
load() {
	local out
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s --latency "$BASE$2")
	echo "$out" >&2
	grep -q 'Non-2xx' <<<"$out" && { echo "errors on $2" >&2; exit 1; }
	echo "$(awk '/^Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "99%" {print $2}' <<<"$out")"
}

echo "warming up (10 s each)"
load 10s "$PAGE_PATH" >/dev/null 2>&1
load 10s "$STATIC_PATH" >/dev/null 2>&1
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r page_rps page_p99 < <(load "$DURATION" "$PAGE_PATH")
read -r static_rps static_p99 < <(load "$DURATION" "$STATIC_PATH")
printf '%-36s %12s %10s\n' "target" "requests/s" "p99"
printf '%-36s %12s %10s\n' "$PAGE_PATH" "$page_rps" "$page_p99" "$STATIC_PATH" "$static_rps" "$static_p99"
echo "static / page requests/s: $(awk -v a="$static_rps" -v b="$page_rps" 'BEGIN {printf "%.1f", a / b}')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
