#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (never a browser downloaded by a test tool).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium est nécessaire aux tests du navigateur : installez-le avec « sudo apt-get install chromium »." >&2
  exit 1
fi
echo "Installation de Chromium (paquet Debian) pour les tests du navigateur…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
