"""French text handling shared by every layer above it: one folding rule and normalisation
(:mod:`~bot.language.normalize`), the tokens and negation/correction windows the extractors
share (:mod:`~bot.language.tokens`), the one typo rule (:mod:`~bot.language.fuzzy`), French
number words (:mod:`~bot.language.numbers`, through text2num) and the departments and
communes of ``data/eligibility`` (:mod:`~bot.language.places`), the ordinary French words, to tell a
person's name from them (:mod:`~bot.language.lexicon`). It is the lowest layer: it
imports nothing from ``bot`` but :mod:`bot.settings`, and never Rasa.
"""
