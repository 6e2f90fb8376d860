"""Clearpost bot."""
