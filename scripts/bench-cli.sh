#!/usr/bin/env bash
# Benchmark of the CLI's batch path (not a test): typical ~3 KB ads, NDJSON in -> NDJSON out.
#
#   scripts/bench-cli.sh [ADS] [JOBS...]     default: 20000 ads, jobs 1 and every core
#
# Builds the binary as `cargo install` does (profile `cli`), writes ADS generated ads (fi/sv/en texts of ~2-3 KB, every 10th
# with an age requirement) to target/bench/ads.ndjson, then times `check --format ndjson -j N`
# for each N, with output to /dev/null. Uses hyperfine when it is installed, else `date`.
set -euo pipefail
cd "$(dirname "$0")/.."
ADS=${1:-20000}
shift || true
JOBS=("$@")
[ ${#JOBS[@]} -gt 0 ] || JOBS=(1 "$(nproc)")

cargo build --quiet --profile cli --features cli --locked
BIN=target/cli/tmt-validator
mkdir -p target/bench
DATA=target/bench/ads.ndjson

python3 - "$ADS" "$DATA" <<'EOF'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
fi = ("Tarjoamme monipuolisen työn kasvavassa yrityksessä, jossa pääset kehittämään osaamistasi. "
      "Työtehtäviisi kuuluu asiakaspalvelu, tilausten käsittely ja tiivis yhteistyö myynnin kanssa. "
      "Odotamme sinulta hyviä vuorovaikutustaitoja, oma-aloitteisuutta ja halua oppia uutta. ")
sv = ("Vi erbjuder ett omväxlande arbete i ett växande företag där du får utveckla ditt kunnande. "
      "Till dina uppgifter hör kundservice, orderhantering och nära samarbete med försäljningen. ")
en = ("We offer varied work in a growing company where you can develop your skills. "
      "Your tasks include customer service, order handling and close cooperation with sales. ")
with open(path, "w", encoding="utf-8") as f:
    for i in range(n):
        desc = fi * 4 + (f"Hakijan ikä {20 + i % 10}–40 v. " if i % 10 == 0 else "") + f"Viite {i}."
        ad = {
            "languages": ["fi", "sv"],
            "descriptionsContentType": "plain",
            "owner": {"businessId": "1234567-8", "name": f"Yritys {i % 97} Oy"},
            "position": {
                "title": {"fi": f"Asiakaspalvelija {i}", "sv": f"Kundtjänstmedarbetare {i}"},
                "jobDescription": {"fi": desc, "sv": sv * 3},
                "marketingDescription": {"fi": fi[:200], "sv": sv[:200]},
                "employmentRelationship": "01", "continuityOfWork": ["01"], "workTime": "01",
                "wagePrinciple": "01", "workLanguages": ["fi", {"code": "sv", "level": "B1"}],
                "occupations": ["http://data.europa.eu/esco/occupation/0a3d2c2e-4f8b-4d3d-9a0b-6f3b1c2d3e4f"],
            },
            "location": {"countries": ["FI"], "municipalities": ["091"], "workplaceAddress": "Mannerheimintie 1",
                         "workplacePostalCode": "00100", "workplacePostOffice": "Helsinki"},
            "application": {"expires": "2026-12-31T23:59:59", "openPositions": 1 + i % 3,
                            "url": {"fi": f"https://example.fi/tyo/{i}"}},
            "contacts": [{"name": "Maija Meikäläinen", "email": "rekry@example.fi", "phone": "+358401234567"}],
            "metadata": {"externalId": f"EXT-{i}"},
        }
        f.write(json.dumps(ad, ensure_ascii=False) + "\n")
EOF
BYTES=$(wc -c < "$DATA")
echo "input: $ADS ads, $BYTES bytes ($((BYTES / ADS)) bytes/ad) in $DATA; $(nproc) cores; $($BIN --version)" >&2

for j in "${JOBS[@]}"; do
  cmd="$BIN check --no-config --no-progress --quiet --now 2026-11-25T12:00:00 --format ndjson -j $j $DATA"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --ignore-failure --output=null --export-json target/bench/j$j.json "$cmd" >&2
    mean=$(python3 -c "import json;print(json.load(open('target/bench/j$j.json'))['results'][0]['mean'])")
  else
    $cmd > /dev/null || true # warm-up; exit status 1 = some ads have errors (by design)
    start=$(date +%s.%N); $cmd > /dev/null || true; end=$(date +%s.%N)
    mean=$(python3 -c "print($end - $start)")
  fi
  python3 -c "print(f'-j $j: {$mean:.3f} s, {$ADS / $mean:,.0f} ads/s')"
done
