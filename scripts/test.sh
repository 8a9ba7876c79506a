#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, then runs every test:
#   1. native tests of the core crate (model, loader, i18n, URL query, the shipped dataset);
#   2. the shipped dataset is what tools/build_dataset.py makes of ../shared/data-sources (when present);
#   3. the release build with no network at all (unshare -n), proving nothing is downloaded;
#   4. wasm-bindgen tests of components in headless Chromium;
#   5. end-to-end tests of the release build served on 127.0.0.1, through WebDriver, once in each
#      engine: Chromium, Firefox ESR and WebKitGTK (Safari's engine). All three run; then the
#      script fails naming the engines that failed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh"
install_deps test
cd "$REPO_ROOT"
# A test run builds each crate once, so cargo's incremental caches (2 GB here) would only fill
# the disk.
export CARGO_INCREMENTAL=0

say "1/5 native tests (core)"
cargo test --locked -p upr-core

say "2/5 the shipped dataset is reproducible from its sources"
if [ -d "$REPO_ROOT/../shared/data-sources" ]; then
  python3 tools/build_dataset.py --check
else
  echo "skipped: ../shared/data-sources is not beside this checkout"
fi

say "3/5 release build with no network"
# root gets a new network namespace directly; other users through a user namespace (-r).
if [ "$(id -u)" = 0 ]; then no_net=(unshare -n); else no_net=(unshare -rn); fi
if "${no_net[@]}" true 2>/dev/null; then
  "${no_net[@]}" bash -c "cd '$REPO_ROOT' && TRUNK_OFFLINE=true CARGO_NET_OFFLINE=true trunk build --release"
else
  echo "unshare -n is not available here; building offline by configuration only"
  build_release
fi

say "4/5 wasm-bindgen tests in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --locked -p upr-dashboard --target wasm32-unknown-unknown --test web

# Each engine's output is also kept, so that a failure can be summed up at the very end.
e2e_logs=$(mktemp -d)
trap 'rm -rf "$e2e_logs"' EXIT
failed=()
for engine in chromium firefox webkit; do
  say "5/5 end-to-end tests in $engine (release build on 127.0.0.1, through WebDriver)"
  if ! UPR_E2E_BROWSER=$engine UPR_E2E_DIST="$REPO_ROOT/dist" \
      cargo test --locked -p upr-e2e --no-fail-fast 2>&1 | tee "$e2e_logs/$engine.log"; then
    failed+=("$engine")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  say "end-to-end tests FAILED in: ${failed[*]} (their test summaries follow)"
  for engine in "${failed[@]}"; do
    echo "$engine:"
    grep -E '^test result:' "$e2e_logs/$engine.log" || echo "($engine stopped before any test summary)"
  done
  exit 1
fi
