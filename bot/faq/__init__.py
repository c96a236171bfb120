"""The official FAQ: its entries read and validated from ``data/faq`` (:mod:`~bot.faq.entries`,
:mod:`~bot.faq.check`), the classifier trained on their examples (:mod:`~bot.faq.model`),
the router that picks an answer from its scores (:mod:`~bot.faq.router`) and the replies
built from an entry (:mod:`~bot.faq.replies`). It imports :mod:`bot.language` and
:mod:`bot.settings` (the replies also say their sentences through :mod:`bot.dialogue.messages`
and read a place or a project with the extractors), never Rasa: :mod:`bot.rasa_plugins` wraps
the model as a graph component.
"""
