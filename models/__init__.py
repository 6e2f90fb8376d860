"""Clearpost review service: persistence, encryption at rest, the workflow and the audit trail.

Entry point: `models.service.ReviewService` (see docs/review-service.md). Importing this package
does no work: engines, keys and migrations are set up by explicit calls.
"""
