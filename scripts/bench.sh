#!/usr/bin/env bash
# Benchmark (not a test; CI does not run it): builds the release and measures, in headless Chromium,
# the explorer's input-to-paint latency for a search keystroke and a facet click with the bundled
# dataset and seeded synthetic datasets (default 1,000, 10,000 and 100,000 recommendations).
#   scripts/bench.sh            # all sizes
#   scripts/bench.sh 10000      # chosen sizes
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh"
install_deps test
build_release
cd "$REPO_ROOT"
UPR_E2E_DIST="$REPO_ROOT/dist" cargo run --release --locked -q -p upr-e2e --bin bench_explorer -- "$@"
