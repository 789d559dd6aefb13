#!/usr/bin/env bash
# Full-text search benchmark (JMH, src/test/java/org/shejian/benchmarks/TextIndexBenchmark.java):
# 100,000 synthetic Chinese articles over 500 sites in an in-memory TextIndex, queries of
# one to three words across all sites and within one.
#
#   bench/text-search.sh                       # JMH defaults of the class
#   bench/text-search.sh -wi 1 -w 5 -i 3 -r 10   # further arguments go to JMH
#
# Results: console percentiles and target/jmh-text-search.json.
set -euo pipefail

cd "$(dirname "$0")/.."

# The formatter check is skipped here only so that a run does not depend on the state of
# unrelated sources; the normal build keeps it.
./mvnw -B -o -q -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
	'org.shejian.benchmarks.TextIndexBenchmark' -rf json -rff target/jmh-text-search.json "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
