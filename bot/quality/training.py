"""Training the Rasa model only when its inputs changed.

The fingerprint covers everything that shapes the model: config, domain, the
NLU/FAQ/rules data and the importer code. ``make run``, ``make test`` and the
test fixtures all go through :func:`ensure_model`, so a test run trains at most
once and an unchanged project starts without training. In a terminal, a bar
counts the seconds against the last training's duration on this machine.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

from bot import settings
from bot.quality.progress import last_duration, record_duration, wait_with_estimate
from bot.settings import CONFIG_FILE, DATA_DIR, DOMAIN_FILE, MODEL_FILE, MODEL_NAME, MODELS_DIR, ROOT

#: Name under which the training's duration is kept for the next estimate.
DURATION_KEY = "training"
TRAINING_DATA_DIRS = ("faq", "nlu")
CODE_INPUTS = (
    "bot/rasa_plugins/importer.py", "bot/faq/entries.py", "bot/faq/model.py", "bot/faq/router.py", "bot/rasa_plugins/faq_classifier.py",
    "bot/language/normalize.py",
    # The responses of the rules (the domain); the place tokens of the classifier and their tables.
    "bot/dialogue/messages.py", "bot/extractors/place.py", "bot/language/places.py",
    "data/eligibility/communes.csv", "data/eligibility/departements.csv",
)


def model_path(models_dir: Path = MODELS_DIR) -> Path:
    return models_dir / MODEL_FILE.name


def training_log() -> Path:
    """Rasa's output of the last training (in the var folder)."""
    return settings.var_dir() / "logs" / "train.log"


def training_command(models_dir: Path = MODELS_DIR) -> list[str]:
    return [
        sys.executable, "-m", "rasa", "train",
        "--config", str(CONFIG_FILE), "--domain", str(DOMAIN_FILE), "--data", str(DATA_DIR),
        "--out", str(models_dir), "--fixed-model-name", MODEL_NAME, "--force",
    ]


def _display(path: Path) -> Path:
    """``path`` relative to the repository when inside it."""
    return path.relative_to(ROOT) if path.is_relative_to(ROOT) else path


def training_inputs() -> list[Path]:
    """Every file whose content changes the trained model."""
    files = [CONFIG_FILE, DOMAIN_FILE]
    files += sorted(p for p in DATA_DIR.glob("*.yml"))
    for sub in TRAINING_DATA_DIRS:
        files += sorted((DATA_DIR / sub).rglob("*.yml"))
    files += [ROOT / p for p in CODE_INPUTS]
    return files


def inputs_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in training_inputs():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _fingerprint_file(models_dir: Path) -> Path:
    return models_dir / f"{MODEL_NAME}.fingerprint"


def is_fresh(models_dir: Path = MODELS_DIR) -> bool:
    stamp = _fingerprint_file(models_dir)
    return model_path(models_dir).exists() and stamp.exists() and stamp.read_text().strip() == inputs_fingerprint()


def ensure_model(models_dir: Path = MODELS_DIR, force: bool = False) -> Path:
    """Train unless the model in ``models_dir`` was trained on the current inputs."""
    if not force and is_fresh(models_dir):
        print(f"Modèle à jour : {_display(model_path(models_dir))} (aucun entraînement nécessaire).")
        return model_path(models_dir)
    fingerprint = inputs_fingerprint()
    print("Entraînement du modèle (les données, le domaine ou la configuration ont changé)…", flush=True)
    started = time.monotonic()
    command = training_command(models_dir)
    log = training_log()
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as log_file:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        returncode = wait_with_estimate(process, "Entraînement", last_duration(DURATION_KEY))
    except BaseException:  # Ctrl-C: never leave Rasa training in the background
        process.kill()
        process.wait()
        raise
    if returncode != 0:
        tail = log.read_text(errors="replace").splitlines()[-30:]
        print("\n".join(tail), file=sys.stderr)
        print(f"Journal complet de l'entraînement : {log}", file=sys.stderr)
        raise subprocess.CalledProcessError(returncode, command)
    seconds = time.monotonic() - started
    record_duration(DURATION_KEY, seconds)
    _fingerprint_file(models_dir).write_text(fingerprint + "\n")
    print(f"Modèle entraîné en {seconds:.0f} s : {_display(model_path(models_dir))}")
    return model_path(models_dir)
