#!/usr/bin/env bash
# Point index benchmark (JMH, src/test/java/org/shejian/benchmarks/PointIndexBenchmark.java):
# radius and k-nearest queries on 1,000,000 synthetic points over Beijing, and the
# clustered view of Dongcheng district (50,000 points) at zooms 11, 13 and 15 with its
# JSON size. In memory; no database.
#
#   bench/point-index.sh                      # every benchmark
#   bench/point-index.sh 'nearest.*'          # those matching a pattern
#   bench/point-index.sh '.*' -i 10 -r 5s     # further arguments go to JMH
#
# Results: console percentiles and target/jmh-point-index.json.
set -euo pipefail

cd "$(dirname "$0")/.."
PATTERN=${1:-.*}
shift || true

# The formatter check is skipped here only so that a run does not depend on the state of
# unrelated sources; the normal build keeps it.
./mvnw -B -o -q -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
	"org.shejian.benchmarks.PointIndexBenchmark.${PATTERN}" \
	-rf json -rff target/jmh-point-index.json "$@"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
