"""Background jobs of the console (« Réentraîner », « Lancer les dialogues de test »).

One job of a kind at a time per machine: an ``flock`` on ``var/console-<kind>.lock``,
held by the job's thread, so that two web servers or two editors never start the
same job twice. The job's state is a JSON file of the var folder, written
atomically (a reader never sees half a file), that the pages read.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from bot import settings

State = TypeVar("State")


@dataclass
class JobStateBase:
    """What every job's state holds: its step, when it started and ended, who started it.

    Each kind of job derives it with its own fields, and names in
    ``RUNNING_STEPS`` the steps during which it runs (the page refreshes itself
    and offers no second start).
    """

    RUNNING_STEPS: ClassVar[tuple[str, ...]] = ()

    step: str = "idle"
    started_at: str | None = None
    finished_at: str | None = None
    started_by: str | None = None

    @property
    def running(self) -> bool:
        return self.step in self.RUNNING_STEPS

    def elapsed(self, now: datetime | None = None) -> float | None:
        """Seconds since the start: until the end once ended, else until ``now``."""
        if self.started_at is None:
            return None
        end = datetime.fromisoformat(self.finished_at) if self.finished_at else (now or datetime.now(timezone.utc))
        return (end - datetime.fromisoformat(self.started_at)).total_seconds()


def now() -> str:
    """The time a job started or ended, as stored in its state."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def state_path(kind: str) -> Path:
    return settings.var_dir() / f"console-{kind}.json"


def read_state(kind: str, make: Callable[..., State]) -> State:
    """The stored state of the last ``kind`` job, or ``make()`` (a fresh one) when none is readable."""
    try:
        return make(**json.loads(state_path(kind).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return make()


def replace_atomically(target: Path, content: bytes | Path) -> None:
    """Put ``content`` (bytes, or a file's content) in place of ``target`` in one step: readers see the old
    file or the new one, never half of it."""
    temporary = target.with_name(target.name + ".new")
    if isinstance(content, Path):
        shutil.copyfile(content, temporary)
    else:
        temporary.write_bytes(content)
    os.replace(temporary, target)


def write_state(kind: str, state: Any) -> None:
    path = state_path(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, json.dumps(asdict(state), ensure_ascii=False).encode("utf-8"))


def start_alone(
    kind: str, begin: Callable[[], None], work: Callable[[], None], after: Callable[[], None] | None = None
) -> threading.Thread | None:
    """Run ``work`` in a thread holding the ``kind`` lock; None when another one holds it.

    ``begin`` runs once the lock is taken (it writes the starting state: a refused
    start must not overwrite the running job's); ``after`` once it is released.
    """
    folder = settings.var_dir()
    folder.mkdir(parents=True, exist_ok=True)
    lock = open(folder / f"console-{kind}.lock", "a", encoding="utf-8")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        return None
    begin()

    def run() -> None:
        try:
            work()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()
            if after is not None:
                after()

    thread = threading.Thread(target=run, name=f"console-{kind}", daemon=True)
    thread.start()
    return thread
