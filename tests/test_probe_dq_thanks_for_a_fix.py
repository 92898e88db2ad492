"""Thanks for fixing something about a product ("getting the X login outage fixed", "resetting my X password") thank a
service done, not an item given: a product followed by "login", "password" or "credentials" names no item."""
from __future__ import annotations

from tests.test_relations import OTTO, VERA, msg, of_type, run


def test_thanks_for_a_fix_to_a_products_login_is_no_gift():
    for body in ("Thanks to your team for getting the Porch Cam login outage fixed so quickly.",
                 "Thank you for resetting my Porch Cam password this morning, all good now.",
                 "Many thanks for sorting out our Porch Cam credentials mix-up yesterday."):
        _, edges = run([msg(OTTO, [VERA], "sign-in trouble", body)])
        assert of_type(edges, "GIFT") == [], body
