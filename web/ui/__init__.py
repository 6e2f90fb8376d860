"""The HTML pages of the review UI (Jinja2 + HTMX)."""
