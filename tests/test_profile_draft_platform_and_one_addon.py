"""A platform named alone far more often than its one add-on: "Velmora" written alone seven times beside one "Velmora
Reader Plus" is the platform, a product of its own (what people praise), not an alias of the add-on; a name written
alone only once or twice is still the one longer product's short form."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented worlds (importlib mode)
from test_profile_draft import drafted  # noqa: E402

SELLER = ("Odile Farrant", "ofarrant@quarringtonmedia.com")
SIG = "\n\nOdile Farrant\nPartner Success Manager\nQuarrington Media Inc.\n"
BUYER = ("Lionel Ashgrove", "lashgrove@pellcountylibrary.org")
BSIG = "\n\nLionel Ashgrove\nDigital Services Librarian\nPell County Library\n"


def _mails(bare: int) -> list:
    said = ["Lionel,\n\nYour patrons borrowed more on Velmora this month than ever." + SIG,
            "Lionel,\n\nWe have moved Velmora to the new servers tonight." + SIG,
            "Lionel,\n\nThe branch staff can reset Velmora passwords themselves now." + SIG,
            "Lionel,\n\nVelmora will be down for an hour on Sunday." + SIG,
            "Lionel,\n\nA new look for Velmora arrives in May." + SIG,
            "Lionel,\n\nThe Velmora usage report for March is attached." + SIG][:bare]
    return [
        (SELLER, [BUYER], "Renewal", "Lionel,\n\nThe renewal quote: 2 Velmora Reader Plus licences at $1,200 each."
         + SIG),
        (BUYER, [SELLER], "RE: Renewal", "Odile,\n\nThanks, we will take it to the board." + BSIG),
        (SELLER, [BUYER], "Servers", "Lionel,\n\nWe have moved Velmora, our lending platform, to new servers. "
         "Your staff can still reach the Velmora dashboard from any branch." + SIG),
        (SELLER, [BUYER], "Trial", "Lionel,\n\nA 30-day trial of Velmora Reader Plus is open to your branches." + SIG),
        *[(SELLER, [BUYER], f"Note {i}", body) for i, body in enumerate(said)],
    ]


def _names(f) -> list[str]:
    return [p["name"] for p in f["products"]["products"]]


def test_the_platform_written_alone_far_more_often_is_a_product(tmp_path: Path):
    names = _names(drafted(tmp_path, _mails(6)))
    assert "Velmora" in names and "Velmora Reader Plus" in names


def test_a_name_written_alone_twice_is_the_one_product_s_short_form(tmp_path: Path):
    names = _names(drafted(tmp_path, _mails(2)))
    assert "Velmora" not in names and "Velmora Reader Plus" in names
