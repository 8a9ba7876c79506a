#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds the release and serves it on
# http://127.0.0.1:8080 (any static host serves dist/ the same way).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/install-deps.sh"
install_deps serve
build_release
PORT=${PORT:-8080}
say "Serving dist/ — open http://127.0.0.1:$PORT/ (Ctrl+C stops)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$REPO_ROOT/dist"
