"""What the assistant says and does in a turn, without Rasa. ``messages`` holds
every French sentence and quick-reply button said to the employer, one
definition each, and imports nothing of the project, so that every layer may
import it; ``turns`` decides the turns that span several topics (an FAQ answer
that starts the check, the verdict, an offer's answer) and may import the other
product packages (faq, eligibility, submission, extractors, language, settings),
never Rasa, the Rasa SDK, nor the adapters (rasa_plugins, serving, staff,
quality). The Rasa SDK actions of ``actions/`` turn its results into events.
"""
