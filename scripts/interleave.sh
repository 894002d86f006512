#!/usr/bin/env bash
# Times two commands interleaved in one loop (A, B, A, B, ...) and prints each one's wall times,
# minimum and median, the ratio B/A of the minimums and of the medians, and the load average seen.
# The machine is shared and noisy: compare in one run, never against a figure from another day.
#   scripts/interleave.sh ROUNDS 'command A' 'command B'
# For example, the 2025 study before and after a change (two builds of the jar):
#   scripts/interleave.sh 6 'java -jar /tmp/old/match.jar simulate --scenario nrmp-2025 --replications 4 --out /tmp/a' \
#                           'java -jar match-cli/target/match.jar simulate --scenario nrmp-2025 --replications 4 --out /tmp/b'
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 ROUNDS 'command A' 'command B'" >&2; exit 2; }
rounds=$1
declare -a a b
for ((i = 0; i < rounds; i++)); do
  for side in A B; do
    cmd=$([ $side = A ] && echo "$2" || echo "$3")
    start=$(date +%s.%N)
    bash -c "$cmd" > /dev/null 2>&1 || { echo "command $side failed: $cmd" >&2; exit 3; }
    t=$(echo "$(date +%s.%N) - $start" | bc)
    [ $side = A ] && a+=("$t") || b+=("$t")
    printf 'round %d %s %6.2f s  (load %s)\n' $((i + 1)) $side "$t" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
python3 - "${a[*]}" "${b[*]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
for name, xs in (("A", a), ("B", b)):
    print(f"{name}: min {min(xs):.2f} s, median {statistics.median(xs):.2f} s, max {max(xs):.2f} s")
print(f"B/A: {min(b) / min(a):.2f} by minimum, {statistics.median(b) / statistics.median(a):.2f} by median")
PY
