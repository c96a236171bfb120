"""Rasa plug-ins: the code Rasa loads by name from ``config.yml`` and ``credentials.yml``.

Owns the training-data importer (the FAQ read from ``data/faq``), the FAQ
classifier component, the REST and socket.io channels (input checked, foreign
origins refused, the socket.io conversation kept across page reloads, Rasa's
API token compared in constant time), the work-arounds for Rasa 3.6 defects and the muting of Rasa's
logs. It adapts the product logic to Rasa, so it may import both; the product
logic never imports it, nor Rasa.
"""
