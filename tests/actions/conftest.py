"""Make ``import actions`` find the project's actions package, not this folder.

``tests/`` is on ``sys.path`` (rootdir conftest) and this folder has no
``__init__.py``, so Python would take ``tests/actions`` for a namespace package
named ``actions`` before the editable install's finder is asked. The project's
root goes first instead.
"""

from __future__ import annotations

import sys

from bot.settings import ROOT

if sys.path[:1] != [str(ROOT)]:
    sys.path.insert(0, str(ROOT))
if "actions" in sys.modules and getattr(sys.modules["actions"], "__file__", None) is None:
    del sys.modules["actions"]  # a namespace package made of this folder
