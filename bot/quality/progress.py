"""Progress of long runs (training, cross-validation, bench), shown only in a terminal.

A bar with tqdm's estimate of the time left when standard output is a
terminal; nothing at all otherwise, so that test output and CI logs read as
before. Training has no steps to count: its bar counts seconds against the
last training's duration, which :func:`record_duration` keeps under the var
folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Protocol

from tqdm import tqdm

from bot import settings

DURATIONS_FILE = "durations.json"
#: French bar: « Entraînement : 45 %|████     | 27/60 s, écoulé 00:27, reste ~00:33 ».
BAR_FORMAT = "{desc} : {percentage:3.0f} %|{bar}| {n_fmt}/{total_fmt} {unit}, écoulé {elapsed}, reste ~{remaining}"
#: A wait measured in seconds against an estimate: « Entraînement :  45 %|████     | écoulé 00:27 sur ~60 s, reste ~00:33 ».
TIME_FORMAT = "{desc} : {percentage:3.0f} %|{bar}| écoulé {elapsed} sur ~{total:.0f} s, reste ~{remaining}"
#: When there is no estimate yet: the time spent only.
OPEN_FORMAT = "{desc} : {elapsed} écoulé"
#: Said when a wait outlasts its estimate.
LONGER = "plus long que la dernière fois"
POLL_SECONDS = 0.5


class Progress(Protocol):
    """What the long runs call: one more step done, a line to print, a new description."""

    def update(self, n: float = 1) -> object: ...

    def write(self, text: str) -> None: ...

    def set_description_str(self, desc: str | None = None, refresh: bool = True) -> None: ...


class Silent:
    """The progress of a run whose output is not a terminal: lines are printed, nothing else."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def update(self, n: float = 1) -> None:
        pass

    def write(self, text: str) -> None:
        print(text, file=self._stream, flush=True)

    def set_description_str(self, desc: str | None = None, refresh: bool = True) -> None:
        pass


class _Bar:
    """tqdm behind the :class:`Progress` protocol (its ``write`` goes above the bar)."""

    def __init__(self, bar: tqdm) -> None:
        self._bar = bar

    def update(self, n: float = 1) -> None:
        self._bar.update(n)

    def write(self, text: str) -> None:
        self._bar.write(text, file=self._bar.fp)

    def set_description_str(self, desc: str | None = None, refresh: bool = True) -> None:
        self._bar.set_description_str(desc, refresh)


def is_terminal(stream: IO[str] | None = None) -> bool:
    """Whether ``stream`` (standard output by default, looked up at call time) is a terminal."""
    stream = sys.stdout if stream is None else stream
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


@contextmanager
def progress(total: float, desc: str, unit: str, stream: IO[str] | None = None) -> Iterator[Progress]:
    """A bar of ``total`` steps on standard output when it is a terminal, else :class:`Silent`."""
    stream = sys.stdout if stream is None else stream
    if not is_terminal(stream):
        yield Silent(stream)
        return
    with tqdm(total=total, desc=desc, unit=unit, file=stream, bar_format=BAR_FORMAT, dynamic_ncols=True) as bar:
        yield _Bar(bar)


def last_duration(name: str) -> float | None:
    """The seconds the last run called ``name`` took on this machine, if recorded."""
    try:
        value = json.loads((settings.var_dir() / DURATIONS_FILE).read_text(encoding="utf-8")).get(name)
    except (OSError, ValueError, AttributeError):
        return None
    return float(value) if isinstance(value, int | float) and value > 0 else None


def record_duration(name: str, seconds: float) -> None:
    """Keep how long ``name`` took, for the next run's estimate (never fails the run)."""
    path = settings.var_dir() / DURATIONS_FILE
    try:
        durations = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none yet, or damaged: start afresh
        durations = {}
    if not isinstance(durations, dict):
        durations = {}
    durations[name] = round(seconds, 1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(durations, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    except OSError:  # a read-only var folder costs the next estimate, nothing more
        pass


def wait_with_estimate(
    process: subprocess.Popen[bytes], desc: str, estimate: float | None, stream: IO[str] | None = None
) -> int:
    """Wait for ``process``; in a terminal, show the seconds spent against ``estimate``; return its exit code.

    Past the estimate the bar stays just short of the end (a longer run than
    last time is no error); without an estimate it shows the time spent only.
    """
    stream = sys.stdout if stream is None else stream
    if not is_terminal(stream):
        return process.wait()
    started = time.monotonic()
    total = float(estimate) if estimate else None
    bar_format = TIME_FORMAT if total else OPEN_FORMAT
    # smoothing=0: the rate is the mean over the whole wait, one second per second,
    # so tqdm's « time left » is the estimate minus the time spent.
    with tqdm(total=total, desc=desc, file=stream, bar_format=bar_format, smoothing=0, dynamic_ncols=True) as bar:
        while process.poll() is None:
            time.sleep(POLL_SECONDS)
            elapsed = time.monotonic() - started
            if total and elapsed >= total and LONGER not in (bar.desc or ""):
                bar.set_description_str(f"{desc} ({LONGER})")
            shown = min(elapsed, total * 0.99) if total else elapsed
            bar.update(max(0.0, shown - bar.n))
        if total and process.returncode == 0:
            bar.update(total - bar.n)
    return process.returncode
