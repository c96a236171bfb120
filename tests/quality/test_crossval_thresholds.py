"""The thresholds in config.yml are the ones cross-validation chooses (a derivation kept fresh)."""

from __future__ import annotations

import pytest

from bot.quality.crossval import ASSISTANT_CANDIDATE, configured_thresholds, run


@pytest.mark.model
def test_configured_thresholds_are_the_crossvalidated_choice() -> None:
    result = run([ASSISTANT_CANDIDATE])[0]
    configured = configured_thresholds()
    assert (configured.answer, configured.suggest) == (result.chosen.answer, result.chosen.suggest), (
        "config.yml n'a pas les seuils choisis par `python -m bot crossval` : recopiez ceux de reports/crossval.md"
    )
    assert configured.calibration is not None
    assert configured.calibration.weights == pytest.approx(result.calibration.weights, abs=2e-3)
    assert configured.calibration.bias == pytest.approx(result.calibration.bias, abs=2e-3)
