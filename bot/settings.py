"""Well-known locations of the project, resolved from the repository root."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
FAQ_DIR = DATA_DIR / "faq"
NLU_DIR = DATA_DIR / "nlu"
ELIGIBILITY_DIR = DATA_DIR / "eligibility"
MODELS_DIR = ROOT / "models"
VAR_DIR = Path(os.environ.get("BOT_VAR_DIR", ROOT / "var"))
HELDOUT_FILE = ROOT / "tests" / "data" / "heldout.yml"
#: Held-out files, never used to train or tune; the second was written without seeing the training examples.
HELDOUT_FILES = (HELDOUT_FILE, ROOT / "tests" / "data" / "heldout-2.yml")
CONFIG_FILE = ROOT / "config.yml"
DOMAIN_FILE = ROOT / "domain.yml"
ENDPOINTS_FILE = ROOT / "endpoints.yml"
CREDENTIALS_FILE = ROOT / "credentials.yml"

#: The trained model every server loads; ``python -m bot train`` writes it.
MODEL_NAME = "current"
MODEL_FILE = MODELS_DIR / f"{MODEL_NAME}.tar.gz"
