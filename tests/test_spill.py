"""What extraction keeps of every message, kept out of memory (#20): the relations stage's sentence rows
and the entity mentions on disk (`Spilled`): what is read back is what was written, row for row; a forked
process reads what was written before the fork and writes its own rows to a file of its own, so neither
process reads the other's bytes; message bodies on disk read back the same. Equal header addresses are
one object. Invented names."""
import os
from array import array

from giftgraph.spill import Spilled


def _rows(i: int) -> tuple:
    text = f"We'll drop off {i} Wren Beacon units for the Halvorsen case, no charge."
    return tuple((k, 0, 10 * k, 10 * k + len(text), text, (("GIVE", (1, 3 + k)),), (("product:wren", 4, 6, "Wren Beacon"),),
                   (), array("I", [j << 1 | 1 for j in range(k + 3)])) for k in range(i % 4 + 1))


def test_rows_read_back_as_written(tmp_path):
    store = Spilled(str(tmp_path))
    for i in range(300):
        store[f"m{i}"] = _rows(i)
    assert len(store) == 300 and "m7" in store and "m300" not in store
    assert store.get("m300") is None
    for i in reversed(range(300)):  # any order
        assert store.get(f"m{i}") == _rows(i)
    assert len(list(tmp_path.iterdir())) == 0  # an unnamed file: nothing is left behind
    store.close()


def test_a_fork_writes_to_a_file_of_its_own(tmp_path):
    store = Spilled(str(tmp_path))
    for i in range(50):
        store[f"m{i}"] = _rows(i)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: reads the parent's rows, writes rows of its own, reads them back
        ok = all(store.get(f"m{i}") == _rows(i) for i in range(50))
        for i in range(50, 80):
            store[f"m{i}"] = _rows(i + 1000)
        ok = ok and all(store.get(f"m{i}") == _rows(i + 1000) for i in range(50, 80))
        os.write(w, b"1" if ok else b"0")
        os._exit(0)
    os.close(w)
    # meanwhile the parent writes the same ids with other rows
    for i in range(50, 80):
        store[f"m{i}"] = _rows(i)
    assert os.read(r, 1) == b"1"
    os.waitpid(pid, 0)
    assert all(store.get(f"m{i}") == _rows(i) for i in range(80))  # the child's writes did not reach these
    store.close()


def test_the_index_keeps_each_messages_mentions_on_disk():
    from giftgraph.nlp.entities import EntityIndex, Mention

    index = EntityIndex()
    first = [Mention("Odile Farrant", 4, 17, "PERSON", "person", "person:odile-farrant"),
             Mention("Wren Beacon", 30, 41, "PRODUCT", "product", "product:wren-beacon")]
    index.add_mentions("m1", first)
    index.add_mentions("m2", [Mention("Kestrel Yard", 0, 12, "ORG")])
    assert index.mentions("m1") == first and index.mentions("m3") == []
    later = [Mention("WREN-50", 60, 67, "PROMO_CODE", "code", "code:wren-50")]
    index.add_mentions("m1", later)  # added to, as a list is extended; the message read last is read again
    assert index.mentions("m1") == first + later
    assert index.mentions("m2") == [Mention("Kestrel Yard", 0, 12, "ORG")]
    got = index.mentions("m1")
    got.clear()  # a copy: the caller's to change
    assert index.mentions("m1") == first + later


def test_equal_header_addresses_become_one_object():
    from giftgraph.ingest.message import Address, Message, share_addresses

    def msg(i: int) -> Message:
        return Message(sender=Address("Odile Farrant", "odile@kestrel.example"), sent=f"2019-03-0{i}T10:00:00+00:00",
                       to=[Address("Tam Rowe", "tam@kestrel.example"), Address("Tam Rowe", "tam@kestrel.example", raw="TAM")],
                       cc=[Address("", "desk@kestrel.example")], subject="lanterns", body=f"note {i}")

    messages = [msg(i) for i in range(1, 4)]
    before = [m.to_dict() for m in messages]
    share_addresses(messages)
    assert [m.to_dict() for m in messages] == before  # the same values
    assert len({id(m.sender) for m in messages}) == 1 and len({id(m.cc[0]) for m in messages}) == 1
    # only the very same address is shared: another raw text is another address
    assert messages[0].to[0] is messages[2].to[0] and messages[0].to[0] is not messages[0].to[1]


def _letter(i: int, body: str):
    from giftgraph.ingest.message import Address, Message

    return Message(sender=Address("Odile Farrant", "odile@kestrel.example"), sent=f"2019-03-0{i}T10:00:00+00:00",
                   to=[Address("Tam Rowe", "tam@kestrel.example")], subject="lanterns", body=body)


