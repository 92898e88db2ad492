"""Probe CS: a newsletter's masthead ("BRAMBLEWOOD ACADEMY MONTHLY | April 2024") names a publication, not an
organisation of the release (the model reads the capitals as an ORG with an organisation word in it). Every line is
invented for these tests."""
from __future__ import annotations

from giftgraph.ingest.message import Address, Message, Provenance
from giftgraph.nlp.extract import extract

BODY = ("BRAMBLEWOOD ACADEMY MONTHLY | April 2024\nNew this spring: Pediatric Airway Refresher (2 CE hours), Rope "
        "Rescue for Volunteers, and the Spring Summit (April 27-28).\nSave on online courses: use promo code SPRING24 "
        "at checkout for 15% off any online course. Open to all.\nYou are receiving this because you subscribed at "
        "bramblewoodmed.com. Unsubscribe | Manage preferences")


def test_a_monthly_masthead_is_no_organisation():
    msgs = [Message(sender=Address(name="Bramblewood Academy", email="academy@bramblewoodmed.com"),
                    to=[Address(name="Ada Mintz", email="amintz@tarrow.gov")], subject="Bramblewood Academy Monthly - April",
                    body=BODY, sent="2024-04-02T07:00:00-05:00", provenance=[Provenance(file="t.eml")])]
    orgs = [n.name for n in extract(msgs).nodes if n.kind in ("organization", "division")]
    assert not any(o.lower().endswith("monthly") for o in orgs)
