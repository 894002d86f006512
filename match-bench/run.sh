#!/usr/bin/env bash
# Runs the JMH benchmarks and writes docs/benchmarks.md and docs/benchmarks.png.
#   match-bench/run.sh quick   about 15 minutes: 1,000 to 50,000 applicants with 12 ranks and 2.5% couples,
#                              deferred acceptance at 1,000,000 applicants with 15 ranks, and the three
#                              readers (JSON, Stable Matching Suite text, CSV folder) at 1,000,000 with 30
#   match-bench/run.sh full    about 2 hours: every size (1,000 to 1,000,000), ranks (5, 12, 15, 30) and,
#                              for Roth–Peranson, couple share (0, 2.5%, 10%)
# Run it on an idle machine: anything else running shows up in the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-quick}
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true package -pl match-bench -am
jar=match-bench/target/benchmarks.jar
out=match-bench/target/results
mkdir -p "$out" docs
rm -f "$out"/*.csv
bench() { # name, CSV file, JMH arguments...
  local name=$1 file=$2
  shift 2
  java -jar "$jar" "$name" -rf csv -rff "$out/$file" "$@"
}
case $profile in
  quick)
    short=(-wi 3 -w 1 -i 3 -r 1 -f 1)
    bench 'DeferredAcceptanceBenchmark|StabilityCheckerBenchmark|CompileBenchmark|ReadBenchmark' sizes.csv \
      -p applicants=1000,10000,50000 -p ranks=12 "${short[@]}"
    bench RothPeransonBenchmark rp.csv -p applicants=1000,10000,50000 -p ranks=12 -p coupleShare=0.025 "${short[@]}"
    bench DeferredAcceptanceBenchmark.applicantProposing million.csv -p applicants=1000000 -p ranks=15 -wi 2 -w 2 -i 3 -r 2 -f 1
    bench ReadBenchmark readers.csv -p applicants=1000000 -p ranks=30 -wi 1 -w 1 -i 2 -r 1 -f 1
    bench MemoryLatencyBenchmark latency.csv -wi 2 -w 1 -i 3 -r 1
    footprint=(1000:12 10000:12 50000:12 200000:12 1000000:15)
    ;;
  full)
    bench 'DeferredAcceptanceBenchmark|StabilityCheckerBenchmark|CompileBenchmark|ReadBenchmark' sizes.csv -p ranks=5,12,30
    bench 'DeferredAcceptanceBenchmark|StabilityCheckerBenchmark' million.csv -p applicants=1000000 -p ranks=15
    bench RothPeransonBenchmark rp.csv -p ranks=12
    bench MemoryLatencyBenchmark latency.csv
    footprint=(1000:12 10000:12 50000:12 200000:12 1000000:5 1000000:15 1000000:30)
    ;;
  *)
    echo "usage: $0 [quick|full]" >&2
    exit 2
    ;;
esac
java -Xmx2g -cp "$jar" io.github.matchsim.bench.FootprintReport "${footprint[@]}" > "$out/footprint.md"
java -cp "$jar" io.github.matchsim.bench.BenchmarkReport "$profile" "$out/footprint.md" docs/benchmarks.md \
  docs/benchmarks.png "$out"/*.csv
echo "wrote docs/benchmarks.md and docs/benchmarks.png"
