#!/usr/bin/env bash
# Tree query benchmark (JMH, src/test/java/org/shejian/benchmarks/TreeQueryBenchmark.java):
# children, ancestors and subtree counts on a synthetic tree of 700,000 village-level
# units, on H2 and on PostgreSQL (schema bench_tree of database test at 127.0.0.1:5432).
#
#   bench/tree-query.sh                 # both databases
#   bench/tree-query.sh h2              # one of them
#   bench/tree-query.sh postgres -f 1 -i 5   # further arguments go to JMH
#
# Results: console percentiles and target/jmh-tree-query.json.
set -euo pipefail

cd "$(dirname "$0")/.."
DATABASES=${1:-h2,postgres}
shift || true

# The formatter check is skipped here only so that a run does not depend on the state of
# unrelated sources; the normal build keeps it.
./mvnw -B -o -q -Dspring-javaformat.skip=true test-compile dependency:build-classpath \
	-Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

# The tree is kept between JMH's forks; start every run from nothing.
rm -rf "${TMPDIR:-/tmp}/shejian-tree-bench-h2"
psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP SCHEMA IF EXISTS bench_tree CASCADE' 2>/dev/null || true

echo "cores: $(nproc), memory: $(free -g | awk '/^Mem:/ {print $2}') GiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
	'org.shejian.benchmarks.TreeQueryBenchmark' -p database="$DATABASES" \
	-rf json -rff target/jmh-tree-query.json "$@"
