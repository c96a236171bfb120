#!/usr/bin/env bash
# Creates or refreshes .venv with Python 3.10 and the pinned dependencies.
# Idempotent: does nothing when requirements, constraints and pyproject are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
STAMP="$VENV/.installed"
inputs_hash() { cat requirements.txt constraints.txt pyproject.toml | sha256sum | cut -d' ' -f1; }

find_python310() {
  local candidate
  for candidate in "${PYTHON310:-}" python3.10 \
      "$(pyenv root 2>/dev/null)/versions/"3.10*/bin/python3.10 \
      "$HOME"/.pyenv/versions/3.10*/bin/python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10; do
    [ -n "$candidate" ] || continue
    if "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
      command -v "$candidate" || echo "$candidate"
      return 0
    fi
  done
  return 1
}

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$(inputs_hash)" ] && [ -x "$VENV/bin/python" ]; then
  exit 0
fi

if [ ! -x "$VENV/bin/python" ]; then
  if ! PY310=$(find_python310); then
    echo "Python 3.10 est introuvable : Rasa 3.6 en a besoin (installez-le, par exemple avec pyenv, ou indiquez son chemin dans PYTHON310)." >&2
    exit 1
  fi
  echo "Création de l'environnement virtuel $VENV avec $PY310"
  "$PY310" -m venv "$VENV"
fi

echo "Installation des dépendances (versions figées dans constraints.txt)…"
"$VENV/bin/python" -m pip install --quiet -r requirements.txt
inputs_hash > "$STAMP"
echo "Environnement prêt."
