"""Tools for the Region's staff and the FAQ editors, run by hand, never by the assistant itself.

``report/`` writes the HTML activity report from the stored conversations and
submissions, ``dialogue_report`` turns ``rasa test core`` into a Markdown report
of the test dialogues, ``chat`` talks to the assistant in a terminal.

Staff tools sit above the product: they may import product logic (settings,
language, faq, eligibility, submission, dialogue) and serving, and nothing
below imports them.
"""
