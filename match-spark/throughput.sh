#!/usr/bin/env bash
# Throughput of a sweep on this machine: the local experiment (no Spark), spark-submit with
# local[2], and the standalone cluster of local-cluster.sh (start it first), interleaved in one
# loop, each at two sizes, so that the fixed cost (JVM, Spark session, executors) and the cost per
# replication separate:
#   match-spark/throughput.sh ROUNDS SMALL LARGE [match-spark settings...]
# e.g.  match-spark/throughput.sh 2 300 1200 --source couples --set scale=0.01 --set couple_percent=5
# Prints every wall time, then per engine: min and median at each size, and the slope (seconds per
# replication, from the medians) and intercept (fixed seconds); overhead per replication is an
# engine's slope less the local one's.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 3 ] || { echo "usage: $0 ROUNDS SMALL LARGE [match-spark settings...]" >&2; exit 2; }
rounds=$1 small=$2 large=$3
shift 3
out=$(mktemp -d)
log=$out/times.txt
for ((r = 1; r <= rounds; r++)); do
  for n in "$small" "$large"; do
    for engine in local local2 cluster; do
      dir=$out/$engine-$n-$r
      start=$(date +%s%N)
      case $engine in
        local) java -cp match-spark/target/match-spark.jar:match-simulator/target/match-simulator.jar \
                 io.github.matchsim.spark.SparkSweepCommand --engine local --replications "$n" --out "$dir" "$@" ;;
        local2) MASTER='local[2]' match-spark/local-cluster.sh submit --replications "$n" --out "$dir" "$@" ;;
        cluster) match-spark/local-cluster.sh submit --replications "$n" --out "$dir" "$@" ;;
      esac > "$out/$engine-$n-$r.log" 2>&1 || { echo "$engine failed; see $out/$engine-$n-$r.log" >&2; exit 3; }
      end=$(date +%s%N)
      ms=$(((end - start) / 1000000))
      printf '%s %s %d.%03d %s\n' "$engine" "$n" $((ms / 1000)) $((ms % 1000)) "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$log"
      if [ "$engine" != local ]; then
        diff -r "$out/local-$n-$r" "$dir" > /dev/null || { echo "$engine $n differs from the local run" >&2; exit 1; }
      fi
    done
  done
done
python3 - "$log" "$small" "$large" <<'PY'
import collections, statistics, sys
times = collections.defaultdict(list)
for line in open(sys.argv[1]):
    engine, n, seconds, load = line.split()
    times[(engine, int(n))].append(float(seconds))
small, large = int(sys.argv[2]), int(sys.argv[3])
slope = {}
for engine in ("local", "local2", "cluster"):
    a, b = statistics.median(times[(engine, small)]), statistics.median(times[(engine, large)])
    slope[engine] = (b - a) / (large - small)
    print(f"{engine:8} n={small}: min {min(times[(engine, small)]):.2f} median {a:.2f} s; n={large}: min "
          f"{min(times[(engine, large)]):.2f} median {b:.2f} s; {1000 * slope[engine]:.1f} ms a replication, "
          f"fixed {a - slope[engine] * small:.1f} s")
for engine in ("local2", "cluster"):
    print(f"{engine}: overhead {1000 * (slope[engine] - slope['local']):+.1f} ms a replication against local")
PY
echo "every run's output matched the local run's; files in $out"
