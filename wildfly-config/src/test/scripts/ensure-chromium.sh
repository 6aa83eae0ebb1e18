#!/bin/sh
# The browser tests drive Debian's Chromium through chromedriver. Installs both from Debian's packages when
# they are missing and this build may install packages (root with apt-get, as on CI); otherwise says what to do.
set -eu
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || {
    apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null
  }
  exit 0
fi
echo "The browser tests need /usr/bin/chromium and /usr/bin/chromedriver: sudo apt-get install chromium chromium-driver" >&2
exit 1