def test_bodies_on_disk_read_back_the_same():
    import copy
    import pickle

    from giftgraph.ingest.message import BodyOnDisk, spill_bodies

    long = "Tam, the harbour office wants the lantern invoice by Friday; Oskar signed for the crates. " * 3
    messages = [_letter(1, long), _letter(2, "Thanks!"), _letter(3, long.replace("Friday", "Monday"))]
    before = [m.to_dict() for m in messages]
    spill_bodies(messages)
    held = [type(m.__dict__["_body"]) for m in messages]
    assert held == [BodyOnDisk, str, BodyOnDisk]  # a short body stays in memory
    assert [m.to_dict() for m in messages] == before and messages[0].body == long
    assert messages[0] == _letter(1, long)
    # pickled (to a Dask worker) and copied as the text itself
    again = pickle.loads(pickle.dumps(messages[0]))
    assert type(again.__dict__["_body"]) is str and again == messages[0]
    assert type(copy.deepcopy(messages[2]).__dict__["_body"]) is str
    messages[2].body = "Changed."  # set: held in memory
    assert messages[2].body == "Changed." and type(messages[2].__dict__["_body"]) is str
    # a forked process reads them too
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(w, b"1" if messages[0].body == long else b"0")
        os._exit(0)
    os.close(w)
    assert os.read(r, 1) == b"1"
    os.waitpid(pid, 0)


def test_a_case_loads_its_messages_with_the_bodies_on_disk(tmp_path):
    from giftgraph.graph.store import Case
    from giftgraph.ingest.message import BodyOnDisk

    long = "We'll drop off the Wren Beacon units at the Halvorsen depot on Tuesday, no charge for the loan. "
    case = Case(tmp_path / "case")
    case.save_messages([_letter(i, long * i) for i in range(1, 6)])
    plain, on_disk = case.load_messages(missing_ok=True), case.load_messages(missing_ok=True, bodies_on_disk=True)
    assert [m.to_dict() for m in on_disk] == [m.to_dict() for m in plain]
    assert all(type(m.__dict__["_body"]) is BodyOnDisk for m in on_disk)


def test_a_temporary_directory_that_cannot_be_written_is_one_clear_error(tmp_path, monkeypatch):
    import pytest

    from giftgraph.errors import GiftgraphError
    from giftgraph.spill import SpillError

    missing = tmp_path / "no-such-dir"
    with pytest.raises(SpillError) as got:
        Spilled(str(missing))["m1"] = _rows(1)
    assert isinstance(got.value, GiftgraphError) and str(missing) in str(got.value) and "TMPDIR" in str(got.value)
    # a full disk: the write fails
    store = Spilled(str(tmp_path))

    def full(fd, data, offset):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "pwrite", full)
    with pytest.raises(SpillError, match="No space left on device"):
        store["m1"] = _rows(1)


def test_a_short_write_is_written_to_the_end(tmp_path, monkeypatch):
    real = os.pwrite

    def a_few_bytes(fd, data, offset):  # a write that takes at most 7 bytes at a time
        return real(fd, bytes(data[:7]), offset)

    monkeypatch.setattr(os, "pwrite", a_few_bytes)
    store = Spilled(str(tmp_path))
    for i in range(5):
        store[f"m{i}"] = _rows(i)
    assert all(store.get(f"m{i}") == _rows(i) for i in range(5))


def _record(i: int, body: str):
    """`_letter` with the fields `spill_bodies` puts on disk besides the body filled in."""
    from giftgraph.ingest.message import Provenance

    m = _letter(i, body)
    m.provenance = [Provenance(file="harbour-office.pdf", page=i, bates=f"HRB-{i:05d}"),
                    Provenance(file="harbour-office.pdf", page=i + 9, quoted=True)]
    m.sent_raw, m.message_id, m.attachments = f"Tue 0{i}/03/2019 10:00", f"<{i}.lantern@kestrel.example>", ["crates.xlsx"]
    return m


