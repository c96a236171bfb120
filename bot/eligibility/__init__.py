"""The eligibility check of a hiring project: the scheme's rules read from
``data/eligibility`` and the verdict they give on the facts (:mod:`~bot.eligibility.rules`),
and the questions asked until the facts are known (:mod:`~bot.eligibility.dialogue`). It may
import :mod:`bot.language`, :mod:`bot.extractors`, :mod:`bot.faq.entries`, the sentences
of :mod:`bot.dialogue.messages` and the reader of the job's weekly hours it shares with the
request (:mod:`bot.submission.validators.hours`); never Rasa, the submission form, nor the
serving, staff and quality tools.
"""
