#!/usr/bin/env bash
# Sets up a fresh machine for BlindHire: Debian's Chromium when /usr/bin/chromium is missing (the e2e
# tests, the demo and the page benchmark drive it), then the exact dependencies from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "No /usr/bin/chromium: install Chromium (Debian: apt-get install chromium), or Playwright's own" >&2
    echo "browser with 'npx playwright install chromium' where the network allows it." >&2
  fi
fi
npm ci --no-audit --no-fund
