"""What extraction keeps of every message for a whole stage, on disk: `Spilled`."""
from __future__ import annotations

import os
import pickle
import tempfile

from giftgraph.errors import GiftgraphError

__all__ = ["Spilled", "SpillError"]


class SpillError(GiftgraphError, OSError):
    """The temporary file extraction keeps its per-message data in cannot be made or written (a full disk,
    a temporary directory that is not there or not writable)."""


# where a value is, in one int (`Spilled.put`): the length in the low 32 bits, the offset in the 48 above
# them, the file's index above those
_OFFSET, _FILE = 32, 80
_SIZES, _OFFSETS = (1 << 32) - 1, (1 << 48) - 1


class Spilled:
    """Key -> a picklable value, pickled into an unnamed temporary file (in ``dir``, default the system's
    temporary directory, ``TMPDIR``): in memory only where each value is (one int: a key's, or
    what `put` returns), so what a stage keeps of every message does not grow its memory with the release.
    Used for the message bodies through extraction (`giftgraph.ingest.message.spill_bodies`: 13 MB at
    10,130 Enron messages), the relations stage's sentence rows (~600 bytes a sentence as tuples: 75 MB for
    the 126,000 relevant sentences of the Enron inbox) and the entity mentions of every message (~110 bytes
    each, 180,000 in 10,130 Enron messages).

    Written and read by position (`os.pwrite`, `os.pread`), never through a shared file offset: a forked
    process (`giftgraph.scale.forked` runs two relation families in one) reads what was written before the
    fork and writes to a file of its own. Setting a key again writes the new value; the old bytes stay
    in the file, unread. A file that cannot be made or written is a `SpillError` naming the directory."""

    def __init__(self, dir: str | None = None):
        self._dir = dir  # (a path as a str)
        self._files: list = []  # the open temporary files, this process' last
        self._owner = 0  # the process that made self._files[-1]
        self._end = 0  # bytes written to self._files[-1]
        self._where: dict[str, int] = {}  # key -> where its value is (`put`)

    def put(self, value) -> int:
        """Write ``value``; returns where it is, for `read` (no key kept): the file, the offset and the length in
        one int (an int of 2-3 digits is 32-36 bytes; the tuple of three ints it replaced was ~150 bytes a
        value, and a release keeps one or more a message)."""
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(data) > _SIZES:
            raise SpillError(f"{self._dir_name()}: a value of {len(data):,} bytes is more than a temporary file's "
                             f"record holds (4 GiB)")
        try:
            if not self._files or self._owner != os.getpid():
                self._files.append(tempfile.TemporaryFile(dir=self._dir))
                self._owner, self._end = os.getpid(), 0
            fd, done = self._files[-1].fileno(), 0
            while done < len(data):  # (a write may take fewer bytes than asked)
                done += os.pwrite(fd, memoryview(data)[done:], self._end + done)
        except OSError as exc:
            raise SpillError(f"{self._dir_name()}: cannot keep extraction's per-message data in a temporary file there "
                             f"({exc.strerror or exc}); free disk space, or set TMPDIR to a writable directory "
                             f"with room") from exc
        where = (len(self._files) - 1) << _FILE | self._end << _OFFSET | len(data)
        self._end += len(data)
        return where

    def read(self, where: int):
        """The value `put` wrote there."""
        f, offset, size = where >> _FILE, (where >> _OFFSET) & _OFFSETS, where & _SIZES
        try:
            data = os.pread(self._files[f].fileno(), size, offset)
        except OSError as exc:
            raise SpillError(f"{self._dir_name()}: cannot read back extraction's temporary file "
                             f"({exc.strerror or exc})") from exc
        if len(data) != size:
            raise SpillError(f"{self._dir_name()}: extraction's temporary file was cut short "
                             f"({size} bytes kept at {offset}, {len(data)} read back)")
        return pickle.loads(data)

    def _dir_name(self) -> str:
        """The directory the temporary files are in, for an error message."""
        return self._dir or tempfile.gettempdir()

    def __setitem__(self, key: str, value) -> None:
        self._where[key] = self.put(value)

    def get(self, key: str, default=None):
        where = self._where.get(key)
        return default if where is None else self.read(where)

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def __len__(self) -> int:
        return len(self._where)

    def __iter__(self):
        return iter(self._where)

    def close(self) -> None:
        for f in self._files:
            f.close()
        self._files, self._where = [], {}
