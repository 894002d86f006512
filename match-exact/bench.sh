#!/usr/bin/env bash
# Runs the JMH benchmark of the exact path (encode and solve) at 200 and 500 applicants with 5% in
# couples: a few minutes. Arguments go to JMH, for example
#   match-exact/bench.sh -p applicants=500
exec "$(dirname "$0")/../scripts/jmh-in-tests.sh" match-exact ExactPathBenchmark "$@"
