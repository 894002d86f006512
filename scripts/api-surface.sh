#!/usr/bin/env bash
# Counts the public types and public members that a module's classes show, package by package,
# from compiled classes (javap -public): the exported API and, apart, the packages the module does
# not export. Usage: scripts/api-surface.sh [classes-folder]   (default: match-core/target/classes)
set -euo pipefail
dir="${1:-match-core/target/classes}"
[ -d "$dir" ] || { echo "no such folder: $dir (build first: mvn -q -pl match-core compile)" >&2; exit 2; }
exported=""
if [ -f "$dir/module-info.class" ]; then
  # unqualified exports only: "exports io.github.matchsim.algorithm"; qualified ones end in "to ..."
  exported=$(javap "$dir/module-info.class" | sed -n 's/^ *exports \([a-z.]*\);$/\1/p' | sort)
fi
cd "$dir"
find . -name '*.class' ! -name 'module-info.class' ! -name 'package-info.class' | sed 's#^\./##; s#\.class$##; s#/#.#g' | sort \
  | while read -r class; do
      out=$(javap -public -cp . "$class")
      if grep -qE '^public .*(class|interface|enum|record) ' <<<"$out"; then
        echo "${class%.*} 1 $(grep -cE '^  public ' <<<"$out" || true)"
      fi
    done \
  | awk -v exported="$exported" '
      BEGIN { n = split(exported, list, "\n"); for (i = 1; i <= n; i++) api[list[i]] = 1; all = (n == 0 || exported == "") }
      { key = (all || ($1 in api)) ? "api" : "hidden"; types[key] += $2; members[key] += $3; pkg[$1] += $3; ptypes[$1] += $2 }
      END {
        for (p in pkg) printf "  %-40s %3d types %4d members%s\n", p, ptypes[p], pkg[p], (all || (p in api)) ? "" : "  (not exported)"
        printf "exported: %d public types, %d public members\n", types["api"], members["api"]
        if (types["hidden"] > 0) printf "not exported: %d public types, %d public members\n", types["hidden"], members["hidden"]
      }'
