#!/usr/bin/env bash
# Install the headless browser the dashboard's browser tests drive: Debian's chromium and
# chromium-driver. Does nothing when they are there; installs them when running as root (the
# package lists are refreshed only if the first attempt fails); otherwise says what is missing.
set -euo pipefail

have() { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; }

if have; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium and chromium-driver are not installed (and this is not root with apt-get):" \
         "the browser tests will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends chromium chromium-driver; then
    apt-get update
    apt-get install -y --no-install-recommends chromium chromium-driver
fi
