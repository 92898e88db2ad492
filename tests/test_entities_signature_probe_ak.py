"""Signatures (probe AK): a signature block that ends with a long postal line ("109 W. Elm St., Room 12, Harlow
Flats, NM 87001", ten words) is still a signature; a long sentence of prose that names a street is not. Every line is
invented for these tests."""
from __future__ import annotations

from giftgraph.nlp.signature import split_signature


def test_a_signature_ending_with_a_long_postal_line_is_read():
    body = ("Please quote the order number on every invoice.\nRegards,\nMirela Okafor, CPPB\nProcurement Officer\n"
            "Harlow County Procurement Office\n109 W. Elm St., Room 12, Harlow Flats, NM 87001")
    sig = split_signature(body)
    assert [l.text for l in sig.lines][-3:] == ["Procurement Officer", "Harlow County Procurement Office",
                                               "109 W. Elm St., Room 12, Harlow Flats, NM 87001"]
    assert sig.lines[-1].kind == "address"


def test_a_long_line_of_prose_naming_a_street_is_no_signature_line():
    body = ("Thanks,\nMirela\nWe dropped the boxes off at 40 Elm Street by the loading dock behind the clerk's counter")
    assert split_signature(body).lines == []
