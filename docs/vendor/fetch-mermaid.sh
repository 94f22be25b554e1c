#!/usr/bin/env bash
# Fetch mermaid's browser bundle from the npm registry into docs/vendor/mermaid.min.js, for
# `yieldspec explain --format html` (which inlines it into the page: no network at view time).
# The bundle is not checked in (about 3 MB); its version is pinned here.
set -euo pipefail
VERSION="${MERMAID_VERSION:-11.17.2}"
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "mermaid@$VERSION" >/dev/null)
tar -xzf "$tmp"/mermaid-*.tgz -C "$tmp" package/dist/mermaid.min.js
cp "$tmp/package/dist/mermaid.min.js" mermaid.min.js
echo "wrote $(pwd)/mermaid.min.js (mermaid $VERSION)"
