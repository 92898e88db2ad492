"""A vendor's letter to one reader, greeted by name, sent through a mailing tool that adds an unsubscribe footer, is a
letter, not a marketing blast: what it gives is read. A footer on mail to a list with no greeting still marks a blast."""
from __future__ import annotations

from tests.test_relations import OLGA, OTTO, SID, VERA, msg, of_type, run

FOOTER = ("\nAcme Devices, 12 Quarry Row, Lakeport\nYou are receiving this email because you are an Acme partner. "
          "Manage your email preferences | Unsubscribe")


def test_a_letter_greeted_by_name_with_a_footer_is_read():
    letter = msg(VERA, [OTTO], "Thanks for hosting the training",
                 "Thanks for hosting!\nHello Otto,\nAs a thank-you for hosting our training day, we're sending you a $60 "
                 "gift card for Marlow's Grill.\nBest, Vera" + FOOTER)
    _, edges = run([letter])
    gifts = of_type(edges, "GIFT")
    assert gifts and gifts[0].attrs.get("value_usd") == 60


def test_two_readers_greeted_together_and_a_list_without_greeting():
    letter = msg(VERA, [OTTO, OLGA], "Your welcome kit",
                 "Hi Otto and Olga,\nWe're sending each of you a free Porch Cam as a thank-you for joining the pilot." + FOOTER)
    _, edges = run([letter])
    assert of_type(edges, "GIFT")
    blast = msg(VERA, [OTTO, OLGA, SID], "Spring savings",
                "Hi everyone,\nPartner agencies get free Porch Cams this spring!" + FOOTER)
    _, edges = run([blast])
    assert of_type(edges, "GIFT") == []


def test_a_reader_named_at_the_top_without_a_greeting_word():
    for opening in ("Congratulations, Otto!\nYour region hit its goal.", "Otto, your region hit its goal."):
        letter = msg(VERA, [OTTO], "Goal reached", opening + "\nAs a thank-you, we're sending you a $35 gift card." + FOOTER)
        _, edges = run([letter])
        assert of_type(edges, "GIFT"), opening
    both = msg(VERA, [OTTO], "Goal reached", "Otto, Olga: as a thank-you, we're sending you each a $35 gift card.",
               cc=[OLGA])
    _, edges = run([msg(VERA, [OTTO], "x", both.body + FOOTER, cc=[OLGA])])
    assert of_type(edges, "GIFT")
