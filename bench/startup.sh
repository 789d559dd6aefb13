#!/usr/bin/env bash
# Startup benchmark: wall time from `java -jar` on an empty H2 database until the
# Beijing portal serves GET /units/110101001 with 200 and the log says
# "Loaded ... units of province 11". Runs RUNS times (default 3), prints each and the median.
#
#   ./mvnw -B -o package -DskipTests && bench/startup.sh
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/shejian-0.1.0-SNAPSHOT.jar}
RUNS=${RUNS:-3}
PORT=${PORT:-18081}
TIMEOUT_S=${TIMEOUT_S:-120}

now_ms() { date +%s%3N; }

# Waits until the page answers 200 and the load is logged; prints the elapsed ms.
wait_ready() {
	local start=$1 log=$2 pid=$3 code
	while true; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "application exited early; log: $log" >&2
			return 1
		fi
		if grep -q "Loaded [0-9]* units of province 11" "$log"; then
			code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/units/110101001" || true)
			if [ "$code" = "200" ]; then
				echo $(($(now_ms) - start))
				return 0
			fi
		fi
		if [ $(($(now_ms) - start)) -gt $((TIMEOUT_S * 1000)) ]; then
			echo "timed out after ${TIMEOUT_S}s; log: $log" >&2
			return 1
		fi
		sleep 0.05
	done
}

run_once() {
	local dir log start pid ms
	dir=$(mktemp -d /tmp/shejian-startup.XXXXXX)
	log="$dir/app.log"
	start=$(now_ms)
	SHEJIAN_DATA_DIR="$dir" PORT="$PORT" java -jar "$JAR" >"$log" 2>&1 &
	pid=$!
	ms=$(wait_ready "$start" "$log" "$pid") || { kill "$pid" 2>/dev/null; return 1; }
	kill "$pid"
	wait "$pid" 2>/dev/null || true
	echo "$ms $(grep -o 'Loaded [0-9]* units of province 11 in [0-9]* ms' "$log")"
	rm -rf "$dir"
}

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, java: $(java -version 2>&1 | head -1)"
times=()
for i in $(seq 1 "$RUNS"); do
	result=$(run_once)
	ms=${result%% *}
	times+=("$ms")
	printf 'run %d: %6d ms  (%s)\n' "$i" "$ms" "${result#* }"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median: $median ms"
