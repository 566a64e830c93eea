#!/usr/bin/env bash
# TreatyGraph benchmarks (docs/performance.md).
#   tests/TreatyGraph.Benchmarks/run.sh --smoke   tiny scale, every benchmark once, well under a minute (CI runs this)
#   tests/TreatyGraph.Benchmarks/run.sh --full    10^4, 10^5 and 10^6 facts on the embedded store (Release)
# Extra arguments pass through: --scales 10000,100000  --seed 1  --no-bdn
# Databases are generated once per scale and seed under tests/TreatyGraph.Benchmarks/.cache (git-ignored);
# delete a folder there to reload it. Results: artifacts/benchmarks/report-{smoke,full}.{md,json}, the API's
# log of each run in artifacts/benchmarks/api-logs/.
#
# The smoke run only proves that every benchmark still runs, so it uses the Debug build that CI (and a developer's
# `dotnet build`) has just made: rebuilding everything in Release took minutes on the shared machine. Set
# TG_BENCH_CONFIGURATION=Release to override. The full run always builds Release.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
config=Release
if [[ " $* " != *" --full "* ]]; then
  config="${TG_BENCH_CONFIGURATION:-Debug}"
fi
# The benchmarks reference the API project, so this one build also brings the API's own output up to date.
dotnet build -c "$config" tests/TreatyGraph.Benchmarks --nologo -v quiet -clp:ErrorsOnly
exec dotnet "artifacts/bin/TreatyGraph.Benchmarks/${config,,}/TreatyGraph.Benchmarks.dll" \
  --api-dll "artifacts/bin/TreatyGraph.Api/${config,,}/TreatyGraph.Api.dll" "$@"
