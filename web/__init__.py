"""Clearpost web."""
