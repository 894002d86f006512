#!/usr/bin/env bash
# Sat4j against OR-Tools CP-SAT on the same markets (see SolverComparison): match-exact/compare-solvers.sh FROM TO
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests -Dmaven.javadoc.skip=true install -pl match-exact -am
mvn -q -B -pl match-exact dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/compare.classpath
exec java -cp "match-exact/target/test-classes:match-exact/target/classes:$(cat match-exact/target/compare.classpath)" \
  io.github.matchsim.exact.SolverComparison "${1:-1}" "${2:-100}"
