#!/usr/bin/env bash
# Times a whole run of ours against the Stable Matching Suite's matchrp on the same instance,
# interleaved in one loop (peer, ours, peer, ours, ...), and prints wall time and peak resident
# memory of each, minimum and median, and the ratio of ours to the peer's.
#   match-bench/vs-peer.sh MATCHRP INSTANCE.sms ROUNDS [OUR-MARKET]
# MATCHRP is the peer's binary (docs/peer.md says how to build it outside this repository);
# INSTANCE.sms its input, with numeric ids as the suite requires. OUR-MARKET (default INSTANCE.sms)
# is what ours reads: the same market as JSON or as a CSV folder compares our other readers.
# Both run applicant-proposing deferred acceptance (matchrp -alg=0; match run --algorithm
# applicant-proposing) and write their matching to a file in a scratch folder.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 MATCHRP INSTANCE.sms ROUNDS [OUR-MARKET]" >&2; exit 2; }
peer=$1 instance=$2 rounds=$3 ours=${4:-$2}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/match" --version > /dev/null # builds the command line first when needed
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
format=sms
for ((i = 1; i <= rounds; i++)); do
  /usr/bin/time -f "peer %e %M" -a -o "$out/times" "$peer" -alg=0 "$instance" > "$out/peer.out" 2> /dev/null || true
  /usr/bin/time -f "ours %e %M" -a -o "$out/times" "$root/match" run --algorithm applicant-proposing \
    --format "$format" --market "$ours" --output "$out/ours.out" 2> /dev/null || [ $? -eq 1 ]
  echo "round $i done (load $(cut -d' ' -f1 /proc/loadavg))" >&2
done
python3 - "$out/times" <<'PY'
import statistics, sys
runs = {"peer": [], "ours": []}
for line in open(sys.argv[1]):
    side, wall, kb = line.split()
    runs[side].append((float(wall), int(kb) / 1024))
for side, xs in runs.items():
    walls = [w for w, _ in xs]
    mems = [m for _, m in xs]
    print(f"{side}: wall " + " ".join(f"{w:.2f}" for w in walls)
          + f"  min {min(walls):.2f} s median {statistics.median(walls):.2f} s;"
          + f" peak memory median {statistics.median(mems):.0f} MiB")
p = [w for w, _ in runs["peer"]]; o = [w for w, _ in runs["ours"]]
print(f"ratio ours/peer: minimum {min(o) / min(p):.2f}, median {statistics.median(o) / statistics.median(p):.2f}")
PY
