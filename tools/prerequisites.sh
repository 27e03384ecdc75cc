#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, only where it is missing:
# Debian's Chromium (the browser tests drive it; Playwright never downloads its own), Debian's PostgreSQL
# server binaries (the storage tests start a throwaway cluster with them; no system service is used), Debian's
# redis-server (the backplane tests start a throwaway server with it, the same way), Debian's nginx (the multi-instance
# tests put it in front of two or three hosts, from a temporary folder, no system service) and the npm packages from the
# committed lock file (the real Bot Framework clients the protocol tests run).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'sudo apt-get install -y chromium' (the browser tests need /usr/bin/chromium)" >&2
    exit 1
  fi
fi

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is missing: run 'sudo apt-get install -y postgresql' (the storage tests need /usr/lib/postgresql/*/bin/initdb)" >&2
    exit 1
  fi
fi

if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian redis-server"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  else
    echo "redis-server is missing: run 'sudo apt-get install -y redis-server' (the backplane tests need /usr/bin/redis-server)" >&2
    exit 1
  fi
fi

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian nginx"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "nginx is missing: run 'sudo apt-get install -y nginx' (the multi-instance tests need /usr/sbin/nginx)" >&2
    exit 1
  fi
fi

if [ ! -d node_modules/botframework-directlinejs ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

dotnet tool restore >/dev/null
