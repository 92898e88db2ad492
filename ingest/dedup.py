"""Each message once: merge the messages read from several printings and installments.

PLACEHOLDER: merges by id only; the ingestion work replaces it with fuzzy matching.
"""
from __future__ import annotations

__all__ = ["merge_messages"]


def merge_messages(existing, new):
    by_id = {m.id: m for m in existing}
    for m in new:
        if m.id in by_id:
            seen = {(p.file, p.page, p.bates, p.quoted) for p in by_id[m.id].provenance}
            by_id[m.id].provenance.extend(p for p in m.provenance if (p.file, p.page, p.bates, p.quoted) not in seen)
        else:
            by_id[m.id] = m
    return list(by_id.values())
