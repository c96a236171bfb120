"""Understanding of the employer's free-text answers: pure functions, one module per subject,
each returning None when the text says nothing about its subject and never raising —
:mod:`~bot.extractors.contract` (type of contract, or the contracts hesitated between),
:mod:`~bot.extractors.duration` (contract duration), :mod:`~bot.extractors.place` (commune or
department), :mod:`~bot.extractors.candidate` (status of the person to hire and their
job-seeker registration) and :mod:`~bot.extractors.project` (whether a message describes a
hiring project, and the check's answers it already gives). They import only
:mod:`bot.language` and :mod:`bot.settings` (never Rasa, the FAQ or the dialogues) and load
no spaCy model, so that the action server starts fast; the place tables are read once, on
first use.
"""
