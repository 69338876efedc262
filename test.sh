#!/usr/bin/env bash
# Runs every test: unit, module, security and browser tests. On a fresh Debian machine it first installs
# Chromium and its driver from Debian, which the browser journeys drive headless.
set -euo pipefail
cd "$(dirname "$0")"

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  echo "Installing Chromium and chromium-driver from Debian for the browser tests"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y --no-install-recommends chromium chromium-driver
fi

mvn -B verify "$@"
