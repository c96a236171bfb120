"""Staff tools: what Region staff and FAQ editors run to watch and try the assistant.

Owns the activity report (``report/``, ``python -m bot report``: conversations
and requests read from the databases, rendered by templates), the readable
report of the test dialogues (``python -m bot dialogues``), the terminal
conversation (``python -m bot chat``) and the retention purge (``python -m bot purge``). It may import the product logic, Rasa
(to replay dialogues) and :mod:`bot.serving` (to start the servers it talks
to); the product logic never imports it.
"""
