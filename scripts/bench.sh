#!/usr/bin/env bash
# Benchmark (not a test; CI does not run it): builds the release, serves dist/ on 127.0.0.1 with gzip
# as a static host would, and measures in headless Chromium, for the bundled dataset and seeded
# synthetic ones (default 10,000 and 100,000 recommendations): first-view bytes by type, first paint
# of real data over 5 cold loads on loopback and on a throttled link, search and facet latency, and
# memory. Prints a table with every budget and writes target/bench/report.json.
#   scripts/bench.sh            # the bundled data, 10,000 and 100,000
#   scripts/bench.sh 1000       # chosen synthetic sizes
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh"
install_deps test
build_release
cd "$REPO_ROOT"
UPR_E2E_DIST="$REPO_ROOT/dist" cargo run --release --locked -q -p upr-e2e --bin bench -- "$@"
