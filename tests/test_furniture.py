"""Page furniture: repeated titles go, a prolific writer's signature lines stay."""
from giftgraph.ingest.furniture import page_lines


def _page(i: int, body: list[str]) -> str:
    return "\n".join(["RESPONSIVE RECORDS - VENDOR MAIL", *body, f"ABC-{i:06d}"])


def test_repeated_title_is_removed_and_bates_kept_as_provenance():
    words = ["alpha", "bravo", "charlie", "delta"]
    pages = [_page(i, [f"From: a{i}@x.org", f"hello {w}"]) for i, w in enumerate(words, 1)]
    lines = page_lines(pages)
    texts = [l.text for l in lines]
    assert "RESPONSIVE RECORDS - VENDOR MAIL" not in texts
    assert [l.bates for l in lines if l.text.startswith("hello")] == [f"ABC-{i:06d}" for i in range(1, 5)]


def test_signature_lines_repeated_at_page_feet_are_kept():
    sig = ["Pat Doe", "Detective I", "Harbor Division", "Metro Police Department"]
    pages = [_page(i, [f"From: pat{i}@x.org", "text", *sig]) for i in range(1, 6)]
    texts = [l.text for l in page_lines(pages)]
    assert texts.count("Harbor Division") == 5
    assert texts.count("Detective I") == 5
