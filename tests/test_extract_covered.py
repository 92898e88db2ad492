"""`_Covered` (which entity spans fall in a person mention) answers as the scan over every range did."""
import random

from giftgraph.nlp.extract import _Covered


def test_covered_answers_as_a_scan_of_every_range():
    rng = random.Random(7)
    for _ in range(300):
        ranges = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 80) for _ in range(rng.randint(0, 9)))]
        c = _Covered(ranges)
        for pos in range(-2, 100):
            assert c.holds(pos) == any(a <= pos < b for a, b in ranges)
            end = pos + rng.randint(0, 10)
            assert c.overlaps(pos, end) == any(a < end and pos < b for a, b in ranges)
