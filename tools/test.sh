#!/usr/bin/env bash
# The test command: prerequisites, a warnings-as-errors Release build, both providers' migrations
# checked (the SQL Server script is generated, so a provider-specific mistake fails here), then
# every test: unit, integration on real SQLite files, npm protocol clients and headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/prerequisites.sh

echo "== build"
dotnet build AfterSalesBot.sln -c Release -nologo -v quiet

echo "== migrations"
mkdir -p artifacts
for context in SqliteBotDbContext SqlServerBotDbContext; do
  dotnet ef migrations has-pending-model-changes --project src/Bot --context "$context" --configuration Release --no-build
done
dotnet ef migrations script --idempotent --project src/Bot --context SqlServerBotDbContext \
  --configuration Release --no-build --output artifacts/sqlserver-migrations.sql
echo "SQL Server script: artifacts/sqlserver-migrations.sql ($(wc -l < artifacts/sqlserver-migrations.sql) lines)"

echo "== tests"
set +e
dotnet test AfterSalesBot.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee artifacts/test-output.txt
status=${PIPESTATUS[0]}
set -e

# One plain closing line with the totals, whatever the runner printed above.
passed=$(grep -Eo 'Passed: +[0-9]+' artifacts/test-output.txt | grep -Eo '[0-9]+' | paste -sd+ - | bc)
failed=$(grep -Eo 'Failed: +[0-9]+' artifacts/test-output.txt | grep -Eo '[0-9]+' | paste -sd+ - | bc)
echo "${passed:-0} passed, ${failed:-0} failed"
if [ "${passed:-0}" = "0" ]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
