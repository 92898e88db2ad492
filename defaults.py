"""Defaults shared by the command line, the pipeline and the library entry points, spelled once.

>>> DEFAULT_PROFILE, DEFAULT_TIMEZONE
('ring_lapd', 'America/Los_Angeles')
"""
from __future__ import annotations

__all__ = ["DEFAULT_PROFILE", "DEFAULT_TIMEZONE"]

#: The shipped domain profile used when none is named (``nlp/profiles/<name>/``).
DEFAULT_PROFILE = "ring_lapd"

#: The time zone of printed times that carry none (an IANA name).
DEFAULT_TIMEZONE = "America/Los_Angeles"
