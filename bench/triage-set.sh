#!/usr/bin/env bash
# Scores Nabij's triage on a request set against its neighbourhood, the way the evaluation does: a throw-away
# embedded database, the neighbourhood imported with `nabij import`, `nabij triage --batch`, then score.mjs.
#   bash bench/triage-set.sh SET.jsonl BUURT_DIR [--json]
# score.mjs comes from NABIJ_EVAL_DIR (default: ../shared/eval beside the repository).
set -euo pipefail
set_file=$(realpath "$1")
buurt=$(realpath "$2")
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=${NABIJ_EVAL_DIR:-$root/../shared/eval}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NABIJ_DATA_DIR="$tmp/data"
unset DATABASE_URL
cd "$root"
npx nabij import postcodes "$buurt/postcodes.csv" >/dev/null
npx nabij import activiteiten "$buurt/activiteiten.csv" >/dev/null
npx nabij import vrijwilligers "$buurt/vrijwilligers.csv" >/dev/null
npx nabij triage --batch < "$set_file" > "$tmp/antwoorden.jsonl"
node "$eval_dir/score.mjs" "$set_file" "$tmp/antwoorden.jsonl" --buurt "$buurt" "$@"
