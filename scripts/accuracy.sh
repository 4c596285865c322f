#!/usr/bin/env bash
# The accuracy of the content checks on labelled corpora of real ads and real violations
# (examples/accuracy.rs): recall per language (and per rule with --rules), fp_error and fp_any per
# language, for each corpus and split.
#
#   scripts/accuracy.sh              every corpus: tests/accuracy/real-*.jsonl (tune and heldout
#                                    splits), the project's own tests/corpus/*.tsv, and the shared
#                                    development set ../shared/eval-dev/corpus-dev.jsonl when present
#   scripts/accuracy.sh --misses     ...and every miss and false positive, with the text's id
#   scripts/accuracy.sh --explain    ...each listed finding with the mention and stance behind it
#   scripts/accuracy.sh --rules      ...and recall per rule and language
#   scripts/accuracy.sh --only tune  just one split (held-out misses are listed only this way)
#   scripts/accuracy.sh --check      fail when a figure falls below tests/accuracy/floors.json
#   scripts/accuracy.sh FILE.jsonl   just these corpora
#
# The scoring is that of ../shared/eval-dev/score.mjs (same texts, same rules; see
# examples/accuracy.rs). Tune on the `tune` split; the `heldout` split is for measuring only.
set -euo pipefail
cd "$(dirname "$0")/.."
args=() files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --check) args+=(--floors tests/accuracy/floors.json) ;;
    --only|--floors) args+=("$1" "$2"); shift ;;
    --*) args+=("$1") ;;
    *) files+=("$1") ;;
  esac
  shift
done
if [ ${#files[@]} -eq 0 ]; then
  files=(tests/accuracy/real-fi.jsonl tests/accuracy/real-sv.jsonl tests/accuracy/real-en.jsonl tests/corpus/positives.tsv tests/corpus/negatives.tsv)
  [ -f ../shared/eval-dev/corpus-dev.jsonl ] && files+=(../shared/eval-dev/corpus-dev.jsonl)
fi
cargo build --quiet --profile cli --example accuracy
exec target/cli/examples/accuracy "${args[@]}" "${files[@]}"
