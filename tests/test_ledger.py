"""The ledger (graph/ledger.py) and `giftgraph ledger`, on a small case graph built here."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from giftgraph.cli import cli
from giftgraph.graph.ledger import LedgerError, gift_records, ledger
from giftgraph.graph.model import Edge, Evidence, Node, add_edge, add_node, new_graph
from giftgraph.graph.store import Case


def small_graph():
    G = new_graph()
    nodes = [
        Node("vera", "person", "Vera Vendor", attrs={"role": "vendor_employee"}),
        Node("otto", "person", "Otto Officer", attrs={"role": "officer"}),
        Node("olga", "person", "Olga Officer", attrs={"role": "officer"}),
        Node("cora", "person", "Cora Civilian", attrs={"role": "other"}),
        Node("quarry", "division", "Quarry Division"),
        Node("church", "organization", "St. Ann Church"),
        Node("vendor", "organization", "Acme Cams"),
        Node("cam", "product", "Porch Cam", attrs={"unit_price_usd": 199}),
        Node("flood", "product", "Yard Light Cam", attrs={"unit_price_usd": 249}),
        Node("code", "code", "OTTO50", attrs={"owner": "otto"}),
    ]
    for i, (sent, subject) in enumerate([
        ("2016-03-01T09:00:00-08:00", "Cameras for you"), ("2016-03-05T09:00:00-08:00", "RE: Cameras for you"),
        ("2016-05-01T09:00:00-07:00", "Your code"), ("2016-06-01T09:00:00-07:00", "Church cameras"),
        ("2016-07-01T09:00:00-07:00", "Camera for Cora"),
    ], 1):
        nodes.append(Node(f"m{i}", "message", subject, attrs={"sent": sent, "subject": subject}))
    for n in nodes:
        add_node(G, n)
    add_edge(G, Edge("MEMBER_OF", "otto", "quarry"))
    add_edge(G, Edge("MEMBER_OF", "olga", "quarry"))
    add_edge(G, Edge("GIFT", "vera", "otto", [Evidence("m1", "Ten Porch Cams are yours, free of charge."),
                                              Evidence("m2", "Boxes went out today.")],
                     attrs={"items": [{"product": "cam", "quantity": 10}], "value_usd": 1990.0,
                            "date": "2016-03-05", "purpose": "investigation"}))
    add_edge(G, Edge("GIFT", "vera", "olga", [Evidence("m3", "Your Yard Light Cam left today, our treat.")],
                     attrs={"items": [{"product": "flood", "quantity": 1}], "value_usd": 249.0,
                            "date": "2016-05-01", "purpose": "referral_reward"}))
    add_edge(G, Edge("GIFT", "vera", "church", [Evidence("m4", "Two cameras are set aside for the church.")],
                     attrs={"items": [{"product": "cam", "quantity": 1}, {"product": "flood", "quantity": 1}],
                            "value_usd": 500.0, "date": "2016-06-01", "purpose": "investigation"}))
    add_edge(G, Edge("GIFT", "otto", "cora", [Evidence("m5", "A camera for you, at no cost.")],
                     attrs={"items": [{"product": "cam", "quantity": 1}], "value_usd": 199.0,
                            "date": "2016-07-01", "purpose": "community"}))
    add_edge(G, Edge("REFERRAL", "otto", "vendor", [Evidence("m3", "OTTO50 has 40 redemptions.")],
                     attrs={"code": "code", "uses": 40}))
    return G


def by_name(rows):
    return {r["name"]: r for r in rows}


def test_gift_records_carry_items_and_evidence_in_date_order():
    recs = gift_records(small_graph())
    assert [r["recipient"] for r in recs] == ["otto", "olga", "church", "cora"]
    first = recs[0]
    assert first["devices"] == 10 and first["value_usd"] == 1990.0
    assert first["items"] == [{"product": "cam", "name": "Porch Cam", "quantity": 10, "device": True,
                               "unit_price_usd": 199}]
    assert [e["id"] for e in first["evidence"]] == ["m1", "m2"]
    assert first["evidence"][1]["subject"] == "RE: Cameras for you"


def test_ledger_by_recipient_with_totals():
    rows = ledger(small_graph())
    assert [r["name"] for r in rows] == ["Otto Officer", "St. Ann Church", "Olga Officer", "Cora Civilian", "TOTAL"]
    otto = by_name(rows)["Otto Officer"]
    assert (otto["gifts"], otto["devices"], otto["value_usd"], otto["referral_uses"]) == (1, 10, 1990.0, 40)
    assert otto["division"] == "Quarry Division" and otto["from"] == ["Vera Vendor"]
    assert otto["items"] == "10 x Porch Cam"
    assert otto["messages"] == ["m1", "m2", "m3"]  # gift evidence and referral evidence, by date
    assert (otto["first"], otto["last"]) == ("2016-03-05", "2016-03-05")
    total = rows[-1]
    assert total["kind"] == "total"
    assert (total["gifts"], total["devices"], total["value_usd"], total["referral_uses"]) == (4, 14, 2938.0, 40)
    assert (total["first"], total["last"]) == ("2016-03-05", "2016-07-01")


def test_ledger_by_giver():
    rows = by_name(ledger(small_graph(), by="giver"))
    assert set(rows) == {"Vera Vendor", "Otto Officer", "TOTAL"}
    assert rows["Vera Vendor"]["gifts"] == 3 and rows["Vera Vendor"]["value_usd"] == 2739.0
    assert rows["Vera Vendor"]["to"] == ["Olga Officer", "Otto Officer", "St. Ann Church"]
    assert rows["Otto Officer"]["devices"] == 1 and rows["Otto Officer"]["referral_uses"] == 40


def test_ledger_by_division_groups_members_and_mixes_no_organisation_in():
    G = small_graph()
    add_node(G, Node("vic", "person", "Vic Vendorman", attrs={"role": "vendor_employee"}))
    add_edge(G, Edge("MEMBER_OF", "vic", "vendor"))  # a member of an organisation only
    add_edge(G, Edge("GIFT", "vera", "vic", [Evidence("m5", "A spare cam for your desk.")],
                     attrs={"items": [{"product": "cam", "quantity": 1}], "value_usd": 199.0, "date": "2016-07-01"}))
    rows = by_name(ledger(G, by="division"))
    quarry = rows["Quarry Division"]
    assert quarry["gifts"] == 2 and quarry["devices"] == 11 and quarry["value_usd"] == 2239.0
    assert quarry["recipients"] == ["Olga Officer", "Otto Officer"] and quarry["referral_uses"] == 40
    # an organisation is no division: neither the church (a recipient) nor the vendor (Vic's employer) is a row
    assert set(rows) == {"Quarry Division", "(no division)", "TOTAL"}
    assert rows["(no division)"]["recipients"] == ["Cora Civilian", "St. Ann Church", "Vic Vendorman"]


def test_ledger_division_column_names_divisions_only():
    G = small_graph()
    add_edge(G, Edge("MEMBER_OF", "vera", "vendor"))
    givers = by_name(ledger(G, by="giver"))
    assert givers["Vera Vendor"]["division"] == ""  # her organisation is not a division
    assert givers["Otto Officer"]["division"] == "Quarry Division"
    assert by_name(ledger(G))["St. Ann Church"]["division"] == ""


def test_ledger_until_leaves_out_referral_uses_reported_later():
    G = small_graph()  # OTTO50's 40 uses are reported on 2016-05-01 (m3)
    before = by_name(ledger(G, until="2016-04-30"))
    assert before["Otto Officer"]["referral_uses"] == 0 and before["TOTAL"]["referral_uses"] == 0
    assert "m3" not in before["Otto Officer"]["messages"]
    assert by_name(ledger(G, until="2016-05"))["TOTAL"]["referral_uses"] == 40
    after = by_name(ledger(G, since="2016-06-01"))
    assert "Otto Officer" not in after and after["TOTAL"]["referral_uses"] == 0  # nothing of his after June 1
    assert by_name(ledger(G, by="division", until="2016-04-30"))["Quarry Division"]["referral_uses"] == 0
    # a referral dated on the edge itself is dated so, whatever its messages
    (u, v, k), = [(u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d["type"] == "REFERRAL"]
    G.edges[u, v, k]["date"] = "2016-03-02"
    assert by_name(ledger(G, until="2016-03-31"))["TOTAL"]["referral_uses"] == 40


def test_ledger_by_product_shares_stated_values_by_list_price():
    rows = by_name(ledger(small_graph(), by="product"))
    cam, flood = rows["Porch Cam"], rows["Yard Light Cam"]
    assert cam["devices"] == 12 and flood["devices"] == 2
    # the church gift ($500 stated for one $199 cam and one $249 floodlight) is shared 199:249
    assert cam["value_usd"] == pytest.approx(1990 + 199 + 500 * 199 / 448, abs=0.01)
    assert flood["value_usd"] == pytest.approx(249 + 500 * 249 / 448, abs=0.01)
    assert rows["TOTAL"]["value_usd"] == pytest.approx(cam["value_usd"] + flood["value_usd"], abs=0.02)


def test_ledger_date_filter_and_bad_grouping():
    rows = ledger(small_graph(), since="2016-04-01", until="2016-06-30")
    assert [r["name"] for r in rows] == ["St. Ann Church", "Olga Officer", "Otto Officer", "TOTAL"]
    assert rows[-1]["gifts"] == 2
    with pytest.raises(LedgerError, match="unknown ledger grouping"):
        ledger(small_graph(), by="weather")


def test_empty_graph_has_only_a_zero_total():
    rows = ledger(new_graph())
    assert len(rows) == 1 and rows[0]["gifts"] == 0 and rows[0]["value_usd"] == 0


@pytest.fixture
def case_dir(tmp_path):
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(small_graph())
    return str(case.path)


def test_cli_ledger_table_json_csv(case_dir):
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "--case", case_dir])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split()[:3] == ["name", "role", "division"]
    assert lines[2].startswith("Otto Officer") and "1990.0" in lines[2] and "2016-03-01 (m1) Cameras for you" in lines[2]
    assert lines[-1].startswith("TOTAL")

    res = runner.invoke(cli, ["ledger", "--case", case_dir, "--by", "giver", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    vera = next(r for r in data if r["name"] == "Vera Vendor")
    assert vera["gifts"] == 3 and vera["evidence"][0] == {"id": "m1", "sent": "2016-03-01T09:00:00-08:00",
                                                           "subject": "Cameras for you"}

    res = runner.invoke(cli, ["ledger", "--case", case_dir, "--by", "product", "--csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [r["name"] for r in rows] == ["Porch Cam", "Yard Light Cam", "TOTAL"]
    assert rows[0]["devices"] == "12"


def test_cli_ledger_on_a_missing_case(tmp_path):
    res = CliRunner().invoke(cli, ["ledger", "--case", str(tmp_path / "nope")])
    assert res.exit_code == 1 and "not a giftgraph case" in res.output


def test_a_service_is_valued_but_not_counted_as_a_device():
    G = small_graph()
    add_node(G, Node("plan", "product", "Cloud Plan", attrs={"unit_price_usd": 30, "unit": "year", "device": False}))
    add_edge(G, Edge("GIFT", "vera", "cora", [Evidence("m5", "Two cameras and a year of the cloud plan, on us.")],
                     attrs={"items": [{"product": "cam", "quantity": 2}, {"product": "plan", "quantity": 1}],
                            "value_usd": 428.0, "date": "2016-07-02", "purpose": "community"}))
    rows = by_name(ledger(G))
    # Cora already had one camera (from Otto): 1 + 2 devices, the plan only in the value
    assert rows["Cora Civilian"]["devices"] == 3 and rows["Cora Civilian"]["value_usd"] == 199.0 + 428.0
    products = by_name(ledger(G, by="product"))
    assert products["Cloud Plan"]["devices"] == 0 and products["Cloud Plan"]["value_usd"] > 0


def test_the_graph_marks_services_so_every_export_counts_the_same_devices():
    from types import SimpleNamespace

    from giftgraph.graph.build import build_graph
    from giftgraph.graph.properties import edge_properties

    extraction = SimpleNamespace(
        nodes=[Node("vera", "person", "Vera Vendor"), Node("otto", "person", "Otto Officer"),
               Node("cam", "product", "Porch Cam", attrs={"unit_price_usd": 199}),
               Node("plan", "product", "Cloud Plan", attrs={"unit_price_usd": 30, "device": False})],
        edges=[Edge("GIFT", "vera", "otto", [Evidence("m1", "Three cams and the plan.")],
                    attrs={"items": [{"product": "cam", "quantity": 3}, {"product": "plan", "quantity": 1}],
                           "devices": 4})])
    G = build_graph([], extraction)
    (u, v, k, d), = G.edges(keys=True, data=True)
    assert d["items"] == [{"product": "cam", "quantity": 3}, {"product": "plan", "quantity": 1, "device": False}]
    assert d["devices"] == 3 and edge_properties(u, v, k, d)["devices"] == 3
    assert gift_records(G)[0]["devices"] == 3


def test_cli_ledger_evidence_column_is_never_cut_inside_an_id(tmp_path):
    G = small_graph()
    long_subject = "A rather long subject line about porch cameras for the spring burglary series"
    for i in range(1, 6):
        G.nodes[f"m{i}"]["subject"] = long_subject
    case = Case(tmp_path / "case")
    case.save_manifest({"files": {}})
    case.save_graph(G)
    res = CliRunner().invoke(cli, ["ledger", "--case", str(case.path)])
    assert res.exit_code == 0, res.output
    otto = next(line for line in res.output.splitlines() if line.startswith("Otto Officer"))
    evidence = otto[otto.index("2016-03-01"):]
    assert "(m1)" in evidence and evidence.endswith("; +2 more") and "…" in evidence
    assert len(evidence) <= 60
