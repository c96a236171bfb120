"""Rasa SDK custom actions: thin adapters over the ``bot`` package."""
