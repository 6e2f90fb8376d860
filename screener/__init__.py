"""Clearpost screening engine: find patient identifiers and health details, decide pass or hold.

Importing this package is cheap: models load when a `Screener` is built (`Screener.from_settings`).
"""

from screener.types import Finding, Reason, ScreenResult, Verdict

__all__ = ["Finding", "Reason", "ScreenResult", "Screener", "Verdict"]


def __getattr__(name: str) -> object:
    # The engine pulls in spaCy and Presidio: import it only when asked for.
    if name == "Screener":
        from screener.engine import Screener

        return Screener
    raise AttributeError(name)
