"""Quality tools: training the model, held-out evaluation, cross-validation and the bench.

Owns what measures or builds the model rather than what the assistant says:
training only when inputs changed, the held-out and cross-validated figures,
speed and memory measurements, free-text conversation replays, and the
progress display of these long runs. It may import the product logic, Rasa
and :mod:`bot.serving` (to start servers it measures); the product logic never
imports it.
"""
