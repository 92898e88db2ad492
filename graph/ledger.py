"""The ledger: who gave what to whom, with totals and the evidence messages, from the case graph.

A reporter quotes it: "Officer X received N devices worth $Y between dates, in messages A, B, C".
Rows are grouped by recipient, giver, the recipient's division, or product; each row lists its
gifts' items, the device and dollar totals, the referral uses of the row's people, the date range
and the evidence messages (``{"id", "sent", "subject"}``). A last row (``kind`` ``total``) sums the table.

Examples
--------
>>> from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node, new_graph
>>> G = new_graph()
>>> for n in (Node("v", "person", "Vera", attrs={"role": "vendor_employee"}),
...           Node("o", "person", "Otto", attrs={"role": "officer"}),
...           Node("p", "product", "Cam", attrs={"unit_price_usd": 100}),
...           Node("m1", "message", "Free cams", attrs={"sent": "2016-03-01T09:00:00-08:00"})):
...     _ = add_node(G, n)
>>> _ = add_edge(G, Edge("GIFT", "v", "o", [Evidence("m1", "We'll send you 2 Cams free.")],
...                      attrs={"items": [{"product": "p", "quantity": 2}], "value_usd": 200.0}))
>>> [(r["name"], r["devices"], r["value_usd"]) for r in ledger(G)]
[('Otto', 2, 200.0), ('TOTAL', 2, 200.0)]
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from giftgraph.errors import GiftgraphError

__all__ = ["LedgerError", "LEDGER_BY", "LEDGER_COLUMNS", "gift_records", "ledger"]

LEDGER_BY = ("recipient", "giver", "division", "product")

LEDGER_COLUMNS = {
    "recipient": ["name", "kind", "role", "division", "gifts", "devices", "value_usd", "referral_uses",
                  "first", "last", "from", "items", "purposes", "messages", "evidence"],
    "giver": ["name", "kind", "role", "division", "gifts", "devices", "value_usd", "referral_uses",
              "first", "last", "to", "items", "purposes", "messages", "evidence"],
    "division": ["name", "kind", "gifts", "devices", "value_usd", "referral_uses", "first", "last",
                 "recipients", "from", "items", "messages", "evidence"],
    "product": ["name", "kind", "unit_price_usd", "gifts", "devices", "value_usd", "first", "last",
                "recipients", "from", "messages", "evidence"],
}


def _check_date(option: str, value: str | None) -> None:
    """`value` is YYYY, YYYY-MM or YYYY-MM-DD and a real date, else LedgerError."""
    from datetime import datetime

    if not value:
        return
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            if len(value) == len(datetime.strptime(value, fmt).strftime(fmt)):
                return
        except ValueError:
            continue
    raise LedgerError(f"--{option} {value!r}: expected a date YYYY, YYYY-MM or YYYY-MM-DD")


class LedgerError(GiftgraphError):
    """A ledger that cannot be made (unknown grouping)."""


def _name(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("name") or n) if n in G else str(n)


def _message_ref(G: nx.MultiDiGraph, mid: str) -> dict:
    d = G.nodes[mid] if mid in G else {}
    return {"id": mid, "sent": d.get("sent") or "", "subject": d.get("subject") or d.get("name") or ""}


def _divisions(G: nx.MultiDiGraph, n: str) -> list[str]:
    """The division a recipient belongs to: itself for a division, else its first MEMBER_OF division
    by name. An organisation (the vendor, an agency as a whole, a church) is no division: a member of
    only an organisation, or an organisation itself, has none."""
    kind = G.nodes[n].get("kind") if n in G else None
    if kind == "division":
        return [n]
    if kind == "organization" or n not in G:
        return []
    targets = [t for _, t, d in G.out_edges(n, data=True)
               if d.get("type") == "MEMBER_OF" and G.nodes[t].get("kind") == "division"]
    return sorted(targets, key=lambda t: _name(G, t))[:1]


def _in_window(date: str, since: str | None, until: str | None) -> bool:
    """`date` (ISO, possibly empty) on or after `since` and on or before `until` (YYYY[-MM[-DD]]),
    an `until` month or year including its whole month or year."""
    return (not since or (date or "") >= since) and (not until or (date or "")[:len(until)] <= until)


def gift_records(G: nx.MultiDiGraph) -> list[dict]:
    """One record per GIFT edge: giver, recipient, items (with names), devices, value, date,
    purpose and the evidence messages, in date order."""
    out = []
    for s, t, key, d in G.edges(keys=True, data=True):
        if d.get("type") != "GIFT":
            continue
        items = []
        for it in d.get("items") or []:
            pid = it.get("product")
            q = int(it.get("quantity") or 0)
            price = G.nodes[pid].get("unit_price_usd") if pid in G else None
            # a service (a recording plan, a software licence) is worth money but is no device:
            # the profile marks such products `device: false`
            device = it.get("device", True) is not False and not (pid in G and G.nodes[pid].get("device") is False)
            items.append({"product": pid, "name": _name(G, pid), "quantity": q, "device": device,
                          "unit_price_usd": price if isinstance(price, (int, float)) else None})
        mids = list(dict.fromkeys(e.get("message") for e in d.get("evidence") or [] if e.get("message")))
        refs = sorted((_message_ref(G, m) for m in mids), key=lambda r: (r["sent"], r["id"]))
        out.append({
            "key": key, "giver": s, "recipient": t, "items": items,
            "devices": sum(i["quantity"] for i in items if i["device"]),
            "value_usd": float(d["value_usd"]) if isinstance(d.get("value_usd"), (int, float)) else None,
            "date": d.get("date") or (refs[-1]["sent"][:10] if refs else ""),
            "purpose": d.get("purpose") or "", "evidence": refs,
        })
    out.sort(key=lambda r: (r["date"] or "", r["key"]))
    return out


def _referral_uses(G: nx.MultiDiGraph, since: str | None = None,
                   until: str | None = None) -> tuple[dict[str, int], dict[str, list[dict]]]:
    """Referral uses and evidence per promoter, of the REFERRAL edges dated in the window. A referral
    is dated like a gift: its ``date``, else its latest evidence message (where the count of uses is
    read), so a code first seen after `until` adds nothing before it."""
    uses: dict[str, int] = defaultdict(int)
    refs: dict[str, list[dict]] = defaultdict(list)
    for s, _t, d in G.edges(data=True):
        if d.get("type") != "REFERRAL":
            continue
        mids = list(dict.fromkeys(e.get("message") for e in d.get("evidence") or [] if e.get("message")))
        ev = sorted((_message_ref(G, m) for m in mids), key=lambda r: (r["sent"], r["id"]))
        date = d.get("date") or (ev[-1]["sent"][:10] if ev else "")
        if not _in_window(date, since, until):
            continue
        if isinstance(d.get("uses"), (int, float)):
            uses[s] += int(d["uses"])
        refs[s].extend(ev)
    return uses, refs


def _items_text(counts: dict[str, int]) -> str:
    return "; ".join(f"{q} x {name}" for name, q in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def ledger(G: nx.MultiDiGraph, *, by: str = "recipient", since: str | None = None,
           until: str | None = None) -> list[dict]:
    """The who-gave-what table grouped `by` recipient, giver, division or product, biggest value
    first, with a last ``TOTAL`` row. `since`/`until` (ISO dates) keep gifts dated in that range."""
    if by not in LEDGER_BY:
        raise LedgerError(f"unknown ledger grouping {by!r}; use one of {', '.join(LEDGER_BY)}")
    for option, value in (("since", since), ("until", until)):
        _check_date(option, value)
    gifts = [g for g in gift_records(G) if _in_window(g["date"], since, until)]
    uses, ref_msgs = _referral_uses(G, since, until)

    rows: dict[str, dict] = {}

    def row(key: str) -> dict:
        if key not in rows:
            d = G.nodes[key] if key in G else {}
            rows[key] = {"id": key, "name": _name(G, key), "kind": d.get("kind", ""), "role": d.get("role", ""),
                         "gifts": 0, "devices": 0, "value_usd": 0.0, "referral_uses": 0, "dates": [],
                         "from": set(), "to": set(), "recipients": set(), "item_counts": defaultdict(int),
                         "purposes": set(), "evidence": {}, "unit_price_usd": d.get("unit_price_usd"),
                         "members": set()}
        return rows[key]

    for g in gifts:
        if by == "product":
            total_list = sum((i["unit_price_usd"] or 0) * i["quantity"] for i in g["items"])
            for i in g["items"]:
                r = row(i["product"])
                share = ((i["unit_price_usd"] or 0) * i["quantity"] / total_list) if total_list else 1 / max(1, len(g["items"]))
                r["gifts"] += 1
                r["devices"] += i["quantity"] if i["device"] else 0
                r["value_usd"] += (g["value_usd"] or 0) * share
                r["recipients"].add(_name(G, g["recipient"]))
                r["from"].add(_name(G, g["giver"]))
                r["dates"].append(g["date"])
                r["evidence"].update({e["id"]: e for e in g["evidence"]})
            continue
        if by == "recipient":
            keys = [g["recipient"]]
        elif by == "giver":
            keys = [g["giver"]]
        else:
            keys = _divisions(G, g["recipient"]) or ["(no division)"]
        for k in keys:
            r = row(k)
            r["gifts"] += 1
            r["devices"] += g["devices"]
            r["value_usd"] += g["value_usd"] or 0
            r["dates"].append(g["date"])
            r["from"].add(_name(G, g["giver"]))
            r["to"].add(_name(G, g["recipient"]))
            r["recipients"].add(_name(G, g["recipient"]))
            r["members"].add(g["recipient"])
            r["purposes"].add(g["purpose"])
            for i in g["items"]:
                r["item_counts"][i["name"]] += i["quantity"]
            r["evidence"].update({e["id"]: e for e in g["evidence"]})

    # referral uses: on the promoter's row (recipient/giver views) or their division's
    if by in ("recipient", "giver", "division"):
        for person, n in uses.items():
            keys = [person] if by != "division" else (_divisions(G, person) or ["(no division)"])
            for k in keys:
                if by != "division" and k not in rows and by == "giver":
                    continue  # a promoter who gave nothing is not a giver
                r = row(k)
                r["referral_uses"] += n
                r["members"].add(person)
                r["evidence"].update({e["id"]: e for e in ref_msgs[person]})

    out = []
    for key, r in rows.items():
        dates = sorted(d for d in r["dates"] if d)
        ev = sorted(r["evidence"].values(), key=lambda e: (e["sent"], e["id"]))
        division = ""
        if by in ("recipient", "giver") and key in G:
            division = ", ".join(_name(G, t) for t in _divisions(G, key) if t != key)
        out.append({
            "id": key, "name": r["name"], "kind": r["kind"], "role": r["role"], "division": division,
            "unit_price_usd": r["unit_price_usd"],
            "gifts": r["gifts"], "devices": r["devices"], "value_usd": round(r["value_usd"], 2),
            "referral_uses": r["referral_uses"],
            "first": dates[0] if dates else "", "last": dates[-1] if dates else "",
            "from": sorted(r["from"]), "to": sorted(r["to"]), "recipients": sorted(r["recipients"]),
            "items": _items_text(r["item_counts"]), "purposes": sorted(p for p in r["purposes"] if p),
            "messages": [e["id"] for e in ev],
            "evidence": ev,
        })
    out.sort(key=lambda r: (-r["value_usd"], -r["devices"], -r["referral_uses"], r["name"]))
    all_dates = sorted(g["date"] for g in gifts if g["date"])
    total = {
        "id": "", "name": "TOTAL", "kind": "total", "role": "", "division": "", "unit_price_usd": None,
        "gifts": len(gifts), "devices": sum(g["devices"] for g in gifts),
        "value_usd": round(sum(g["value_usd"] or 0 for g in gifts), 2),
        "referral_uses": sum(uses.values()) if by != "product" else 0,
        "first": all_dates[0] if all_dates else "", "last": all_dates[-1] if all_dates else "",
        "from": [], "to": [], "recipients": [], "items": "", "purposes": [],
        "messages": sorted({e["id"] for g in gifts for e in g["evidence"]}), "evidence": [],
    }
    return out + [total]

