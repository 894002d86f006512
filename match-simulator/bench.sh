#!/usr/bin/env bash
# Runs the simulator's JMH benchmark of a national-scale replication (draw, compile, match,
# statistics, the margins a study reports) and of each phase alone: about 5 minutes. Arguments go
# to JMH, for example
#   match-simulator/bench.sh study             only the whole replication as a study runs it
#   match-simulator/bench.sh -rf csv -rff out.csv
# Run it on an idle machine, or compare two builds in one loop (see match-bench/compare.sh).
exec "$(dirname "$0")/../scripts/jmh-in-tests.sh" match-simulator NationalReplicationBenchmark "$@"
