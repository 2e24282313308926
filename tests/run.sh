#!/usr/bin/env bash
# Runs every test in the solution (Release build) and ends with one summary line, "N passed, N failed, N skipped".
# Tests that need PostgreSQL start a private server themselves (see tests/ReturnWorkflows.Testing/PostgresServer.cs),
# or use RETURNWORKFLOWS_TEST_POSTGRES when it is set.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
dotnet test ReturnWorkflows.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# vstest prints one "Passed!/Failed! - Failed: F, Passed: P, Skipped: S" line per test assembly; add them up.
summary=$(grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" |
  sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' |
  awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped", p, f, s}')
rm -f "$log"
echo
echo "Tests: ${summary:-0 passed, 0 failed, 0 skipped}"
if [ "$status" -eq 0 ] && [[ "${summary:-}" == 0\ passed* ]]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
