# Installs what the two quick-start commands need and skips what is present; sourced by serve.sh
# and test.sh. After the first run nothing here needs the network.
#   install_deps serve   — what building and serving needs
#   install_deps test    — that, plus the browsers and drivers the tests use: Chromium and
#                          chromedriver, Firefox ESR and geckodriver, WebKitGTK's WebKitWebDriver
#                          (with its MiniBrowser) and Xvfb for its display

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4
GECKODRIVER_VERSION=0.37.1
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$REPO_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Each step says how long the script has run so far (minutes:seconds), so a slow step shows.
say() { printf '\033[1m==> [%d:%02d] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() { # command:package pairs; a package is installed only when its command is missing
  local missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "apt: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

ensure_rust() {
  if ! command -v cargo >/dev/null 2>&1; then
    say "Rust is missing: installing rustup from the distribution"
    apt_install rustup:rustup || { echo "Install Rust with rustup (https://rustup.rs), then run this again." >&2; exit 1; }
    rustup default stable
  fi
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "rustup: adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_cargo_tool() { # binary, crate, version, extra install flags…
  local bin=$1 crate=$2 version=$3; shift 3
  if "$bin" --version 2>/dev/null | grep -q "$version"; then return 0; fi
  say "cargo: installing $crate $version (once; it takes a few minutes)"
  cargo install "$crate" --version "$version" "$@"
}

# wasm-split-cli cuts the app's WebAssembly into chunks (scripts/split-wasm.sh). It has no
# --version, so cargo's list of installed crates says which version is there.
ensure_wasm_split() {
  if cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then return 0; fi
  say "cargo: installing wasm_split_cli_support $WASM_SPLIT_VERSION (once; about a minute)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
}

ensure_npm_packages() {
  if [ -f "$REPO_ROOT/node_modules/.package-lock.json" ] && [ "$REPO_ROOT/node_modules/.package-lock.json" -nt "$REPO_ROOT/package-lock.json" ]; then
    return 0
  fi
  say "npm ci (ECharts, esbuild, binaryen's wasm-opt)"
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
}

ensure_crates() {
  (cd "$REPO_ROOT" && { cargo fetch --locked --offline >/dev/null 2>&1 || { say "cargo fetch"; cargo fetch --locked; }; })
}

warn_if_disk_is_short() { # MB a run needs in target/
  local free_mb
  free_mb=$(df -Pm "$REPO_ROOT" | awk 'NR == 2 { print $4 }')
  if [ -n "$free_mb" ] && [ "$free_mb" -lt "$1" ]; then
    say "warning: $free_mb MB free beside $REPO_ROOT; this run writes up to $1 MB to target/." \
      "If the disk fills, cargo stops with 'No space left on device'."
  fi
}

install_deps() {
  local packages=(python3:python3 node:nodejs npm:npm cc:gcc unshare:util-linux git:git)
  if [ "$1" = test ]; then
    packages+=(chromium:chromium chromedriver:chromium-driver firefox-esr:firefox-esr
      WebKitWebDriver:webkit2gtk-driver xvfb-run:xvfb xauth:xauth pdftotext:poppler-utils)
  fi
  apt_install "${packages[@]}"
  ensure_rust
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION" --locked
  # Not --locked: its lockfile wants a crate version the registry here lacks.
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$WASM_BINDGEN_VERSION" --force
  ensure_wasm_split
  if [ "$1" = test ]; then
    # Firefox's WebDriver is not packaged by Debian; crates.io has it (~2.5 min to build).
    ensure_cargo_tool geckodriver geckodriver "$GECKODRIVER_VERSION" --locked
  fi
  ensure_npm_packages
  ensure_crates
  # Measured from a clean clone: the test run peaked at 3.4 GB in target/, the release build alone 1.1 GB.
  if [ "$1" = test ]; then warn_if_disk_is_short 3600; else warn_if_disk_is_short 1300; fi
}

# The release build, with no network: Trunk uses the pinned tools on PATH, cargo its cache.
build_release() {
  say "trunk build --release (offline)"
  (cd "$REPO_ROOT" && TRUNK_OFFLINE=true CARGO_NET_OFFLINE=true trunk build --release)
}
