"""What the browser tests share: Debian's Chromium, its flags, axe-core."""

from __future__ import annotations

from pathlib import Path

from bot.settings import ROOT

CHROMIUM = Path("/usr/bin/chromium")
#: The machine's network is closed: without these flags Chromium keeps trying to reach Google's hosts.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
AXE = ROOT / "tests" / "vendor" / "axe.min.js"
