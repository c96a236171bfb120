#!/usr/bin/env bash
# Installs what `make cluster` and its tests need, from Debian's packages, when
# missing: PostgreSQL (server binaries under /usr/lib/postgresql/<version>/bin and
# the `postgres` system user), Redis and nginx. Idempotent: does nothing when all
# are there. Works as root in a container without systemd: the packages' services
# are not started (the cluster runs its own processes under var/cluster/).
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installation de ${missing[*]} (paquets Debian)…"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Il faut être root (ou avoir sudo) pour installer ${missing[*]}." >&2
    exit 1
  fi
fi
# Without systemd, a package's post-install script must not try to start its service:
# policy-rc.d answers « not allowed » to invoke-rc.d for the duration of the install.
policy=/usr/sbin/policy-rc.d
created_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
  $SUDO chmod +x "$policy"
  created_policy=1
fi
trap '[ -n "$created_policy" ] && $SUDO rm -f "$policy"' EXIT
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "Installé : ${missing[*]}."
