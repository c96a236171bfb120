"""The console of the Region's staff and FAQ editors (``http://localhost:8080/console/``).

Owns the staff accounts (argon2 password hashes, lockout after repeated
failures), their server-side sessions and CSRF tokens, the audit journal, the
processing status of each submission, and the Flask application that shows
the submissions to agents (list, filters, detail, status, export). Its tables
live in the submissions database (``BOT_DB_URL``). It may import the product
logic (:mod:`bot.submission`, :mod:`bot.faq`, :mod:`bot.settings`) and the
staff tools (:mod:`bot.staff`); the product logic never imports it, and the web
server (:mod:`bot.serving.web_server`) mounts it under ``/console``. Every
French sentence of the console is in its templates or in :mod:`bot.console.texts`.
"""
