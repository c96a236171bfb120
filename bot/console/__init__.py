"""The console of the Region's staff and FAQ editors (``http://localhost:8080/console/``).

Owns the staff accounts (argon2 password hashes, lockout after repeated
failures), their server-side sessions and CSRF tokens, the audit journal, and
the Flask application (:mod:`bot.console.app`) that shows agents the
submissions (list, filters, detail, processing status, export), agents and
editors the conversations read from Rasa's tracker store (read only), and
editors their inbox (badly served messages grouped by similarity, turned into
FAQ or out-of-scope examples by round-trip YAML edits of ``data/``) and
« Réentraîner » (a candidate model trained and evaluated in subprocesses,
swapped in through Rasa's ``PUT /model`` only if it is not worse on the
held-out sets). It also owns the mail outbox of stored submissions
(``BOT_SMTP_URL``, :mod:`bot.console.notify`). Its tables live in the
submissions database (``BOT_DB_URL``). It may import the product logic
(:mod:`bot.submission`, :mod:`bot.faq`, :mod:`bot.language`,
:mod:`bot.settings`), the staff tools (:mod:`bot.staff`) and the quality tools
(:mod:`bot.quality`); the product logic never imports it, and the web server
(:mod:`bot.serving.web_server`) mounts it under ``/console``. Every French
sentence of the console is in its templates or in :mod:`bot.console.texts`.
"""
