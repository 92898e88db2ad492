"""Probe AD: "free" in the next sentence is said of the things just named only when that sentence names no thing
given of its own ("... the X viewer. I'll bring pizza for everyone, my treat." treats to pizza, not to the X)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the invented world of test_relations.py (importlib mode)
from test_relations import FakeIndex, gift_triples, run
from test_relations import vendor_thread as thread


def gifts(*bodies):
    ms = thread(*bodies)
    return gift_triples(run(ms, FakeIndex().see(*ms))[1])


def test_a_treat_of_its_own_in_the_next_sentence_gives_no_product_named_before():
    assert gifts("Your crew will get the most out of the Porch Cam viewer. "
                 "I'll come by Friday and bring pizza for everyone, my treat.", "Thanks!") == []


def test_things_named_before_and_brought_free_after_are_still_given():
    assert gifts("I set aside two Porch Cams for your unit. I'll bring them Friday, my treat.", "Thanks!") == \
        [("v1", "d1", 398.0)]
