"""The hiring-intent submission an eligible employer sends to the Region, without Rasa.

One table says what is asked and what is stored (:mod:`~bot.submission.spec`):
the form's questions, their validators, recap labels, database columns, export
paths and the JSON Schema are all derived from it. An answer is read by
:mod:`~bot.submission.fields` (input hygiene, what is not an answer) with the
field's validator in :mod:`~bot.submission.validators`. The form's dialogue:
slot names in :mod:`~bot.submission.form_slots`, one question and its answer
in :mod:`~bot.submission.questions` (dead ends included), a field named inside
a sentence in :mod:`~bot.submission.mentions`, the recap in
:mod:`~bot.submission.recap`, what is said about a request already sent in
:mod:`~bot.submission.after_sending`, and the form's turns that tie them in
:mod:`~bot.submission.dialogue`. The confirmed record is
checked and modelled by :mod:`~bot.submission.record`, stored by
:mod:`~bot.submission.store` (SQLAlchemy), exported by
:mod:`~bot.submission.export` (JSON, CSV for Excel) and listed by
:mod:`~bot.submission.commands` (``python -m bot submissions``).

May import settings, :mod:`bot.language`, :mod:`bot.extractors`,
:mod:`bot.eligibility` (the verdict a corrected contract leads to) and
:mod:`bot.dialogue.messages`; never Rasa, nor the plug-ins, serving, staff or
quality tools.
"""
