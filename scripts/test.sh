#!/usr/bin/env bash
# Every test: install what is missing, build the normal and the
# ASan+UBSan variants (warnings are errors), run unit and end-to-end suites
# against both; under CI, then fuzz each reader briefly (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export CI=${CI:-true}
make all asan
# the browser walk's driver, playwright-core, from the npm registry (lockfile pinned)
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
bash tests/run.sh build build-asan
if [ "$CI" = true ]; then
	bash scripts/fuzz.sh "${FUZZ_SECONDS:-20}"
fi
