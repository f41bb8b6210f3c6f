#!/usr/bin/env bash
# The project's test command (`npm test`): type-check, lint, unit and integration tests (vitest), then the
# end-to-end suite (Playwright + Debian chromium, browser mode). Ends with one line `N passed, N failed`,
# summed over both runners, and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
status=0

echo "== type-check"
npx tsc -b || status=1
echo "== lint"
npx eslint . || status=1

echo "== desktop build (electron-vite: main, preload, renderer)"
npx electron-vite build --logLevel warn || status=1

echo "== unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
[ $? -eq 0 ] || status=1

e2e_json=artifacts/playwright.json
rm -f "$e2e_json"
if [ "${CONCORDIA_SKIP_E2E:-}" = "1" ]; then
  echo "== end-to-end tests skipped (CONCORDIA_SKIP_E2E=1)"
elif ls tests/e2e/*.spec.ts >/dev/null 2>&1; then
  echo "== end-to-end tests (Playwright, chromium)"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$e2e_json" npx playwright test --reporter=list,json
  [ $? -eq 0 ] || status=1
fi

node scripts/test-summary.mjs artifacts/vitest.json "$e2e_json" || status=1
exit $status
