"""Serving: starting the assistant's processes and talking to them over HTTP.

Owns the runner (action server + Rasa server, ``python -m bot run``), the static
server of the web page, the REST client used by tests, the bench and the
terminal chat, and the choice of free ports. It may import the product logic
(``bot.settings`` above all) and start Rasa; the product logic never imports it.
"""
