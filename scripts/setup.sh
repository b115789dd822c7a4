#!/usr/bin/env bash
# `npm run setup`: what the tests need beyond `npm ci`. The fleet tests start a real redis-server of their own;
# Debian's package provides it. Does nothing when one is installed already.
set -euo pipefail
if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y redis-server || { apt-get update && apt-get install -y redis-server; }
  else sudo apt-get install -y redis-server || { sudo apt-get update && sudo apt-get install -y redis-server; }
  fi
fi
redis-server --version
