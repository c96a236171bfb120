"""Rasa's SQL tracker store, checking a pooled connection before using it.

Rasa builds its SQLAlchemy engine without ``pool_pre_ping``. After PostgreSQL
restarts, every pooled connection is dead; the next turn's read fails, and
Rasa's ``FailSafeTrackerStore`` then answers with an *empty* in-memory tracker:
the employer in the middle of a check is treated as a new visitor, and the
events of that turn are appended to the stored conversation out of place
(seen in ``tests/cluster/test_faults.py`` before this store). With a ping
before each checkout, a dead connection is replaced and the turn goes on.

The cluster's ``endpoints.yml`` names this class as its tracker store
(``type: bot.serving.cluster.tracker_store.PrePingSQLTrackerStore``); the
arguments are Rasa's ``SQLTrackerStore``'s (``url`` becomes ``host``).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from sqlalchemy.orm import sessionmaker


class PrePingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` whose engine pings a connection before handing it out."""

    def __init__(self, domain: Any = None, host: str | None = None, **kwargs: Any) -> None:
        super().__init__(domain=domain, host=host, **kwargs)
        rasa_engine: sa.engine.Engine = vars(self)["engine"]
        url = rasa_engine.url
        rasa_engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sessionmaker(bind=self.engine)
