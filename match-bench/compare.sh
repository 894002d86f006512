#!/usr/bin/env bash
# Compares two builds of the benchmarks jar, interleaved in one loop (old, new, old, new, ...), on
# the same benchmarks and settings, and prints each score per round, then minimum and median.
#   match-bench/compare.sh OLD.jar NEW.jar ROUNDS 'JMH benchmark regex' [JMH arguments...]
# For example, the headline figures at 50,000 applicants before and after a change:
#   git worktree add /tmp/before <commit> && (cd /tmp/before && mvn -q -DskipTests package -pl match-bench -am)
#   match-bench/compare.sh /tmp/before/match-bench/target/benchmarks.jar match-bench/target/benchmarks.jar 3 \
#     'DeferredAcceptanceBenchmark|StabilityCheckerBenchmark' -p applicants=50000 -p ranks=12
# The machine is shared and noisy: read minimum and median together, and the load printed beside them.
set -euo pipefail
[ $# -ge 4 ] || { echo "usage: $0 OLD.jar NEW.jar ROUNDS 'benchmark regex' [JMH arguments...]" >&2; exit 2; }
old=$1 new=$2 rounds=$3 pattern=$4
shift 4
out=$(mktemp -d)
for ((i = 1; i <= rounds; i++)); do
  for side in old new; do
    jar=$([ $side = old ] && echo "$old" || echo "$new")
    java -jar "$jar" "$pattern" "$@" -rf csv -rff "$out/$side-$i.csv" > "$out/$side-$i.log" 2>&1 \
      || { echo "JMH failed on $jar; see $out/$side-$i.log" >&2; exit 3; }
    echo "round $i $side done (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
python3 - "$out" <<'PY'
import collections, csv, glob, os, statistics, sys
scores = collections.defaultdict(list)
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    side = os.path.basename(path).split("-")[0]
    for row in csv.DictReader(open(path)):
        params = ",".join(f"{k[len('Param: '):]}={v}" for k, v in row.items() if k.startswith("Param: ") and v)
        scores[(row["Benchmark"].rsplit(".", 1)[-1], params, row["Unit"], side)].append(float(row["Score"]))
for (bench, params, unit, side), xs in sorted(scores.items()):
    print(f"{bench:24} {params:40} {side}: " + " ".join(f"{x:.2f}" for x in xs)
          + f"  min {min(xs):.2f} median {statistics.median(xs):.2f} {unit}")
PY
