#!/usr/bin/env bash
# Records before and after a change that must not change them (a refactoring): analyses the seed report and the
# real-news development set with the product's own command, one JSON record per article into a folder, and compares
# two such folders byte for byte.
#
#   scripts/records-diff.sh record DIR      # ./dateline analyze over the inputs, DIR/<article>.json each
#   scripts/records-diff.sh compare A B     # exit 1 on any difference, showing the first differing lines
#
# Typical use: record /tmp/before on the unchanged code, change, record /tmp/after, compare /tmp/before /tmp/after.
# The inputs come with ../shared, not with the project; without it the script says it is skipped and exits 0.
# An article's record can depend on the articles analysed before it in the same run (seen: the tagger's raw value
# of a weekday in the seed differs when the seed is analysed alone), so compare only folders this script recorded.
# RECORDS_THREADS sets the analysis threads (default 1, to leave the machine usable; records do not depend on it).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
seed=$shared/seed/000_6ab924c5b57c0945.txt
realnews=$shared/data/realnews/dev/articles

usage() {
  echo "usage: $0 record DIR | compare DIR_A DIR_B" >&2
  exit 2
}

record() { # folder to write
  local dir=$1
  if [[ ! -f "$seed" || ! -d "$realnews" ]]; then
    echo "SKIPPED records-diff: $seed or $realnews not found (a plain clone has no ../shared; see ../shared/README.md)"
    exit 0
  fi
  # in the order the command writes them: sorted by path, byte by byte
  local inputs=()
  local f
  while IFS= read -r f; do inputs+=("$f"); done < <({ echo "$seed"; find "$realnews" -maxdepth 1 -name '*.txt'; } \
    | LC_ALL=C sort)
  mkdir -p "$dir"
  local all
  all=$(mktemp)
  trap 'rm -f "$all"' RETURN
  # one run for all inputs (the models load once); records come out in input order, one line each
  ./dateline analyze --threads "${RECORDS_THREADS:-1}" "${inputs[@]}" > "$all"
  local lines
  lines=$(wc -l < "$all")
  if [[ "$lines" -ne "${#inputs[@]}" ]]; then
    echo "records-diff: ${#inputs[@]} inputs gave $lines records" >&2
    exit 1
  fi
  local i=1
  for f in "${inputs[@]}"; do
    local name
    name=$(basename "$f" .txt)
    sed -n "${i}p" "$all" > "$dir/$name.json"
    i=$((i + 1))
  done
  if command -v python3 >/dev/null 2>&1; then # each record's text begins as its input's does
    python3 - "$dir" "${inputs[@]}" <<'EOF'
import json, pathlib, sys
folder = pathlib.Path(sys.argv[1])
for f in sys.argv[2:]:
    record = json.loads((folder / (pathlib.Path(f).stem + ".json")).read_text("utf-8"))
    if record["article"]["text"].strip()[:40] not in pathlib.Path(f).read_text("utf-8"):
        sys.exit(f"records-diff: the record written for {f} is not its record")
EOF
  fi
  echo "records-diff: ${#inputs[@]} records in $dir"
}

pretty() { # a record file, indented for a readable diff when python3 is there
  if command -v python3 >/dev/null 2>&1; then python3 -m json.tool "$1"; else cat "$1"; fi
}

compare() { # two folders
  local a=$1 b=$2
  [[ -d "$a" && -d "$b" ]] || { echo "records-diff: $a or $b is not a folder" >&2; exit 2; }
  local names
  names=$( { ls -- "$a"; ls -- "$b"; } | grep '\.json$' | LC_ALL=C sort -u || true)
  local compared=0 differing=0 n
  for n in $names; do
    compared=$((compared + 1))
    if [[ ! -f "$a/$n" || ! -f "$b/$n" ]]; then
      echo "DIFFERS $n: only in $([[ -f "$a/$n" ]] && echo "$a" || echo "$b")"
      differing=$((differing + 1))
    elif ! cmp -s "$a/$n" "$b/$n"; then
      echo "DIFFERS $n:"
      if [[ $differing -eq 0 ]]; then
        diff <(pretty "$a/$n") <(pretty "$b/$n") | head -n 20 || true
      fi
      differing=$((differing + 1))
    fi
  done
  if [[ $compared -eq 0 ]]; then
    echo "records-diff: no records in $a or $b" >&2
    exit 2
  fi
  if [[ $differing -gt 0 ]]; then
    echo "records-diff: $differing of $compared records differ"
    exit 1
  fi
  echo "records-diff: $compared records identical"
}

case "${1:-}" in
  record) [[ $# -eq 2 ]] || usage; record "$2" ;;
  compare) [[ $# -eq 3 ]] || usage; compare "$2" "$3" ;;
  *) usage ;;
esac
