#!/usr/bin/env bash
# Prepares a fresh machine for the portal: system libraries, then the virtualenv with the locked
# dependencies. As root (CI, containers) missing Debian packages are installed; otherwise the
# script says which command to run.
set -euo pipefail
PYTHON="${PYTHON:-python3}"
REQUIREMENTS="${1:-requirements/dev.txt}"

need_apt=()
"$PYTHON" -c "import ensurepip, venv" 2>/dev/null || need_apt+=("python3-venv")
ldconfig -p 2>/dev/null | grep -q "libpango-1.0.so" || need_apt+=("libpango-1.0-0" "libpangoft2-1.0-0")
ldconfig -p 2>/dev/null | grep -q "libmagic.so" || need_apt+=("libmagic1")
fc-list 2>/dev/null | grep -qi "dejavu" || need_apt+=("fonts-dejavu-core")

if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${need_apt[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing system packages. Run: sudo apt-get install ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r "$REQUIREMENTS"
