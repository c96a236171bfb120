"""``python -m bot.serving.rasa_server run …``: Rasa's own command line, logging JSON lines from its first line.

``rasa run --logging-config-file`` applies the configuration only once Rasa's
modules are imported, and importing them prints library warnings as raw text
(Sanic turns deprecation warnings back on while it is imported). This entry
point applies :data:`bot.serving.logging_setup.LOGGING_CONFIG_FILE` first,
then hands over to ``rasa.__main__.main`` with the same arguments (the runner
still passes ``--logging-config-file``, which Rasa applies again).
"""

from __future__ import annotations

import sys

from bot.serving import logging_setup


def main() -> None:
    logging_setup.configure("INFO")
    from rasa.__main__ import main as rasa_main

    sys.argv[0] = "rasa"
    rasa_main()


if __name__ == "__main__":
    main()
