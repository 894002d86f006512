#!/usr/bin/env bash
# Runs a JMH benchmark kept in a module's test sources (modules that match-bench may not depend on):
#   scripts/jmh-in-tests.sh MODULE BENCHMARK [METHOD] [JMH arguments]
# builds MODULE and what it needs, then runs BENCHMARK (a class name), or only its METHOD.
set -euo pipefail
cd "$(dirname "$0")/.."
module=$1
benchmark=$2
shift 2
mvn -q -B -DskipTests -Dmaven.javadoc.skip=true install -pl "$module" -am
mvn -q -B -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
classpath="$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench.classpath")"
pattern=$benchmark
if [ $# -gt 0 ] && [[ $1 != -* ]]; then
  pattern="$benchmark.$1"
  shift
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$pattern" "$@"
