"""Keeps Rasa quiet when the project loads a model in-process (eval, crossval)."""

from __future__ import annotations

import logging
import os
import warnings


def quiet_rasa() -> None:
    """Warnings and errors only: no per-message debug lines, no TensorFlow chatter."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    warnings.filterwarnings("ignore", category=DeprecationWarning)
