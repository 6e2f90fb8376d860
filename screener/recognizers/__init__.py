"""Recognizers: one per module, each a Presidio recognizer emitting an entity type of `screener.entities`."""