def test_fields_read_once_or_never_are_on_disk_and_read_back_the_same(tmp_path):
    import copy
    import dataclasses
    import pickle

    from giftgraph.ingest.message import ON_DISK, Message, PartsOnDisk, spill_bodies
    from giftgraph.spill import Spilled

    messages = [_record(i, "Oskar signed for the crates." * i) for i in range(1, 4)]
    before = [m.to_dict() for m in messages]
    spill_bodies(messages, Spilled(str(tmp_path)))
    assert all(type(m.__dict__[name]) is PartsOnDisk for m in messages for name in ON_DISK)
    assert [m.to_dict() for m in messages] == before and messages[1] == _record(2, "Oskar signed for the crates." * 2)
    assert messages[2].provenance[0].bates == "HRB-00003" and messages[0].message_id == "<1.lantern@kestrel.example>"
    # each read is a new copy: a change inside one is not kept (the messages are only read from here on)
    messages[0].provenance.append(messages[1].provenance[0])
    assert len(messages[0].provenance) == 2
    # pickled (to a Dask worker, a pool's process) and copied with the values, not where they are on disk
    for again in (pickle.loads(pickle.dumps(messages[0])), copy.deepcopy(messages[0]), copy.copy(messages[0])):
        assert not any(type(again.__dict__[name]) is PartsOnDisk for name in ON_DISK) and again == messages[0]
    assert dataclasses.replace(messages[1], subject="crates").provenance == messages[1].provenance
    # set: held in memory, the other fields still on disk
    messages[2].sent_raw = "Wednesday"
    assert messages[2].sent_raw == "Wednesday" and messages[2].message_id == "<3.lantern@kestrel.example>"
    assert type(messages[2].__dict__["message_id"]) is PartsOnDisk
    # spilled again: left where they are; a message made afresh has its defaults
    spill_bodies(messages[:1])
    assert messages[0].to_dict() == before[0]
    assert Message(sender=messages[0].sender).provenance == [] and Message(sender=messages[0].sender).sent_raw == ""
    assert getattr(object.__new__(Message), "provenance", "unset") == "unset"  # not set: an AttributeError, as any field
    # a forked process reads them too
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.write(w, b"1" if messages[1].provenance[0].page == 2 else b"0")
        os._exit(0)
    os.close(w)
    assert os.read(r, 1) == b"1"
    os.waitpid(pid, 0)


def test_readings_merged_into_a_message_on_disk_keep_their_provenance(tmp_path):
    from giftgraph.ingest.dedup import _merge_into
    from giftgraph.ingest.message import Provenance, spill_bodies
    from giftgraph.spill import Spilled

    kept, again = _record(1, "Oskar signed for the crates at the harbour office."), _letter(1, "Oskar signed.")
    again.provenance = [Provenance(file="second-printing.pdf", page=40, quoted=True)]
    spill_bodies([kept], Spilled(str(tmp_path)))
    _merge_into(kept, again, "same minute, sender, recipients")
    assert [p.file for p in kept.provenance] == ["harbour-office.pdf", "harbour-office.pdf", "second-printing.pdf"]
    assert kept.provenance[-1].dedup == {"reading": again.id, "evidence": "same minute, sender, recipients"}


def test_a_case_loads_its_messages_with_their_fields_in_memory(tmp_path):
    """`Case.load_messages(bodies_on_disk=True)` puts only the bodies on disk: new readings may still be merged
    into the messages it loads."""
    from giftgraph.graph.store import Case
    from giftgraph.ingest.message import ON_DISK, PartsOnDisk

    case = Case(tmp_path / "case")
    case.save_messages([_record(i, "Tam, the lantern invoice is due by Friday. " * i) for i in range(1, 4)])
    loaded = case.load_messages(missing_ok=True, bodies_on_disk=True)
    assert not any(type(m.__dict__[name]) is PartsOnDisk for m in loaded for name in ON_DISK)
    assert sorted(m.provenance[0].page for m in loaded) == [1, 2, 3]


def test_thread_ids_become_the_messages_own_strings():
    from giftgraph.ingest.message import share_ids

    first, reply, later = _letter(1, "Crates?"), _letter(2, "Signed."), _letter(3, "Invoice sent.")
    # as read from messages.jsonl: equal strings, not the same objects
    reply.thread, reply.in_reply_to = "".join(list(first.id)), "".join(list(first.id))
    later.thread, later.in_reply_to = "".join(list(first.id)), "msg-not-in-this-release"
    other = _letter(4, "Lanterns.")
    other.in_reply_to = "".join(list("msg-not-in-this-release"))
    share_ids([first, reply, later, other])
    assert reply.thread is first.id and reply.in_reply_to is first.id and later.thread is first.id
    assert later.in_reply_to == "msg-not-in-this-release" and later.in_reply_to is other.in_reply_to
    assert first.thread is None  # nothing made up


def test_where_a_value_is_one_int(tmp_path):
    store = Spilled(str(tmp_path))
    where = [store.put(_rows(i)) for i in range(3)]
    assert all(type(w) is int for w in where) and len(set(where)) == 3
    assert [store.read(w) for w in reversed(where)] == [_rows(i) for i in reversed(range(3))]
