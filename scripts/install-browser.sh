#!/usr/bin/env bash
# Installs Debian's Chromium for the explorer's browser tests (tests/server/test_server_browser.py)
# when /usr/bin/chromium is missing. Playwright drives that binary through executable_path; never
# run `playwright install`, which downloads a browser build from outside the package registries.
# Needs root (CI and the development machines run as root); does nothing when Chromium is there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "install-browser: /usr/bin/chromium is already installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    # Not fatal: the rest of the suite runs, and the browser tests say why they skip.
    echo "install-browser: not root, so Chromium is not installed (apt-get install chromium); the browser tests will skip" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q chromium
test -x /usr/bin/chromium
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
