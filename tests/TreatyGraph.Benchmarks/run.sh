#!/usr/bin/env bash
# TreatyGraph benchmarks (docs/performance.md).
#   tests/TreatyGraph.Benchmarks/run.sh --smoke   tiny scale, every benchmark once, seconds (CI runs this)
#   tests/TreatyGraph.Benchmarks/run.sh --full    10^4, 10^5 and 10^6 facts on the embedded store
# Extra arguments pass through: --scales 10000,100000  --seed 1  --no-bdn
# Databases are generated once per scale and seed under tests/TreatyGraph.Benchmarks/.cache (git-ignored);
# delete a folder there to reload it. Results: artifacts/benchmarks/report-{smoke,full}.{md,json}.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
config=Release
dotnet build -c "$config" src/TreatyGraph.Api --nologo -v quiet
dotnet build -c "$config" tests/TreatyGraph.Benchmarks --nologo -v quiet
exec dotnet "artifacts/bin/TreatyGraph.Benchmarks/${config,,}/TreatyGraph.Benchmarks.dll" "$@"
