#!/usr/bin/env bash
# The test command: prerequisites, a warnings-as-errors Release build, every provider's migrations
# checked (the SQL Server script is generated, so a provider-specific mistake fails here), then
# every test: unit, integration on real SQLite files and on a throwaway PostgreSQL cluster that the
# tests start themselves (tests/AfterSalesBot.Tests/Infrastructure/PostgreSqlCluster.cs), npm protocol
# clients and headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/prerequisites.sh

echo "== build"
dotnet build AfterSalesBot.sln -c Release -nologo -v quiet

echo "== migrations"
mkdir -p artifacts
# Each module owns its migrations; every context is checked on every provider.
for module in "Bot:BotDbContext" "Knowledge:KnowledgeDbContext" "Escalation:EscalationDbContext"; do
  project="src/${module%%:*}"; context="${module##*:}"
  for provider in Sqlite SqlServer PostgreSql; do
    dotnet ef migrations has-pending-model-changes --project "$project" --startup-project src/Bot \
      --context "$provider$context" --configuration Release --no-build
  done
  dotnet ef migrations script --idempotent --project "$project" --startup-project src/Bot --context "SqlServer$context" \
    --configuration Release --no-build --output "artifacts/sqlserver-$context.sql"
  echo "SQL Server script: artifacts/sqlserver-$context.sql ($(wc -l < "artifacts/sqlserver-$context.sql") lines)"
done

echo "== tests"
set +e
dotnet test AfterSalesBot.sln -c Release --no-build -nologo --logger "console;verbosity=normal" 2>&1 | tee artifacts/test-output.txt
status=${PIPESTATUS[0]}
set -e

# One plain closing line with the totals, read from the runner's summary ("Failed:" appears only when
# something failed, "Skipped:" only when something was skipped).
count() { { grep -E "^ +$1: +[0-9]+" artifacts/test-output.txt || true; } | awk '{ n += $2 } END { print n + 0 }'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
if [ "${failed:-0}" != "0" ]; then
  # Name every failed test, with the first lines of its message, where the runner's tail will show it.
  echo "== failed tests"
  awk '/^ +Failed [A-Za-z]/ { n = 8 } n > 0 { print; n-- }' artifacts/test-output.txt | cut -c1-300
fi
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${passed:-0}" = "0" ]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
