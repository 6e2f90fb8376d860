"""Clearpost models."""
