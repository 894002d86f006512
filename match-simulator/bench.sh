#!/usr/bin/env bash
# Runs the simulator's JMH benchmark of a national-scale replication (draw, compile, match,
# statistics) and of each phase alone: about 5 minutes. Arguments go to JMH, for example
#   match-simulator/bench.sh replication         only the whole replication
#   match-simulator/bench.sh -rf csv -rff out.csv
# Run it on an idle machine, or compare two builds in one loop (see match-bench/compare.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -Dmaven.javadoc.skip=true install -pl match-simulator -am
mvn -q -B -pl match-simulator dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
classpath="match-simulator/target/test-classes:match-simulator/target/classes:$(cat match-simulator/target/bench.classpath)"
pattern=NationalReplicationBenchmark
if [ $# -gt 0 ] && [[ $1 != -* ]]; then
  pattern="NationalReplicationBenchmark.$1"
  shift
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$pattern" "$@"
