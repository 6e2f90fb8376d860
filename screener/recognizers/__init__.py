"""Recognizers: one per module, each a Presidio recognizer of `screener.entities` types."""
