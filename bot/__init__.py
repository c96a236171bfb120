"""Domain code of the « 1 emploi = 1 formation » assistant.

The Rasa custom actions in ``actions/`` are thin wrappers around this package.
"""

__version__ = "0.1.0"
