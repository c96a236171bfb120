"""The thresholds in config.yml are the ones cross-validation chooses (a derivation kept fresh)."""

from __future__ import annotations

import pytest

from bot.crossval import ASSISTANT_CANDIDATE, configured_thresholds, run


@pytest.mark.model
def test_configured_thresholds_are_the_crossvalidated_choice() -> None:
    chosen = run([ASSISTANT_CANDIDATE])[0].chosen
    configured = configured_thresholds()
    assert (configured.answer, configured.suggest, configured.margin) == (chosen.answer, chosen.suggest, chosen.margin), (
        "config.yml n'a pas les seuils choisis par `python -m bot crossval` : recopiez ceux du rapport reports/crossval.md"
    )
