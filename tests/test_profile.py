"""Profiles: loading, validation, and the spaCy rules they feed (on spacy.blank("en"))."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from giftgraph.nlp.components import PersonTitles, load_pipeline, rules_from_profile
from giftgraph.nlp.profile import Profile, ProfileError, available_profiles


@pytest.fixture(scope="module")
def ring():
    return Profile.load("ring_lapd")


@pytest.fixture(scope="module")
def blank_nlp(ring):
    return load_pipeline(ring, "blank")


def test_shipped_profiles_are_listed():
    assert {"ring_lapd", "flock_apd"} <= set(available_profiles())


def test_ring_profile_products_units_domains(ring):
    prices = {p.name: p.unit_price_usd for p in ring.products}
    assert prices["Video Doorbell"] == 199 and prices["Video Doorbell Pro"] == 249
    assert prices["Stick Up Cam"] == 199 and prices["Floodlight Cam"] == 249 and prices["Chime"] == 29
    assert prices["Ring Protect"] == 30
    areas = [u for u in ring.units if u.kind == "area"]
    assert len(areas) == 21
    assert {"Central Bureau", "South Bureau", "West Bureau", "Valley Bureau"} <= {u.name for u in ring.units}
    gnd = next(u for u in ring.units if u.name == "Gang and Narcotics Division")
    assert "GND" in gnd.aliases
    assert ring.domain_info("dana@ring.com")["role"] == "vendor_employee"
    assert ring.domain_info("30917@lapd.lacity.org")["role"] == "officer"
    assert ring.domain_info("x@lapd.online")["role"] == "officer"
    assert ring.domain_info("someone@gmail.com") == {}
    assert ring.vendor_org.name == "Ring" and ring.agency_org.name == "Los Angeles Police Department"
    ranks = ring.rank_words()
    assert ranks["det"].title == "Detective" and ranks["slo"].title == "Senior Lead Officer"
    assert not ranks["management analyst"].sworn


def test_every_yaml_file_is_kept_raw(ring):
    for stem in ("profile", "products", "units", "ranks", "domains", "organizations", "promo_codes"):
        assert stem in ring.raw
    assert "robert" in ring.nicknames and "bob" in ring.nicknames["robert"]


def test_second_profile_is_swappable():
    flock = Profile.load("flock_apd")
    assert flock.vendor == "Flock Safety" and flock.agency == "Atlanta Police Department"
    assert flock.domain_info("jo@flocksafety.com")["role"] == "vendor_employee"
    nlp = load_pipeline(flock, "blank")
    doc = nlp("APD Zone 5 got two Falcon cameras from Flock.")
    got = {(e.text, e.label_) for e in doc.ents}
    assert ("Zone 5", "DIVISION") in got and ("Falcon cameras", "PRODUCT") in got and ("Flock", "ORG") in got


def test_profile_from_any_directory(tmp_path):
    (tmp_path / "profile.yaml").write_text("name: acme\nvendor: Acme Cams\nagency: Springfield PD\n")
    (tmp_path / "products.yaml").write_text("products:\n  - {name: Cam One, unit_price_usd: 99, aliases: [cam-1]}\n")
    (tmp_path / "relations.yaml").write_text("gift_verbs: [send, donate]\n")
    (tmp_path / "extra.jsonl").write_text('{"a": 1}\n{"a": 2}\n')
    p = Profile.load(tmp_path)
    assert p.name == "acme" and p.products[0].unit_price_usd == 99
    assert p.raw["relations"] == {"gift_verbs": ["send", "donate"]}
    assert p.raw["extra"] == [{"a": 1}, {"a": 2}]
    assert {o.name for o in p.organizations} == {"Acme Cams", "Springfield PD"}


def test_profile_errors_name_the_file(tmp_path):
    with pytest.raises(ProfileError, match="no-such-profile"):
        Profile.load("no-such-profile")
    (tmp_path / "profile.yaml").write_text("name: bad\n")
    (tmp_path / "products.yaml").write_text("products: [ {name: x\n")
    with pytest.raises(ProfileError, match="products.yaml"):
        Profile.load(tmp_path)
    (tmp_path / "products.yaml").write_text("products:\n  - {unit_price_usd: 3}\n")
    with pytest.raises(ProfileError, match="has no 'name'"):
        Profile.load(tmp_path)


def test_ruler_finds_products_units_orgs_codes(blank_nlp):
    doc = blank_nlp("We shipped 2 Doorbell Pros and a Stick Up Cam to Hollenbeck for LAPD; use code OCHOA50. "
                    "GND and West LA asked about the Ring Video Doorbell.")
    got = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Doorbell Pros", "PRODUCT", "product:Video Doorbell Pro") in got
    assert ("Stick Up Cam", "PRODUCT", "product:Stick Up Cam") in got
    assert ("Hollenbeck", "DIVISION", "division:Hollenbeck Division") in got
    assert ("LAPD", "ORG", "organization:Los Angeles Police Department") in got
    assert ("OCHOA50", "PROMO_CODE", "code:OCHOA50") in got  # by shape and context (giftgraph.nlp.codes)
    assert ("GND", "DIVISION", "division:Gang and Narcotics Division") in got
    assert ("West LA", "DIVISION", "division:West Los Angeles Division") in got
    assert ("Ring Video Doorbell", "PRODUCT", "product:Video Doorbell") in got  # longest match wins


def test_case_sensitive_single_word_aliases(blank_nlp):
    doc = blank_nlp("The northeast corner of the lot.")
    assert not [e for e in doc.ents if e.label_ == "DIVISION"]
    doc = blank_nlp("Northeast is hosting an open house.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Northeast", "DIVISION")]


def test_rank_plus_name_is_one_person(blank_nlp):
    doc = blank_nlp("Det. Alvarez met SLO Ochoa, Sgt. H. Kimura and Police Officer II Peter Novak at the station.")
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert persons == ["Det. Alvarez", "SLO Ochoa", "Sgt. H. Kimura", "Police Officer II Peter Novak"]


def test_rank_plus_hyphenated_surname_is_one_person(blank_nlp):
    doc = blank_nlp("Det. Lorna Fitch-Avery called. Ask Det. Fitch - she knows. Sgt. Ann-Marie Ross-Vale agreed.")
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert persons == ["Det. Lorna Fitch-Avery", "Det. Fitch", "Sgt. Ann-Marie Ross-Vale"]


def test_noise_person_spans_are_dropped(ring, blank_nlp):
    comp = blank_nlp.get_pipe("giftgraph_person_titles")
    assert isinstance(comp, PersonTitles)
    for text in ["Sent", "Det", "Thanks", "(b)(6)", "[REDACTED]", "Video Doorbells", "Subject"]:
        doc = blank_nlp.make_doc(f"{text} is here")
        n = len(blank_nlp.make_doc(text))
        doc.ents = [Span(doc, 0, n, label="PERSON")]
        # the ruler marks product words first in the real pipeline; here only the filter runs
        doc = blank_nlp.get_pipe("giftgraph_profile_ruler")(doc) if text == "Video Doorbells" else doc
        doc = comp(doc)
        assert not [e for e in doc.ents if e.label_ == "PERSON"], text
    doc = blank_nlp.make_doc("Thx Pete")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [e.text for e in comp(doc).ents] == ["Pete"]


def test_rules_are_data(ring):
    patterns = rules_from_profile(ring, spacy.blank("en").tokenizer)
    labels = {p["label"] for p in patterns}
    assert labels == {"PRODUCT", "DIVISION", "ORG"}  # codes: giftgraph.nlp.codes, not profile patterns
    assert any(p["id"] == "product:Stick Up Cam" and p["pattern"] == [{"LOWER": "stick"}, {"LOWER": "up"}, {"LOWER": "cams"}]
               for p in patterns)


def test_absent_optional_files_mean_nothing_of_that_kind(tmp_path):
    (tmp_path / "profile.yaml").write_text("name: bare\ntimezone: America/Denver\n")
    p = Profile.load(tmp_path)
    assert p.timezone == "America/Denver"
    assert p.products == [] and p.units == [] and p.ranks == [] and p.domains == {} and p.promo_patterns == []
    assert p.vendor is None and p.agency is None and p.organizations == []
    assert p.file("relations") == {}  # no other profile's rules slip in
    assert p.domain_info("someone@ring.com") == {}


def test_a_missing_profile_yaml_is_named(tmp_path):
    (tmp_path / "products.yaml").write_text("products: []\n")
    with pytest.raises(ProfileError, match=r"profile\.yaml: no such file"):
        Profile.load(tmp_path)
    with pytest.raises(ProfileError, match="profile.yaml"):
        Profile.from_files({"products": {"products": []}}, tmp_path)


@pytest.mark.parametrize("stem, text, message", [
    ("organizations", "organizations:\n  - {name: Acme, kind: supplier}\n", r"organizations\.yaml.*'supplier'"),
    ("domains", "domains:\n  acme.test: {role: boss}\n", r"domains\.yaml: acme\.test: role 'boss'"),
    ("domains", "domains:\n  acme.test: {role: other, organization: Nobody Inc}\n", r"domains\.yaml.*'Nobody Inc'"),
    ("products", "products: {name: Cam}\n", r"products\.yaml: 'products' must be a list"),
])
def test_profile_mistakes_are_one_line_naming_the_file(tmp_path, stem, text, message):
    (tmp_path / "profile.yaml").write_text("name: oops\n")
    (tmp_path / f"{stem}.yaml").write_text(text)
    with pytest.raises(ProfileError, match=message):
        Profile.load(tmp_path)


def test_auto_is_not_a_directory_profile():
    with pytest.raises(ProfileError, match="drafted from a release"):
        Profile.load("auto")


def test_ingest_takes_the_profile_timezone(tmp_path):
    from click.testing import CliRunner

    from giftgraph.cli import cli

    (tmp_path / "prof").mkdir()
    (tmp_path / "prof" / "profile.yaml").write_text("name: mountain\ntimezone: America/Denver\n")
    (tmp_path / "a.eml").write_text("From: Ann Vole <ann@example.test>\nTo: Bo Reed <bo@example.test>\n"
                                    "Subject: hello\nDate: Tue, 3 May 2022 10:00:00 -0600\n\nHi Bo.\n")
    case = tmp_path / "case"
    r = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.eml"), "--case", str(case), "--profile",
                                 str(tmp_path / "prof"), "--skip-extract", "-s"])
    assert r.exit_code == 0, r.output
    import json

    assert json.loads((case / "case.json").read_text())["timezone"] == "America/Denver"
